# Messages of the erkend command-line tool.
# Locale: en (base locale). Reviewed by a native speaker: no.

# Variables:
#   $path (String) - the wallet file
cli-init-done-encrypted = Wallet created at { $path }, protected by your passphrase.
# Variables:
#   $path (String) - the wallet file
cli-init-done-plain = Wallet created at { $path } WITHOUT a passphrase: anyone with access to this computer can read it.
# Variables:
#   $file (String) - the input file
#   $id (String) - the wallet id
cli-import-imported = { $file }: imported as { $id }
# Variables:
#   $file (String) - the input file
#   $id (String) - the wallet id
cli-import-duplicate = { $file }: already in the wallet as { $id }
# Variables:
#   $file (String) - the input file
#   $reason (String) - why it was rejected
cli-import-rejected = { $file }: rejected. { $reason }
# Variables:
#   $count (Number) - number of credentials
cli-list-count = { $count ->
    [0] The wallet is empty.
    [one] One credential:
   *[other] { $count } credentials:
}
verified-true = verified
verified-false = NOT verified
verified-null = not checked
# Variables:
#   $path (String) - the output file
cli-export-done = Original bytes written to { $path }.
# Variables:
#   $percent (Number) - how far the build is
cli-esco-building = Building the ESCO skills index (first use only)… { $percent } %
# Variables:
#   $path (String) - the backup file
#   $count (Number) - credentials in it
cli-backup-done = Encrypted backup of { $count } credentials written to { $path }. Keep the passphrase: without it the backup cannot be opened.
# Variables:
#   $count (Number) - credentials added
#   $duplicates (Number) - credentials that were already in the wallet
cli-restore-done = Restored: { $count } credentials added, { $duplicates } already in the wallet.

cli-route-none = No learning route yet. Choose a target occupation with: erkend route set-target URI
# Variables:
#   $target (String) - the target occupation
#   $count (Number) - number of steps
cli-route-target = { $count ->
    [0] Route to { $target }: you already have every essential skill.
    [one] Route to { $target }: one step.
   *[other] Route to { $target }: { $count } steps.
}
cli-route-status-planned = planned
cli-route-status-in-progress = in progress
cli-route-status-done = done
