# De schermen Delen en "Een bewijs controleren".
# Locale: nl. Reviewed by a native speaker: no (nog niet nagekeken door iemand met Nederlands als moedertaal).

nav-share = Delen
nav-verify = Bewijs controleren

share-title = Een bewijs delen
share-intro = Kies bewijzen. Iedereen kan hun QR-codes zonder internet controleren, op papier of op een scherm.
share-pick-title = Bewijzen om te delen
share-empty = Er staan nog geen bewijzen in je portemonnee. Voeg er eerst een toe.
share-none-chosen = Kies minstens één bewijs om de QR-codes te zien.
share-code-alt = QR-code { $index } van { $total } voor { $name }
share-code-part = Code { $index } van { $total }
share-sheet-title = Afdrukblad
share-second-lang = Tweede taal op het blad
share-sheet-info = Het afdrukblad heeft { $pages ->
        [one] één A4-pagina
       *[other] { $pages } A4-pagina's
    }, in het { $first } en het { $second }.
share-privacy = De codes bevatten het hele bewijs, ook je naam. Deel ze alleen met mensen die jij kiest.
share-save-title = Bewaren of afdrukken
share-save-help = Een naam die eindigt op .pdf bewaart het afdrukblad; .png bewaart alleen de codes als afbeelding.
share-save-submit = Bewaren
share-print = Codes afdrukken
share-print-help = Afdrukken drukt de codes op dit scherm af. Voor het hele blad in twee talen: bewaar de pdf en druk die af.
share-saved = Bewaard: { $path } ({ $pages ->
        [one] één pagina
       *[other] { $pages } pagina's
    })

verify-title = Een bewijs controleren
verify-intro = Open een bewijs dat je hebt gekregen: een foto of scan van de QR-codes, de pdf, of de codes als tekst. Het wordt op deze computer gecontroleerd, zonder internet.
verify-choose = Bewijsbestand openen
verify-camera-photo = Geen camera? Maak een foto van de codes met een telefoon en open die hier.
verify-camera-start = Scannen met camera
verify-camera-stop = Camera uitzetten
verify-camera-looking = Houd de QR-code voor de camera, plat en goed verlicht…
verify-camera-unavailable = Er kon geen camera gebruikt worden. Maak een foto van de codes en open die hier.
verify-busy = De codes worden gelezen…
verify-holder = Naam van de houder:
verify-compare-id = Vergelijk deze naam met een identiteitsbewijs. Een kopie van een code is net zo geldig als het origineel.
verify-card-summary = Samenvatting, niet gecontroleerd
verify-link = Dit is een linkcode. Erkend opent hem niet; open hem zelf alleen als je het adres vertrouwt.
verify-issuer = Uitgegeven door
verify-issued = Datum van uitgifte
verify-kind = Bewijs
verify-kind-credential = Het hele ondertekende bewijs ({ $codes ->
        [one] één code
       *[other] { $codes } codes
    })
verify-kind-card = Een korte bewijskaart ({ $codes ->
        [one] één code
       *[other] { $codes } codes
    })
