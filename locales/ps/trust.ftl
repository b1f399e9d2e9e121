# د باور لړلیکونه، د بېرته اخیستلو حالت، ساتل شوي نښانونه او آنلاین تازه کول.
# Locale: ps. Reviewed by a native speaker: no.

## هغه ازموینې چې له انټرنېټ څخه یو شی راوړلو ته اړتیا لري

# Variables:
#   $since (String) - when the last online check ran
#   $url (String) - the address that would be fetched
check-offline-since = ونه ازمویل شو: دې ته { $url } اړین دی، چې نه دی راوړل شوی (له { $since } راهیسې پرته له انټرنېټ).
# Variables:
#   $url (String) - the address that would be fetched
check-never-online = ونه ازمویل شو: دې ته { $url } اړین دی، او لا تر اوسه هېڅ شی آنلاین نه دی ازمویل شوی.

## حالت (بېرته اخیستل او ځنډول)

# Variables:
#   $date (String) - when the status list was fetched
check-status-not-revoked = بېرته نه دی اخیستل شوی (د حالت لړلیک په { $date } راوړل شوی).
# Variables:
#   $date (String) - when the status list was fetched
#   $days (String) - the allowed age in days
check-status-stale = په { $date } چې وروستی ځل وازمویل شو، بېرته نه و اخیستل شوی، خو له هغې له { $days } ورځو زیات تېر شوي: بیا یې آنلاین وازمویئ.
# Variables:
#   $date (String) - when the status was fetched
check-status-revoked = ورکوونکي دا سند بېرته اخیستی (په { $date } وازمویل شو).
# Variables:
#   $date (String) - when the status was fetched
check-status-suspended = ورکوونکي دا سند لنډمهاله ځنډولی (په { $date } وازمویل شو).
check-status-malformed = د سند د حالت برخه خرابه ده او نه ازمویل کېږي.
# Variables:
#   $type (String) - the kind of status entry
check-status-type-unsupported = دا نسخه د حالت دا ډول ({ $type }) نه شي ازمویلای.
# Variables:
#   $url (String) - the status list address
#   $detail (String) - what is wrong (technical)
check-status-list-unusable = په { $url } کې د حالت لړلیک نه کارول کېږي ({ $detail }).

## د Open Badges 2.0 ساتل شوي نښانونه

check-hosted-no-url = دا ساتل شوی نښان داسې https پته نه لري چې ورکوونکی یې پکې ساتي.
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
check-hosted-matches = په { $url } کې د ورکوونکي نسخه سمون خوري (په { $date } راوړل شوې).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
check-hosted-revoked = ورکوونکي دا نښان بېرته اخیستی ({ $url }، په { $date } وازمویل شو).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $status (String) - the HTTP status code
#   $date (String) - when it was asked
check-hosted-gone = ورکوونکی نور دا نښان په { $url } کې نه لري (ځواب { $status }، { $date }).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $field (String) - the part that differs
#   $date (String) - when it was fetched
check-hosted-differs = په { $url } کې د ورکوونکي نسخه له دې نښان سره په «{ $field }» کې توپیر لري (په { $date } راوړل شوې).
# Variables:
#   $url (String) - the badge's address
#   $issuer (String) - the issuer's address
check-hosted-wrong-origin = په { $url } کې نښان د ورکوونکي په خپله ویب پاڼه ({ $issuer }) کې نه دی ساتل شوی.
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
#   $days (String) - the allowed age in days
check-hosted-stale = د ورکوونکي نسخه په { $date } سمون درلود، چې له { $days } ورځو زیات وړاندې و: بیا یې آنلاین وازمویئ.

## قوماندې کرښه

# Variables:
#   $name (String) - the list's name
#   $count (Number) - organisations on it
cli-trust-added = د باور لړلیک «{ $name }» نصب شو ({ $count } ادارې).
# Variables:
#   $count (Number) - installed lists
cli-trust-count = { $count ->
    [one] د باور یو لړلیک نصب شوی.
   *[other] د باور { $count } لړلیکونه نصب شوي.
}
# Variables:
#   $path (String) - the signed file
cli-trust-signed = لاسلیک شوی لړلیک په { $path } کې ولیکل شو.
# Variables:
#   $url (String) - the address
#   $n (Number) - its number
#   $total (Number) - addresses known so far
cli-refresh-fetching = { $url } راوړل کېږي ({ $n }/{ $total })…
# Variables:
#   $id (String) - the credential
#   $fetched (Number) - documents fetched
#   $failed (Number) - documents that could not be fetched
cli-refresh-done = { $id }: { $fetched } راوړل شول، { $failed } ناکام شول.

## د Europass مهرونه

check-issuer-certificate-unchecked = د مهر تصدیق‌نامه د اروپايي اتحادیې د باور له لړلیکونو سره ونه ازمویل شوه (دې ته شبکه اړینه ده)، نو نه ده معلومه چې چا مهر کړی.
