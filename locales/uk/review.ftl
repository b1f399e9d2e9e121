# Режим перегляду: наставник поруч із тим, хто навчається, кожна сторона своєю мовою.
# Locale: uk. Reviewed by a native speaker: no.

nav-review = Перегляд
review-title = Перегляд із наставником
review-intro = Учень і наставник разом переглядають навички. Кожна сторона може бути своєю мовою.
review-mentor-language = Мова сторони наставника

## Сторона учня.

review-learner-title = Навички учня
review-learner-help = ✎ позначає те, що учень увів сам (власна заява). Лише підпис наставника підвищує рівень навички.
review-learner-empty = У профілі ще немає навичок.
review-in-target = Потрібно для вибраної професії
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = Підтвердили: { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = Документи ({ $count })
review-appraisal-shown-title = Оцінка та наступні кроки
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = Написав(-ла) { $adviser }, { $date }

## Сторона наставника.

review-mentor-title = Сторона наставника
review-signer-title = Хто підписує?
review-signer-help = Спостереження підписуються власним ключем наставника, захищеним його власною парольною фразою. Учень не може підписати замість наставника.
review-signer-pick = Ваш ключ підпису
review-signer-passphrase = Ваша парольна фраза
review-signer-open = Відкрити мій ключ підпису
review-signer-new-title = Новий наставник
review-signer-name = Ваше ім'я
review-signer-organisation = Ваша організація (необов'язково)
review-signer-create = Створити мій ключ підпису
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = Ви підписуєте як { $name }
review-signer-key = Ключ
review-signer-close = Припинити підписування
review-target-title = Бажана професія
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = Навички, які учень має ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = Навички, яких ще бракує ({ $count })
review-observe = Підтвердити як побачене
review-add-step = Додати до маршруту
# Variables:
#   $skill (String) - the skill's name
review-step-added = Додано до навчального маршруту: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = Підтвердити як побачене: { $skill }
review-observe-comment = Що ви підтверджуєте?
review-observe-narrative = Що ви бачили, коли і де? (необов'язково)
review-observe-prepare = Показати, що буде підписано
review-cancel = Скасувати
review-consent-title = Перевірте перед підписом
review-consent-help = Саме це підпише ваш ключ. Після підпису воно потрапить до гаманця учня.
review-consent-signer = Підписує
review-consent-learner = Про учня
review-consent-skill = Навичка
review-consent-comment = Ваші слова
review-consent-narrative = Що ви спостерігали
review-consent-document = Точний документ
review-consent-sign = Підписати
review-signed = Підписано. Тепер навичка показує ваше спостереження.
review-appraisal-title = Оцінка та наступні кроки
review-appraisal-help = Частина 4 профілю навичок. Зберігається в гаманці учня під вашим ім'ям, без підпису.
review-appraisal-text = Ваша оцінка
review-appraisal-next = Наступні кроки (по одному в рядку)
review-appraisal-save = Зберегти оцінку
review-appraisal-saved = Збережено.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = Побачена навичка: { $skill }

## Помилки режиму перегляду.

error-review-signer-is-learner = Цей ключ належить власному гаманцю учня, тож він не може підтвердити його навички.
hint-review-signer-is-learner = Наставнику потрібен власний ключ підпису: заповніть «Новий наставник».
error-review-observation-stale = Показане вже не актуальне.
hint-review-observation-stale = Ще раз покажіть, що буде підписано, а потім підпишіть.
error-review-mentor-locked = Жоден ключ підпису наставника не відкрито.
hint-review-mentor-locked = Відкрийте свій ключ підпису парольною фразою або створіть новий.
