## Een stap van de route veranderen op het routescherm: het formulier, en waarom de kern een wijziging weigert.
# Locale: nl. Reviewed by a native speaker: no.

route-step-edit-title = Deze stap veranderen
route-step-save = Stap opslaan
route-step-due-help = Bijvoorbeeld 2026-05-31. Laat leeg als er geen datum is.

error-route-step-title-empty = Deze stap heeft geen titel.
hint-route-step-title-empty = Schrijf in een paar woorden wat de stap is, bijvoorbeeld „Naar het UWV gaan”.
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = „{ $date }” is geen datum.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-05-31, of laat het leeg.
error-route-step-helper-incomplete = Zeg wie helpt: kies wie het is en schrijf de naam.
hint-route-step-helper-incomplete = Helpt nog niemand? Kies „Nog niemand” en laat de naam leeg.
