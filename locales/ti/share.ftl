# ናይ «ኣካፍል» ከምኡ'ውን «መረጋገጺ ኣረጋግጽ» ገጻት።
# Locale: ti. Reviewed by a native speaker: no (ገና ብወዲ ቋንቋ ትግርኛ ኣይተመርመረን)።

nav-share = ኣካፍል
nav-verify = መረጋገጺ ኣረጋግጽ

share-title = መረጋገጺ ኣካፍል
share-intro = ምስክርነታት ምረጽ። ዝኾነ ሰብ ናይቶም QR ኮዳት ብዘይ ኢንተርነት፡ ኣብ ወረቐት ወይ ኣብ ስክሪን ከረጋግጾም ይኽእል።
share-pick-title = ዘካፍሎም ምስክርነታት
share-empty = ኣብ ቦርሳኻ ገና ምስክርነት የለን። ቅድም ሓደ ወስኽ።
share-none-chosen = QR ኮዳቱ ንምርኣይ እንተወሓደ ሓደ ምስክርነት ምረጽ።
share-code-alt = QR ኮድ { $index } ካብ { $total } ን{ $name }
share-code-part = ኮድ { $index } ካብ { $total }
share-sheet-title = ዝሕተም ወረቐት
share-second-lang = ኣብ ወረቐት ካልኣይ ቋንቋ
share-sheet-info = እቲ ዝሕተም ወረቐት { $pages ->
        [one] ሓደ ገጽ A4
       *[other] { $pages } ገጻት A4
    } ኣለዎ፡ ብ{ $first }ን ብ{ $second }ን።
share-privacy = እቶም ኮዳት ምሉእ ምስክርነት ሒዞም ኣለዉ፡ ስምካ እውን። ምስ እትመርጾም ሰባት ጥራይ ኣካፍሎም።
share-save-title = ዓቅብ ወይ ሕተም
share-save-help = ብ.pdf ዝዛዘም ስም ነቲ ዝሕተም ወረቐት ይዓቕቦ፤ .png ነቶም ኮዳት ጥራይ ከም ስእሊ ይዓቕቦም።
share-save-submit = ዓቅብ
share-print = ኮዳት ሕተም
share-print-help = ሕትመት ነቶም ኣብዚ ዝረኣዩ ኮዳት ይሕትም። ንምሉእ ወረቐት ብኽልተ ቋንቋ፡ PDF ዓቂብካ ንዕኡ ሕተም።
share-saved = ተዓቂቡ፦ { $path } ({ $pages ->
        [one] ሓደ ገጽ
       *[other] { $pages } ገጻት
    })

verify-title = መረጋገጺ ኣረጋግጽ
verify-intro = ሓደ ሰብ ዝሃበካ መረጋገጺ ክፈት፦ ስእሊ ወይ ስካን ናይ QR ኮዳት፡ PDF፡ ወይ ኮዳት ከም ጽሑፍ። ኣብዚ ኮምፒዩተር ብዘይ ኢንተርነት ይምርመር።
verify-choose = ፋይል መረጋገጺ ክፈት
verify-camera-photo = ካሜራ የብልካን? ብተሌፎን ስእሊ ናይቶም ኮዳት ኣልዒልካ ኣብዚ ክፈቶ።
verify-camera-start = ብካሜራ ምቅዳሕ
verify-camera-stop = ካሜራ ኣጥፍእ
verify-camera-looking = ነቲ QR ኮድ ጸፊሕካን ኣብ ጽቡቕ ብርሃንን ኣብ ቅድሚ ካሜራ ሓዞ…
verify-camera-unavailable = ዝኾነ ካሜራ ክጥቀመሉ ኣይከኣለን። ስእሊ ናይቶም ኮዳት ኣልዒልካ ኣብዚ ክፈቶ።
verify-busy = ኮዳት ይንበቡ ኣለዉ…
verify-holder = ስም ወናኒ፦
verify-compare-id = ነዚ ስም ምስ ሰነድ መንነት ኣወዳድሮ። ቅዳሕ ናይ ኮድ ከም እቲ ዋና ይረጋገጽ እዩ።
verify-card-summary = ጽማቕ፡ ዘይተረጋገጸ
verify-link = እዚ ኮድ ሊንክ እዩ። Erkend ኣይከፍቶን፤ ነቲ ኣድራሻ እንተ ኣመንካዮ ጥራይ ባዕልኻ ክፈቶ።
verify-issuer = ዝሃቦ
verify-issued = ዕለት ምሃብ
verify-kind = መረጋገጺ
verify-kind-credential = ምሉእ ዝተፈረመ ምስክርነት ({ $codes ->
        [one] ሓደ ኮድ
       *[other] { $codes } ኮዳት
    })
verify-kind-card = ሓጺር ካርድ መረጋገጺ ({ $codes ->
        [one] ሓደ ኮድ
       *[other] { $codes } ኮዳት
    })
