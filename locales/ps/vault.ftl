# پروفایلونه او قلف (په ګډ کمپیوټر کې د هر زده کوونکي لپاره جلا صندوق، د مېلمه ناسته، خپلکاره قلف) او «آنلاین کتنه».
# Locale: ps. Reviewed by a native speaker: no.

## پورتنۍ برخه

nav-switch-user = کارن بدل کړئ
vault-guest-banner = د مېلمه ناسته: کله چې «کارن بدل کړئ» کېکاږئ یا { -app-name } وتړئ، هر څه ړنګېږي.

## د پروفایل ټاکل

vault-picker-title = څوک له { -app-name } کار اخلي؟
vault-locked-idle = ستاسو پروفایل قلف شو، ځکه چې د یو څه وخت لپاره چا پرې کار نه و کړی.
vault-picker-intro = خپل پروفایل وټاکئ. د هر چا اسناد د هغه په خپل پټ نوم قلف دي؛ نور یوازې هغه نوم او انځور ویني چې تاسو ټاکلي.
vault-list-label = په دې کمپیوټر کې پروفایلونه
vault-list-empty = لا په دې کمپیوټر کې هېڅ پروفایل نشته. د پیل لپاره یو جوړ کړئ.
vault-new = نوی پروفایل
vault-kiosk = د مېلمه ناسته
vault-kiosk-help = یوازې د یو ځل راتګ لپاره: له پای ته رسېدو وروسته هېڅ نه ساتل کېږي.
vault-card-anonymous = زده کوونکی (نوم نه ښودل کېږي)

## پروفایل پرانیستل

vault-unlock-title = دا پروفایل پرانیزئ
vault-unlock-passphrase-label = پټ نوم
vault-unlock-submit = پرانیزئ
vault-back = پروفایلونو ته بېرته

## نوی پروفایل

vault-create-title = نوی پروفایل
vault-create-name-label = هغه نوم چې په دې کمپیوټر کې ښکاري (کولی شئ تش یې پرېږدئ)
vault-create-name-help = هر څوک چې له دې کمپیوټر کار اخلي، دا نوم د پروفایلونو په پاڼه کې ویني. که نه غواړئ څه وښودل شي، تش یې پرېږدئ.
vault-create-avatar-label = انځور: یو ایموجي یا ستاسو د نوم لومړني توري (کولی شئ تش یې پرېږدئ)
vault-create-passphrase-label = پټ نوم
vault-create-passphrase-help = یوازې دا پټ نوم ستاسو پروفایل پرانیزي. ویې لیکئ او په خوندي ځای کې یې وساتئ.
vault-create-confirm-label = پټ نوم بیا ولیکئ
vault-create-submit = زما پروفایل جوړ کړه

## امستنې: خپلکاره قلف

vault-settings-title = خپلکاره قلف
vault-settings-help = په ګډ کمپیوټر کې، کله چې څوک پر پروفایل کار نه کوي، هغه پخپله قلف کېږي. دا د دې کمپیوټر په ټولو پروفایلونو پلي کېږي.
vault-settings-minutes-label = څو دقیقې بې کاره تر دې چې پروفایل قلف شي
vault-settings-save = خوندي کړئ
vault-settings-saved = { $minutes ->
    [one] اوس پروفایلونه له { $minutes } دقیقې بې کاره وروسته قلف کېږي.
   *[other] اوس پروفایلونه له { $minutes } دقیقو بې کاره وروسته قلف کېږي.
}

## آنلاین کتنه

online-title = آنلاین کتنه
online-help = { -app-name } پرته له انټرنېټه کار کوي. دا تڼۍ کېکاږئ چې همدا اوس له صادروونکو وپوښتل شي چې ایا کوم سند بېرته اخیستل شوی، او د هغوی کلیدونه او نوي د باور لیستونه راوړل شي. تر څو چې تڼۍ ونه کاږئ، هېڅ نه لېږل کېږي.
online-check-all = همدا اوس آنلاین وګورئ
online-check-one = آنلاین وګورئ
online-progress = آنلاین کتنه روانه ده: { $done } له { $total }
online-done = { $count ->
    [one] { $count } سند آنلاین وکتل شو.
   *[other] { $count } اسناد آنلاین وکتل شول.
}
online-nothing = دلته هېڅ شی انټرنېټ ته اړتیا نه لري: د دې اسنادو ټولې کتنې په همدې کمپیوټر کې کېږي.
online-lists-title = د باور لیستونه
online-age-none = هېڅ پخوانی ځواب نه دی ساتل شوی.
online-age-now = همدا اوس ځواب.
online-age-minutes = { $n ->
    [one] ځواب { $n } دقیقه مخکې.
   *[other] ځواب { $n } دقیقې مخکې.
}
online-age-hours = { $n ->
    [one] ځواب { $n } ساعت مخکې.
   *[other] ځواب { $n } ساعته مخکې.
}
online-age-days = { $n ->
    [one] ځواب { $n } ورځ مخکې.
   *[other] ځواب { $n } ورځې مخکې.
}

## تېروتنې

error-offline = انټرنېټ نشته: { $host } ته ونه رسېدل شو. هېڅ بدلون رانغی.
hint-offline = انټرنېټ سره وصل شئ (وای فای یا کېبل) او بیا «آنلاین وګورئ» کېکاږئ. نور هر څه پرته له انټرنېټه هم کار کوي.
error-auto-lock-invalid = د دقیقو شمېر له { $min } څخه تر { $max } پورې وټاکئ.
hint-auto-lock-invalid = ګډ کمپیوټر باید هېڅکله یو پروفایل د ډېر وخت لپاره پرانیستی پرې نږدي.
