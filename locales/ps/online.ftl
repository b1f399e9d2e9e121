# آنلاین کتنه: د روانې کتنې درول، او په https کې رد شوي امنیتي سندونه.
# Locale: ps. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = نښلول روان دي…
online-cancelling = درول روان دي… هغه ځوابونه چې رارسېدلي، ساتل کېږي.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] له { $count } سند وروسته ودرول شو. رارسېدلي ځوابونه له خپلو نېټو سره ساتل شوي؛ پاتې نه دي کتل شوي.
   *[other] له { $count } اسنادو وروسته ودرول شو. رارسېدلي ځوابونه له خپلو نېټو سره ساتل شوي؛ پاتې نه دي کتل شوي.
}
online-cancelled-early = مخکې له دې چې څه راوړل شي، ودرول شو. هېڅ بدلون نه دی راغلی.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = مخکې له دې چې { $url } ځواب ورکړي، ودرول شو.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] له { $url } سره خوندي اړیکه رد شوه: د هغې امنیتي سند (سرټیفیکیټ) د بلې وېبپاڼې دی.
    [expired] له { $url } سره خوندي اړیکه رد شوه: امنیتي سند یې نېټه تېره کړې یا لا اعتبار نه لري. وګورئ چې د دې کمپیوټر نېټه او وخت سم وي.
    [untrusted] له { $url } سره خوندي اړیکه رد شوه: امنیتي سند یې د یوې باوري مرجع له خوا نه دی ورکړل شوی.
   *[other] له { $url } سره خوندي اړیکه رد شوه: امنیتي سند یې سم نه دی.
}
hint-certificate-refused = له دې پتې هېڅ نه دي راوړل شوي، نو هېڅ بدلون نه دی راغلی. کېدای شي څوک اړیکه ونیسي: وروسته یا له بلې شبکې بیا هڅه وکړئ.
