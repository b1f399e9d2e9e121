# Doğrulama denetimleri; komut satırında ve uygulamada gösterilir.
# Locale: tr. Reviewed by a native speaker: no.

check-signature-not-supported-yet = Bu tür belgelerin imzası bu sürümde henüz denetlenemiyor.
check-expired = Süresi { $date } tarihinde doldu.
check-not-expired = { $date } tarihine kadar geçerli.
check-not-yet-valid = Henüz geçerli değil: { $date } tarihinden itibaren geçerli.
check-valid-from = { $date } tarihinden itibaren geçerli.
check-bad-date = “{ $date }” tarihi okunamıyor.

## İmza

check-signature-valid = İmza geçerli (anahtar { $method }).
check-signature-invalid = İmza uyuşmuyor: belge imzalandıktan sonra değiştirilmiş ya da başka bir anahtarla imzalanmış.
check-signature-malformed = İmza ya da anahtarı bozuk ve denetlenemiyor.
check-signature-alg-refused = “{ $alg }” imza algoritması kabul edilmiyor.
check-signature-needs-network = { $method } imza anahtarının internetten alınması gerekiyor; bu denetim için ağ gerekir.
check-signature-key-unsupported = Bu sürüm { $method } anahtarının türünü okuyamıyor.
check-signature-key-not-bound = Belgenin içindeki anahtar, ağ olmadan veren kuruma bağlanamıyor.
check-signature-no-key = Belge, onu hangi anahtarın imzaladığını söylemiyor.
check-signature-missing = Belgenin imzası yok.
check-signature-wrong-purpose = İmza bir belgeye kefil olmak için atılmamış.
check-signature-previous-proof-missing = Bir imza, belgede bulunmayan başka bir imzaya dayanıyor.
check-signature-proof-expired = İmza yalnızca { $date } tarihine kadar geçerliydi.
check-signature-suite-unsupported = Bu sürüm “{ $suite }” türündeki imzaları denetleyemiyor.
check-signature-suite-unavailable = Bu sürüm bu tür imzayı henüz denetleyemiyor.
check-signature-context-unavailable = İmza çevrim dışı denetlenemiyor: { $context } adresindeki tanımlar yerleşik değil.
check-signature-jades-not-supported-yet = Bir Europass belgesinin elektronik mührü bu sürümde henüz denetlenemiyor.
check-hosted-needs-network = Bu rozet veren kurumun sunucusunda duruyor; denetlemek için ağ gerekir.

## Veren kurum

check-issuer-matches = Anahtar { $issuer } kurumuna ait.
check-issuer-mismatch = Belge veren kurum olarak { $issuer } adını veriyor, ama { $controller } tarafından imzalanmış.
check-issuer-needs-network = İmza anahtarının veren kuruma ait olup olmadığı yalnızca çevrim içi denetlenebilir.
check-issuer-no-key = Denetlenmiş bir imza olmadan bu belgeyi kimin verdiği bilinmiyor.
check-issuer-missing = Belge veren kurumun adını vermiyor.
check-issuer-jwt-iss-mismatch = Belge veren kurum olarak { $issuer } adını veriyor, ama çevresindeki jeton { $iss } adını veriyor.

check-nested-verified = Bu paketteki { $count } belgenin tümü tek tek doğrulandı.
check-nested-failed = Bu paketteki { $position }. belge (“{ $name }”) doğrulanmadı.
check-nested-unchecked = Bu paketteki { $position }. belge (“{ $name }”) burada denetlenemedi.
