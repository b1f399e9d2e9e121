# Locale: so (Somali). Reviewed by a native speaker: no.
## Astaanta xirfadaha (loo kooxeeyay tiirarka ESCO) iyo shaqooyinka habboon.

profile-pillar-skills = Xirfado
profile-pillar-knowledge = Aqoon
profile-pillar-transversal = Xirfado shaqo kasta loo baahan yahay
profile-pillar-language = Luqado
profile-evidence-verified-credential = shahaado la xaqiijiyay
profile-evidence-endorsed = la taageeray
profile-evidence-mentor-observed = hage ayaa arkay
profile-evidence-self-declared = adiga ayaa sheegay
match-explain-have = { $have ->
    [0] Ma lihid midna ka mid ah { $total } xirfadood ee aasaasiga ah.
   *[other] Waxaad leedahay { $have } ka mid ah { $total } xirfadood oo aasaasi ah: { $matched }.
}
match-explain-missing = Waa maqan yihiin: { $missing }.
match-explain-related = { $related ->
    [one] Mid ka mid ah waxaad u leedahay xirfad la xiriirta (badh ayaa la tiriyay).
   *[other] { $related } ka mid ah waxaad u leedahay xirfad la xiriirta (badh ayaa la tiriyay).
}
