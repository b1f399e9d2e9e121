# İnceleme modu: öğrencinin yanında bir mentor, her taraf kendi dilinde.
# Locale: tr. Reviewed by a native speaker: no.

nav-review = İnceleme
review-title = Mentorla inceleme
review-intro = Öğrenci ve mentor becerilere birlikte bakar. Her taraf kendi dilinde olabilir.
review-mentor-language = Mentor tarafının dili

## Öğrenci tarafı.

review-learner-title = Öğrencinin becerileri
review-learner-help = ✎ öğrencinin kendisinin girdiklerini gösterir (kendi beyanı). Bir beceriyi yalnızca mentorun imzası yükseltir.
review-learner-empty = Profilde henüz beceri yok.
review-in-target = Seçilen meslek için gerekli
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = Onaylayan: { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = Belgeler ({ $count })
review-appraisal-shown-title = Değerlendirme ve sonraki adımlar
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = Yazan: { $adviser }, { $date }

## Mentor tarafı.

review-mentor-title = Mentor tarafı
review-signer-title = Kim imzalıyor?
review-signer-help = Gözlemler mentorun kendi anahtarıyla imzalanır; bu anahtar mentorun kendi parolasıyla korunur. Öğrenci bir mentor yerine imza atamaz.
review-signer-pick = İmza anahtarınız
review-signer-passphrase = Parolanız
review-signer-open = İmza anahtarımı aç
review-signer-new-title = Yeni mentor
review-signer-name = Adınız
review-signer-organisation = Kurumunuz (isteğe bağlı)
review-signer-create = İmza anahtarımı oluştur
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = { $name } olarak imzalıyorsunuz
review-signer-key = Anahtar
review-signer-close = İmzalamayı bitir
review-target-title = Hedef meslek
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = Öğrencinin sahip olduğu beceriler ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = Hâlâ eksik olan beceriler ({ $count })
review-observe = Gözlendi olarak onayla
review-add-step = Yola ekle
# Variables:
#   $skill (String) - the skill's name
review-step-added = Öğrenme yoluna eklendi: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = Gözlendi olarak onayla: { $skill }
review-observe-comment = Neyi onaylıyorsunuz?
review-observe-narrative = Ne gördünüz, ne zaman ve nerede? (isteğe bağlı)
review-observe-prepare = Neyin imzalanacağını göster
review-cancel = Vazgeç
review-consent-title = İmzalamadan önce kontrol edin
review-consent-help = Anahtarınızın imzalayacağı şey tam olarak budur. İmzadan sonra öğrencinin cüzdanına gider.
review-consent-signer = İmzalayan
review-consent-learner = Öğrenci hakkında
review-consent-skill = Beceri
review-consent-comment = Sözleriniz
review-consent-narrative = Gözlemledikleriniz
review-consent-document = Belgenin tam hâli
review-consent-sign = İmzala
review-signed = İmzalandı. Beceri artık gözleminizi gösteriyor.
review-appraisal-title = Değerlendirme ve sonraki adımlar
review-appraisal-help = Beceri profilinin 4. bölümü. Öğrencinin cüzdanında sizin adınızla, imzasız olarak saklanır.
review-appraisal-text = Değerlendirmeniz
review-appraisal-next = Sonraki adımlar (her satıra bir tane)
review-appraisal-save = Değerlendirmeyi kaydet
review-appraisal-saved = Kaydedildi.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = Gözlenen beceri: { $skill }

## İnceleme modunun hataları.

error-review-signer-is-learner = Bu anahtar öğrencinin kendi cüzdanına ait, bu yüzden onun becerilerini onaylayamaz.
hint-review-signer-is-learner = Mentorun kendine ait bir imza anahtarı olmalı: "Yeni mentor" bölümünü doldurun.
error-review-observation-stale = Gösterilen artık güncel değil.
hint-review-observation-stale = Neyin imzalanacağını yeniden gösterin, sonra imzalayın.
error-review-mentor-locked = Açık bir mentor imza anahtarı yok.
hint-review-mentor-locked = İmza anahtarınızı parolanızla açın ya da yeni bir tane oluşturun.
