## Yol haritası ekranında bir adımı değiştirmek: form ve programın bir değişikliği neden reddettiği.
# Locale: tr (Turkish). Reviewed by a native speaker: no.

route-step-edit-title = Bu adımı değiştir
route-step-save = Adımı kaydet
route-step-due-help = Örneğin 2026-05-31. Tarih yoksa boş bırakın.

error-route-step-title-empty = Bu adımın başlığı yok.
hint-route-step-title-empty = Adımın ne olduğunu birkaç kelimeyle yazın, örneğin “İş bulma kurumuna git”.
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = “{ $date }” bir tarih değil.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = Tarihi yıl-ay-gün olarak yazın, örneğin 2026-05-31, ya da boş bırakın.
error-route-step-helper-incomplete = Kimin yardım ettiğini söyleyin: kim olduğunu seçin ve adını yazın.
hint-route-step-helper-incomplete = Henüz kimse yardım etmiyorsa “Henüz kimse” seçin ve adı boş bırakın.
