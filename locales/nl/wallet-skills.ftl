# Het vaardigheidsfilter van de lijst: zoeken in de vaardigheden die in je bewijzen staan.
# Locale: nl. Reviewed by a native speaker: no.

## Portemonnee: filteren op vaardigheid

wallet-skill-help = Typ een deel van de naam van een vaardigheid, of kies een van de vaardigheden die het vaakst voorkomen.
wallet-skill-count = { $count ->
    [one] in 1 bewijs
   *[other] in { $count } bewijzen
}
wallet-skill-none = Geen van je bewijzen noemt zo'n vaardigheid. Probeer een ander woord.
wallet-skill-found = { $count ->
    [one] 1 vaardigheid gevonden
   *[other] { $count } vaardigheden gevonden
}
wallet-skill-empty = Geen van je bewijzen noemt al een vaardigheid.
