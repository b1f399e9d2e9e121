# Messages d’erreur et conseils, communs à la ligne de commande et à l’application.
# Locale: fr. Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = Il n’y a pas de portefeuille à l’emplacement { $path }.
hint-wallet-not-found = Créez-en d’abord un avec « erkend init », ou choisissez un autre fichier de portefeuille.
error-wallet-exists = Un portefeuille existe déjà à l’emplacement { $path }. Il n’a pas été modifié.
hint-wallet-exists = Ouvrez-le plutôt, ou choisissez un autre nom de fichier.
error-wrong-passphrase = Cette phrase secrète n’ouvre pas le portefeuille. Rien n’a été modifié.
hint-wrong-passphrase = Vérifiez la phrase secrète et réessayez. Les majuscules comptent.
error-passphrase-required = Ce portefeuille est protégé par une phrase secrète.
hint-passphrase-required = Donnez la phrase secrète (dans la variable d’environnement ERKEND_PASSPHRASE ou avec --passphrase-file).
error-wallet-too-new = Ce portefeuille a été créé par une version plus récente de { -app-name } (format { $found } ; cette application connaît jusqu’au format { $supported }). Il n’a pas été modifié.
hint-wallet-too-new = Mettez { -app-name } à jour pour l’ouvrir.
error-wallet-damaged = Le fichier du portefeuille est endommagé. Une copie a été gardée à l’emplacement { $copy } ; rien n’a été supprimé.
hint-wallet-damaged = Restaurez une sauvegarde, ou demandez de l’aide pour récupérer la copie.
error-file-too-large = Ce fichier est trop gros ({ $size } octets). La limite est de { $limit } octets.
hint-file-too-large = Un fichier de badge est normalement beaucoup plus petit. Vérifiez que vous avez choisi le bon fichier.
error-empty-file = Ce fichier est vide.
hint-empty-file = Choisissez le fichier du badge ou de l’attestation lui-même.
error-not-a-file = { $path } est un dossier, pas un fichier.
hint-not-a-file = Choisissez les fichiers de badge qui se trouvent dans ce dossier.
error-unreadable = Le fichier { $path } ne peut pas être lu : { $reason }
error-not-json = Ce fichier n’est pas un badge ni une attestation que { -app-name } sait lire ({ $reason }).
hint-not-json = Choisissez un Open Badge (JSON, PNG ou SVG) ou un fichier d’attestation.
error-too-deep = Ce fichier est imbriqué sur plus de { $limit } niveaux ; il a été refusé par sécurité.
error-unsupported-format = Ce type de fichier n’est pas pris en charge ({ $detail }).
error-malformed-credential = Cette attestation est incomplète ou abîmée : { $detail }.
error-credential-not-found = Aucune attestation avec l’identifiant { $id } dans ce portefeuille.
hint-credential-not-found = Utilisez « erkend list » pour voir les identifiants.
error-bad-language = « { $tag } » n’est pas une étiquette de langue que { -app-name } comprend.
error-storage = Le portefeuille n’a pas pu être lu ou écrit : { $reason }
error-io = Un fichier n’a pas pu être lu ou écrit : { $reason }
error-no-randomness = Le système n’a pas pu fournir de nombres aléatoires sûrs.
error-usage = La commande n’a pas été comprise ({ $detail }).
error-esco-data = Les données ESCO intégrées n’ont pas pu être utilisées : { $detail }
hint-esco-data = Réinstallez { -app-name }, ou supprimez le fichier d’index ESCO pour qu’il soit reconstruit.
error-esco-stopped = Vous avez arrêté la préparation de la liste des compétences et des métiers. Rien n’a été modifié.
hint-esco-stopped = Elle recommence quand vous rouvrez cet écran. Ce n’est nécessaire qu’une seule fois.

## Lecture des fichiers de badge

error-jws-malformed = Ce texte de badge signé est coupé ou abîmé ({ $detail }).
hint-jws-malformed = Copiez à nouveau tout le texte du badge, ou demandez le fichier à l’émetteur.
error-png-damaged = Cette image de badge est abîmée ({ $detail }).
hint-png-damaged = Téléchargez à nouveau l’image du badge auprès de l’émetteur.
error-png-chunk-too-large = Une partie de cette image prétend faire { $size } octets ; la limite est de { $limit }. Elle a été refusée par sécurité.
error-png-too-many-chunks = Cette image a plus de { $limit } parties ; elle a été refusée par sécurité.
error-image-too-large = Cette image prétend faire { $width } × { $height } pixels ; la limite est de { $limit } par côté. Elle a été refusée par sécurité.
error-decompressed-too-large = Des données compressées de ce fichier dépassent { $limit } octets une fois décompressées ; il a été refusé par sécurité.
error-no-badge-data = Cette image ne contient pas de badge.
hint-no-badge-data = Choisissez l’image de badge reçue de l’émetteur, pas une copie ni une capture d’écran.
error-baked-url-only = Cette image contient seulement un lien vers un badge ({ $url }), pas le badge lui-même. { -app-name } ne va pas en ligne pour le chercher.
hint-baked-url-only = Demandez à l’émetteur le fichier du badge (JSON), ou ouvrez le lien vous-même et enregistrez le badge.
error-xml-doctype-refused = Cette image SVG contient une déclaration de type de document, que { -app-name } refuse par sécurité.
hint-xml-doctype-refused = Les images de badge n’en ont pas besoin. Demandez une nouvelle copie à l’émetteur.
error-svg-malformed = Cette image SVG est abîmée ({ $detail }).
error-too-many-nested = Ce lot contient plus de { $limit } attestations ; il a été refusé par sécurité.
error-backup-not-a-backup = Ce fichier n’est pas une sauvegarde { -app-name }.
hint-backup-not-a-backup = Choisissez le fichier écrit par « erkend backup ». Rien n’a été modifié.
error-backup-truncated = Cette sauvegarde est incomplète : elle a été coupée. Rien n’a été modifié.
hint-backup-truncated = Copiez à nouveau la sauvegarde depuis l’endroit où vous la gardez, et vérifiez que la copie est allée jusqu’au bout.
error-backup-unsupported-version = Cette sauvegarde a été faite par une version plus récente de { -app-name } (version { $found } ; cette application lit jusqu’à { $supported }). Rien n’a été modifié.
hint-backup-unsupported-version = Mettez { -app-name } à jour et restaurez à nouveau.
error-backup-too-large = Cette sauvegarde prétend contenir { $size } octets ; la limite est de { $limit }. Elle a été refusée par sécurité.
error-backup-wrong-passphrase-or-damaged = Cette sauvegarde ne s’ouvre pas : la phrase secrète est fausse, ou le fichier a été modifié ou abîmé. Rien n’a été modifié.
hint-backup-wrong-passphrase-or-damaged = Vérifiez la phrase secrète de la sauvegarde (ERKEND_BACKUP_PASSPHRASE, sinon celle du portefeuille). Si elle est juste, le fichier est abîmé : utilisez une autre copie.
error-backup-passphrase-required = Une sauvegarde doit être protégée par une phrase secrète, et aucune n’a été donnée.
hint-backup-passphrase-required = Définissez ERKEND_BACKUP_PASSPHRASE (ou donnez la phrase secrète du portefeuille).

## Coffres, signatures et recommandations

error-vault-not-found = Il n’y a pas de coffre d’apprenant { $id } sur cet ordinateur.
hint-vault-not-found = Choisissez votre coffre dans la liste, ou créez-en un nouveau.
error-vault-card-invalid = { $field ->
        [avatar] L’image affichée
       *[other] Le nom affiché
    } dans le choix du profil peut compter au plus { $max } caractères, sans caractères de contrôle.
error-signing-failed = La signature n’a pas pu être faite : { $detail }
error-signer-name-required = Pour signer, il faut votre nom : ainsi, l’apprenant voit qui se porte garant de lui.
hint-signer-name-required = Donnez votre nom une fois avec --name (et votre organisation avec --organisation) ; le portefeuille s’en souvient.
error-endorsement-request-invalid = Ce n’est pas une demande de recommandation qu’Erkend sait lire : { $detail }
hint-endorsement-request-invalid = Demandez à l’apprenant d’exporter à nouveau la demande depuis son portefeuille Erkend.
error-endorse-target-has-no-id = L’attestation { $id } n’a pas d’identifiant propre : une recommandation ne peut donc pas la désigner.
hint-endorse-target-has-no-id = Demandez plutôt une recommandation pour une compétence, ou pour une autre attestation.

## Récupération, listes de confiance et téléchargements

error-recovery-code-invalid = Ce n’est pas un code de récupération valable : un caractère est faux, manquant ou en trop.
hint-recovery-code-invalid = Recopiez le code depuis votre feuille de récupération : 32 lettres et chiffres, par groupes de quatre. Les tirets, les espaces, les majuscules et les minuscules ne comptent pas.
error-trust-list-malformed = Ce fichier n’est pas une liste de confiance ({ $detail }).
hint-trust-list-malformed = Demandez à la personne qui vous a donné la liste le fichier qu’elle a signé.
error-trust-list-tampered = Cette liste de confiance a été modifiée après sa signature ; elle a donc été refusée.
hint-trust-list-tampered = Procurez-vous une nouvelle copie de la liste auprès de l’organisme qui la publie. Rien n’a été installé.
error-trust-list-expired = Cette liste de confiance n’est pas valable en ce moment (sa validité finit ou commence le { $until }) ; elle a donc été refusée.
hint-trust-list-expired = Procurez-vous la liste actuelle auprès de l’organisme qui la publie.
error-trust-list-unknown-signer = Cette liste de confiance est signée par une clé que { -app-name } ne connaît pas : { $key }.
hint-trust-list-unknown-signer = Installez-la avec --accept-key { $key } seulement si l’organisme qui vous a donné la liste confirme cette clé.
error-url-refused = { -app-name } ne télécharge que des adresses sécurisées (https) ; { $url } n’a pas été téléchargée.
error-fetch-failed = Impossible de télécharger { $url } ({ $reason }).
hint-fetch-failed = Vérifiez la connexion Internet et réessayez plus tard. Tout ce qui a été contrôlé avant reste inchangé.
error-fetch-too-large = { $url } a envoyé plus de { $limit } octets ; le téléchargement a été arrêté.

## Profil et parcours

# Variables : $field (le champ), $reason (ce qui ne va pas)
error-profile-invalid = Cette entrée du profil ne peut pas être enregistrée : { $field } — { $reason }.
hint-profile-invalid = Les dates s’écrivent 2024-05 ou 2024-05-31 ; les niveaux de langue A1, A2, B1, B2, C1 ou C2 ; les liens sont des adresses de compétences ou de métiers ESCO (http://data.europa.eu/esco/…).
error-route-step-not-found = Votre parcours n’a pas d’étape { $id }.
hint-route-step-not-found = Voyez les identifiants des étapes avec : erkend route show --json
error-route-no-target = Votre parcours n’a pas encore d’objectif : impossible d’y ajouter des étapes.
hint-route-no-target = Choisissez d’abord un métier cible : erkend route set-target URI

## Preuves à partager (codes QR)

error-proof-base45-character = Ce code de preuve contient un caractère qui n’y a pas sa place (position { $position }). Il a peut-être été mal lu ou modifié.
hint-proof-base45-character = Scannez à nouveau le code, ou utilisez la preuve imprimée d’origine.
error-proof-base45-length = Ce code de preuve est incomplet ({ $length } caractères ne peuvent pas former un code entier).
hint-proof-base45-length = Scannez à nouveau le code ; il en manque peut-être une partie.
error-proof-base45-overflow = Ce code de preuve est abîmé à la position { $position }.
error-proof-unknown-prefix = Ce n’est pas un code de preuve { -app-name }, ou il vient d’une version que cette application ne connaît pas.
hint-proof-unknown-prefix = Vérifiez que vous avez scanné le bon code ; mettez { -app-name } à jour si la preuve est plus récente.
error-proof-unknown-format = Ce code de preuve utilise un format que cette application ne connaît pas (format { $byte }).
hint-proof-unknown-format = Mettez { -app-name } à jour pour le lire.
error-proof-empty = Ce code de preuve est vide.
error-proof-too-long = Ce code est trop long pour être une preuve ({ $length } caractères ; au plus { $limit }). Il a été refusé par sécurité.
error-proof-chunk-header = L’étiquette de cette partie du code de preuve est abîmée ({ $detail }).
error-proof-too-many-chunks = Cette preuve prétend avoir { $total } parties ; au plus { $limit } sont permises. Elle a été refusée.
error-proof-chunk-duplicate = La partie { $index } de la preuve { $set } a été donnée deux fois.
hint-proof-chunk-duplicate = Donnez chaque partie de la preuve une seule fois.
error-proof-chunk-missing = La preuve { $set } est incomplète : la partie { $missing } manque.
hint-proof-chunk-missing = Scannez tous les codes de la preuve ; les étiquettes sous les codes indiquent combien il y en a.
error-proof-chunk-mixed = Les parties de la preuve { $set } ne vont pas ensemble.
hint-proof-chunk-mixed = Des parties de preuves différentes ont été mélangées. Scannez uniquement les codes d’une seule preuve.
error-proof-inflate-too-large = Une fois décompressée, cette preuve dépasse { $limit } octets. Elle a été refusée par sécurité.
error-proof-inflate-damaged = Les données de ce code de preuve sont abîmées ou coupées.
hint-proof-inflate-damaged = Scannez à nouveau le code, ou utilisez la preuve imprimée d’origine.
error-proof-wrong-dictionary = Ce code de preuve a été compressé d’une façon qui ne correspond pas à son format.
error-proof-trailing-bytes = Ce code de preuve contient des données en trop à la fin. Il a été refusé.
error-proof-card-malformed = Cette carte de preuve est abîmée ({ $detail }).
error-proof-card-algorithm = Cette carte de preuve utilise une méthode de signature non autorisée.
error-proof-too-large-for-codes = Cette attestation est trop grande pour être imprimée en codes ({ $bytes } octets ; au plus { $codes } codes). Elle contient sans doute des images.
hint-proof-too-large-for-codes = Partagez-la plutôt sous forme de lien (si son émetteur l’héberge) ou de fichier.
error-proof-no-codes = Aucun code de preuve n’a été trouvé dans ce fichier.
hint-proof-no-codes = Utilisez une photo ou un scan net et bien éclairé, où chaque code est entier.
error-proof-image-unreadable = Cette image ne peut pas être lue ({ $detail }).
error-proof-pdf-unreadable = Ce PDF ne peut pas être lu ({ $detail }).
error-proof-file-type = Les preuves ne peuvent pas utiliser de fichiers de type « { $ext } ».
hint-proof-file-type = Utilisez .pdf, .png ou .txt pour exporter ; .pdf, .png, .jpg ou .txt pour vérifier.
error-proof-no-hosted-url = Cette attestation n’a pas d’adresse web où son émetteur la présente : aucun code de lien ne peut donc être créé.
error-pdf-qr-too-large = Un code QR ne peut pas contenir { $chars } caractères : la preuve n’a donc pas été imprimée.
hint-pdf-qr-too-large = Répartissez l’attestation sur plus de codes, ou partagez-la plutôt sous forme de lien.
error-pdf-write = Le PDF n’a pas pu être créé ({ $detail }).
