# پیام‌های خطا و رهنمایی‌ها، مشترک برای خط فرمان و برنامه.
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = در { $path } هیچ کیفی نیست.
hint-wallet-not-found = اول با «erkend init» یک کیف بسازید، یا فایل کیف دیگری انتخاب کنید.
error-wallet-exists = در { $path } از قبل یک کیف وجود دارد. تغییر داده نشد.
hint-wallet-exists = به جای آن همان را باز کنید، یا نام فایل دیگری انتخاب کنید.
error-wrong-passphrase = این رمز عبور کیف را باز نمی‌کند. چیزی تغییر نکرد.
hint-wrong-passphrase = رمز عبور را بررسی کنید و دوباره کوشش کنید. حروف بزرگ مهم هستند.
error-passphrase-required = این کیف با رمز عبور محافظت می‌شود.
hint-passphrase-required = رمز عبور را بدهید (در متغیر محیطی ERKEND_PASSPHRASE یا با --passphrase-file).
error-wallet-too-new = این کیف با نسخهٔ جدیدتر { -app-name } ساخته شده است (قالب { $found }؛ این برنامه تا قالب { $supported } را می‌شناسد). تغییر داده نشد.
hint-wallet-too-new = برای باز کردن آن { -app-name } را تازه کنید.
error-wallet-damaged = فایل کیف خراب است. یک کاپی در { $copy } نگه داشته شد؛ چیزی پاک نشد.
hint-wallet-damaged = از یک نسخهٔ پشتیبان بازگردانید، یا برای نجات کاپی کمک بخواهید.
error-file-too-large = این فایل خیلی بزرگ است ({ $size } بایت). حد آن { $limit } بایت است.
hint-file-too-large = فایل یک نشان معمولاً بسیار کوچک‌تر است. بررسی کنید که فایل درست را انتخاب کرده‌اید.
error-empty-file = این فایل خالی است.
hint-empty-file = خود فایل نشان یا سند را انتخاب کنید.
error-not-a-file = { $path } یک پوشه است، نه فایل.
hint-not-a-file = فایل‌های نشان داخل پوشه را انتخاب کنید.
error-unreadable = فایل { $path } خوانده نمی‌شود: { $reason }
error-not-json = این فایل نشان یا سندی نیست که { -app-name } بتواند بخواند ({ $reason }).
hint-not-json = یک Open Badge (JSON، PNG یا SVG) یا یک فایل سند انتخاب کنید.
error-too-deep = این فایل بیشتر از { $limit } سطح تو در تو است، بنابراین برای امنیت رد شد.
error-unsupported-format = این نوع فایل پشتیبانی نمی‌شود ({ $detail }).
error-malformed-credential = این سند ناقص یا خراب است: { $detail }.
error-credential-not-found = هیچ سندی با شناسهٔ { $id } در این کیف نیست.
hint-credential-not-found = برای دیدن شناسه‌ها از «erkend list» استفاده کنید.
error-bad-language = «{ $tag }» برچسب زبانی نیست که { -app-name } بفهمد.
error-storage = کیف خوانده یا نوشته نشد: { $reason }
error-io = یک فایل خوانده یا نوشته نشد: { $reason }
error-no-randomness = سیستم نتوانست اعداد تصادفی امن بدهد.
error-usage = فرمان فهمیده نشد ({ $detail }).
error-esco-data = داده‌های داخلی مهارت ESCO قابل استفاده نبود: { $detail }
hint-esco-data = { -app-name } را دوباره نصب کنید، یا فایل فهرست ESCO را پاک کنید تا دوباره ساخته شود.

## خواندن فایل‌های نشان

error-jws-malformed = این متن نشان امضاشده بریده یا خراب است ({ $detail }).
hint-jws-malformed = همهٔ متن نشان را دوباره کاپی کنید، یا فایل را از صادرکننده بخواهید.
error-png-damaged = این تصویر نشان خراب است ({ $detail }).
hint-png-damaged = تصویر نشان را دوباره از صادرکننده دانلود کنید.
error-png-chunk-too-large = یک بخش این تصویر ادعا می‌کند { $size } بایت است؛ حد آن { $limit } است. برای امنیت رد شد.
error-png-too-many-chunks = این تصویر بیشتر از { $limit } بخش دارد، بنابراین برای امنیت رد شد.
error-image-too-large = این تصویر ادعا می‌کند { $width } × { $height } پیکسل است؛ حد هر طرف { $limit } است. برای امنیت رد شد.
error-decompressed-too-large = داده‌های فشرده در این فایل پس از باز شدن بیشتر از { $limit } بایت می‌شوند، بنابراین برای امنیت رد شد.
error-no-badge-data = در این تصویر هیچ نشانی نیست.
hint-no-badge-data = تصویر نشانی را که از صادرکننده گرفته‌اید انتخاب کنید، نه کاپی یا عکس صفحه.
error-baked-url-only = این تصویر فقط یک لینک به نشان ({ $url }) دارد، نه خود نشان را. { -app-name } برای گرفتن آن به انترنت وصل نمی‌شود.
hint-baked-url-only = خود فایل نشان (JSON) را از صادرکننده بخواهید، یا خود تان لینک را باز کنید و نشان را ذخیره کنید.
error-xml-doctype-refused = این تصویر SVG یک اعلان نوع سند دارد که { -app-name } برای امنیت آن را رد می‌کند.
hint-xml-doctype-refused = تصویرهای نشان به آن نیاز ندارند. از صادرکننده یک کاپی نو بخواهید.
error-svg-malformed = این تصویر SVG خراب است ({ $detail }).
error-too-many-nested = این بسته بیشتر از { $limit } سند دارد، بنابراین برای امنیت رد شد.
error-backup-not-a-backup = این فایل نسخهٔ پشتیبان { -app-name } نیست.
hint-backup-not-a-backup = فایلی را که `erkend backup` نوشته است انتخاب کنید. چیزی تغییر نکرد.
error-backup-truncated = این فایل پشتیبان ناقص است: بریده شده است. چیزی تغییر نکرد.
hint-backup-truncated = نسخهٔ پشتیبان را دوباره از جایی که نگه می‌دارید کاپی کنید و مطمئن شوید که کاپی تمام شده است.
error-backup-unsupported-version = این نسخهٔ پشتیبان با { -app-name } جدیدتر ساخته شده است (نسخهٔ { $found }؛ این برنامه تا { $supported } را می‌خواند). چیزی تغییر نکرد.
hint-backup-unsupported-version = { -app-name } را تازه کنید و دوباره بازگردانید.
error-backup-too-large = این نسخهٔ پشتیبان ادعا می‌کند { $size } بایت دارد؛ حد آن { $limit } است. برای امنیت رد شد.
error-backup-wrong-passphrase-or-damaged = این نسخهٔ پشتیبان باز نمی‌شود: رمز عبور غلط است، یا فایل تغییر کرده یا خراب شده است. چیزی تغییر نکرد.
hint-backup-wrong-passphrase-or-damaged = رمز عبور نسخهٔ پشتیبان را بررسی کنید (ERKEND_BACKUP_PASSPHRASE، در غیر آن رمز کیف). اگر درست است، فایل خراب است: از کاپی دیگری استفاده کنید.
error-backup-passphrase-required = نسخهٔ پشتیبان باید با رمز عبور محافظت شود، اما رمزی داده نشد.
hint-backup-passphrase-required = ERKEND_BACKUP_PASSPHRASE را تنظیم کنید (یا رمز عبور کیف را بدهید).
