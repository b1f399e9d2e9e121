# Locale: ps. Reviewed by a native speaker: no.

## د مهارتونو پروفایل بدلول (شخصي معلومات، ژبې، کاري تجربه، ستاسو خپل مهارتونه)، د دندې
## نښلول شوی اعلان، او د لارې ګامونه زیاتول یا بدلول.

pe-edit = بدلول
pe-remove = لرې کول
pe-cancel = بدلون بند کړئ
pe-saved = خوندي شو.
esco-search-label-any = یو مهارت یا یوه دنده ولټوئ

pe-own-help = هغه مهارتونه چې دلته یې زیاتوئ، تر هغه ستاسو خپله خبره ګڼل کیږي چې یو سند یا لارښود یې تایید کړي.
pe-own-mark = ستاسو خپله خبره

pe-person-title = زما په اړه
pe-person-local = دا معلومات په همدې کمپیوټر کې، ستاسو په بټوې کې پاتې کیږي. Erkend یې هیڅ ځای ته نه لیږي.
pe-person-name = نوم
pe-person-languages = هغه ژبې چې خبرې پرې کوم
pe-person-email = بریښنالیک پته
pe-person-phone = د تلیفون شمېره
pe-person-address = پته یا ښار
pe-person-save = زما معلومات خوندي کړئ

pe-languages-title = زما ژبې
pe-language-add = یوه ژبه زیاته کړئ
pe-language-label = ژبه
pe-language-mother = مورنۍ ژبه
pe-cefr-legend = زما کچه (A1 = پیلونکی، C2 = ډېر ښه)
pe-cefr-none = نه دی ډک شوی
pe-cefr-listening = اورېدل
pe-cefr-reading = لوستل
pe-cefr-speaking = خبرې کول
pe-cefr-writing = لیکل
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = اورېدل: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = لوستل: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = خبرې کول: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = لیکل: { $level }
pe-language-save = دا ژبه خوندي کړئ

pe-experience-title = زما کاري تجربه
pe-experience-add = کاري تجربه زیاته کړئ
pe-experience-edit = دا کاري تجربه بدله کړئ
pe-experience-kind = د کار ډول
pe-experience-kind-job = په معاش کار
pe-experience-kind-volunteer = رضاکارانه کار
pe-experience-kind-language-internship = د ژبې کارآموزي
pe-experience-kind-work-experience-place = د کاري تجربې ځای
pe-experience-kind-self-employed = زما خپل کاروبار
pe-experience-job = دنده یا رول
pe-experience-organisation = کارګمارونکی یا موسسه
pe-experience-place = ښار یا هېواد
pe-experience-from = له
pe-experience-to = تر
pe-date-help = د بېلګې په توګه 2023 یا 2023-05.
pe-date-help-to = که لا هلته کار کوئ، تش یې پرېږدئ.
pe-experience-description = هلته مو څه کار کاوه؟
pe-experience-links = د اروپايي لېست (ESCO) مهارتونه او دندې
pe-experience-no-links = تر اوسه هیڅ نه دي نښلول شوي. لاندې ولټوئ.
pe-experience-save = کاري تجربه خوندي کړئ

pe-vacancy-title = ایا یوه خالي دنده ما ته برابره ده؟
pe-vacancy-help = د خالي دندې متن دلته ولګوئ. Erkend هغه مهارتونه پیدا کوي چې په کې یاد شوي او په همدې کمپیوټر کې یې ستاسو له پروفایل سره پرتله کوي.
pe-vacancy-text = د خالي دندې متن
pe-vacancy-language = د اعلان ژبه
pe-vacancy-language-help = مهارتونه په دې ژبو کې پېژندل کیږي.
pe-vacancy-submit = مهارتونه پیدا کړئ
pe-vacancy-none = په دې متن کې د اروپايي لېست هیڅ مهارت پیدا نه شو. ژبه وګورئ، یا اوږد متن ولګوئ.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = برابرښت { $percent }: تاسو د هغو { $total } مهارتونو څخه { $have } لرئ چې دا دنده یې غواړي.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] په متن کې یو مهارت پیدا شو
   *[other] په متن کې { $count } مهارتونه پیدا شول
}
pe-vacancy-held = دا مو لرئ
pe-vacancy-gap = لا یې باید زده کړئ
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] یو مهارت چې لا یې باید زده کړئ
   *[other] { $count } مهارتونه چې لا یې باید زده کړئ
}

pe-step-add-title = یو ګام زیات کړئ
pe-step-kind = د ګام ډول
pe-step-title = ګام څه دی؟
pe-step-helper-role = څوک مرسته کوي
pe-helper-none = تر اوسه هیڅوک
pe-helper-mentor = لارښود
pe-helper-coach = د دندې سلاکار
pe-helper-supervisor = په کار کې څارونکی
pe-step-helper-name = د مرستندوی نوم
pe-step-due = مخکې له دې پای ته ورسیږي
pe-step-add = ګام زیات کړئ
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] لارښود: { $name }
    [coach] د دندې سلاکار: { $name }
   *[supervisor] څارونکی: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = تر { $date } پورې پای ته ورسیږي
pe-step-up = پورته یې یوسئ
pe-step-down = ښکته یې یوسئ
pe-template-title = کار ته معمول ګامونه
pe-template-help = هغه ګامونه زیاتوي چې ډېری نوي راغلي خلک یې اخلي: ژبه، سندونه، د کار دفتر، کاري تجربه، د پېژندګلو شبکه، د دندې غوښتنه. هغه ګامونه چې ستاسو په لاره کې شته، دوه ځله نه زیاتیږي.
pe-template-language = هغه ژبه چې زده کوئ یې
pe-template-level = هغه کچه چې ورته رسېږئ
pe-template-apply = دا ګامونه زیات کړئ
