# Check online: stopping a running check, and certificates refused over https.
# Locale: en (base). Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = Connecting…
online-cancelling = Stopping… Answers already received are kept.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] Stopped after { $count } credential. Answers already received are kept with their dates; the rest was not checked.
   *[other] Stopped after { $count } credentials. Answers already received are kept with their dates; the rest was not checked.
}
online-cancelled-early = Stopped before anything was fetched. Nothing was changed.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = Stopped before { $url } answered.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] The secure connection to { $url } was refused: its certificate belongs to another website.
    [expired] The secure connection to { $url } was refused: its certificate is out of date or not valid yet. Check that this computer's date and time are right.
    [untrusted] The secure connection to { $url } was refused: its certificate is not from a trusted authority.
   *[other] The secure connection to { $url } was refused: its certificate is not valid.
}
hint-certificate-refused = Nothing was fetched from this address, so nothing was changed. Someone may be intercepting the connection: try again later or on another network.
