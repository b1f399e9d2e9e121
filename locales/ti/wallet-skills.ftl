# ኣብ ዝርዝር ቦርሳ መጻረዪ ክእለት፦ ኣብቶም ኣብ ምስክርነታትካ ዝተጠቕሱ ክእለታት ምድላይ።
# Locale: ti. Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = ክፋል ስም ክእለት ጽሓፍ፣ ወይ ካብቶም ብዙሕ ግዜ ዝረኣዩ ክእለታት ሓደ ምረጽ።
wallet-skill-count = { $count ->
    [one] ኣብ ሓደ ምስክርነት
   *[other] ኣብ { $count } ምስክርነታት
}
wallet-skill-none = ካብ ምስክርነታትካ ከምዚ ዝበለ ክእለት ዝጠቕስ የለን። ካልእ ቃል ፈትን።
wallet-skill-found = { $count ->
    [one] ሓደ ክእለት ተረኺቡ
   *[other] { $count } ክእለታት ተረኺቦም
}
wallet-skill-empty = ካብ ምስክርነታትካ ሓደ እኳ ገና ክእለት ኣይጠቐሰን።
