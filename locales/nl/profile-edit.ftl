## Editing the skills profile (person, languages, work experience, own skills), a pasted
## vacancy, and adding or changing route steps.
# Locale: nl. Reviewed by a native speaker: no.

pe-edit = Wijzigen
pe-remove = Verwijderen
pe-cancel = Stoppen met wijzigen
pe-saved = Opgeslagen.
esco-search-label-any = Zoek een vaardigheid of een beroep

pe-own-help = Vaardigheden die u hier toevoegt, gelden als uw eigen woord tot een bewijs of een mentor ze bevestigt.
pe-own-mark = Uw eigen woord

pe-person-title = Over mij
pe-person-local = Dit blijft op deze computer, in uw portemonnee. Erkend stuurt het nergens heen.
pe-person-name = Naam
pe-person-languages = Talen die ik spreek
pe-person-email = E-mailadres
pe-person-phone = Telefoonnummer
pe-person-address = Adres of woonplaats
pe-person-save = Mijn gegevens opslaan

pe-languages-title = Mijn talen
pe-language-add = Een taal toevoegen
pe-language-label = Taal
pe-language-mother = Moedertaal
pe-cefr-legend = Mijn niveau (A1 = beginner, C2 = heel goed)
pe-cefr-none = Niet ingevuld
pe-cefr-listening = Luisteren
pe-cefr-reading = Lezen
pe-cefr-speaking = Spreken
pe-cefr-writing = Schrijven
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = Luisteren: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = Lezen: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = Spreken: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = Schrijven: { $level }
pe-language-save = Deze taal opslaan

pe-experience-title = Mijn werkervaring
pe-experience-add = Werkervaring toevoegen
pe-experience-edit = Deze werkervaring wijzigen
pe-experience-kind = Soort werk
pe-experience-kind-job = Betaald werk
pe-experience-kind-volunteer = Vrijwilligerswerk
pe-experience-kind-language-internship = Taalstage
pe-experience-kind-work-experience-place = Werkervaringsplaats
pe-experience-kind-self-employed = Mijn eigen bedrijf
pe-experience-job = Functie of taak
pe-experience-organisation = Werkgever of organisatie
pe-experience-place = Plaats of land
pe-experience-from = Van
pe-experience-to = Tot
pe-date-help = Bijvoorbeeld 2023 of 2023-05.
pe-date-help-to = Leeg laten als u er nog werkt.
pe-experience-description = Wat deed u daar?
pe-experience-links = Vaardigheden en beroepen uit de Europese lijst (ESCO)
pe-experience-no-links = Nog niets gekoppeld. Zoek hieronder.
pe-experience-save = Werkervaring opslaan

pe-vacancy-title = Past een vacature bij mij?
pe-vacancy-help = Plak de tekst van een vacature. Erkend zoekt de vaardigheden die erin staan en vergelijkt ze met uw profiel, op deze computer.
pe-vacancy-text = Tekst van de vacature
pe-vacancy-language = Taal van de vacature
pe-vacancy-language-help = Vaardigheden worden in deze talen herkend.
pe-vacancy-submit = Zoek de vaardigheden
pe-vacancy-none = In deze tekst staan geen vaardigheden uit de Europese lijst. Kijk of de taal klopt, of plak een langere tekst.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = Past voor { $percent }: u hebt { $have } van de { $total } vaardigheden die deze vacature vraagt.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] Eén vaardigheid gevonden in de tekst
   *[other] { $count } vaardigheden gevonden in de tekst
}
pe-vacancy-held = Hebt u al
pe-vacancy-gap = Nog te leren
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] Eén vaardigheid nog te leren
   *[other] { $count } vaardigheden nog te leren
}

pe-step-add-title = Een stap toevoegen
pe-step-kind = Soort stap
pe-step-title = Wat is de stap?
pe-step-helper-role = Wie helpt
pe-helper-none = Nog niemand
pe-helper-mentor = Mentor
pe-helper-coach = Jobcoach
pe-helper-supervisor = Begeleider op het werk
pe-step-helper-name = Naam van de helper
pe-step-due = Klaar vóór
pe-step-add = Stap toevoegen
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] Mentor: { $name }
    [coach] Jobcoach: { $name }
   *[supervisor] Begeleider: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = Klaar vóór { $date }
pe-step-up = Omhoog
pe-step-down = Omlaag
pe-template-title = De gewone stappen naar werk
pe-template-help = Voegt de stappen toe die de meeste nieuwkomers zetten: taal, diploma's, het werkplein, werkervaring, een netwerk, solliciteren. Stappen die al in uw route staan, komen er niet twee keer in.
pe-template-language = Taal om te leren
pe-template-level = Niveau om te halen
pe-template-apply = Deze stappen toevoegen
