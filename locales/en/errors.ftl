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
