## The skills profile (grouped by ESCO pillar) and occupation matching.
# Locale: nl. Reviewed by a native speaker: no.

profile-pillar-skills = Vaardigheden
profile-pillar-knowledge = Kennis
profile-pillar-transversal = Transversale vaardigheden
profile-pillar-language = Talen
profile-evidence-verified-credential = geverifieerd bewijs
profile-evidence-endorsed = onderschreven
profile-evidence-mentor-observed = gezien door een mentor
profile-evidence-self-declared = eigen opgave
# Variables:
#   $have (Number) - essential skills held
#   $total (Number) - essential skills of the occupation
#   $matched (String) - their labels, comma-separated
match-explain-have = { $have ->
    [0] Je hebt geen van de { $total } essentiële vaardigheden.
   *[other] Je hebt { $have } van de { $total } essentiële vaardigheden: { $matched }.
}
# Variables:
#   $missing (String) - labels of the essential skills not held, comma-separated
match-explain-missing = Nog nodig: { $missing }.
# Variables:
#   $related (Number) - missing skills that a related skill you have partly covers
match-explain-related = { $related ->
    [one] Voor één daarvan heb je een verwante vaardigheid (telt half).
   *[other] Voor { $related } daarvan heb je een verwante vaardigheid (telt half).
}
