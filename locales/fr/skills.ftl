## Le profil de compétences (groupé par pilier ESCO) et la correspondance avec les métiers.
# Locale: fr (French). Reviewed by a native speaker: no.

profile-pillar-skills = Savoir-faire
profile-pillar-knowledge = Connaissances
profile-pillar-transversal = Compétences transversales
profile-pillar-language = Langues
profile-evidence-verified-credential = attestation vérifiée
profile-evidence-endorsed = recommandée
profile-evidence-mentor-observed = observée par un tuteur
profile-evidence-self-declared = selon vous
match-explain-have = { $have ->
    [0] Vous n’avez aucune des { $total } compétences essentielles.
   *[other] Vous avez { $have } des { $total } compétences essentielles : { $matched }.
}
match-explain-missing = Manquantes : { $missing }.
match-explain-related = { $related ->
    [one] Pour l’une d’elles, vous avez une compétence proche (comptée pour moitié).
   *[other] Pour { $related } d’entre elles, vous avez une compétence proche (comptée pour moitié).
}
