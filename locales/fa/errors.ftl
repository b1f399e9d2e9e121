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
hint-passphrase-required = رمز عبور را بدهید (در متغیر محیطی ERKEND_PASSPHRASE یا با ‎--passphrase-file).
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
error-esco-stopped = آماده‌سازی فهرست مهارت‌ها و وظیفه‌ها را متوقف کردید. چیزی تغییر نکرد.
hint-esco-stopped = وقتی این صفحه را دوباره باز کنید، از نو شروع می‌شود. این کار فقط یک بار لازم است.

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

error-vault-not-found = در این کمپیوتر هیچ کیف یادگیرنده با شناسهٔ { $id } نیست.
hint-vault-not-found = کیف خود را از فهرست انتخاب کنید، یا یک کیف نو بسازید.
error-vault-card-invalid = { $field ->
        [avatar] تصویر
       *[other] نام
    } در صفحهٔ انتخاب پروفایل حد اکثر { $max } حرف داشته می‌تواند، بدون حروف کنترلی.
error-signing-failed = امضا کردن ممکن نشد: { $detail }
error-signer-name-required = برای امضا نام شما لازم است تا یادگیرنده ببیند چه کسی او را ضمانت می‌کند.
hint-signer-name-required = نام خود را یک بار با ‎--name بدهید (و نام ادارهٔ خود را با ‎--organisation)؛ کیف آن را به یاد نگه می‌دارد.
error-endorsement-request-invalid = این یک درخواست تأییدیه نیست که Erkend بتواند بخواند: { $detail }
hint-endorsement-request-invalid = از یادگیرنده بخواهید که درخواست را دوباره از کیف Erkend خود ذخیره کند.
error-endorse-target-has-no-id = سند { $id } شناسهٔ خودش را ندارد، بنابراین تأییدیه به آن اشاره کرده نمی‌تواند.
hint-endorse-target-has-no-id = به جای آن برای یک مهارت، یا برای سند دیگری تأییدیه بخواهید.

error-recovery-code-invalid = این کد بازیابی درست نیست: یک حرف غلط است، کم است یا اضافه است.
hint-recovery-code-invalid = کد را دوباره از برگهٔ بازیابی خود کاپی کنید: ۳۲ حرف و عدد در گروه‌های چهارتایی. خط تیره، فاصله و حروف بزرگ یا کوچک مهم نیستند.
error-trust-list-malformed = این فایل فهرست اعتماد نیست ({ $detail }).
hint-trust-list-malformed = از کسی که فهرست را به شما داد، فایل امضاشدهٔ آن را بخواهید.
error-trust-list-tampered = این فهرست اعتماد پس از امضا تغییر کرده است، بنابراین رد شد.
hint-trust-list-tampered = یک کاپی تازهٔ فهرست را از اداره‌ای که آن را نشر می‌کند بگیرید. چیزی نصب نشد.
error-trust-list-expired = این فهرست اعتماد حالا معتبر نیست (اعتبار آن در { $until } ختم می‌شود یا شروع می‌شود)، بنابراین رد شد.
hint-trust-list-expired = فهرست فعلی را از اداره‌ای که آن را نشر می‌کند بگیرید.
error-trust-list-unknown-signer = این فهرست اعتماد با کلیدی امضا شده که { -app-name } آن را نمی‌شناسد: { $key }.
hint-trust-list-unknown-signer = فقط اگر اداره‌ای که فهرست را به شما داد این کلید را تأیید کند، آن را با ‎--accept-key { $key } نصب کنید.
error-url-refused = { -app-name } فقط از آدرس‌های امن (https) چیزی می‌گیرد؛ { $url } گرفته نشد.
error-fetch-failed = { $url } گرفته نشد ({ $reason }).
hint-fetch-failed = اتصال انترنت را بررسی کنید و بعداً دوباره کوشش کنید. هر چیزی که قبلاً بررسی شده همان‌طور می‌ماند.
error-fetch-too-large = { $url } بیشتر از { $limit } بایت فرستاد؛ دانلود متوقف شد.
# متغیرها: $field (کدام بخش)، $reason (چه چیزی غلط است)
error-profile-invalid = این مورد پروفایل ذخیره نمی‌شود: { $field } — { $reason }.
hint-profile-invalid = تاریخ‌ها به شکل 2024-05 یا 2024-05-31 نوشته می‌شوند؛ سطح‌های زبان به شکل A1، A2، B1، B2، C1 یا C2؛ لینک‌ها به شکل آدرس مهارت یا وظیفهٔ ESCO (http://data.europa.eu/esco/…).
# متغیرها: $id (شناسهٔ قدمی که خواسته شد)
error-route-step-not-found = مسیر یادگیری شما قدم { $id } را ندارد.
hint-route-step-not-found = شناسه‌های قدم‌ها را با این فرمان ببینید: erkend route show --json
error-route-no-target = مسیر یادگیری شما هنوز هدفی ندارد، بنابراین قدم اضافه شده نمی‌تواند.
hint-route-no-target = اول یک وظیفهٔ هدف انتخاب کنید: erkend route set-target URI

## گواهی‌های قابل شریک‌سازی (کدهای QR)

error-proof-base45-character = این کد گواهی حرفی دارد که به آن تعلق ندارد (در جای { $position }). شاید غلط خوانده شده یا تغییر کرده باشد.
hint-proof-base45-character = کد را دوباره اسکن کنید، یا از گواهی چاپی اصلی استفاده کنید.
error-proof-base45-length = این کد گواهی ناقص است ({ $length } حرف یک کد کامل شده نمی‌تواند).
hint-proof-base45-length = کد را دوباره اسکن کنید؛ شاید بخشی از آن کم باشد.
error-proof-base45-overflow = این کد گواهی در جای { $position } خراب است.
error-proof-unknown-prefix = این کد گواهی { -app-name } نیست، یا از نسخه‌ای است که این برنامه نمی‌شناسد.
hint-proof-unknown-prefix = بررسی کنید که کد درست را اسکن کرده‌اید؛ اگر گواهی جدیدتر است، { -app-name } را تازه کنید.
error-proof-unknown-format = این کد گواهی قالبی دارد که این برنامه نمی‌شناسد (قالب { $byte }).
hint-proof-unknown-format = برای خواندن آن { -app-name } را تازه کنید.
error-proof-empty = این کد گواهی خالی است.
error-proof-too-long = این کد برای یک گواهی خیلی دراز است ({ $length } حرف؛ حد اکثر { $limit }). برای امنیت رد شد.
error-proof-chunk-header = برچسب این بخش کد گواهی خراب است ({ $detail }).
error-proof-too-many-chunks = این گواهی ادعا می‌کند { $total } بخش دارد؛ حد اکثر { $limit } بخش اجازه است. رد شد.
error-proof-chunk-duplicate = بخش { $index } گواهی { $set } دو بار داده شد.
hint-proof-chunk-duplicate = هر بخش گواهی را فقط یک بار بدهید.
error-proof-chunk-missing = گواهی { $set } ناقص است: بخش { $missing } کم است.
hint-proof-chunk-missing = همهٔ کدهای گواهی را اسکن کنید؛ برچسب‌های زیر کدها می‌گویند چند کد است.
error-proof-chunk-mixed = بخش‌های گواهی { $set } به هم تعلق ندارند.
hint-proof-chunk-mixed = بخش‌های گواهی‌های مختلف با هم مخلوط شده‌اند. فقط کدهای یک گواهی را اسکن کنید.
error-proof-inflate-too-large = این گواهی پس از باز شدن بیشتر از { $limit } بایت می‌شود. برای امنیت رد شد.
error-proof-inflate-damaged = داده‌های این کد گواهی خراب یا بریده است.
hint-proof-inflate-damaged = کد را دوباره اسکن کنید، یا از گواهی چاپی اصلی استفاده کنید.
error-proof-wrong-dictionary = این کد گواهی به روشی فشرده شده که با قالب آن جور نمی‌آید.
error-proof-trailing-bytes = این کد گواهی در آخر خود داده‌های اضافی دارد. رد شد.
error-proof-card-malformed = این کارت گواهی خراب است ({ $detail }).
error-proof-card-algorithm = این کارت گواهی از روش امضایی استفاده می‌کند که اجازه نیست.
error-proof-too-large-for-codes = این سند برای چاپ به شکل کد خیلی بزرگ است ({ $bytes } بایت؛ حد اکثر { $codes } کد). احتمالاً تصویر دارد.
hint-proof-too-large-for-codes = به جای آن، آن را به شکل لینک (اگر صادرکننده آن را نگه می‌دارد) یا به شکل فایل شریک کنید.
error-proof-no-codes = در این فایل هیچ کد گواهی پیدا نشد.
hint-proof-no-codes = از یک عکس یا اسکن واضح و روشن استفاده کنید که هر کد در آن کامل دیده شود.
error-proof-image-unreadable = این تصویر خوانده نمی‌شود ({ $detail }).
error-proof-pdf-unreadable = این PDF خوانده نمی‌شود ({ $detail }).
error-proof-file-type = گواهی‌ها از فایل‌های نوع «{ $ext }» استفاده کرده نمی‌توانند.
hint-proof-file-type = برای ذخیره از ‎.pdf، ‎.png یا ‎.txt استفاده کنید؛ برای بررسی از ‎.pdf، ‎.png، ‎.jpg یا ‎.txt.
error-proof-no-hosted-url = این سند آدرس انترنتی ندارد که صادرکننده آن را در آن نشان دهد، بنابراین کد لینک ساخته نمی‌شود.
error-pdf-qr-too-large = یک کد QR نمی‌تواند { $chars } حرف را در خود جای دهد، بنابراین گواهی چاپ نشد.
hint-pdf-qr-too-large = سند را به کدهای بیشتر تقسیم کنید، یا به جای آن به شکل لینک شریک کنید.
error-pdf-write = PDF ساخته نشد ({ $detail }).
