# Shaandhaynta xirfadaha ee liiska boorsada: raadinta xirfadaha ku qoran shahaadooyinkaaga.
# Locale: so. Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = Qor qayb ka mid ah magaca xirfadda, ama dooro mid ka mid ah xirfadaha ugu badan ee soo noqnoqda.
wallet-skill-count = { $count ->
    [one] hal shahaado
   *[other] { $count } shahaado
}
wallet-skill-none = Shahaadooyinkaaga midna kuma qorna xirfad sidan oo kale ah. Isku day eray kale.
wallet-skill-found = { $count ->
    [one] Hal xirfad ayaa la helay
   *[other] { $count } xirfadood ayaa la helay
}
wallet-skill-empty = Shahaadooyinkaaga midna weli kuma qorna xirfad.
