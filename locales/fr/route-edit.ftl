## Modifier une étape du parcours sur l’écran du parcours : le formulaire, et pourquoi le programme refuse une modification.
# Locale: fr (French). Reviewed by a native speaker: no.

route-step-edit-title = Modifier cette étape
route-step-save = Enregistrer l’étape
route-step-due-help = Par exemple 2026-05-31. Laissez vide s’il n’y a pas de date.

error-route-step-title-empty = Cette étape n’a pas de titre.
hint-route-step-title-empty = Écrivez en quelques mots ce qu’est l’étape, par exemple « Aller à l’agence pour l’emploi ».
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = « { $date } » n’est pas une date.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = Écrivez la date sous la forme année-mois-jour, par exemple 2026-05-31, ou laissez vide.
error-route-step-helper-incomplete = Dites qui aide : choisissez qui c’est et écrivez son nom.
hint-route-step-helper-incomplete = Si personne n’aide encore, choisissez « Personne pour l’instant » et laissez le nom vide.
