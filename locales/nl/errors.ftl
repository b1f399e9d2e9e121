# Foutmeldingen en tips voor de opdrachtregel en de app.
# Locale: nl. Nagekeken door een moedertaalspreker: nee.

-app-name = Erkend

error-wallet-not-found = Er is geen portemonnee op { $path }.
hint-wallet-not-found = Maak er eerst een met “erkend init”, of kies een ander portemonneebestand.
error-wallet-exists = Er bestaat al een portemonnee op { $path }. Die is niet veranderd.
hint-wallet-exists = Open die portemonnee, of kies een andere bestandsnaam.
error-wrong-passphrase = Met dit wachtwoord gaat de portemonnee niet open. Er is niets veranderd.
hint-wrong-passphrase = Controleer het wachtwoord en probeer het opnieuw. Let op hoofdletters.
error-passphrase-required = Deze portemonnee is beveiligd met een wachtwoord.
hint-passphrase-required = Geef het wachtwoord op (in de omgevingsvariabele ERKEND_PASSPHRASE of met --passphrase-file).
error-wallet-too-new = Deze portemonnee is gemaakt met een nieuwere versie van { -app-name } (formaat { $found }; deze app kent tot en met { $supported }). Er is niets veranderd.
hint-wallet-too-new = Werk { -app-name } bij om hem te openen.
error-wallet-damaged = Het portemonneebestand is beschadigd. Er is een kopie bewaard op { $copy }; er is niets gewist.
hint-wallet-damaged = Zet een back-up terug, of vraag hulp om de kopie te herstellen.
error-file-too-large = Dit bestand is te groot ({ $size } bytes). De grens is { $limit } bytes.
hint-file-too-large = Een badgebestand is normaal veel kleiner. Kijk of u het goede bestand hebt gekozen.
error-empty-file = Dit bestand is leeg.
hint-empty-file = Kies het bestand van de badge of het certificaat zelf.
error-not-a-file = { $path } is een map, geen bestand.
hint-not-a-file = Kies de badgebestanden in de map.
error-unreadable = Het bestand { $path } kan niet gelezen worden: { $reason }
error-not-json = Dit bestand is geen badge of certificaat dat { -app-name } kan lezen ({ $reason }).
hint-not-json = Kies een Open Badge (JSON, PNG of SVG) of een certificaatbestand.
error-too-deep = Dit bestand is meer dan { $limit } niveaus diep genest en is voor de veiligheid geweigerd.
error-unsupported-format = Dit soort bestand wordt niet ondersteund ({ $detail }).
error-malformed-credential = Dit certificaat is onvolledig of kapot: { $detail }.
error-credential-not-found = Er zit geen certificaat met id { $id } in deze portemonnee.
hint-credential-not-found = Gebruik “erkend list” om de id's te zien.
error-bad-language = “{ $tag }” is geen taalcode die { -app-name } begrijpt.
error-storage = De portemonnee kon niet gelezen of geschreven worden: { $reason }
error-io = Een bestand kon niet gelezen of geschreven worden: { $reason }
error-no-randomness = Het systeem kon geen veilige willekeurige getallen leveren.
error-usage = De opdracht werd niet begrepen ({ $detail }).
error-esco-data = De ingebouwde ESCO-vaardighedengegevens konden niet gebruikt worden: { $detail }
hint-esco-data = Installeer { -app-name } opnieuw, of verwijder het ESCO-indexbestand zodat het opnieuw wordt gemaakt.
error-esco-stopped = Je hebt het voorbereiden van de lijst met vaardigheden en beroepen gestopt. Er is niets veranderd.
hint-esco-stopped = Het begint opnieuw als je dit scherm nog eens opent. Dit is maar één keer nodig.

## Badgebestanden inlezen (importeren)

error-jws-malformed = Deze ondertekende badgetekst is afgebroken of beschadigd ({ $detail }).
hint-jws-malformed = Kopieer de hele badgetekst opnieuw, of vraag de uitgever om het bestand.
error-png-damaged = Deze badgeafbeelding is beschadigd ({ $detail }).
hint-png-damaged = Download de badgeafbeelding opnieuw bij de uitgever.
error-png-chunk-too-large = Een deel van deze afbeelding zegt { $size } bytes groot te zijn; de grens is { $limit }. Het is voor de veiligheid geweigerd.
error-png-too-many-chunks = Deze afbeelding bestaat uit meer dan { $limit } delen en is voor de veiligheid geweigerd.
error-image-too-large = Deze afbeelding zegt { $width } × { $height } pixels groot te zijn; de grens is { $limit } per zijde. Ze is voor de veiligheid geweigerd.
error-decompressed-too-large = Ingepakte gegevens in dit bestand worden uitgepakt groter dan { $limit } bytes en zijn daarom voor de veiligheid geweigerd.
error-no-badge-data = Deze afbeelding bevat geen badge.
hint-no-badge-data = Kies de badgeafbeelding die u van de uitgever kreeg, geen kopie of schermafdruk.
error-baked-url-only = Deze afbeelding bevat alleen een link naar een badge ({ $url }), niet de badge zelf. { -app-name } gaat niet online om die op te halen.
hint-baked-url-only = Vraag de uitgever om het badgebestand zelf (JSON), of open de link zelf en bewaar de badge.
error-xml-doctype-refused = Deze SVG-afbeelding bevat een documenttypedeclaratie; { -app-name } weigert die voor de veiligheid.
hint-xml-doctype-refused = Badgeafbeeldingen hebben die niet nodig. Vraag de uitgever om een nieuwe kopie.
error-svg-malformed = Deze SVG-afbeelding is beschadigd ({ $detail }).
error-too-many-nested = Deze bundel bevat meer dan { $limit } certificaten en is voor de veiligheid geweigerd.
error-backup-not-a-backup = Dit bestand is geen reservekopie van { -app-name }.
hint-backup-not-a-backup = Kies het bestand dat `erkend backup` heeft gemaakt. Er is niets veranderd.
error-backup-truncated = Deze reservekopie is onvolledig: het bestand is afgebroken. Er is niets veranderd.
hint-backup-truncated = Kopieer de reservekopie opnieuw van de plek waar u die bewaart, en wacht tot het kopiëren klaar is.
error-backup-unsupported-version = Deze reservekopie is gemaakt met een nieuwere versie van { -app-name } (versie { $found }; deze app leest tot en met { $supported }). Er is niets veranderd.
hint-backup-unsupported-version = Werk { -app-name } bij en zet de reservekopie daarna terug.
error-backup-too-large = Deze reservekopie zegt { $size } bytes te bevatten; de grens is { $limit }. Voor de veiligheid geweigerd.
error-backup-wrong-passphrase-or-damaged = Deze reservekopie gaat niet open: het wachtwoord klopt niet, of het bestand is veranderd of beschadigd. Er is niets veranderd.
hint-backup-wrong-passphrase-or-damaged = Controleer het wachtwoord van de reservekopie (ERKEND_BACKUP_PASSPHRASE, anders het wachtwoord van de portemonnee). Klopt het wel, dan is het bestand beschadigd: gebruik een andere kopie.
error-backup-passphrase-required = Een reservekopie moet met een wachtwoord beveiligd zijn, en er is geen gegeven.
hint-backup-passphrase-required = Stel ERKEND_BACKUP_PASSPHRASE in (of geef het wachtwoord van de portemonnee).

error-vault-not-found = Er is geen leerlingkluis { $id } op deze computer.
hint-vault-not-found = Kies je kluis uit de lijst, of maak een nieuwe.
error-vault-card-invalid = { $field ->
        [avatar] Het plaatje
       *[other] De naam
    } op het profielenscherm mag hoogstens { $max } tekens hebben, zonder stuurtekens.
error-signing-failed = Dit kon niet worden ondertekend: { $detail }
error-signer-name-required = Voor ondertekenen is uw naam nodig, zodat de lerende ziet wie voor hem of haar instaat.
hint-signer-name-required = Geef uw naam één keer op met --name (en uw organisatie met --organisation); de portemonnee onthoudt die.
error-endorsement-request-invalid = Dit is geen aanbevelingsverzoek dat Erkend kan lezen: { $detail }
hint-endorsement-request-invalid = Vraag de lerende het verzoek opnieuw uit de Erkend-portemonnee te exporteren.
error-endorse-target-has-no-id = Certificaat { $id } heeft geen eigen identificatie, dus een aanbeveling kan er niet naar verwijzen.
hint-endorse-target-has-no-id = Vraag in plaats daarvan een aanbeveling voor een vaardigheid, of voor een ander certificaat.

error-recovery-code-invalid = Dit is geen geldige herstelcode: er is een teken fout, weg of te veel.
hint-recovery-code-invalid = Neem de code opnieuw over van je herstelblad: 32 letters en cijfers in groepjes van vier. Streepjes, spaties en hoofd- of kleine letters maken niet uit.
error-trust-list-malformed = Dit bestand is geen vertrouwenslijst ({ $detail }).
hint-trust-list-malformed = Vraag wie u de lijst gaf om het ondertekende bestand.
error-trust-list-tampered = Deze vertrouwenslijst is veranderd nadat ze werd ondertekend en is daarom geweigerd.
hint-trust-list-tampered = Haal een nieuwe kopie van de lijst bij de organisatie die haar uitgeeft. Er is niets geïnstalleerd.
error-trust-list-expired = Deze vertrouwenslijst is nu niet geldig (haar geldigheid eindigt of begint op { $until }) en is daarom geweigerd.
hint-trust-list-expired = Haal de actuele lijst bij de organisatie die haar uitgeeft.
error-trust-list-unknown-signer = Deze vertrouwenslijst is ondertekend met een sleutel die { -app-name } niet kent: { $key }.
hint-trust-list-unknown-signer = Alleen als de organisatie die u de lijst gaf deze sleutel bevestigt: installeer haar met --accept-key { $key }.
error-url-refused = { -app-name } haalt alleen beveiligde (https) adressen op; { $url } is niet opgehaald.
error-fetch-failed = { $url } kon niet worden opgehaald ({ $reason }).
hint-fetch-failed = Controleer de internetverbinding en probeer het later opnieuw. Wat eerder is gecontroleerd, blijft zoals het was.
error-fetch-too-large = { $url } stuurde meer dan { $limit } bytes; het downloaden is gestopt.
# Variables: $field (which field), $reason (what is wrong with it)
error-profile-invalid = Dit onderdeel van het profiel kan niet bewaard worden: { $field } — { $reason }.
hint-profile-invalid = Schrijf datums als 2024-05 of 2024-05-31, taalniveaus als A1, A2, B1, B2, C1 of C2, en koppelingen als adres van een ESCO-vaardigheid of -beroep (http://data.europa.eu/esco/…).
# Variables: $id (the step id asked for)
error-route-step-not-found = Je leerroute heeft geen stap { $id }.
hint-route-step-not-found = Bekijk de stappen met hun id: erkend route show --json
error-route-no-target = Je leerroute heeft nog geen doel, dus er kunnen nog geen stappen bij.
hint-route-no-target = Kies eerst een beroep als doel: erkend route set-target URI
## Deelbare bewijzen (QR-codes)
error-proof-base45-character = Deze bewijscode bevat een teken dat er niet in hoort (op positie { $position }). Misschien is ze verkeerd gelezen of veranderd.
hint-proof-base45-character = Scan de code opnieuw, of gebruik het originele geprinte bewijs.
error-proof-base45-length = Deze bewijscode is onvolledig ({ $length } tekens kunnen geen hele code zijn).
hint-proof-base45-length = Scan de code opnieuw; er ontbreekt misschien een stuk.
error-proof-base45-overflow = Deze bewijscode is beschadigd op positie { $position }.
error-proof-unknown-prefix = Dit is geen bewijscode van { -app-name }, of ze komt uit een versie die deze app niet kent.
hint-proof-unknown-prefix = Controleer of u de goede code hebt gescand; werk { -app-name } bij als het bewijs nieuwer is.
error-proof-unknown-format = Deze bewijscode gebruikt een vorm die deze app niet kent (vorm { $byte }).
hint-proof-unknown-format = Werk { -app-name } bij om haar te lezen.
error-proof-empty = Deze bewijscode is leeg.
error-proof-too-long = Deze code is te lang voor een bewijs ({ $length } tekens; hoogstens { $limit }). Voor de veiligheid geweigerd.
error-proof-chunk-header = Het label van dit deel van het bewijs is kapot ({ $detail }).
error-proof-too-many-chunks = Dit bewijs zegt { $total } delen te hebben; hoogstens { $limit } mogen. Geweigerd.
error-proof-chunk-duplicate = Deel { $index } van bewijs { $set } is twee keer gegeven.
hint-proof-chunk-duplicate = Geef elk deel van het bewijs één keer.
error-proof-chunk-missing = Bewijs { $set } is onvolledig: deel { $missing } ontbreekt.
hint-proof-chunk-missing = Scan alle codes van het bewijs; de labels onder de codes zeggen hoeveel het er zijn.
error-proof-chunk-mixed = De delen van bewijs { $set } horen niet bij elkaar.
hint-proof-chunk-mixed = Delen van verschillende bewijzen zijn door elkaar geraakt. Scan alleen de codes van één bewijs.
error-proof-inflate-too-large = Dit bewijs pakt uit tot meer dan { $limit } bytes. Voor de veiligheid geweigerd.
error-proof-inflate-damaged = De gegevens in deze bewijscode zijn beschadigd of afgebroken.
hint-proof-inflate-damaged = Scan de code opnieuw, of gebruik het originele geprinte bewijs.
error-proof-wrong-dictionary = Deze bewijscode is ingepakt op een manier die niet bij haar vorm past.
error-proof-trailing-bytes = Deze bewijscode heeft extra gegevens aan het eind. Geweigerd.
error-proof-card-malformed = Deze bewijskaart is kapot ({ $detail }).
error-proof-card-algorithm = Deze bewijskaart gebruikt een handtekeningmethode die niet is toegestaan.
error-proof-too-large-for-codes = Dit certificaat is te groot om als codes te printen ({ $bytes } bytes; hoogstens { $codes } codes). Er zitten waarschijnlijk afbeeldingen in.
hint-proof-too-large-for-codes = Deel het liever als link (als de uitgever het online toont), of als bestand.
error-proof-no-codes = In dit bestand is geen bewijscode gevonden.
hint-proof-no-codes = Gebruik een scherpe, goed verlichte foto of scan waarop elke code helemaal te zien is.
error-proof-image-unreadable = Deze afbeelding kan niet worden gelezen ({ $detail }).
error-proof-pdf-unreadable = Deze pdf kan niet worden gelezen ({ $detail }).
error-proof-file-type = Bewijzen kunnen geen bestanden van het type “{ $ext }” gebruiken.
hint-proof-file-type = Gebruik .pdf, .png of .txt om te exporteren; .pdf, .png, .jpg of .txt om te controleren.
error-proof-no-hosted-url = Dit certificaat heeft geen webadres waar de uitgever het toont, dus er kan geen linkcode worden gemaakt.
# Variables:
#   $chars (Number) - length of the QR payload
error-pdf-qr-too-large = Een QR-code kan geen { $chars } tekens bevatten, dus het bewijs is niet afgedrukt.
hint-pdf-qr-too-large = Verdeel de credential over meer codes, of deel hem als link.
# Variables:
#   $detail (String) - technical detail
error-pdf-write = De pdf kon niet worden gemaakt ({ $detail }).
