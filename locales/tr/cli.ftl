# erkend komut satırı aracının mesajları.
# Locale: tr. Reviewed by a native speaker: no.

cli-init-done-encrypted = Cüzdan { $path } konumunda oluşturuldu ve parola cümlenizle korunuyor.
cli-init-done-plain = Cüzdan { $path } konumunda parola cümlesi OLMADAN oluşturuldu: bu bilgisayara erişen herkes onu okuyabilir.
cli-import-imported = { $file }: { $id } olarak içe aktarıldı
cli-import-duplicate = { $file }: zaten cüzdanda, { $id } olarak
cli-import-rejected = { $file }: reddedildi. { $reason }
cli-list-count = { $count ->
    [0] Cüzdan boş.
    [one] Bir belge:
   *[other] { $count } belge:
}
verified-true = doğrulandı
verified-false = DOĞRULANMADI
verified-null = denetlenmedi
cli-export-done = Özgün baytlar { $path } dosyasına yazıldı.
cli-esco-building = ESCO beceri dizini oluşturuluyor (yalnızca ilk kullanımda)… %{ $percent }
cli-backup-done = { $count } belgenin şifreli yedeği { $path } dosyasına yazıldı. Parola cümlesini saklayın: o olmadan yedek açılamaz.
cli-restore-done = Geri yüklendi: { $count } belge eklendi, { $duplicates } tanesi zaten cüzdandaydı.

cli-route-none = Henüz yol haritası yok. Bir hedef meslek seçin: erkend route set-target URI
cli-route-target = { $count ->
    [0] { $target } hedefine yol: tüm temel becerilere zaten sahipsiniz.
    [one] { $target } hedefine yol: bir adım.
   *[other] { $target } hedefine yol: { $count } adım.
}
cli-route-status-planned = planlandı
cli-route-status-in-progress = sürüyor
cli-route-status-done = tamamlandı
