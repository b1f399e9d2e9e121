## Yol haritası: yeni gelenler için adım planı şablonu ve belge dizisi ilerlemesi.
# Locale: tr (Turkish). Reviewed by a native speaker: no.

route-template-language = Yeni ülkenizin dilini öğrenin
route-template-diploma = Diplomalarınızı değerlendirtin
route-template-register = İş bulma kurumuna kaydolun
route-template-work-experience = Burada iş deneyimi kazanın (gönüllü çalışma, dil stajı ya da iş deneyimi yeri)
route-template-network = Çevrenizi oluşturun
route-template-apply = İşlere başvurun
# Variables:
#   $earned (Number) - credentials of the stack earned so far
#   $total (Number) - credentials in the stack
route-stack-progress = { $total } belgeden { $earned } tanesi kazanıldı
