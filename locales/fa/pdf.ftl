# برگه‌های چاپی (PDF): گواهی‌ها با کدهای QR و مسیر یادگیری.
# Locale: fa (Farsi). Reviewed by a native speaker: no. Only the printed sheets are
# translated; every other message falls back to English.

-pdf-brand = Erkend

## Shared

pdf-learner = یادگیرنده
pdf-field-issuer = صادرکننده: { $issuer }
pdf-field-issued = تاریخ صدور: { $date }
pdf-field-valid-until = معتبر تا: { $date }
pdf-field-skills = مهارت‌ها:

## Proof sheet

pdf-proof-title = گواهی یادگیری
pdf-proof-compare-id = این نام را با یک مدرک شناسایی مقایسه کنید.
pdf-proof-none = هیچ مدرکی انتخاب نشده است.
pdf-proof-scan-all = هر { $count } کد را اسکن کنید: این کدها با هم مدرکِ امضاشده را در بر دارند.
pdf-proof-how-to-verify = روش بررسی: کدهای QR را با { -pdf-brand } اسکن کنید (یا "erkend proof verify" را اجرا کنید)؛ امضای صادرکننده بدون اینترنت بررسی می‌شود.

## Route sheet

pdf-route-title = مسیر یادگیری
pdf-route-target = هدف: { $target }
pdf-route-step = گام { $number }: { $title }
pdf-route-no-steps = هنوز گامی نیست: یادگیرنده همهٔ مهارت‌های اساسی را دارد.
pdf-route-footer = این مسیر از آنِ یادگیرنده است و او می‌تواند هر زمان آن را با مربی یا راهنمای خود تغییر دهد.
pdf-field-kind = نوع: { $kind }
pdf-field-status = وضعیت: { $status }
pdf-field-dates = بازه: { $start } – { $end }
pdf-field-start = از: { $date }
pdf-field-end = تا: { $date }
pdf-field-notes = یادداشت‌ها: { $notes }
pdf-step-kind-earn-credential = کسب یک مدرک
pdf-step-kind-work-based-learning = یادگیری در محیط کار (کارآموزی، کار داوطلبانه، کسب تجربهٔ کاری)
pdf-step-kind-language-goal = هدف زبانی
pdf-step-kind-practical = گامی عملی به سوی کار
pdf-step-status-planned = برنامه‌ریزی‌شده
pdf-step-status-in-progress = در حال انجام
pdf-step-status-done = انجام‌شده

## Command line

pdf-cli-route-exported = مسیر ({ $count } گام) در { $path } نوشته شد.
