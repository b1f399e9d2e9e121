# د erkend د قوماندې کرښې د وسیلې پیغامونه.
# Locale: ps. Reviewed by a native speaker: no.

cli-init-done-encrypted = بټوه په { $path } کې جوړه شوه او ستاسو د پټ نوم په واسطه ساتل کېږي.
cli-init-done-plain = بټوه په { $path } کې پرته له پټ نوم جوړه شوه: هر څوک چې دې کمپیوټر ته لاسرسی لري، لوستلای یې شي.
cli-import-imported = { $file }: د { $id } په توګه راوړل شو
cli-import-duplicate = { $file }: دمخه په بټوه کې د { $id } په توګه دی
cli-import-rejected = { $file }: رد شو. { $reason }
cli-list-count = { $count ->
    [0] بټوه تشه ده.
    [one] یو سند:
   *[other] { $count } اسناد:
}
verified-true = تایید شو
verified-false = تایید نه شو
verified-null = نه دی ازمویل شوی
cli-export-done = اصلي بایټونه په { $path } کې ولیکل شول.
cli-esco-building = د ESCO د مهارتونو فهرست جوړېږي (یوازې لومړی ځل)… ٪{ $percent }
cli-backup-done = د { $count } اسنادو کوډ شوی بیک اپ په { $path } کې ولیکل شو. پټ نوم وساتئ: له هغه پرته بیک اپ نه پرانیستل کېږي.
cli-restore-done = بېرته راوړل شو: { $count } اسناد ورزیات شول، { $duplicates } دمخه په بټوه کې وو.

cli-route-none = لا د زده کړې لاره نشته. یوه موخه دنده وټاکئ: erkend route set-target URI
cli-route-target = { $count ->
    [0] { $target } ته لاره: تاسو دمخه ټول اساسي مهارتونه لرئ.
    [one] { $target } ته لاره: یو ګام.
   *[other] { $target } ته لاره: { $count } ګامونه.
}
cli-route-status-planned = پلان شوی
cli-route-status-in-progress = روان دی
cli-route-status-done = بشپړ شو

## تاییدونه او شاهدي

cli-import-endorsement-imported = { $file }: تایید { $id } وازمویل شو او له سند سره ونښلول شو
cli-import-endorsement-duplicate = { $file }: تایید دمخه په بټوه کې د { $id } په توګه دی
cli-import-endorsement-kept-imported = { $file }: تایید { $id } وساتل شو، خو ونه نښلول شو: هغه سند چې دا یې تاییدوي (لا) په دې بټوه کې نشته. کله چې هغه سند ورزیات کړئ، ورسره نښلول کېږي.
cli-import-endorsement-kept-duplicate = { $file }: تایید دمخه په بټوه کې د { $id } په توګه دی (نه دی نښلول شوی)
cli-endorse-review = تاسو دا تایید د { $name } ({ $did }) په توګه لاسلیک کوئ:
cli-endorse-review-about = د څه په اړه: { $kind } { $id }
cli-endorse-review-summary = سند: { $name }، د { $issuer } له خوا په { $issued } ورکړل شوی
cli-endorse-review-skills = مهارتونه: { $skills }
cli-endorse-review-learner = چا لپاره: { $learner }
cli-endorse-review-comment = ستاسو خبرې: { $comment }
cli-endorse-kind-credential = سند
cli-endorse-kind-achievement = لاسته راوړنه
cli-endorse-kind-skill = مهارت
# د لاسلیک شوي تایید خپل نوم.
cli-endorse-credential-name = تایید: { $target }
cli-endorse-done = تایید لاسلیک شو او په { $path } کې ولیکل شو. دا فایل زده کوونکي ته ورکړئ.
cli-endorse-dry-run = هېڅ شی لاسلیک نه شو (‎--dry-run).
cli-request-done = د تایید غوښتنه په { $path } کې ولیکل شوه. خپل لارښود یا مسؤل ته یې ورکړئ؛ د هغوی ځواب د «erkend import» په واسطه ورزیات کړئ.
cli-attest-done = شاهدي لاسلیک شوه او په { $path } کې ولیکل شوه. دا فایل زده کوونکي ته ورکړئ.
attest-evidence-tasks = کارونه
attest-evidence-goals = د زده کړې هغه موخې چې ترلاسه شوې
attest-evidence-evaluation = ارزونه: ایا کار د زده کړې په خدمت کې و؟
attest-evidence-place = ځای
attest-answer-yes = هو
attest-answer-no = نه

## د بېرته راګرځولو پاڼه

cli-recovery-sheet-done = د بېرته راګرځولو پاڼه په { $path } کې ولیکل شوه. چاپ یې کړئ، په خوندي ځای کې یې وساتئ، بیا فایل ړنګ کړئ. له اوس وروسته هر بیک اپ چې جوړېږي، د دې کوډ په واسطه پرانیستل کېږي.
recovery-sheet-title = د Erkend د بېرته راګرځولو پاڼه — ستاسو د بېرته راګرځولو کوډ
recovery-sheet-explain = دا کوډ ستاسو د بټوې هر هغه بیک اپ پرانیزي چې د دې پاڼې له چاپ وروسته جوړ شوی، حتی که پټ نوم مو هېر شي. لکه کیلي یې خوندي او پټ وساتئ: هر څوک چې دا کوډ او یو بیک اپ ولري، ستاسو بټوه لوستلای شي. د کارولو لپاره: ERKEND_RECOVERY_CODE په دې کوډ وټاکئ او دا قومانده وچلوئ: erkend restore BACKUP-FILE
