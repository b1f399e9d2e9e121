# ብኢንተርነት ምምርማር፦ ዝቕጽል ምርመራ ደው ምባል፡ ከምኡ’ውን ብhttps ዝተነጸጉ ሰርቲፊኬታት።
# Locale: ti. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = ይራኸብ ኣሎ…
online-cancelling = ደው ይብል ኣሎ… ዝበጽሑ መልስታት ይዕቀቡ።
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] ድሕሪ { $count } ምስክርነት ደው ኢሉ። ዝበጽሑ መልስታት ምስ ዕለቶም ተዓቂቦም፤ እቲ ዝተረፈ ኣይተመርመረን።
   *[other] ድሕሪ { $count } ምስክርነታት ደው ኢሉ። ዝበጽሑ መልስታት ምስ ዕለቶም ተዓቂቦም፤ እቲ ዝተረፈ ኣይተመርመረን።
}
online-cancelled-early = ገና ዋላ ሓንቲ ከይመጸ ደው ኢሉ። ዋላ ሓንቲ ኣይተቐየረን።

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = { $url } ከይመለሰ ደው ኢሉ።
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] ምስ { $url } ዝግበር ውሑስ ርክብ ተነጺጉ፦ ናይ ድሕነት ሰርቲፊኬቱ ናይ ካልእ ወብሳይት እዩ።
    [expired] ምስ { $url } ዝግበር ውሑስ ርክብ ተነጺጉ፦ ናይ ድሕነት ሰርቲፊኬቱ ግዜኡ ሓሊፉ ወይ ገና ኣይጀመረን። ዕለትን ሰዓትን ናይዚ ኮምፒተር ቅኑዕ ምዃኑ ኣረጋግጹ።
    [untrusted] ምስ { $url } ዝግበር ውሑስ ርክብ ተነጺጉ፦ ናይ ድሕነት ሰርቲፊኬቱ ካብ ዝእመን ኣካል ኣይመጸን።
   *[other] ምስ { $url } ዝግበር ውሑስ ርክብ ተነጺጉ፦ ናይ ድሕነት ሰርቲፊኬቱ ቅቡል ኣይኮነን።
}
hint-certificate-refused = ካብዚ ኣድራሻ ዋላ ሓንቲ ኣይመጸን፡ ስለዚ ዋላ ሓንቲ ኣይተቐየረን። ሓደ ሰብ ነቲ ርክብ ይጠልፎ ይኸውን፦ ድሒርኩም ወይ ብኻልእ መርበብ እንደገና ፈትኑ።
