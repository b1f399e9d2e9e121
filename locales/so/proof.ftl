# Caddaymaha la wadaagi karo: hubinta kaarka iyo fariimaha khadka amarrada.
# Locale: so (Somali). Reviewed by a native speaker: no.

check-card-signature-valid = Kaarka caddaynta waxaa saxiixay { $signer }.
check-card-signature-invalid = Saxiixa kaarka caddaynta ansax ma aha: waa la beddelay ama qof kale ayaa saxiixay.
check-card-signer-unknown = Kaarka caddaynta waxaa lagu saxiixay fure uusan kombiyuutarkani aqoon (furaha { $kid }).
check-card-signer-trusted = Saxiixaha { $signer } wuxuu ku jiraa liiskaaga kalsoonida.
check-card-summary-not-verified = Soo koobid, lama xaqiijin: kaarka waxaa saxiixay { $signer }, oo aan ku jirin liiskaaga kalsoonida. Hubi koodhadhka shahaadada oo dhan.
check-card-issued-in-future = Kaarka caddaynta wuxuu sheegayaa in la saxiixay { $date }, taas oo mustaqbalka ah. Hubi saacadda kombiyuutarkan.
check-link-not-fetched = Koodh xiriir oo u socda { $url }: lama furin. Adigu fur keliya haddii aad aaminsan tahay cinwaanka.

cli-proof-exported = Caddaynta waxaa lagu qoray { $path }.
cli-proof-verified = { $name } — waa la xaqiijiyay
cli-proof-not-verified = { $name } — LAMA xaqiijin
cli-proof-summary = { $name } — soo koobid, lama xaqiijin
cli-proof-unchecked = { $name } — lama hubin karin internet la'aan
cli-proof-holder = Haystaha: { $name } — la barbar dhig kaarka aqoonsiga.
cli-proof-link = Xiriir (lama furin): { $url }
