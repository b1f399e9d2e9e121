# Перевірки під час підтвердження, у командному рядку та в застосунку.
# Locale: uk. Reviewed by a native speaker: no.

check-signature-not-supported-yet = Ця версія ще не вміє перевіряти підпис такого документа.
check-expired = Строк дії минув { $date }.
check-not-expired = Чинний до { $date }.
check-not-yet-valid = Ще не чинний: чинний з { $date }.
check-valid-from = Чинний з { $date }.
check-bad-date = Не вдається прочитати дату «{ $date }».

## Підпис

check-signature-valid = Підпис дійсний (ключ { $method }).
check-signature-invalid = Підпис не збігається: документ змінили після підписання, або його підписано іншим ключем.
check-signature-malformed = Підпис або його ключ пошкоджено, тож перевірити неможливо.
check-signature-alg-refused = Алгоритм підпису «{ $alg }» не приймається.
check-signature-needs-network = Ключ підпису { $method } треба завантажити з інтернету; ця перевірка потребує мережі.
check-signature-key-unsupported = Ця версія не вміє читати тип ключа { $method }.
check-signature-key-not-bound = Без мережі ключ усередині документа не можна пов’язати з видавцем.
check-signature-no-key = Документ не вказує, який ключ його підписав.
check-signature-missing = Документ не має підпису.
check-signature-wrong-purpose = Підпис зроблено не для того, щоб засвідчити документ.
check-signature-previous-proof-missing = Підпис спирається на інший підпис, якого в документі немає.
check-signature-proof-expired = Підпис був дійсний лише до { $date }.
check-signature-suite-unsupported = Ця версія не вміє перевіряти підписи типу «{ $suite }».
check-signature-suite-unavailable = Ця версія ще не вміє перевіряти такий тип підпису.
check-signature-context-unavailable = Підпис не можна перевірити без інтернету: визначення за адресою { $context } не вбудовано.
check-signature-jades-not-supported-yet = Ця версія ще не вміє перевіряти електронну печатку документа Europass.
check-hosted-needs-network = Цей значок розміщено у видавця; для перевірки потрібна мережа.

## Видавець

check-issuer-matches = Ключ належить видавцеві { $issuer }.
check-issuer-mismatch = Документ називає видавцем { $issuer }, але його підписав { $controller }.
check-issuer-needs-network = Чи належить ключ підпису видавцеві, можна перевірити лише онлайн.
check-issuer-no-key = Без перевіреного підпису невідомо, хто видав цей документ.
check-issuer-missing = Документ не називає свого видавця.
check-issuer-jwt-iss-mismatch = Документ називає видавцем { $issuer }, але токен навколо нього називає { $iss }.

## Пакети документів

check-nested-verified = Усі документи в цьому пакеті ({ $count }) окремо пройшли перевірку.
check-nested-failed = Документ { $position } у цьому пакеті, «{ $name }», не пройшов перевірку.
check-nested-unchecked = Документ { $position } у цьому пакеті, «{ $name }», тут не вдалося перевірити.
