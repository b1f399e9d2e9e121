# መንገዲ ትምህርቲ፦ ቅጥዕ ስጉምትታት ንሓደሽቲ መጻእቲ ከምኡ'ውን ምዕባለ ጥቕላል።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

route-template-language = ቋንቋ ናይቲ ሓድሽ ሃገርካ ተማሃር
route-template-diploma = ዲፕሎማታትካ ከም ዝግምገሙ ግበር
route-template-register = ኣብ ቤት ጽሕፈት ስራሕ ተመዝገብ
route-template-work-experience = ኣብዚ ተመክሮ ስራሕ ርኸብ (ወለንታዊ ስራሕ፡ ልምምድ ቋንቋ ወይ ቦታ ተመክሮ ስራሕ)
route-template-network = ርክባትካ ኣስፍሕ
route-template-apply = ንስራሕ ኣመልክት
route-stack-progress = ካብ { $total } { $earned } ተረኺቦም
