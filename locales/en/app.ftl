# Messages of the desktop app (ui/). Errors and hints are in errors.ftl, check messages in checks.ftl.
# Locale: en (base locale, always complete). Reviewed by a native speaker: no.

## Language names: endonyms, the same in every locale, so they live here only as terms and
## the other locales fall back to these messages.

-lang-en = English
-lang-nl = Nederlands
-lang-ar = العربية
-lang-fa = دری
-lang-ti = ትግርኛ
-lang-uk = Українська
-lang-tr = Türkçe
-lang-so = Soomaali
-lang-fr = Français
-lang-ps = پښتو
language-option-en = { -lang-en }
language-option-nl = { -lang-nl }
language-option-ar = { -lang-ar }
language-option-fa = { -lang-fa }
language-option-ti = { -lang-ti }
language-option-uk = { -lang-uk }
language-option-tr = { -lang-tr }
language-option-so = { -lang-so }
language-option-fr = { -lang-fr }
language-option-ps = { -lang-ps }

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

## Navigation (more screens)

nav-profile = My skills
nav-match = Jobs for me
nav-route = My route
nav-settings = Settings
nav-about = About
nav-lock = Lock

## Wallet list: search, sort, filter

wallet-search-label = Search
wallet-sort-label = Order
wallet-sort-date-desc = Newest first
wallet-sort-date-asc = Oldest first
wallet-sort-issuer = By issuer
wallet-sort-name = By name
wallet-sort-status = Problems first
wallet-filter-issuer = Issuer
wallet-filter-skill = Skill
wallet-filter-status = Status
wallet-filter-year = Year
wallet-filter-all = All
# Variables:
#   $shown (Number) - credentials shown after filtering
#   $total (Number) - credentials in the wallet
wallet-count = { $total ->
    [one] { $shown } of { $total } credential shown
   *[other] { $shown } of { $total } credentials shown
}

## Import: progress

import-cancel = Stop
# Variables:
#   $done (Number) - the file being added now (1, 2, ...)
#   $total (Number) - how many files were chosen
import-progress = Adding file { $done } of { $total }…
# Variables:
#   $imported (Number) - files added
#   $duplicate (Number) - files already in the wallet
#   $rejected (Number) - files not added
#   $total (Number) - files chosen
#   $done (Number) - files handled
import-summary = { $total ->
    [one] 1 file: { $imported } added, { $duplicate } already there, { $rejected } not added.
   *[other] { $total } files: { $imported } added, { $duplicate } already there, { $rejected } not added.
}
# Variables: as import-summary
import-summary-cancelled = Stopped after { $done } of { $total } files: { $imported } added, { $duplicate } already there, { $rejected } not added.

## Credential detail: more

detail-checked-at = Last checked
detail-reverify = Check again now
detail-endorsements-title = Endorsements
detail-no-endorsements = Nobody has endorsed this credential yet.
# Variables:
#   $endorser (String) - who endorses
detail-endorsement-credential = { $endorser } vouches for this credential.
# Variables:
#   $endorser (String) - who endorses
detail-endorsement-achievement = { $endorser } vouches for this achievement.
# Variables:
#   $endorser (String) - who endorses
detail-endorsement-issuer = { $endorser } vouches for the issuer.
detail-micro-title = Micro-credential information
detail-micro-help = The European Union asks every micro-credential to state these things. This list shows which ones this credential states.
micro-learner = Who earned it
micro-title = Title
micro-awarding-body = Who awarded it
micro-date = Date
micro-outcomes = Learning outcomes
micro-workload = Workload (ECTS or hours)
micro-level = Level (EQF or national)
micro-assessment = Type of assessment
micro-participation = Form of participation
micro-quality = Quality assurance
micro-present = Stated
micro-absent = Not stated
# Variables:
#   $count (Number) - elements stated
#   $total (Number) - elements asked for
micro-summary = This credential states { $count } of the { $total } elements.
detail-export-title = Save the original file
detail-export-help = Saves the file exactly as you received it, for example to give to an employer or to keep on a USB stick.
detail-export-submit = Save the file
save-path-label = Save as (full path)
open-path-label = File to open (full path)
# Variables:
#   $path (String) - the file written
saved-to = Saved: { $path }

## What to do when a check did not pass

detail-check-todo-signature-failed = Do not trust this copy. Ask the issuer for a new one.
detail-check-todo-signature-unchecked = The content may be right, but nobody can prove it yet. Ask the issuer for a signed (Open Badges 3.0) version.
detail-check-todo-issuer-failed = The issuer could not be confirmed. Ask the organisation that gave it to you.
detail-check-todo-issuer-unchecked = Who issued it can only be confirmed online. Ask an adviser to check it with you.
detail-check-todo-hosted-failed = The issuer’s copy does not agree. Ask the issuer about it.
detail-check-todo-hosted-unchecked = The issuer keeps a copy online; {-app-name} does not go online. An adviser can look at it with you.
detail-check-todo-expiry-failed = This credential has expired. Ask the issuer whether you can renew it.
detail-check-todo-expiry-unchecked = The end date could not be read. Ask the issuer which date is meant.
detail-check-todo-not-before-failed = This credential is not valid yet. Wait until its start date.
detail-check-todo-not-before-unchecked = The start date could not be read. Ask the issuer which date is meant.
detail-check-todo-status-failed = The issuer has withdrawn this credential. Ask the issuer why.
detail-check-todo-status-unchecked = Whether it was withdrawn can only be checked online. Ask the issuer if you need to be sure.
detail-check-todo-schema-failed = Parts of this file are missing or wrong. Ask the issuer for a complete file.
detail-check-todo-schema-unchecked = The structure could not be checked fully. This is usually not a problem.

## ESCO (skills and jobs of the European Union)

# Variables:
#   $percent (String) - how far, already formatted
esco-building = Preparing the list of skills and jobs (first time only): { $percent } %
esco-search-label-skill = Find a skill
esco-search-label-occupation = Find a job
esco-search-help = Type at least two letters. Results appear below.
esco-search-none = Nothing found. Try another word.
# Variables:
#   $lang (String) - language code of a label shown because none exists in the UI language
esco-fallback-mark = { $lang ->
    [en] in English
    [nl] in Dutch
    [fr] in French
   *[other] { $lang }
}

## Skills profile

profile-title = My skills
profile-intro = Skills from your credentials and skills you added yourself. The mark shows how strong the proof is.
profile-empty = No skills yet. Add credentials, or add a skill yourself below.
profile-add-title = Add a skill yourself
# Variables:
#   $count (Number) - skills in the group
profile-group-skill = Skills ({ $count })
# Variables:
#   $count (Number) - skills in the group
profile-group-knowledge = Knowledge ({ $count })
# Variables:
#   $count (Number) - skills in the group
profile-group-language = Languages ({ $count })
# Variables:
#   $count (Number) - skills in the group
profile-group-transversal = Skills for every job ({ $count })
# Variables:
#   $count (Number) - skills in the group
profile-group-other = Other ({ $count })
evidence-verified-credential = Proven by a verified credential
evidence-endorsed = Endorsed by someone
evidence-mentor-observed = Seen by a mentor
evidence-self-declared = Not proven yet
# Variables:
#   $count (Number) - credentials that show the skill
profile-shown-by = { $count ->
    [one] Shown by one credential:
   *[other] Shown by { $count } credentials:
}

## Matching jobs

match-title = Jobs for me
match-intro = Jobs from the European list (ESCO) that fit the skills in your profile. The more of a job’s essential skills you have, the better the fit.
match-search-title = How well do I fit this job?
match-best-title = Best fit
match-none = No jobs fit yet. Add skills to your profile first.
# Variables:
#   $percent (String) - the fit, already formatted as a percentage
#   $have (Number) - essential skills held
#   $total (Number) - essential skills required
match-fit = Fit { $percent }: you have { $have } of { $total } essential skills.
# Variables:
#   $count (Number) - essential skills still missing
match-missing = { $count ->
    [one] 1 essential skill missing
   *[other] { $count } essential skills missing
}
match-use-as-target = Make this my goal

## Learning route

route-title = My route
route-none = You have not chosen a goal yet. Find a job below.
route-target-label = My goal:
# Variables:
#   $done (Number) - steps done
#   $total (Number) - steps in all
route-progress = { $done } of { $total } steps done.
route-no-steps = You already have every essential skill for this job.
route-choose-title = Choose a goal
route-choose-help = Choosing a new goal replaces the current route.
route-status-label = Status
route-status-planned = Planned
route-status-in-progress = Busy with it
route-status-done = Done
route-kind-earn-credential = Earn a badge or certificate
route-kind-work-based-learning = Learn at work
route-kind-language-goal = Language goal
route-kind-practical = Practical step

## Settings

settings-title = Settings
settings-language-title = Language
settings-reverify-title = Check all credentials again
settings-reverify-help = Checks every credential again with today’s date, for example to see which ones have expired.
settings-reverify-submit = Check all again
# Variables:
#   $done (Number) - the credential being checked now
#   $total (Number) - credentials in all
reverify-progress = Checking { $done } of { $total }…
# Variables:
#   $done (Number) - credentials checked
#   $total (Number) - credentials in all
reverify-done = { $total ->
    [one] The credential was checked again.
   *[other] All { $total } credentials were checked again.
}
# Variables:
#   $done (Number) - credentials checked
#   $total (Number) - credentials in all
reverify-cancelled = Stopped: { $done } of { $total } credentials checked again.
settings-backup-title = Make a backup
settings-backup-help = Saves all your credentials, skills and your route in one locked file. Keep it on a USB stick or somewhere else safe.
settings-backup-passphrase = Passphrase for the backup
settings-backup-submit = Save backup
settings-restore-title = Restore a backup
settings-restore-help = Adds everything from a backup file to this wallet. Nothing here is removed.
settings-restore-submit = Restore
# Variables:
#   $count (Number) - credentials added
#   $duplicates (Number) - credentials that were already here
settings-restore-done = { $count ->
    [one] Restored: 1 credential added, { $duplicates } already here.
   *[other] Restored: { $count } credentials added, { $duplicates } already here.
}

## About

about-title = About { -app-name }
about-intro = { -app-name } keeps your badges and certificates on this computer, checks them without going online, and shows which skills and jobs they fit.
about-esco-title = ESCO: skills and jobs of the European Union
about-esco-uses = This service uses the ESCO classification of the European Commission.
about-esco-versions = ESCO v1.2.1 (occupation, skill-group and ISCO labels), v1.1.1 (skills and occupation–skill relations) and v1.0 (French and Spanish skill labels). © European Union.
about-esco-licence = Reused under Commission Decision 2011/833/EU and CC BY 4.0. The data has been modified (a subset, versions merged, reformatted).
about-esco-not-endorsed = { -app-name } is not endorsed by the European Commission. ESCO’s labels reproduce ISCO-08 titles (ILO).
about-source = Source:
about-licences-title = Licences
about-licence-app = { -app-name } itself: European Union Public Licence (EUPL) 1.2.
about-licence-fonts = Fonts: Noto Sans, Noto Sans Arabic and Noto Sans Ethiopic by Google, under the SIL Open Font License 1.1.
about-licence-contexts = Built-in JSON-LD contexts: W3C Software and Document License and the licences listed with them.
about-translations = Translations other than English have not yet been checked by native speakers. Please tell us if something is unclear.

## Errors only the app can raise (more)

# Variables:
#   $path (String) - the path typed
error-bad-path = “{ $path }” is not a full path to a file.
hint-bad-path = Give the whole path, starting with /, and end it with a file name.
