# Profils / verrouillage (un coffre par apprenant sur un ordinateur partagé, session invité, verrouillage automatique) et « vérifier en ligne ».
# Locale: fr. Reviewed by a native speaker: no.

## En-tête

nav-switch-user = Changer d'utilisateur
vault-guest-banner = Session invité : tout est effacé quand vous appuyez sur « Changer d'utilisateur » ou fermez { -app-name }.

## Choix du profil

vault-picker-title = Qui utilise { -app-name } ?
vault-locked-idle = Votre profil a été verrouillé parce que personne ne l'a utilisé pendant un moment.
vault-picker-intro = Choisissez votre profil. Les attestations de chaque personne sont verrouillées par sa propre phrase secrète ; les autres ne voient que le nom et l'image que vous avez choisis.
vault-list-label = Profils sur cet ordinateur
vault-list-empty = Il n'y a encore aucun profil sur cet ordinateur. Créez-en un pour commencer.
vault-new = Nouveau profil
vault-kiosk = Session invité
vault-kiosk-help = Pour une seule visite : rien n'est gardé à la fin.
vault-card-anonymous = Apprenant (aucun nom affiché)

## Ouvrir un profil

vault-unlock-title = Ouvrir ce profil
vault-unlock-passphrase-label = Phrase secrète
vault-unlock-submit = Ouvrir
vault-back = Retour aux profils

## Nouveau profil

vault-create-title = Nouveau profil
vault-create-name-label = Nom affiché sur cet ordinateur (vous pouvez le laisser vide)
vault-create-name-help = Toutes les personnes qui utilisent cet ordinateur voient ce nom sur l'écran des profils. Laissez-le vide pour ne rien montrer.
vault-create-avatar-label = Image : un emoji ou vos initiales (vous pouvez la laisser vide)
vault-create-passphrase-label = Phrase secrète
vault-create-passphrase-help = Seule cette phrase secrète ouvre votre profil. Notez-la et gardez-la en lieu sûr.
vault-create-confirm-label = Tapez la phrase secrète une deuxième fois
vault-create-submit = Créer mon profil

## Paramètres : verrouillage automatique

vault-settings-title = Verrouiller automatiquement
vault-settings-help = Sur un ordinateur partagé, un profil se verrouille tout seul quand personne ne l'utilise. Cela vaut pour tous les profils de cet ordinateur.
vault-settings-minutes-label = Minutes sans utilisation avant qu'un profil se verrouille
vault-settings-save = Enregistrer
vault-settings-saved = { $minutes ->
    [one] Les profils se verrouillent maintenant après { $minutes } minute sans utilisation.
   *[other] Les profils se verrouillent maintenant après { $minutes } minutes sans utilisation.
}

## Vérifier en ligne

online-title = Vérifier en ligne
online-help = { -app-name } fonctionne sans internet. Appuyez sur le bouton pour demander maintenant aux émetteurs si des attestations ont été retirées, et pour récupérer leurs clés et des listes de confiance plus récentes. Rien n'est envoyé tant que vous n'appuyez pas.
online-check-all = Vérifier en ligne maintenant
online-check-one = Vérifier en ligne
online-progress = Vérification en ligne : { $done } sur { $total }
online-done = { $count ->
    [one] { $count } attestation a été vérifiée en ligne.
   *[other] { $count } attestations ont été vérifiées en ligne.
}
online-nothing = Rien ici n'a besoin d'internet : toutes les vérifications de ces attestations se font sur cet ordinateur.
online-lists-title = Listes de confiance
online-age-none = Aucune réponse antérieure n'est gardée.
online-age-now = Réponse à l'instant.
online-age-minutes = { $n ->
    [one] Réponse d'il y a { $n } minute.
   *[other] Réponse d'il y a { $n } minutes.
}
online-age-hours = { $n ->
    [one] Réponse d'il y a { $n } heure.
   *[other] Réponse d'il y a { $n } heures.
}
online-age-days = { $n ->
    [one] Réponse d'il y a { $n } jour.
   *[other] Réponse d'il y a { $n } jours.
}

## Erreurs

error-offline = Pas de connexion internet : { $host } est injoignable. Rien n'a été modifié.
hint-offline = Connectez-vous à internet (Wi-Fi ou câble) et appuyez à nouveau sur « Vérifier en ligne ». Tout le reste fonctionne sans.
error-auto-lock-invalid = Choisissez un nombre de minutes entre { $min } et { $max }.
hint-auto-lock-invalid = Un ordinateur partagé ne doit jamais laisser un profil ouvert longtemps.
