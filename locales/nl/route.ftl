## The learning route: the newcomer step-plan template and stack progress.
# Locale: nl. Reviewed by a native speaker: no.

route-template-language = Leer de taal van je nieuwe land
route-template-diploma = Laat je diploma's waarderen
route-template-register = Schrijf je in bij het werkplein
route-template-work-experience = Doe hier werkervaring op (vrijwilligerswerk, een taalstage of een werkervaringsplaats)
route-template-network = Bouw je netwerk op
route-template-apply = Solliciteer
# Variables:
#   $earned (Number) - credentials of the stack earned so far
#   $total (Number) - credentials in the stack
route-stack-progress = { $earned } van { $total } behaald
