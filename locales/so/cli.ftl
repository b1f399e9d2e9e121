# Fariimaha qalabka khadka amarrada erkend.
# Locale: so. Reviewed by a native speaker: no.

cli-init-done-encrypted = Boorsada waxaa lagu sameeyay { $path }, waxaana ku xiran eray-sirtaada.
cli-init-done-plain = Boorsada waxaa lagu sameeyay { $path } eray-sir LA'AAN: qof kasta oo gala kombiyuutarkan wuu akhrin karaa.
cli-import-imported = { $file }: waxaa loo soo galiyay sida { $id }
cli-import-duplicate = { $file }: horey ayuu ugu jiray boorsada sida { $id }
cli-import-rejected = { $file }: waa la diiday. { $reason }
cli-list-count = { $count ->
    [0] Boorsadu waa madhan tahay.
    [one] Hal shahaado:
   *[other] { $count } shahaado:
}
verified-true = waa la xaqiijiyay
verified-false = LAMA xaqiijin
verified-null = lama hubin
cli-export-done = Baaytadii asalka ahayd waxaa lagu qoray { $path }.
cli-esco-building = Tusaha xirfadaha ESCO ayaa la dhisayaa (isticmaalka ugu horreeya oo keliya)… { $percent } %
cli-backup-done = Kayd sir ah oo { $count } shahaado ah ayaa lagu qoray { $path }. Hay eray-sirta: la'aanteed kaydka lama furi karo.
cli-restore-done = Waa la soo celiyay: { $count } shahaado ayaa lagu daray, { $duplicates } horey ayay boorsada ugu jireen.

cli-route-none = Weli waddo waxbarasho ma jirto. Dooro shaqo hadaf ah: erkend route set-target URI
cli-route-target = { $count ->
    [0] Waddada loo socdo { $target }: horeba waxaad leedahay dhammaan xirfadaha aasaasiga ah.
    [one] Waddada loo socdo { $target }: hal tallaabo.
   *[other] Waddada loo socdo { $target }: { $count } tallaabo.
}
cli-route-status-planned = la qorsheeyay
cli-route-status-in-progress = socda
cli-route-status-done = la dhammeeyay
cli-import-endorsement-imported = { $file }: taageerada { $id } waa la xaqiijiyay waana lagu xiray shahaadada
cli-import-endorsement-duplicate = { $file }: taageeradu horey ayay boorsada ugu jirtay sida { $id }
cli-import-endorsement-kept-imported = { $file }: taageerada { $id } waa la hayaa, laakiin lama xirin: shahaadada ay taageerayso (weli) kuma jirto boorsadan. Waa lagu xirayaa marka aad soo geliso shahaadadaas.
cli-import-endorsement-kept-duplicate = { $file }: taageeradu horey ayay boorsada ugu jirtay sida { $id } (lama xirin)
cli-endorse-review = Taageeradan waxaad u saxiixaysaa sida { $name } ({ $did }):
cli-endorse-review-about = Ku saabsan: { $kind } { $id }
cli-endorse-review-summary = Shahaado: { $name }, waxaa bixiyay { $issuer }, taariikhda { $issued }
cli-endorse-review-skills = Xirfadaha: { $skills }
cli-endorse-review-learner = Loogu talagalay: { $learner }
cli-endorse-review-comment = Erayadaada: { $comment }
cli-endorse-kind-credential = shahaado
cli-endorse-kind-achievement = guul
cli-endorse-kind-skill = xirfad
cli-endorse-credential-name = Taageero: { $target }
cli-endorse-done = Taageerada waa la saxiixay waxaana lagu qoray { $path }. Faylkan sii barataha.
cli-endorse-dry-run = Waxba lama saxiixin (--dry-run).
cli-request-done = Codsiga taageerada waxaa lagu qoray { $path }. Sii hagahaaga ama kormeerahaaga; jawaabtooda ku soo geli “erkend import”.
cli-attest-done = Markhaatiga waa la saxiixay waxaana lagu qoray { $path }. Faylkan sii barataha.
attest-evidence-tasks = Hawlaha
attest-evidence-goals = Hadafyada waxbarasho ee la gaaray
attest-evidence-evaluation = Qiimayn: shaqadu ma u adeegtay waxbarashada?
attest-evidence-place = Goobta
attest-answer-yes = Haa
attest-answer-no = Maya

cli-recovery-sheet-done = Waraaqda soo celinta waxaa lagu qoray { $path }. Daabac, meel ammaan ah ku hay, kadibna tirtir faylka. Kayd kasta oo hadda laga bilaabo la sameeyo wuxuu ku furmaa koodhkeeda.
recovery-sheet-title = Waraaqda soo celinta Erkend — koodhkaaga soo celinta
recovery-sheet-explain = Koodhkani wuxuu furaa kayd kasta oo boorsadaada ah oo la sameeyay kadib markii waraaqdan la daabacay, xataa haddii aad illowdo eray-sirtaada. U hay si ammaan ah oo qarsoodi ah, sida fure: qof kasta oo haya koodhkan iyo kayd wuu akhrin karaa boorsadaada. Si aad u isticmaasho: ERKEND_RECOVERY_CODE u deji koodhka, kadibna socodsii: erkend restore BACKUP-FILE
