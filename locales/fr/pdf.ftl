# Feuilles imprimées (PDF) : preuves avec codes QR et parcours.
# Locale: fr (French). Reviewed by a native speaker: no.

-pdf-brand = Erkend

## Commun

pdf-learner = Apprenant
pdf-field-issuer = Délivré par : { $issuer }
pdf-field-issued = Délivré le : { $date }
pdf-field-valid-until = Valable jusqu’au : { $date }
pdf-field-skills = Compétences :

## Feuille de preuve

pdf-proof-title = Preuve d’apprentissage
pdf-proof-compare-id = Comparez ce nom avec une pièce d’identité.
pdf-proof-none = Aucune attestation n’a été choisie.
pdf-proof-scan-all = Scannez les { $count } codes : ensemble, ils contiennent l’attestation signée.
pdf-proof-how-to-verify = Pour vérifier : scannez les codes QR avec { -pdf-brand } (ou lancez « erkend proof verify ») ; la signature de l’émetteur est contrôlée sans connexion.

## Feuille de parcours

pdf-route-title = Parcours
pdf-route-target = Objectif : { $target }
pdf-route-step = Étape { $number } : { $title }
pdf-route-no-steps = Pas encore d’étapes : l’apprenant a déjà toutes les compétences essentielles.
pdf-route-footer = Ce parcours appartient à l’apprenant, qui peut le modifier à tout moment avec son conseiller ou son tuteur.
pdf-field-kind = Type : { $kind }
pdf-field-status = État : { $status }
pdf-field-dates = Dates : du { $start } au { $end }
pdf-field-start = À partir du : { $date }
pdf-field-end = Jusqu’au : { $date }
pdf-field-notes = Notes : { $notes }
pdf-step-kind-earn-credential = obtenir une attestation
pdf-step-kind-work-based-learning = apprendre en travaillant (stage, bénévolat, expérience professionnelle)
pdf-step-kind-language-goal = objectif de langue
pdf-step-kind-practical = démarche pratique vers l’emploi
pdf-step-status-planned = prévue
pdf-step-status-in-progress = en cours
pdf-step-status-done = terminée

## Ligne de commande

pdf-cli-route-exported = { $count ->
    [one] Parcours (1 étape) écrit dans { $path }.
   *[other] Parcours ({ $count } étapes) écrit dans { $path }.
}
