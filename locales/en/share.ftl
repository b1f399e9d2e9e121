# The Share and "Verify a proof" screens.
# Locale: en (base). Reviewed by a native speaker: no.

nav-share = Share
nav-verify = Verify a proof

share-title = Share a proof
share-intro = Choose credentials. Anyone can check their QR codes without internet, on paper or on a screen.
share-pick-title = Credentials to share
share-empty = Your wallet has no credentials yet. Add one first.
share-none-chosen = Choose at least one credential to see its QR codes.
# Variables: $name (credential name), $index (code number), $total (codes of this credential)
share-code-alt = QR code { $index } of { $total } for { $name }
# Variables: $index (code number), $total (codes of this credential)
share-code-part = Code { $index } of { $total }
share-sheet-title = Printed sheet
share-second-lang = Second language on the sheet
# Variables: $pages (number of A4 pages), $first and $second (language names)
share-sheet-info = The printed sheet has { $pages ->
        [one] one A4 page
       *[other] { $pages } A4 pages
    }, in { $first } and { $second }.
share-privacy = The codes hold the whole credential, including your name. Share them only with people you choose.
share-save-title = Save or print
share-save-help = A name ending in .pdf saves the printed sheet; .png saves only the codes as a picture.
share-save-submit = Save
share-print = Print the codes
share-print-help = Printing prints the codes shown here. For the full sheet in two languages, save the PDF and print that.
# Variables: $path (file written), $pages (its pages)
share-saved = Saved: { $path } ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    })

verify-title = Verify a proof
verify-intro = Open a proof someone gave you: a photo or scan of its QR codes, the PDF, or the codes as text. It is checked on this computer, without internet.
verify-choose = Open a proof file
verify-camera-photo = No camera? Take a photo of the codes with a phone and open it here.
verify-camera-start = Scan with camera
verify-camera-stop = Stop the camera
verify-camera-looking = Hold the QR code in front of the camera, flat and well lit…
verify-camera-unavailable = No camera could be used. Take a photo of the codes and open it here.
verify-busy = Reading the codes…
verify-holder = Name of the holder:
verify-compare-id = Compare this name with an ID document. A copy of a code verifies just like the original.
verify-card-summary = Summary, not verified
verify-link = This is a link code. Erkend does not open it; open it yourself only if you trust the address.
verify-issuer = Issuer
verify-issued = Issued
verify-kind = Proof
# Variables: $codes (how many QR codes carried it)
verify-kind-credential = The whole signed credential ({ $codes ->
        [one] one code
       *[other] { $codes } codes
    })
# Variables: $codes (always 1)
verify-kind-card = A short proof card ({ $codes ->
        [one] one code
       *[other] { $codes } codes
    })
