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

## Navigatie (meer schermen)

nav-profile = Mijn vaardigheden
nav-match = Werk voor mij
nav-route = Mijn route
nav-settings = Instellingen
nav-about = Over
nav-lock = Vergrendelen

## Lijst: zoeken, sorteren, filteren

wallet-search-label = Zoeken
wallet-sort-label = Volgorde
wallet-sort-date-desc = Nieuwste eerst
wallet-sort-date-asc = Oudste eerst
wallet-sort-issuer = Op uitgever
wallet-sort-name = Op naam
wallet-sort-status = Problemen eerst
wallet-filter-issuer = Uitgever
wallet-filter-skill = Vaardigheid
wallet-filter-status = Status
wallet-filter-year = Jaar
wallet-filter-all = Alle
wallet-count = { $total ->
    [one] { $shown } van { $total } bewijs getoond
   *[other] { $shown } van { $total } bewijzen getoond
}

## Toevoegen: voortgang

import-cancel = Stoppen
import-progress = Bestand { $done } van { $total } wordt toegevoegd…
import-summary = { $total ->
    [one] 1 bestand: { $imported } toegevoegd, { $duplicate } al aanwezig, { $rejected } niet toegevoegd.
   *[other] { $total } bestanden: { $imported } toegevoegd, { $duplicate } al aanwezig, { $rejected } niet toegevoegd.
}
import-summary-cancelled = Gestopt na { $done } van { $total } bestanden: { $imported } toegevoegd, { $duplicate } al aanwezig, { $rejected } niet toegevoegd.

## Bewijs: meer

detail-checked-at = Laatst gecontroleerd
detail-reverify = Nu opnieuw controleren
detail-endorsements-title = Aanbevelingen
detail-no-endorsements = Nog niemand heeft dit bewijs aanbevolen.
detail-endorsement-credential = { $endorser } staat in voor dit bewijs.
detail-endorsement-achievement = { $endorser } staat in voor deze prestatie.
detail-endorsement-issuer = { $endorser } staat in voor de uitgever.
detail-micro-title = Gegevens van de microcredential
detail-micro-help = De Europese Unie vraagt dat elke microcredential deze gegevens noemt. Hier ziet u welke dit bewijs noemt.
micro-learner = Wie het behaalde
micro-title = Titel
micro-awarding-body = Wie het toekende
micro-date = Datum
micro-outcomes = Leerresultaten
micro-workload = Studielast (EC of uren)
micro-level = Niveau (EQF of NLQF)
micro-assessment = Soort toetsing
micro-participation = Vorm van deelname
micro-quality = Kwaliteitsborging
micro-present = Vermeld
micro-absent = Niet vermeld
micro-summary = Dit bewijs noemt { $count } van de { $total } gegevens.
detail-export-title = Het originele bestand bewaren
detail-export-help = Bewaart het bestand precies zoals u het kreeg, bijvoorbeeld om aan een werkgever te geven of op een USB-stick te zetten.
detail-export-submit = Bestand bewaren
save-path-label = Bewaren als (volledig pad)
open-path-label = Bestand om te openen (volledig pad)
saved-to = Bewaard: { $path }

## Wat u kunt doen als een controle niet slaagde

detail-check-todo-signature-failed = Vertrouw deze kopie niet. Vraag de uitgever om een nieuwe.
detail-check-todo-signature-unchecked = De inhoud kan kloppen, maar niemand kan het nog bewijzen. Vraag de uitgever om een ondertekende versie (Open Badges 3.0).
detail-check-todo-issuer-failed = De uitgever kon niet worden bevestigd. Vraag het na bij de organisatie die het u gaf.
detail-check-todo-issuer-unchecked = Wie het uitgaf, kan alleen online worden bevestigd. Vraag een begeleider om het samen met u na te gaan.
detail-check-todo-hosted-failed = De kopie van de uitgever komt niet overeen. Vraag de uitgever ernaar.
detail-check-todo-hosted-unchecked = De uitgever bewaart online een kopie; { -app-name } gaat niet online. Een begeleider kan het samen met u bekijken.
detail-check-todo-expiry-failed = Dit bewijs is verlopen. Vraag de uitgever of u het kunt vernieuwen.
detail-check-todo-expiry-unchecked = De einddatum was niet te lezen. Vraag de uitgever welke datum bedoeld is.
detail-check-todo-not-before-failed = Dit bewijs is nog niet geldig. Wacht tot de begindatum.
detail-check-todo-not-before-unchecked = De begindatum was niet te lezen. Vraag de uitgever welke datum bedoeld is.
detail-check-todo-status-failed = De uitgever heeft dit bewijs ingetrokken. Vraag de uitgever waarom.
detail-check-todo-status-unchecked = Of het is ingetrokken, kan alleen online worden gecontroleerd. Vraag het de uitgever als u het zeker wilt weten.
detail-check-todo-schema-failed = Delen van dit bestand ontbreken of kloppen niet. Vraag de uitgever om een volledig bestand.
detail-check-todo-schema-unchecked = De opbouw kon niet helemaal worden gecontroleerd. Meestal is dat geen probleem.

## ESCO (vaardigheden en beroepen van de Europese Unie)

esco-building = De lijst met vaardigheden en beroepen wordt klaargezet (alleen de eerste keer): { $percent } %
esco-search-label-skill = Zoek een vaardigheid
esco-search-label-occupation = Zoek een beroep
esco-search-help = Typ minstens twee letters. De resultaten verschijnen hieronder.
esco-search-none = Niets gevonden. Probeer een ander woord.
esco-fallback-mark = { $lang ->
    [en] in het Engels
    [nl] in het Nederlands
    [fr] in het Frans
   *[other] { $lang }
}

## Vaardighedenprofiel

profile-title = Mijn vaardigheden
profile-intro = Vaardigheden uit uw bewijzen en vaardigheden die u zelf toevoegde. Het label laat zien hoe sterk het bewijs is.
profile-empty = Nog geen vaardigheden. Voeg bewijzen toe, of voeg hieronder zelf een vaardigheid toe.
profile-add-title = Zelf een vaardigheid toevoegen
profile-group-skill = Vaardigheden ({ $count })
profile-group-knowledge = Kennis ({ $count })
profile-group-language = Talen ({ $count })
profile-group-transversal = Vaardigheden voor elk werk ({ $count })
profile-group-other = Overig ({ $count })
evidence-verified-credential = Bewezen met een gecontroleerd bewijs
evidence-endorsed = Aanbevolen door iemand
evidence-mentor-observed = Gezien door een begeleider
evidence-self-declared = Nog niet bewezen
profile-shown-by = { $count ->
    [one] Blijkt uit één bewijs:
   *[other] Blijkt uit { $count } bewijzen:
}

## Passend werk

match-title = Werk voor mij
match-intro = Beroepen uit de Europese lijst (ESCO) die passen bij de vaardigheden in uw profiel. Hoe meer van de belangrijkste vaardigheden u hebt, hoe beter het past.
match-search-title = Hoe goed past dit beroep bij mij?
match-best-title = Past het best
match-none = Nog geen passend werk. Voeg eerst vaardigheden toe aan uw profiel.
match-fit = Past voor { $percent }: u hebt { $have } van de { $total } belangrijkste vaardigheden.
match-missing = { $count ->
    [one] 1 belangrijke vaardigheid ontbreekt
   *[other] { $count } belangrijke vaardigheden ontbreken
}
match-use-as-target = Dit wordt mijn doel

## Leerroute

route-title = Mijn route
route-none = U hebt nog geen doel gekozen. Zoek hieronder een beroep.
route-target-label = Mijn doel:
route-progress = { $done } van { $total } stappen klaar.
route-no-steps = U hebt al alle belangrijke vaardigheden voor dit beroep.
route-choose-title = Kies een doel
route-choose-help = Een nieuw doel vervangt de huidige route.
route-status-label = Stand
route-status-planned = Gepland
route-status-in-progress = Mee bezig
route-status-done = Klaar
route-kind-earn-credential = Een badge of certificaat halen
route-kind-work-based-learning = Leren op het werk
route-kind-language-goal = Taaldoel
route-kind-practical = Praktische stap

## Instellingen

settings-title = Instellingen
settings-language-title = Taal
settings-reverify-title = Alle bewijzen opnieuw controleren
settings-reverify-help = Controleert elk bewijs opnieuw met de datum van vandaag, bijvoorbeeld om te zien welke verlopen zijn.
settings-reverify-submit = Alles opnieuw controleren
reverify-progress = Controle { $done } van { $total }…
reverify-done = { $total ->
    [one] Het bewijs is opnieuw gecontroleerd.
   *[other] Alle { $total } bewijzen zijn opnieuw gecontroleerd.
}
reverify-cancelled = Gestopt: { $done } van { $total } bewijzen opnieuw gecontroleerd.
settings-backup-title = Een reservekopie maken
settings-backup-help = Bewaart al uw bewijzen, vaardigheden en uw route in één afgesloten bestand. Zet het op een USB-stick of ergens anders veilig.
settings-backup-passphrase = Wachtzin voor de reservekopie
settings-backup-submit = Reservekopie bewaren
settings-restore-title = Een reservekopie terugzetten
settings-restore-help = Voegt alles uit een reservekopie toe aan deze portemonnee. Er wordt hier niets verwijderd.
settings-restore-submit = Terugzetten
settings-restore-done = { $count ->
    [one] Teruggezet: 1 bewijs toegevoegd, { $duplicates } al aanwezig.
   *[other] Teruggezet: { $count } bewijzen toegevoegd, { $duplicates } al aanwezig.
}

## Over

about-title = Over { -app-name }
about-intro = { -app-name } bewaart uw badges en certificaten op deze computer, controleert ze zonder internet en laat zien bij welke vaardigheden en beroepen ze passen.
about-esco-title = ESCO: vaardigheden en beroepen van de Europese Unie
about-esco-uses = Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.
about-esco-versions = ESCO v1.2.1 (namen van beroepen, vaardigheidsgroepen en ISCO), v1.1.1 (vaardigheden en de relaties tussen beroepen en vaardigheden) en v1.0 (Franse en Spaanse namen van vaardigheden). © Europese Unie.
about-esco-licence = Hergebruikt onder Besluit 2011/833/EU van de Commissie en CC BY 4.0. De gegevens zijn aangepast (een deel, versies samengevoegd, anders opgemaakt).
about-esco-not-endorsed = { -app-name } wordt niet gesteund door de Europese Commissie. De namen in ESCO nemen titels over uit ISCO-08 (IAO).
about-source = Bron:
about-licences-title = Licenties
about-licence-app = { -app-name } zelf: European Union Public Licence (EUPL) 1.2.
about-licence-fonts = Lettertypen: Noto Sans, Noto Sans Arabic en Noto Sans Ethiopic van Google, onder de SIL Open Font License 1.1.
about-licence-contexts = Ingebouwde JSON-LD-contexten: W3C Software and Document License en de licenties die erbij staan.
about-translations = De vertalingen zijn nog niet nagekeken door moedertaalsprekers. Laat het ons weten als iets onduidelijk is.

## Fouten die alleen de app geeft (meer)

error-bad-path = “{ $path }” is geen volledig pad naar een bestand.
hint-bad-path = Geef het hele pad, beginnend met /, en eindig met een bestandsnaam.
