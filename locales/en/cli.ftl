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
# Variables:
#   $file (String) - the input file
#   $id (String) - the endorsement's wallet id
cli-import-endorsement-imported = { $file }: endorsement { $id } verified and attached
# Variables:
#   $file (String) - the input file
#   $id (String) - the endorsement's wallet id
cli-import-endorsement-duplicate = { $file }: endorsement already in the wallet as { $id }
# Variables:
#   $file (String) - the input file
#   $id (String) - the endorsement's wallet id
cli-import-endorsement-kept-imported = { $file }: endorsement { $id } kept, but not attached: the credential it endorses is not in this wallet (yet). It is attached when you import that credential.
# Variables:
#   $file (String) - the input file
#   $id (String) - the endorsement's wallet id
cli-import-endorsement-kept-duplicate = { $file }: endorsement already in the wallet as { $id } (not attached)
# Variables:
#   $name (String) - the signer's name (and organisation)
#   $did (String) - the signer's key
cli-endorse-review = You are signing this endorsement as { $name } ({ $did }):
# Variables:
#   $kind (String) - credential, achievement or skill (translated)
#   $id (String) - what is endorsed
cli-endorse-review-about = About: { $kind } { $id }
# Variables:
#   $name (String) - the credential's name
#   $issuer (String) - its issuer
#   $issued (String) - its issue date
cli-endorse-review-summary = Credential: { $name }, issued by { $issuer } on { $issued }
# Variables:
#   $skills (String) - ESCO skill URIs
cli-endorse-review-skills = Skills: { $skills }
# Variables:
#   $learner (String) - the learner's name and DID
cli-endorse-review-learner = For: { $learner }
# Variables:
#   $comment (String) - the endorser's words
cli-endorse-review-comment = Your words: { $comment }
cli-endorse-kind-credential = credential
cli-endorse-kind-achievement = achievement
cli-endorse-kind-skill = skill
# The signed endorsement's own name.
# Variables:
#   $target (String) - the name or id of what is endorsed
cli-endorse-credential-name = Endorsement: { $target }
# Variables:
#   $path (String) - the file written
cli-endorse-done = Endorsement signed and written to { $path }. Give this file to the learner.
cli-endorse-dry-run = Nothing was signed (--dry-run).
# Variables:
#   $path (String) - the file written
cli-request-done = Endorsement request written to { $path }. Give it to your mentor or supervisor; import their answer with “erkend import”.
# Variables:
#   $path (String) - the file written
cli-attest-done = Attestation signed and written to { $path }. Give this file to the learner.
attest-evidence-tasks = Tasks
attest-evidence-goals = Learning goals reached
attest-evidence-evaluation = Evaluation: was the work in service of learning?
attest-evidence-place = Place
attest-answer-yes = Yes
attest-answer-no = No

cli-recovery-sheet-done = Recovery sheet written to { $path }. Print it, keep it somewhere safe, then delete the file. Every backup made from now on opens with its code.
recovery-sheet-title = Erkend recovery sheet — your recovery code
recovery-sheet-explain = This code opens every backup of your wallet made after this sheet was printed, also if you forget your passphrase. Keep it safe and private, like a key: anyone with this code and a backup can read your wallet. To use it: set ERKEND_RECOVERY_CODE to the code and run: erkend restore BACKUP-FILE
