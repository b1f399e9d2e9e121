# پیام‌های برنامهٔ کمپیوتر (ui/). خطاها و رهنمایی‌ها در errors.ftl و بررسی‌ها در checks.ftl است.
# Locale: fa (Dari wording: کمپیوتر، انترنت، وظیفه). Reviewed by a native speaker: no (هنوز توسط یک گویندهٔ بومی دری بررسی نشده است).

## چارچوب

app-title = { -app-name }: اسناد شما
app-brand = { -app-name }
skip-to-content = رفتن به محتوا
nav-label = فهرست اصلی
nav-wallet = اسناد من
nav-import = افزودن اسناد
language-label = زبان
wallet-unprotected-banner = این کیف با رمز عبور محافظت نمی‌شود. هر کسی که از این کمپیوتر استفاده کند می‌تواند آن را باز کند و اسناد شما را بخواند.
wallet-path-label = فایل کیف:
fatal-title = کیف باز نمی‌شود

## بار اول: ساختن کیف

create-title = خوش آمدید! کیف خود را بسازید
create-intro = کیف شما نشان‌ها و تصدیق‌نامه‌های تان را روی همین کمپیوتر نگه می‌دارد. هیچ چیزی به جایی فرستاده نمی‌شود.
create-protected-title = با یک رمز عبور از آن محافظت کنید (پیشنهاد می‌شود)
create-passphrase-label = رمز عبور
create-passphrase-help = چند کلمه انتخاب کنید که به یاد تان بماند. بدون آن هیچ کس، حتی خود شما، کیف را باز کرده نمی‌تواند: آن را در جای امن بنویسید.
create-confirm-label = رمز عبور را دوباره بنویسید
create-submit = ساختن کیف محافظت‌شده
create-error-empty = اول یک رمز عبور بنویسید، یا کیف را در پایین بدون رمز بسازید.
create-error-mismatch = دو رمز عبور یکسان نیستند. دوباره بنویسید.
create-plain-title = یا: بدون رمز عبور
create-plain-warning = کیف بدون رمز عبور محافظت نمی‌شود. هر کسی که از این کمپیوتر استفاده کند می‌تواند آن را باز کند و اسناد شما را بخواند.
create-plain-ack = می‌فهمم که کیف من محافظت نخواهد شد.
create-plain-submit = ساختن کیف بدون رمز عبور

## باز کردن قفل

unlock-title = کیف خود را باز کنید
unlock-passphrase-label = رمز عبور
unlock-submit = باز کردن کیف

## فهرست

wallet-title = اسناد من
wallet-add = افزودن اسناد
wallet-empty-title = کیف شما خالی است
wallet-empty-text = فایل یک نشان یا تصدیق‌نامه را که گرفته‌اید اضافه کنید، مثلاً از یک کورس یا از یک مشاور کاریابی.
card-issuer = از طرف:
card-learner = برای:
card-issued = تاریخ صدور:
verdict-verified = تأیید شد
verdict-failed = تأیید نشد: یک بررسی ناکام ماند
verdict-unchecked = هنوز بررسی نشده

## افزودن

import-title = افزودن اسناد
import-drop-hint = فایل‌های نشان یا تصدیق‌نامه را روی این پنجره بکشید، یا آن‌ها را از کمپیوتر خود انتخاب کنید.
import-choose = انتخاب فایل‌ها
import-results-title = نتیجه‌ها
import-result-imported = به کیف شما اضافه شد.
import-result-duplicate = از قبل در کیف شما است؛ چیزی تغییر نکرد.
import-result-rejected = اضافه نشد.

## جزئیات سند

detail-back = برگشت به اسناد من
detail-issuer = صادرکننده
detail-learner = صادر شده برای
detail-achievement = دستاورد
detail-description = شرح
detail-criteria = چگونه به دست آمد
detail-issued = تاریخ صدور
detail-valid-from = معتبر از
detail-valid-until = معتبر تا
detail-format = قالب
detail-source = فایل
detail-imported = تاریخ افزودن
detail-credential-id = شناسهٔ سند
detail-issuer-id = شناسهٔ صادرکننده
detail-sha256 = اثر انگشت (SHA-256)
detail-skills = مهارت‌ها (ESCO)
detail-checks-title = چه چیزهایی بررسی شد
detail-no-checks = هنوز چیزی بررسی نشده است.
detail-check-outcome-passed = موفق
detail-check-outcome-failed = ناکام
detail-check-outcome-unchecked = بررسی نشده
detail-check-name-signature = امضا
detail-check-name-issuer = صادرکننده
detail-check-name-hosted = نسخهٔ صادرکننده
detail-check-name-expiry = تاریخ ختم
detail-check-name-not-before = تاریخ شروع
detail-check-name-status = لغو
detail-check-name-schema = ساختار
detail-check-name-nested = اسناد داخل بسته

## خطاهایی که فقط برنامه می‌دهد

error-wallet-locked = کیف هنوز باز نیست.
hint-wallet-locked = اول کیف را با رمز عبور آن باز کنید.
error-bad-request = برنامه یک درخواست ناقص فرستاد ({ $what }). لطفاً دوباره کوشش کنید.
error-ipc = در داخل برنامه مشکلی پیش آمد: { $reason }

## معلومات ریزمدرک (توصیهٔ شورای اتحادیهٔ اروپا)

detail-awarding-body = اعطاکننده
detail-ects = کریدت‌های ECTS
detail-workload = حجم کار (ساعت)
detail-eqf = سطح EQF
detail-nqf = سطح ملی
detail-assessment = نوع ارزیابی
detail-participation = شکل اشتراک
detail-quality-assurance = تضمین کیفیت
detail-learning-outcomes = نتایج یادگیری

## رهنمایی

nav-profile = مهارت‌های من
nav-match = وظیفه‌های مناسب من
nav-route = مسیر من
nav-settings = تنظیمات
nav-about = دربارهٔ برنامه
nav-lock = قفل

## جستجو، ترتیب، فلتر

wallet-search-label = جستجو
wallet-sort-label = ترتیب
wallet-sort-date-desc = اول جدیدترین
wallet-sort-date-asc = اول قدیمی‌ترین
wallet-sort-issuer = بر اساس صادرکننده
wallet-sort-name = بر اساس نام
wallet-sort-status = اول مشکل‌دارها
wallet-filter-issuer = صادرکننده
wallet-filter-skill = مهارت
wallet-filter-status = وضعیت
wallet-filter-year = سال
wallet-filter-all = همه
wallet-count = { $total ->
    [one] { $shown } از { $total } سند نشان داده می‌شود
   *[other] { $shown } از { $total } سند نشان داده می‌شود
}

## افزودن: پیشرفت

import-cancel = توقف
import-progress = در حال افزودن فایل { $done } از { $total }…
import-summary = { $total ->
    [one] ۱ فایل: { $imported } اضافه شد، { $duplicate } از قبل بود، { $rejected } اضافه نشد.
   *[other] { $total } فایل: { $imported } اضافه شد، { $duplicate } از قبل بود، { $rejected } اضافه نشد.
}
import-summary-cancelled = پس از { $done } از { $total } فایل متوقف شد: { $imported } اضافه شد، { $duplicate } از قبل بود، { $rejected } اضافه نشد.

## جزئیات: ادامه

detail-checked-at = آخرین بررسی
detail-reverify = همین حالا دوباره بررسی کن
detail-endorsements-title = تأییدیه‌ها
detail-no-endorsements = هنوز هیچ کس این سند را تأیید نکرده است.
detail-endorsement-credential = { $endorser } این سند را ضمانت می‌کند.
detail-endorsement-achievement = { $endorser } این دستاورد را ضمانت می‌کند.
detail-endorsement-issuer = { $endorser } صادرکننده را ضمانت می‌کند.
detail-micro-title = معلومات ریزمدرک
detail-micro-help = اتحادیهٔ اروپا می‌خواهد که هر ریزمدرک این معلومات را بیان کند. این فهرست نشان می‌دهد که این سند کدام‌ها را بیان می‌کند.
micro-learner = چه کسی آن را گرفت
micro-title = عنوان
micro-awarding-body = چه کسی آن را اعطا کرد
micro-date = تاریخ
micro-outcomes = نتایج یادگیری
micro-workload = حجم کار (ECTS یا ساعت)
micro-level = سطح (EQF یا ملی)
micro-assessment = نوع ارزیابی
micro-participation = شکل اشتراک
micro-quality = تضمین کیفیت
micro-present = ذکر شده
micro-absent = ذکر نشده
micro-summary = این سند { $count } از { $total } مورد را ذکر می‌کند.
detail-export-title = ذخیرهٔ فایل اصلی
detail-export-help = فایل را دقیقاً همان‌طور که گرفته‌اید ذخیره می‌کند، مثلاً برای دادن به کارفرما یا نگه‌داشتن روی فلش USB.
detail-export-submit = ذخیرهٔ فایل
save-path-label = ذخیره به نام (مسیر کامل)
open-path-label = فایلی که باز شود (مسیر کامل)
saved-to = ذخیره شد: { $path }

## اگر یک بررسی موفق نبود چه باید کرد

detail-check-todo-signature-failed = به این نسخه اعتماد نکنید. از صادرکننده یک نسخهٔ نو بخواهید.
detail-check-todo-signature-unchecked = ممکن است محتوا درست باشد، اما هنوز کسی آن را ثابت کرده نمی‌تواند. از صادرکننده یک نسخهٔ امضاشده (Open Badges 3.0) بخواهید.
detail-check-todo-issuer-failed = صادرکننده تأیید نشد. از اداره‌ای که آن را به شما داد بپرسید.
detail-check-todo-issuer-unchecked = صادرکننده فقط به صورت آنلاین تأیید می‌شود. از یک مشاور بخواهید که با شما بررسی کند.
detail-check-todo-hosted-failed = نسخهٔ صادرکننده مطابقت ندارد. از صادرکننده بپرسید.
detail-check-todo-hosted-unchecked = صادرکننده یک نسخه را در انترنت نگه می‌دارد؛ { -app-name } به انترنت وصل نمی‌شود. یک مشاور می‌تواند با شما آن را ببیند.
detail-check-todo-expiry-failed = اعتبار این سند ختم شده است. از صادرکننده بپرسید که آیا می‌توانید آن را تمدید کنید.
detail-check-todo-expiry-unchecked = تاریخ ختم خوانده نشد. از صادرکننده بپرسید کدام تاریخ منظور است.
detail-check-todo-not-before-failed = این سند هنوز معتبر نیست. تا تاریخ شروع آن صبر کنید.
detail-check-todo-not-before-unchecked = تاریخ شروع خوانده نشد. از صادرکننده بپرسید کدام تاریخ منظور است.
detail-check-todo-status-failed = صادرکننده این سند را لغو کرده است. دلیل آن را از صادرکننده بپرسید.
detail-check-todo-status-unchecked = لغو شدن یا نشدن آن فقط به صورت آنلاین بررسی می‌شود. اگر باید مطمئن باشید از صادرکننده بپرسید.
detail-check-todo-schema-failed = بخش‌هایی از این فایل کم است یا غلط است. از صادرکننده یک فایل کامل بخواهید.
detail-check-todo-schema-unchecked = ساختار به طور کامل بررسی نشد. معمولاً این مشکلی نیست.

## ESCO

esco-building = فهرست مهارت‌ها و وظیفه‌ها آماده می‌شود (فقط بار اول): ٪{ $percent }
esco-search-label-skill = یک مهارت پیدا کنید
esco-search-label-occupation = یک وظیفه پیدا کنید
esco-search-help = دست کم دو حرف بنویسید. نتیجه‌ها در پایین نشان داده می‌شوند.
esco-search-none = چیزی پیدا نشد. کلمهٔ دیگری را امتحان کنید.
esco-fallback-mark = { $lang ->
    [en] به انگلیسی
    [nl] به هالندی
    [fr] به فرانسوی
   *[other] { $lang }
}

## پروفایل مهارت‌ها

profile-title = مهارت‌های من
profile-intro = مهارت‌هایی از اسناد شما و مهارت‌هایی که خود تان اضافه کرده‌اید. نشانه نشان می‌دهد که ثبوت چقدر قوی است.
profile-empty = هنوز مهارتی نیست. اسناد اضافه کنید، یا در پایین خود تان یک مهارت اضافه کنید.
profile-add-title = خود تان یک مهارت اضافه کنید
profile-group-skill = مهارت‌ها ({ $count })
profile-group-knowledge = دانش ({ $count })
profile-group-language = زبان‌ها ({ $count })
profile-group-transversal = مهارت‌های لازم برای هر کار ({ $count })
profile-group-other = دیگر ({ $count })
evidence-verified-credential = با یک سند تأییدشده ثابت شده
evidence-endorsed = کسی آن را تأیید کرده
evidence-mentor-observed = یک رهنما آن را دیده
evidence-self-declared = هنوز ثابت نشده
profile-shown-by = { $count ->
    [one] در یک سند دیده می‌شود:
   *[other] در { $count } سند دیده می‌شود:
}

## وظیفه‌های مناسب

match-title = وظیفه‌های مناسب من
match-intro = وظیفه‌هایی از فهرست اروپایی (ESCO) که با مهارت‌های پروفایل شما جور می‌آیند. هر چه مهارت‌های اساسی بیشتری از یک وظیفه داشته باشید، مناسب‌تر است.
match-search-title = این وظیفه چقدر برای من مناسب است؟
match-best-title = مناسب‌ترین‌ها
match-none = هنوز وظیفهٔ مناسبی نیست. اول به پروفایل خود مهارت اضافه کنید.
match-fit = تناسب { $percent }: شما { $have } از { $total } مهارت اساسی را دارید.
match-missing = { $count ->
    [one] ۱ مهارت اساسی کم است
   *[other] { $count } مهارت اساسی کم است
}
match-use-as-target = این را هدف من بساز

## مسیر یادگیری

route-title = مسیر من
route-none = هنوز هدفی انتخاب نکرده‌اید. در پایین یک وظیفه جستجو کنید.
route-target-label = هدف من:
route-progress = { $done } از { $total } قدم انجام شد.
route-no-steps = شما همهٔ مهارت‌های اساسی این وظیفه را از قبل دارید.
route-choose-title = یک هدف انتخاب کنید
route-choose-help = انتخاب هدف نو جای مسیر فعلی را می‌گیرد.
route-status-label = وضعیت
route-status-planned = پلان شده
route-status-in-progress = مشغول آن هستم
route-status-done = انجام شد
route-kind-earn-credential = یک نشان یا تصدیق‌نامه بگیرید
route-kind-work-based-learning = یادگیری در کار
route-kind-language-goal = هدف زبانی
route-kind-practical = قدم عملی

## تنظیمات

settings-title = تنظیمات
settings-language-title = زبان
settings-reverify-title = همهٔ اسناد را دوباره بررسی کن
settings-reverify-help = هر سند را با تاریخ امروز دوباره بررسی می‌کند، مثلاً برای دیدن این‌که اعتبار کدام‌ها ختم شده است.
settings-reverify-submit = همه را دوباره بررسی کن
reverify-progress = در حال بررسی { $done } از { $total }…
reverify-done = { $total ->
    [one] سند دوباره بررسی شد.
   *[other] همهٔ { $total } سند دوباره بررسی شدند.
}
reverify-cancelled = متوقف شد: { $done } از { $total } سند دوباره بررسی شد.
settings-backup-title = گرفتن نسخهٔ پشتیبان
settings-backup-help = همهٔ اسناد، مهارت‌ها و مسیر شما را در یک فایل قفل‌شده ذخیره می‌کند. آن را روی فلش USB یا جای امن دیگری نگه دارید.
settings-backup-passphrase = رمز عبور نسخهٔ پشتیبان
settings-backup-submit = ذخیرهٔ نسخهٔ پشتیبان
settings-restore-title = بازگرداندن نسخهٔ پشتیبان
settings-restore-help = همه چیز را از فایل پشتیبان به این کیف اضافه می‌کند. از این‌جا چیزی پاک نمی‌شود.
settings-restore-submit = بازگرداندن
settings-restore-done = { $count ->
    [one] بازگردانده شد: ۱ سند اضافه شد، { $duplicates } از قبل بود.
   *[other] بازگردانده شد: { $count } سند اضافه شد، { $duplicates } از قبل بود.
}

## دربارهٔ برنامه

about-title = دربارهٔ { -app-name }
about-intro = { -app-name } نشان‌ها و تصدیق‌نامه‌های شما را روی همین کمپیوتر نگه می‌دارد، بدون انترنت آن‌ها را بررسی می‌کند و نشان می‌دهد با کدام مهارت‌ها و وظیفه‌ها جور می‌آیند.
about-esco-title = ESCO: مهارت‌ها و وظیفه‌های اتحادیهٔ اروپا
about-esco-uses = این خدمت از طبقه‌بندی ESCO کمیسیون اروپا استفاده می‌کند.
about-esco-versions = ESCO نسخهٔ 1.2.1 (نام‌های وظیفه‌ها، گروه‌های مهارت و ISCO)، نسخهٔ 1.1.1 (مهارت‌ها و رابطه‌های وظیفه و مهارت) و نسخهٔ 1.0 (نام‌های فرانسوی و هسپانوی مهارت‌ها). © اتحادیهٔ اروپا.
about-esco-licence = بر اساس فیصلهٔ کمیسیون ⁦2011/833/EU⁩ و جواز CC BY 4.0 دوباره استفاده شده است. داده‌ها تغییر داده شده‌اند (بخشی از آن، یکجا کردن نسخه‌ها، قالب نو).
about-esco-not-endorsed = کمیسیون اروپا { -app-name } را تأیید نکرده است. نام‌های ESCO عنوان‌های ISCO-08 (سازمان بین‌المللی کار) را تکرار می‌کنند.
about-source = منبع:
about-licences-title = جوازها
about-licence-app = خود { -app-name }: جواز عمومی اتحادیهٔ اروپا (EUPL) 1.2.
about-licence-fonts = فونت‌ها: Noto Sans، Noto Sans Arabic و Noto Sans Ethiopic از Google، تحت جواز SIL Open Font License 1.1.
about-licence-contexts = زمینه‌های JSON-LD داخلی: جواز W3C Software and Document و جوازهایی که کنار آن‌ها ذکر شده‌اند.
about-translations = ترجمه‌ها هنوز توسط گویندگان بومی بررسی نشده‌اند. اگر چیزی روشن نیست به ما بگویید.

## خطاهایی که فقط برنامه می‌دهد (ادامه)

error-bad-path = «{ $path }» مسیر کامل یک فایل نیست.
hint-bad-path = مسیر کامل را بنویسید که با / شروع شود و با نام یک فایل ختم شود.
