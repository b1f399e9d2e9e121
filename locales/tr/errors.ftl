# Komut satırı ve uygulama için ortak hata mesajları ve ipuçları.
# Locale: tr. Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = { $path } konumunda cüzdan yok.
hint-wallet-not-found = Önce “erkend init” ile bir cüzdan oluşturun ya da başka bir cüzdan dosyası seçin.
error-wallet-exists = { $path } konumunda zaten bir cüzdan var. Değiştirilmedi.
hint-wallet-exists = Onun yerine onu açın ya da başka bir dosya adı seçin.
error-wrong-passphrase = Bu parola cümlesi cüzdanı açmıyor. Hiçbir şey değiştirilmedi.
hint-wrong-passphrase = Parola cümlesini kontrol edip yeniden deneyin. Büyük harfler önemlidir.
error-passphrase-required = Bu cüzdan bir parola cümlesiyle korunuyor.
hint-passphrase-required = Parola cümlesini verin (ERKEND_PASSPHRASE ortam değişkeninde ya da --passphrase-file ile).
error-wallet-too-new = Bu cüzdan { -app-name } uygulamasının daha yeni bir sürümüyle yapılmış (biçim { $found }; bu uygulama en fazla { $supported } biçimini tanır). Değiştirilmedi.
hint-wallet-too-new = Açmak için { -app-name } uygulamasını güncelleyin.
error-wallet-damaged = Cüzdan dosyası bozuk. Bir kopyası { $copy } konumunda saklandı; hiçbir şey silinmedi.
hint-wallet-damaged = Bir yedekten geri yükleyin ya da kopyayı kurtarmak için yardım isteyin.
error-file-too-large = Bu dosya çok büyük ({ $size } bayt). Sınır { $limit } bayttır.
hint-file-too-large = Bir rozet dosyası normalde çok daha küçüktür. Doğru dosyayı seçtiğinizi kontrol edin.
error-empty-file = Bu dosya boş.
hint-empty-file = Rozetin ya da belgenin kendi dosyasını seçin.
error-not-a-file = { $path } bir dosya değil, bir klasör.
hint-not-a-file = Klasörün içindeki rozet dosyalarını seçin.
error-unreadable = { $path } dosyası okunamıyor: { $reason }
error-not-json = Bu dosya { -app-name } uygulamasının okuyabildiği bir rozet ya da belge değil ({ $reason }).
hint-not-json = Bir Open Badge (JSON, PNG ya da SVG) ya da bir belge dosyası seçin.
error-too-deep = Bu dosya { $limit } düzeyden daha derin iç içe geçmiş; güvenlik için reddedildi.
error-unsupported-format = Bu tür dosya desteklenmiyor ({ $detail }).
error-malformed-credential = Bu belge eksik ya da bozuk: { $detail }.
error-credential-not-found = Bu cüzdanda { $id } kimlikli bir belge yok.
hint-credential-not-found = Kimlikleri görmek için “erkend list” kullanın.
error-bad-language = “{ $tag }”, { -app-name } uygulamasının anladığı bir dil etiketi değil.
error-storage = Cüzdan okunamadı ya da yazılamadı: { $reason }
error-io = Bir dosya okunamadı ya da yazılamadı: { $reason }
error-no-randomness = Sistem güvenli rastgele sayılar sağlayamadı.
error-usage = Komut anlaşılamadı ({ $detail }).
error-esco-data = Yerleşik ESCO beceri verileri kullanılamadı: { $detail }
hint-esco-data = { -app-name } uygulamasını yeniden kurun ya da yeniden oluşturulması için ESCO dizin dosyasını silin.
error-esco-stopped = Beceri ve meslek listesinin hazırlanmasını durdurdunuz. Hiçbir şey değişmedi.
hint-esco-stopped = Bu ekranı yeniden açtığınızda baştan başlar. Bu yalnızca bir kez gereklidir.

## Rozet dosyalarını okuma

error-jws-malformed = Bu imzalı rozet metni kesik ya da bozuk ({ $detail }).
hint-jws-malformed = Rozet metninin tamamını yeniden kopyalayın ya da dosyayı veren kurumdan isteyin.
error-png-damaged = Bu rozet görüntüsü bozuk ({ $detail }).
hint-png-damaged = Rozet görüntüsünü veren kurumdan yeniden indirin.
error-png-chunk-too-large = Bu görüntünün bir parçası { $size } bayt olduğunu söylüyor; sınır { $limit }. Güvenlik için reddedildi.
error-png-too-many-chunks = Bu görüntüde { $limit } parçadan fazlası var; güvenlik için reddedildi.
error-image-too-large = Bu görüntü { $width } × { $height } piksel olduğunu söylüyor; bir kenar için sınır { $limit }. Güvenlik için reddedildi.
error-decompressed-too-large = Bu dosyadaki sıkıştırılmış veriler açıldığında { $limit } bayttan büyük oluyor; güvenlik için reddedildi.
error-no-badge-data = Bu görüntüde bir rozet yok.
hint-no-badge-data = Veren kurumdan aldığınız rozet görüntüsünü seçin; bir kopya ya da ekran görüntüsü değil.
error-baked-url-only = Bu görüntü rozetin kendisini değil, yalnızca bir bağlantısını ({ $url }) içeriyor. { -app-name } onu almak için internete bağlanmaz.
hint-baked-url-only = Veren kurumdan rozet dosyasının kendisini (JSON) isteyin ya da bağlantıyı kendiniz açıp rozeti kaydedin.
error-xml-doctype-refused = Bu SVG görüntüsü bir belge türü bildirimi içeriyor; { -app-name } bunu güvenlik için reddeder.
hint-xml-doctype-refused = Rozet görüntülerinin buna ihtiyacı yoktur. Veren kurumdan yeni bir kopya isteyin.
error-svg-malformed = Bu SVG görüntüsü bozuk ({ $detail }).
error-too-many-nested = Bu paket { $limit } belgeden fazlasını içeriyor; güvenlik için reddedildi.
error-backup-not-a-backup = Bu dosya bir { -app-name } yedeği değil.
hint-backup-not-a-backup = `erkend backup` komutunun yazdığı dosyayı seçin. Hiçbir şey değiştirilmedi.
error-backup-truncated = Bu yedek dosyası eksik: yarıda kesilmiş. Hiçbir şey değiştirilmedi.
hint-backup-truncated = Yedeği sakladığınız yerden yeniden kopyalayın ve kopyalamanın bittiğinden emin olun.
error-backup-unsupported-version = Bu yedek { -app-name } uygulamasının daha yeni bir sürümüyle yapılmış (sürüm { $found }; bu uygulama en fazla { $supported } sürümünü okur). Hiçbir şey değiştirilmedi.
hint-backup-unsupported-version = { -app-name } uygulamasını güncelleyin ve yeniden geri yükleyin.
error-backup-too-large = Bu yedek { $size } bayt içerdiğini söylüyor; sınır { $limit }. Güvenlik için reddedildi.
error-backup-wrong-passphrase-or-damaged = Bu yedek açılmıyor: parola cümlesi yanlış ya da dosya değiştirilmiş veya bozulmuş. Hiçbir şey değiştirilmedi.
hint-backup-wrong-passphrase-or-damaged = Yedeğin parola cümlesini kontrol edin (ERKEND_BACKUP_PASSPHRASE, yoksa cüzdanın parola cümlesi). Doğruysa dosya bozuktur: başka bir kopya kullanın.
error-backup-passphrase-required = Bir yedek parola cümlesiyle korunmalıdır ve hiç verilmedi.
hint-backup-passphrase-required = ERKEND_BACKUP_PASSPHRASE değişkenini ayarlayın (ya da cüzdanın parola cümlesini verin).

## Öğrenen kasaları

error-vault-not-found = Bu bilgisayarda { $id } adlı bir öğrenen kasası yok.
hint-vault-not-found = Kasanızı listeden seçin ya da yeni bir tane oluşturun.
error-vault-card-invalid = Profil seçicide gösterilen { $field ->
        [avatar] resim
       *[other] ad
    } en fazla { $max } karakter olabilir ve denetim karakteri içeremez.

## İmzalama ve onaylar

error-signing-failed = Bu imzalanamadı: { $detail }
error-signer-name-required = İmzalamak için adınız gerekiyor; böylece öğrenen ona kimin kefil olduğunu görebilir.
hint-signer-name-required = Adınızı bir kez --name ile (kurumunuzu da --organisation ile) verin; cüzdan onu hatırlar.
error-endorsement-request-invalid = Bu, Erkend uygulamasının okuyabildiği bir onay isteği değil: { $detail }
hint-endorsement-request-invalid = Öğrenenden isteği Erkend cüzdanından yeniden dışa aktarmasını isteyin.
error-endorse-target-has-no-id = { $id } belgesinin kendine ait bir kimliği yok; bu yüzden bir onay onu gösteremez.
hint-endorse-target-has-no-id = Bunun yerine bir beceri ya da başka bir belge için onay isteyin.

## Kurtarma kodu ve güven listeleri

error-recovery-code-invalid = Bu geçerli bir kurtarma kodu değil: bir karakter yanlış, eksik ya da fazla.
hint-recovery-code-invalid = Kodu kurtarma sayfanızdan yeniden kopyalayın: dörderli gruplar hâlinde 32 harf ve rakam. Tireler, boşluklar ve büyük ya da küçük harf fark etmez.
error-trust-list-malformed = Bu dosya bir güven listesi değil ({ $detail }).
hint-trust-list-malformed = Listeyi size verenden imzaladığı dosyayı isteyin.
error-trust-list-tampered = Bu güven listesi imzalandıktan sonra değiştirilmiş; bu yüzden reddedildi.
hint-trust-list-tampered = Listenin yeni bir kopyasını onu yayımlayan kuruluştan alın. Hiçbir şey kurulmadı.
error-trust-list-expired = Bu güven listesi şu anda geçerli değil (geçerliliği { $until } tarihinde bitiyor ya da başlıyor); bu yüzden reddedildi.
hint-trust-list-expired = Güncel listeyi onu yayımlayan kuruluştan alın.
error-trust-list-unknown-signer = Bu güven listesi { -app-name } uygulamasının tanımadığı bir anahtarla imzalanmış: { $key }.
hint-trust-list-unknown-signer = Bu anahtarı yalnızca listeyi size veren kuruluş doğrularsa --accept-key { $key } ile kurun.

## İnternetten alma

error-url-refused = { -app-name } yalnızca güvenli (https) adresleri açar; { $url } alınmadı.
error-fetch-failed = { $url } alınamadı ({ $reason }).
hint-fetch-failed = İnternet bağlantısını kontrol edin ve daha sonra yeniden deneyin. Daha önce denetlenen her şey olduğu gibi kalır.
error-fetch-too-large = { $url } { $limit } bayttan fazlasını gönderdi; indirme durduruldu.

## Profil ve yol haritası

error-profile-invalid = Bu profil kaydı kaydedilemiyor: { $field } — { $reason }.
hint-profile-invalid = Tarihler 2024-05 ya da 2024-05-31 biçiminde yazılır; dil düzeyleri A1, A2, B1, B2, C1 ya da C2 olarak; bağlantılar ESCO beceri ya da meslek adresleri olarak (http://data.europa.eu/esco/…).
error-route-step-not-found = Yol haritanızda { $id } adımı yok.
hint-route-step-not-found = Adım kimliklerini şununla görün: erkend route show --json
error-route-no-target = Yol haritanızın henüz bir hedefi yok; bu yüzden adım eklenemez.
hint-route-no-target = Önce bir hedef meslek seçin: erkend route set-target URI

## Paylaşılabilir kanıtlar (QR kodları)

error-proof-base45-character = Bu kanıt kodu, içinde olmaması gereken bir karakter içeriyor ({ $position }. konumda). Yanlış okunmuş ya da değiştirilmiş olabilir.
hint-proof-base45-character = Kodu yeniden tarayın ya da basılı özgün kanıtı kullanın.
error-proof-base45-length = Bu kanıt kodu eksik ({ $length } karakter tam bir kod olamaz).
hint-proof-base45-length = Kodu yeniden tarayın; bir kısmı eksik olabilir.
error-proof-base45-overflow = Bu kanıt kodu { $position }. konumda bozuk.
error-proof-unknown-prefix = Bu bir { -app-name } kanıt kodu değil ya da bu uygulamanın tanımadığı bir sürümden geliyor.
hint-proof-unknown-prefix = Doğru kodu taradığınızı kontrol edin; kanıt daha yeniyse { -app-name } uygulamasını güncelleyin.
error-proof-unknown-format = Bu kanıt kodu bu uygulamanın tanımadığı bir biçim kullanıyor (biçim { $byte }).
hint-proof-unknown-format = Okumak için { -app-name } uygulamasını güncelleyin.
error-proof-empty = Bu kanıt kodu boş.
error-proof-too-long = Bu kod bir kanıt olamayacak kadar uzun ({ $length } karakter; en fazla { $limit }). Güvenlik için reddedildi.
error-proof-chunk-header = Bu kanıt kodu parçasının etiketi bozuk ({ $detail }).
error-proof-too-many-chunks = Bu kanıt { $total } parçası olduğunu söylüyor; en fazla { $limit } parçaya izin var. Reddedildi.
error-proof-chunk-duplicate = { $set } kanıtının { $index }. parçası iki kez verildi.
hint-proof-chunk-duplicate = Kanıtın her parçasını bir kez verin.
error-proof-chunk-missing = { $set } kanıtı eksik: { $missing } parçası yok.
hint-proof-chunk-missing = Kanıtın her kodunu tarayın; kodların altındaki etiketler kaç tane olduğunu söyler.
error-proof-chunk-mixed = { $set } kanıtının parçaları birbirine ait değil.
hint-proof-chunk-mixed = Farklı kanıtların parçaları karışmış. Yalnızca tek bir kanıtın kodlarını tarayın.
error-proof-inflate-too-large = Bu kanıt açıldığında { $limit } bayttan büyük oluyor. Güvenlik için reddedildi.
error-proof-inflate-damaged = Bu kanıt kodundaki veriler bozuk ya da yarıda kesilmiş.
hint-proof-inflate-damaged = Kodu yeniden tarayın ya da basılı özgün kanıtı kullanın.
error-proof-wrong-dictionary = Bu kanıt kodu, biçimine uymayan bir şekilde paketlenmiş.
error-proof-trailing-bytes = Bu kanıt kodunun sonunda fazladan veri var. Reddedildi.
error-proof-card-malformed = Bu kanıt kartı bozuk ({ $detail }).
error-proof-card-algorithm = Bu kanıt kartı izin verilmeyen bir imza yöntemi kullanıyor.
error-proof-too-large-for-codes = Bu belge kod olarak basılamayacak kadar büyük ({ $bytes } bayt; en fazla { $codes } kod). Büyük olasılıkla resimler içeriyor.
hint-proof-too-large-for-codes = Bunun yerine bir bağlantı olarak (veren kurum onu barındırıyorsa) ya da bir dosya olarak paylaşın.
error-proof-no-codes = Bu dosyada kanıt kodu bulunamadı.
hint-proof-no-codes = Her kodun tam göründüğü net ve iyi aydınlatılmış bir fotoğraf ya da tarama kullanın.
error-proof-image-unreadable = Bu görüntü okunamıyor ({ $detail }).
error-proof-pdf-unreadable = Bu PDF okunamıyor ({ $detail }).
error-proof-file-type = Kanıtlar “{ $ext }” türündeki dosyaları kullanamaz.
hint-proof-file-type = Dışa aktarmak için .pdf, .png ya da .txt; doğrulamak için .pdf, .png, .jpg ya da .txt kullanın.
error-proof-no-hosted-url = Bu belgenin, veren kurumun onu gösterdiği bir web adresi yok; bu yüzden bağlantı kodu oluşturulamaz.
error-pdf-qr-too-large = Bir QR kodu { $chars } karakter taşıyamaz; bu yüzden kanıt basılmadı.
hint-pdf-qr-too-large = Belgeyi daha fazla koda bölün ya da bunun yerine bir bağlantı olarak paylaşın.
error-pdf-write = PDF oluşturulamadı ({ $detail }).
