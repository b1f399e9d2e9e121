# Locale: so (Somali). Reviewed by a native speaker: no.
## Waddada waxbarashada: qorshaha tallaabooyinka dadka cusub iyo horumarka xirmada.

route-template-language = Baro luqadda dalkaaga cusub
route-template-diploma = U dir shahaadooyinkaaga waxbarasho si loo qiimeeyo
route-template-register = Iska diiwaangeli xafiiska shaqada
route-template-work-experience = Halkan ka hel khibrad shaqo (shaqo tabaruc ah, tababar luqadeed ama meel khibrad shaqo)
route-template-network = Dhis xiriirradaada dadka
route-template-apply = Codso shaqooyin
route-stack-progress = { $earned } ka mid ah { $total } ayaa la helay
