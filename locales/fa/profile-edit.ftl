# Locale: fa (Dari wording). Reviewed by a native speaker: no.

## تغییر دادن پروفایل مهارت‌ها (معلومات شخصی، زبان‌ها، تجربهٔ کاری، مهارت‌های خود شما)، اعلان
## وظیفهٔ چسپانده شده، و اضافه یا تغییر دادن قدم‌های مسیر.

pe-edit = تغییر دادن
pe-remove = پاک کردن
pe-cancel = بس کردن تغییر
pe-saved = ذخیره شد.
esco-search-label-any = یک مهارت یا یک وظیفه را پیدا کنید

pe-own-help = مهارت‌هایی که این‌جا اضافه می‌کنید، تا وقتی یک سند یا یک رهنما آن را تأیید نکند، گفتهٔ خود شما حساب می‌شود.
pe-own-mark = گفتهٔ خود شما

pe-person-title = دربارهٔ من
pe-person-local = این معلومات در همین کمپیوتر، در کیف شما می‌ماند. Erkend آن را به هیچ جای نمی‌فرستد.
pe-person-name = نام
pe-person-languages = زبان‌هایی که گپ می‌زنم
pe-person-email = آدرس ایمیل
pe-person-phone = شمارهٔ تیلفون
pe-person-address = آدرس یا شهر
pe-person-save = معلوماتم را ذخیره کن

pe-languages-title = زبان‌های من
pe-language-add = یک زبان اضافه کنید
pe-language-label = زبان
pe-language-mother = زبان مادری
pe-cefr-legend = سطح من (A1 = مبتدی، C2 = بسیار خوب)
pe-cefr-none = پر نشده
pe-cefr-listening = شنیدن
pe-cefr-reading = خواندن
pe-cefr-speaking = گپ زدن
pe-cefr-writing = نوشتن
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = شنیدن: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = خواندن: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = گپ زدن: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = نوشتن: { $level }
pe-language-save = این زبان را ذخیره کن

pe-experience-title = تجربهٔ کاری من
pe-experience-add = تجربهٔ کاری اضافه کنید
pe-experience-edit = این تجربهٔ کاری را تغییر دهید
pe-experience-kind = نوع کار
pe-experience-kind-job = کار با معاش
pe-experience-kind-volunteer = کار رضاکارانه
pe-experience-kind-language-internship = کارآموزی زبان
pe-experience-kind-work-experience-place = جای کسب تجربهٔ کاری
pe-experience-kind-self-employed = کسب و کار خودم
pe-experience-job = وظیفه یا نقش
pe-experience-organisation = کارفرما یا مؤسسه
pe-experience-place = شهر یا کشور
pe-experience-from = از
pe-experience-to = تا
pe-date-help = مثلاً 2023 یا 2023-05.
pe-date-help-to = اگر هنوز آن‌جا کار می‌کنید، خالی بگذارید.
pe-experience-description = آن‌جا چه کار می‌کردید؟
pe-experience-links = مهارت‌ها و وظیفه‌ها از فهرست اروپایی (ESCO)
pe-experience-no-links = هنوز چیزی وصل نشده. در پایین جستجو کنید.
pe-experience-save = تجربهٔ کاری را ذخیره کن

pe-vacancy-title = آیا یک اعلان وظیفه به من مناسب است؟
pe-vacancy-help = متن اعلان وظیفه را بچسپانید. Erkend مهارت‌هایی را که در آن نام برده شده پیدا می‌کند و با پروفایل شما در همین کمپیوتر مقایسه می‌کند.
pe-vacancy-text = متن اعلان وظیفه
pe-vacancy-language = زبان اعلان
pe-vacancy-language-help = مهارت‌ها در این زبان‌ها شناخته می‌شوند.
pe-vacancy-submit = مهارت‌ها را پیدا کن
pe-vacancy-none = در این متن هیچ مهارتی از فهرست اروپایی پیدا نشد. زبان را بررسی کنید، یا متن درازتری بچسپانید.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = تناسب { $percent }: شما { $have } مهارت از { $total } مهارتی را که این وظیفه می‌خواهد، دارید.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] یک مهارت در متن پیدا شد
   *[other] { $count } مهارت در متن پیدا شد
}
pe-vacancy-held = این را دارید
pe-vacancy-gap = هنوز باید یاد بگیرید
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] یک مهارت که هنوز باید یاد بگیرید
   *[other] { $count } مهارت که هنوز باید یاد بگیرید
}

pe-step-add-title = یک قدم اضافه کنید
pe-step-kind = نوع قدم
pe-step-title = قدم چیست؟
pe-step-helper-role = چه کسی کمک می‌کند
pe-helper-none = هنوز هیچ کس
pe-helper-mentor = رهنما
pe-helper-coach = مشاور کاریابی
pe-helper-supervisor = سرپرست در محل کار
pe-step-helper-name = نام کمک‌کننده
pe-step-due = تمام شود پیش از
pe-step-add = قدم را اضافه کن
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] رهنما: { $name }
    [coach] مشاور کاریابی: { $name }
   *[supervisor] سرپرست: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = تمام شود پیش از { $date }
pe-step-up = به بالا ببر
pe-step-down = به پایین ببر
pe-template-title = قدم‌های معمول به سوی کار
pe-template-help = قدم‌هایی را اضافه می‌کند که بیشتر تازه‌واردها برمی‌دارند: زبان، اسناد تحصیلی، دفتر کاریابی، تجربهٔ کاری، شبکهٔ آشنایان، درخواست دادن برای وظیفه. قدم‌هایی که در مسیر شما هستند، دو بار اضافه نمی‌شوند.
pe-template-language = زبانی که یاد می‌گیرید
pe-template-level = سطحی که می‌خواهید برسید
pe-template-apply = این قدم‌ها را اضافه کن
