# Berichten van de desktop-app (ui/). Fouten en tips staan in errors.ftl, controles in checks.ftl.
# Taalnamen (language-option-*) staan alleen in en/app.ftl: het zijn endoniemen, overal gelijk.
# Locale: nl. Reviewed by a native speaker: no.

## Kader

app-title = { -app-name }: je bewijzen
app-brand = { -app-name }
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-wallet = Mijn bewijzen
nav-import = Bewijzen toevoegen
language-label = Taal
wallet-unprotected-banner = Deze portemonnee is NIET beveiligd met een wachtwoordzin. Iedereen die deze computer gebruikt, kan hem openen en je bewijzen lezen.
wallet-path-label = Portemonneebestand:
fatal-title = De portemonnee kan niet worden geopend

## Eerste keer: portemonnee aanmaken

create-title = Welkom! Maak je portemonnee aan
create-intro = Je portemonnee bewaart je badges en certificaten op deze computer. Er wordt niets verstuurd.
create-protected-title = Beveilig hem met een wachtwoordzin (aangeraden)
create-passphrase-label = Wachtwoordzin
create-passphrase-help = Kies een paar woorden die je onthoudt. Zonder wachtwoordzin kan niemand de portemonnee openen, ook jij niet: schrijf hem op en bewaar hem veilig.
create-confirm-label = Typ de wachtwoordzin nog een keer
create-submit = Beveiligde portemonnee aanmaken
create-error-empty = Typ eerst een wachtwoordzin, of maak de portemonnee hieronder zonder wachtwoordzin aan.
create-error-mismatch = De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.
create-plain-title = Of: zonder wachtwoordzin
create-plain-warning = Een portemonnee zonder wachtwoordzin is NIET beveiligd. Iedereen die deze computer gebruikt, kan hem openen en je bewijzen lezen.
create-plain-ack = Ik begrijp dat mijn portemonnee niet beveiligd is.
create-plain-submit = Portemonnee zonder wachtwoordzin aanmaken

## Ontgrendelen

unlock-title = Open je portemonnee
unlock-passphrase-label = Wachtwoordzin
unlock-submit = Portemonnee openen

## Lijst

wallet-title = Mijn bewijzen
wallet-add = Bewijzen toevoegen
wallet-empty-title = Je portemonnee is nog leeg
wallet-empty-text = Voeg een badge- of certificaatbestand toe dat je hebt gekregen, bijvoorbeeld van een cursus of een jobcoach.
card-issuer = Van:
card-learner = Voor:
card-issued = Uitgegeven:
verdict-verified = Gecontroleerd
verdict-failed = Niet in orde: een controle is mislukt
verdict-unchecked = Nog niet gecontroleerd

## Toevoegen

import-title = Bewijzen toevoegen
import-drop-hint = Sleep badge- of certificaatbestanden naar dit venster, of kies ze op je computer.
import-choose = Bestanden kiezen
import-results-title = Resultaat
import-result-imported = Toegevoegd aan je portemonnee.
import-result-duplicate = Staat al in je portemonnee; er is niets veranderd.
import-result-rejected = Niet toegevoegd.

## Details

detail-back = Terug naar mijn bewijzen
detail-issuer = Uitgegeven door
detail-learner = Uitgegeven aan
detail-achievement = Prestatie
detail-description = Beschrijving
detail-criteria = Hoe het is behaald
detail-issued = Datum van uitgifte
detail-valid-from = Geldig vanaf
detail-valid-until = Geldig tot
detail-format = Formaat
detail-source = Bestand
detail-imported = Toegevoegd op
detail-credential-id = Kenmerk van het bewijs
detail-issuer-id = Kenmerk van de uitgever
detail-sha256 = Vingerafdruk (SHA-256)
detail-skills = Vaardigheden (ESCO)
detail-checks-title = Wat is gecontroleerd
detail-no-checks = Er is nog niets gecontroleerd.
detail-check-outcome-passed = In orde
detail-check-outcome-failed = Mislukt
detail-check-outcome-unchecked = Niet gecontroleerd
detail-check-name-signature = Handtekening
detail-check-name-issuer = Uitgever
detail-check-name-hosted = Kopie van de uitgever
detail-check-name-expiry = Vervaldatum
detail-check-name-not-before = Begindatum
detail-check-name-status = Intrekking
detail-check-name-schema = Opbouw
detail-check-name-nested = Certificaten in de bundel

## Fouten die alleen de app geeft

error-wallet-locked = De portemonnee is nog niet geopend.
hint-wallet-locked = Open de portemonnee eerst met je wachtwoordzin.
error-bad-request = De app stuurde een onvolledig verzoek ({ $what }). Probeer het opnieuw.
error-ipc = Er ging iets mis in de app: { $reason }

## Details van een certificaat: elementen van een microcredential (EU-aanbeveling)

detail-awarding-body = Toegekend door
detail-ects = ECTS-studiepunten
detail-workload = Studielast (uren)
detail-eqf = EQF-niveau
detail-nqf = Nationaal niveau (NLQF)
detail-assessment = Soort beoordeling
detail-participation = Vorm van deelname
detail-quality-assurance = Kwaliteitsborging
detail-learning-outcomes = Leerresultaten
