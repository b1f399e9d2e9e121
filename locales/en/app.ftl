# Messages of the desktop app (ui/). Errors and hints are in errors.ftl, check messages in checks.ftl.
# Locale: en (base locale, always complete). Reviewed by a native speaker: no.

## Language names: endonyms, the same in every locale, so they live here only as terms and
## the other locales fall back to these messages.

-lang-en = English
-lang-nl = Nederlands
-lang-ar = العربية
language-option-en = { -lang-en }
language-option-nl = { -lang-nl }
language-option-ar = { -lang-ar }

## Frame

app-title = { -app-name }: your credentials
# Not `app-name`: fluent-rs keys terms without their dash, so that id would clash with the
# term `-app-name` in errors.ftl.
app-brand = { -app-name }
skip-to-content = Skip to content
nav-label = Main
nav-wallet = My credentials
nav-import = Add credentials
language-label = Language
wallet-unprotected-banner = This wallet is NOT protected by a passphrase. Anyone who uses this computer can open it and read your credentials.
wallet-path-label = Wallet file:
fatal-title = The wallet cannot be opened

## First run: create the wallet

create-title = Welcome! Create your wallet
create-intro = Your wallet keeps your badges and certificates on this computer. Nothing is sent anywhere.
create-protected-title = Protect it with a passphrase (recommended)
create-passphrase-label = Passphrase
create-passphrase-help = Choose a few words that you will remember. Without it nobody can open the wallet, not even you: write it down somewhere safe.
create-confirm-label = Type the passphrase again
create-submit = Create protected wallet
create-error-empty = Type a passphrase first, or create the wallet without one below.
create-error-mismatch = The two passphrases are not the same. Type them again.
create-plain-title = Or: without a passphrase
create-plain-warning = A wallet without a passphrase is NOT protected. Anyone who uses this computer can open it and read your credentials.
create-plain-ack = I understand that my wallet will not be protected.
create-plain-submit = Create wallet without passphrase

## Unlock

unlock-title = Open your wallet
unlock-passphrase-label = Passphrase
unlock-submit = Open wallet

## Wallet list

wallet-title = My credentials
wallet-add = Add credentials
wallet-empty-title = Your wallet is empty
wallet-empty-text = Add a badge or certificate file that you received, for example from a course or a job coach.
card-issuer = From:
card-learner = For:
card-issued = Issued:
verdict-verified = Verified
verdict-failed = Not verified: a check failed
verdict-unchecked = Not checked yet

## Import

import-title = Add credentials
import-drop-hint = Drag badge or certificate files onto this window, or choose them on your computer.
import-choose = Choose files
import-results-title = Results
import-result-imported = Added to your wallet.
import-result-duplicate = Already in your wallet; nothing changed.
import-result-rejected = Not added.

## Credential detail

detail-back = Back to my credentials
detail-issuer = Issued by
detail-learner = Issued to
detail-achievement = Achievement
detail-description = Description
detail-criteria = How it was earned
detail-issued = Issue date
detail-valid-from = Valid from
detail-valid-until = Valid until
detail-format = Format
detail-source = File
detail-imported = Added on
detail-credential-id = Credential id
detail-issuer-id = Issuer id
detail-sha256 = Fingerprint (SHA-256)
detail-skills = Skills (ESCO)
detail-checks-title = What was checked
detail-no-checks = Nothing was checked yet.
detail-check-outcome-passed = Passed
detail-check-outcome-failed = Failed
detail-check-outcome-unchecked = Not checked
detail-check-name-signature = Signature
detail-check-name-issuer = Issuer
detail-check-name-hosted = Issuer’s copy
detail-check-name-expiry = Expiry date
detail-check-name-not-before = Start date
detail-check-name-status = Revocation
detail-check-name-schema = Structure
detail-check-name-nested = Credentials in the bundle

## Errors only the app can raise (the shared ones are in errors.ftl)

error-wallet-locked = The wallet is not open yet.
hint-wallet-locked = Open the wallet with its passphrase first.
# Variables:
#   $what (String) - the part of the request that was missing
error-bad-request = The app sent an incomplete request ({ $what }). Please try again.
# Variables:
#   $reason (String) - the technical reason
error-ipc = Something went wrong inside the app: { $reason }

## Credential details: micro-credential elements (EU Council Recommendation)

detail-awarding-body = Awarded by
detail-ects = ECTS credits
detail-workload = Workload (hours)
detail-eqf = EQF level
detail-nqf = National level (NLQF)
detail-assessment = Type of assessment
detail-participation = Form of participation
detail-quality-assurance = Quality assurance
detail-learning-outcomes = Learning outcomes
