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
