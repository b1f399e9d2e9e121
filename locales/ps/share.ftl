# د «شریکول» او «د ثبوت تایید» پاڼې.
# Locale: ps. Reviewed by a native speaker: no (لا تر اوسه د پښتو ژبې د یوه اصلي ویونکي له خوا نه دي کتل شوي).

nav-share = شریکول
nav-verify = ثبوت تایید کړئ

share-title = یو ثبوت شریک کړئ
share-intro = اسناد وټاکئ. هر څوک کولی شي د هغوی QR کوډونه پرته له انټرنېټه، په کاغذ یا پر پرده، وڅېړي.
share-pick-title = هغه اسناد چې شریکوئ یې
share-empty = ستاسو په بټوه کې لا هېڅ سند نشته. لومړی یو سند ورزیات کړئ.
share-none-chosen = لږ تر لږه یو سند وټاکئ ترڅو یې QR کوډونه ووینئ.
share-code-alt = د { $name } لپاره د { $total } څخه { $index } QR کوډ
share-code-part = کوډ { $index } له { $total }
share-sheet-title = چاپي پاڼه
share-second-lang = په پاڼه کې دویمه ژبه
share-sheet-info = چاپي پاڼه { $pages ->
        [one] یو A4 مخ
       *[other] { $pages } A4 مخونه
    } لري، په { $first } او { $second } ژبو.
share-privacy = کوډونه ټول سند لري، ستاسو نوم هم. یوازې له هغو کسانو سره یې شریک کړئ چې تاسو یې ټاکئ.
share-save-title = خوندي کول یا چاپول
share-save-help = هغه نوم چې په ‎.pdf‎ پای ته رسېږي چاپي پاڼه خوندي کوي؛ ‎.png‎ یوازې کوډونه د انځور په توګه خوندي کوي.
share-save-submit = خوندي کړئ
share-print = کوډونه چاپ کړئ
share-print-help = چاپ هغه کوډونه چاپوي چې دلته ښکاري. د دوو ژبو بشپړې پاڼې لپاره PDF خوندي کړئ او هغه چاپ کړئ.
share-saved = خوندي شو: { $path } ({ $pages ->
        [one] یو مخ
       *[other] { $pages } مخونه
    })

verify-title = د ثبوت تایید
verify-intro = هغه ثبوت پرانیزئ چې چا درکړی: د QR کوډونو انځور یا سکن، PDF، یا کوډونه د متن په توګه. دا پر همدې کمپیوټر پرته له انټرنېټه څېړل کېږي.
verify-choose = د ثبوت فایل پرانیزئ
verify-camera-photo = کمره نشته؟ په ټیلیفون د کوډونو عکس واخلئ او دلته یې پرانیزئ.
verify-camera-start = په کمرې سکن کول
verify-camera-stop = کمره بندول
verify-camera-looking = د QR کوډ د کمرې مخې ته هوار او په ښه رڼا کې ونیسئ…
verify-camera-unavailable = هېڅ کمره ونه کارول شوه. د کوډونو عکس واخلئ او دلته یې پرانیزئ.
verify-busy = کوډونه لوستل کېږي…
verify-holder = د سند د لرونکي نوم:
verify-compare-id = دا نوم د پېژند له یوه سند (تذکرې) سره پرتله کړئ. د کوډ کاپي هم لکه اصلي تایيدېږي.
verify-card-summary = لنډیز، نه دی تایید شوی
verify-link = دا د لینک کوډ دی. Erkend یې نه پرانیزي؛ یوازې هغه مهال یې پخپله پرانیزئ چې پر پته باور لرئ.
verify-issuer = ورکوونکی
verify-issued = د ورکړې نېټه
verify-kind = ثبوت
verify-kind-credential = ټول لاسلیک شوی سند ({ $codes ->
        [one] یو کوډ
       *[other] { $codes } کوډونه
    })
verify-kind-card = یو لنډ ثبوت کارت ({ $codes ->
        [one] یو کوډ
       *[other] { $codes } کوډونه
    })
