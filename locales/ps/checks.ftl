# د تایید ازموینې، په قوماندې کرښه او پروګرام کې.
# Locale: ps. Reviewed by a native speaker: no.

check-signature-not-supported-yet = د دې ډول سند لاسلیک لا په دې نسخه کې نه ازمویل کېږي.
check-expired = اعتبار یې په { $date } پای ته ورسېد.
check-not-expired = تر { $date } پورې معتبر دی.
check-not-yet-valid = لا معتبر نه دی: له { $date } څخه معتبر دی.
check-valid-from = له { $date } څخه معتبر دی.
check-bad-date = نېټه «{ $date }» نه لوستل کېږي.

## لاسلیک

check-signature-valid = لاسلیک معتبر دی (کیلي { $method }).
check-signature-invalid = لاسلیک سمون نه خوري: سند له لاسلیک وروسته بدل شوی، یا په بله کیلي لاسلیک شوی.
check-signature-malformed = لاسلیک یا د هغې کیلي خرابه ده او نه ازمویل کېږي.
check-signature-alg-refused = د لاسلیک الګوریتم «{ $alg }» نه منل کېږي.
check-signature-needs-network = د لاسلیک کیلي { $method } باید له انټرنېټ څخه راوړل شي؛ دې ازموینې ته شبکه اړینه ده.
check-signature-key-unsupported = دا نسخه د { $method } کیلي ډول نه شي لوستلای.
check-signature-key-not-bound = د سند دننه کیلي پرته له شبکې له ورکوونکي سره نه تړل کېږي.
check-signature-no-key = سند نه وايي چې کومې کیلي لاسلیک کړی.
check-signature-missing = سند لاسلیک نه لري.
check-signature-wrong-purpose = لاسلیک د یوه سند د ضمانت لپاره نه دی شوی.
check-signature-previous-proof-missing = یو لاسلیک پر بل لاسلیک ولاړ دی چې په سند کې نشته.
check-signature-proof-expired = لاسلیک یوازې تر { $date } پورې معتبر و.
check-signature-suite-unsupported = دا نسخه د «{ $suite }» ډول لاسلیکونه نه شي ازمویلای.
check-signature-suite-unavailable = دا نسخه لا دا ډول لاسلیک نه شي ازمویلای.
check-signature-context-unavailable = لاسلیک پرته له انټرنېټ نه ازمویل کېږي: د { $context } تعریفونه په پروګرام کې نشته.
check-signature-jades-not-supported-yet = د Europass سند برېښنايي مهر لا په دې نسخه کې نه ازمویل کېږي.
check-hosted-needs-network = دا نښان د خپل ورکوونکي سره ساتل کېږي؛ د ازمویلو لپاره یې شبکه اړینه ده.

## ورکوونکی

check-issuer-matches = کیلي د { $issuer } ورکوونکي ده.
check-issuer-mismatch = سند { $issuer } ورکوونکی بولي، خو { $controller } لاسلیک کړی.
check-issuer-needs-network = چې د لاسلیک کیلي د ورکوونکي ده که نه، یوازې آنلاین ازمویل کېدای شي.
check-issuer-no-key = پرته له ازمویل شوي لاسلیک نه ده معلومه چې دا سند چا ورکړی.
check-issuer-missing = سند خپل ورکوونکی نه نوموي.
check-issuer-jwt-iss-mismatch = سند { $issuer } ورکوونکی بولي، خو د هغه شاوخوا ټوکن { $iss } نوموي.

## په یوه بنډل کې اسناد

check-nested-verified = په دې بنډل کې ټول { $count } اسناد هر یو جلا تایید شول.
check-nested-failed = په دې بنډل کې د { $position } شمېرې سند «{ $name }» تایید نه شو.
check-nested-unchecked = په دې بنډل کې د { $position } شمېرې سند «{ $name }» دلته نه شو ازمویل کېدای.
