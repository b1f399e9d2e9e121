# صفحه‌های «شریک‌سازی» و «بررسی یک گواهی».
# Locale: fa (Dari wording: کمپیوتر، انترنت). Reviewed by a native speaker: no (هنوز توسط یک گویندهٔ بومی دری بررسی نشده است).

nav-share = شریک‌سازی
nav-verify = بررسی گواهی

share-title = شریک‌سازی یک گواهی
share-intro = اسناد را انتخاب کنید. هر کس می‌تواند کدهای QR آن‌ها را بدون انترنت، روی کاغذ یا روی صفحه، بررسی کند.
share-pick-title = اسنادی که شریک می‌سازید
share-empty = هنوز هیچ سندی در کیف شما نیست. اول یک سند اضافه کنید.
share-none-chosen = دست‌کم یک سند را انتخاب کنید تا کدهای QR آن را ببینید.
share-code-alt = کد QR شمارهٔ { $index } از { $total } برای { $name }
share-code-part = کد { $index } از { $total }
share-sheet-title = ورق چاپی
share-second-lang = زبان دوم روی ورق
share-sheet-info = ورق چاپی { $pages ->
        [one] یک صفحهٔ A4
       *[other] { $pages } صفحهٔ A4
    } دارد، به زبان‌های { $first } و { $second }.
share-privacy = کدها تمام سند را در خود دارند، نام شما را هم. آن‌ها را فقط با کسانی که خودتان انتخاب می‌کنید شریک بسازید.
share-save-title = ذخیره یا چاپ
share-save-help = نامی که با ‎.pdf‎ ختم شود ورق چاپی را ذخیره می‌کند؛ ‎.png‎ فقط کدها را به شکل تصویر ذخیره می‌کند.
share-save-submit = ذخیره
share-print = چاپ کدها
share-print-help = چاپ، کدهایی را که این‌جا دیده می‌شوند چاپ می‌کند. برای ورق کامل به دو زبان، فایل PDF را ذخیره و همان را چاپ کنید.
share-saved = ذخیره شد: { $path } ({ $pages ->
        [one] یک صفحه
       *[other] { $pages } صفحه
    })

verify-title = بررسی یک گواهی
verify-intro = گواهی‌ای را که کسی به شما داده باز کنید: عکس یا اسکن کدهای QR، فایل PDF، یا کدها به شکل متن. این گواهی روی همین کمپیوتر و بدون انترنت بررسی می‌شود.
verify-choose = باز کردن فایل گواهی
verify-camera-photo = دوربین ندارید؟ با تلفن از کدها عکس بگیرید و آن را اینجا باز کنید.
verify-camera-start = اسکن با دوربین
verify-camera-stop = خاموش کردن دوربین
verify-camera-looking = کد QR را صاف و در نور خوب جلوی دوربین بگیرید…
verify-camera-unavailable = هیچ دوربینی قابل استفاده نبود. از کدها عکس بگیرید و آن را اینجا باز کنید.
verify-busy = در حال خواندن کدها…
verify-holder = نام دارندهٔ سند:
verify-compare-id = این نام را با یک سند هویت (تذکره) مقایسه کنید. کاپی یک کد درست مثل اصل آن تأیید می‌شود.
verify-card-summary = خلاصه، تأیید نشده
verify-link = این یک کد لینک است. Erkend آن را باز نمی‌کند؛ فقط اگر به آدرس اعتماد دارید خودتان آن را باز کنید.
verify-issuer = صادرکننده
verify-issued = تاریخ صدور
verify-kind = گواهی
verify-kind-credential = تمام سند امضاشده ({ $codes ->
        [one] یک کد
       *[other] { $codes } کد
    })
verify-kind-card = یک کارت کوتاه گواهی ({ $codes ->
        [one] یک کد
       *[other] { $codes } کد
    })
