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
