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
