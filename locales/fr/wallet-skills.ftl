# Le filtre par compétence de la liste : une recherche parmi les compétences citées par vos attestations.
# Locale: fr. Reviewed by a native speaker: no.

## Portefeuille : filtrer par compétence

wallet-skill-help = Tapez une partie du nom d'une compétence, ou choisissez l'une des compétences les plus fréquentes.
wallet-skill-count = { $count ->
    [one] dans { $count } attestation
   *[other] dans { $count } attestations
}
wallet-skill-none = Aucune de vos attestations ne cite une telle compétence. Essayez un autre mot.
wallet-skill-found = { $count ->
    [one] { $count } compétence trouvée
   *[other] { $count } compétences trouvées
}
wallet-skill-empty = Aucune de vos attestations ne cite encore de compétence.
