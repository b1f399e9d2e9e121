# Екрани «Поділитися» та «Перевірити доказ».
# Locale: uk. Reviewed by a native speaker: no (ще не перевірено носієм української мови).

nav-share = Поділитися
nav-verify = Перевірити доказ

share-title = Поділитися доказом
share-intro = Виберіть документи. Будь-хто може перевірити їхні QR-коди без інтернету, на папері чи на екрані.
share-pick-title = Документи, якими ви ділитеся
share-empty = У вашому гаманці ще немає документів. Спершу додайте документ.
share-none-chosen = Виберіть принаймні один документ, щоб побачити його QR-коди.
share-code-alt = QR-код { $index } з { $total } для «{ $name }»
share-code-part = Код { $index } з { $total }
share-sheet-title = Аркуш для друку
share-second-lang = Друга мова на аркуші
share-sheet-info = Аркуш для друку має { $pages ->
        [one] { $pages } сторінку A4
        [few] { $pages } сторінки A4
       *[other] { $pages } сторінок A4
    }, мовами { $first } та { $second }.
share-privacy = Коди містять увесь документ, зокрема ваше ім’я. Діліться ними лише з тими, кого ви самі вибрали.
share-save-title = Зберегти або надрукувати
share-save-help = Назва із закінченням .pdf зберігає аркуш для друку; .png зберігає лише коди як зображення.
share-save-submit = Зберегти
share-print = Надрукувати коди
share-print-help = Друк друкує коди, показані тут. Щоб отримати повний аркуш двома мовами, збережіть PDF і надрукуйте його.
share-saved = Збережено: { $path } ({ $pages ->
        [one] { $pages } сторінка
        [few] { $pages } сторінки
       *[other] { $pages } сторінок
    })

verify-title = Перевірити доказ
verify-intro = Відкрийте доказ, який вам дали: фото чи скан QR-кодів, PDF або коди як текст. Його перевіряють на цьому комп’ютері, без інтернету.
verify-choose = Відкрити файл доказу
verify-camera-photo = Немає камери? Сфотографуйте коди телефоном і відкрийте фото тут.
verify-camera-start = Сканувати камерою
verify-camera-stop = Вимкнути камеру
verify-camera-looking = Тримайте QR-код перед камерою рівно й при гарному освітленні…
verify-camera-unavailable = Не вдалося скористатися жодною камерою. Сфотографуйте коди й відкрийте фото тут.
verify-busy = Читаємо коди…
verify-holder = Ім’я власника:
verify-compare-id = Порівняйте це ім’я з документом, що посвідчує особу. Копія коду перевіряється так само, як оригінал.
verify-card-summary = Стислий виклад, не перевірено
verify-link = Це код-посилання. Erkend його не відкриває; відкрийте його самі, лише якщо довіряєте адресі.
verify-issuer = Видав
verify-issued = Дата видачі
verify-kind = Доказ
verify-kind-credential = Увесь підписаний документ ({ $codes ->
        [one] { $codes } код
        [few] { $codes } коди
       *[other] { $codes } кодів
    })
verify-kind-card = Коротка картка доказу ({ $codes ->
        [one] { $codes } код
        [few] { $codes } коди
       *[other] { $codes } кодів
    })
