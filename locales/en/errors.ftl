# Error messages and hints shared by the CLI and the desktop app.
# Locale: en (base locale, always complete). Reviewed by a native speaker: no.

-app-name = Erkend

# Variables:
#   $path (String) - where the wallet was looked for
error-wallet-not-found = There is no wallet at { $path }.
hint-wallet-not-found = Create one first with “erkend init”, or choose another wallet file.
# Variables:
#   $path (String) - the existing wallet file
error-wallet-exists = A wallet already exists at { $path }. It was not changed.
hint-wallet-exists = Open it instead, or choose another file name.
error-wrong-passphrase = This passphrase does not open the wallet. Nothing was changed.
hint-wrong-passphrase = Check the passphrase and try again. Capital letters count.
error-passphrase-required = This wallet is protected by a passphrase.
hint-passphrase-required = Give the passphrase (in the environment variable ERKEND_PASSPHRASE or with --passphrase-file).
# Variables:
#   $found (Number) - schema version in the file
#   $supported (Number) - newest version this app knows
error-wallet-too-new = This wallet was made by a newer version of { -app-name } (format { $found }; this app knows up to { $supported }). It was not changed.
hint-wallet-too-new = Update { -app-name } to open it.
# Variables:
#   $copy (String) - where the damaged file was copied
error-wallet-damaged = The wallet file is damaged. A copy was kept at { $copy }; nothing was deleted.
hint-wallet-damaged = Restore from a backup, or ask for help to recover the copy.
# Variables:
#   $size (Number) - size of the file in bytes
#   $limit (Number) - the largest size allowed in bytes
error-file-too-large = This file is too large ({ $size } bytes). The limit is { $limit } bytes.
hint-file-too-large = A badge file is normally much smaller. Check that you chose the right file.
error-empty-file = This file is empty.
hint-empty-file = Choose the file of the badge or credential itself.
# Variables:
#   $path (String) - the path given
error-not-a-file = { $path } is a folder, not a file.
hint-not-a-file = Choose the badge files inside the folder.
# Variables:
#   $path (String) - the path given
#   $reason (String) - the system's reason
error-unreadable = The file { $path } cannot be read: { $reason }
# Variables:
#   $reason (String) - the parser's reason
error-not-json = This file is not a badge or credential that { -app-name } can read ({ $reason }).
hint-not-json = Choose an Open Badge (JSON, PNG or SVG) or a credential file.
# Variables:
#   $limit (Number) - the depth limit
error-too-deep = This file is nested more than { $limit } levels deep, so it was refused for safety.
# Variables:
#   $detail (String) - what was recognised
error-unsupported-format = This kind of file is not supported ({ $detail }).
# Variables:
#   $detail (String) - what is wrong
error-malformed-credential = This credential is incomplete or broken: { $detail }.
# Variables:
#   $id (String) - the id asked for
error-credential-not-found = No credential with id { $id } is in this wallet.
hint-credential-not-found = Use “erkend list” to see the ids.
# Variables:
#   $tag (String) - the language tag given
error-bad-language = “{ $tag }” is not a language tag { -app-name } understands.
# Variables:
#   $reason (String) - the storage error
error-storage = The wallet could not be read or written: { $reason }
# Variables:
#   $reason (String) - the system error
error-io = A file could not be read or written: { $reason }
error-no-randomness = The system could not provide secure random numbers.
# Variables:
#   $detail (String) - the argument in question
error-usage = The command was not understood ({ $detail }).
# Variables:
#   $detail (String) - what is wrong
error-esco-data = The built-in ESCO skills data could not be used: { $detail }
hint-esco-data = Reinstall { -app-name }, or delete the ESCO index file so it is built again.
error-esco-stopped = You stopped preparing the list of skills and jobs. Nothing was changed.
hint-esco-stopped = It starts again when you open this screen once more. It is needed only once.

## Reading badge files (import)

# Variables:
#   $detail (String) - what is wrong
error-jws-malformed = This signed badge text is cut off or damaged ({ $detail }).
hint-jws-malformed = Copy the whole badge text again, or ask the issuer for the file.
# Variables:
#   $detail (String) - what is wrong
error-png-damaged = This badge image is damaged ({ $detail }).
hint-png-damaged = Download the badge image again from the issuer.
# Variables:
#   $size (Number) - declared size of the part in bytes
#   $limit (Number) - the largest size allowed in bytes
error-png-chunk-too-large = A part of this image claims to be { $size } bytes; the limit is { $limit }. It was refused for safety.
# Variables:
#   $limit (Number) - the largest number of parts allowed
error-png-too-many-chunks = This image has more than { $limit } parts, so it was refused for safety.
# Variables:
#   $width (Number) - declared width in pixels
#   $height (Number) - declared height in pixels
#   $limit (Number) - the largest width or height allowed
error-image-too-large = This image claims to be { $width } × { $height } pixels; the limit is { $limit } per side. It was refused for safety.
# Variables:
#   $limit (Number) - the largest unpacked size allowed in bytes
error-decompressed-too-large = Compressed data in this file unpacks to more than { $limit } bytes, so it was refused for safety.
error-no-badge-data = This image does not contain a badge.
hint-no-badge-data = Choose the badge image you received from the issuer, not a copy or a screenshot.
# Variables:
#   $url (String) - the web address the image points to
error-baked-url-only = This image only contains a link to a badge ({ $url }), not the badge itself. { -app-name } does not go online to fetch it.
hint-baked-url-only = Ask the issuer for the badge file itself (JSON), or open the link yourself and save the badge.
error-xml-doctype-refused = This SVG image contains a document type declaration, which { -app-name } refuses for safety.
hint-xml-doctype-refused = Badge images do not need one. Ask the issuer for a new copy.
# Variables:
#   $detail (String) - the parser's reason
error-svg-malformed = This SVG image is damaged ({ $detail }).
# Variables:
#   $limit (Number) - the largest number of credentials in one bundle
error-too-many-nested = This bundle contains more than { $limit } credentials, so it was refused for safety.
error-backup-not-a-backup = This file is not an { -app-name } backup.
hint-backup-not-a-backup = Choose the file that `erkend backup` wrote. Nothing was changed.
error-backup-truncated = This backup file is incomplete: it was cut short. Nothing was changed.
hint-backup-truncated = Copy the backup again from where you keep it, and make sure the copy finished.
# Variables:
#   $found (Number) - version in the file
#   $supported (Number) - newest version this app reads
error-backup-unsupported-version = This backup was made by a newer { -app-name } (version { $found }; this app reads up to { $supported }). Nothing was changed.
hint-backup-unsupported-version = Update { -app-name } and restore again.
# Variables:
#   $size (Number) - declared size in bytes
#   $limit (Number) - the limit in bytes
error-backup-too-large = This backup claims to hold { $size } bytes; the limit is { $limit }. It was refused for safety.
error-backup-wrong-passphrase-or-damaged = This backup does not open: the passphrase is wrong, or the file was changed or damaged. Nothing was changed.
hint-backup-wrong-passphrase-or-damaged = Check the backup passphrase (ERKEND_BACKUP_PASSPHRASE, else the wallet passphrase). If it is right, the file is damaged: use another copy.
error-backup-passphrase-required = A backup must be protected by a passphrase, and none was given.
hint-backup-passphrase-required = Set ERKEND_BACKUP_PASSPHRASE (or give the wallet passphrase).

error-vault-not-found = There is no learner vault { $id } on this computer.
hint-vault-not-found = Choose your vault from the list, or make a new one.
error-vault-card-invalid = { $field ->
        [avatar] The picture
       *[other] The name
    } shown on the profile picker may have at most { $max } characters, without control characters.
error-signing-failed = This could not be signed: { $detail }
error-signer-name-required = Signing needs your name, so the learner can see who vouches for them.
hint-signer-name-required = Give your name once with --name (and your organisation with --organisation); the wallet remembers it.
error-endorsement-request-invalid = This is not an endorsement request Erkend can read: { $detail }
hint-endorsement-request-invalid = Ask the learner to export the request again from their Erkend wallet.
error-endorse-target-has-no-id = Credential { $id } has no identifier of its own, so an endorsement cannot point at it.
hint-endorse-target-has-no-id = Ask for an endorsement of a skill instead, or of another credential.

error-recovery-code-invalid = This is not a valid recovery code: a character is wrong, missing or extra.
hint-recovery-code-invalid = Copy the code again from your recovery sheet: 32 letters and digits in groups of four. Dashes, spaces and upper or lower case do not matter.
error-trust-list-malformed = This file is not a trust list ({ $detail }).
hint-trust-list-malformed = Ask whoever gave you the list for the file they signed.
error-trust-list-tampered = This trust list was changed after it was signed, so it was refused.
hint-trust-list-tampered = Get a fresh copy of the list from the organisation that publishes it. Nothing was installed.
error-trust-list-expired = This trust list is not valid now (its validity ends or starts on { $until }), so it was refused.
hint-trust-list-expired = Get the current list from the organisation that publishes it.
error-trust-list-unknown-signer = This trust list is signed by a key { -app-name } does not know: { $key }.
hint-trust-list-unknown-signer = Only if the organisation that gave you the list confirms this key, install it with --accept-key { $key }.
error-url-refused = { -app-name } only fetches secure (https) addresses; { $url } was not fetched.
error-fetch-failed = Could not fetch { $url } ({ $reason }).
hint-fetch-failed = Check the internet connection and try again later. Everything checked earlier stays as it was.
error-fetch-too-large = { $url } sent more than { $limit } bytes; the download was stopped.
# Variables: $field (which field), $reason (what is wrong with it)
error-profile-invalid = This profile entry cannot be saved: { $field } — { $reason }.
hint-profile-invalid = Dates are written as 2024-05 or 2024-05-31; language levels as A1, A2, B1, B2, C1 or C2; links as ESCO skill or occupation addresses (http://data.europa.eu/esco/…).
# Variables: $id (the step id asked for)
error-route-step-not-found = Your learning route has no step { $id }.
hint-route-step-not-found = See the step ids with: erkend route show --json
error-route-no-target = Your learning route has no goal yet, so steps cannot be added.
hint-route-no-target = Choose a target occupation first: erkend route set-target URI
## Shareable proofs (QR codes)
# Variables:
#   $position (Number) - position of the character in the code
error-proof-base45-character = This proof code contains a character that does not belong in it (at position { $position }). It may have been misread or changed.
hint-proof-base45-character = Scan the code again, or use the original printed proof.
# Variables:
#   $length (Number) - length of the code text
error-proof-base45-length = This proof code is incomplete ({ $length } characters cannot be a whole code).
hint-proof-base45-length = Scan the code again; part of it may be missing.
# Variables:
#   $position (Number) - position of the damaged group
error-proof-base45-overflow = This proof code is damaged at position { $position }.
error-proof-unknown-prefix = This is not an { -app-name } proof code, or it comes from a version this app does not know.
hint-proof-unknown-prefix = Check that you scanned the right code; update { -app-name } if the proof is newer.
# Variables:
#   $byte (String) - the format byte in hexadecimal
error-proof-unknown-format = This proof code uses a format this app does not know (format { $byte }).
hint-proof-unknown-format = Update { -app-name } to read it.
error-proof-empty = This proof code is empty.
# Variables:
#   $length (Number) - characters in the code
#   $limit (Number) - the most allowed
error-proof-too-long = This code is too long to be a proof ({ $length } characters; at most { $limit }). It was refused for safety.
# Variables:
#   $detail (String) - what is wrong
error-proof-chunk-header = The label of this proof code part is broken ({ $detail }).
# Variables:
#   $total (Number) - parts claimed
#   $limit (Number) - the most allowed
error-proof-too-many-chunks = This proof claims to have { $total } parts; at most { $limit } are allowed. It was refused.
# Variables:
#   $set (String) - the proof's set label
#   $index (Number) - the part number
error-proof-chunk-duplicate = Part { $index } of proof { $set } was given twice.
hint-proof-chunk-duplicate = Give each part of the proof once.
# Variables:
#   $set (String) - the proof's set label
#   $missing (String) - the missing parts, e.g. "2/3"
error-proof-chunk-missing = Proof { $set } is incomplete: part { $missing } is missing.
hint-proof-chunk-missing = Scan every code of the proof; the labels under the codes say how many there are.
# Variables:
#   $set (String) - the proof's set label
error-proof-chunk-mixed = The parts of proof { $set } do not belong together.
hint-proof-chunk-mixed = Parts of different proofs were mixed. Scan the codes of one proof only.
# Variables:
#   $limit (Number) - the largest size allowed in bytes
error-proof-inflate-too-large = This proof unpacks to more than { $limit } bytes. It was refused for safety.
error-proof-inflate-damaged = The data in this proof code is damaged or cut short.
hint-proof-inflate-damaged = Scan the code again, or use the original printed proof.
error-proof-wrong-dictionary = This proof code was packed in a way that does not match its format.
error-proof-trailing-bytes = This proof code has extra data at its end. It was refused.
# Variables:
#   $detail (String) - what is wrong
error-proof-card-malformed = This proof card is broken ({ $detail }).
error-proof-card-algorithm = This proof card uses a signature method that is not allowed.
# Variables:
#   $bytes (Number) - size of the packed credential
#   $codes (Number) - the most codes a proof uses
error-proof-too-large-for-codes = This credential is too large to print as codes ({ $bytes } bytes; at most { $codes } codes). It probably contains pictures.
hint-proof-too-large-for-codes = Share it as a link instead (if its issuer hosts it), or as a file.
error-proof-no-codes = No proof code was found in this file.
hint-proof-no-codes = Use a sharp, well-lit photo or scan in which each code is whole.
# Variables:
#   $detail (String) - the reason
error-proof-image-unreadable = This image cannot be read ({ $detail }).
# Variables:
#   $detail (String) - the reason
error-proof-pdf-unreadable = This PDF cannot be read ({ $detail }).
# Variables:
#   $ext (String) - the file extension given
error-proof-file-type = Proofs cannot use files of type “{ $ext }”.
hint-proof-file-type = Use .pdf, .png or .txt to export; .pdf, .png, .jpg or .txt to verify.
error-proof-no-hosted-url = This credential has no web address where its issuer shows it, so no link code can be made.
# Variables:
#   $chars (Number) - length of the QR payload
error-pdf-qr-too-large = A QR code cannot hold { $chars } characters, so the proof was not printed.
hint-pdf-qr-too-large = Split the credential into more codes, or share it as a link instead.
# Variables:
#   $detail (String) - technical detail
error-pdf-write = The PDF could not be made ({ $detail }).
