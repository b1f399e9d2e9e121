# Waraaqaha la daabaco (PDF): caddaymo leh koodhadh QR iyo waddada waxbarashada.
# Locale: so (Somali). Reviewed by a native speaker: no.

-pdf-brand = Erkend

## Wadaag

pdf-learner = Barataha
pdf-field-issuer = Waxaa bixiyay: { $issuer }
pdf-field-issued = La bixiyay: { $date }
pdf-field-valid-until = Ansax ilaa: { $date }
pdf-field-skills = Xirfadaha:

## Waraaqda caddaynta

pdf-proof-title = Caddaynta waxbarashada
pdf-proof-compare-id = Magacan la barbar dhig kaarka aqoonsiga.
pdf-proof-none = Shahaado lama dooran.
pdf-proof-scan-all = Iskaan garee dhammaan { $count } koodh: wadajir ayay u hayaan shahaadada la saxiixay.
pdf-proof-how-to-verify = Sida loo xaqiijiyo: koodhadhka QR ku iskaan garee { -pdf-brand } (ama socodsii "erkend proof verify"); saxiixa bixiyaha waxaa la hubiyaa internet la'aan.

## Waraaqda waddada

pdf-route-title = Waddada waxbarashada
pdf-route-target = Hadafka: { $target }
pdf-route-step = Tallaabada { $number }: { $title }
pdf-route-no-steps = Weli tallaabooyin ma jiraan: barataha horeba wuxuu leeyahay dhammaan xirfadaha aasaasiga ah.
pdf-route-footer = Waddadan waxaa iska leh barataha, oo wakhti kasta ku beddeli kara tababarahiisa ama hagihiisa.
pdf-field-kind = Nooca: { $kind }
pdf-field-status = Xaaladda: { $status }
pdf-field-dates = Taariikhaha: { $start } – { $end }
pdf-field-start = Laga bilaabo: { $date }
pdf-field-end = Ilaa: { $date }
pdf-field-notes = Qoraallo: { $notes }
pdf-step-kind-earn-credential = hel shahaado
pdf-step-kind-work-based-learning = wax ku barasho shaqada (tababar, shaqo tabaruc ah, khibrad shaqo)
pdf-step-kind-language-goal = hadaf luqadeed
pdf-step-kind-practical = tallaabo ficil ah oo loo qaado shaqo
pdf-step-status-planned = la qorsheeyay
pdf-step-status-in-progress = socda
pdf-step-status-done = la dhammeeyay

## Khadka amarrada

pdf-cli-route-exported = { $count ->
    [one] Waddada (1 tallaabo) waxaa lagu qoray { $path }.
   *[other] Waddada ({ $count } tallaabo) waxaa lagu qoray { $path }.
}
