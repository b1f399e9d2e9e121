# Basılı sayfalar (PDF): QR kodlu kanıtlar ve yol haritası.
# Locale: tr (Turkish). Reviewed by a native speaker: no.

-pdf-brand = Erkend

## Ortak

pdf-learner = Öğrenen
# Variables:
#   $issuer (String) - the issuer's name as issued
pdf-field-issuer = Veren: { $issuer }
# Variables:
#   $date (String) - a date, YYYY-MM-DD
pdf-field-issued = Veriliş tarihi: { $date }
# Variables:
#   $date (String) - a date, YYYY-MM-DD
pdf-field-valid-until = Geçerlilik sonu: { $date }
pdf-field-skills = Beceriler:

## Kanıt sayfası

pdf-proof-title = Öğrenme kanıtı
pdf-proof-compare-id = Bu adı bir kimlik belgesiyle karşılaştırın.
pdf-proof-none = Hiçbir belge seçilmedi.
# Variables:
#   $count (Number) - how many QR codes belong to this credential
pdf-proof-scan-all = { $count } kodun hepsini tarayın: hep birlikte imzalı belgeyi taşırlar.
pdf-proof-how-to-verify = Nasıl doğrulanır: QR kodlarını { -pdf-brand } ile tarayın (ya da "erkend proof verify" komutunu çalıştırın); veren kurumun imzası internet olmadan denetlenir.

## Yol haritası sayfası

pdf-route-title = Yol haritası
# Variables:
#   $target (String) - the target occupation or qualification
pdf-route-target = Hedef: { $target }
# Variables:
#   $number (Number) - the step's place in the route
#   $title (String) - the step's title
pdf-route-step = Adım { $number }: { $title }
pdf-route-no-steps = Henüz adım yok: öğrenen tüm temel becerilere zaten sahip.
pdf-route-footer = Bu yol haritası öğrenene aittir; onu danışmanı ya da rehberiyle istediği zaman değiştirebilir.
# Variables:
#   $kind (String) - the kind of step
pdf-field-kind = Tür: { $kind }
# Variables:
#   $status (String) - planned, in progress or done
pdf-field-status = Durum: { $status }
# Variables:
#   $start (String) - start date
#   $end (String) - end date
pdf-field-dates = Tarihler: { $start } – { $end }
# Variables:
#   $date (String) - start date
pdf-field-start = Başlangıç: { $date }
# Variables:
#   $date (String) - end date
pdf-field-end = Bitiş: { $date }
# Variables:
#   $notes (String) - the learner's or coach's notes
pdf-field-notes = Notlar: { $notes }
pdf-step-kind-earn-credential = bir belge kazanmak
pdf-step-kind-work-based-learning = işte öğrenme (staj, gönüllü çalışma, iş deneyimi)
pdf-step-kind-language-goal = dil hedefi
pdf-step-kind-practical = işe doğru pratik adım
pdf-step-status-planned = planlandı
pdf-step-status-in-progress = sürüyor
pdf-step-status-done = tamamlandı

## Komut satırı

# Variables:
#   $path (String) - the PDF file written
#   $count (Number) - number of steps
pdf-cli-route-exported = { $count ->
    [one] Yol haritası (1 adım) { $path } dosyasına yazıldı.
   *[other] Yol haritası ({ $count } adım) { $path } dosyasına yazıldı.
}
