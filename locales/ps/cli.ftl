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
