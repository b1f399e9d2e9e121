# Повідомлення застосунку для комп’ютера (ui/). Помилки й підказки — у errors.ftl, перевірки — у checks.ftl.
# Locale: uk. Reviewed by a native speaker: no (ще не перевірено носієм української мови).

## Рамка

app-title = { -app-name }: ваші документи
app-brand = { -app-name }
skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-wallet = Мої документи
nav-import = Додати документи
language-label = Мова
wallet-unprotected-banner = Цей гаманець НЕ захищений парольною фразою. Будь-хто, хто користується цим комп’ютером, може відкрити його й прочитати ваші документи.
wallet-path-label = Файл гаманця:
fatal-title = Не вдається відкрити гаманець

## Перший запуск

create-title = Вітаємо! Створіть свій гаманець
create-intro = Ваш гаманець зберігає ваші значки й сертифікати на цьому комп’ютері. Нічого нікуди не надсилається.
create-protected-title = Захистіть його парольною фразою (радимо)
create-passphrase-label = Парольна фраза
create-passphrase-help = Виберіть кілька слів, які ви запам’ятаєте. Без неї ніхто не відкриє гаманець, навіть ви: запишіть її в надійному місці.
create-confirm-label = Введіть парольну фразу ще раз
create-submit = Створити захищений гаманець
create-error-empty = Спершу введіть парольну фразу або створіть гаманець без неї нижче.
create-error-mismatch = Дві парольні фрази не однакові. Введіть їх ще раз.
create-plain-title = Або: без парольної фрази
create-plain-warning = Гаманець без парольної фрази НЕ захищений. Будь-хто, хто користується цим комп’ютером, може відкрити його й прочитати ваші документи.
create-plain-ack = Я розумію, що мій гаманець не буде захищений.
create-plain-submit = Створити гаманець без парольної фрази

## Розблокування

unlock-title = Відкрийте свій гаманець
unlock-passphrase-label = Парольна фраза
unlock-submit = Відкрити гаманець

## Список

wallet-title = Мої документи
wallet-add = Додати документи
wallet-empty-title = Ваш гаманець порожній
wallet-empty-text = Додайте файл значка чи сертифіката, який ви отримали, наприклад після курсу або від кар’єрного консультанта.
card-issuer = Від:
card-learner = Для:
card-issued = Видано:
verdict-verified = Перевірено
verdict-failed = Не підтверджено: одна з перевірок не пройшла
verdict-unchecked = Ще не перевірено

## Додавання

import-title = Додати документи
import-drop-hint = Перетягніть файли значків чи сертифікатів у це вікно або виберіть їх на своєму комп’ютері.
import-choose = Вибрати файли
import-results-title = Результати
import-result-imported = Додано до вашого гаманця.
import-result-duplicate = Уже є у вашому гаманці; нічого не змінено.
import-result-rejected = Не додано.

## Подробиці документа

detail-back = Назад до моїх документів
detail-issuer = Видав
detail-learner = Кому видано
detail-achievement = Досягнення
detail-description = Опис
detail-criteria = Як його здобуто
detail-issued = Дата видачі
detail-valid-from = Чинний з
detail-valid-until = Чинний до
detail-format = Формат
detail-source = Файл
detail-imported = Додано
detail-credential-id = Ідентифікатор документа
detail-issuer-id = Ідентифікатор видавця
detail-sha256 = Відбиток (SHA-256)
detail-skills = Навички (ESCO)
detail-checks-title = Що перевірено
detail-no-checks = Ще нічого не перевірено.
detail-check-outcome-passed = Пройдено
detail-check-outcome-failed = Не пройдено
detail-check-outcome-unchecked = Не перевірено
detail-check-name-signature = Підпис
detail-check-name-issuer = Видавець
detail-check-name-hosted = Копія видавця
detail-check-name-expiry = Дата завершення
detail-check-name-not-before = Дата початку
detail-check-name-status = Відкликання
detail-check-name-schema = Структура
detail-check-name-nested = Документи в пакеті

## Помилки лише застосунку

error-wallet-locked = Гаманець ще не відкрито.
hint-wallet-locked = Спершу відкрийте гаманець його парольною фразою.
error-bad-request = Застосунок надіслав неповний запит ({ $what }). Спробуйте ще раз.
error-ipc = Усередині застосунку щось пішло не так: { $reason }

## Мікрокваліфікація (рекомендація Ради ЄС)

detail-awarding-body = Присвоїв
detail-ects = Кредити ЄКТС
detail-workload = Навантаження (години)
detail-eqf = Рівень ЄРК
detail-nqf = Національний рівень
detail-assessment = Вид оцінювання
detail-participation = Форма участі
detail-quality-assurance = Забезпечення якості
detail-learning-outcomes = Результати навчання

## Навігація

nav-profile = Мої навички
nav-match = Робота для мене
nav-route = Мій шлях
nav-settings = Налаштування
nav-about = Про застосунок
nav-lock = Заблокувати

## Пошук, порядок, фільтри

wallet-search-label = Пошук
wallet-sort-label = Порядок
wallet-sort-date-desc = Спершу новіші
wallet-sort-date-asc = Спершу старіші
wallet-sort-issuer = За видавцем
wallet-sort-name = За назвою
wallet-sort-status = Спершу проблемні
wallet-filter-issuer = Видавець
wallet-filter-skill = Навичка
wallet-filter-status = Стан
wallet-filter-year = Рік
wallet-filter-all = Усі
wallet-count = { $total ->
    [one] Показано { $shown } з { $total } документа
    [few] Показано { $shown } з { $total } документів
    [many] Показано { $shown } з { $total } документів
   *[other] Показано { $shown } з { $total } документа
}

## Додавання: поступ

import-cancel = Зупинити
import-progress = Додається файл { $done } з { $total }…
import-summary = { $total ->
    [one] { $total } файл: додано { $imported }, уже було { $duplicate }, не додано { $rejected }.
    [few] { $total } файли: додано { $imported }, уже було { $duplicate }, не додано { $rejected }.
   *[other] { $total } файлів: додано { $imported }, уже було { $duplicate }, не додано { $rejected }.
}
import-summary-cancelled = Зупинено після { $done } з { $total } файлів: додано { $imported }, уже було { $duplicate }, не додано { $rejected }.

## Подробиці: далі

detail-checked-at = Остання перевірка
detail-reverify = Перевірити ще раз
detail-endorsements-title = Рекомендації
detail-no-endorsements = Цей документ ще ніхто не рекомендував.
detail-endorsement-credential = { $endorser } ручається за цей документ.
detail-endorsement-achievement = { $endorser } ручається за це досягнення.
detail-endorsement-issuer = { $endorser } ручається за видавця.
detail-micro-title = Відомості про мікрокваліфікацію
detail-micro-help = Європейський Союз просить, щоб кожна мікрокваліфікація містила ці відомості. Цей список показує, які з них є в цьому документі.
micro-learner = Хто здобув
micro-title = Назва
micro-awarding-body = Хто присвоїв
micro-date = Дата
micro-outcomes = Результати навчання
micro-workload = Навантаження (ЄКТС або години)
micro-level = Рівень (ЄРК або національний)
micro-assessment = Вид оцінювання
micro-participation = Форма участі
micro-quality = Забезпечення якості
micro-present = Зазначено
micro-absent = Не зазначено
micro-summary = У цьому документі зазначено { $count } з { $total } відомостей.
detail-export-title = Зберегти оригінальний файл
detail-export-help = Зберігає файл точно таким, яким ви його отримали, наприклад щоб передати роботодавцеві чи зберегти на USB-накопичувачі.
detail-export-submit = Зберегти файл
save-path-label = Зберегти як (повний шлях)
open-path-label = Файл для відкриття (повний шлях)
saved-to = Збережено: { $path }

## Що робити, якщо перевірка не пройшла

detail-check-todo-signature-failed = Не довіряйте цій копії. Попросіть у видавця нову.
detail-check-todo-signature-unchecked = Вміст може бути правильним, але поки ніхто не може цього довести. Попросіть у видавця підписану версію (Open Badges 3.0).
detail-check-todo-issuer-failed = Видавця не вдалося підтвердити. Запитайте організацію, яка вам його видала.
detail-check-todo-issuer-unchecked = Хто видав документ, можна підтвердити лише онлайн. Попросіть консультанта перевірити разом із вами.
detail-check-todo-hosted-failed = Копія видавця не збігається. Запитайте про це видавця.
detail-check-todo-hosted-unchecked = Видавець зберігає копію онлайн; { -app-name } не виходить в інтернет. Консультант може переглянути її разом із вами.
detail-check-todo-expiry-failed = Строк дії цього документа минув. Запитайте видавця, чи можна його поновити.
detail-check-todo-expiry-unchecked = Дату завершення не вдалося прочитати. Запитайте видавця, яку дату мали на увазі.
detail-check-todo-not-before-failed = Цей документ ще не чинний. Зачекайте до дати початку.
detail-check-todo-not-before-unchecked = Дату початку не вдалося прочитати. Запитайте видавця, яку дату мали на увазі.
detail-check-todo-status-failed = Видавець відкликав цей документ. Запитайте видавця чому.
detail-check-todo-status-unchecked = Чи документ відкликано, можна перевірити лише онлайн. Запитайте видавця, якщо вам потрібна певність.
detail-check-todo-schema-failed = Частини цього файлу бракує або вони хибні. Попросіть у видавця повний файл.
detail-check-todo-schema-unchecked = Структуру не вдалося перевірити повністю. Зазвичай це не проблема.

## ESCO

esco-building = Готуємо список навичок і професій (лише першого разу): { $percent } %
esco-search-label-skill = Знайти навичку
esco-search-label-occupation = Знайти професію
esco-search-help = Введіть щонайменше дві літери. Результати з’являться нижче.
esco-search-none = Нічого не знайдено. Спробуйте інше слово.
esco-fallback-mark = { $lang ->
    [en] англійською
    [nl] нідерландською
    [fr] французькою
   *[other] { $lang }
}

## Профіль навичок

profile-title = Мої навички
profile-intro = Навички з ваших документів і навички, які ви додали самі. Позначка показує, наскільки вагомий доказ.
profile-empty = Навичок ще немає. Додайте документи або самі додайте навичку нижче.
profile-add-title = Додати навичку самостійно
profile-group-skill = Уміння ({ $count })
profile-group-knowledge = Знання ({ $count })
profile-group-language = Мови ({ $count })
profile-group-transversal = Навички для будь-якої роботи ({ $count })
profile-group-other = Інше ({ $count })
evidence-verified-credential = Доведено перевіреним документом
evidence-endorsed = Хтось рекомендував
evidence-mentor-observed = Помітив наставник
evidence-self-declared = Ще не доведено
profile-shown-by = { $count ->
    [one] Видно в { $count } документі:
    [few] Видно в { $count } документах:
    [many] Видно в { $count } документах:
   *[other] Видно в { $count } документа:
}

## Робота

match-title = Робота для мене
match-intro = Професії з європейського переліку (ESCO), що відповідають навичкам у вашому профілі. Що більше основних навичок професії ви маєте, то краще вона вам підходить.
match-search-title = Наскільки мені підходить ця професія?
match-best-title = Найкраще підходять
match-none = Поки що жодна робота не підходить. Спершу додайте навички до профілю.
match-fit = Відповідність { $percent }: ви маєте { $have } з { $total } основних навичок.
match-missing = { $count ->
    [one] Бракує { $count } основної навички
    [few] Бракує { $count } основних навичок
    [many] Бракує { $count } основних навичок
   *[other] Бракує { $count } основної навички
}
match-use-as-target = Зробити це моєю метою

## Навчальний шлях

route-title = Мій шлях
route-none = Ви ще не вибрали мету. Знайдіть професію нижче.
route-target-label = Моя мета:
route-progress = Виконано кроків: { $done } з { $total }.
route-no-steps = Ви вже маєте всі основні навички для цієї професії.
route-choose-title = Виберіть мету
route-choose-help = Нова мета замінює поточний шлях.
route-status-label = Стан
route-status-planned = Заплановано
route-status-in-progress = Виконую
route-status-done = Виконано
route-kind-earn-credential = Здобути значок або сертифікат
route-kind-work-based-learning = Навчання на роботі
route-kind-language-goal = Мовна мета
route-kind-practical = Практичний крок

## Налаштування

settings-title = Налаштування
settings-language-title = Мова
settings-reverify-title = Перевірити всі документи ще раз
settings-reverify-help = Перевіряє кожен документ ще раз на сьогоднішню дату, наприклад щоб побачити, строк яких минув.
settings-reverify-submit = Перевірити все ще раз
reverify-progress = Перевірка { $done } з { $total }…
reverify-done = { $total ->
    [one] Документ перевірено ще раз.
   *[other] Усі документи ({ $total }) перевірено ще раз.
}
reverify-cancelled = Зупинено: ще раз перевірено { $done } з { $total } документів.
settings-backup-title = Зробити резервну копію
settings-backup-help = Зберігає всі ваші документи, навички й шлях в одному замкненому файлі. Тримайте його на USB-накопичувачі чи в іншому надійному місці.
settings-backup-passphrase = Парольна фраза резервної копії
settings-backup-submit = Зберегти резервну копію
settings-restore-title = Відновити з резервної копії
settings-restore-help = Додає до цього гаманця все з файлу резервної копії. Нічого тут не видаляється.
settings-restore-submit = Відновити
settings-restore-done = { $count ->
    [one] Відновлено: додано { $count } документ, { $duplicates } уже були.
    [few] Відновлено: додано { $count } документи, { $duplicates } уже були.
   *[other] Відновлено: додано { $count } документів, { $duplicates } уже були.
}

## Про застосунок

about-title = Про { -app-name }
about-intro = { -app-name } зберігає ваші значки й сертифікати на цьому комп’ютері, перевіряє їх без інтернету й показує, яким навичкам і професіям вони відповідають.
about-esco-title = ESCO: навички та професії Європейського Союзу
about-esco-uses = Цей сервіс використовує класифікацію ESCO Європейської Комісії.
about-esco-versions = ESCO v1.2.1 (назви професій, груп навичок і ISCO), v1.1.1 (навички та зв’язки між професіями й навичками) і v1.0 (французькі та іспанські назви навичок). © Європейський Союз.
about-esco-licence = Використано повторно згідно з Рішенням Комісії 2011/833/ЄС і ліцензією CC BY 4.0. Дані змінено (частина, об’єднані версії, інше форматування).
about-esco-not-endorsed = Європейська Комісія не схвалювала { -app-name }. Назви ESCO відтворюють назви ISCO-08 (МОП).
about-source = Джерело:
about-licences-title = Ліцензії
about-licence-app = Сам { -app-name }: Публічна ліцензія Європейського Союзу (EUPL) 1.2.
about-licence-fonts = Шрифти: Noto Sans, Noto Sans Arabic і Noto Sans Ethiopic від Google за ліцензією SIL Open Font License 1.1.
about-licence-contexts = Вбудовані контексти JSON-LD: ліцензія W3C Software and Document та ліцензії, зазначені поряд із ними.
about-translations = Переклади ще не перевірили носії мов. Повідомте нам, якщо щось незрозуміло.

## Помилки лише застосунку (далі)

error-bad-path = «{ $path }» — це не повний шлях до файлу.
hint-bad-path = Укажіть увесь шлях, що починається з /, і завершіть його назвою файлу.
