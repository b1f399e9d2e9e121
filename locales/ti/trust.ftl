# ዝርዝራት እምነት፡ ኩነታት ምስሓብ፡ ኣብ ኢንተርነት ዝዕቀቡ ምልክታትን ብኢንተርነት ምሕዳስን።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

## ካብ ኢንተርነት ገለ ነገር ዘድልዮም ምርመራታት

check-offline-since = ኣይተመርመረን፦ እዚ { $url } የድልዮ፡ ግን ኣይመጽአን (ካብ { $since } ጀሚሩ ብዘይ ኢንተርነት)።
check-never-online = ኣይተመርመረን፦ እዚ { $url } የድልዮ፡ ክሳብ ሕጂ ድማ ብኢንተርነት ዝተመርመረ የለን።

## ኩነታት (ምስሓብን ንግዚኡ ምቁራጽን)

check-status-not-revoked = ኣይተሰሕበን (ዝርዝር ኩነታት ኣብ { $date } መጺኡ)።
check-status-stale = ኣብ መወዳእታ ምርመራ ({ $date }) ኣይተሰሕበን ነይሩ፡ ግን እዚ ቅድሚ ልዕሊ { $days } መዓልታት እዩ፦ ደጊምካ ብኢንተርነት መርምር።
check-status-revoked = እቲ ሃቢ ነዚ ምስክርነት ስሒብዎ (ኣብ { $date } ተመርሚሩ)።
check-status-suspended = እቲ ሃቢ ነዚ ምስክርነት ንግዚኡ ደው ኣቢልዎ (ኣብ { $date } ተመርሚሩ)።
check-status-malformed = ሓበሬታ ኩነታት ናይዚ ምስክርነት ተበላሽዩ፡ ክምርመር ድማ ኣይክእልን።
check-status-type-unsupported = እዚ ዓይነት ሓበሬታ ኩነታት ({ $type }) በዚ ሕታም ክምርመር ኣይክእልን።
check-status-list-unusable = እቲ ኣብ { $url } ዘሎ ዝርዝር ኩነታት ክጥቀመሉ ኣይክእልን ({ $detail })።

## ኣብ ኢንተርነት ዝዕቀቡ Open Badges 2.0

check-hosted-no-url = እዚ ኣብ ኢንተርነት ዝዕቀብ ምልክት እቲ ሃቢ ዝሕዘሉ ኣድራሻ https የብሉን።
check-hosted-matches = ቅዳሕ ናይቲ ሃቢ ኣብ { $url } ይሰማማዕ (ኣብ { $date } መጺኡ)።
check-hosted-revoked = እቲ ሃቢ ነዚ ምልክት ስሒብዎ ({ $url }፡ ኣብ { $date } ተመርሚሩ)።
check-hosted-gone = እቲ ሃቢ ነዚ ምልክት ኣብ { $url } ድሕሪ ሕጂ የብሉን (መልሲ { $status }፡ { $date })።
check-hosted-differs = ቅዳሕ ናይቲ ሃቢ ኣብ { $url } ካብዚ ምልክት ብ “{ $field }” ይፈላለ (ኣብ { $date } መጺኡ)።
check-hosted-wrong-origin = እቲ ኣብ { $url } ዘሎ ምልክት ኣብ ናይ ገዛእ ርእሱ መርበብ ናይቲ ሃቢ ({ $issuer }) ኣይዕቀብን።
check-hosted-stale = ቅዳሕ ናይቲ ሃቢ ኣብ { $date } ተሰማሚዑ ነይሩ፡ እዚ ቅድሚ ልዕሊ { $days } መዓልታት እዩ፦ ደጊምካ ብኢንተርነት መርምር።

## መስመር ትእዛዝ

cli-trust-added = ዝርዝር እምነት “{ $name }” ተተኺሉ ({ $count } ትካላት)።
cli-trust-count = { $count ->
    [one] ሓደ ዝርዝር እምነት ተተኺሉ ኣሎ።
   *[other] { $count } ዝርዝራት እምነት ተተኺሎም ኣለዉ።
}
cli-trust-signed = ዝተኸተመ ዝርዝር ናብ { $path } ተጻሒፉ።
cli-refresh-fetching = { $url } ይመጽእ ኣሎ ({ $n }/{ $total })…
cli-refresh-done = { $id }፦ { $fetched } መጺኦም፡ { $failed } ኣይሰለጡን።

## ማሕተማት Europass

check-issuer-certificate-unchecked = ሰርቲፊኬት ናይቲ ማሕተም ምስ ዝርዝራት እምነት ሕብረት ኤውሮጳ ኣይተመርመረን (እዚ መርበብ የድልዮ)፡ ስለዚ መን ከም ዝሓተሞ ኣይተረጋገጸን።
