# Друковані аркуші (PDF): підтвердження з QR-кодами та навчальний маршрут.
# Locale: uk (Ukrainian). Reviewed by a native speaker: no.

-pdf-brand = Erkend

## Спільне

pdf-learner = Здобувач освіти
pdf-field-issuer = Видавець: { $issuer }
pdf-field-issued = Дата видачі: { $date }
pdf-field-valid-until = Дійсний до: { $date }
pdf-field-skills = Навички:

## Аркуш підтвердження

pdf-proof-title = Підтвердження навчання
pdf-proof-compare-id = Порівняйте це ім'я з документом, що посвідчує особу.
pdf-proof-none = Жодного документа не вибрано.
pdf-proof-scan-all = Відскануйте всі коди ({ $count }): разом вони містять підписаний документ.
pdf-proof-how-to-verify = Як перевірити: відскануйте QR-коди за допомогою { -pdf-brand } (або виконайте "erkend proof verify"); підпис видавця перевіряється без інтернету.

## Аркуш маршруту

pdf-route-title = Навчальний маршрут
pdf-route-target = Мета: { $target }
pdf-route-step = Крок { $number }: { $title }
pdf-route-no-steps = Кроків ще немає: здобувач освіти вже має всі основні навички.
pdf-route-footer = Цей маршрут належить здобувачу освіти, який будь-коли може змінити його разом зі своїм коучем чи наставником.
pdf-field-kind = Тип: { $kind }
pdf-field-status = Стан: { $status }
pdf-field-dates = Період: { $start } – { $end }
pdf-field-start = З: { $date }
pdf-field-end = До: { $date }
pdf-field-notes = Нотатки: { $notes }
pdf-step-kind-earn-credential = отримати документ про навчання
pdf-step-kind-work-based-learning = навчання на робочому місці (стажування, волонтерство, здобуття досвіду роботи)
pdf-step-kind-language-goal = мовна мета
pdf-step-kind-practical = практичний крок до роботи
pdf-step-status-planned = заплановано
pdf-step-status-in-progress = триває
pdf-step-status-done = виконано

## Командний рядок

pdf-cli-route-exported = Маршрут (кроків: { $count }) записано у { $path }.
