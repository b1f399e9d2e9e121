# Verification checks, as shown in the CLI and the app.
# Locale: en (base locale). Reviewed by a native speaker: no.

check-signature-not-supported-yet = The signature of this kind of credential cannot be checked by this version yet.
# Variables:
#   $date (String) - the expiry date
check-expired = Expired on { $date }.
# Variables:
#   $date (String) - the expiry date
check-not-expired = Valid until { $date }.
# Variables:
#   $date (String) - the start of validity
check-not-yet-valid = Not valid yet: valid from { $date }.
# Variables:
#   $date (String) - the start of validity
check-valid-from = Valid from { $date }.
# Variables:
#   $date (String) - the date as written
check-bad-date = The date “{ $date }” cannot be read.

## Signature (each proof checked against its key)

# Variables:
#   $method (String) - the verification method (key id) that signed
check-signature-valid = The signature is valid (key { $method }).
check-signature-invalid = The signature does not match: the credential was changed after it was signed, or it was signed with another key.
check-signature-malformed = The signature or its key is damaged and cannot be checked.
# Variables:
#   $alg (String) - the signature algorithm named in the credential
check-signature-alg-refused = The signature algorithm “{ $alg }” is not accepted.
# Variables:
#   $method (String) - the verification method (key id) to fetch
check-signature-needs-network = The signing key { $method } must be fetched from the internet; this check needs the network.
# Variables:
#   $method (String) - the verification method (key id)
check-signature-key-unsupported = This version cannot read the kind of key { $method }.
check-signature-key-not-bound = The key inside the credential cannot be tied to the issuer without the network.
check-signature-no-key = The credential does not say which key signed it.
check-signature-missing = The credential has no signature.
check-signature-wrong-purpose = The signature was not made to vouch for a credential.
check-signature-previous-proof-missing = A signature builds on another signature that is not in the credential.
# Variables:
#   $date (String) - the date the signature stopped being valid, as written
check-signature-proof-expired = The signature was only valid until { $date }.
# Variables:
#   $suite (String) - the name of the signature method
check-signature-suite-unsupported = This version cannot check signatures of the kind “{ $suite }”.
check-signature-suite-unavailable = This version cannot check this kind of signature yet.
# Variables:
#   $context (String) - the address of the missing JSON-LD context
check-signature-context-unavailable = The signature cannot be checked offline: the definitions at { $context } are not built in.
check-signature-jades-not-supported-yet = The electronic seal of a Europass credential cannot be checked by this version yet.
check-hosted-needs-network = This badge is hosted by its issuer; checking it needs the network.

## Issuer (the signing key belongs to the issuer named in the credential)

# Variables:
#   $issuer (String) - the issuer's identifier
check-issuer-matches = The key belongs to the issuer { $issuer }.
# Variables:
#   $issuer (String) - the issuer named in the credential
#   $controller (String) - who actually controls the signing key
check-issuer-mismatch = The credential names { $issuer } as issuer, but it was signed by { $controller }.
check-issuer-needs-network = Whether the signing key belongs to the issuer can only be checked online.
check-issuer-no-key = Without a checked signature it is unknown who issued this credential.
check-issuer-missing = The credential does not name its issuer.
# Variables:
#   $issuer (String) - the issuer named in the credential
#   $iss (String) - the issuer named in the token around it
check-issuer-jwt-iss-mismatch = The credential names { $issuer } as issuer, but its token names { $iss }.

check-nested-verified = All { $count } credentials in this bundle verified on their own.
check-nested-failed = Credential { $position } in this bundle, “{ $name }”, did not verify.
check-nested-unchecked = Credential { $position } in this bundle, “{ $name }”, could not be checked here.
