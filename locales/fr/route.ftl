## Le parcours : modèle d’étapes pour les nouveaux arrivants et progression des ensembles d’attestations.
# Locale: fr (French). Reviewed by a native speaker: no.

route-template-language = Apprendre la langue de votre nouveau pays
route-template-diploma = Faire évaluer vos diplômes
route-template-register = Vous inscrire au service public de l’emploi
route-template-work-experience = Acquérir une expérience professionnelle ici (bénévolat, stage linguistique ou stage en entreprise)
route-template-network = Développer votre réseau
route-template-apply = Postuler à des offres d’emploi
route-stack-progress = { $earned } sur { $total } obtenues
