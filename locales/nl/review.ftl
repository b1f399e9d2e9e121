# Beoordelen met een mentor: mentor en lerende naast elkaar, elke kant in een eigen taal.
# Locale: nl. Reviewed by a native speaker: no.

nav-review = Beoordelen
review-title = Samen bekijken met een mentor
review-intro = De lerende en een mentor bekijken samen de vaardigheden. Elke kant kan in een eigen taal staan.
review-mentor-language = Taal van de kant van de mentor

## De kant van de lerende.

review-learner-title = Vaardigheden van de lerende
review-learner-help = ✎ staat bij wat de lerende zelf heeft ingevuld (eigen opgave). Alleen de handtekening van een mentor maakt een vaardigheid sterker.
review-learner-empty = Nog geen vaardigheden in het profiel.
review-in-target = Nodig voor het gekozen beroep
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = Bevestigd door { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = Bewijzen ({ $count })
review-appraisal-shown-title = Beoordeling en volgende stappen
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = Geschreven door { $adviser } op { $date }

## De kant van de mentor.

review-mentor-title = De kant van de mentor
review-signer-title = Wie ondertekent?
review-signer-help = Waarnemingen worden ondertekend met de eigen sleutel van de mentor, beschermd met het eigen wachtwoord van de mentor. De lerende kan niet namens een mentor tekenen.
review-signer-pick = Uw ondertekensleutel
review-signer-passphrase = Uw wachtwoord
review-signer-open = Mijn ondertekensleutel openen
review-signer-new-title = Nieuwe mentor
review-signer-name = Uw naam
review-signer-organisation = Uw organisatie (niet verplicht)
review-signer-create = Mijn ondertekensleutel maken
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = U tekent als { $name }
review-signer-key = Sleutel
review-signer-close = Stoppen met tekenen
review-target-title = Beoogd beroep
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = Vaardigheden die de lerende heeft ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = Vaardigheden die nog ontbreken ({ $count })
review-observe = Gezien, bevestigen
review-add-step = Aan de route toevoegen
# Variables:
#   $skill (String) - the skill's name
review-step-added = Toegevoegd aan de leerroute: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = Bevestigen als gezien: { $skill }
review-observe-comment = Wat bevestigt u?
review-observe-narrative = Wat zag u, wanneer en waar? (niet verplicht)
review-observe-prepare = Laten zien wat ondertekend wordt
review-cancel = Annuleren
review-consent-title = Controleer voordat u tekent
review-consent-help = Dit is precies wat uw sleutel ondertekent. Na het tekenen gaat het naar de portemonnee van de lerende.
review-consent-signer = Ondertekend door
review-consent-learner = Over de lerende
review-consent-skill = Vaardigheid
review-consent-comment = Uw woorden
review-consent-narrative = Wat u zag
review-consent-document = Het precieze document
review-consent-sign = Ondertekenen
review-signed = Ondertekend. De vaardigheid toont nu uw waarneming.
review-appraisal-title = Beoordeling en volgende stappen
review-appraisal-help = Deel 4 van het vaardighedenprofiel. Het wordt onder uw naam in de portemonnee van de lerende bewaard, zonder handtekening.
review-appraisal-text = Uw beoordeling
review-appraisal-next = Volgende stappen (één per regel)
review-appraisal-save = Beoordeling bewaren
review-appraisal-saved = Bewaard.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = Waargenomen vaardigheid: { $skill }

## Fouten in de beoordelingsmodus.

error-review-signer-is-learner = Deze sleutel hoort bij de eigen portemonnee van de lerende en kan diens vaardigheden dus niet bevestigen.
hint-review-signer-is-learner = De mentor heeft een eigen ondertekensleutel nodig: vul "Nieuwe mentor" in.
error-review-observation-stale = Wat getoond werd, klopt niet meer.
hint-review-observation-stale = Laat opnieuw zien wat ondertekend wordt en teken dan.
error-review-mentor-locked = Er is geen ondertekensleutel van een mentor geopend.
hint-review-mentor-locked = Open uw ondertekensleutel met uw wachtwoord, of maak er een.
