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
error-esco-stopped = تاسو د مهارتونو او دندو د لېست چمتو کول ودرول. هېڅ شی بدل نه شو.
hint-esco-stopped = کله چې دا پاڼه بیا پرانیزئ، له سره پیلېږي. دا یوازې یو ځل اړین دی.

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

## د زده کوونکو زېرمې، لاسلیک، تاییدونه او د باور لړلیکونه

error-vault-not-found = په دې کمپیوټر کې د زده کوونکي { $id } زېرمه نشته.
hint-vault-not-found = خپله زېرمه له لړلیک څخه وټاکئ، یا نوې جوړه کړئ.
error-vault-card-invalid = { $field ->
        [avatar] هغه انځور
       *[other] هغه نوم
    } چې د پروفایل په ټاکلو کې ښکاري، تر { $max } تورو زیات نه شي لرلای، او د کنټرول توري باید ونه لري.
error-signing-failed = دا لاسلیک نه شو: { $detail }
error-signer-name-required = د لاسلیک لپاره ستاسو نوم اړین دی، چې زده کوونکی ووینې څوک یې ضمانت کوي.
hint-signer-name-required = خپل نوم یو ځل د ‎--name په واسطه ورکړئ (او خپله اداره د ‎--organisation په واسطه)؛ بټوه یې په یاد ساتي.
error-endorsement-request-invalid = دا د تایید داسې غوښتنه نه ده چې Erkend یې ولولای شي: { $detail }
hint-endorsement-request-invalid = له زده کوونکي وغواړئ چې غوښتنه بیا له خپلې Erkend بټوې څخه ووباسي.
error-endorse-target-has-no-id = سند { $id } خپله پېژندنه نه لري، نو تایید ورته اشاره نه شي کولای.
hint-endorse-target-has-no-id = د دې پر ځای د یوه مهارت یا د بل سند تایید وغواړئ.
error-recovery-code-invalid = دا د بېرته راګرځولو سم کوډ نه دی: یو توری غلط، کم یا زیات دی.
hint-recovery-code-invalid = کوډ بیا د بېرته راګرځولو له پاڼې څخه کاپي کړئ: ۳۲ توري او عددونه، په څلور څلور ډلو کې. ډش (-)، تشې ځایونه او لوی یا کوچني توري مهم نه دي.
error-trust-list-malformed = دا فایل د باور لړلیک نه دی ({ $detail }).
hint-trust-list-malformed = له هغه چا چې لړلیک یې درکړی، هغه فایل وغواړئ چې لاسلیک یې کړی.
error-trust-list-tampered = دا د باور لړلیک له لاسلیک وروسته بدل شوی، نو رد شو.
hint-trust-list-tampered = د لړلیک نوې کاپي له هغې ادارې واخلئ چې خپروي یې. هېڅ شی نصب نه شو.
error-trust-list-expired = دا د باور لړلیک اوس معتبر نه دی (اعتبار یې په { $until } پای ته رسېږي یا پیلېږي)، نو رد شو.
hint-trust-list-expired = اوسنی لړلیک له هغې ادارې واخلئ چې خپروي یې.
error-trust-list-unknown-signer = دا د باور لړلیک په داسې کیلي لاسلیک شوی چې { -app-name } یې نه پېژني: { $key }.
hint-trust-list-unknown-signer = یوازې که هغه اداره چې لړلیک یې درکړی دا کیلي تایید کړي، لړلیک د ‎--accept-key { $key }‎ په واسطه نصب کړئ.
error-url-refused = { -app-name } یوازې خوندي (https) پتې راوړي؛ { $url } رانه وړل شو.
error-fetch-failed = { $url } رانه وړل شو ({ $reason }).
hint-fetch-failed = د انټرنېټ اړیکه وګورئ او وروسته بیا هڅه وکړئ. هر څه چې مخکې ازمویل شوي، هماغسې پاتې کېږي.
error-fetch-too-large = { $url } له { $limit } بایټو زیات ولېږل؛ ډاونلوډ ودرول شو.
error-profile-invalid = د پروفایل دا برخه نه خوندي کېږي: { $field } — { $reason }.
hint-profile-invalid = نېټې داسې لیکل کېږي: ⁦2024-05⁩ یا ⁦2024-05-31⁩؛ د ژبې کچې: A1، A2، B1، B2، C1 یا C2؛ لینکونه د ESCO د مهارت یا دندې پتې (⁦http://data.europa.eu/esco/…⁩).
error-route-step-not-found = ستاسو د زده کړې په لاره کې { $id } ګام نشته.
hint-route-step-not-found = د ګامونو پېژندنې په دې قوماندې وګورئ: erkend route show --json
error-route-no-target = ستاسو د زده کړې لاره لا موخه نه لري، نو ګامونه نه شي ورزیاتېدای.
hint-route-no-target = لومړی یوه موخه دنده وټاکئ: erkend route set-target URI

## د شریکولو وړ ثبوتونه (QR کوډونه)

error-proof-base45-character = په دې د ثبوت کوډ کې یو داسې توری شته چې باید پکې نه وي (په { $position } ځای کې). کېدای شي غلط لوستل شوی یا بدل شوی وي.
hint-proof-base45-character = کوډ بیا سکن کړئ، یا اصلي چاپ شوی ثبوت وکاروئ.
error-proof-base45-length = دا د ثبوت کوډ نیمګړی دی ({ $length } توري بشپړ کوډ نه شي کېدای).
hint-proof-base45-length = کوډ بیا سکن کړئ؛ کېدای شي یوه برخه یې کمه وي.
error-proof-base45-overflow = دا د ثبوت کوډ په { $position } ځای کې خراب دی.
error-proof-unknown-prefix = دا د { -app-name } د ثبوت کوډ نه دی، یا له داسې نسخې دی چې دا پروګرام یې نه پېژني.
hint-proof-unknown-prefix = وګورئ چې سم کوډ مو سکن کړی؛ که ثبوت نوی وي، { -app-name } تازه کړئ.
error-proof-unknown-format = دا د ثبوت کوډ داسې بڼه کاروي چې دا پروګرام یې نه پېژني (بڼه { $byte }).
hint-proof-unknown-format = د لوستلو لپاره { -app-name } تازه کړئ.
error-proof-empty = دا د ثبوت کوډ تش دی.
error-proof-too-long = دا کوډ د ثبوت لپاره ډېر اوږد دی ({ $length } توري؛ تر ټولو زیات { $limit }). د خوندیتوب لپاره رد شو.
error-proof-chunk-header = د دې د ثبوت کوډ د برخې نښه ماته ده ({ $detail }).
error-proof-too-many-chunks = دا ثبوت وايي چې { $total } برخې لري؛ تر ټولو زیات { $limit } اجازه لري. رد شو.
error-proof-chunk-duplicate = د { $set } ثبوت { $index } برخه دوه ځله ورکړل شوه.
hint-proof-chunk-duplicate = د ثبوت هره برخه یوازې یو ځل ورکړئ.
error-proof-chunk-missing = د { $set } ثبوت نیمګړی دی: { $missing } برخه نشته.
hint-proof-chunk-missing = د ثبوت ټول کوډونه سکن کړئ؛ د کوډونو لاندې نښې وايي چې څو دي.
error-proof-chunk-mixed = د { $set } ثبوت برخې یو له بل سره تړاو نه لري.
hint-proof-chunk-mixed = د بېلابېلو ثبوتونو برخې ګډې شوې. یوازې د یوه ثبوت کوډونه سکن کړئ.
error-proof-inflate-too-large = دا ثبوت له خلاصېدو وروسته له { $limit } بایټو زیاتېږي. د خوندیتوب لپاره رد شو.
error-proof-inflate-damaged = په دې د ثبوت کوډ کې معلومات خراب یا پرې شوي دي.
hint-proof-inflate-damaged = کوډ بیا سکن کړئ، یا اصلي چاپ شوی ثبوت وکاروئ.
error-proof-wrong-dictionary = دا د ثبوت کوډ په داسې ډول بسته شوی چې له خپلې بڼې سره سمون نه خوري.
error-proof-trailing-bytes = د دې د ثبوت کوډ په پای کې اضافي معلومات شته. رد شو.
error-proof-card-malformed = دا د ثبوت کارت مات دی ({ $detail }).
error-proof-card-algorithm = دا د ثبوت کارت د لاسلیک داسې طریقه کاروي چې اجازه نه لري.
error-proof-too-large-for-codes = دا سند د کوډونو په توګه د چاپ لپاره ډېر لوی دی ({ $bytes } بایټه؛ تر ټولو زیات { $codes } کوډونه). ښایي انځورونه ولري.
hint-proof-too-large-for-codes = د دې پر ځای یې د لینک په توګه (که ورکوونکی یې ساتي) یا د فایل په توګه شریک کړئ.
error-proof-no-codes = په دې فایل کې د ثبوت هېڅ کوډ ونه موندل شو.
hint-proof-no-codes = روښانه او په ښه رڼا کې اخیستل شوی عکس یا سکن وکاروئ چې هر کوډ پکې بشپړ وي.
error-proof-image-unreadable = دا انځور نه لوستل کېږي ({ $detail }).
error-proof-pdf-unreadable = دا PDF نه لوستل کېږي ({ $detail }).
error-proof-file-type = ثبوتونه د «{ $ext }» ډول فایلونه نه شي کارولای.
hint-proof-file-type = د خوندي کولو لپاره ⁦.pdf⁩، ⁦.png⁩ یا ⁦.txt⁩ وکاروئ؛ د ازمویلو لپاره ⁦.pdf⁩، ⁦.png⁩، ⁦.jpg⁩ یا ⁦.txt⁩.
error-proof-no-hosted-url = دا سند داسې ویب پته نه لري چې ورکوونکی یې پکې ښيي، نو د لینک کوډ نه شي جوړېدای.
error-pdf-qr-too-large = یو QR کوډ { $chars } توري نه شي ساتلای، نو ثبوت چاپ نه شو.
hint-pdf-qr-too-large = سند په ډېرو کوډونو ووېشئ، یا د دې پر ځای یې د لینک په توګه شریک کړئ.
error-pdf-write = PDF جوړ نه شو ({ $detail }).
