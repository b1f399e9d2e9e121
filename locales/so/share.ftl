# Shaashadaha "La wadaag" iyo "Hubi caddayn".
# Locale: so. Reviewed by a native speaker: no (weli qof af-Soomaaliga ku hadla uma dib-u-eegin).

nav-share = La wadaag
nav-verify = Hubi caddayn

share-title = La wadaag caddayn
share-intro = Dooro shahaadooyin. Qof kastaa wuu hubin karaa koodhadhkooda QR internet la'aan, warqad ama shaashad ku yaal.
share-pick-title = Shahaadooyinka la wadaagayo
share-empty = Boorsadaada weli shahaado kuma jirto. Marka hore mid ku dar.
share-none-chosen = Dooro ugu yaraan hal shahaado si aad u aragto koodhadhkeeda QR.
share-code-alt = Koodhka QR { $index } ee { $total } ee { $name }
share-code-part = Koodh { $index } ee { $total }
share-sheet-title = Warqadda la daabacayo
share-second-lang = Luqadda labaad ee warqadda
share-sheet-info = Warqadda la daabacayo waxay leedahay { $pages ->
        [one] hal bog A4
       *[other] { $pages } bog A4
    }, oo ku qoran { $first } iyo { $second }.
share-privacy = Koodhadhku waxay xambaarsan yihiin shahaadada oo dhan, magacaaga oo ay ku jiraan. La wadaag oo keliya dadka aad adigu doorato.
share-save-title = Kaydi ama daabac
share-save-help = Magac ku dhammaada .pdf wuxuu kaydiyaa warqadda la daabacayo; .png wuxuu kaydiyaa koodhadhka oo keliya sawir ahaan.
share-save-submit = Kaydi
share-print = Daabac koodhadhka
share-print-help = Daabacaaddu waxay daabacdaa koodhadhka halkan ka muuqda. Warqadda oo dhan oo laba luqadood ah, kaydi PDF-ka oo daabac.
share-saved = Waa la kaydiyay: { $path } ({ $pages ->
        [one] hal bog
       *[other] { $pages } bog
    })

verify-title = Hubi caddayn
verify-intro = Fur caddayn qof ku siiyay: sawir ama iskaan koodhadhka QR, PDF-ka, ama koodhadhka qoraal ahaan. Waxaa lagu hubinayaa kumbuyuutarkan, internet la'aan.
verify-choose = Fur faylka caddaynta
verify-camera-photo = Kamarad ma haysid? Telefoon ku sawir koodhadhka oo halkan ku fur.
verify-camera-start = Ku iskaan garee kamarad
verify-camera-stop = Dami kamaradda
verify-camera-looking = Koodhka QR hor qabo kamaradda, si siman oo iftiin wanaagsan leh…
verify-camera-unavailable = Kamarad lama isticmaali karin. Sawir ka qaad koodhadhka oo halkan ku fur.
verify-busy = Koodhadhka waa la akhrinayaa…
verify-holder = Magaca qofka leh:
verify-compare-id = Magacan la barbar dhig dukumeenti aqoonsi. Nuqul koodh ah ayaa loo hubiyaa sida asalka oo kale.
verify-card-summary = Soo koobid, lama hubin
verify-link = Kani waa koodh xiriir. Erkend ma furo; adigu fur oo keliya haddii aad ku kalsoon tahay cinwaanka.
verify-issuer = Waxaa bixiyay
verify-issued = Taariikhda la bixiyay
verify-kind = Caddayn
verify-kind-credential = Shahaadada saxiixan oo dhan ({ $codes ->
        [one] hal koodh
       *[other] { $codes } koodh
    })
verify-kind-card = Kaar caddayn oo gaaban ({ $codes ->
        [one] hal koodh
       *[other] { $codes } koodh
    })
