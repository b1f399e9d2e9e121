# بررسی‌های تأیید، در خط فرمان و در برنامه.
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

check-signature-not-supported-yet = امضای این نوع سند هنوز در این نسخه بررسی نمی‌شود.
check-expired = اعتبار آن در { $date } ختم شد.
check-not-expired = تا { $date } معتبر است.
check-not-yet-valid = هنوز معتبر نیست: از { $date } معتبر است.
check-valid-from = از { $date } معتبر است.
check-bad-date = تاریخ «{ $date }» خوانده نمی‌شود.

## امضا

check-signature-valid = امضا معتبر است (کلید { $method }).
check-signature-invalid = امضا مطابقت ندارد: سند پس از امضا تغییر کرده، یا با کلید دیگری امضا شده است.
check-signature-malformed = امضا یا کلید آن خراب است و بررسی نمی‌شود.
check-signature-alg-refused = الگوریتم امضای «{ $alg }» پذیرفته نمی‌شود.
check-signature-needs-network = کلید امضای { $method } باید از انترنت گرفته شود؛ این بررسی به شبکه نیاز دارد.
check-signature-key-unsupported = این نسخه نوع کلید { $method } را خوانده نمی‌تواند.
check-signature-key-not-bound = کلید داخل سند بدون شبکه به صادرکننده وصل شده نمی‌تواند.
check-signature-no-key = سند نمی‌گوید کدام کلید آن را امضا کرده است.
check-signature-missing = سند امضا ندارد.
check-signature-wrong-purpose = امضا برای ضمانت یک سند ساخته نشده است.
check-signature-previous-proof-missing = یک امضا بر امضای دیگری تکیه دارد که در سند نیست.
check-signature-proof-expired = امضا فقط تا { $date } معتبر بود.
check-signature-suite-unsupported = این نسخه امضاهای نوع «{ $suite }» را بررسی کرده نمی‌تواند.
check-signature-suite-unavailable = این نسخه هنوز این نوع امضا را بررسی کرده نمی‌تواند.
check-signature-context-unavailable = امضا بدون انترنت بررسی نمی‌شود: تعریف‌های { $context } در برنامه نیستند.
check-signature-jades-not-supported-yet = مهر الکترونیکی یک سند Europass هنوز در این نسخه بررسی نمی‌شود.
check-hosted-needs-network = این نشان نزد صادرکنندهٔ آن نگه‌داری می‌شود؛ بررسی آن به شبکه نیاز دارد.

## صادرکننده

check-issuer-matches = کلید به صادرکننده { $issuer } تعلق دارد.
check-issuer-mismatch = سند { $issuer } را صادرکننده می‌نامد، اما { $controller } آن را امضا کرده است.
check-issuer-needs-network = این‌که کلید امضا به صادرکننده تعلق دارد یا نه فقط به صورت آنلاین بررسی می‌شود.
check-issuer-no-key = بدون امضای بررسی‌شده معلوم نیست چه کسی این سند را صادر کرده است.
check-issuer-missing = سند صادرکنندهٔ خود را نام نمی‌برد.
check-issuer-jwt-iss-mismatch = سند { $issuer } را صادرکننده می‌نامد، اما توکن اطراف آن { $iss } را نام می‌برد.

check-nested-verified = همهٔ { $count } سندِ این بسته جداگانه تأیید شدند.
check-nested-failed = سند { $position } این بسته، «{ $name }»، تأیید نشد.
check-nested-unchecked = سند { $position } این بسته، «{ $name }»، این‌جا بررسی شده نتوانست.
