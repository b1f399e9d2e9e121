# Güven listeleri, geri çekme durumu, sunucuda duran rozetler ve çevrim içi yenileme.
# Locale: tr (Turkish). Reviewed by a native speaker: no.

## İnternetten bir şey alınmasını gerektiren denetimler

# Variables:
#   $since (String) - when the last online check ran
#   $url (String) - the address that would be fetched
check-offline-since = Denetlenmedi: bunun için { $url } gerekiyor ve bu adres alınmadı ({ $since } tarihinden beri çevrim dışı).
# Variables:
#   $url (String) - the address that would be fetched
check-never-online = Denetlenmedi: bunun için { $url } gerekiyor ve henüz hiçbir şey çevrim içi denetlenmedi.

## Durum (geri çekme ve askıya alma)

# Variables:
#   $date (String) - when the status list was fetched
check-status-not-revoked = Geri çekilmedi (durum listesi { $date } tarihinde alındı).
# Variables:
#   $date (String) - when the status list was fetched
#   $days (String) - the allowed age in days
check-status-stale = Son denetimde ({ $date }) geri çekilmemişti, ama bu { $days } günden daha önceydi: yeniden çevrim içi denetleyin.
# Variables:
#   $date (String) - when the status was fetched
check-status-revoked = Veren kurum bu belgeyi geri çekti (denetim: { $date }).
# Variables:
#   $date (String) - when the status was fetched
check-status-suspended = Veren kurum bu belgeyi askıya aldı (denetim: { $date }).
check-status-malformed = Belgenin durum kaydı bozuk ve denetlenemiyor.
# Variables:
#   $type (String) - the kind of status entry
check-status-type-unsupported = Bu tür durum kaydı ({ $type }) bu sürümde denetlenemiyor.
# Variables:
#   $url (String) - the status list address
#   $detail (String) - what is wrong (technical)
check-status-list-unusable = { $url } adresindeki durum listesi kullanılamıyor ({ $detail }).

## Sunucuda duran Open Badges 2.0 rozetleri

check-hosted-no-url = Bu rozetin, veren kurumun onu sakladığı bir https adresi yok.
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
check-hosted-matches = Veren kurumun { $url } adresindeki kopyası uyuşuyor ({ $date } tarihinde alındı).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
check-hosted-revoked = Veren kurum bu rozeti geri çekti ({ $url }, denetim: { $date }).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $status (String) - the HTTP status code
#   $date (String) - when it was asked
check-hosted-gone = Veren kurumda bu rozet artık { $url } adresinde yok (yanıt { $status }, { $date }).
# Variables:
#   $url (String) - the issuer's address of the badge
#   $field (String) - the part that differs
#   $date (String) - when it was fetched
check-hosted-differs = Veren kurumun { $url } adresindeki kopyası bu rozetten “{ $field }” bölümünde farklı ({ $date } tarihinde alındı).
# Variables:
#   $url (String) - the badge's address
#   $issuer (String) - the issuer's address
check-hosted-wrong-origin = { $url } adresindeki rozet, veren kurumun kendi sitesinde ({ $issuer }) durmuyor.
# Variables:
#   $url (String) - the issuer's address of the badge
#   $date (String) - when it was fetched
#   $days (String) - the allowed age in days
check-hosted-stale = Veren kurumun kopyası { $date } tarihinde uyuşuyordu, ama bu { $days } günden daha önceydi: yeniden çevrim içi denetleyin.

## Komut satırı

# Variables:
#   $name (String) - the list's name
#   $count (Number) - organisations on it
cli-trust-added = “{ $name }” güven listesi kuruldu ({ $count } kuruluş).
# Variables:
#   $count (Number) - installed lists
cli-trust-count = { $count ->
    [one] Bir güven listesi kurulu.
   *[other] { $count } güven listesi kurulu.
}
# Variables:
#   $path (String) - the signed file
cli-trust-signed = İmzalı liste { $path } dosyasına yazıldı.
# Variables:
#   $url (String) - the address
#   $n (Number) - its number
#   $total (Number) - addresses known so far
cli-refresh-fetching = { $url } alınıyor ({ $n }/{ $total })…
# Variables:
#   $id (String) - the credential
#   $fetched (Number) - documents fetched
#   $failed (Number) - documents that could not be fetched
cli-refresh-done = { $id }: { $fetched } alındı, { $failed } alınamadı.

## Europass mühürleri

check-issuer-certificate-unchecked = Mührün sertifikası AB güven listelerine karşı denetlenmedi (bunun için ağ gerekir); bu yüzden kimin mühürlediği doğrulanmadı.
