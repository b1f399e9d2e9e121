# د کمپیوټر د پروګرام پیغامونه (ui/). تېروتنې او لارښوونې په errors.ftl کې، ازموینې په checks.ftl کې دي.
# Locale: ps. Reviewed by a native speaker: no (لا تر اوسه د پښتو ژبې د یوه اصلي ویونکي له خوا نه دي کتل شوي).

## چوکاټ

app-title = { -app-name }: ستاسو اسناد
app-brand = { -app-name }
skip-to-content = منځپانګې ته ورشئ
nav-label = اصلي مېنو
nav-wallet = زما اسناد
nav-import = اسناد ورزیات کړئ
language-label = ژبه
wallet-unprotected-banner = دا بټوه په پټ نوم نه ده ساتل شوې. هر څوک چې دا کمپیوټر کاروي، کولای شي هغه پرانیزي او ستاسو اسناد ولولي.
wallet-path-label = د بټوې فایل:
fatal-title = بټوه نه پرانیستل کېږي

## لومړی ځل: بټوه جوړول

create-title = ښه راغلاست! خپله بټوه جوړه کړئ
create-intro = ستاسو بټوه ستاسو نښانونه او سندونه په همدې کمپیوټر کې ساتي. هېڅ شی چېرته نه لېږل کېږي.
create-protected-title = د پټ نوم په واسطه یې وساتئ (سپارښتنه کېږي)
create-passphrase-label = پټ نوم
create-passphrase-help = څو داسې کلمې وټاکئ چې در یادې وي. له دې پرته هېڅوک، حتی تاسو هم، بټوه نه شي پرانیستلای: په یوه خوندي ځای کې یې ولیکئ.
create-confirm-label = پټ نوم بیا ولیکئ
create-submit = خوندي بټوه جوړه کړئ
create-error-empty = لومړی یو پټ نوم ولیکئ، یا بټوه لاندې پرته له پټ نوم جوړه کړئ.
create-error-mismatch = دواړه پټ نومونه یو شان نه دي. بیا یې ولیکئ.
create-plain-title = یا: پرته له پټ نوم
create-plain-warning = پرته له پټ نوم بټوه خوندي نه ده. هر څوک چې دا کمپیوټر کاروي، کولای شي هغه پرانیزي او ستاسو اسناد ولولي.
create-plain-ack = پوهېږم چې زما بټوه به خوندي نه وي.
create-plain-submit = پرته له پټ نوم بټوه جوړه کړئ

## خلاصول

unlock-title = خپله بټوه پرانیزئ
unlock-passphrase-label = پټ نوم
unlock-submit = بټوه پرانیزئ

## لړلیک

wallet-title = زما اسناد
wallet-add = اسناد ورزیات کړئ
wallet-empty-title = ستاسو بټوه تشه ده
wallet-empty-text = د یوه نښان یا سند فایل ورزیات کړئ چې تاسو ترلاسه کړی، د بېلګې په توګه له یوه کورس یا د کار له سلاکار څخه.
card-issuer = له خوا:
card-learner = لپاره:
card-issued = د ورکړې نېټه:
verdict-verified = تایید شو
verdict-failed = تایید نه شو: یوه ازموینه ناکامه شوه
verdict-unchecked = لا نه دی ازمویل شوی

## ورزیاتول

import-title = اسناد ورزیات کړئ
import-drop-hint = د نښان یا سند فایلونه دې کړکۍ ته راکش کړئ، یا یې په خپل کمپیوټر کې وټاکئ.
import-choose = فایلونه وټاکئ
import-results-title = پایلې
import-result-imported = ستاسو بټوې ته ورزیات شو.
import-result-duplicate = دمخه ستاسو په بټوه کې دی؛ هېڅ بدلون رانغی.
import-result-rejected = ورزیات نه شو.

## د سند جزییات

detail-back = زما اسنادو ته بېرته
detail-issuer = ورکوونکی
detail-learner = چا ته ورکړل شوی
detail-achievement = لاسته راوړنه
detail-description = تشرېح
detail-criteria = څنګه ترلاسه شو
detail-issued = د ورکړې نېټه
detail-valid-from = اعتبار له
detail-valid-until = اعتبار تر
detail-format = بڼه
detail-source = فایل
detail-imported = د ورزیاتولو نېټه
detail-credential-id = د سند پېژندنه
detail-issuer-id = د ورکوونکي پېژندنه
detail-sha256 = د ګوتې نښه (SHA-256)
detail-skills = مهارتونه (ESCO)
detail-checks-title = څه وازمویل شول
detail-no-checks = لا هېڅ شی نه دی ازمویل شوی.
detail-check-outcome-passed = بریالی
detail-check-outcome-failed = ناکام
detail-check-outcome-unchecked = نه دی ازمویل شوی
detail-check-name-signature = لاسلیک
detail-check-name-issuer = ورکوونکی
detail-check-name-hosted = د ورکوونکي نسخه
detail-check-name-expiry = د پای نېټه
detail-check-name-not-before = د پیل نېټه
detail-check-name-status = بېرته اخیستل
detail-check-name-schema = جوړښت
detail-check-name-nested = په بنډل کې اسناد

## هغه تېروتنې چې یوازې پروګرام یې ورکوي

error-wallet-locked = بټوه لا نه ده پرانیستل شوې.
hint-wallet-locked = لومړی بټوه د هغې په پټ نوم پرانیزئ.
error-bad-request = پروګرام یوه نیمګړې غوښتنه ولېږله ({ $what }). مهرباني وکړئ بیا هڅه وکړئ.
error-ipc = د پروګرام دننه یوه ستونزه پېښه شوه: { $reason }

## د کوچني سند معلومات (د اروپايي اتحادیې د شورا سپارښتنه)

detail-awarding-body = ورکوونکې اداره
detail-ects = د ECTS کریډټونه
detail-workload = د کار اندازه (ساعتونه)
detail-eqf = د EQF کچه
detail-nqf = ملي کچه
detail-assessment = د ارزونې ډول
detail-participation = د ګډون بڼه
detail-quality-assurance = د کیفیت تضمین
detail-learning-outcomes = د زده کړې پایلې

## لارښوونه

nav-profile = زما مهارتونه
nav-match = زما لپاره دندې
nav-route = زما لاره
nav-settings = امستنې
nav-about = د پروګرام په اړه
nav-lock = قلف

## لټون، ترتیب، چاڼ

wallet-search-label = لټون
wallet-sort-label = ترتیب
wallet-sort-date-desc = لومړی تر ټولو نوي
wallet-sort-date-asc = لومړی تر ټولو زاړه
wallet-sort-issuer = د ورکوونکي له مخې
wallet-sort-name = د نوم له مخې
wallet-sort-status = لومړی ستونزمن
wallet-filter-issuer = ورکوونکی
wallet-filter-skill = مهارت
wallet-filter-status = حالت
wallet-filter-year = کال
wallet-filter-all = ټول
wallet-count = { $total ->
    [one] له { $total } سند څخه { $shown } ښودل کېږي
   *[other] له { $total } اسنادو څخه { $shown } ښودل کېږي
}

## ورزیاتول: پرمختګ

import-cancel = ودرول
import-progress = فایل { $done } له { $total } څخه ورزیاتېږي…
import-summary = { $total ->
    [one] ۱ فایل: { $imported } ورزیات شو، { $duplicate } دمخه و، { $rejected } ورزیات نه شو.
   *[other] { $total } فایلونه: { $imported } ورزیات شول، { $duplicate } دمخه وو، { $rejected } ورزیات نه شول.
}
import-summary-cancelled = له { $total } فایلونو څخه د { $done } وروسته ودرول شو: { $imported } ورزیات شول، { $duplicate } دمخه وو، { $rejected } ورزیات نه شول.

## جزییات: نور

detail-checked-at = وروستۍ ازموینه
detail-reverify = اوس بیا وازمویئ
detail-endorsements-title = تاییدونه
detail-no-endorsements = لا تر اوسه هېچا دا سند نه دی تایید کړی.
detail-endorsement-credential = { $endorser } د دې سند ضمانت کوي.
detail-endorsement-achievement = { $endorser } د دې لاسته راوړنې ضمانت کوي.
detail-endorsement-issuer = { $endorser } د ورکوونکي ضمانت کوي.
detail-micro-title = د کوچني سند معلومات
detail-micro-help = اروپايي اتحادیه غواړي چې هر کوچنی سند دا معلومات ووایي. دا لړلیک ښيي چې دا سند کوم یې وايي.
micro-learner = چا ترلاسه کړ
micro-title = سرلیک
micro-awarding-body = چا ورکړ
micro-date = نېټه
micro-outcomes = د زده کړې پایلې
micro-workload = د کار اندازه (ECTS یا ساعتونه)
micro-level = کچه (EQF یا ملي)
micro-assessment = د ارزونې ډول
micro-participation = د ګډون بڼه
micro-quality = د کیفیت تضمین
micro-present = ویل شوی
micro-absent = نه دی ویل شوی
micro-summary = دا سند له { $total } معلوماتو څخه { $count } وايي.
detail-export-title = اصلي فایل خوندي کړئ
detail-export-help = فایل هماغسې خوندي کوي لکه څنګه چې تاسو ترلاسه کړی، د بېلګې په توګه کارګمارونکي ته د ورکولو یا په USB کې د ساتلو لپاره.
detail-export-submit = فایل خوندي کړئ
save-path-label = په دې نوم خوندي کړئ (بشپړه لاره)
open-path-label = هغه فایل چې پرانیستل کېږي (بشپړه لاره)
saved-to = خوندي شو: { $path }

## که یوه ازموینه بریالۍ نه شوه څه وکړئ

detail-check-todo-signature-failed = په دې نسخه باور مه کوئ. له ورکوونکي څخه نوې وغواړئ.
detail-check-todo-signature-unchecked = کېدای شي منځپانګه سمه وي، خو لا هېڅوک یې نه شي ثابتولای. له ورکوونکي څخه لاسلیک شوې نسخه (Open Badges 3.0) وغواړئ.
detail-check-todo-issuer-failed = ورکوونکی تایید نه شو. له هغې ادارې پوښتنه وکړئ چې تاسو ته یې درکړی.
detail-check-todo-issuer-unchecked = ورکوونکی یوازې آنلاین تاییدېدای شي. له یوه سلاکار وغواړئ چې له تاسو سره یې وګوري.
detail-check-todo-hosted-failed = د ورکوونکي نسخه سمون نه خوري. له ورکوونکي پوښتنه وکړئ.
detail-check-todo-hosted-unchecked = ورکوونکی یوه نسخه په انټرنېټ کې ساتي؛ { -app-name } انټرنېټ ته نه ځي. یو سلاکار یې له تاسو سره کتلای شي.
detail-check-todo-expiry-failed = د دې سند اعتبار پای ته رسېدلی. له ورکوونکي وپوښتئ چې نوی کولای یې شئ که نه.
detail-check-todo-expiry-unchecked = د پای نېټه ونه لوستل شوه. له ورکوونکي وپوښتئ چې کومه نېټه مطلب ده.
detail-check-todo-not-before-failed = دا سند لا معتبر نه دی. د پیل تر نېټې پورې انتظار وکړئ.
detail-check-todo-not-before-unchecked = د پیل نېټه ونه لوستل شوه. له ورکوونکي وپوښتئ چې کومه نېټه مطلب ده.
detail-check-todo-status-failed = ورکوونکي دا سند بېرته اخیستی. له ورکوونکي یې لامل وپوښتئ.
detail-check-todo-status-unchecked = چې بېرته اخیستل شوی که نه، یوازې آنلاین ازمویل کېدای شي. که باوري کېدل غواړئ له ورکوونکي وپوښتئ.
detail-check-todo-schema-failed = د دې فایل ځینې برخې نشته یا غلطې دي. له ورکوونکي بشپړ فایل وغواړئ.
detail-check-todo-schema-unchecked = جوړښت په بشپړه توګه ونه ازمویل شو. معمولاً دا کومه ستونزه نه ده.

## ESCO

esco-building = د مهارتونو او دندو لړلیک چمتو کېږي (یوازې لومړی ځل): ٪{ $percent }
esco-search-label-skill = یو مهارت ومومئ
esco-search-label-occupation = یوه دنده ومومئ
esco-search-help = لږ تر لږه دوه توري ولیکئ. پایلې لاندې ښکاري.
esco-search-none = هېڅ شی ونه موندل شو. بله کلمه وازمویئ.
esco-fallback-mark = { $lang ->
    [en] په انګلیسي
    [nl] په هالنډي
    [fr] په فرانسوي
   *[other] { $lang }
}

## د مهارتونو پروفایل

profile-title = زما مهارتونه
profile-intro = ستاسو له اسنادو مهارتونه او هغه مهارتونه چې تاسو پخپله ورزیات کړي. نښه ښيي چې ثبوت څومره پیاوړی دی.
profile-empty = لا کوم مهارت نشته. اسناد ورزیات کړئ، یا لاندې پخپله یو مهارت ورزیات کړئ.
profile-add-title = پخپله یو مهارت ورزیات کړئ
profile-group-skill = مهارتونه ({ $count })
profile-group-knowledge = پوهه ({ $count })
profile-group-language = ژبې ({ $count })
profile-group-transversal = د هر کار لپاره مهارتونه ({ $count })
profile-group-other = نور ({ $count })
evidence-verified-credential = د تایید شوي سند په واسطه ثابت شوی
evidence-endorsed = چا تایید کړی
evidence-mentor-observed = یوه لارښود لیدلی
evidence-self-declared = لا نه دی ثابت شوی
profile-shown-by = { $count ->
    [one] په یوه سند کې ښکاري:
   *[other] په { $count } اسنادو کې ښکاري:
}

## مناسبې دندې

match-title = زما لپاره دندې
match-intro = د اروپايي لړلیک (ESCO) هغه دندې چې ستاسو د پروفایل له مهارتونو سره سمون خوري. څومره چې د یوې دندې ډېر اساسي مهارتونه ولرئ، هغومره ښه برابرېږي.
match-search-title = دا دنده ما ته څومره برابره ده؟
match-best-title = تر ټولو برابرې
match-none = لا کومه برابره دنده نشته. لومړی خپل پروفایل ته مهارتونه ورزیات کړئ.
match-fit = برابري { $percent }: تاسو له { $total } اساسي مهارتونو څخه { $have } لرئ.
match-missing = { $count ->
    [one] ۱ اساسي مهارت کم دی
   *[other] { $count } اساسي مهارتونه کم دي
}
match-use-as-target = دا زما موخه کړئ

## د زده کړې لاره

route-title = زما لاره
route-none = تاسو لا کومه موخه نه ده ټاکلې. لاندې یوه دنده ولټوئ.
route-target-label = زما موخه:
route-progress = له { $total } ګامونو څخه { $done } بشپړ شول.
route-no-steps = تاسو دمخه د دې دندې ټول اساسي مهارتونه لرئ.
route-choose-title = یوه موخه وټاکئ
route-choose-help = د نوې موخې ټاکل اوسنۍ لاره بدلوي.
route-status-label = حالت
route-status-planned = پلان شوی
route-status-in-progress = پرې بوخت یم
route-status-done = بشپړ شو
route-kind-earn-credential = یو نښان یا سند ترلاسه کړئ
route-kind-work-based-learning = په کار کې زده کړه
route-kind-language-goal = د ژبې موخه
route-kind-practical = عملي ګام

## امستنې

settings-title = امستنې
settings-language-title = ژبه
settings-reverify-title = ټول اسناد بیا وازمویئ
settings-reverify-help = هر سند د نن ورځې په نېټه بیا ازمویي، د بېلګې په توګه د دې لیدلو لپاره چې د کومو اعتبار پای ته رسېدلی.
settings-reverify-submit = ټول بیا وازمویئ
reverify-progress = ازمویل کېږي: { $done } له { $total } څخه…
reverify-done = { $total ->
    [one] سند بیا وازمویل شو.
   *[other] ټول { $total } اسناد بیا وازمویل شول.
}
reverify-cancelled = ودرول شو: له { $total } اسنادو څخه { $done } بیا وازمویل شول.
settings-backup-title = بیک اپ جوړ کړئ
settings-backup-help = ستاسو ټول اسناد، مهارتونه او لاره په یوه قلف شوي فایل کې خوندي کوي. هغه په USB یا بل خوندي ځای کې وساتئ.
settings-backup-passphrase = د بیک اپ پټ نوم
settings-backup-submit = بیک اپ خوندي کړئ
settings-restore-title = بیک اپ بېرته راوړئ
settings-restore-help = د بیک اپ له فایل څخه هر څه دې بټوې ته ورزیاتوي. له دې ځایه هېڅ شی نه ړنګېږي.
settings-restore-submit = بېرته راوړئ
settings-restore-done = { $count ->
    [one] بېرته راوړل شو: ۱ سند ورزیات شو، { $duplicates } دمخه وو.
   *[other] بېرته راوړل شو: { $count } اسناد ورزیات شول، { $duplicates } دمخه وو.
}

## د پروګرام په اړه

about-title = د { -app-name } په اړه
about-intro = { -app-name } ستاسو نښانونه او سندونه په همدې کمپیوټر کې ساتي، پرته له انټرنېټ یې ازمویي او ښيي چې له کومو مهارتونو او دندو سره برابر دي.
about-esco-title = ESCO: د اروپايي اتحادیې مهارتونه او دندې
about-esco-uses = دا خدمت د اروپايي کمیسیون د ESCO طبقه بندي کاروي.
about-esco-versions = ESCO نسخه 1.2.1 (د دندو، د مهارتونو د ډلو او ISCO نومونه)، نسخه 1.1.1 (مهارتونه او د دندو او مهارتونو اړیکې) او نسخه 1.0 (د مهارتونو فرانسوي او هسپانوي نومونه). © اروپايي اتحادیه.
about-esco-licence = د کمیسیون د ⁦2011/833/EU⁩ پرېکړې او د CC BY 4.0 جواز له مخې بیا کارول شوی. معلومات بدل شوي دي (یوه برخه، یوځای شوې نسخې، نوې بڼه).
about-esco-not-endorsed = اروپايي کمیسیون { -app-name } نه دی تایید کړی. د ESCO نومونه د ISCO-08 (د کار نړیوال سازمان) سرلیکونه تکراروي.
about-source = سرچینه:
about-licences-title = جوازونه
about-licence-app = پخپله { -app-name }: د اروپايي اتحادیې عامه جواز (EUPL) 1.2.
about-licence-fonts = لیکبڼې: د Google لخوا Noto Sans، Noto Sans Arabic او Noto Sans Ethiopic، د SIL Open Font License 1.1 جواز لاندې.
about-licence-contexts = دننه JSON-LD شرایط: د W3C Software and Document جواز او هغه جوازونه چې ورسره لیکل شوي.
about-translations = ژباړې لا تر اوسه د اصلي ویونکو له خوا نه دي کتل شوې. که کوم شی روښانه نه و، موږ ته ووایاست.

## هغه تېروتنې چې یوازې پروګرام یې ورکوي (نور)

error-bad-path = «{ $path }» د یوه فایل بشپړه لاره نه ده.
hint-bad-path = ټوله لاره ولیکئ چې په / پیل شي او د یوه فایل په نوم پای ته ورسېږي.
