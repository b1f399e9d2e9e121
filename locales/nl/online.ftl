# Online controleren: een lopende controle stoppen, en geweigerde certificaten bij https.
# Locale: nl. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = Verbinding maken…
online-cancelling = Bezig met stoppen… Antwoorden die al binnen zijn, blijven bewaard.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] Gestopt na { $count } bewijs. Antwoorden die al binnen waren, blijven bewaard met hun datum; de rest is niet gecontroleerd.
   *[other] Gestopt na { $count } bewijzen. Antwoorden die al binnen waren, blijven bewaard met hun datum; de rest is niet gecontroleerd.
}
online-cancelled-early = Gestopt voordat er iets was opgehaald. Er is niets veranderd.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = Gestopt voordat { $url } antwoordde.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] De beveiligde verbinding met { $url } is geweigerd: het certificaat hoort bij een andere website.
    [expired] De beveiligde verbinding met { $url } is geweigerd: het certificaat is verlopen of nog niet geldig. Controleer of de datum en tijd van deze computer kloppen.
    [untrusted] De beveiligde verbinding met { $url } is geweigerd: het certificaat komt niet van een vertrouwde uitgever.
   *[other] De beveiligde verbinding met { $url } is geweigerd: het certificaat is niet geldig.
}
hint-certificate-refused = Van dit adres is niets opgehaald, dus er is niets veranderd. Misschien onderschept iemand de verbinding: probeer het later of via een ander netwerk opnieuw.
