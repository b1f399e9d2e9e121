# Fariimaha khaladaadka iyo talooyinka, oo ay wadaagaan khadka amarrada iyo barnaamijka.
# Locale: so. Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = Boorso kuma jirto { $path }.
hint-wallet-not-found = Marka hore mid ku samee “erkend init”, ama dooro fayl boorso oo kale.
error-wallet-exists = Boorso horey ayay ugu jirtay { $path }. Lama beddelin.
hint-wallet-exists = Taas fur, ama dooro magac fayl oo kale.
error-wrong-passphrase = Eray-sirtani ma furto boorsada. Waxba lama beddelin.
hint-wrong-passphrase = Hubi eray-sirta oo mar kale isku day. Xarfaha waaweyn way muhiim yihiin.
error-passphrase-required = Boorsadan waxaa ku xiran eray-sir.
hint-passphrase-required = Bixi eray-sirta (doorsoomaha deegaanka ERKEND_PASSPHRASE ama --passphrase-file).
error-wallet-too-new = Boorsadan waxaa sameeyay nooc ka cusub oo { -app-name } ah (qaabka { $found }; barnaamijkani wuxuu yaqaan ilaa { $supported }). Lama beddelin.
hint-wallet-too-new = Cusboonaysii { -app-name } si aad u furto.
error-wallet-damaged = Faylka boorsada wuu xumaaday. Nuqul ayaa lagu hayaa { $copy }; waxba lama tirtirin.
hint-wallet-damaged = Ka soo celi nuqul kayd ah, ama caawimo weydii si loo badbaadiyo nuqulka.
error-file-too-large = Faylkani aad buu u weyn yahay ({ $size } baayt). Xadku waa { $limit } baayt.
hint-file-too-large = Faylka calaamaddu caadi ahaan aad buu uga yar yahay. Hubi inaad dooratay faylka saxda ah.
error-empty-file = Faylkani waa madhan yahay.
hint-empty-file = Dooro faylka calaamadda ama shahaadada laftiisa.
error-not-a-file = { $path } waa gal, ma aha fayl.
hint-not-a-file = Dooro faylasha calaamadaha ee galka ku jira.
error-unreadable = Faylka { $path } lama akhrin karo: { $reason }
error-not-json = Faylkani ma aha calaamad ama shahaado uu { -app-name } akhrin karo ({ $reason }).
hint-not-json = Dooro Open Badge (JSON, PNG ama SVG) ama fayl shahaado.
error-too-deep = Faylkani wuxuu leeyahay in ka badan { $limit } heer oo isku jira, sidaa darteed ammaan awgeed waa la diiday.
error-unsupported-format = Nooca faylkan lama taageero ({ $detail }).
error-malformed-credential = Shahaadadani waa dhiman tahay ama waa jaban tahay: { $detail }.
error-credential-not-found = Shahaado leh aqoonsiga { $id } kuma jirto boorsadan.
hint-credential-not-found = Isticmaal “erkend list” si aad u aragto aqoonsiyada.
error-bad-language = “{ $tag }” ma aha calaamad luqadeed oo { -app-name } fahmi karo.
error-storage = Boorsada lama akhrin karin ama lama qori karin: { $reason }
error-io = Fayl lama akhrin karin ama lama qori karin: { $reason }
error-no-randomness = Nidaamku ma bixin karin tirooyin aan kala sii horreyn oo ammaan ah.
error-usage = Amarka lama fahmin ({ $detail }).
error-esco-data = Xogta xirfadaha ESCO ee ku dhex jirta lama isticmaali karin: { $detail }
hint-esco-data = Dib u rakib { -app-name }, ama tirtir faylka tusaha ESCO si dib loo dhiso.
error-esco-stopped = Waad joojisay diyaarinta liiska xirfadaha iyo shaqooyinka. Waxba isma beddelin.
hint-esco-stopped = Way dib u bilaabanaysaa marka aad mar kale furto shaashaddan. Hal mar oo keliya ayaa loo baahan yahay.

## Akhrinta faylasha calaamadaha

error-jws-malformed = Qoraalka calaamaddan la saxiixay waa go'an yahay ama waa jaban yahay ({ $detail }).
hint-jws-malformed = Mar kale koobiyee qoraalka calaamadda oo dhan, ama faylka ka codso bixiyaha.
error-png-damaged = Sawirka calaamaddan waa jaban yahay ({ $detail }).
hint-png-damaged = Mar kale ka soo dejiso sawirka calaamadda bixiyaha.
error-png-chunk-too-large = Qayb ka mid ah sawirkan waxay sheegtaa inay tahay { $size } baayt; xadku waa { $limit }. Ammaan awgeed waa la diiday.
error-png-too-many-chunks = Sawirkani wuxuu leeyahay in ka badan { $limit } qaybood, sidaa darteed ammaan awgeed waa la diiday.
error-image-too-large = Sawirkani wuxuu sheegtaa inuu yahay { $width } × { $height } pixel; xadka dhinac kastaa waa { $limit }. Ammaan awgeed waa la diiday.
error-decompressed-too-large = Xogta la cadaadiyay ee faylkan marka la furo waxay dhaafaysaa { $limit } baayt, sidaa darteed ammaan awgeed waa la diiday.
error-no-badge-data = Sawirkan calaamad kuma jirto.
hint-no-badge-data = Dooro sawirka calaamadda aad ka heshay bixiyaha, ma aha nuqul ama sawir shaashad.
error-baked-url-only = Sawirkani wuxuu keliya ka kooban yahay xiriir calaamad ({ $url }), ma aha calaamadda laftirkeeda. { -app-name } internetka uma galo inuu soo qaado.
hint-baked-url-only = Bixiyaha ka codso faylka calaamadda laftiisa (JSON), ama adigu fur xiriirka oo kaydi calaamadda.
error-xml-doctype-refused = Sawirkan SVG wuxuu leeyahay caddayn nooca dukumentiga, taas oo { -app-name } ammaan awgeed diido.
hint-xml-doctype-refused = Sawirrada calaamadaha uma baahna. Bixiyaha ka codso nuqul cusub.
error-svg-malformed = Sawirkan SVG waa jaban yahay ({ $detail }).
error-too-many-nested = Xirmadani waxay ka kooban tahay in ka badan { $limit } shahaado, sidaa darteed ammaan awgeed waa la diiday.
error-backup-not-a-backup = Faylkani ma aha nuqul kayd ah oo { -app-name }.
hint-backup-not-a-backup = Dooro faylka uu qoray `erkend backup`. Waxba lama beddelin.
error-backup-truncated = Faylka kaydkani ma dhammaystirna: waa la gooyay. Waxba lama beddelin.
hint-backup-truncated = Mar kale ka koobiyee kaydka meesha aad ku hayso, oo hubi in koobiyeyntu dhammaatay.
error-backup-unsupported-version = Kaydkan waxaa sameeyay { -app-name } ka cusub (nooca { $found }; barnaamijkani wuxuu akhriyaa ilaa { $supported }). Waxba lama beddelin.
hint-backup-unsupported-version = Cusboonaysii { -app-name } oo mar kale soo celi.
error-backup-too-large = Kaydkani wuxuu sheegtaa inuu hayo { $size } baayt; xadku waa { $limit }. Ammaan awgeed waa la diiday.
error-backup-wrong-passphrase-or-damaged = Kaydkani ma furmo: eray-sirta waa khaldan tahay, ama faylka waa la beddelay ama waa xumaaday. Waxba lama beddelin.
hint-backup-wrong-passphrase-or-damaged = Hubi eray-sirta kaydka (ERKEND_BACKUP_PASSPHRASE, haddii kale tan boorsada). Haddii ay saxan tahay, faylku waa xumaaday: isticmaal nuqul kale.
error-backup-passphrase-required = Kaydka waa in lagu xiraa eray-sir, mana jirto mid la bixiyay.
hint-backup-passphrase-required = Deji ERKEND_BACKUP_PASSPHRASE (ama bixi eray-sirta boorsada).

## Khasnadaha barataha, saxiixa iyo taageerooyinka

error-vault-not-found = Khasnadda barataha { $id } kuma jirto kombiyuutarkan.
hint-vault-not-found = Ka dooro khasnaddaada liiska, ama samee mid cusub.
error-vault-card-invalid = { $field ->
        [avatar] Sawirka
       *[other] Magaca
    } ee ka muuqda liiska astaanta wuxuu yeelan karaa ugu badnaan { $max } xaraf, xarfo xakameyn ah la'aan.
error-signing-failed = Tan lama saxiixi karin: { $detail }
error-signer-name-required = Saxiixu wuxuu u baahan yahay magacaaga, si barataha u arko cidda damiinta u ah.
hint-signer-name-required = Hal mar magacaaga ku bixi --name (iyo hay'addaada --organisation); boorsadu way xasuusanaysaa.
error-endorsement-request-invalid = Tani ma aha codsi taageero oo Erkend akhrin karo: { $detail }
hint-endorsement-request-invalid = Barataha ka codso inuu mar kale codsiga ka soo saaro boorsadiisa Erkend.
error-endorse-target-has-no-id = Shahaadada { $id } ma laha aqoonsi u gaar ah, sidaa darteed taageero ma tilmaami karto.
hint-endorse-target-has-no-id = Taa beddelkeeda codso taageero xirfad, ama shahaado kale.

## Koodhka soo celinta, liisaska kalsoonida iyo internetka

error-recovery-code-invalid = Kani ma aha koodh soo celin oo ansax ah: xaraf ayaa khaldan, maqan ama dheeraad ah.
hint-recovery-code-invalid = Mar kale ka koobiyee koodhka waraaqdaada soo celinta: 32 xaraf iyo lambar oo afar-afar loo kooxeeyay. Xariiqyada, meelaha bannaan iyo xarfaha waaweyn ama yaryar muhiim ma aha.
error-trust-list-malformed = Faylkani ma aha liis kalsooni ({ $detail }).
hint-trust-list-malformed = Qofkii ku siiyay liiska ka codso faylka uu saxiixay.
error-trust-list-tampered = Liiskan kalsoonida waa la beddelay kadib markii la saxiixay, sidaa darteed waa la diiday.
hint-trust-list-tampered = Nuqul cusub oo liiska ka hel hay'adda soo saarta. Waxba lama rakibin.
error-trust-list-expired = Liiskan kalsoonida hadda ansax ma aha (ansaxnimadiisu waxay dhammaanaysaa ama bilaabanaysaa { $until }), sidaa darteed waa la diiday.
hint-trust-list-expired = Liiska hadda jira ka hel hay'adda soo saarta.
error-trust-list-unknown-signer = Liiskan kalsoonida waxaa saxiixay fure uusan { -app-name } aqoon: { $key }.
hint-trust-list-unknown-signer = Keliya haddii hay'adda ku siisay liiska ay xaqiijiso furahan, ku rakib --accept-key { $key }.
error-url-refused = { -app-name } wuxuu keliya soo qaadaa cinwaanno ammaan ah (https); { $url } lama soo qaadin.
error-fetch-failed = { $url } lama soo qaadi karin ({ $reason }).
hint-fetch-failed = Hubi xiriirka internetka oo mar dambe isku day. Wax kasta oo hore loo hubiyay sidiisa ayuu ahaanayaa.
error-fetch-too-large = { $url } wuxuu soo diray in ka badan { $limit } baayt; soo dejintii waa la joojiyay.
error-profile-invalid = Qoraalkan astaanta lama kaydin karo: { $field } — { $reason }.
hint-profile-invalid = Taariikhaha waxaa loo qoraa 2024-05 ama 2024-05-31; heerarka luqadda sida A1, A2, B1, B2, C1 ama C2; xiriirrada sida cinwaannada xirfadaha ama shaqooyinka ESCO (http://data.europa.eu/esco/…).
error-route-step-not-found = Waddadaada waxbarashada ma laha tallaabo { $id }.
hint-route-step-not-found = Aqoonsiyada tallaabooyinka ku arag: erkend route show --json
error-route-no-target = Waddadaada waxbarashada weli ma laha hadaf, sidaa darteed tallaabooyin lama dari karo.
hint-route-no-target = Marka hore dooro shaqo hadaf ah: erkend route set-target URI

## Caddaymaha la wadaagi karo (koodhadhka QR)

error-proof-base45-character = Koodhkan caddaynta wuxuu leeyahay xaraf aan ku habboonayn (meesha { $position }). Waxaa laga yaabaa in si khaldan loo akhriyay ama la beddelay.
hint-proof-base45-character = Mar kale iskaan garee koodhka, ama isticmaal caddaynta asalka ah ee la daabacay.
error-proof-base45-length = Koodhkan caddaynta ma dhammaystirna ({ $length } xaraf ma noqon karaan koodh dhan).
hint-proof-base45-length = Mar kale iskaan garee koodhka; qayb ka mid ah ayaa maqnaan karta.
error-proof-base45-overflow = Koodhkan caddaynta wuu jaban yahay meesha { $position }.
error-proof-unknown-prefix = Kani ma aha koodh caddayn oo { -app-name }, ama wuxuu ka yimid nooc uusan barnaamijkani aqoon.
hint-proof-unknown-prefix = Hubi inaad iskaan garaysay koodhka saxda ah; cusboonaysii { -app-name } haddii caddayntu ka cusub tahay.
error-proof-unknown-format = Koodhkan caddaynta wuxuu isticmaalaa qaab uusan barnaamijkani aqoon (qaabka { $byte }).
hint-proof-unknown-format = Cusboonaysii { -app-name } si aad u akhrido.
error-proof-empty = Koodhkan caddaynta waa madhan yahay.
error-proof-too-long = Koodhkani aad buu u dheer yahay inuu noqdo caddayn ({ $length } xaraf; ugu badnaan { $limit }). Ammaan awgeed waa la diiday.
error-proof-chunk-header = Summadda qaybtan koodhka caddaynta waa jaban tahay ({ $detail }).
error-proof-too-many-chunks = Caddayntani waxay sheegtaa inay leedahay { $total } qaybood; ugu badnaan { $limit } ayaa la oggol yahay. Waa la diiday.
error-proof-chunk-duplicate = Qaybta { $index } ee caddaynta { $set } laba jeer ayaa la bixiyay.
hint-proof-chunk-duplicate = Qayb kasta oo caddaynta ah hal mar bixi.
error-proof-chunk-missing = Caddaynta { $set } ma dhammaystirna: qaybta { $missing } ayaa maqan.
hint-proof-chunk-missing = Iskaan garee koodh kasta oo caddaynta ah; qoraallada koodhadhka hoostooda ayaa sheegaya inta ay yihiin.
error-proof-chunk-mixed = Qaybaha caddaynta { $set } isma wada laha.
hint-proof-chunk-mixed = Qaybo caddaymo kala duwan ayaa la isku daray. Iskaan garee koodhadhka hal caddayn oo keliya.
error-proof-inflate-too-large = Caddayntani marka la furo waxay noqonaysaa in ka badan { $limit } baayt. Ammaan awgeed waa la diiday.
error-proof-inflate-damaged = Xogta koodhkan caddaynta waa jaban tahay ama waa la gooyay.
hint-proof-inflate-damaged = Mar kale iskaan garee koodhka, ama isticmaal caddaynta asalka ah ee la daabacay.
error-proof-wrong-dictionary = Koodhkan caddaynta waxaa loo xirxiray si aan la jaanqaadayn qaabkiisa.
error-proof-trailing-bytes = Koodhkan caddaynta wuxuu dhammaadkiisa ku leeyahay xog dheeraad ah. Waa la diiday.
error-proof-card-malformed = Kaarkan caddaynta waa jaban yahay ({ $detail }).
error-proof-card-algorithm = Kaarkan caddaynta wuxuu isticmaalaa hab saxiix oo aan la oggolayn.
error-proof-too-large-for-codes = Shahaadadani aad bay u weyn tahay in loo daabaco koodhadh ahaan ({ $bytes } baayt; ugu badnaan { $codes } koodh). Waxay u badan tahay inay sawirro ku jiraan.
hint-proof-too-large-for-codes = Taa beddelkeeda u wadaag xiriir ahaan (haddii bixiyuhu internetka ku hayo), ama fayl ahaan.
error-proof-no-codes = Faylkan laguma helin koodh caddayn.
hint-proof-no-codes = Isticmaal sawir ama iskaan cad oo iftiin fiican leh, oo koodh kastaa dhan yahay.
error-proof-image-unreadable = Sawirkan lama akhrin karo ({ $detail }).
error-proof-pdf-unreadable = PDF-kan lama akhrin karo ({ $detail }).
error-proof-file-type = Caddaymuhu ma isticmaali karaan faylal nooca “{ $ext }”.
hint-proof-file-type = Isticmaal .pdf, .png ama .txt si aad u kaydiso; .pdf, .png, .jpg ama .txt si aad u xaqiijiso.
error-proof-no-hosted-url = Shahaadadani ma laha cinwaan internet oo bixiyuhu ku muujiyo, sidaa darteed koodh xiriir lama samayn karo.
error-pdf-qr-too-large = Koodhka QR ma qaadi karo { $chars } xaraf, sidaa darteed caddaynta lama daabicin.
hint-pdf-qr-too-large = Shahaadada u qaybi koodhadh badan, ama taa beddelkeeda u wadaag xiriir ahaan.
error-pdf-write = PDF-ka lama samayn karin ({ $detail }).
