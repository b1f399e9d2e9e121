# መግለጺ ክእለታት (ብዓንዲ ESCO ዝተጉጀለ) ከምኡ'ውን ምስምማዕ ሞያታት።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

profile-pillar-skills = ክእለታት
profile-pillar-knowledge = ፍልጠት
profile-pillar-transversal = ንኹሉ ስራሕ ዘድልዩ ክእለታት
profile-pillar-language = ቋንቋታት
profile-evidence-verified-credential = ዝተረጋገጸ ምስክርነት
profile-evidence-endorsed = ተደጊፉ
profile-evidence-mentor-observed = መራሒ ርእይዎ
profile-evidence-self-declared = ናይ ገዛእ ርእስኻ ቃል
match-explain-have = { $have ->
    [0] ካብ { $total } ቀንዲ ክእለታት ሓደ እውን የብልካን።
   *[other] ካብ { $total } ቀንዲ ክእለታት { $have } ኣለዉኻ፦ { $matched }።
}
match-explain-missing = ይጎድሉ፦ { $missing }።
match-explain-related = { $related ->
    [one] ንሓደ ካብኣቶም ዝተዛመደ ክእለት ኣለካ (ከም ፍርቂ ይቑጸር)።
   *[other] ን { $related } ካብኣቶም ዝተዛመደ ክእለት ኣለካ (ከም ፍርቂ ይቑጸር)።
}
