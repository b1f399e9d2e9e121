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
