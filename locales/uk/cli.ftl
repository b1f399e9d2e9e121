# Повідомлення інструмента командного рядка erkend.
# Locale: uk. Reviewed by a native speaker: no.

cli-init-done-encrypted = Гаманець створено за адресою { $path }; його захищає ваша парольна фраза.
cli-init-done-plain = Гаманець створено за адресою { $path } БЕЗ парольної фрази: будь-хто з доступом до цього комп’ютера може його прочитати.
cli-import-imported = { $file }: імпортовано як { $id }
cli-import-duplicate = { $file }: уже є в гаманці як { $id }
cli-import-rejected = { $file }: відхилено. { $reason }
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
