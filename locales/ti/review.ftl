# ኣገባብ ምርመራ፦ መማኽርቲ ኣብ ጥቓ ተማሃራይ፡ ነፍሲ ወከፍ ወገን ብናቱ ቋንቋ።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

nav-review = ምርመራ
review-title = ምስ መማኽርቲ ምርመራ
review-intro = ተማሃራይን መማኽርትን ብሓባር ክእለታት ይርእዩ። ነፍሲ ወከፍ ወገን ብናቱ ቋንቋ ክኸውን ይኽእል።
review-mentor-language = ቋንቋ ወገን መማኽርቲ

## ወገን ተማሃራይ።

review-learner-title = ክእለታት ተማሃራይ
review-learner-help = ✎ ተማሃራይ ባዕሉ ዝኣተዎ የመልክት (ባዕሉ ዝገለጾ)። ደረጃ ክእለት ዘልዕል ፌርማ መማኽርቲ ጥራይ እዩ።
review-learner-empty = ክሳብ ሕጂ ኣብ ፕሮፋይል ክእለት የለን።
review-in-target = ንዝተሓረየ ሞያ ዘድሊ
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = ብ{ $names } ዝተረጋገጸ
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = ምስክር ወረቐታት ({ $count })
review-appraisal-shown-title = ግምገማን ዝቕጽሉ ስጉምትታትን
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = ብ{ $adviser } ኣብ { $date } ዝተጻሕፈ

## ወገን መማኽርቲ።

review-mentor-title = ወገን መማኽርቲ
review-signer-title = መን እዩ ዝፍርም?
review-signer-help = ዕዘባታት ብናይ ባዕሉ መፍትሕ መማኽርቲ ይፍረሙ፡ እዚ መፍትሕ ብናይ ባዕሉ መሕለፊ ቃል ዝተሓለወ እዩ። ተማሃራይ ኣብ ክንዲ መማኽርቲ ክፍርም ኣይክእልን።
review-signer-pick = መፍትሕ ፌርማኹም
review-signer-passphrase = መሕለፊ ቃልኩም
review-signer-open = መፍትሕ ፌርማይ ክፈት
review-signer-new-title = ሓድሽ መማኽርቲ
review-signer-name = ስምኩም
review-signer-organisation = ትካልኩም (ግድን ኣይኮነን)
review-signer-create = መፍትሕ ፌርማይ ፍጠር
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = ከም { $name } ትፍርሙ ኣለኹም
review-signer-key = መፍትሕ
review-signer-close = ምፍራም ኣቋርጽ
review-target-title = ዕላማ ሞያ
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = ተማሃራይ ዘለዎ ክእለታት ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = ገና ዝጎደሉ ክእለታት ({ $count })
review-observe = ከም ዝተራእየ ኣረጋግጽ
review-add-step = ናብ መንገዲ ወስኽ
# Variables:
#   $skill (String) - the skill's name
review-step-added = ናብ መንገዲ ትምህርቲ ተወሲኹ፦ { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = ከም ዝተራእየ ኣረጋግጽ፦ { $skill }
review-observe-comment = እንታይ ኢኹም ተረጋግጹ ዘለኹም?
review-observe-narrative = እንታይ ረኣኹም፡ መዓስን ኣበይን? (ግድን ኣይኮነን)
review-observe-prepare = ዝፍረም ኣርኢ
review-cancel = ሰርዝ
review-consent-title = ቅድሚ ምፍራም ኣረጋግጹ
review-consent-help = እዚ ልክዕ መፍትሕኩም ዝፍርሞ እዩ። ድሕሪ ምፍራም ናብ ቦርሳ ተማሃራይ ይኸይድ።
review-consent-signer = ዝፈረሞ
review-consent-learner = ብዛዕባ ተማሃራይ
review-consent-skill = ክእለት
review-consent-comment = ቃላትኩም
review-consent-narrative = ዝተዓዘብኩሞ
review-consent-document = እቲ ልክዕ ሰነድ
review-consent-sign = ፍረም
review-signed = ተፈሪሙ። ሕጂ እቲ ክእለት ዕዘባኹም የርኢ።
review-appraisal-title = ግምገማን ዝቕጽሉ ስጉምትታትን
review-appraisal-help = ክፍሊ 4 ናይ ፕሮፋይል ክእለታት። ብስምኩም ኣብ ቦርሳ ተማሃራይ ይዕቀብ፡ ብዘይ ፌርማ።
review-appraisal-text = ግምገማኹም
review-appraisal-next = ዝቕጽሉ ስጉምትታት (ኣብ ሓደ መስመር ሓደ)
review-appraisal-save = ግምገማ ዓቅብ
review-appraisal-saved = ተዓቂቡ።
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = ዝተዓዘበ ክእለት፦ { $skill }

## ጌጋታት ኣገባብ ምርመራ።

error-review-signer-is-learner = እዚ መፍትሕ ናይ ባዕሉ ቦርሳ ተማሃራይ እዩ፡ ስለዚ ክእለታቱ ከረጋግጽ ኣይክእልን።
hint-review-signer-is-learner = መማኽርቲ ናይ ባዕሉ መፍትሕ ፌርማ የድልዮ፦ «ሓድሽ መማኽርቲ» ምልኡ።
error-review-observation-stale = እቲ ዝተራእየ ሕጂ ዘመናዊ ኣይኮነን።
hint-review-observation-stale = ዝፍረም ደጊምኩም ኣርእዩ፡ ድሕሪኡ ፍረሙ።
error-review-mentor-locked = ዝተኸፍተ መፍትሕ ፌርማ መማኽርቲ የለን።
hint-review-mentor-locked = መፍትሕ ፌርማኹም ብመሕለፊ ቃልኩም ክፈቱ፡ ወይ ሓደ ፍጠሩ።
