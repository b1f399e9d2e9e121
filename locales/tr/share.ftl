# "Paylaş" ve "Kanıt doğrula" ekranları.
# Locale: tr. Reviewed by a native speaker: no (henüz anadili Türkçe olan biri tarafından gözden geçirilmedi).

nav-share = Paylaş
nav-verify = Kanıt doğrula

share-title = Kanıt paylaş
share-intro = Belgeleri seçin. Herkes QR kodlarını internet olmadan, kâğıtta ya da ekranda doğrulayabilir.
share-pick-title = Paylaşılacak belgeler
share-empty = Cüzdanınızda henüz belge yok. Önce bir belge ekleyin.
share-none-chosen = QR kodlarını görmek için en az bir belge seçin.
share-code-alt = { $name } için QR kodu { $index } / { $total }
share-code-part = Kod { $index } / { $total }
share-sheet-title = Basılı sayfa
share-second-lang = Sayfadaki ikinci dil
share-sheet-info = Basılı sayfa { $pages ->
        [one] bir A4 sayfası
       *[other] { $pages } A4 sayfası
    } tutuyor; diller: { $first } ve { $second }.
share-privacy = Kodlar, adınız dahil belgenin tamamını taşır. Onları yalnızca sizin seçtiğiniz kişilerle paylaşın.
share-save-title = Kaydet ya da yazdır
share-save-help = .pdf ile biten bir ad basılı sayfayı kaydeder; .png yalnızca kodları resim olarak kaydeder.
share-save-submit = Kaydet
share-print = Kodları yazdır
share-print-help = Yazdırma, burada görünen kodları yazdırır. İki dilde tam sayfa için PDF'yi kaydedip onu yazdırın.
share-saved = Kaydedildi: { $path } ({ $pages ->
        [one] bir sayfa
       *[other] { $pages } sayfa
    })

verify-title = Kanıt doğrula
verify-intro = Size verilen bir kanıtı açın: QR kodlarının fotoğrafı ya da taraması, PDF ya da metin olarak kodlar. Bu bilgisayarda, internet olmadan denetlenir.
verify-choose = Kanıt dosyası aç
verify-camera-photo = Kamera yok mu? Kodların fotoğrafını telefonla çekip burada açın.
verify-camera-start = Kamerayla tara
verify-camera-stop = Kamerayı kapat
verify-camera-looking = QR kodunu kameranın önünde düz ve iyi ışıkta tutun…
verify-camera-unavailable = Hiçbir kamera kullanılamadı. Kodların fotoğrafını çekip burada açın.
verify-busy = Kodlar okunuyor…
verify-holder = Belge sahibinin adı:
verify-compare-id = Bu adı bir kimlik belgesiyle karşılaştırın. Bir kodun kopyası da aslı gibi doğrulanır.
verify-card-summary = Özet, doğrulanmadı
verify-link = Bu bir bağlantı kodu. Erkend onu açmaz; adrese güveniyorsanız kendiniz açın.
verify-issuer = Veren kurum
verify-issued = Veriliş tarihi
verify-kind = Kanıt
verify-kind-credential = İmzalı belgenin tamamı ({ $codes ->
        [one] bir kod
       *[other] { $codes } kod
    })
verify-kind-card = Kısa kanıt kartı ({ $codes ->
        [one] bir kod
       *[other] { $codes } kod
    })
