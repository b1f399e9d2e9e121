# ፕሮፋይላትን ምዕጻውን (ኣብ ሓባራዊ ኮምፒተር ንነፍሲ ወከፍ ተማሃራይ ዝኸውን ሳጹን፡ ናይ ጋሻ ኣኼባ፡ ብገዛእ ርእሱ ምዕጻው) ከምኡውን «ብኢንተርነት መርምር»።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

## ላዕለዋይ መስመር

nav-switch-user = ተጠቃሚ ቀይር
vault-guest-banner = ናይ ጋሻ ኣኼባ፦ «ተጠቃሚ ቀይር» ምስ ጠወቕካ ወይ { -app-name } ምስ ዓጸኻ ኩሉ ይድምሰስ።

## ፕሮፋይል ምምራጽ

vault-picker-title = { -app-name } መን ይጥቀመሉ ኣሎ?
vault-locked-idle = ንሓያል እዋን ዝጥቀመሉ ሰብ ስለ ዘይነበረ፡ ፕሮፋይልካ ተዓጽዩ።
vault-picker-intro = ፕሮፋይልካ ምረጽ። ምስክርነታት ነፍሲ ወከፍ ሰብ ብናይ ገዛእ ርእሱ መሕለፊ ቃል ተዓጽዮም ኣለው፤ ካልኦት እቲ ዝመረጽካዮ ስምን ስእልን ጥራይ እዮም ዝርእዩ።
vault-list-label = ኣብዚ ኮምፒተር ዘለው ፕሮፋይላት
vault-list-empty = ኣብዚ ኮምፒተር ገና ፕሮፋይል የለን። ንምጅማር ሓደ ፍጠር።
vault-new = ሓድሽ ፕሮፋይል
vault-kiosk = ናይ ጋሻ ኣኼባ
vault-kiosk-help = ንሓደ ምብጻሕ ጥራይ፦ ምስ ተወድአ ዝዕቀብ ነገር የለን።
vault-card-anonymous = ተማሃራይ (ስም ኣይተራእየን)

## ፕሮፋይል ምኽፋት

vault-unlock-title = ነዚ ፕሮፋይል ክፈቶ
vault-unlock-passphrase-label = መሕለፊ ቃል
vault-unlock-submit = ክፈት
vault-back = ናብ ፕሮፋይላት ተመለስ

## ሓድሽ ፕሮፋይል

vault-create-title = ሓድሽ ፕሮፋይል
vault-create-name-label = ኣብዚ ኮምፒተር ዝርአ ስም (ባዶ ክትገድፎ ትኽእል ኢኻ)
vault-create-name-help = ነዚ ኮምፒተር ዝጥቀሙ ኩሎም ነዚ ስም ኣብ ገጽ ፕሮፋይላት ይርእይዎ። ገለ ከይረአ እንተ ደሊኻ ባዶ ግደፎ።
vault-create-avatar-label = ስእሊ፦ ኢሞጂ ወይ ቀዳሞት ፊደላት ስምካ (ባዶ ክትገድፎ ትኽእል ኢኻ)
vault-create-passphrase-label = መሕለፊ ቃል
vault-create-passphrase-help = ፕሮፋይልካ ዝኸፍቶ እዚ መሕለፊ ቃል ጥራይ እዩ። ጽሓፎን ኣብ ውሑስ ቦታ ሓዞን።
vault-create-confirm-label = መሕለፊ ቃል ደጊምካ ጽሓፎ
vault-create-submit = ፕሮፋይለይ ፍጠር

## ቅጥዕታት፦ ብገዛእ ርእሱ ምዕጻው

vault-settings-title = ብገዛእ ርእሱ ዓጽው
vault-settings-help = ኣብ ሓባራዊ ኮምፒተር፡ ዝጥቀመሉ ሰብ እንተ ዘየሎ ፕሮፋይል ባዕሉ ይዕጾ። እዚ ንኹሎም ፕሮፋይላት እዚ ኮምፒተር ይምልከት።
vault-settings-minutes-label = ፕሮፋይል ቅድሚ ምዕጻዉ ብዘይ ምጥቃም ዝሓልፋ ደቓይቕ
vault-settings-save = ዕቀብ
vault-settings-saved = { $minutes ->
    [one] ሕጂ ፕሮፋይላት ድሕሪ { $minutes } ደቒቕ ብዘይ ምጥቃም ይዕጸዉ።
   *[other] ሕጂ ፕሮፋይላት ድሕሪ { $minutes } ደቓይቕ ብዘይ ምጥቃም ይዕጸዉ።
}

## ብኢንተርነት ምምርማር

online-title = ብኢንተርነት መርምር
online-help = { -app-name } ብዘይ ኢንተርነት ይሰርሕ። ምስክርነታት ተሰሒቦም እንተ ኾይኖም ንወሃብቲ ሕጂ ንምሕታት፡ መፍትሕታቶምን ሓደሽቲ ዝርዝራት እምነትን ንምምጻእ ነዚ መጠወቒ ጠውቕ። ክሳብ ትጠውቕ ዝኾነ ነገር ኣይለኣኽን።
online-check-all = ሕጂ ብኢንተርነት መርምር
online-check-one = ብኢንተርነት መርምር
online-progress = ብኢንተርነት ይምርመር ኣሎ፦ ካብ { $total } { $done }
online-done = { $count ->
    [one] { $count } ምስክርነት ብኢንተርነት ተመርሚሩ።
   *[other] { $count } ምስክርነታት ብኢንተርነት ተመርሚሮም።
}
online-nothing = ኣብዚ ኢንተርነት ዘድልዮ ነገር የለን፦ ኩሉ ምርመራ ናይዞም ምስክርነታት ኣብዚ ኮምፒተር እዩ ዝካየድ።
online-lists-title = ዝርዝራት እምነት
online-age-none = ዝተዓቀበ ቅድሚኡ ዝነበረ መልሲ የለን።
online-age-now = ሕጂ ዝመጸ መልሲ።
online-age-minutes = { $n ->
    [one] ቅድሚ { $n } ደቒቕ ዝመጸ መልሲ።
   *[other] ቅድሚ { $n } ደቓይቕ ዝመጸ መልሲ።
}
online-age-hours = { $n ->
    [one] ቅድሚ { $n } ሰዓት ዝመጸ መልሲ።
   *[other] ቅድሚ { $n } ሰዓታት ዝመጸ መልሲ።
}
online-age-days = { $n ->
    [one] ቅድሚ { $n } መዓልቲ ዝመጸ መልሲ።
   *[other] ቅድሚ { $n } መዓልታት ዝመጸ መልሲ።
}

## ጌጋታት

error-offline = ምትእስሳር ኢንተርነት የለን፦ ናብ { $host } ክብጻሕ ኣይተኻእለን። ዝተቐየረ ነገር የለን።
hint-offline = ምስ ኢንተርነት ተራኸብ (Wi-Fi ወይ ገመድ)፡ ድሕሪኡ «ብኢንተርነት መርምር» ደጊምካ ጠውቕ። ካልእ ኩሉ ብዘይ ኢንተርነት ይሰርሕ።
error-auto-lock-invalid = ካብ { $min } ክሳብ { $max } ዘሎ ቁጽሪ ደቓይቕ ምረጽ።
hint-auto-lock-invalid = ሓባራዊ ኮምፒተር ንሓደ ፕሮፋይል ንነዊሕ እዋን ክፉት ክገድፎ የብሉን።
