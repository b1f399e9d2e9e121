# Paylaşılabilir kanıtlar: kart denetimleri ve komut satırı satırları.
# Locale: tr (Turkish). Reviewed by a native speaker: no.

check-card-signature-valid = Kanıt kartı { $signer } tarafından imzalanmış.
check-card-signature-invalid = Kanıt kartının imzası geçerli değil: kart değiştirilmiş ya da başka biri tarafından imzalanmış.
check-card-signer-unknown = Kanıt kartı, bu bilgisayarın tanımadığı bir anahtarla imzalanmış (anahtar { $kid }).
check-card-signer-trusted = İmzalayan { $signer } güven listenizde var.
check-card-summary-not-verified = Özet, doğrulanmadı: kart, güven listenizde olmayan { $signer } tarafından imzalanmış. Belgenin tam kodlarını denetleyin.
check-card-issued-in-future = Kanıt kartı { $date } tarihinde imzalandığını söylüyor; bu tarih gelecekte. Bu bilgisayarın saatini kontrol edin.
check-link-not-fetched = { $url } adresine bağlantı kodu: açılmadı. Yalnızca adrese güveniyorsanız kendiniz açın.

cli-proof-exported = Kanıt { $path } dosyasına yazıldı.
cli-proof-verified = { $name } — doğrulandı
cli-proof-not-verified = { $name } — DOĞRULANMADI
cli-proof-summary = { $name } — özet, doğrulanmadı
cli-proof-unchecked = { $name } — internet olmadan denetlenemedi
cli-proof-holder = Sahibi: { $name } — bir kimlik belgesiyle karşılaştırın.
cli-proof-link = Bağlantı (açılmadı): { $url }
