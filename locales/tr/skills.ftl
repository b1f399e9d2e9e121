## Beceri profili (ESCO sütunlarına göre gruplanmış) ve meslek eşleştirme.
# Locale: tr (Turkish). Reviewed by a native speaker: no.

profile-pillar-skills = Beceriler
profile-pillar-knowledge = Bilgi
profile-pillar-transversal = Her işte gereken beceriler
profile-pillar-language = Diller
profile-evidence-verified-credential = doğrulanmış belge
profile-evidence-endorsed = onaylandı
profile-evidence-mentor-observed = bir rehber tarafından gözlendi
profile-evidence-self-declared = kendi beyanınız
# Variables:
#   $have (Number) - essential skills held
#   $total (Number) - essential skills of the occupation
#   $matched (String) - their labels, comma-separated
match-explain-have = { $have ->
    [0] { $total } temel becerinin hiçbirine sahip değilsiniz.
   *[other] { $total } temel beceriden { $have } tanesine sahipsiniz: { $matched }.
}
# Variables:
#   $missing (String) - labels of the essential skills not held, comma-separated
match-explain-missing = Eksik: { $missing }.
# Variables:
#   $related (Number) - missing skills that a related skill you have partly covers
match-explain-related = { $related ->
    [one] Bunlardan biri için ilgili bir beceriniz var (yarım sayıldı).
   *[other] Bunlardan { $related } tanesi için ilgili bir beceriniz var (yarım sayıldı).
}
