# Çevrimiçi denetim: süren bir denetimi durdurmak ve https ile reddedilen sertifikalar.
# Locale: tr. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = Bağlanılıyor…
online-cancelling = Durduruluyor… Gelmiş olan yanıtlar saklanır.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] { $count } belgeden sonra durduruldu. Gelmiş yanıtlar tarihleriyle saklandı; geri kalanı denetlenmedi.
   *[other] { $count } belgeden sonra durduruldu. Gelmiş yanıtlar tarihleriyle saklandı; geri kalanı denetlenmedi.
}
online-cancelled-early = Hiçbir şey alınmadan durduruldu. Hiçbir şey değişmedi.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = { $url } yanıt vermeden durduruldu.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] { $url } ile güvenli bağlantı reddedildi: sertifikası başka bir web sitesine ait.
    [expired] { $url } ile güvenli bağlantı reddedildi: sertifikasının süresi dolmuş ya da henüz geçerli değil. Bu bilgisayarın tarih ve saatinin doğru olduğunu denetleyin.
    [untrusted] { $url } ile güvenli bağlantı reddedildi: sertifikası güvenilir bir kuruluştan değil.
   *[other] { $url } ile güvenli bağlantı reddedildi: sertifikası geçerli değil.
}
hint-certificate-refused = Bu adresten hiçbir şey alınmadı, bu yüzden hiçbir şey değişmedi. Biri bağlantıya müdahale ediyor olabilir: daha sonra ya da başka bir ağdan yeniden deneyin.
