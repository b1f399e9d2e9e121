# መልእኽትታት ናይቲ ናይ ኮምፒዩተር መደብ (ui/)። ጌጋታትን ምኽርታትን ኣብ errors.ftl፡ ምርመራታት ኣብ checks.ftl።
# Locale: ti. Reviewed by a native speaker: no (ገና ብወዲ ቋንቋ ትግርኛ ኣይተመርመረን)።

## ቅርጺ

app-title = { -app-name }: ምስክርነታትካ
app-brand = { -app-name }
skip-to-content = ናብቲ ትሕዝቶ ኪድ
nav-label = ቀንዲ ዝርዝር
nav-wallet = ምስክርነታተይ
nav-import = ምስክርነታት ወስኽ
language-label = ቋንቋ
wallet-unprotected-banner = እዚ ቦርሳ ብመሕለፊ ቃል ኣይተሓለወን። ነዚ ኮምፒዩተር ዝጥቀም ዝኾነ ሰብ ክኸፍቶን ምስክርነታትካ ከንብቦን ይኽእል።
wallet-path-label = ፋይል ቦርሳ፦
fatal-title = እቲ ቦርሳ ክኽፈት ኣይከኣለን

## ናይ መጀመርታ ግዜ፦ ቦርሳ ምፍጣር

create-title = እንቋዕ ብደሓን መጻእካ! ቦርሳኻ ፍጠር
create-intro = ቦርሳኻ ምልክታትካን ምስክር ወረቐታትካን ኣብዚ ኮምፒዩተር ይሕዞም። ናብ ዝኾነ ቦታ ዝለኣኽ የለን።
create-protected-title = ብመሕለፊ ቃል ሓልዎ (ይምከር)
create-passphrase-label = መሕለፊ ቃል
create-passphrase-help = እትዝክሮም ቁሩብ ቃላት ምረጽ። ብዘይኡ ዝኾነ ሰብ፡ ንስኻ እውን፡ ነቲ ቦርሳ ክኸፍቶ ኣይክእልን እዩ፦ ኣብ ውሑስ ቦታ ጽሓፎ።
create-confirm-label = መሕለፊ ቃል ደጊምካ ጽሓፍ
create-submit = ዝተሓለወ ቦርሳ ፍጠር
create-error-empty = መጀመርታ መሕለፊ ቃል ጽሓፍ፡ ወይ ኣብ ታሕቲ ብዘይ መሕለፊ ቃል ቦርሳ ፍጠር።
create-error-mismatch = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን። ደጊምካ ጽሓፎም።
create-plain-title = ወይ፦ ብዘይ መሕለፊ ቃል
create-plain-warning = ብዘይ መሕለፊ ቃል ዘሎ ቦርሳ ኣይተሓለወን። ነዚ ኮምፒዩተር ዝጥቀም ዝኾነ ሰብ ክኸፍቶን ምስክርነታትካ ከንብቦን ይኽእል።
create-plain-ack = ቦርሳይ ከም ዘይሕለው ተረዲኡኒ ኣሎ።
create-plain-submit = ብዘይ መሕለፊ ቃል ቦርሳ ፍጠር

## ምኽፋት

unlock-title = ቦርሳኻ ክፈት
unlock-passphrase-label = መሕለፊ ቃል
unlock-submit = ቦርሳ ክፈት

## ዝርዝር

wallet-title = ምስክርነታተይ
wallet-add = ምስክርነታት ወስኽ
wallet-empty-title = ቦርሳኻ ባዶ እዩ
wallet-empty-text = ዝተቐበልካዮ ናይ ምልክት ወይ ምስክር ወረቐት ፋይል ወስኽ፡ ንኣብነት ካብ ኮርስ ወይ ካብ ኣማኻሪ ስራሕ።
card-issuer = ካብ፦
card-learner = ንዝተዋህቦ፦
card-issued = ዝተዋህበሉ፦
verdict-verified = ተረጋጊጹ
verdict-failed = ኣይተረጋገጸን፦ ሓደ ምርመራ ኣይሰለጠን
verdict-unchecked = ገና ኣይተመርመረን

## ምውሳኽ

import-title = ምስክርነታት ወስኽ
import-drop-hint = ፋይላት ምልክት ወይ ምስክር ወረቐት ናብዚ መስኮት ስሓቦም፡ ወይ ካብ ኮምፒዩተርካ ምረጾም።
import-choose = ፋይላት ምረጽ
import-results-title = ውጽኢታት
import-result-imported = ናብ ቦርሳኻ ተወሲኹ።
import-result-duplicate = ድሮ ኣብ ቦርሳኻ ኣሎ፤ ዝተቐየረ የለን።
import-result-rejected = ኣይተወሰኸን።

## ዝርዝር ምስክርነት

detail-back = ናብ ምስክርነታተይ ተመለስ
detail-issuer = ዝሃቦ
detail-learner = ዝተዋህቦ
detail-achievement = ዓወት
detail-description = መግለጺ
detail-criteria = ከመይ ከም ዝተረኽበ
detail-issued = ዕለት ምሃብ
detail-valid-from = ቅቡል ካብ
detail-valid-until = ቅቡል ክሳብ
detail-format = ቅርጺ
detail-source = ፋይል
detail-imported = ዝተወሰኸሉ
detail-credential-id = መለለዪ ምስክርነት
detail-issuer-id = መለለዪ ሃቢ
detail-sha256 = ኣሰር ኣጻብዕ (SHA-256)
detail-skills = ክእለታት (ESCO)
detail-checks-title = እንታይ ተመርሚሩ
detail-no-checks = ገና ዝተመርመረ የለን።
detail-check-outcome-passed = ሰሊጡ
detail-check-outcome-failed = ኣይሰለጠን
detail-check-outcome-unchecked = ኣይተመርመረን
detail-check-name-signature = ክታም
detail-check-name-issuer = ሃቢ
detail-check-name-hosted = ቅዳሕ ናይቲ ሃቢ
detail-check-name-expiry = ዕለት መወዳእታ
detail-check-name-not-before = ዕለት መጀመርታ
detail-check-name-status = ምስሓብ
detail-check-name-schema = ኣቃውማ
detail-check-name-nested = ምስክርነታት ኣብቲ ጥቕላል

## እቲ መደብ ጥራይ ዘምጽኦም ጌጋታት

error-wallet-locked = እቲ ቦርሳ ገና ኣይተኸፍተን።
hint-wallet-locked = መጀመርታ ነቲ ቦርሳ ብመሕለፊ ቃሉ ክፈቶ።
error-bad-request = እቲ መደብ ዘይተማልአ ሕቶ ሰዲዱ ({ $what })። በጃኻ ደጊምካ ፈትን።
error-ipc = ኣብ ውሽጢ እቲ መደብ ጸገም ኣጋጢሙ፦ { $reason }

## ሓበሬታ ንኡስ ምስክርነት (ምኽሪ ቤት ምኽሪ ሕብረት ኤውሮጳ)

detail-awarding-body = ዝሃበ ትካል
detail-ects = ነጥብታት ECTS
detail-workload = ዓቐን ስራሕ (ሰዓታት)
detail-eqf = ደረጃ EQF
detail-nqf = ሃገራዊ ደረጃ
detail-assessment = ዓይነት ገምጋም
detail-participation = ኣገባብ ተሳትፎ
detail-quality-assurance = ውሕስነት ጽሬት
detail-learning-outcomes = ውጽኢታት ትምህርቲ

## ምንቅስቓስ

nav-profile = ክእለታተይ
nav-match = ዝሰማማዑኒ ስራሓት
nav-route = መንገደይ
nav-settings = ምድላዋት
nav-about = ብዛዕባ
nav-lock = ዓጽው

## ምድላይ፡ ምስራዕ፡ ምጽራይ

wallet-search-label = ድለ
wallet-sort-label = ስርዓት
wallet-sort-date-desc = ሓደሽቲ ቅድም
wallet-sort-date-asc = ኣረጊት ቅድም
wallet-sort-issuer = ብሃቢ
wallet-sort-name = ብስም
wallet-sort-status = ጸገማት ቅድም
wallet-filter-issuer = ሃቢ
wallet-filter-skill = ክእለት
wallet-filter-status = ኩነታት
wallet-filter-year = ዓመት
wallet-filter-all = ኩሉ
wallet-count = { $total ->
    [one] ካብ { $total } ምስክርነት { $shown } ይርአ ኣሎ
   *[other] ካብ { $total } ምስክርነታት { $shown } ይርኣዩ ኣለዉ
}

## ምውሳኽ፦ ምዕባለ

import-cancel = ኣቋርጽ
import-progress = ፋይል { $done } ካብ { $total } ይውሰኽ ኣሎ…
import-summary = { $total ->
    [one] 1 ፋይል፦ { $imported } ተወሲኹ፡ { $duplicate } ድሮ ነይሩ፡ { $rejected } ኣይተወሰኸን።
   *[other] { $total } ፋይላት፦ { $imported } ተወሲኾም፡ { $duplicate } ድሮ ነይሮም፡ { $rejected } ኣይተወሰኹን።
}
import-summary-cancelled = ድሕሪ { $done } ካብ { $total } ፋይላት ተቛሪጹ፦ { $imported } ተወሲኾም፡ { $duplicate } ድሮ ነይሮም፡ { $rejected } ኣይተወሰኹን።

## ዝርዝር፦ ተወሳኺ

detail-checked-at = ናይ መወዳእታ ምርመራ
detail-reverify = ሕጂ ደጊምካ መርምር
detail-endorsements-title = ምስክርነት ካልኦት
detail-no-endorsements = ክሳብ ሕጂ ነዚ ምስክርነት ዝደገፎ የለን።
detail-endorsement-credential = { $endorser } ነዚ ምስክርነት ይውሕሶ።
detail-endorsement-achievement = { $endorser } ነዚ ዓወት ይውሕሶ።
detail-endorsement-issuer = { $endorser } ነቲ ሃቢ ይውሕሶ።
detail-micro-title = ሓበሬታ ንኡስ ምስክርነት
detail-micro-help = ሕብረት ኤውሮጳ ነፍሲ ወከፍ ንኡስ ምስክርነት እዚ ሓበሬታ ክጠቅስ ይሓትት። እዚ ዝርዝር እዚ ምስክርነት ኣየኖት ከም ዝጠቅስ የርኢ።
micro-learner = መን ከም ዝረኸቦ
micro-title = ኣርእስቲ
micro-awarding-body = መን ከም ዝሃቦ
micro-date = ዕለት
micro-outcomes = ውጽኢታት ትምህርቲ
micro-workload = ዓቐን ስራሕ (ECTS ወይ ሰዓታት)
micro-level = ደረጃ (EQF ወይ ሃገራዊ)
micro-assessment = ዓይነት ገምጋም
micro-participation = ኣገባብ ተሳትፎ
micro-quality = ውሕስነት ጽሬት
micro-present = ተጠቒሱ
micro-absent = ኣይተጠቕሰን
micro-summary = እዚ ምስክርነት ካብ { $total } ሓበሬታታት { $count } ይጠቅስ።
detail-export-title = ነቲ መበቆላዊ ፋይል ዓቅብ
detail-export-help = ነቲ ፋይል ከምቲ ዝተቐበልካዮ ብልክዕ ይዕቅቦ፡ ንኣብነት ንወሃቢ ስራሕ ንምሃብ ወይ ኣብ USB ንምሓዝ።
detail-export-submit = ፋይል ዓቅብ
save-path-label = ከም ዓቅብ (ምሉእ መንገዲ)
open-path-label = ዝኽፈት ፋይል (ምሉእ መንገዲ)
saved-to = ተዓቂቡ፦ { $path }

## ሓደ ምርመራ እንተዘይሰሊጡ እንታይ ትገብር

detail-check-todo-signature-failed = በዚ ቅዳሕ ኣይትተኣማመን። ካብቲ ሃቢ ሓድሽ ሕተት።
detail-check-todo-signature-unchecked = እቲ ትሕዝቶ ቅኑዕ ክኸውን ይኽእል፡ ግን ገና ዝኾነ ሰብ ከረጋግጾ ኣይክእልን። ካብቲ ሃቢ ዝተኸተመ ቅዳሕ (Open Badges 3.0) ሕተት።
detail-check-todo-issuer-failed = እቲ ሃቢ ክረጋገጽ ኣይከኣለን። ነቲ ዝሃበካ ትካል ሕተቶ።
detail-check-todo-issuer-unchecked = መን ከም ዝሃቦ ብኢንተርነት ጥራይ እዩ ዝረጋገጽ። ሓደ ኣማኻሪ ምሳኻ ክርእዮ ሕተት።
detail-check-todo-hosted-failed = ቅዳሕ ናይቲ ሃቢ ኣይሰማማዕን። ንሃቢ ብዛዕባኡ ሕተቶ።
detail-check-todo-hosted-unchecked = እቲ ሃቢ ኣብ ኢንተርነት ቅዳሕ ይሕዝ፤ { -app-name } ናብ ኢንተርነት ኣይኣቱን። ሓደ ኣማኻሪ ምሳኻ ክርእዮ ይኽእል።
detail-check-todo-expiry-failed = ግዜ ናይዚ ምስክርነት ሓሊፉ። ከተሐድሶ ትኽእል እንተኾንካ ንሃቢ ሕተቶ።
detail-check-todo-expiry-unchecked = ዕለት መወዳእታ ክንበብ ኣይከኣለን። ኣየናይ ዕለት ከም ዝተደልየ ንሃቢ ሕተቶ።
detail-check-todo-not-before-failed = እዚ ምስክርነት ገና ቅቡል ኣይኮነን። ክሳብ ዕለት መጀመርታኡ ተጸበ።
detail-check-todo-not-before-unchecked = ዕለት መጀመርታ ክንበብ ኣይከኣለን። ኣየናይ ዕለት ከም ዝተደልየ ንሃቢ ሕተቶ።
detail-check-todo-status-failed = እቲ ሃቢ ነዚ ምስክርነት ስሒብዎ። ምኽንያቱ ንሃቢ ሕተቶ።
detail-check-todo-status-unchecked = ተሰሒቡ እንተኾይኑ ብኢንተርነት ጥራይ እዩ ዝምርመር። ርግጸኛ ክትከውን እንተደሊኻ ንሃቢ ሕተቶ።
detail-check-todo-schema-failed = ገለ ክፋላት ናይዚ ፋይል ጎደሎ ወይ ጌጋ እዮም። ካብቲ ሃቢ ምሉእ ፋይል ሕተት።
detail-check-todo-schema-unchecked = እቲ ኣቃውማ ምሉእ ብምሉእ ክምርመር ኣይከኣለን። መብዛሕትኡ ግዜ ጸገም ኣይኮነን።

## ESCO

esco-building = ዝርዝር ክእለታትን ሞያታትን ይዳሎ ኣሎ (ናይ መጀመርታ ግዜ ጥራይ)፦ { $percent } %
esco-search-label-skill = ክእለት ድለ
esco-search-label-occupation = ሞያ ድለ
esco-search-help = እንተወሓደ ክልተ ፊደላት ጽሓፍ። ውጽኢታት ኣብ ታሕቲ ይርኣዩ።
esco-search-none = ዝተረኽበ የለን። ካልእ ቃል ፈትን።
esco-fallback-mark = { $lang ->
    [en] ብእንግሊዝኛ
    [nl] ብሆላንድኛ
    [fr] ብፈረንሳይኛ
   *[other] { $lang }
}

## መግለጺ ክእለታት

profile-title = ክእለታተይ
profile-intro = ካብ ምስክርነታትካ ዝመጹ ክእለታትን ባዕልኻ ዝወሰኽካዮም ክእለታትን። እቲ ምልክት እቲ መርትዖ ክንደይ ሓያል ምዃኑ የርኢ።
profile-empty = ገና ክእለት የለን። ምስክርነታት ወስኽ፡ ወይ ኣብ ታሕቲ ባዕልኻ ክእለት ወስኽ።
profile-add-title = ባዕልኻ ክእለት ወስኽ
profile-group-skill = ክእለታት ({ $count })
profile-group-knowledge = ፍልጠት ({ $count })
profile-group-language = ቋንቋታት ({ $count })
profile-group-transversal = ንኹሉ ስራሕ ዘድልዩ ክእለታት ({ $count })
profile-group-other = ካልኦት ({ $count })
evidence-verified-credential = ብዝተረጋገጸ ምስክርነት ተመስኪሩ
evidence-endorsed = ሓደ ሰብ ደጊፍዎ
evidence-mentor-observed = ሓደ መራሒ ርእይዎ
evidence-self-declared = ገና ኣይተመስከረን
profile-shown-by = { $count ->
    [one] ኣብ ሓደ ምስክርነት ይርአ፦
   *[other] ኣብ { $count } ምስክርነታት ይርአ፦
}

## ዝሰማማዑ ስራሓት

match-title = ዝሰማማዑኒ ስራሓት
match-intro = ካብ ኤውሮጳዊ ዝርዝር (ESCO) ምስ ክእለታት መግለጺኻ ዝሰማማዑ ሞያታት። ካብ ቀንዲ ክእለታት ናይ ሓደ ሞያ ብዙሕ ምስ ዘለካ፡ ዝያዳ ይሰማማዓካ።
match-search-title = እዚ ሞያ ክንደይ ይሰማማዓኒ?
match-best-title = ዝበለጸ ዝሰማማዑ
match-none = ገና ዝሰማማዕ ስራሕ የለን። መጀመርታ ናብ መግለጺኻ ክእለታት ወስኽ።
match-fit = ምስምማዕ { $percent }፦ ካብ { $total } ቀንዲ ክእለታት { $have } ኣለዉኻ።
match-missing = { $count ->
    [one] 1 ቀንዲ ክእለት ይጎድል
   *[other] { $count } ቀንዲ ክእለታት ይጎድሉ
}
match-use-as-target = ዕላማይ ግበሮ

## መንገዲ ትምህርቲ

route-title = መንገደይ
route-none = ገና ዕላማ ኣይመረጽካን። ኣብ ታሕቲ ሞያ ድለ።
route-target-label = ዕላማይ፦
route-progress = ካብ { $total } ስጉምትታት { $done } ተዛዚሞም።
route-no-steps = ኩሎም ቀንዲ ክእለታት ናይዚ ሞያ ድሮ ኣለዉኻ።
route-choose-title = ዕላማ ምረጽ
route-choose-help = ሓድሽ ዕላማ ምምራጽ ነቲ ሕጂ ዘሎ መንገዲ ይትክኦ።
route-status-label = ኩነታት
route-status-planned = ተመዲቡ
route-status-in-progress = ይሰርሓሉ ኣለኹ
route-status-done = ተዛዚሙ
route-kind-earn-credential = ምልክት ወይ ምስክር ወረቐት ርኸብ
route-kind-work-based-learning = ኣብ ስራሕ ምምሃር
route-kind-language-goal = ዕላማ ቋንቋ
route-kind-practical = ግብራዊ ስጉምቲ

## ምድላዋት

settings-title = ምድላዋት
settings-language-title = ቋንቋ
settings-reverify-title = ኩሎም ምስክርነታት ደጊምካ መርምር
settings-reverify-help = ነፍሲ ወከፍ ምስክርነት ብናይ ሎሚ ዕለት ደጊሙ ይምርምር፡ ንኣብነት ግዜኦም ዝሓለፈ ንምርኣይ።
settings-reverify-submit = ኩሉ ደጊምካ መርምር
reverify-progress = ይምርመር ኣሎ፦ { $done } ካብ { $total }…
reverify-done = { $total ->
    [one] እቲ ምስክርነት ደጊሙ ተመርሚሩ።
   *[other] ኩሎም { $total } ምስክርነታት ደጊሞም ተመርሚሮም።
}
reverify-cancelled = ተቛሪጹ፦ ካብ { $total } ምስክርነታት { $done } ደጊሞም ተመርሚሮም።
settings-backup-title = ተወሳኺ ቅዳሕ ግበር
settings-backup-help = ኩሎም ምስክርነታትካ፡ ክእለታትካን መንገድኻን ኣብ ሓደ ዝተዓጽወ ፋይል ይዕቅብ። ኣብ USB ወይ ኣብ ካልእ ውሑስ ቦታ ሓዞ።
settings-backup-passphrase = መሕለፊ ቃል ናይቲ ተወሳኺ ቅዳሕ
settings-backup-submit = ተወሳኺ ቅዳሕ ዓቅብ
settings-restore-title = ተወሳኺ ቅዳሕ መልስ
settings-restore-help = ኩሉ ካብቲ ተወሳኺ ቅዳሕ ናብዚ ቦርሳ ይውስኽ። ካብዚ ዝድምሰስ የለን።
settings-restore-submit = መልስ
settings-restore-done = { $count ->
    [one] ተመሊሱ፦ 1 ምስክርነት ተወሲኹ፡ { $duplicates } ድሮ ነይሮም።
   *[other] ተመሊሱ፦ { $count } ምስክርነታት ተወሲኾም፡ { $duplicates } ድሮ ነይሮም።
}

## ብዛዕባ

about-title = ብዛዕባ { -app-name }
about-intro = { -app-name } ምልክታትካን ምስክር ወረቐታትካን ኣብዚ ኮምፒዩተር ይሕዝ፡ ብዘይ ኢንተርነት ይምርምሮም፡ ምስ ኣየኖት ክእለታትን ሞያታትን ከም ዝሰማምዑ ድማ የርኢ።
about-esco-title = ESCO፦ ክእለታትን ሞያታትን ሕብረት ኤውሮጳ
about-esco-uses = እዚ ኣገልግሎት ነቲ ናይ ኮሚሽን ኤውሮጳ ምደባ ESCO ይጥቀም።
about-esco-versions = ESCO ሕታም 1.2.1 (ኣስማት ሞያታት፡ ጉጅለታት ክእለት ከምኡ'ውን ISCO)፡ ሕታም 1.1.1 (ክእለታትን ርክብ ሞያን ክእለትን) ከምኡ'ውን ሕታም 1.0 (ፈረንሳይኛን ስጳኛን ኣስማት ክእለታት)። © ሕብረት ኤውሮጳ።
about-esco-licence = ብውሳነ ኮሚሽን 2011/833/EU ከምኡ'ውን CC BY 4.0 መሰረት ዳግማይ ተጠቒምናሉ። እቲ ሓበሬታ ተቐይሩ ኣሎ (ክፋል፡ ዝተሓወሱ ሕታማት፡ ሓድሽ ቅርጺ)።
about-esco-not-endorsed = ኮሚሽን ኤውሮጳ ንኣርከንድ ({ -app-name }) ኣይደገፎን። ኣስማት ESCO ኣርእስትታት ISCO-08 (ILO) ይደግሙ።
about-source = ምንጪ፦
about-licences-title = ፍቓዳት
about-licence-app = { -app-name } ባዕሉ፦ ህዝባዊ ፍቓድ ሕብረት ኤውሮጳ (EUPL) 1.2።
about-licence-fonts = ፊደላት፦ Noto Sans፡ Noto Sans Arabic ከምኡ'ውን Noto Sans Ethiopic ካብ Google፡ ብፍቓድ SIL Open Font License 1.1።
about-licence-contexts = ኣብ ውሽጢ ዘለዉ ኣገባባት JSON-LD፦ ፍቓድ W3C Software and Document ከምኡ'ውን ምስኦም ዝተጠቕሱ ፍቓዳት።
about-translations = እዞም ትርጉማት ገና ብደቂ ቋንቋ ኣይተመርመሩን። ዘይንጹር ነገር እንተሎ ንገረና።

## እቲ መደብ ጥራይ ዘምጽኦም ጌጋታት (ተወሳኺ)

error-bad-path = “{ $path }” ምሉእ መንገዲ ናይ ፋይል ኣይኮነን።
hint-bad-path = ብ / ዝጅምር ምሉእ መንገዲ ጽሓፍ፡ ብስም ፋይል ድማ ዛዝሞ።
