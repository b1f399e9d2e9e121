# Meldingen van de opdrachtregel erkend.
# Locale: nl. Nagekeken door een moedertaalspreker: nee.

cli-init-done-encrypted = Portemonnee gemaakt op { $path }, beveiligd met uw wachtwoord.
cli-init-done-plain = Portemonnee gemaakt op { $path } ZONDER wachtwoord: iedereen met toegang tot deze computer kan hem lezen.
cli-import-imported = { $file }: opgenomen als { $id }
cli-import-duplicate = { $file }: zat al in de portemonnee als { $id }
cli-import-rejected = { $file }: geweigerd. { $reason }
cli-list-count = { $count ->
    [0] De portemonnee is leeg.
    [one] Eén certificaat:
   *[other] { $count } certificaten:
}
verified-true = geverifieerd
verified-false = NIET geverifieerd
verified-null = niet gecontroleerd
cli-export-done = Originele bytes geschreven naar { $path }.
cli-esco-building = De ESCO-vaardighedenindex wordt gemaakt (alleen de eerste keer)… { $percent } %
cli-backup-done = Versleutelde reservekopie van { $count } certificaten geschreven naar { $path }. Bewaar het wachtwoord: zonder wachtwoord gaat de reservekopie niet open.
cli-restore-done = Teruggezet: { $count } certificaten toegevoegd, { $duplicates } stonden al in de portemonnee.

cli-route-none = Nog geen leerroute. Kies een beroep als doel met: erkend route set-target URI
# Variables:
#   $target (String) - the target occupation
#   $count (Number) - number of steps
cli-route-target = { $count ->
    [0] Route naar { $target }: je hebt alle essentiële vaardigheden al.
    [one] Route naar { $target }: één stap.
   *[other] Route naar { $target }: { $count } stappen.
}
cli-route-status-planned = gepland
cli-route-status-in-progress = bezig
cli-route-status-done = klaar
cli-import-endorsement-imported = { $file }: aanbeveling { $id } geverifieerd en gekoppeld
cli-import-endorsement-duplicate = { $file }: aanbeveling staat al in de portemonnee als { $id }
cli-import-endorsement-kept-imported = { $file }: aanbeveling { $id } bewaard, maar niet gekoppeld: het certificaat waarover ze gaat staat (nog) niet in deze portemonnee. Ze wordt gekoppeld zodra u dat certificaat importeert.
cli-import-endorsement-kept-duplicate = { $file }: aanbeveling staat al in de portemonnee als { $id } (niet gekoppeld)
cli-endorse-review = U ondertekent deze aanbeveling als { $name } ({ $did }):
cli-endorse-review-about = Over: { $kind } { $id }
cli-endorse-review-summary = Certificaat: { $name }, uitgegeven door { $issuer } op { $issued }
cli-endorse-review-skills = Vaardigheden: { $skills }
cli-endorse-review-learner = Voor: { $learner }
cli-endorse-review-comment = Uw woorden: { $comment }
cli-endorse-kind-credential = certificaat
cli-endorse-kind-achievement = prestatie
cli-endorse-kind-skill = vaardigheid
cli-endorse-credential-name = Aanbeveling: { $target }
cli-endorse-done = Aanbeveling ondertekend en opgeslagen in { $path }. Geef dit bestand aan de lerende.
cli-endorse-dry-run = Er is niets ondertekend (--dry-run).
cli-request-done = Aanbevelingsverzoek opgeslagen in { $path }. Geef het aan uw mentor of begeleider; importeer hun antwoord met “erkend import”.
cli-attest-done = Verklaring ondertekend en opgeslagen in { $path }. Geef dit bestand aan de lerende.
attest-evidence-tasks = Taken
attest-evidence-goals = Bereikte leerdoelen
attest-evidence-evaluation = Evaluatie: stond het werk in dienst van het leren?
attest-evidence-place = Plaats
attest-answer-yes = Ja
attest-answer-no = Nee

cli-recovery-sheet-done = Herstelblad geschreven naar { $path }. Druk het af, bewaar het op een veilige plek en verwijder daarna het bestand. Elke reservekopie die je vanaf nu maakt, gaat open met deze code.
recovery-sheet-title = Erkend herstelblad — je herstelcode
recovery-sheet-explain = Deze code opent elke reservekopie van je portemonnee die gemaakt is nadat dit blad is afgedrukt, ook als je je wachtwoord vergeet. Bewaar hem veilig en geheim, als een sleutel: wie deze code en een reservekopie heeft, kan je portemonnee lezen. Gebruik: zet ERKEND_RECOVERY_CODE op de code en voer uit: erkend restore RESERVEKOPIE
