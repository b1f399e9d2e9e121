# Profiller / kilit (paylaşılan bilgisayarda her öğrenciye ayrı kasa, misafir oturumu, otomatik kilit) ve "çevrimiçi denetle".
# Locale: tr. Reviewed by a native speaker: no.

## Üst çubuk

nav-switch-user = Kullanıcı değiştir
vault-guest-banner = Misafir oturumu: "Kullanıcı değiştir"e bastığınızda ya da { -app-name } uygulamasını kapattığınızda her şey silinir.

## Profil seçimi

vault-picker-title = { -app-name } uygulamasını kim kullanıyor?
vault-locked-idle = Bir süredir kimse kullanmadığı için profiliniz kilitlendi.
vault-picker-intro = Profilinizi seçin. Herkesin belgeleri kendi parola cümlesiyle kilitlidir; başkaları yalnızca seçtiğiniz adı ve resmi görür.
vault-list-label = Bu bilgisayardaki profiller
vault-list-empty = Bu bilgisayarda henüz profil yok. Başlamak için bir tane oluşturun.
vault-new = Yeni profil
vault-kiosk = Misafir oturumu
vault-kiosk-help = Yalnızca tek bir ziyaret için: bittiğinde hiçbir şey saklanmaz.
vault-card-anonymous = Öğrenci (ad gösterilmiyor)

## Profili açma

vault-unlock-title = Bu profili aç
vault-unlock-passphrase-label = Parola cümlesi
vault-unlock-submit = Aç
vault-back = Profillere dön

## Yeni profil

vault-create-title = Yeni profil
vault-create-name-label = Bu bilgisayarda görünecek ad (boş bırakabilirsiniz)
vault-create-name-help = Bu bilgisayarı kullanan herkes bu adı profiller ekranında görür. Hiçbir şey göstermemek için boş bırakın.
vault-create-avatar-label = Resim: bir emoji ya da adınızın baş harfleri (boş bırakabilirsiniz)
vault-create-passphrase-label = Parola cümlesi
vault-create-passphrase-help = Profilinizi yalnızca bu parola cümlesi açar. Bir yere yazın ve güvenli bir yerde saklayın.
vault-create-confirm-label = Parola cümlesini yeniden yazın
vault-create-submit = Profilimi oluştur

## Ayarlar: otomatik kilit

vault-settings-title = Otomatik kilitle
vault-settings-help = Paylaşılan bir bilgisayarda, kimse kullanmadığında profil kendini kilitler. Bu, bu bilgisayardaki tüm profiller için geçerlidir.
vault-settings-minutes-label = Profil kilitlenmeden önce kullanılmadan geçecek dakika
vault-settings-save = Kaydet
vault-settings-saved = { $minutes ->
    [one] Profiller artık { $minutes } dakika kullanılmayınca kilitleniyor.
   *[other] Profiller artık { $minutes } dakika kullanılmayınca kilitleniyor.
}

## Çevrimiçi denetle

online-title = Çevrimiçi denetle
online-help = { -app-name } internet olmadan çalışır. Düğmeye basarak belgeleri verenlere şimdi belgelerin geri alınıp alınmadığını sorun, anahtarlarını ve daha yeni güven listelerini indirin. Siz basmadıkça hiçbir şey gönderilmez.
online-check-all = Şimdi çevrimiçi denetle
online-check-one = Çevrimiçi denetle
online-progress = Çevrimiçi denetleniyor: { $done } / { $total }
online-done = { $count ->
    [one] { $count } belge çevrimiçi denetlendi.
   *[other] { $count } belge çevrimiçi denetlendi.
}
online-nothing = Burada internet gerektiren bir şey yok: bu belgelerin tüm denetimleri bu bilgisayarda yapılıyor.
online-lists-title = Güven listeleri
online-age-none = Saklanan önceki bir yanıt yok.
online-age-now = Yanıt az önce alındı.
online-age-minutes = { $n ->
    [one] Yanıt { $n } dakika önce alındı.
   *[other] Yanıt { $n } dakika önce alındı.
}
online-age-hours = { $n ->
    [one] Yanıt { $n } saat önce alındı.
   *[other] Yanıt { $n } saat önce alındı.
}
online-age-days = { $n ->
    [one] Yanıt { $n } gün önce alındı.
   *[other] Yanıt { $n } gün önce alındı.
}

## Hatalar

error-offline = İnternet bağlantısı yok: { $host } adresine ulaşılamadı. Hiçbir şey değişmedi.
hint-offline = İnternete bağlanın (Wi-Fi ya da kablo) ve "Çevrimiçi denetle"ye yeniden basın. Geri kalan her şey internetsiz de çalışır.
error-auto-lock-invalid = { $min } ile { $max } arasında bir dakika sayısı seçin.
hint-auto-lock-invalid = Paylaşılan bir bilgisayar bir profili asla uzun süre açık bırakmamalı.
