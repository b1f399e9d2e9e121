# መልእኽትታት ናይ መሳርሒ መስመር ትእዛዝ erkend።
# Locale: ti. Reviewed by a native speaker: no.

cli-init-done-encrypted = ቦርሳ ኣብ { $path } ተፈጢሩ፡ ብመሕለፊ ቃልካ ድማ ተሓልዩ።
cli-init-done-plain = ቦርሳ ኣብ { $path } ብዘይ መሕለፊ ቃል ተፈጢሩ፦ ናብዚ ኮምፒዩተር ዝበጽሕ ዝኾነ ሰብ ከንብቦ ይኽእል።
cli-import-imported = { $file }፦ ከም { $id } ኣትዩ
cli-import-duplicate = { $file }፦ ድሮ ኣብ ቦርሳ ከም { $id } ኣሎ
cli-import-rejected = { $file }፦ ተነጺጉ። { $reason }
cli-list-count = { $count ->
    [0] እቲ ቦርሳ ባዶ እዩ።
    [one] ሓደ ምስክርነት፦
   *[other] { $count } ምስክርነታት፦
}
verified-true = ተረጋጊጹ
verified-false = ኣይተረጋገጸን
verified-null = ኣይተመርመረን
cli-export-done = መበቆላዊ ባይትታት ናብ { $path } ተጻሒፎም።
cli-esco-building = መረጃ ክእለታት ESCO ይስራሕ ኣሎ (ኣብ ቀዳማይ ኣጠቓቕማ ጥራይ)… { $percent } %
cli-backup-done = ዝተመስጠረ ተወሳኺ ቅዳሕ ናይ { $count } ምስክርነታት ናብ { $path } ተጻሒፉ። መሕለፊ ቃል ዓቅብ፦ ብዘይኡ እቲ ቅዳሕ ኣይኽፈትን።
cli-restore-done = ተመሊሱ፦ { $count } ምስክርነታት ተወሲኾም፡ { $duplicates } ድሮ ኣብ ቦርሳ ነይሮም።

cli-route-none = ገና መንገዲ ትምህርቲ የለን። ዕላማ ሞያ ምረጽ፦ erkend route set-target URI
cli-route-target = { $count ->
    [0] መንገዲ ናብ { $target }፦ ኩሎም ቀንዲ ክእለታት ድሮ ኣለዉኻ።
    [one] መንገዲ ናብ { $target }፦ ሓደ ስጉምቲ።
   *[other] መንገዲ ናብ { $target }፦ { $count } ስጉምትታት።
}
cli-route-status-planned = ተመዲቡ
cli-route-status-in-progress = ኣብ መስርሕ
cli-route-status-done = ተዛዚሙ

## ድጋፍ፡ ምስክርን ወረቐት ምምላስን

cli-import-endorsement-imported = { $file }፦ ድጋፍ { $id } ተረጋጊጹ ተተሓሒዙ
cli-import-endorsement-duplicate = { $file }፦ እቲ ድጋፍ ድሮ ኣብ ቦርሳ ከም { $id } ኣሎ
cli-import-endorsement-kept-imported = { $file }፦ ድጋፍ { $id } ተዓቂቡ፡ ግን ኣይተተሓሓዘን፦ እቲ ዝድግፎ ምስክርነት (ገና) ኣብዚ ቦርሳ የለን። ነቲ ምስክርነት ምስ ኣእተኻዮ ይተሓሓዝ።
cli-import-endorsement-kept-duplicate = { $file }፦ እቲ ድጋፍ ድሮ ኣብ ቦርሳ ከም { $id } ኣሎ (ኣይተተሓሓዘን)
cli-endorse-review = ነዚ ድጋፍ ከም { $name } ({ $did }) ትኸትሞ ኣለኻ፦
cli-endorse-review-about = ብዛዕባ፦ { $kind } { $id }
cli-endorse-review-summary = ምስክርነት፦ { $name }፡ ብ { $issuer } ኣብ { $issued } ዝተዋህበ
cli-endorse-review-skills = ክእለታት፦ { $skills }
cli-endorse-review-learner = ንተማሃራይ፦ { $learner }
cli-endorse-review-comment = ቃላትካ፦ { $comment }
cli-endorse-kind-credential = ምስክርነት
cli-endorse-kind-achievement = ዓወት
cli-endorse-kind-skill = ክእለት
cli-endorse-credential-name = ድጋፍ፦ { $target }
cli-endorse-done = እቲ ድጋፍ ተኸቲሙ ናብ { $path } ተጻሒፉ። ነዚ ፋይል ንተማሃራይ ሃቦ።
cli-endorse-dry-run = ዝተኸተመ የለን (--dry-run)።
cli-request-done = ሕቶ ድጋፍ ናብ { $path } ተጻሒፉ። ንኣማኻሪኻ ወይ ንሓላፊኻ ሃቦ፤ መልሶም ብ “erkend import” ኣእትዎ።
cli-attest-done = እቲ ምስክር ተኸቲሙ ናብ { $path } ተጻሒፉ። ነዚ ፋይል ንተማሃራይ ሃቦ።
attest-evidence-tasks = ዕማማት
attest-evidence-goals = ዝተበጽሑ ዕላማታት ትምህርቲ
attest-evidence-evaluation = ገምጋም፦ እቲ ስራሕ ንትምህርቲ ዝጠቅም ነይሩ ድዩ?
attest-evidence-place = ቦታ
attest-answer-yes = እወ
attest-answer-no = ኣይፋል

cli-recovery-sheet-done = ወረቐት ምምላስ ናብ { $path } ተጻሒፉ። ሕተሞ፡ ኣብ ውሑስ ቦታ ሓዞ፡ ድሕሪኡ ነቲ ፋይል ደምስሶ። ካብ ሕጂ ንደሓር ዝስራሕ ነፍሲ ወከፍ ተወሳኺ ቅዳሕ ብኮዱ ይኽፈት።
recovery-sheet-title = ወረቐት ምምላስ Erkend — ኮድ ምምላስካ
recovery-sheet-explain = እዚ ኮድ ነፍሲ ወከፍ ድሕሪ ምሕታም ናይዚ ወረቐት ዝተሰርሐ ተወሳኺ ቅዳሕ ቦርሳኻ ይኸፍት፡ መሕለፊ ቃልካ እንተረሲዕካ እውን። ከም መፍትሕ ብሕቡእን ውሑስን ሓዞ፦ እዚ ኮድን ተወሳኺ ቅዳሕን ዘለዎ ዝኾነ ሰብ ቦርሳኻ ከንብብ ይኽእል። ንምጥቃሙ፦ ERKEND_RECOVERY_CODE ናብቲ ኮድ ኣቐምጦ እሞ እዚ ኣካይድ፦ erkend restore BACKUP-FILE
