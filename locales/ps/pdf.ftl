# چاپي پاڼې (PDF): د QR کوډونو سره ثبوتونه او د زده کړې لاره.
# Locale: ps. Reviewed by a native speaker: no.

-pdf-brand = Erkend

## ګډ

pdf-learner = زده کوونکی
# Variables:
#   $issuer (String) - the issuer's name as issued
pdf-field-issuer = ورکوونکی: { $issuer }
# Variables:
#   $date (String) - a date, YYYY-MM-DD
pdf-field-issued = د ورکړې نېټه: { $date }
# Variables:
#   $date (String) - a date, YYYY-MM-DD
pdf-field-valid-until = اعتبار تر: { $date }
pdf-field-skills = مهارتونه:

## د ثبوت پاڼه

pdf-proof-title = د زده کړې ثبوت
pdf-proof-compare-id = دا نوم د پېژندپاڼې له نوم سره پرتله کړئ.
pdf-proof-none = هېڅ سند نه دی ټاکل شوی.
# Variables:
#   $count (Number) - how many QR codes belong to this credential
pdf-proof-scan-all = ټول { $count } کوډونه سکن کړئ: په ګډه لاسلیک شوی سند ساتي.
pdf-proof-how-to-verify = د ازمویلو طریقه: QR کوډونه د { -pdf-brand } په واسطه سکن کړئ (یا "erkend proof verify" وچلوئ)؛ د ورکوونکي لاسلیک پرته له انټرنېټ ازمویل کېږي.

## د لارې پاڼه

pdf-route-title = د زده کړې لاره
# Variables:
#   $target (String) - the target occupation or qualification
pdf-route-target = موخه: { $target }
# Variables:
#   $number (Number) - the step's place in the route
#   $title (String) - the step's title
pdf-route-step = ګام { $number }: { $title }
pdf-route-no-steps = لا ګامونه نشته: زده کوونکی دمخه ټول اساسي مهارتونه لري.
pdf-route-footer = دا لاره د زده کوونکي ده؛ هغه یې هر وخت له خپل سلاکار یا لارښود سره بدلولای شي.
# Variables:
#   $kind (String) - the kind of step
pdf-field-kind = ډول: { $kind }
# Variables:
#   $status (String) - planned, in progress or done
pdf-field-status = حالت: { $status }
# Variables:
#   $start (String) - start date
#   $end (String) - end date
pdf-field-dates = نېټې: { $start } – { $end }
# Variables:
#   $date (String) - start date
pdf-field-start = له: { $date }
# Variables:
#   $date (String) - end date
pdf-field-end = تر: { $date }
# Variables:
#   $notes (String) - the learner's or coach's notes
pdf-field-notes = یادښتونه: { $notes }
pdf-step-kind-earn-credential = یو سند ترلاسه کول
pdf-step-kind-work-based-learning = په کار کې زده کړه (انټرنشپ، رضاکاره کار، د کار تجربه)
pdf-step-kind-language-goal = د ژبې موخه
pdf-step-kind-practical = کار ته عملي ګام
pdf-step-status-planned = پلان شوی
pdf-step-status-in-progress = روان دی
pdf-step-status-done = بشپړ شو

## قوماندې کرښه

# Variables:
#   $path (String) - the PDF file written
#   $count (Number) - number of steps
pdf-cli-route-exported = { $count ->
    [one] لاره (۱ ګام) په { $path } کې ولیکل شوه.
   *[other] لاره ({ $count } ګامونه) په { $path } کې ولیکل شوه.
}
