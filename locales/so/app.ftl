# Fariimaha barnaamijka kombiyuutarka (ui/). Khaladaadka iyo talooyinka waxay ku jiraan errors.ftl, hubinta checks.ftl.
# Locale: so. Reviewed by a native speaker: no (weli qof af-Soomaaliga ku hadla uma dib-u-eegin).

## Qaabka guud

app-title = { -app-name }: shahaadooyinkaaga
app-brand = { -app-name }
skip-to-content = U gudub waxa ku jira
nav-label = Liiska weyn
nav-wallet = Shahaadooyinkayga
nav-import = Ku dar shahaadooyin
language-label = Luqadda
wallet-unprotected-banner = Boorsadan KUMA xirna eray-sir. Qof kasta oo isticmaala kombiyuutarkan wuu furi karaa oo akhrin karaa shahaadooyinkaaga.
wallet-path-label = Faylka boorsada:
fatal-title = Boorsada lama furi karo

## Markii ugu horreysay: samee boorsada

create-title = Soo dhawoow! Samee boorsadaada
create-intro = Boorsadaadu waxay calaamadahaaga iyo shahaadooyinkaaga ku kaydisaa kombiyuutarkan. Waxba meelna looma diro.
create-protected-title = Ku xir eray-sir (waa lagula talinayaa)
create-passphrase-label = Eray-sir
create-passphrase-help = Dooro dhowr eray oo aad xasuusan doonto. La'aantiis qofna ma furi karo boorsada, xataa adiga: meel ammaan ah ku qor.
create-confirm-label = Mar kale qor eray-sirta
create-submit = Samee boorsad xiran
create-error-empty = Marka hore qor eray-sir, ama hoos ka samee boorsada eray-sir la'aan.
create-error-mismatch = Labada eray-sir isku mid ma aha. Mar kale qor.
create-plain-title = Ama: eray-sir la'aan
create-plain-warning = Boorsad aan eray-sir lahayn MA XIRNA. Qof kasta oo isticmaala kombiyuutarkan wuu furi karaa oo akhrin karaa shahaadooyinkaaga.
create-plain-ack = Waan fahmay in boorsadaydu aanay xirnaan doonin.
create-plain-submit = Samee boorsada eray-sir la'aan

## Furid

unlock-title = Fur boorsadaada
unlock-passphrase-label = Eray-sir
unlock-submit = Fur boorsada

## Liiska

wallet-title = Shahaadooyinkayga
wallet-add = Ku dar shahaadooyin
wallet-empty-title = Boorsadaadu waa madhan tahay
wallet-empty-text = Ku dar faylka calaamad ama shahaado aad heshay, tusaale ahaan koorso ama la-taliye shaqo.
card-issuer = Ka yimid:
card-learner = Loo bixiyay:
card-issued = La bixiyay:
verdict-verified = Waa la xaqiijiyay
verdict-failed = Lama xaqiijin: hubin ayaa guuldareysatay
verdict-unchecked = Weli lama hubin

## Ku darid

import-title = Ku dar shahaadooyin
import-drop-hint = Faylasha calaamadaha ama shahaadooyinka u jiid daaqaddan, ama ka dooro kombiyuutarkaaga.
import-choose = Dooro faylal
import-results-title = Natiijooyinka
import-result-imported = Waa lagu daray boorsadaada.
import-result-duplicate = Horeba wuu ugu jiray boorsadaada; waxba isma beddelin.
import-result-rejected = Lama darin.

## Faahfaahinta shahaadada

detail-back = Ku noqo shahaadooyinkayga
detail-issuer = Waxaa bixiyay
detail-learner = Waxaa loo bixiyay
detail-achievement = Guusha
detail-description = Sharaxaad
detail-criteria = Sida loo helay
detail-issued = Taariikhda la bixiyay
detail-valid-from = Ansax laga bilaabo
detail-valid-until = Ansax ilaa
detail-format = Qaabka
detail-source = Faylka
detail-imported = La daray
detail-credential-id = Aqoonsiga shahaadada
detail-issuer-id = Aqoonsiga bixiyaha
detail-sha256 = Faraha (SHA-256)
detail-skills = Xirfadaha (ESCO)
detail-checks-title = Waxa la hubiyay
detail-no-checks = Weli waxba lama hubin.
detail-check-outcome-passed = Wuu gudbay
detail-check-outcome-failed = Wuu dhacay
detail-check-outcome-unchecked = Lama hubin
detail-check-name-signature = Saxiixa
detail-check-name-issuer = Bixiyaha
detail-check-name-hosted = Nuqulka bixiyaha
detail-check-name-expiry = Taariikhda dhammaadka
detail-check-name-not-before = Taariikhda bilowga
detail-check-name-status = Ka noqosho
detail-check-name-schema = Dhismaha
detail-check-name-nested = Shahaadooyinka xirmada ku jira

## Khaladaad uu barnaamijku keliya bixiyo

error-wallet-locked = Boorsada weli lama furin.
hint-wallet-locked = Marka hore ku fur boorsada eray-sirteeda.
error-bad-request = Barnaamijku wuxuu diray codsi aan dhammaystirnayn ({ $what }). Fadlan isku day mar kale.
error-ipc = Wax baa ku qaldamay barnaamijka gudihiisa: { $reason }

## Macluumaadka shahaadada yar (talada Golaha Midowga Yurub)

detail-awarding-body = Waxaa siiyay
detail-ects = Dhibcaha ECTS
detail-workload = Culeyska shaqada (saacado)
detail-eqf = Heerka EQF
detail-nqf = Heerka qaranka
detail-assessment = Nooca qiimaynta
detail-participation = Qaabka ka qaybgalka
detail-quality-assurance = Hubinta tayada
detail-learning-outcomes = Natiijooyinka waxbarashada

## Hagidda

nav-profile = Xirfadahayga
nav-match = Shaqooyin ii habboon
nav-route = Waddadayda
nav-settings = Dejinta
nav-about = Ku saabsan
nav-lock = Xir

## Raadin, kala horreyn, shaandheyn

wallet-search-label = Raadi
wallet-sort-label = Kala horreynta
wallet-sort-date-desc = Kuwa ugu cusub marka hore
wallet-sort-date-asc = Kuwa ugu duqsan marka hore
wallet-sort-issuer = Bixiyaha
wallet-sort-name = Magaca
wallet-sort-status = Dhibaatooyinka marka hore
wallet-filter-issuer = Bixiyaha
wallet-filter-skill = Xirfad
wallet-filter-status = Xaaladda
wallet-filter-year = Sannadka
wallet-filter-all = Dhammaan
wallet-count = { $total ->
    [one] { $shown } ka mid ah { $total } shahaado ayaa la muujiyay
   *[other] { $shown } ka mid ah { $total } shahaado ayaa la muujiyay
}

## Ku darid: horumar

import-cancel = Jooji
import-progress = Waxaa lagu darayaa faylka { $done } ee { $total }…
import-summary = { $total ->
    [one] 1 fayl: { $imported } waa la daray, { $duplicate } horey ayuu u jiray, { $rejected } lama darin.
   *[other] { $total } fayl: { $imported } waa la daray, { $duplicate } horey ayay u jireen, { $rejected } lama darin.
}
import-summary-cancelled = Waa la joojiyay kadib { $done } ka mid ah { $total } fayl: { $imported } waa la daray, { $duplicate } horey ayay u jireen, { $rejected } lama darin.

## Faahfaahin: dheeraad

detail-checked-at = Hubintii ugu dambeysay
detail-reverify = Hadda mar kale hubi
detail-endorsements-title = Taageerooyin
detail-no-endorsements = Weli qofna ma taageerin shahaadadan.
detail-endorsement-credential = { $endorser } ayaa damiin u ah shahaadadan.
detail-endorsement-achievement = { $endorser } ayaa damiin u ah guushan.
detail-endorsement-issuer = { $endorser } ayaa damiin u ah bixiyaha.
detail-micro-title = Macluumaadka shahaadada yar
detail-micro-help = Midowga Yurub wuxuu codsadaa in shahaado yar kastaa sheegto macluumaadkan. Liiskani wuxuu muujinayaa kuwa shahaadadani sheegto.
micro-learner = Cidda heshay
micro-title = Cinwaanka
micro-awarding-body = Cidda bixisay
micro-date = Taariikhda
micro-outcomes = Natiijooyinka waxbarashada
micro-workload = Culeyska shaqada (ECTS ama saacado)
micro-level = Heerka (EQF ama qaran)
micro-assessment = Nooca qiimaynta
micro-participation = Qaabka ka qaybgalka
micro-quality = Hubinta tayada
micro-present = Waa la sheegay
micro-absent = Lama sheegin
micro-summary = Shahaadadani waxay sheegtaa { $count } ka mid ah { $total } macluumaad.
detail-export-title = Kaydi faylka asalka ah
detail-export-help = Wuxuu kaydiyaa faylka sidii aad u heshay, tusaale ahaan si aad u siiso loo-shaqeeye ama ugu kaydiso USB.
detail-export-submit = Kaydi faylka
save-path-label = U kaydi sida (waddada oo dhan)
open-path-label = Faylka la furayo (waddada oo dhan)
saved-to = Waa la kaydiyay: { $path }

## Maxaa la sameeyaa haddii hubin aanay gudbin

detail-check-todo-signature-failed = Ha aaminin nuqulkan. Bixiyaha ka codso mid cusub.
detail-check-todo-signature-unchecked = Waxa ku jira waxay noqon karaan sax, laakiin weli qofna ma caddayn karo. Bixiyaha ka codso nooc la saxiixay (Open Badges 3.0).
detail-check-todo-issuer-failed = Bixiyaha lama xaqiijin karin. Weydii hay'adda ku siisay.
detail-check-todo-issuer-unchecked = Cidda bixisay waxaa lagu xaqiijin karaa internetka oo keliya. Ka codso la-taliye inuu kula hubiyo.
detail-check-todo-hosted-failed = Nuqulka bixiyaha isma waafaqsana. Weydii bixiyaha.
detail-check-todo-hosted-unchecked = Bixiyaha wuxuu nuqul ku hayaa internetka; { -app-name } internetka ma galo. La-taliye ayaa kula eegi kara.
detail-check-todo-expiry-failed = Shahaadadan wakhtigeedii waa dhammaaday. Weydii bixiyaha haddii aad cusboonaysiin karto.
detail-check-todo-expiry-unchecked = Taariikhda dhammaadka lama akhrin karin. Weydii bixiyaha taariikhda loola jeedo.
detail-check-todo-not-before-failed = Shahaadadan weli ansax ma aha. Sug ilaa taariikhda bilowgeeda.
detail-check-todo-not-before-unchecked = Taariikhda bilowga lama akhrin karin. Weydii bixiyaha taariikhda loola jeedo.
detail-check-todo-status-failed = Bixiyaha ayaa ka noqday shahaadadan. Weydii bixiyaha sababta.
detail-check-todo-status-unchecked = In laga noqday iyo in kale waxaa lagu hubin karaa internetka oo keliya. Weydii bixiyaha haddii aad u baahan tahay inaad hubiso.
detail-check-todo-schema-failed = Qaybo ka mid ah faylkan way maqan yihiin ama waa khaldan yihiin. Bixiyaha ka codso fayl dhammaystiran.
detail-check-todo-schema-unchecked = Dhismaha si buuxda looma hubin karin. Badanaa taasi dhibaato ma aha.

## ESCO

esco-building = Liiska xirfadaha iyo shaqooyinka ayaa la diyaarinayaa (markii ugu horreysay oo keliya): { $percent } %
esco-search-label-skill = Raadi xirfad
esco-search-label-occupation = Raadi shaqo
esco-search-help = Qor ugu yaraan laba xaraf. Natiijooyinku hoos ayay ka muuqdaan.
esco-search-none = Waxba lama helin. Isku day eray kale.
esco-fallback-mark = { $lang ->
    [en] Ingiriisi
    [nl] Nederlandes
    [fr] Faransiis
   *[other] { $lang }
}

## Astaanta xirfadaha

profile-title = Xirfadahayga
profile-intro = Xirfadaha shahaadooyinkaaga iyo xirfadaha aad adigu ku dartay. Calaamaddu waxay muujinaysaa sida caddayntu u xoog badan tahay.
profile-empty = Weli xirfado ma jiraan. Ku dar shahaadooyin, ama hoos adigu ku dar xirfad.
profile-add-title = Adigu ku dar xirfad
profile-group-skill = Xirfado ({ $count })
profile-group-knowledge = Aqoon ({ $count })
profile-group-language = Luqado ({ $count })
profile-group-transversal = Xirfado shaqo kasta loo baahan yahay ({ $count })
profile-group-other = Kuwo kale ({ $count })
evidence-verified-credential = Waxaa caddeeyay shahaado la xaqiijiyay
evidence-endorsed = Qof ayaa taageeray
evidence-mentor-observed = Hage ayaa arkay
evidence-self-declared = Weli lama caddayn
profile-shown-by = { $count ->
    [one] Waxay ka muuqataa hal shahaado:
   *[other] Waxay ka muuqataa { $count } shahaado:
}

## Shaqooyin habboon

match-title = Shaqooyin ii habboon
match-intro = Shaqooyin ka mid ah liiska Yurub (ESCO) oo ku habboon xirfadaha astaantaada. Inta badan ee xirfadaha aasaasiga ah ee shaqo aad leedahay, ayay kuu habboonaataa.
match-search-title = Intee shaqadani ii habboon tahay?
match-best-title = Kuwa ugu habboon
match-none = Weli ma jiraan shaqooyin habboon. Marka hore xirfado ku dar astaantaada.
match-fit = Habboonaan { $percent }: waxaad leedahay { $have } ka mid ah { $total } xirfadood oo aasaasi ah.
match-missing = { $count ->
    [one] 1 xirfad aasaasi ah ayaa maqan
   *[other] { $count } xirfadood oo aasaasi ah ayaa maqan
}
match-use-as-target = Ka dhig hadafkayga

## Waddada waxbarashada

route-title = Waddadayda
route-none = Weli ma aadan dooran hadaf. Hoos ka raadi shaqo.
route-target-label = Hadafkayga:
route-progress = { $done } ka mid ah { $total } tallaabo ayaa la dhammeeyay.
route-no-steps = Horeba waxaad leedahay dhammaan xirfadaha aasaasiga ah ee shaqadan.
route-choose-title = Dooro hadaf
route-choose-help = Hadaf cusub ayaa beddelaya waddada hadda jirta.
route-status-label = Xaaladda
route-status-planned = La qorsheeyay
route-status-in-progress = Waan ku jiraa
route-status-done = La dhammeeyay
route-kind-earn-credential = Hel calaamad ama shahaado
route-kind-work-based-learning = Wax ku baro shaqada
route-kind-language-goal = Hadaf luqadeed
route-kind-practical = Tallaabo ficil ah

## Dejinta

settings-title = Dejinta
settings-language-title = Luqadda
settings-reverify-title = Mar kale hubi dhammaan shahaadooyinka
settings-reverify-help = Wuxuu mar kale ku hubiyaa shahaado kasta taariikhda maanta, tusaale ahaan si aad u aragto kuwa wakhtigoodu dhammaaday.
settings-reverify-submit = Mar kale hubi dhammaan
reverify-progress = Waxaa la hubinayaa { $done } ee { $total }…
reverify-done = { $total ->
    [one] Shahaadada mar kale ayaa la hubiyay.
   *[other] Dhammaan { $total } shahaado mar kale ayaa la hubiyay.
}
reverify-cancelled = Waa la joojiyay: { $done } ka mid ah { $total } shahaado ayaa mar kale la hubiyay.
settings-backup-title = Samee nuqul kayd ah
settings-backup-help = Wuxuu dhammaan shahaadooyinkaaga, xirfadahaaga iyo waddadaada ku kaydiyaa hal fayl oo xiran. Ku hay USB ama meel kale oo ammaan ah.
settings-backup-passphrase = Eray-sirta nuqulka kaydka
settings-backup-submit = Kaydi nuqulka
settings-restore-title = Soo celi nuqul kayd ah
settings-restore-help = Wuxuu wax kasta oo ku jira faylka kaydka ku darayaa boorsadan. Halkan waxba lagama tirtirayo.
settings-restore-submit = Soo celi
settings-restore-done = { $count ->
    [one] Waa la soo celiyay: 1 shahaado ayaa lagu daray, { $duplicates } horey ayay u jireen.
   *[other] Waa la soo celiyay: { $count } shahaado ayaa lagu daray, { $duplicates } horey ayay u jireen.
}

## Ku saabsan

about-title = Ku saabsan { -app-name }
about-intro = { -app-name } wuxuu calaamadahaaga iyo shahaadooyinkaaga ku kaydiyaa kombiyuutarkan, wuxuu hubiyaa internet la'aan, wuxuuna muujiyaa xirfadaha iyo shaqooyinka ay ku habboon yihiin.
about-esco-title = ESCO: xirfadaha iyo shaqooyinka Midowga Yurub
about-esco-uses = Adeegani wuxuu isticmaalaa kala-saaridda ESCO ee Guddiga Yurub.
about-esco-versions = ESCO nooca 1.2.1 (magacyada shaqooyinka, kooxaha xirfadaha iyo ISCO), nooca 1.1.1 (xirfadaha iyo xiriirka shaqada iyo xirfadda) iyo nooca 1.0 (magacyada xirfadaha ee Faransiiska iyo Isbaanishka). © Midowga Yurub.
about-esco-licence = Waxaa dib loo isticmaalay sida uu dhigayo Go'aanka Guddiga 2011/833/EU iyo CC BY 4.0. Xogta waa la beddelay (qayb ka mid ah, noocyo la isku daray, qaab cusub).
about-esco-not-endorsed = Guddiga Yurub ma taageero { -app-name }. Magacyada ESCO waxay ku celiyaan cinwaannada ISCO-08 (ILO).
about-source = Isha:
about-licences-title = Shatiyada
about-licence-app = { -app-name } laftiisa: Shatiga Dadweynaha ee Midowga Yurub (EUPL) 1.2.
about-licence-fonts = Farta: Noto Sans, Noto Sans Arabic iyo Noto Sans Ethiopic ee Google, shatiga SIL Open Font License 1.1.
about-licence-contexts = Macnayaasha JSON-LD ee ku dhex jira: shatiga W3C Software and Document iyo shatiyada lagu xusay agtooda.
about-translations = Tarjumadaha weli ma dib-u-eegin dad luqadahaas ku hadla. Noo sheeg haddii wax aan caddayn.

## Khaladaad uu barnaamijku keliya bixiyo (dheeraad)

error-bad-path = “{ $path }” ma aha waddada buuxda ee fayl.
hint-bad-path = Qor waddada oo dhan, ku bilow /, kuna dhammee magaca fayl.
