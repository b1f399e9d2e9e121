# Masaüstü uygulamasının mesajları (ui/). Hatalar ve ipuçları errors.ftl'de, denetimler checks.ftl'de.
# Locale: tr. Reviewed by a native speaker: no (henüz anadili Türkçe olan biri tarafından gözden geçirilmedi).

## Çerçeve

app-title = { -app-name }: belgeleriniz
app-brand = { -app-name }
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-wallet = Belgelerim
nav-import = Belge ekle
language-label = Dil
wallet-unprotected-banner = Bu cüzdan bir parolayla KORUNMUYOR. Bu bilgisayarı kullanan herkes onu açıp belgelerinizi okuyabilir.
wallet-path-label = Cüzdan dosyası:
fatal-title = Cüzdan açılamıyor

## İlk kullanım

create-title = Hoş geldiniz! Cüzdanınızı oluşturun
create-intro = Cüzdanınız rozetlerinizi ve sertifikalarınızı bu bilgisayarda saklar. Hiçbir şey başka bir yere gönderilmez.
create-protected-title = Bir parola cümlesiyle koruyun (önerilir)
create-passphrase-label = Parola cümlesi
create-passphrase-help = Hatırlayacağınız birkaç kelime seçin. O olmadan kimse cüzdanı açamaz, siz bile: güvenli bir yere yazın.
create-confirm-label = Parola cümlesini yeniden yazın
create-submit = Korumalı cüzdan oluştur
create-error-empty = Önce bir parola cümlesi yazın ya da cüzdanı aşağıda parolasız oluşturun.
create-error-mismatch = İki parola cümlesi aynı değil. Yeniden yazın.
create-plain-title = Ya da: parolasız
create-plain-warning = Parolasız bir cüzdan KORUNMAZ. Bu bilgisayarı kullanan herkes onu açıp belgelerinizi okuyabilir.
create-plain-ack = Cüzdanımın korunmayacağını anlıyorum.
create-plain-submit = Cüzdanı parolasız oluştur

## Kilidi açma

unlock-title = Cüzdanınızı açın
unlock-passphrase-label = Parola cümlesi
unlock-submit = Cüzdanı aç

## Liste

wallet-title = Belgelerim
wallet-add = Belge ekle
wallet-empty-title = Cüzdanınız boş
wallet-empty-text = Aldığınız bir rozet ya da sertifika dosyasını ekleyin; örneğin bir kurstan ya da bir iş danışmanından.
card-issuer = Veren:
card-learner = Alan:
card-issued = Veriliş:
verdict-verified = Doğrulandı
verdict-failed = Doğrulanmadı: bir denetim başarısız oldu
verdict-unchecked = Henüz denetlenmedi

## Ekleme

import-title = Belge ekle
import-drop-hint = Rozet ya da sertifika dosyalarını bu pencereye sürükleyin ya da bilgisayarınızda seçin.
import-choose = Dosya seç
import-results-title = Sonuçlar
import-result-imported = Cüzdanınıza eklendi.
import-result-duplicate = Zaten cüzdanınızda; hiçbir şey değişmedi.
import-result-rejected = Eklenmedi.

## Belge ayrıntısı

detail-back = Belgelerime dön
detail-issuer = Veren kurum
detail-learner = Verildiği kişi
detail-achievement = Başarı
detail-description = Açıklama
detail-criteria = Nasıl kazanıldı
detail-issued = Veriliş tarihi
detail-valid-from = Geçerlilik başlangıcı
detail-valid-until = Geçerlilik sonu
detail-format = Biçim
detail-source = Dosya
detail-imported = Eklenme tarihi
detail-credential-id = Belge kimliği
detail-issuer-id = Veren kurum kimliği
detail-sha256 = Parmak izi (SHA-256)
detail-skills = Beceriler (ESCO)
detail-checks-title = Neler denetlendi
detail-no-checks = Henüz hiçbir şey denetlenmedi.
detail-check-outcome-passed = Başarılı
detail-check-outcome-failed = Başarısız
detail-check-outcome-unchecked = Denetlenmedi
detail-check-name-signature = İmza
detail-check-name-issuer = Veren kurum
detail-check-name-hosted = Veren kurumun kopyası
detail-check-name-expiry = Bitiş tarihi
detail-check-name-not-before = Başlangıç tarihi
detail-check-name-status = Geri çekme
detail-check-name-schema = Yapı
detail-check-name-nested = Paketteki belgeler

## Yalnızca uygulamanın verdiği hatalar

error-wallet-locked = Cüzdan henüz açık değil.
hint-wallet-locked = Önce cüzdanı parola cümlesiyle açın.
error-bad-request = Uygulama eksik bir istek gönderdi ({ $what }). Lütfen yeniden deneyin.
error-ipc = Uygulamanın içinde bir sorun oluştu: { $reason }

## Mikro yeterlilik bilgileri (AB Konseyi Tavsiyesi)

detail-awarding-body = Yeterliliği veren
detail-ects = AKTS kredisi
detail-workload = İş yükü (saat)
detail-eqf = AYÇ düzeyi
detail-nqf = Ulusal düzey
detail-assessment = Değerlendirme türü
detail-participation = Katılım biçimi
detail-quality-assurance = Kalite güvencesi
detail-learning-outcomes = Öğrenme kazanımları

## Gezinme

nav-profile = Becerilerim
nav-match = Bana uygun işler
nav-route = Yol haritam
nav-settings = Ayarlar
nav-about = Hakkında
nav-lock = Kilitle

## Arama, sıralama, süzme

wallet-search-label = Ara
wallet-sort-label = Sıra
wallet-sort-date-desc = Önce en yeni
wallet-sort-date-asc = Önce en eski
wallet-sort-issuer = Veren kuruma göre
wallet-sort-name = Ada göre
wallet-sort-status = Önce sorunlular
wallet-filter-issuer = Veren kurum
wallet-filter-skill = Beceri
wallet-filter-status = Durum
wallet-filter-year = Yıl
wallet-filter-all = Tümü
wallet-count = { $total ->
    [one] { $total } belgeden { $shown } tanesi gösteriliyor
   *[other] { $total } belgeden { $shown } tanesi gösteriliyor
}

## Ekleme: ilerleme

import-cancel = Durdur
import-progress = Dosya ekleniyor: { $done } / { $total }…
import-summary = { $total ->
    [one] 1 dosya: { $imported } eklendi, { $duplicate } zaten vardı, { $rejected } eklenmedi.
   *[other] { $total } dosya: { $imported } eklendi, { $duplicate } zaten vardı, { $rejected } eklenmedi.
}
import-summary-cancelled = { $total } dosyanın { $done } tanesinden sonra durduruldu: { $imported } eklendi, { $duplicate } zaten vardı, { $rejected } eklenmedi.

## Ayrıntı: devamı

detail-checked-at = Son denetim
detail-reverify = Şimdi yeniden denetle
detail-endorsements-title = Onaylar
detail-no-endorsements = Bu belgeyi henüz kimse onaylamadı.
detail-endorsement-credential = { $endorser } bu belgeye kefil oluyor.
detail-endorsement-achievement = { $endorser } bu başarıya kefil oluyor.
detail-endorsement-issuer = { $endorser } veren kuruma kefil oluyor.
detail-micro-title = Mikro yeterlilik bilgileri
detail-micro-help = Avrupa Birliği her mikro yeterliliğin bu bilgileri belirtmesini ister. Bu liste, bu belgenin hangilerini belirttiğini gösterir.
micro-learner = Kimin kazandığı
micro-title = Başlık
micro-awarding-body = Kimin verdiği
micro-date = Tarih
micro-outcomes = Öğrenme kazanımları
micro-workload = İş yükü (AKTS ya da saat)
micro-level = Düzey (AYÇ ya da ulusal)
micro-assessment = Değerlendirme türü
micro-participation = Katılım biçimi
micro-quality = Kalite güvencesi
micro-present = Belirtilmiş
micro-absent = Belirtilmemiş
micro-summary = Bu belge { $total } bilgiden { $count } tanesini belirtiyor.
detail-export-title = Özgün dosyayı kaydet
detail-export-help = Dosyayı tam olarak aldığınız gibi kaydeder; örneğin bir işverene vermek ya da bir USB belleğe koymak için.
detail-export-submit = Dosyayı kaydet
save-path-label = Farklı kaydet (tam yol)
open-path-label = Açılacak dosya (tam yol)
saved-to = Kaydedildi: { $path }

## Bir denetim geçmezse ne yapmalı

detail-check-todo-signature-failed = Bu kopyaya güvenmeyin. Veren kurumdan yenisini isteyin.
detail-check-todo-signature-unchecked = İçerik doğru olabilir ama henüz kimse bunu kanıtlayamaz. Veren kurumdan imzalı bir sürüm (Open Badges 3.0) isteyin.
detail-check-todo-issuer-failed = Veren kurum doğrulanamadı. Size bunu veren kuruluşa sorun.
detail-check-todo-issuer-unchecked = Kimin verdiği yalnızca çevrim içi doğrulanabilir. Bir danışmandan sizinle birlikte bakmasını isteyin.
detail-check-todo-hosted-failed = Veren kurumun kopyası uyuşmuyor. Bunu veren kuruma sorun.
detail-check-todo-hosted-unchecked = Veren kurum çevrim içi bir kopya tutuyor; { -app-name } internete bağlanmaz. Bir danışman sizinle birlikte bakabilir.
detail-check-todo-expiry-failed = Bu belgenin süresi doldu. Yenileyip yenileyemeyeceğinizi veren kuruma sorun.
detail-check-todo-expiry-unchecked = Bitiş tarihi okunamadı. Hangi tarihin kastedildiğini veren kuruma sorun.
detail-check-todo-not-before-failed = Bu belge henüz geçerli değil. Başlangıç tarihini bekleyin.
detail-check-todo-not-before-unchecked = Başlangıç tarihi okunamadı. Hangi tarihin kastedildiğini veren kuruma sorun.
detail-check-todo-status-failed = Veren kurum bu belgeyi geri çekti. Nedenini veren kuruma sorun.
detail-check-todo-status-unchecked = Geri çekilip çekilmediği yalnızca çevrim içi denetlenebilir. Emin olmanız gerekiyorsa veren kuruma sorun.
detail-check-todo-schema-failed = Bu dosyanın bazı bölümleri eksik ya da yanlış. Veren kurumdan tam bir dosya isteyin.
detail-check-todo-schema-unchecked = Yapı tam olarak denetlenemedi. Bu genellikle sorun değildir.

## ESCO

esco-building = Beceri ve meslek listesi hazırlanıyor (yalnızca ilk seferde): %{ $percent }
esco-search-label-skill = Bir beceri bulun
esco-search-label-occupation = Bir meslek bulun
esco-search-help = En az iki harf yazın. Sonuçlar aşağıda görünür.
esco-search-none = Hiçbir şey bulunamadı. Başka bir kelime deneyin.
esco-fallback-mark = { $lang ->
    [en] İngilizce
    [nl] Felemenkçe
    [fr] Fransızca
   *[other] { $lang }
}

## Beceri profili

profile-title = Becerilerim
profile-intro = Belgelerinizden gelen beceriler ve kendi eklediğiniz beceriler. İşaret, kanıtın ne kadar güçlü olduğunu gösterir.
profile-empty = Henüz beceri yok. Belge ekleyin ya da aşağıda kendiniz bir beceri ekleyin.
profile-add-title = Kendiniz bir beceri ekleyin
profile-group-skill = Beceriler ({ $count })
profile-group-knowledge = Bilgi ({ $count })
profile-group-language = Diller ({ $count })
profile-group-transversal = Her işte gereken beceriler ({ $count })
profile-group-other = Diğer ({ $count })
evidence-verified-credential = Doğrulanmış bir belgeyle kanıtlandı
evidence-endorsed = Biri tarafından onaylandı
evidence-mentor-observed = Bir rehber tarafından gözlendi
evidence-self-declared = Henüz kanıtlanmadı
profile-shown-by = { $count ->
    [one] Bir belgede görünüyor:
   *[other] { $count } belgede görünüyor:
}

## Uygun işler

match-title = Bana uygun işler
match-intro = Avrupa listesinden (ESCO) profilinizdeki becerilere uyan meslekler. Bir mesleğin temel becerilerinden ne kadar çoğuna sahipseniz uyum o kadar iyidir.
match-search-title = Bu meslek bana ne kadar uygun?
match-best-title = En uygun olanlar
match-none = Henüz uygun iş yok. Önce profilinize beceri ekleyin.
match-fit = Uyum { $percent }: { $total } temel beceriden { $have } tanesine sahipsiniz.
match-missing = { $count ->
    [one] 1 temel beceri eksik
   *[other] { $count } temel beceri eksik
}
match-use-as-target = Bunu hedefim yap

## Yol haritası

route-title = Yol haritam
route-none = Henüz bir hedef seçmediniz. Aşağıda bir meslek arayın.
route-target-label = Hedefim:
route-progress = { $total } adımdan { $done } tanesi tamamlandı.
route-no-steps = Bu mesleğin tüm temel becerilerine zaten sahipsiniz.
route-choose-title = Bir hedef seçin
route-choose-help = Yeni bir hedef seçmek mevcut yol haritasının yerini alır.
route-status-label = Durum
route-status-planned = Planlandı
route-status-in-progress = Üzerinde çalışıyorum
route-status-done = Tamamlandı
route-kind-earn-credential = Bir rozet ya da sertifika kazanın
route-kind-work-based-learning = İşte öğrenme
route-kind-language-goal = Dil hedefi
route-kind-practical = Pratik adım

## Ayarlar

settings-title = Ayarlar
settings-language-title = Dil
settings-reverify-title = Tüm belgeleri yeniden denetle
settings-reverify-help = Her belgeyi bugünün tarihiyle yeniden denetler; örneğin hangilerinin süresinin dolduğunu görmek için.
settings-reverify-submit = Tümünü yeniden denetle
reverify-progress = Denetleniyor: { $done } / { $total }…
reverify-done = { $total ->
    [one] Belge yeniden denetlendi.
   *[other] { $total } belgenin tümü yeniden denetlendi.
}
reverify-cancelled = Durduruldu: { $total } belgeden { $done } tanesi yeniden denetlendi.
settings-backup-title = Yedek al
settings-backup-help = Tüm belgelerinizi, becerilerinizi ve yol haritanızı kilitli tek bir dosyaya kaydeder. Onu bir USB bellekte ya da başka güvenli bir yerde saklayın.
settings-backup-passphrase = Yedeğin parola cümlesi
settings-backup-submit = Yedeği kaydet
settings-restore-title = Yedeği geri yükle
settings-restore-help = Bir yedek dosyasındaki her şeyi bu cüzdana ekler. Buradan hiçbir şey silinmez.
settings-restore-submit = Geri yükle
settings-restore-done = { $count ->
    [one] Geri yüklendi: 1 belge eklendi, { $duplicates } tanesi zaten vardı.
   *[other] Geri yüklendi: { $count } belge eklendi, { $duplicates } tanesi zaten vardı.
}

## Hakkında

about-title = { -app-name } hakkında
about-intro = { -app-name } rozetlerinizi ve sertifikalarınızı bu bilgisayarda saklar, internete bağlanmadan denetler ve hangi beceri ve mesleklere uyduklarını gösterir.
about-esco-title = ESCO: Avrupa Birliği'nin beceri ve meslekleri
about-esco-uses = Bu hizmet Avrupa Komisyonu'nun ESCO sınıflandırmasını kullanır.
about-esco-versions = ESCO v1.2.1 (meslek, beceri grubu ve ISCO adları), v1.1.1 (beceriler ve meslek–beceri ilişkileri) ve v1.0 (Fransızca ve İspanyolca beceri adları). © Avrupa Birliği.
about-esco-licence = Komisyon'un 2011/833/AB sayılı Kararı ve CC BY 4.0 kapsamında yeniden kullanılmıştır. Veriler değiştirilmiştir (bir kısmı alındı, sürümler birleştirildi, yeniden biçimlendirildi).
about-esco-not-endorsed = { -app-name } Avrupa Komisyonu tarafından onaylanmamıştır. ESCO adları ISCO-08 başlıklarını (ILO) yeniden kullanır.
about-source = Kaynak:
about-licences-title = Lisanslar
about-licence-app = { -app-name } uygulamasının kendisi: Avrupa Birliği Kamu Lisansı (EUPL) 1.2.
about-licence-fonts = Yazı tipleri: Google'ın Noto Sans, Noto Sans Arabic ve Noto Sans Ethiopic yazı tipleri, SIL Open Font License 1.1 ile.
about-licence-contexts = Yerleşik JSON-LD bağlamları: W3C Software and Document lisansı ve yanlarında belirtilen lisanslar.
about-translations = Çeviriler henüz anadili bu diller olan kişilerce gözden geçirilmedi. Anlaşılmayan bir şey olursa lütfen bize bildirin.

## Yalnızca uygulamanın verdiği hatalar (devamı)

error-bad-path = “{ $path }” bir dosyanın tam yolu değil.
hint-bad-path = Yolun tamamını / ile başlayarak yazın ve bir dosya adıyla bitirin.
