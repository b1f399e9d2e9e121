# Locale: so (Somali). Reviewed by a native speaker: no.
## Beddelidda tallaabo waddada ah shaashadda waddada: foomka, iyo sababta barnaamijku u diido beddel.

route-step-edit-title = Beddel tallaabadan
route-step-save = Kaydi tallaabada
route-step-due-help = Tusaale ahaan 2026-05-31. Banaan ka tag haddii aanay taariikh jirin.

error-route-step-title-empty = Tallaabadan ma laha cinwaan.
hint-route-step-title-empty = Erayo kooban ku qor waxa tallaabadu tahay, tusaale ahaan “Booqo xafiiska shaqada”.
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = “{ $date }” ma aha taariikh.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = U qor taariikhda sida sannad-bil-maalin, tusaale ahaan 2026-05-31, ama banaan ka tag.
error-route-step-helper-incomplete = Sheeg cidda caawinaysa: dooro cidda ay tahay oo qor magaceeda.
hint-route-step-helper-incomplete = Haddii aan weli qofna ku caawin, dooro “Weli qofna” oo magaca banaan ka tag.
