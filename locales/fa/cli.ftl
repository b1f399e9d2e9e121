# پیام‌های ابزار خط فرمان erkend.
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

cli-init-done-encrypted = کیف در { $path } ساخته شد و با رمز عبور شما محافظت می‌شود.
cli-init-done-plain = کیف در { $path } بدون رمز عبور ساخته شد: هر کسی که به این کمپیوتر دسترسی دارد می‌تواند آن را بخواند.
cli-import-imported = { $file }: با شناسهٔ { $id } وارد شد
cli-import-duplicate = { $file }: از قبل با شناسهٔ { $id } در کیف است
cli-import-rejected = { $file }: رد شد. { $reason }
cli-list-count = { $count ->
    [0] کیف خالی است.
    [one] یک سند:
   *[other] { $count } سند:
}
verified-true = تأیید شد
verified-false = تأیید نشد
verified-null = بررسی نشد
cli-export-done = بایت‌های اصلی در { $path } نوشته شد.
cli-esco-building = فهرست مهارت‌های ESCO ساخته می‌شود (فقط بار اول)… ٪{ $percent }
cli-backup-done = نسخهٔ پشتیبان رمزگذاری‌شدهٔ { $count } سند در { $path } نوشته شد. رمز عبور را نگه دارید: بدون آن نسخهٔ پشتیبان باز نمی‌شود.
cli-restore-done = بازگردانده شد: { $count } سند اضافه شد، { $duplicates } از قبل در کیف بود.

cli-route-none = هنوز مسیر یادگیری نیست. یک وظیفهٔ هدف انتخاب کنید: erkend route set-target URI
cli-route-target = { $count ->
    [0] مسیر به سوی { $target }: شما همهٔ مهارت‌های اساسی را از قبل دارید.
    [one] مسیر به سوی { $target }: یک قدم.
   *[other] مسیر به سوی { $target }: { $count } قدم.
}
cli-route-status-planned = پلان شده
cli-route-status-in-progress = جریان دارد
cli-route-status-done = انجام شد
cli-import-endorsement-imported = { $file }: تأییدیهٔ { $id } بررسی و به سند وصل شد
cli-import-endorsement-duplicate = { $file }: تأییدیه از قبل با شناسهٔ { $id } در کیف است
cli-import-endorsement-kept-imported = { $file }: تأییدیهٔ { $id } نگه داشته شد، اما وصل نشد: سندی که این تأییدیه برای آن است (هنوز) در این کیف نیست. وقتی آن سند را وارد کنید، وصل می‌شود.
cli-import-endorsement-kept-duplicate = { $file }: تأییدیه از قبل با شناسهٔ { $id } در کیف است (وصل نشده)
cli-endorse-review = شما این تأییدیه را به نام { $name } ({ $did }) امضا می‌کنید:
cli-endorse-review-about = دربارهٔ: { $kind } { $id }
cli-endorse-review-summary = سند: { $name }، صادر شده توسط { $issuer } در { $issued }
cli-endorse-review-skills = مهارت‌ها: { $skills }
cli-endorse-review-learner = برای: { $learner }
cli-endorse-review-comment = سخنان شما: { $comment }
cli-endorse-kind-credential = سند
cli-endorse-kind-achievement = دستاورد
cli-endorse-kind-skill = مهارت
# نام خود تأییدیهٔ امضاشده.
cli-endorse-credential-name = تأییدیه: { $target }
cli-endorse-done = تأییدیه امضا شد و در { $path } نوشته شد. این فایل را به یادگیرنده بدهید.
cli-endorse-dry-run = چیزی امضا نشد (‎--dry-run).
cli-request-done = درخواست تأییدیه در { $path } نوشته شد. آن را به رهنما یا سرپرست خود بدهید؛ جواب آن‌ها را با «erkend import» وارد کنید.
cli-attest-done = تصدیق امضا شد و در { $path } نوشته شد. این فایل را به یادگیرنده بدهید.
attest-evidence-tasks = کارها
attest-evidence-goals = هدف‌های یادگیری که به دست آمد
attest-evidence-evaluation = ارزیابی: آیا کار به یادگیری کمک کرد؟
attest-evidence-place = محل
attest-answer-yes = بلی
attest-answer-no = نخیر

cli-recovery-sheet-done = برگهٔ بازیابی در { $path } نوشته شد. آن را چاپ کنید، در جای امن نگه دارید، سپس فایل را پاک کنید. هر نسخهٔ پشتیبانی که از حالا ساخته شود با کد آن باز می‌شود.
recovery-sheet-title = برگهٔ بازیابی Erkend — کد بازیابی شما
recovery-sheet-explain = این کد هر نسخهٔ پشتیبان کیف شما را که پس از چاپ این برگه ساخته شده باز می‌کند، حتی اگر رمز عبور خود را فراموش کنید. آن را مانند یک کلید، امن و پنهان نگه دارید: هر کسی که این کد و یک نسخهٔ پشتیبان داشته باشد می‌تواند کیف شما را بخواند. برای استفاده: ERKEND_RECOVERY_CODE را برابر با کد بگذارید و این را اجرا کنید: erkend restore BACKUP-FILE
