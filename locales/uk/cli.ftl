# Повідомлення інструмента командного рядка erkend.
# Locale: uk. Reviewed by a native speaker: no.

cli-init-done-encrypted = Гаманець створено за адресою { $path }; його захищає ваша парольна фраза.
cli-init-done-plain = Гаманець створено за адресою { $path } БЕЗ парольної фрази: будь-хто з доступом до цього комп’ютера може його прочитати.
cli-import-imported = { $file }: імпортовано як { $id }
cli-import-duplicate = { $file }: уже є в гаманці як { $id }
cli-import-rejected = { $file }: відхилено. { $reason }
cli-import-endorsement-imported = { $file }: рекомендацію { $id } перевірено й додано до документа
cli-import-endorsement-duplicate = { $file }: рекомендація вже є в гаманці як { $id }
cli-import-endorsement-kept-imported = { $file }: рекомендацію { $id } збережено, але не додано: документа, який вона рекомендує, (ще) немає в цьому гаманці. Її буде додано, коли ви імпортуєте цей документ.
cli-import-endorsement-kept-duplicate = { $file }: рекомендація вже є в гаманці як { $id } (не додана до документа)
cli-list-count = { $count ->
    [0] Гаманець порожній.
    [one] { $count } документ:
    [few] { $count } документи:
   *[other] { $count } документів:
}
verified-true = перевірено
verified-false = НЕ підтверджено
verified-null = не перевірено
cli-export-done = Оригінальні байти записано до { $path }.
cli-esco-building = Створюється покажчик навичок ESCO (лише під час першого використання)… { $percent } %
cli-backup-done = Зашифровану резервну копію { $count } документів записано до { $path }. Збережіть парольну фразу: без неї копію не відкрити.
cli-restore-done = Відновлено: додано { $count } документів, { $duplicates } уже були в гаманці.

cli-route-none = Навчального шляху ще немає. Виберіть цільову професію: erkend route set-target URI
cli-route-target = { $count ->
    [0] Шлях до { $target }: ви вже маєте всі основні навички.
    [one] Шлях до { $target }: { $count } крок.
    [few] Шлях до { $target }: { $count } кроки.
   *[other] Шлях до { $target }: { $count } кроків.
}
cli-route-status-planned = заплановано
cli-route-status-in-progress = виконується
cli-route-status-done = виконано

## Рекомендації, запити та засвідчення

cli-endorse-review = Ви підписуєте цю рекомендацію як { $name } ({ $did }):
cli-endorse-review-about = Про що: { $kind } { $id }
cli-endorse-review-summary = Документ: { $name }; видавець: { $issuer }, дата видачі: { $issued }
cli-endorse-review-skills = Навички: { $skills }
cli-endorse-review-learner = Для: { $learner }
cli-endorse-review-comment = Ваші слова: { $comment }
cli-endorse-kind-credential = документ
cli-endorse-kind-achievement = досягнення
cli-endorse-kind-skill = навичка
cli-endorse-credential-name = Рекомендація: { $target }
cli-endorse-done = Рекомендацію підписано й записано до { $path }. Передайте цей файл здобувачеві освіти.
cli-endorse-dry-run = Нічого не підписано (--dry-run).
cli-request-done = Запит на рекомендацію записано до { $path }. Передайте його наставникові чи керівникові; їхню відповідь імпортуйте командою «erkend import».
cli-attest-done = Засвідчення підписано й записано до { $path }. Передайте цей файл здобувачеві освіти.
attest-evidence-tasks = Завдання
attest-evidence-goals = Досягнуті цілі навчання
attest-evidence-evaluation = Оцінка: чи служила робота навчанню?
attest-evidence-place = Місце
attest-answer-yes = Так
attest-answer-no = Ні

## Аркуш відновлення

cli-recovery-sheet-done = Аркуш відновлення записано до { $path }. Роздрукуйте його, зберігайте в надійному місці, а потім видаліть файл. Кожна резервна копія, зроблена відтепер, відкривається його кодом.
recovery-sheet-title = Аркуш відновлення Erkend — ваш код відновлення
recovery-sheet-explain = Цей код відкриває кожну резервну копію вашого гаманця, зроблену після друку цього аркуша, навіть якщо ви забудете парольну фразу. Бережіть його в таємниці, як ключ: будь-хто з цим кодом і резервною копією може прочитати ваш гаманець. Як ним скористатися: задайте ERKEND_RECOVERY_CODE рівним коду й виконайте: erkend restore BACKUP-FILE
