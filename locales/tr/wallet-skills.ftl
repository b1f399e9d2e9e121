# Cüzdan listesinin beceri filtresi: belgelerinizde geçen beceriler arasında arama.
# Locale: tr. Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = Bir becerinin adının bir kısmını yazın ya da en sık geçen becerilerden birini seçin.
wallet-skill-count = { $count ->
    [one] 1 belgede
   *[other] { $count } belgede
}
wallet-skill-none = Belgelerinizin hiçbirinde böyle bir beceri geçmiyor. Başka bir kelime deneyin.
wallet-skill-found = { $count ->
    [one] 1 beceri bulundu
   *[other] { $count } beceri bulundu
}
wallet-skill-empty = Belgelerinizin hiçbiri henüz bir beceri içermiyor.
