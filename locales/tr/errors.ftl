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
