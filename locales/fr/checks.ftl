# Contrôles de vérification, dans la ligne de commande et l’application.
# Locale: fr. Reviewed by a native speaker: no.

check-signature-not-supported-yet = Cette version ne sait pas encore contrôler la signature de ce type d’attestation.
check-expired = Expirée le { $date }.
check-not-expired = Valable jusqu’au { $date }.
check-not-yet-valid = Pas encore valable : valable à partir du { $date }.
check-valid-from = Valable à partir du { $date }.
check-bad-date = La date « { $date } » est illisible.

## Signature

check-signature-valid = La signature est valide (clé { $method }).
check-signature-invalid = La signature ne correspond pas : l’attestation a été modifiée après la signature, ou elle a été signée avec une autre clé.
check-signature-malformed = La signature ou sa clé est abîmée et ne peut pas être contrôlée.
check-signature-alg-refused = L’algorithme de signature « { $alg } » n’est pas accepté.
check-signature-needs-network = La clé de signature { $method } doit être cherchée sur Internet ; ce contrôle a besoin du réseau.
check-signature-key-unsupported = Cette version ne sait pas lire le type de clé { $method }.
check-signature-key-not-bound = Sans réseau, la clé contenue dans l’attestation ne peut pas être reliée à l’émetteur.
check-signature-no-key = L’attestation n’indique pas quelle clé l’a signée.
check-signature-missing = L’attestation n’a pas de signature.
check-signature-wrong-purpose = La signature n’a pas été faite pour garantir une attestation.
check-signature-previous-proof-missing = Une signature s’appuie sur une autre signature qui ne figure pas dans l’attestation.
check-signature-proof-expired = La signature n’était valable que jusqu’au { $date }.
check-signature-suite-unsupported = Cette version ne sait pas contrôler les signatures de type « { $suite } ».
check-signature-suite-unavailable = Cette version ne sait pas encore contrôler ce type de signature.
check-signature-context-unavailable = La signature ne peut pas être contrôlée hors ligne : les définitions de { $context } ne sont pas intégrées.
check-signature-jades-not-supported-yet = Cette version ne sait pas encore contrôler le cachet électronique d’une attestation Europass.
check-hosted-needs-network = Ce badge est hébergé par son émetteur ; le contrôler demande le réseau.

## Émetteur

check-issuer-matches = La clé appartient à l’émetteur { $issuer }.
check-issuer-mismatch = L’attestation nomme { $issuer } comme émetteur, mais elle a été signée par { $controller }.
check-issuer-needs-network = Savoir si la clé de signature appartient à l’émetteur ne peut se vérifier qu’en ligne.
check-issuer-no-key = Sans signature contrôlée, on ne sait pas qui a délivré cette attestation.
check-issuer-missing = L’attestation ne nomme pas son émetteur.
check-issuer-jwt-iss-mismatch = L’attestation nomme { $issuer } comme émetteur, mais le jeton qui l’entoure nomme { $iss }.

## Lots d’attestations

check-nested-verified = Les { $count } attestations de ce lot ont chacune été vérifiées.
check-nested-failed = L’attestation { $position } de ce lot, « { $name } », n’a pas été vérifiée.
check-nested-unchecked = L’attestation { $position } de ce lot, « { $name } », n’a pas pu être contrôlée ici.
