# መልእኽትታት ጌጋን ምኽርታትን፡ ንመስመር ትእዛዝን ንመደብን ሓባራዊ።
# Locale: ti. Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = ኣብ { $path } ቦርሳ የለን።
hint-wallet-not-found = መጀመርታ ብ “erkend init” ሓደ ፍጠር፡ ወይ ካልእ ፋይል ቦርሳ ምረጽ።
error-wallet-exists = ኣብ { $path } ድሮ ቦርሳ ኣሎ። ኣይተቐየረን።
hint-wallet-exists = ኣብ ክንድኡ ንዕኡ ክፈቶ፡ ወይ ካልእ ስም ፋይል ምረጽ።
error-wrong-passphrase = እዚ መሕለፊ ቃል ነቲ ቦርሳ ኣይከፍቶን። ዝተቐየረ የለን።
hint-wrong-passphrase = ነቲ መሕለፊ ቃል ተቖጻጸሮ እሞ ደጊምካ ፈትን። ዓበይቲ ፊደላት ኣገደስቲ እዮም።
error-passphrase-required = እዚ ቦርሳ ብመሕለፊ ቃል ዝተሓለወ እዩ።
hint-passphrase-required = መሕለፊ ቃል ሃብ (ኣብ ተለዋዋጢ ከባቢ ERKEND_PASSPHRASE ወይ ብ --passphrase-file)።
error-wallet-too-new = እዚ ቦርሳ ብሓድሽ ሕታም { -app-name } እዩ ተሰሪሑ (ቅርጺ { $found }፤ እዚ መደብ ክሳብ { $supported } ይፈልጥ)። ኣይተቐየረን።
hint-wallet-too-new = ንምኽፋቱ { -app-name } ኣሐድሶ።
error-wallet-damaged = ፋይል ቦርሳ ተበላሽዩ። ቅዳሕ ኣብ { $copy } ተዓቂቡ፤ ዝተደምሰሰ የለን።
hint-wallet-damaged = ካብ ተወሳኺ ቅዳሕ መልስ፡ ወይ ነቲ ቅዳሕ ንምድሓን ሓገዝ ሕተት።
error-file-too-large = እዚ ፋይል ኣዝዩ ዓቢ እዩ ({ $size } ባይት)። ደረቱ { $limit } ባይት እዩ።
hint-file-too-large = ፋይል ምልክት መብዛሕትኡ ግዜ ኣዝዩ ንእሽቶ እዩ። ቅኑዕ ፋይል ከም ዝመረጽካ ኣረጋግጽ።
error-empty-file = እዚ ፋይል ባዶ እዩ።
hint-empty-file = ናይቲ ምልክት ወይ ምስክርነት ባዕሉ ፋይል ምረጽ።
error-not-a-file = { $path } ማህደር እዩ፡ ፋይል ኣይኮነን።
hint-not-a-file = ኣብ ውሽጢ እቲ ማህደር ዘለዉ ፋይላት ምልክት ምረጽ።
error-unreadable = ፋይል { $path } ክንበብ ኣይከኣለን፦ { $reason }
error-not-json = እዚ ፋይል { -app-name } ከንብቦ ዝኽእል ምልክት ወይ ምስክርነት ኣይኮነን ({ $reason })።
hint-not-json = Open Badge (JSON፡ PNG ወይ SVG) ወይ ፋይል ምስክርነት ምረጽ።
error-too-deep = እዚ ፋይል ልዕሊ { $limit } ደረጃታት ዝተኣሳሰረ እዩ፡ ስለዚ ንድሕንነት ተነጺጉ።
error-unsupported-format = እዚ ዓይነት ፋይል ኣይድገፍን ({ $detail })።
error-malformed-credential = እዚ ምስክርነት ዘይተማልአ ወይ ዝተበላሸወ እዩ፦ { $detail }።
error-credential-not-found = ኣብዚ ቦርሳ መለለዪ { $id } ዘለዎ ምስክርነት የለን።
hint-credential-not-found = መለለይታት ንምርኣይ “erkend list” ተጠቐም።
error-bad-language = “{ $tag }” { -app-name } ዝርድኦ ምልክት ቋንቋ ኣይኮነን።
error-storage = እቲ ቦርሳ ክንበብ ወይ ክጽሓፍ ኣይከኣለን፦ { $reason }
error-io = ሓደ ፋይል ክንበብ ወይ ክጽሓፍ ኣይከኣለን፦ { $reason }
error-no-randomness = እቲ ስርዓት ውሑስ ናይ ኣጋጣሚ ቁጽርታት ክህብ ኣይከኣለን።
error-usage = እቲ ትእዛዝ ኣይተረድአን ({ $detail })።
error-esco-data = ኣብ ውሽጢ ዘሎ ሓበሬታ ክእለታት ESCO ክጥቀመሉ ኣይከኣለን፦ { $detail }
hint-esco-data = { -app-name } ደጊምካ ኣእቱ፡ ወይ ፋይል መረጃ ESCO ደምስስ እሞ ደጊሙ ይስራሕ።
error-esco-stopped = ምድላው ዝርዝር ክእለታትን ስራሓትን ኣቋሪጽካዮ። ዝተቐየረ የለን።
hint-esco-stopped = ነዚ ገጽ ደጊምካ ምስ ከፈትካዮ እንደገና ይጅምር። ሓንሳብ ጥራይ እዩ ዘድሊ።

## ፋይላት ምልክት ምንባብ

error-jws-malformed = እዚ ዝተኸተመ ጽሑፍ ምልክት ተቘሪጹ ወይ ተበላሽዩ ({ $detail })።
hint-jws-malformed = ምሉእ ጽሑፍ ናይቲ ምልክት ደጊምካ ቅዳሕ፡ ወይ ፋይሉ ካብቲ ሃቢ ሕተት።
error-png-damaged = እዚ ስእሊ ምልክት ተበላሽዩ ({ $detail })።
hint-png-damaged = ስእሊ ምልክት ካብቲ ሃቢ ደጊምካ ኣውርድ።
error-png-chunk-too-large = ሓደ ክፋል ናይዚ ስእሊ { $size } ባይት እየ ይብል፤ ደረቱ { $limit } እዩ። ንድሕንነት ተነጺጉ።
error-png-too-many-chunks = እዚ ስእሊ ልዕሊ { $limit } ክፋላት ኣለዎ፡ ስለዚ ንድሕንነት ተነጺጉ።
error-image-too-large = እዚ ስእሊ { $width } × { $height } ፒክሰል እየ ይብል፤ ደረት ነፍሲ ወከፍ ጎኒ { $limit } እዩ። ንድሕንነት ተነጺጉ።
error-decompressed-too-large = ኣብዚ ፋይል ዘሎ ዝተጸቕጠ ሓበሬታ ምስ ተፈትሐ ልዕሊ { $limit } ባይት ይኸውን፡ ስለዚ ንድሕንነት ተነጺጉ።
error-no-badge-data = ኣብዚ ስእሊ ምልክት የለን።
hint-no-badge-data = ካብቲ ሃቢ ዝተቐበልካዮ ስእሊ ምልክት ምረጽ፡ ቅዳሕ ወይ ስእሊ መስኮት ኣይኮነን።
error-baked-url-only = እዚ ስእሊ ናብ ምልክት ዝወስድ መላግቦ ({ $url }) ጥራይ እዩ ዘለዎ፡ ነቲ ምልክት ባዕሉ ኣይኮነን። { -app-name } ንምምጻኡ ናብ ኢንተርነት ኣይኣቱን።
hint-baked-url-only = ካብቲ ሃቢ ፋይል ምልክት ባዕሉ (JSON) ሕተት፡ ወይ ነቲ መላግቦ ባዕልኻ ክፈት እሞ ነቲ ምልክት ዓቅቦ።
error-xml-doctype-refused = እዚ ስእሊ SVG ኣዋጅ ዓይነት ሰነድ ኣለዎ፡ { -app-name } ድማ ንድሕንነት ይነጽጎ።
hint-xml-doctype-refused = ስእልታት ምልክት ኣየድልዮምን። ካብቲ ሃቢ ሓድሽ ቅዳሕ ሕተት።
error-svg-malformed = እዚ ስእሊ SVG ተበላሽዩ ({ $detail })።
error-too-many-nested = እዚ ጥቕላል ልዕሊ { $limit } ምስክርነታት ኣለዎ፡ ስለዚ ንድሕንነት ተነጺጉ።
error-backup-not-a-backup = እዚ ፋይል ተወሳኺ ቅዳሕ ናይ { -app-name } ኣይኮነን።
hint-backup-not-a-backup = እቲ `erkend backup` ዝጸሓፎ ፋይል ምረጽ። ዝተቐየረ የለን።
error-backup-truncated = እዚ ፋይል ተወሳኺ ቅዳሕ ዘይተማልአ እዩ፦ ተቘሪጹ። ዝተቐየረ የለን።
hint-backup-truncated = ነቲ ተወሳኺ ቅዳሕ ካብቲ እትሕዘሉ ቦታ ደጊምካ ቅዳሕ፡ እቲ ምቕዳሕ ከም ዝተዛዘመ ድማ ኣረጋግጽ።
error-backup-unsupported-version = እዚ ተወሳኺ ቅዳሕ ብሓድሽ { -app-name } እዩ ተሰሪሑ (ሕታም { $found }፤ እዚ መደብ ክሳብ { $supported } የንብብ)። ዝተቐየረ የለን።
hint-backup-unsupported-version = { -app-name } ኣሐድሶ እሞ ደጊምካ መልስ።
error-backup-too-large = እዚ ተወሳኺ ቅዳሕ { $size } ባይት ሒዘ ኣለኹ ይብል፤ ደረቱ { $limit } እዩ። ንድሕንነት ተነጺጉ።
error-backup-wrong-passphrase-or-damaged = እዚ ተወሳኺ ቅዳሕ ኣይኽፈትን፦ መሕለፊ ቃል ጌጋ እዩ፡ ወይ እቲ ፋይል ተቐይሩ ወይ ተበላሽዩ። ዝተቐየረ የለን።
hint-backup-wrong-passphrase-or-damaged = መሕለፊ ቃል ናይቲ ተወሳኺ ቅዳሕ ተቖጻጸር (ERKEND_BACKUP_PASSPHRASE፡ እንተዘየለ ናይ ቦርሳ)። ቅኑዕ እንተኾይኑ፡ እቲ ፋይል ተበላሽዩ ኣሎ፦ ካልእ ቅዳሕ ተጠቐም።
error-backup-passphrase-required = ተወሳኺ ቅዳሕ ብመሕለፊ ቃል ክሕሎ ኣለዎ፡ ግን ዝተዋህበ የለን።
hint-backup-passphrase-required = ERKEND_BACKUP_PASSPHRASE ኣቐምጥ (ወይ መሕለፊ ቃል ቦርሳ ሃብ)።

## ቦርሳታት ተማሃሮ፡ ክታምን ድጋፍን

error-vault-not-found = ኣብዚ ኮምፒዩተር ቦርሳ ተማሃራይ { $id } የለን።
hint-vault-not-found = ቦርሳኻ ካብቲ ዝርዝር ምረጽ፡ ወይ ሓድሽ ፍጠር።
error-vault-card-invalid = { $field ->
        [avatar] እቲ ስእሊ
       *[other] እቲ ስም
    } ኣብ መምረጺ መግለጺ ዝርአ፡ እንተበዝሐ { $max } ፊደላት ክህልዎ ይኽእል፡ ብዘይ ናይ ምቁጽጻር ፊደላት።
error-signing-failed = እዚ ክኽተም ኣይከኣለን፦ { $detail }
error-signer-name-required = ንምኽታም ስምካ የድሊ፡ እቲ ተማሃራይ መን ከም ዝውሕሶ ምእንቲ ክርኢ።
hint-signer-name-required = ሓንሳእ ስምካ ብ --name ሃብ (ትካልካ ድማ ብ --organisation)፤ እቲ ቦርሳ ይዝክሮ።
error-endorsement-request-invalid = እዚ Erkend ከንብቦ ዝኽእል ሕቶ ድጋፍ ኣይኮነን፦ { $detail }
hint-endorsement-request-invalid = ነቲ ተማሃራይ ነቲ ሕቶ ካብ ቦርሳ Erkend ደጊሙ ከውጽኦ ሕተቶ።
error-endorse-target-has-no-id = ምስክርነት { $id } ናይ ገዛእ ርእሱ መለለዪ የብሉን፡ ስለዚ ድጋፍ ናብኡ ከመልክት ኣይክእልን።
hint-endorse-target-has-no-id = ኣብ ክንድኡ ንሓደ ክእለት ወይ ንካልእ ምስክርነት ድጋፍ ሕተት።

## ኮድ ምምላስን ዝርዝራት እምነትን

error-recovery-code-invalid = እዚ ቅኑዕ ኮድ ምምላስ ኣይኮነን፦ ሓደ ፊደል ጌጋ፡ ጎደሎ ወይ ትርፊ እዩ።
hint-recovery-code-invalid = ነቲ ኮድ ካብ ወረቐት ምምላስካ ደጊምካ ቅዳሕ፦ 32 ፊደላትን ቁጽርታትን፡ ብጉጅለ ኣርባዕተ። መስመራት (-)፡ ባዶ ቦታታትን ዓበይቲ ወይ ናኣሽቱ ፊደላትን ኣገደስቲ ኣይኮኑን።
error-trust-list-malformed = እዚ ፋይል ዝርዝር እምነት ኣይኮነን ({ $detail })።
hint-trust-list-malformed = ነቲ ዝርዝር ዝሃበካ ሰብ ነቲ ዝኸተሞ ፋይል ሕተቶ።
error-trust-list-tampered = እዚ ዝርዝር እምነት ድሕሪ ምኽታሙ ተቐይሩ፡ ስለዚ ተነጺጉ።
hint-trust-list-tampered = ካብቲ ዝርዝር ዘሕትም ትካል ሓድሽ ቅዳሕ ውሰድ። ዝተተኽለ የለን።
error-trust-list-expired = እዚ ዝርዝር እምነት ሕጂ ቅቡል ኣይኮነን (ቅቡልነቱ ኣብ { $until } ይውዳእ ወይ ይጅምር)፡ ስለዚ ተነጺጉ።
hint-trust-list-expired = ካብቲ ዝርዝር ዘሕትም ትካል ናይ ሕጂ ዝርዝር ውሰድ።
error-trust-list-unknown-signer = እዚ ዝርዝር እምነት { -app-name } ብዘይፈልጦ መፍትሕ እዩ ተኸቲሙ፦ { $key }።
hint-trust-list-unknown-signer = እቲ ዝርዝር ዝሃበካ ትካል ነዚ መፍትሕ እንተ ኣረጋጊጹ ጥራይ፡ ብ --accept-key { $key } ኣተኽሎ።
error-url-refused = { -app-name } ውሑሳት (https) ኣድራሻታት ጥራይ የምጽእ፤ { $url } ኣይመጽአን።
error-fetch-failed = { $url } ክመጽእ ኣይከኣለን ({ $reason })።
hint-fetch-failed = ርክብ ኢንተርነት ተቖጻጸር እሞ ድሒርካ ደጊምካ ፈትን። ቅድሚ ሕጂ ዝተመርመረ ኩሉ ከምቲ ዝነበሮ ይጸንሕ።
error-fetch-too-large = { $url } ልዕሊ { $limit } ባይት ሰዲዱ፤ እቲ ምውራድ ደው ኢሉ።

## መግለጺን መንገዲ ትምህርትን

error-profile-invalid = እዚ ኣብ መግለጺ ዝኣቱ ክዕቀብ ኣይክእልን፦ { $field } — { $reason }።
hint-profile-invalid = ዕለታት ከም 2024-05 ወይ 2024-05-31 ይጽሓፉ፤ ደረጃታት ቋንቋ ከም A1, A2, B1, B2, C1 ወይ C2፤ መላግቦታት ከም ኣድራሻታት ክእለት ወይ ሞያ ESCO (http://data.europa.eu/esco/…)።
error-route-step-not-found = መንገዲ ትምህርትኻ ስጉምቲ { $id } የብሉን።
hint-route-step-not-found = መለለይታት ስጉምትታት በዚ ርአ፦ erkend route show --json
error-route-no-target = መንገዲ ትምህርትኻ ገና ዕላማ የብሉን፡ ስለዚ ስጉምትታት ክውሰኹ ኣይክእሉን።
hint-route-no-target = መጀመርታ ዕላማ ሞያ ምረጽ፦ erkend route set-target URI

## መረጋገጺታት ንምክፋል (QR ኮዳት)

error-proof-base45-character = እዚ ኮድ መረጋገጺ ዘይብኡ ፊደል ሒዙ ኣሎ (ኣብ ቦታ { $position })። ብጌጋ ተነቢቡ ወይ ተቐይሩ ክኸውን ይኽእል።
hint-proof-base45-character = ነቲ ኮድ ደጊምካ ስካን ግበር፡ ወይ ነቲ መበቆላዊ ዝተሓትመ መረጋገጺ ተጠቐም።
error-proof-base45-length = እዚ ኮድ መረጋገጺ ዘይተማልአ እዩ ({ $length } ፊደላት ምሉእ ኮድ ክኾኑ ኣይክእሉን)።
hint-proof-base45-length = ነቲ ኮድ ደጊምካ ስካን ግበር፤ ገለ ክፋሉ ጎዲሉ ክኸውን ይኽእል።
error-proof-base45-overflow = እዚ ኮድ መረጋገጺ ኣብ ቦታ { $position } ተበላሽዩ።
error-proof-unknown-prefix = እዚ ኮድ መረጋገጺ ናይ { -app-name } ኣይኮነን፡ ወይ ካብ እዚ መደብ ዘይፈልጦ ሕታም እዩ ዝመጽእ።
hint-proof-unknown-prefix = ቅኑዕ ኮድ ስካን ከም ዝገበርካ ኣረጋግጽ፤ እቲ መረጋገጺ ሓድሽ እንተኾይኑ { -app-name } ኣሐድሶ።
error-proof-unknown-format = እዚ ኮድ መረጋገጺ እዚ መደብ ዘይፈልጦ ቅርጺ ይጥቀም (ቅርጺ { $byte })።
hint-proof-unknown-format = ንምንባቡ { -app-name } ኣሐድሶ።
error-proof-empty = እዚ ኮድ መረጋገጺ ባዶ እዩ።
error-proof-too-long = እዚ ኮድ መረጋገጺ ንኽኸውን ኣዝዩ ነዊሕ እዩ ({ $length } ፊደላት፤ እንተበዝሐ { $limit })። ንድሕንነት ተነጺጉ።
error-proof-chunk-header = ምልክት ናይዚ ክፋል ኮድ መረጋገጺ ተበላሽዩ ({ $detail })።
error-proof-too-many-chunks = እዚ መረጋገጺ { $total } ክፋላት ኣለዉኒ ይብል፤ እንተበዝሐ { $limit } ጥራይ ይፍቀዱ። ተነጺጉ።
error-proof-chunk-duplicate = ክፋል { $index } ናይ መረጋገጺ { $set } ክልተ ግዜ ተዋሂቡ።
hint-proof-chunk-duplicate = ነፍሲ ወከፍ ክፋል ናይቲ መረጋገጺ ሓንሳእ ጥራይ ሃብ።
error-proof-chunk-missing = መረጋገጺ { $set } ዘይተማልአ እዩ፦ ክፋል { $missing } ይጎድል።
hint-proof-chunk-missing = ኩሎም ኮዳት ናይቲ መረጋገጺ ስካን ግበር፤ እቲ ኣብ ትሕቲ ኮዳት ዘሎ ጽሑፍ ክንደይ ምዃኖም ይነግር።
error-proof-chunk-mixed = ክፋላት ናይ መረጋገጺ { $set } ናይ ሓደ መረጋገጺ ኣይኮኑን።
hint-proof-chunk-mixed = ክፋላት ናይ ዝተፈላለዩ መረጋገጺታት ተሓዊሶም። ናይ ሓደ መረጋገጺ ኮዳት ጥራይ ስካን ግበር።
error-proof-inflate-too-large = እዚ መረጋገጺ ምስ ተፈትሐ ልዕሊ { $limit } ባይት ይኸውን። ንድሕንነት ተነጺጉ።
error-proof-inflate-damaged = እቲ ኣብዚ ኮድ መረጋገጺ ዘሎ ሓበሬታ ተበላሽዩ ወይ ተቘሪጹ።
hint-proof-inflate-damaged = ነቲ ኮድ ደጊምካ ስካን ግበር፡ ወይ ነቲ መበቆላዊ ዝተሓትመ መረጋገጺ ተጠቐም።
error-proof-wrong-dictionary = እዚ ኮድ መረጋገጺ ምስ ቅርጹ ብዘይሰማማዕ መንገዲ እዩ ተጸቒጡ።
error-proof-trailing-bytes = እዚ ኮድ መረጋገጺ ኣብ መወዳእታኡ ትርፊ ሓበሬታ ኣለዎ። ተነጺጉ።
error-proof-card-malformed = እዚ ካርድ መረጋገጺ ተበላሽዩ ({ $detail })።
error-proof-card-algorithm = እዚ ካርድ መረጋገጺ ዘይፍቀድ ኣገባብ ክታም ይጥቀም።
error-proof-too-large-for-codes = እዚ ምስክርነት ከም ኮዳት ንምሕታም ኣዝዩ ዓቢ እዩ ({ $bytes } ባይት፤ እንተበዝሐ { $codes } ኮዳት)። ምናልባት ስእልታት ሒዙ ይኸውን።
hint-proof-too-large-for-codes = ኣብ ክንድኡ ከም መላግቦ ኣካፍሎ (እቲ ሃቢ ኣብ ኢንተርነት እንተሓዞ)፡ ወይ ከም ፋይል።
error-proof-no-codes = ኣብዚ ፋይል ኮድ መረጋገጺ ኣይተረኽበን።
hint-proof-no-codes = ነፍሲ ወከፍ ኮድ ምሉእ ዝርአየሉ፡ ንጹርን ብሩህን ስእሊ ወይ ስካን ተጠቐም።
error-proof-image-unreadable = እዚ ስእሊ ክንበብ ኣይክእልን ({ $detail })።
error-proof-pdf-unreadable = እዚ PDF ክንበብ ኣይክእልን ({ $detail })።
error-proof-file-type = መረጋገጺታት ፋይላት ዓይነት “{ $ext }” ክጥቀሙ ኣይክእሉን።
hint-proof-file-type = ንምውጻእ .pdf፡ .png ወይ .txt ተጠቐም፤ ንምርግጋጽ .pdf፡ .png፡ .jpg ወይ .txt።
error-proof-no-hosted-url = እዚ ምስክርነት ሃቢኡ ዘርእየሉ ኣድራሻ ኢንተርነት የብሉን፡ ስለዚ ኮድ መላግቦ ክስራሕ ኣይክእልን።
error-pdf-qr-too-large = ሓደ QR ኮድ { $chars } ፊደላት ክሕዝ ኣይክእልን፡ ስለዚ እቲ መረጋገጺ ኣይተሓትመን።
hint-pdf-qr-too-large = ነቲ ምስክርነት ናብ ዝበዝሑ ኮዳት ምቀሎ፡ ወይ ኣብ ክንድኡ ከም መላግቦ ኣካፍሎ።
error-pdf-write = እቲ PDF ክስራሕ ኣይከኣለን ({ $detail })።
