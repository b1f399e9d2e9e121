# Printed sheets (PDF): proofs with QR codes and the learning route.
# Locale: en (base).

-pdf-brand = Erkend

## Shared

pdf-learner = Learner
# Variables:
#   $issuer (String) - the issuer's name as issued
pdf-field-issuer = Issued by: { $issuer }
# Variables:
#   $date (String) - a date, YYYY-MM-DD
pdf-field-issued = Issued on: { $date }
# Variables:
#   $date (String) - a date, YYYY-MM-DD
pdf-field-valid-until = Valid until: { $date }
pdf-field-skills = Skills:

## Proof sheet

pdf-proof-title = Proof of learning
pdf-proof-compare-id = Compare this name with an ID document.
pdf-proof-none = No credentials were chosen.
# Variables:
#   $count (Number) - how many QR codes belong to this credential
pdf-proof-scan-all = Scan all { $count } codes: together they hold the signed credential.
pdf-proof-how-to-verify = How to verify: scan the QR codes with { -pdf-brand } (or run "erkend proof verify"); the issuer's signature is checked offline.

## Route sheet

pdf-route-title = Learning route
# Variables:
#   $target (String) - the target occupation or qualification
pdf-route-target = Goal: { $target }
# Variables:
#   $number (Number) - the step's place in the route
#   $title (String) - the step's title
pdf-route-step = Step { $number }: { $title }
pdf-route-no-steps = No steps yet: the learner already has every essential skill.
pdf-route-footer = This route belongs to the learner, who can change it with their coach or mentor at any time.
# Variables:
#   $kind (String) - the kind of step
pdf-field-kind = Kind: { $kind }
# Variables:
#   $status (String) - planned, in progress or done
pdf-field-status = Status: { $status }
# Variables:
#   $start (String) - start date
#   $end (String) - end date
pdf-field-dates = Dates: { $start } – { $end }
# Variables:
#   $date (String) - start date
pdf-field-start = From: { $date }
# Variables:
#   $date (String) - end date
pdf-field-end = Until: { $date }
# Variables:
#   $notes (String) - the learner's or coach's notes
pdf-field-notes = Notes: { $notes }
pdf-step-kind-earn-credential = earn a credential
pdf-step-kind-work-based-learning = learning at work (internship, volunteer work, work experience)
pdf-step-kind-language-goal = language goal
pdf-step-kind-practical = practical step toward work
pdf-step-status-planned = planned
pdf-step-status-in-progress = in progress
pdf-step-status-done = done

## Command line

# Variables:
#   $path (String) - the PDF file written
#   $count (Number) - number of steps
pdf-cli-route-exported = { $count ->
    [one] Wrote the route (1 step) to { $path }.
   *[other] Wrote the route ({ $count } steps) to { $path }.
}
