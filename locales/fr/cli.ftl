# Messages de l’outil en ligne de commande erkend.
# Locale: fr. Reviewed by a native speaker: no.

cli-init-done-encrypted = Portefeuille créé à l’emplacement { $path }, protégé par votre phrase secrète.
cli-init-done-plain = Portefeuille créé à l’emplacement { $path } SANS phrase secrète : toute personne ayant accès à cet ordinateur peut le lire.
cli-import-imported = { $file } : importé sous l’identifiant { $id }
cli-import-duplicate = { $file } : déjà dans le portefeuille sous l’identifiant { $id }
cli-import-rejected = { $file } : refusé. { $reason }
cli-list-count = { $count ->
    [0] Le portefeuille est vide.
    [one] Une attestation :
   *[other] { $count } attestations :
}
verified-true = vérifiée
verified-false = NON vérifiée
verified-null = non contrôlée
cli-export-done = Octets d’origine écrits dans { $path }.
cli-esco-building = Construction de l’index des compétences ESCO (première utilisation seulement)… { $percent } %
cli-backup-done = Sauvegarde chiffrée de { $count } attestations écrite dans { $path }. Gardez la phrase secrète : sans elle, la sauvegarde ne peut pas être ouverte.
cli-restore-done = Restauration : { $count } attestations ajoutées, { $duplicates } déjà dans le portefeuille.

cli-route-none = Pas encore de parcours. Choisissez un métier cible avec : erkend route set-target URI
cli-route-target = { $count ->
    [0] Parcours vers { $target } : vous avez déjà toutes les compétences essentielles.
    [one] Parcours vers { $target } : une étape.
   *[other] Parcours vers { $target } : { $count } étapes.
}
cli-route-status-planned = prévue
cli-route-status-in-progress = en cours
cli-route-status-done = terminée

## Recommandations et attestations de stage

cli-import-endorsement-imported = { $file } : recommandation { $id } vérifiée et jointe
cli-import-endorsement-duplicate = { $file } : recommandation déjà dans le portefeuille sous l’identifiant { $id }
cli-import-endorsement-kept-imported = { $file } : recommandation { $id } gardée, mais pas jointe : l’attestation qu’elle recommande n’est pas (encore) dans ce portefeuille. Elle sera jointe quand vous importerez cette attestation.
cli-import-endorsement-kept-duplicate = { $file } : recommandation déjà dans le portefeuille sous l’identifiant { $id } (non jointe)
cli-endorse-review = Vous signez cette recommandation en tant que { $name } ({ $did }) :
cli-endorse-review-about = Objet : { $kind } { $id }
cli-endorse-review-summary = Attestation : { $name }, délivrée par { $issuer } le { $issued }
cli-endorse-review-skills = Compétences : { $skills }
cli-endorse-review-learner = Pour : { $learner }
cli-endorse-review-comment = Vos mots : { $comment }
cli-endorse-kind-credential = attestation
cli-endorse-kind-achievement = réussite
cli-endorse-kind-skill = compétence
# Le nom de la recommandation signée elle-même.
cli-endorse-credential-name = Recommandation : { $target }
cli-endorse-done = Recommandation signée et écrite dans { $path }. Remettez ce fichier à l’apprenant.
cli-endorse-dry-run = Rien n’a été signé (--dry-run).
cli-request-done = Demande de recommandation écrite dans { $path }. Remettez-la à votre tuteur ou à votre responsable ; importez sa réponse avec « erkend import ».
cli-attest-done = Attestation de stage signée et écrite dans { $path }. Remettez ce fichier à l’apprenant.
attest-evidence-tasks = Tâches
attest-evidence-goals = Objectifs d’apprentissage atteints
attest-evidence-evaluation = Évaluation : le travail a-t-il servi à apprendre ?
attest-evidence-place = Lieu
attest-answer-yes = Oui
attest-answer-no = Non

## Feuille de récupération

cli-recovery-sheet-done = Feuille de récupération écrite dans { $path }. Imprimez-la, gardez-la dans un endroit sûr, puis supprimez le fichier. Toute sauvegarde faite à partir de maintenant s’ouvre avec son code.
recovery-sheet-title = Feuille de récupération Erkend — votre code de récupération
recovery-sheet-explain = Ce code ouvre toutes les sauvegardes de votre portefeuille faites après l’impression de cette feuille, même si vous oubliez votre phrase secrète. Gardez-le en lieu sûr et secret, comme une clé : toute personne qui a ce code et une sauvegarde peut lire votre portefeuille. Pour l’utiliser : donnez le code comme valeur à ERKEND_RECOVERY_CODE et lancez : erkend restore BACKUP-FILE
