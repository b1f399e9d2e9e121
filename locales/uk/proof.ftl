# Підтвердження, якими можна поділитися: перевірки карток і рядки командного рядка.
# Locale: uk (Ukrainian). Reviewed by a native speaker: no.

check-card-signature-valid = Картку підтвердження підписав { $signer }.
check-card-signature-invalid = Підпис картки підтвердження недійсний: її змінили або підписав хтось інший.
check-card-signer-unknown = Картку підтвердження підписано ключем, якого цей комп’ютер не знає (ключ { $kid }).
check-card-signer-trusted = Підписант { $signer } є у вашому списку довіри.
check-card-summary-not-verified = Стислий виклад, не перевірено: картку підписав { $signer }, якого немає у вашому списку довіри. Перевірте повні коди документа.
check-card-issued-in-future = Картка підтвердження нібито підписана { $date }, а це в майбутньому. Перевірте годинник цього комп’ютера.
check-link-not-fetched = Код-посилання на { $url }: не відкрито. Відкривайте його самі, лише якщо довіряєте цій адресі.

cli-proof-exported = Підтвердження записано до { $path }.
cli-proof-verified = { $name } — перевірено
cli-proof-not-verified = { $name } — НЕ підтверджено
cli-proof-summary = { $name } — стислий виклад, не перевірено
cli-proof-unchecked = { $name } — не вдалося перевірити без інтернету
cli-proof-holder = Власник: { $name } — порівняйте з документом, що посвідчує особу.
cli-proof-link = Посилання (не відкрито): { $url }
