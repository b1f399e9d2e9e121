# Повідомлення про помилки й підказки, спільні для командного рядка та застосунку.
# Locale: uk. Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = За адресою { $path } немає гаманця.
hint-wallet-not-found = Спершу створіть його командою «erkend init» або виберіть інший файл гаманця.
error-wallet-exists = За адресою { $path } гаманець уже існує. Його не змінено.
hint-wallet-exists = Натомість відкрийте його або виберіть іншу назву файлу.
error-wrong-passphrase = Ця парольна фраза не відкриває гаманець. Нічого не змінено.
hint-wrong-passphrase = Перевірте парольну фразу й спробуйте ще раз. Великі літери мають значення.
error-passphrase-required = Цей гаманець захищений парольною фразою.
hint-passphrase-required = Укажіть парольну фразу (у змінній середовища ERKEND_PASSPHRASE або через --passphrase-file).
error-wallet-too-new = Цей гаманець створено новішою версією { -app-name } (формат { $found }; цей застосунок знає формати до { $supported }). Його не змінено.
hint-wallet-too-new = Оновіть { -app-name }, щоб відкрити його.
error-wallet-damaged = Файл гаманця пошкоджено. Копію збережено за адресою { $copy }; нічого не видалено.
hint-wallet-damaged = Відновіть із резервної копії або попросіть допомоги, щоб урятувати копію.
error-file-too-large = Цей файл завеликий ({ $size } байтів). Обмеження — { $limit } байтів.
hint-file-too-large = Файл значка зазвичай набагато менший. Перевірте, чи вибрали ви правильний файл.
error-empty-file = Цей файл порожній.
hint-empty-file = Виберіть сам файл значка чи документа.
error-not-a-file = { $path } — це тека, а не файл.
hint-not-a-file = Виберіть файли значків усередині теки.
error-unreadable = Не вдається прочитати файл { $path }: { $reason }
error-not-json = Цей файл не є значком чи документом, який може прочитати { -app-name } ({ $reason }).
hint-not-json = Виберіть Open Badge (JSON, PNG або SVG) чи файл документа.
error-too-deep = Цей файл вкладений глибше ніж на { $limit } рівнів, тому з міркувань безпеки його відхилено.
error-unsupported-format = Такий тип файлу не підтримується ({ $detail }).
error-malformed-credential = Цей документ неповний або пошкоджений: { $detail }.
error-credential-not-found = У цьому гаманці немає документа з ідентифікатором { $id }.
hint-credential-not-found = Скористайтеся «erkend list», щоб побачити ідентифікатори.
error-bad-language = «{ $tag }» — це не мовний тег, який розуміє { -app-name }.
error-storage = Не вдалося прочитати або записати гаманець: { $reason }
error-io = Не вдалося прочитати або записати файл: { $reason }
error-no-randomness = Система не змогла надати надійні випадкові числа.
error-usage = Команду не зрозуміло ({ $detail }).
error-esco-data = Не вдалося використати вбудовані дані ESCO: { $detail }
hint-esco-data = Перевстановіть { -app-name } або видаліть файл покажчика ESCO, щоб його було створено знову.

## Читання файлів значків

error-jws-malformed = Цей підписаний текст значка обрізаний або пошкоджений ({ $detail }).
hint-jws-malformed = Скопіюйте весь текст значка ще раз або попросіть файл у видавця.
error-png-damaged = Це зображення значка пошкоджене ({ $detail }).
hint-png-damaged = Завантажте зображення значка ще раз у видавця.
error-png-chunk-too-large = Частина цього зображення нібито має { $size } байтів; обмеження — { $limit }. З міркувань безпеки його відхилено.
error-png-too-many-chunks = Це зображення має понад { $limit } частин, тому з міркувань безпеки його відхилено.
error-image-too-large = Це зображення нібито має розмір { $width } × { $height } пікселів; обмеження — { $limit } на бік. З міркувань безпеки його відхилено.
error-decompressed-too-large = Стиснуті дані в цьому файлі після розпакування перевищують { $limit } байтів, тому з міркувань безпеки його відхилено.
error-no-badge-data = Це зображення не містить значка.
hint-no-badge-data = Виберіть зображення значка, яке ви отримали від видавця, а не копію чи знімок екрана.
error-baked-url-only = Це зображення містить лише посилання на значок ({ $url }), а не сам значок. { -app-name } не виходить в інтернет, щоб його завантажити.
hint-baked-url-only = Попросіть у видавця сам файл значка (JSON) або самі відкрийте посилання й збережіть значок.
error-xml-doctype-refused = Це SVG-зображення містить оголошення типу документа, яке { -app-name } з міркувань безпеки відхиляє.
hint-xml-doctype-refused = Зображенням значків воно не потрібне. Попросіть у видавця нову копію.
error-svg-malformed = Це SVG-зображення пошкоджене ({ $detail }).
error-too-many-nested = Цей пакет містить понад { $limit } документів, тому з міркувань безпеки його відхилено.
error-backup-not-a-backup = Цей файл не є резервною копією { -app-name }.
hint-backup-not-a-backup = Виберіть файл, який записала команда `erkend backup`. Нічого не змінено.
error-backup-truncated = Цей файл резервної копії неповний: його обрізано. Нічого не змінено.
hint-backup-truncated = Скопіюйте резервну копію ще раз звідти, де ви її зберігаєте, і переконайтеся, що копіювання завершилося.
error-backup-unsupported-version = Цю резервну копію зроблено новішою версією { -app-name } (версія { $found }; цей застосунок читає до { $supported }). Нічого не змінено.
hint-backup-unsupported-version = Оновіть { -app-name } і відновіть ще раз.
error-backup-too-large = Ця резервна копія нібито містить { $size } байтів; обмеження — { $limit }. З міркувань безпеки її відхилено.
error-backup-wrong-passphrase-or-damaged = Ця резервна копія не відкривається: парольна фраза хибна, або файл змінено чи пошкоджено. Нічого не змінено.
hint-backup-wrong-passphrase-or-damaged = Перевірте парольну фразу резервної копії (ERKEND_BACKUP_PASSPHRASE, інакше фразу гаманця). Якщо вона правильна, файл пошкоджено: скористайтеся іншою копією.
error-backup-passphrase-required = Резервну копію треба захистити парольною фразою, а її не вказано.
hint-backup-passphrase-required = Задайте ERKEND_BACKUP_PASSPHRASE (або вкажіть парольну фразу гаманця).
