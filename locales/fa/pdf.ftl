# برگه‌های چاپی (PDF): گواهی‌ها با کدهای QR و مسیر یادگیری.
# Locale: fa (Dari wording). Reviewed by a native speaker: no. This file holds the
# printed-sheet messages.

-pdf-brand = Erkend

## مشترک

pdf-learner = یادگیرنده
pdf-field-issuer = صادرکننده: { $issuer }
pdf-field-issued = تاریخ صدور: { $date }
pdf-field-valid-until = معتبر تا: { $date }
pdf-field-skills = مهارت‌ها:

## برگهٔ گواهی

pdf-proof-title = گواهی یادگیری
pdf-proof-compare-id = این نام را با یک مدرک شناسایی مقایسه کنید.
pdf-proof-none = هیچ سندی انتخاب نشده است.
pdf-proof-scan-all = هر { $count } کد را اسکن کنید: این کدها با هم سند امضاشده را در بر دارند.
pdf-proof-how-to-verify = روش بررسی: کدهای QR را با { -pdf-brand } اسکن کنید (یا «erkend proof verify» را اجرا کنید)؛ امضای صادرکننده بدون انترنت بررسی می‌شود.

## برگهٔ مسیر

pdf-route-title = مسیر یادگیری
pdf-route-target = هدف: { $target }
pdf-route-step = قدم { $number }: { $title }
pdf-route-no-steps = هنوز قدمی نیست: یادگیرنده همهٔ مهارت‌های اساسی را دارد.
pdf-route-footer = این مسیر از آنِ یادگیرنده است و او می‌تواند هر زمان آن را با مربی یا راهنمای خود تغییر دهد.
pdf-field-kind = نوع: { $kind }
pdf-field-status = وضعیت: { $status }
pdf-field-dates = بازه: { $start } – { $end }
pdf-field-start = از: { $date }
pdf-field-end = تا: { $date }
pdf-field-notes = یادداشت‌ها: { $notes }
pdf-step-kind-earn-credential = گرفتن یک نشان یا تصدیق‌نامه
pdf-step-kind-work-based-learning = یادگیری در محیط کار (کارآموزی، کار داوطلبانه، کسب تجربهٔ کاری)
pdf-step-kind-language-goal = هدف زبانی
pdf-step-kind-practical = قدم عملی به سوی کار
pdf-step-status-planned = پلان شده
pdf-step-status-in-progress = جریان دارد
pdf-step-status-done = انجام شد

## خط فرمان

pdf-cli-route-exported = مسیر ({ $count } قدم) در { $path } نوشته شد.
