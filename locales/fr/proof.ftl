# Preuves à partager : contrôles des cartes et lignes de commande.
# Locale: fr (French). Reviewed by a native speaker: no.

check-card-signature-valid = La carte de preuve est signée par { $signer }.
check-card-signature-invalid = La signature de la carte de preuve n’est pas valide : la carte a été modifiée ou signée par quelqu’un d’autre.
check-card-signer-unknown = La carte de preuve a été signée avec une clé que cet ordinateur ne connaît pas (clé { $kid }).
check-card-signer-trusted = Le signataire { $signer } figure sur votre liste de confiance.
check-card-summary-not-verified = Résumé, non vérifié : la carte est signée par { $signer }, qui ne figure pas sur votre liste de confiance. Contrôlez les codes de l’attestation complète.
check-card-issued-in-future = La carte de preuve dit avoir été signée le { $date }, une date future. Vérifiez l’horloge de cet ordinateur.
check-link-not-fetched = Code de lien vers { $url } : non ouvert. Ouvrez-le vous-même seulement si vous faites confiance à cette adresse.

cli-proof-exported = Preuve écrite dans { $path }.
cli-proof-verified = { $name } — vérifiée
cli-proof-not-verified = { $name } — NON vérifiée
cli-proof-summary = { $name } — résumé, non vérifié
cli-proof-unchecked = { $name } — impossible à contrôler hors ligne
cli-proof-holder = Titulaire : { $name } — comparez avec une pièce d’identité.
cli-proof-link = Lien (non ouvert) : { $url }
