# Messages de l’application de bureau (ui/). Erreurs et conseils : errors.ftl ; contrôles : checks.ftl.
# Locale: fr. Reviewed by a native speaker: no (pas encore relu par une personne de langue maternelle française).

## Cadre

app-title = { -app-name } : vos attestations
app-brand = { -app-name }
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-wallet = Mes attestations
nav-import = Ajouter des attestations
language-label = Langue
wallet-unprotected-banner = Ce portefeuille n’est PAS protégé par une phrase secrète. Toute personne qui utilise cet ordinateur peut l’ouvrir et lire vos attestations.
wallet-path-label = Fichier du portefeuille :
fatal-title = Impossible d’ouvrir le portefeuille

## Première utilisation

create-title = Bienvenue ! Créez votre portefeuille
create-intro = Votre portefeuille garde vos badges et certificats sur cet ordinateur. Rien n’est envoyé nulle part.
create-protected-title = Protégez-le par une phrase secrète (conseillé)
create-passphrase-label = Phrase secrète
create-passphrase-help = Choisissez quelques mots dont vous vous souviendrez. Sans elle, personne ne peut ouvrir le portefeuille, pas même vous : notez-la dans un endroit sûr.
create-confirm-label = Tapez la phrase secrète une deuxième fois
create-submit = Créer un portefeuille protégé
create-error-empty = Tapez d’abord une phrase secrète, ou créez le portefeuille sans phrase secrète plus bas.
create-error-mismatch = Les deux phrases secrètes ne sont pas identiques. Tapez-les à nouveau.
create-plain-title = Ou : sans phrase secrète
create-plain-warning = Un portefeuille sans phrase secrète n’est PAS protégé. Toute personne qui utilise cet ordinateur peut l’ouvrir et lire vos attestations.
create-plain-ack = Je comprends que mon portefeuille ne sera pas protégé.
create-plain-submit = Créer le portefeuille sans phrase secrète

## Déverrouiller

unlock-title = Ouvrir votre portefeuille
unlock-passphrase-label = Phrase secrète
unlock-submit = Ouvrir le portefeuille

## Liste

wallet-title = Mes attestations
wallet-add = Ajouter des attestations
wallet-empty-title = Votre portefeuille est vide
wallet-empty-text = Ajoutez un fichier de badge ou de certificat que vous avez reçu, par exemple après une formation ou de la part d’un conseiller.
card-issuer = De :
card-learner = Pour :
card-issued = Délivré le :
verdict-verified = Vérifié
verdict-failed = Non vérifié : un contrôle a échoué
verdict-unchecked = Pas encore contrôlé

## Ajouter

import-title = Ajouter des attestations
import-drop-hint = Faites glisser des fichiers de badge ou de certificat sur cette fenêtre, ou choisissez-les sur votre ordinateur.
import-choose = Choisir des fichiers
import-results-title = Résultats
import-result-imported = Ajouté à votre portefeuille.
import-result-duplicate = Déjà dans votre portefeuille ; rien n’a changé.
import-result-rejected = Non ajouté.

## Détail d’une attestation

detail-back = Retour à mes attestations
detail-issuer = Délivré par
detail-learner = Délivré à
detail-achievement = Réussite
detail-description = Description
detail-criteria = Comment elle a été obtenue
detail-issued = Date de délivrance
detail-valid-from = Valable à partir du
detail-valid-until = Valable jusqu’au
detail-format = Format
detail-source = Fichier
detail-imported = Ajouté le
detail-credential-id = Identifiant de l’attestation
detail-issuer-id = Identifiant de l’émetteur
detail-sha256 = Empreinte (SHA-256)
detail-skills = Compétences (ESCO)
detail-checks-title = Ce qui a été contrôlé
detail-no-checks = Rien n’a encore été contrôlé.
detail-check-outcome-passed = Réussi
detail-check-outcome-failed = Échoué
detail-check-outcome-unchecked = Non contrôlé
detail-check-name-signature = Signature
detail-check-name-issuer = Émetteur
detail-check-name-hosted = Copie de l’émetteur
detail-check-name-expiry = Date de fin
detail-check-name-not-before = Date de début
detail-check-name-status = Retrait
detail-check-name-schema = Structure
detail-check-name-nested = Attestations du lot

## Erreurs propres à l’application

error-wallet-locked = Le portefeuille n’est pas encore ouvert.
hint-wallet-locked = Ouvrez d’abord le portefeuille avec sa phrase secrète.
error-bad-request = L’application a envoyé une demande incomplète ({ $what }). Veuillez réessayer.
error-ipc = Un problème est survenu dans l’application : { $reason }

## Éléments d’une micro-certification (recommandation du Conseil de l’UE)

detail-awarding-body = Décerné par
detail-ects = Crédits ECTS
detail-workload = Charge de travail (heures)
detail-eqf = Niveau CEC
detail-nqf = Niveau national
detail-assessment = Type d’évaluation
detail-participation = Mode de participation
detail-quality-assurance = Assurance qualité
detail-learning-outcomes = Acquis d’apprentissage

## Navigation

nav-profile = Mes compétences
nav-match = Métiers pour moi
nav-route = Mon parcours
nav-settings = Réglages
nav-about = À propos
nav-lock = Verrouiller

## Recherche, tri, filtres

wallet-search-label = Rechercher
wallet-sort-label = Ordre
wallet-sort-date-desc = Les plus récentes d’abord
wallet-sort-date-asc = Les plus anciennes d’abord
wallet-sort-issuer = Par émetteur
wallet-sort-name = Par nom
wallet-sort-status = Problèmes d’abord
wallet-filter-issuer = Émetteur
wallet-filter-skill = Compétence
wallet-filter-status = État
wallet-filter-year = Année
wallet-filter-all = Toutes
wallet-count = { $total ->
    [one] { $shown } attestation affichée sur { $total }
   *[other] { $shown } attestations affichées sur { $total }
}

## Ajout : progression

import-cancel = Arrêter
import-progress = Ajout du fichier { $done } sur { $total }…
import-summary = { $total ->
    [one] 1 fichier : { $imported } ajouté, { $duplicate } déjà présent, { $rejected } refusé.
   *[other] { $total } fichiers : { $imported } ajoutés, { $duplicate } déjà présents, { $rejected } refusés.
}
import-summary-cancelled = Arrêté après { $done } fichiers sur { $total } : { $imported } ajoutés, { $duplicate } déjà présents, { $rejected } refusés.

## Détail : suite

detail-checked-at = Dernier contrôle
detail-reverify = Contrôler à nouveau
detail-endorsements-title = Recommandations
detail-no-endorsements = Personne n’a encore recommandé cette attestation.
detail-endorsement-credential = { $endorser } se porte garant de cette attestation.
detail-endorsement-achievement = { $endorser } se porte garant de cette réussite.
detail-endorsement-issuer = { $endorser } se porte garant de l’émetteur.
detail-micro-title = Informations de micro-certification
detail-micro-help = L’Union européenne demande à chaque micro-certification d’indiquer ces éléments. Cette liste montre ceux que cette attestation indique.
micro-learner = Qui l’a obtenue
micro-title = Intitulé
micro-awarding-body = Qui l’a décernée
micro-date = Date
micro-outcomes = Acquis d’apprentissage
micro-workload = Charge de travail (ECTS ou heures)
micro-level = Niveau (CEC ou national)
micro-assessment = Type d’évaluation
micro-participation = Mode de participation
micro-quality = Assurance qualité
micro-present = Indiqué
micro-absent = Non indiqué
micro-summary = Cette attestation indique { $count } des { $total } éléments.
detail-export-title = Enregistrer le fichier d’origine
detail-export-help = Enregistre le fichier exactement tel que vous l’avez reçu, par exemple pour le remettre à un employeur ou le garder sur une clé USB.
detail-export-submit = Enregistrer le fichier
save-path-label = Enregistrer sous (chemin complet)
open-path-label = Fichier à ouvrir (chemin complet)
saved-to = Enregistré : { $path }

## Que faire quand un contrôle n’a pas réussi

detail-check-todo-signature-failed = Ne faites pas confiance à cette copie. Demandez-en une nouvelle à l’émetteur.
detail-check-todo-signature-unchecked = Le contenu est peut-être juste, mais personne ne peut encore le prouver. Demandez à l’émetteur une version signée (Open Badges 3.0).
detail-check-todo-issuer-failed = L’émetteur n’a pas pu être confirmé. Renseignez-vous auprès de l’organisme qui vous l’a remise.
detail-check-todo-issuer-unchecked = L’émetteur ne peut être confirmé qu’en ligne. Demandez à un conseiller de vérifier avec vous.
detail-check-todo-hosted-failed = La copie de l’émetteur ne correspond pas. Interrogez l’émetteur.
detail-check-todo-hosted-unchecked = L’émetteur garde une copie en ligne ; { -app-name } ne va pas en ligne. Un conseiller peut la consulter avec vous.
detail-check-todo-expiry-failed = Cette attestation a expiré. Demandez à l’émetteur si vous pouvez la renouveler.
detail-check-todo-expiry-unchecked = La date de fin est illisible. Demandez à l’émetteur quelle date est prévue.
detail-check-todo-not-before-failed = Cette attestation n’est pas encore valable. Attendez sa date de début.
detail-check-todo-not-before-unchecked = La date de début est illisible. Demandez à l’émetteur quelle date est prévue.
detail-check-todo-status-failed = L’émetteur a retiré cette attestation. Demandez-lui pourquoi.
detail-check-todo-status-unchecked = Un éventuel retrait ne peut être vérifié qu’en ligne. Demandez à l’émetteur si vous devez en être sûr.
detail-check-todo-schema-failed = Des parties de ce fichier manquent ou sont fausses. Demandez un fichier complet à l’émetteur.
detail-check-todo-schema-unchecked = La structure n’a pas pu être entièrement contrôlée. En général, ce n’est pas un problème.

## ESCO

esco-building = Préparation de la liste des compétences et des métiers (la première fois seulement) : { $percent } %
esco-search-label-skill = Trouver une compétence
esco-search-label-occupation = Trouver un métier
esco-search-help = Tapez au moins deux lettres. Les résultats s’affichent en dessous.
esco-search-none = Aucun résultat. Essayez un autre mot.
esco-fallback-mark = { $lang ->
    [en] en anglais
    [nl] en néerlandais
    [fr] en français
   *[other] { $lang }
}

## Profil de compétences

profile-title = Mes compétences
profile-intro = Les compétences de vos attestations et celles que vous avez ajoutées vous-même. Le repère indique la force de la preuve.
profile-empty = Pas encore de compétences. Ajoutez des attestations, ou ajoutez vous-même une compétence ci-dessous.
profile-add-title = Ajouter une compétence vous-même
profile-group-skill = Savoir-faire ({ $count })
profile-group-knowledge = Connaissances ({ $count })
profile-group-language = Langues ({ $count })
profile-group-transversal = Compétences utiles partout ({ $count })
profile-group-other = Autres ({ $count })
evidence-verified-credential = Prouvée par une attestation vérifiée
evidence-endorsed = Recommandée par quelqu’un
evidence-mentor-observed = Observée par un tuteur
evidence-self-declared = Pas encore prouvée
profile-shown-by = { $count ->
    [one] Visible dans une attestation :
   *[other] Visible dans { $count } attestations :
}

## Métiers

match-title = Métiers pour moi
match-intro = Des métiers de la liste européenne (ESCO) qui correspondent aux compétences de votre profil. Plus vous avez de compétences essentielles d’un métier, meilleure est la correspondance.
match-search-title = Ce métier me correspond-il ?
match-best-title = Meilleure correspondance
match-none = Aucun métier ne correspond encore. Ajoutez d’abord des compétences à votre profil.
match-fit = Correspondance { $percent } : vous avez { $have } des { $total } compétences essentielles.
match-missing = { $count ->
    [one] 1 compétence essentielle manque
   *[other] { $count } compétences essentielles manquent
}
match-use-as-target = En faire mon objectif

## Parcours

route-title = Mon parcours
route-none = Vous n’avez pas encore choisi d’objectif. Cherchez un métier ci-dessous.
route-target-label = Mon objectif :
route-progress = { $done } étapes terminées sur { $total }.
route-no-steps = Vous avez déjà toutes les compétences essentielles de ce métier.
route-choose-title = Choisir un objectif
route-choose-help = Un nouvel objectif remplace le parcours actuel.
route-status-label = État
route-status-planned = Prévue
route-status-in-progress = En cours
route-status-done = Terminée
route-kind-earn-credential = Obtenir un badge ou un certificat
route-kind-work-based-learning = Apprendre en travaillant
route-kind-language-goal = Objectif de langue
route-kind-practical = Démarche pratique

## Réglages

settings-title = Réglages
settings-language-title = Langue
settings-reverify-title = Contrôler à nouveau toutes les attestations
settings-reverify-help = Contrôle chaque attestation à la date d’aujourd’hui, par exemple pour voir lesquelles ont expiré.
settings-reverify-submit = Tout contrôler à nouveau
reverify-progress = Contrôle { $done } sur { $total }…
reverify-done = { $total ->
    [one] L’attestation a été contrôlée à nouveau.
   *[other] Les { $total } attestations ont été contrôlées à nouveau.
}
reverify-cancelled = Arrêté : { $done } attestations sur { $total } contrôlées à nouveau.
settings-backup-title = Faire une sauvegarde
settings-backup-help = Enregistre toutes vos attestations, vos compétences et votre parcours dans un seul fichier verrouillé. Gardez-le sur une clé USB ou dans un autre endroit sûr.
settings-backup-passphrase = Phrase secrète de la sauvegarde
settings-backup-submit = Enregistrer la sauvegarde
settings-restore-title = Restaurer une sauvegarde
settings-restore-help = Ajoute tout le contenu d’une sauvegarde à ce portefeuille. Rien n’est supprimé ici.
settings-restore-submit = Restaurer
settings-restore-done = { $count ->
    [one] Restauré : 1 attestation ajoutée, { $duplicates } déjà présentes.
   *[other] Restauré : { $count } attestations ajoutées, { $duplicates } déjà présentes.
}

## À propos

about-title = À propos de { -app-name }
about-intro = { -app-name } garde vos badges et certificats sur cet ordinateur, les contrôle sans connexion et montre à quelles compétences et à quels métiers ils correspondent.
about-esco-title = ESCO : compétences et métiers de l’Union européenne
about-esco-uses = Ce service utilise la classification ESCO de la Commission européenne.
about-esco-versions = ESCO v1.2.1 (intitulés des métiers, des groupes de compétences et de la CITP), v1.1.1 (compétences et liens entre métiers et compétences) et v1.0 (intitulés français et espagnols des compétences). © Union européenne.
about-esco-licence = Réutilisé selon la décision 2011/833/UE de la Commission et la licence CC BY 4.0. Les données ont été modifiées (extrait, versions fusionnées, mise en forme).
about-esco-not-endorsed = { -app-name } n’est pas approuvé par la Commission européenne. Les intitulés d’ESCO reprennent ceux de la CITP-08 (OIT).
about-source = Source :
about-licences-title = Licences
about-licence-app = { -app-name } lui-même : Licence publique de l’Union européenne (EUPL) 1.2.
about-licence-fonts = Polices : Noto Sans, Noto Sans Arabic et Noto Sans Ethiopic de Google, sous licence SIL Open Font License 1.1.
about-licence-contexts = Contextes JSON-LD intégrés : licence W3C Software and Document et les licences indiquées avec eux.
about-translations = Les traductions n’ont pas encore été relues par des personnes de langue maternelle. Dites-nous si quelque chose n’est pas clair.

## Erreurs propres à l’application (suite)

error-bad-path = « { $path } » n’est pas un chemin complet vers un fichier.
hint-bad-path = Indiquez le chemin entier, en commençant par /, et terminez par un nom de fichier.
