# Shareable proofs: card checks and CLI lines.
# Locale: en (base locale). Reviewed by a native speaker: no.

# Variables:
#   $signer (String) - the signer's did:key
check-card-signature-valid = The proof card is signed by { $signer }.
check-card-signature-invalid = The proof card's signature is not valid: it was changed or signed by someone else.
# Variables:
#   $kid (String) - the key id named by the card
check-card-signer-unknown = The proof card was signed with a key this computer does not know (key { $kid }).
# Variables:
#   $signer (String) - the signer's did:key
check-card-signer-trusted = The signer { $signer } is on your trust list.
# Variables:
#   $signer (String) - the signer's did:key
check-card-summary-not-verified = Summary, not verified: the card is signed by { $signer }, who is not on your trust list. Check the full credential codes.
# Variables:
#   $date (String) - when the card says it was signed
check-card-issued-in-future = The proof card says it was signed on { $date }, which is in the future. Check this computer's clock.
# Variables:
#   $url (String) - the address in the link code
check-link-not-fetched = Link code to { $url }: not opened. Open it yourself only if you trust the address.

# Variables:
#   $path (String) - the file written
cli-proof-exported = Proof written to { $path }.
# Variables:
#   $name (String) - credential name
cli-proof-verified = { $name } — verified
cli-proof-not-verified = { $name } — NOT verified
cli-proof-summary = { $name } — summary, not verified
cli-proof-unchecked = { $name } — could not be checked offline
# Variables:
#   $name (String) - the holder's name as signed
cli-proof-holder = Holder: { $name } — compare with an ID document.
# Variables:
#   $url (String) - the address in the link code
cli-proof-link = Link (not opened): { $url }
