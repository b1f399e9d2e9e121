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
