# Controles bij het verifiëren.
# Locale: nl. Nagekeken door een moedertaalspreker: nee.

check-signature-not-supported-yet = De handtekening van dit soort certificaat kan deze versie nog niet controleren.
check-expired = Verlopen op { $date }.
check-not-expired = Geldig tot { $date }.
check-not-yet-valid = Nog niet geldig: geldig vanaf { $date }.
check-valid-from = Geldig vanaf { $date }.
check-bad-date = De datum “{ $date }” is niet leesbaar.

## Handtekening (elke handtekening gecontroleerd met haar sleutel)

check-signature-valid = De handtekening is geldig (sleutel { $method }).
check-signature-invalid = De handtekening klopt niet: het certificaat is na het ondertekenen veranderd, of met een andere sleutel ondertekend.
check-signature-malformed = De handtekening of de sleutel is beschadigd en kan niet worden gecontroleerd.
check-signature-alg-refused = Het handtekeningalgoritme “{ $alg }” wordt niet geaccepteerd.
check-signature-needs-network = De sleutel { $method } moet van internet worden opgehaald; voor deze controle is een netwerkverbinding nodig.
check-signature-key-unsupported = Deze versie kan het soort sleutel { $method } niet lezen.
check-signature-key-not-bound = De sleutel in het certificaat kan zonder netwerk niet aan de uitgever worden gekoppeld.
check-signature-no-key = Het certificaat vermeldt niet met welke sleutel het is ondertekend.
check-signature-missing = Het certificaat heeft geen handtekening.
check-signature-wrong-purpose = De handtekening is niet gezet om voor een certificaat in te staan.
check-signature-previous-proof-missing = Een handtekening bouwt voort op een andere handtekening die niet in het certificaat staat.
check-signature-proof-expired = De handtekening was maar geldig tot { $date }.
check-signature-suite-unsupported = Deze versie kan handtekeningen van het soort “{ $suite }” niet controleren.
check-signature-suite-unavailable = Deze versie kan dit soort handtekening nog niet controleren.
check-signature-context-unavailable = De handtekening kan offline niet worden gecontroleerd: de definities op { $context } zijn niet ingebouwd.
check-signature-jades-not-supported-yet = Het elektronische zegel van een Europass-certificaat kan deze versie nog niet controleren.
check-hosted-needs-network = Deze badge staat bij de uitgever online; voor de controle is een netwerkverbinding nodig.

## Uitgever (de sleutel hoort bij de uitgever die in het certificaat staat)

check-issuer-matches = De sleutel hoort bij de uitgever { $issuer }.
check-issuer-mismatch = Het certificaat noemt { $issuer } als uitgever, maar het is ondertekend door { $controller }.
check-issuer-needs-network = Of de sleutel bij de uitgever hoort, kan alleen online worden gecontroleerd.
check-issuer-no-key = Zonder gecontroleerde handtekening is niet bekend wie dit certificaat heeft uitgegeven.
check-issuer-missing = Het certificaat vermeldt geen uitgever.
check-issuer-jwt-iss-mismatch = Het certificaat noemt { $issuer } als uitgever, maar het token eromheen noemt { $iss }.

check-nested-verified = Alle { $count } certificaten in deze bundel zijn elk afzonderlijk geverifieerd.
check-nested-failed = Certificaat { $position } in deze bundel, ‘{ $name }’, is niet geverifieerd.
check-nested-unchecked = Certificaat { $position } in deze bundel, ‘{ $name }’, kon hier niet worden gecontroleerd.
