# د شریکولو وړ ثبوتونه: د کارت ازموینې او د قوماندې کرښې پیغامونه.
# Locale: ps. Reviewed by a native speaker: no.

# Variables:
#   $signer (String) - the signer's did:key
check-card-signature-valid = د ثبوت کارت د { $signer } له خوا لاسلیک شوی.
check-card-signature-invalid = د ثبوت کارت لاسلیک معتبر نه دی: بدل شوی یا بل چا لاسلیک کړی.
# Variables:
#   $kid (String) - the key id named by the card
check-card-signer-unknown = د ثبوت کارت په داسې کیلي لاسلیک شوی چې دا کمپیوټر یې نه پېژني (کیلي { $kid }).
# Variables:
#   $signer (String) - the signer's did:key
check-card-signer-trusted = لاسلیک کوونکی { $signer } ستاسو د باور په لړلیک کې دی.
# Variables:
#   $signer (String) - the signer's did:key
check-card-summary-not-verified = لنډیز، تایید شوی نه دی: کارت { $signer } لاسلیک کړی، چې ستاسو د باور په لړلیک کې نه دی. د سند بشپړ کوډونه وازمویئ.
# Variables:
#   $date (String) - when the card says it was signed
check-card-issued-in-future = د ثبوت کارت وايي چې په { $date } لاسلیک شوی، چې لا نه ده راغلې. د دې کمپیوټر ساعت وګورئ.
# Variables:
#   $url (String) - the address in the link code
check-link-not-fetched = { $url } ته د لینک کوډ: نه دی پرانیستل شوی. یوازې هغه وخت یې پخپله پرانیزئ چې په دې پته باور لرئ.

# Variables:
#   $path (String) - the file written
cli-proof-exported = ثبوت په { $path } کې ولیکل شو.
# Variables:
#   $name (String) - credential name
cli-proof-verified = { $name } — تایید شو
cli-proof-not-verified = { $name } — تایید نه شو
cli-proof-summary = { $name } — لنډیز، تایید شوی نه دی
cli-proof-unchecked = { $name } — پرته له انټرنېټ ونه ازمویل شو
# Variables:
#   $name (String) - the holder's name as signed
cli-proof-holder = لرونکی: { $name } — له پېژندپاڼې سره یې پرتله کړئ.
# Variables:
#   $url (String) - the address in the link code
cli-proof-link = لینک (نه دی پرانیستل شوی): { $url }
