# መረጋገጺታት ንምክፋል፦ ምርመራታት ካርድን መስመራት ትእዛዝን።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

check-card-signature-valid = እቲ ካርድ መረጋገጺ ብ { $signer } ተኸቲሙ ኣሎ።
check-card-signature-invalid = ክታም ናይቲ ካርድ መረጋገጺ ቅቡል ኣይኮነን፦ ተቐይሩ ወይ ብካልእ ሰብ ተኸቲሙ።
check-card-signer-unknown = እቲ ካርድ መረጋገጺ እዚ ኮምፒዩተር ብዘይፈልጦ መፍትሕ ተኸቲሙ (መፍትሕ { $kid })።
check-card-signer-trusted = እቲ ዝኸተመ { $signer } ኣብ ዝርዝር እምነትካ ኣሎ።
check-card-summary-not-verified = ጽማቕ፡ ዘይተረጋገጸ፦ እቲ ካርድ ብ { $signer } ተኸቲሙ፡ ንሱ ድማ ኣብ ዝርዝር እምነትካ የለን። ነቶም ምሉኣት ኮዳት ምስክርነት መርምሮም።
check-card-issued-in-future = እቲ ካርድ መረጋገጺ ኣብ { $date } ከም ዝተኸተመ ይብል፡ እዚ ድማ ኣብ መጻኢ እዩ። ሰዓት ናይዚ ኮምፒዩተር ተቖጻጸር።
check-link-not-fetched = ኮድ መላግቦ ናብ { $url }፦ ኣይተኸፍተን። ነቲ ኣድራሻ እንተ ኣሚንካዮ ጥራይ ባዕልኻ ክፈቶ።

cli-proof-exported = መረጋገጺ ናብ { $path } ተጻሒፉ።
cli-proof-verified = { $name } — ተረጋጊጹ
cli-proof-not-verified = { $name } — ኣይተረጋገጸን
cli-proof-summary = { $name } — ጽማቕ፡ ዘይተረጋገጸ
cli-proof-unchecked = { $name } — ብዘይ ኢንተርነት ክምርመር ኣይከኣለን
cli-proof-holder = ወናኒ፦ { $name } — ምስ ወረቐት መንነት ኣነጻጽር።
cli-proof-link = መላግቦ (ዘይተኸፍተ)፦ { $url }
