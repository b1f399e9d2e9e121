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
