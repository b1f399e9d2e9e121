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

## Onaylar ve tasdik belgeleri

cli-import-endorsement-imported = { $file }: { $id } onayı doğrulandı ve belgeye bağlandı
cli-import-endorsement-duplicate = { $file }: onay zaten cüzdanda, { $id } olarak
cli-import-endorsement-kept-imported = { $file }: { $id } onayı saklandı ama bağlanmadı: onayladığı belge (henüz) bu cüzdanda değil. O belgeyi içe aktardığınızda bağlanır.
cli-import-endorsement-kept-duplicate = { $file }: onay zaten cüzdanda, { $id } olarak (bağlanmadı)
cli-endorse-review = Bu onayı { $name } ({ $did }) olarak imzalıyorsunuz:
cli-endorse-review-about = Konu: { $kind } { $id }
cli-endorse-review-summary = Belge: { $name }; veren: { $issuer }; tarih: { $issued }
cli-endorse-review-skills = Beceriler: { $skills }
cli-endorse-review-learner = Kime: { $learner }
cli-endorse-review-comment = Sözleriniz: { $comment }
cli-endorse-kind-credential = belge
cli-endorse-kind-achievement = başarı
cli-endorse-kind-skill = beceri
# İmzalı onayın kendi adı.
cli-endorse-credential-name = Onay: { $target }
cli-endorse-done = Onay imzalandı ve { $path } dosyasına yazıldı. Bu dosyayı öğrenene verin.
cli-endorse-dry-run = Hiçbir şey imzalanmadı (--dry-run).
cli-request-done = Onay isteği { $path } dosyasına yazıldı. Onu rehberinize ya da sorumlunuza verin; yanıtını “erkend import” ile içe aktarın.
cli-attest-done = Tasdik belgesi imzalandı ve { $path } dosyasına yazıldı. Bu dosyayı öğrenene verin.
attest-evidence-tasks = Görevler
attest-evidence-goals = Ulaşılan öğrenme hedefleri
attest-evidence-evaluation = Değerlendirme: iş, öğrenmeye hizmet etti mi?
attest-evidence-place = Yer
attest-answer-yes = Evet
attest-answer-no = Hayır

## Kurtarma sayfası

cli-recovery-sheet-done = Kurtarma sayfası { $path } dosyasına yazıldı. Yazdırın, güvenli bir yerde saklayın, sonra dosyayı silin. Bundan sonra alınan her yedek bu kodla açılır.
recovery-sheet-title = Erkend kurtarma sayfası — kurtarma kodunuz
recovery-sheet-explain = Bu kod, bu sayfa yazdırıldıktan sonra alınan her cüzdan yedeğini açar; parola cümlenizi unutsanız bile. Onu bir anahtar gibi güvenli ve gizli tutun: bu kodu ve bir yedeği olan herkes cüzdanınızı okuyabilir. Kullanmak için ERKEND_RECOVERY_CODE değişkenine kodu verin ve şunu çalıştırın: erkend restore BACKUP-FILE
