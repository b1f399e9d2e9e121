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
