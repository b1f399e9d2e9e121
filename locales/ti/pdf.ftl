# ዝተሓትሙ ወረቓቕቲ (PDF): መረጋገጽታት ምስ QR ኮዳትን መንገዲ ትምህርትን።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.
# This file holds the messages of the printed sheets.

-pdf-brand = Erkend

## Shared

pdf-learner = ተማሃራይ
pdf-field-issuer = ዝሃበ ኣካል: { $issuer }
pdf-field-issued = ዝተዋህበሉ ዕለት: { $date }
pdf-field-valid-until = ቅቡል ክሳብ: { $date }
pdf-field-skills = ክእለታት:

## Proof sheet

pdf-proof-title = መረጋገጺ ትምህርቲ
pdf-proof-compare-id = ነዚ ስም ምስ ወረቐት መንነት ኣነጻጽሩ።
pdf-proof-none = ዝተመርጸ ምስክር ወረቐት የለን።
pdf-proof-scan-all = ኩሎም { $count } ኮዳት ስካን ግበሩ፤ ብሓባር ነቲ ዝተፈረመ ምስክር ወረቐት ሒዞም ኣለዉ።
pdf-proof-how-to-verify = ከመይ ከም እተረጋግጹ: ነቶም QR ኮዳት ብ { -pdf-brand } ስካን ግበሩ (ወይ "erkend proof verify" ኣካይዱ)፤ ፊርማ እቲ ዝሃበ ኣካል ብዘይ ኢንተርነት ይረጋገጽ።

## Route sheet

pdf-route-title = መንገዲ ትምህርቲ
pdf-route-target = ዕላማ: { $target }
pdf-route-step = ስጉምቲ { $number }: { $title }
pdf-route-no-steps = ገና ስጉምቲ የለን፤ እቲ ተማሃራይ ኩሉ ኣገዳሲ ክእለታት ኣለዎ።
pdf-route-footer = እዚ መንገዲ ናይቲ ተማሃራይ እዩ፤ ምስ ኣሰልጣኒኡ ወይ ኣማኻሪኡ ኣብ ዝኾነ እዋን ክቕይሮ ይኽእል።
pdf-field-kind = ዓይነት: { $kind }
pdf-field-status = ኩነታት: { $status }
pdf-field-dates = ግዜ: { $start } – { $end }
pdf-field-start = ካብ: { $date }
pdf-field-end = ክሳብ: { $date }
pdf-field-notes = መዘኻኸሪ: { $notes }
pdf-step-kind-earn-credential = ምስክር ወረቐት ምርካብ
pdf-step-kind-work-based-learning = ኣብ ስራሕ ምምሃር (ልምምድ፣ ወለንታዊ ስራሕ፣ ናይ ስራሕ ተመክሮ)
pdf-step-kind-language-goal = ዕላማ ቋንቋ
pdf-step-kind-practical = ናብ ስራሕ ዘብጽሕ ግብራዊ ስጉምቲ
pdf-step-status-planned = ዝተመደበ
pdf-step-status-in-progress = ኣብ መስርሕ
pdf-step-status-done = ዝተዛዘመ

## Command line

pdf-cli-route-exported = እቲ መንገዲ ({ $count } ስጉምቲ) ኣብ { $path } ተጻሒፉ።
