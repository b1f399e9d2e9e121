# Profielen / vergrendelen (een eigen kluis per cursist op een gedeelde computer, gastsessie, automatisch vergrendelen) en "online controleren".
# Locale: nl. Reviewed by a native speaker: no.

## Kopregel

nav-switch-user = Andere gebruiker
vault-guest-banner = Gastsessie: alles wordt gewist zodra je op "Andere gebruiker" drukt of { -app-name } sluit.

## Profielkeuze

vault-picker-title = Wie gebruikt { -app-name }?
vault-locked-idle = Je profiel is vergrendeld omdat het een tijdje niet gebruikt werd.
vault-picker-intro = Kies je profiel. De bewijzen van iedereen zijn vergrendeld met een eigen wachtwoordzin; anderen zien alleen de naam en de afbeelding die je zelf koos.
vault-list-label = Profielen op deze computer
vault-list-empty = Er staan nog geen profielen op deze computer. Maak er een om te beginnen.
vault-new = Nieuw profiel
vault-kiosk = Gastsessie
vault-kiosk-help = Voor één bezoek: na afloop blijft er niets bewaard.
vault-card-anonymous = Cursist (geen naam getoond)

## Profiel openen

vault-unlock-title = Dit profiel openen
vault-unlock-passphrase-label = Wachtwoordzin
vault-unlock-submit = Openen
vault-back = Terug naar de profielen

## Nieuw profiel

vault-create-title = Nieuw profiel
vault-create-name-label = Naam die op deze computer te zien is (mag leeg blijven)
vault-create-name-help = Iedereen die deze computer gebruikt, ziet deze naam bij de profielen. Laat het veld leeg om niets te tonen.
vault-create-avatar-label = Afbeelding: een emoji of je initialen (mag leeg blijven)
vault-create-passphrase-label = Wachtwoordzin
vault-create-passphrase-help = Alleen deze wachtwoordzin opent je profiel. Schrijf hem op en bewaar hem op een veilige plek.
vault-create-confirm-label = Typ de wachtwoordzin nog een keer
vault-create-submit = Mijn profiel maken

## Instellingen: automatisch vergrendelen

vault-settings-title = Automatisch vergrendelen
vault-settings-help = Op een gedeelde computer vergrendelt een profiel zichzelf als niemand het gebruikt. Dit geldt voor alle profielen op deze computer.
vault-settings-minutes-label = Minuten zonder gebruik voordat een profiel vergrendelt
vault-settings-save = Opslaan
vault-settings-saved = { $minutes ->
    [one] Profielen vergrendelen nu na { $minutes } minuut zonder gebruik.
   *[other] Profielen vergrendelen nu na { $minutes } minuten zonder gebruik.
}

## Online controleren

online-title = Online controleren
online-help = { -app-name } werkt zonder internet. Druk op de knop om de uitgevers nu te vragen of bewijzen zijn ingetrokken, en om hun sleutels en nieuwere vertrouwenslijsten op te halen. Er wordt niets verstuurd zolang je niet drukt.
online-check-all = Nu online controleren
online-check-one = Online controleren
online-progress = Online controleren: { $done } van { $total }
online-done = { $count ->
    [one] { $count } bewijs is online gecontroleerd.
   *[other] { $count } bewijzen zijn online gecontroleerd.
}
online-nothing = Hier is geen internet voor nodig: elke controle van deze bewijzen gebeurt op deze computer.
online-lists-title = Vertrouwenslijsten
online-age-none = Er is geen eerder antwoord bewaard.
online-age-now = Antwoord van zojuist.
online-age-minutes = { $n ->
    [one] Antwoord van { $n } minuut geleden.
   *[other] Antwoord van { $n } minuten geleden.
}
online-age-hours = { $n ->
    [one] Antwoord van { $n } uur geleden.
   *[other] Antwoord van { $n } uur geleden.
}
online-age-days = { $n ->
    [one] Antwoord van { $n } dag geleden.
   *[other] Antwoord van { $n } dagen geleden.
}

## Foutmeldingen

error-offline = Geen internetverbinding: { $host } is niet bereikbaar. Er is niets veranderd.
hint-offline = Maak verbinding met internet (wifi of kabel) en druk opnieuw op "Online controleren". Al het andere werkt ook zonder.
error-auto-lock-invalid = Kies een aantal minuten van { $min } tot { $max }.
hint-auto-lock-invalid = Een gedeelde computer mag een profiel nooit lang open laten.
