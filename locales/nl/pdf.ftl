# Afgedrukte bladen (pdf): bewijzen met QR-codes en de leerroute.
# Locale: nl. Reviewed by a native speaker: no.

-pdf-brand = Erkend

## Shared

pdf-learner = Lerende
pdf-field-issuer = Uitgegeven door: { $issuer }
pdf-field-issued = Uitgegeven op: { $date }
pdf-field-valid-until = Geldig tot: { $date }
pdf-field-skills = Vaardigheden:

## Proof sheet

pdf-proof-title = Bewijs van leren
pdf-proof-compare-id = Vergelijk deze naam met een identiteitsbewijs.
pdf-proof-none = Er zijn geen credentials gekozen.
pdf-proof-scan-all = Scan alle { $count } codes: samen bevatten ze de ondertekende credential.
pdf-proof-how-to-verify = Zo controleert u dit: scan de QR-codes met { -pdf-brand } (of gebruik "erkend proof verify"); de handtekening van de uitgever wordt offline gecontroleerd.

## Route sheet

pdf-route-title = Leerroute
pdf-route-target = Doel: { $target }
pdf-route-step = Stap { $number }: { $title }
pdf-route-no-steps = Nog geen stappen: de lerende heeft alle essentiële vaardigheden al.
pdf-route-footer = Deze route is van de lerende, die hem altijd samen met de coach of mentor kan aanpassen.
pdf-field-kind = Soort: { $kind }
pdf-field-status = Stand: { $status }
pdf-field-dates = Periode: { $start } – { $end }
pdf-field-start = Vanaf: { $date }
pdf-field-end = Tot: { $date }
pdf-field-notes = Notities: { $notes }
pdf-step-kind-earn-credential = een credential behalen
pdf-step-kind-work-based-learning = leren op de werkplek (stage, vrijwilligerswerk, werkervaringsplek)
pdf-step-kind-language-goal = taaldoel
pdf-step-kind-practical = praktische stap naar werk
pdf-step-status-planned = gepland
pdf-step-status-in-progress = bezig
pdf-step-status-done = klaar

## Command line

pdf-cli-route-exported = { $count ->
    [one] De route (1 stap) is geschreven naar { $path }.
   *[other] De route ({ $count } stappen) is geschreven naar { $path }.
}
