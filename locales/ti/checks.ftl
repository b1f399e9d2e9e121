# ምርመራታት ምርግጋጽ፡ ኣብ መስመር ትእዛዝን ኣብ መደብን።
# Locale: ti. Reviewed by a native speaker: no.

check-signature-not-supported-yet = ክታም ናይዚ ዓይነት ምስክርነት ገና በዚ ሕታም ክምርመር ኣይክእልን።
check-expired = ግዜኡ ኣብ { $date } ሓሊፉ።
check-not-expired = ክሳብ { $date } ቅቡል እዩ።
check-not-yet-valid = ገና ቅቡል ኣይኮነን፦ ካብ { $date } ቅቡል እዩ።
check-valid-from = ካብ { $date } ቅቡል እዩ።
check-bad-date = እቲ ዕለት “{ $date }” ክንበብ ኣይከኣለን።

## ክታም

check-signature-valid = እቲ ክታም ቅቡል እዩ (መፍትሕ { $method })።
check-signature-invalid = እቲ ክታም ኣይሰማማዕን፦ እቲ ምስክርነት ድሕሪ ምኽታሙ ተቐይሩ፡ ወይ ብካልእ መፍትሕ ተኸቲሙ።
check-signature-malformed = እቲ ክታም ወይ መፍትሑ ተበላሽዩ፡ ክምርመር ድማ ኣይክእልን።
check-signature-alg-refused = ኣገባብ ክታም “{ $alg }” ተቐባልነት የብሉን።
check-signature-needs-network = መፍትሕ ክታም { $method } ካብ ኢንተርነት ክመጽእ ኣለዎ፤ እዚ ምርመራ መርበብ የድልዮ።
check-signature-key-unsupported = እዚ ሕታም ዓይነት መፍትሕ { $method } ከንብብ ኣይክእልን።
check-signature-key-not-bound = እቲ ኣብ ውሽጢ ምስክርነት ዘሎ መፍትሕ ብዘይ መርበብ ምስቲ ሃቢ ክተኣሳሰር ኣይክእልን።
check-signature-no-key = እቲ ምስክርነት ኣየናይ መፍትሕ ከም ዝኸተሞ ኣይገልጽን።
check-signature-missing = እቲ ምስክርነት ክታም የብሉን።
check-signature-wrong-purpose = እቲ ክታም ንምስክርነት ንምውሓስ ኣይተገብረን።
check-signature-previous-proof-missing = ሓደ ክታም ኣብ ካልእ ኣብቲ ምስክርነት ዘየለ ክታም ይምርኮስ።
check-signature-proof-expired = እቲ ክታም ክሳብ { $date } ጥራይ ቅቡል ነይሩ።
check-signature-suite-unsupported = እዚ ሕታም ክታማት ዓይነት “{ $suite }” ክምርምር ኣይክእልን።
check-signature-suite-unavailable = እዚ ሕታም ገና ነዚ ዓይነት ክታም ክምርምር ኣይክእልን።
check-signature-context-unavailable = እቲ ክታም ብዘይ ኢንተርነት ክምርመር ኣይክእልን፦ እቶም ኣብ { $context } ዘለዉ መግለጺታት ኣብ ውሽጢ የለዉን።
check-signature-jades-not-supported-yet = ኤሌክትሮኒካዊ ማሕተም ናይ ምስክርነት Europass ገና በዚ ሕታም ክምርመር ኣይክእልን።
check-hosted-needs-network = እዚ ምልክት ኣብቲ ሃቢኡ እዩ ዝዕቀብ፤ ንምምርማሩ መርበብ የድሊ።

## ሃቢ

check-issuer-matches = እቲ መፍትሕ ናይቲ ሃቢ { $issuer } እዩ።
check-issuer-mismatch = እቲ ምስክርነት ንዝሃቦ { $issuer } ይብል፡ ግን ብ { $controller } እዩ ተኸቲሙ።
check-issuer-needs-network = እቲ መፍትሕ ክታም ናይቲ ሃቢ ምዃኑ ብኢንተርነት ጥራይ እዩ ዝምርመር።
check-issuer-no-key = ብዘይ ዝተመርመረ ክታም፡ ነዚ ምስክርነት መን ከም ዝሃቦ ኣይፍለጥን።
check-issuer-missing = እቲ ምስክርነት ሃቢኡ ኣይጠቅስን።
check-issuer-jwt-iss-mismatch = እቲ ምስክርነት ንዝሃቦ { $issuer } ይብል፡ ግን እቲ ዝኸበቦ ቶከን { $iss } ይብል።

## ጥቕላል ምስክርነታት

check-nested-verified = ኩሎም { $count } ምስክርነታት ኣብዚ ጥቕላል በበይኖም ተረጋጊጾም።
check-nested-failed = ምስክርነት { $position } ኣብዚ ጥቕላል፡ “{ $name }”፡ ኣይተረጋገጸን።
check-nested-unchecked = ምስክርነት { $position } ኣብዚ ጥቕላል፡ “{ $name }”፡ ኣብዚ ክምርመር ኣይከኣለን።
