# Les écrans « Partager » et « Vérifier une preuve ».
# Locale: fr. Reviewed by a native speaker: no (pas encore relu par une personne de langue maternelle française).

nav-share = Partager
nav-verify = Vérifier une preuve

share-title = Partager une preuve
share-intro = Choisissez des attestations. Tout le monde peut vérifier leurs codes QR sans internet, sur papier ou sur un écran.
share-pick-title = Attestations à partager
share-empty = Votre portefeuille ne contient encore aucune attestation. Ajoutez-en une d’abord.
share-none-chosen = Choisissez au moins une attestation pour voir ses codes QR.
share-code-alt = Code QR { $index } sur { $total } pour { $name }
share-code-part = Code { $index } sur { $total }
share-sheet-title = Feuille imprimée
share-second-lang = Deuxième langue de la feuille
share-sheet-info = La feuille imprimée compte { $pages ->
        [one] une page A4
       *[other] { $pages } pages A4
    }, en { $first } et en { $second }.
share-privacy = Les codes contiennent toute l’attestation, y compris votre nom. Ne les partagez qu’avec les personnes de votre choix.
share-save-title = Enregistrer ou imprimer
share-save-help = Un nom finissant par .pdf enregistre la feuille imprimée ; .png enregistre seulement les codes en image.
share-save-submit = Enregistrer
share-print = Imprimer les codes
share-print-help = L’impression imprime les codes affichés ici. Pour la feuille complète en deux langues, enregistrez le PDF et imprimez-le.
share-saved = Enregistré : { $path } ({ $pages ->
        [one] une page
       *[other] { $pages } pages
    })

verify-title = Vérifier une preuve
verify-intro = Ouvrez une preuve que l’on vous a donnée : une photo ou un scan de ses codes QR, le PDF, ou les codes en texte. Elle est vérifiée sur cet ordinateur, sans internet.
verify-choose = Ouvrir un fichier de preuve
verify-camera-photo = Pas de caméra ? Prenez une photo des codes avec un téléphone et ouvrez-la ici.
verify-camera-start = Scanner avec la caméra
verify-camera-stop = Éteindre la caméra
verify-camera-looking = Tenez le code QR devant la caméra, à plat et bien éclairé…
verify-camera-unavailable = Aucune caméra n’a pu être utilisée. Prenez une photo des codes et ouvrez-la ici.
verify-busy = Lecture des codes…
verify-holder = Nom du titulaire :
verify-compare-id = Comparez ce nom avec une pièce d’identité. La copie d’un code se vérifie exactement comme l’original.
verify-card-summary = Résumé, non vérifié
verify-link = Ceci est un code de lien. Erkend ne l’ouvre pas ; ouvrez-le vous-même seulement si vous faites confiance à l’adresse.
verify-issuer = Délivré par
verify-issued = Date de délivrance
verify-kind = Preuve
verify-kind-credential = L’attestation signée complète ({ $codes ->
        [one] un code
       *[other] { $codes } codes
    })
verify-kind-card = Une courte carte de preuve ({ $codes ->
        [one] un code
       *[other] { $codes } codes
    })
