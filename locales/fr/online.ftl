# Vérifier en ligne : arrêter une vérification en cours, et certificats refusés en https.
# Locale: fr. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = Connexion…
online-cancelling = Arrêt en cours… Les réponses déjà reçues sont conservées.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] Arrêté après { $count } attestation. Les réponses déjà reçues sont conservées avec leur date ; le reste n'a pas été vérifié.
   *[other] Arrêté après { $count } attestations. Les réponses déjà reçues sont conservées avec leur date ; le reste n'a pas été vérifié.
}
online-cancelled-early = Arrêté avant que quoi que ce soit ne soit téléchargé. Rien n'a changé.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = Arrêté avant que { $url } ne réponde.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] La connexion sécurisée à { $url } a été refusée : son certificat appartient à un autre site.
    [expired] La connexion sécurisée à { $url } a été refusée : son certificat est expiré ou pas encore valable. Vérifiez que la date et l'heure de cet ordinateur sont justes.
    [untrusted] La connexion sécurisée à { $url } a été refusée : son certificat ne vient pas d'une autorité de confiance.
   *[other] La connexion sécurisée à { $url } a été refusée : son certificat n'est pas valable.
}
hint-certificate-refused = Rien n'a été téléchargé depuis cette adresse, donc rien n'a changé. Quelqu'un intercepte peut-être la connexion : réessayez plus tard ou depuis un autre réseau.
