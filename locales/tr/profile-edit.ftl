## Beceri profilini düzenleme (kişisel bilgiler, diller, iş deneyimi, kendi becerileriniz),
## yapıştırılan bir iş ilanı, rota adımları ekleme ve değiştirme.
# Locale: tr. Reviewed by a native speaker: no.

pe-edit = Değiştir
pe-remove = Kaldır
pe-cancel = Değiştirmeyi bırak
pe-saved = Kaydedildi.
esco-search-label-any = Bir beceri veya meslek bulun

pe-own-help = Buraya eklediğiniz beceriler, bir belge veya bir mentor onaylayana kadar kendi beyanınız sayılır.
pe-own-mark = Kendi beyanınız

pe-person-title = Hakkımda
pe-person-local = Bu bilgiler bu bilgisayarda, cüzdanınızda kalır. Erkend bunları hiçbir yere göndermez.
pe-person-name = Ad
pe-person-languages = Konuştuğum diller
pe-person-email = E-posta adresi
pe-person-phone = Telefon numarası
pe-person-address = Adres veya şehir
pe-person-save = Bilgilerimi kaydet

pe-languages-title = Dillerim
pe-language-add = Dil ekle
pe-language-label = Dil
pe-language-mother = Ana dil
pe-cefr-legend = Seviyem (A1 = başlangıç, C2 = çok iyi)
pe-cefr-none = Doldurulmadı
pe-cefr-listening = Dinleme
pe-cefr-reading = Okuma
pe-cefr-speaking = Konuşma
pe-cefr-writing = Yazma
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = Dinleme: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = Okuma: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = Konuşma: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = Yazma: { $level }
pe-language-save = Bu dili kaydet

pe-experience-title = İş deneyimim
pe-experience-add = İş deneyimi ekle
pe-experience-edit = Bu iş deneyimini değiştir
pe-experience-kind = İşin türü
pe-experience-kind-job = Ücretli iş
pe-experience-kind-volunteer = Gönüllü çalışma
pe-experience-kind-language-internship = Dil stajı
pe-experience-kind-work-experience-place = İş deneyimi yeri
pe-experience-kind-self-employed = Kendi işim
pe-experience-job = Görev veya pozisyon
pe-experience-organisation = İşveren veya kuruluş
pe-experience-place = Şehir veya ülke
pe-experience-from = Başlangıç
pe-experience-to = Bitiş
pe-date-help = Örneğin 2023 veya 2023-05.
pe-date-help-to = Hâlâ orada çalışıyorsanız boş bırakın.
pe-experience-description = Orada ne yaptınız?
pe-experience-links = Avrupa listesinden (ESCO) beceriler ve meslekler
pe-experience-no-links = Henüz hiçbir şey bağlanmadı. Aşağıda arayın.
pe-experience-save = İş deneyimini kaydet

pe-vacancy-title = Bir iş ilanı bana uygun mu?
pe-vacancy-help = Bir iş ilanının metnini yapıştırın. Erkend içinde geçen becerileri bulur ve bu bilgisayarda profilinizle karşılaştırır.
pe-vacancy-text = İlan metni
pe-vacancy-language = İlanın dili
pe-vacancy-language-help = Beceriler bu dillerde tanınır.
pe-vacancy-submit = Becerileri bul
pe-vacancy-none = Bu metinde Avrupa listesinden bir beceri bulunamadı. Dili kontrol edin veya daha uzun bir metin yapıştırın.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = Uygunluk { $percent }: bu ilanın istediği { $total } becerinin { $have } tanesine sahipsiniz.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] Metinde bir beceri bulundu
   *[other] Metinde { $count } beceri bulundu
}
pe-vacancy-held = Buna sahipsiniz
pe-vacancy-gap = Henüz öğrenilecek
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] Henüz öğrenilecek bir beceri
   *[other] Henüz öğrenilecek { $count } beceri
}

pe-step-add-title = Adım ekle
pe-step-kind = Adımın türü
pe-step-title = Adım nedir?
pe-step-helper-role = Kim yardım ediyor
pe-helper-none = Henüz kimse
pe-helper-mentor = Mentor
pe-helper-coach = İş koçu
pe-helper-supervisor = İş yerindeki sorumlu
pe-step-helper-name = Yardım edenin adı
pe-step-due = Şu tarihten önce bitsin
pe-step-add = Adımı ekle
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] Mentor: { $name }
    [coach] İş koçu: { $name }
   *[supervisor] Sorumlu: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = { $date } tarihinden önce bitsin
pe-step-up = Yukarı taşı
pe-step-down = Aşağı taşı
pe-template-title = İşe giden olağan adımlar
pe-template-help = Çoğu yeni gelenin attığı adımları ekler: dil, diplomaların tanınması, iş kurumu, iş deneyimi, bir çevre edinmek, başvuru yapmak. Rotanızda zaten olan adımlar iki kez eklenmez.
pe-template-language = Öğrenilecek dil
pe-template-level = Ulaşılacak seviye
pe-template-apply = Bu adımları ekle
