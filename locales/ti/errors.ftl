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
