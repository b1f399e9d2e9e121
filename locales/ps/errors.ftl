# د تېروتنو پیغامونه او لارښوونې، د قوماندې کرښې او پروګرام لپاره ګډ.
# Locale: ps. Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = په { $path } کې هېڅ بټوه نشته.
hint-wallet-not-found = لومړی د «erkend init» په واسطه یوه جوړه کړئ، یا د بټوې بل فایل وټاکئ.
error-wallet-exists = په { $path } کې دمخه یوه بټوه شته. بدله نه شوه.
hint-wallet-exists = د هغې پر ځای همدا پرانیزئ، یا د فایل بل نوم وټاکئ.
error-wrong-passphrase = دا پټ نوم بټوه نه پرانیزي. هېڅ شی بدل نه شو.
hint-wrong-passphrase = پټ نوم وګورئ او بیا هڅه وکړئ. لوی توري مهم دي.
error-passphrase-required = دا بټوه د پټ نوم په واسطه ساتل شوې.
hint-passphrase-required = پټ نوم ورکړئ (د چاپېریال په ERKEND_PASSPHRASE متغیر کې یا د --passphrase-file په واسطه).
error-wallet-too-new = دا بټوه د { -app-name } د نوې نسخې په واسطه جوړه شوې (بڼه { $found }؛ دا پروګرام تر { $supported } پورې پېژني). بدله نه شوه.
hint-wallet-too-new = د پرانیستلو لپاره { -app-name } تازه کړئ.
error-wallet-damaged = د بټوې فایل خراب دی. یوه کاپي په { $copy } کې وساتل شوه؛ هېڅ شی ړنګ نه شو.
hint-wallet-damaged = له بیک اپ څخه بېرته راوړئ، یا د کاپي د ژغورلو لپاره مرسته وغواړئ.
error-file-too-large = دا فایل ډېر لوی دی ({ $size } بایټه). پوله یې { $limit } بایټه ده.
hint-file-too-large = د نښان فایل معمولاً ډېر کوچنی وي. وګورئ چې سم فایل مو ټاکلی دی.
error-empty-file = دا فایل تش دی.
hint-empty-file = د نښان یا سند خپل فایل وټاکئ.
error-not-a-file = { $path } یو فولډر دی، فایل نه دی.
hint-not-a-file = د فولډر دننه د نښان فایلونه وټاکئ.
error-unreadable = فایل { $path } نه لوستل کېږي: { $reason }
error-not-json = دا فایل داسې نښان یا سند نه دی چې { -app-name } یې ولولای شي ({ $reason }).
hint-not-json = یو Open Badge (JSON، PNG یا SVG) یا د سند فایل وټاکئ.
error-too-deep = دا فایل له { $limit } کچو زیات یو په بل کې دی، نو د خوندیتوب لپاره رد شو.
error-unsupported-format = د دې ډول فایل ملاتړ نه کېږي ({ $detail }).
error-malformed-credential = دا سند نیمګړی یا خراب دی: { $detail }.
error-credential-not-found = په دې بټوه کې د { $id } پېژندنې سره هېڅ سند نشته.
hint-credential-not-found = د پېژندنو د لیدلو لپاره «erkend list» وکاروئ.
error-bad-language = «{ $tag }» د ژبې داسې نښه نه ده چې { -app-name } پرې پوه شي.
error-storage = بټوه ونه لوستل شوه یا ونه لیکل شوه: { $reason }
error-io = یو فایل ونه لوستل شو یا ونه لیکل شو: { $reason }
error-no-randomness = سیسټم ونه شو کولای خوندي تصادفي شمېرې ورکړي.
error-usage = قومانده پوه نه شوه ({ $detail }).
error-esco-data = د ESCO دننه معلومات ونه کارول شول: { $detail }
hint-esco-data = { -app-name } بیا نصب کړئ، یا د ESCO د فهرست فایل ړنګ کړئ چې بیا جوړ شي.

## د نښان فایلونه لوستل

error-jws-malformed = د دې لاسلیک شوي نښان متن پرې شوی یا خراب دی ({ $detail }).
hint-jws-malformed = د نښان ټول متن بیا کاپي کړئ، یا فایل له ورکوونکي وغواړئ.
error-png-damaged = د دې نښان انځور خراب دی ({ $detail }).
hint-png-damaged = د نښان انځور بیا له ورکوونکي ډاونلوډ کړئ.
error-png-chunk-too-large = د دې انځور یوه برخه وايي چې { $size } بایټه ده؛ پوله یې { $limit } ده. د خوندیتوب لپاره رد شو.
error-png-too-many-chunks = دا انځور له { $limit } برخو زیاتې لري، نو د خوندیتوب لپاره رد شو.
error-image-too-large = دا انځور وايي چې { $width } × { $height } پکسله دی؛ د هرې خوا پوله { $limit } ده. د خوندیتوب لپاره رد شو.
error-decompressed-too-large = په دې فایل کې فشرده معلومات له خلاصېدو وروسته له { $limit } بایټو زیاتېږي، نو د خوندیتوب لپاره رد شو.
error-no-badge-data = په دې انځور کې هېڅ نښان نشته.
hint-no-badge-data = هغه د نښان انځور وټاکئ چې له ورکوونکي مو ترلاسه کړی، نه کاپي یا د سکرین انځور.
error-baked-url-only = په دې انځور کې یوازې نښان ته یوه لینک ({ $url }) شته، نه پخپله نښان. { -app-name } د هغې د راوړلو لپاره انټرنېټ ته نه ځي.
hint-baked-url-only = له ورکوونکي پخپله د نښان فایل (JSON) وغواړئ، یا لینک پخپله پرانیزئ او نښان خوندي کړئ.
error-xml-doctype-refused = په دې SVG انځور کې د سند د ډول اعلان شته چې { -app-name } یې د خوندیتوب لپاره ردوي.
hint-xml-doctype-refused = د نښان انځورونو ته دا اړتیا نشته. له ورکوونکي نوې کاپي وغواړئ.
error-svg-malformed = دا SVG انځور خراب دی ({ $detail }).
error-too-many-nested = په دې بنډل کې له { $limit } اسنادو زیات شته، نو د خوندیتوب لپاره رد شو.
error-backup-not-a-backup = دا فایل د { -app-name } بیک اپ نه دی.
hint-backup-not-a-backup = هغه فایل وټاکئ چې `erkend backup` لیکلی. هېڅ شی بدل نه شو.
error-backup-truncated = دا د بیک اپ فایل نیمګړی دی: پرې شوی دی. هېڅ شی بدل نه شو.
hint-backup-truncated = بیک اپ بیا له هغه ځایه کاپي کړئ چې ساتئ یې، او ډاډ ترلاسه کړئ چې کاپي بشپړه شوې.
error-backup-unsupported-version = دا بیک اپ د { -app-name } د نوې نسخې په واسطه جوړ شوی (نسخه { $found }؛ دا پروګرام تر { $supported } پورې لولي). هېڅ شی بدل نه شو.
hint-backup-unsupported-version = { -app-name } تازه کړئ او بیا یې بېرته راوړئ.
error-backup-too-large = دا بیک اپ وايي چې { $size } بایټه لري؛ پوله یې { $limit } ده. د خوندیتوب لپاره رد شو.
error-backup-wrong-passphrase-or-damaged = دا بیک اپ نه پرانیستل کېږي: پټ نوم غلط دی، یا فایل بدل یا خراب شوی. هېڅ شی بدل نه شو.
hint-backup-wrong-passphrase-or-damaged = د بیک اپ پټ نوم وګورئ (ERKEND_BACKUP_PASSPHRASE، که نه وي د بټوې پټ نوم). که سم وي، فایل خراب دی: بله کاپي وکاروئ.
error-backup-passphrase-required = بیک اپ باید د پټ نوم په واسطه وساتل شي، خو هېڅ پټ نوم ورنه کړل شو.
hint-backup-passphrase-required = ERKEND_BACKUP_PASSPHRASE وټاکئ (یا د بټوې پټ نوم ورکړئ).
