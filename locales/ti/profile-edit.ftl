# ምቕያር መግለጺ ክእለታት (ውልቃዊ ሓበሬታ፣ ቋንቋታት፣ ተመክሮ ስራሕ፣ ናትካ ክእለታት)፣ ዝተለጠፈ ክፍቲ ስራሕ፣ ስጉምትታት መንገዲ ምውሳኽን ምቕያርን።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

pe-edit = ቀይር
pe-remove = ኣልግስ
pe-cancel = ምቕያር ኣቋርጽ
pe-saved = ተዓቂቡ።
esco-search-label-any = ክእለት ወይ ሞያ ድለ

pe-own-help = ኣብዚ እትውስኾም ክእለታት፡ ሰነድ ወይ ኣማኻሪ ክሳዕ ዘረጋግጾም፡ ናትካ ቃል ጥራይ እዮም።
pe-own-mark = ናትካ ቃል

pe-person-title = ብዛዕባይ
pe-person-local = እዚ ኣብዚ ኮምፒዩተር፡ ኣብ ቦርሳኻ ይተርፍ። Erkend ናብ ዝኾነ ቦታ ኣይሰዶን እዩ።
pe-person-name = ስም
pe-person-languages = ዝዛረቦም ቋንቋታት
pe-person-email = ኣድራሻ ኢመይል
pe-person-phone = ቁጽሪ ተሌፎን
pe-person-address = ኣድራሻ ወይ ከተማ
pe-person-save = ሓበሬታይ ዓቅብ

pe-languages-title = ቋንቋታተይ
pe-language-add = ቋንቋ ወስኽ
pe-language-label = ቋንቋ
pe-language-mother = ቋንቋ ኣደ
pe-cefr-legend = ደረጃይ (A1 = ጀማሪ፣ C2 = ኣዝዩ ጽቡቕ)
pe-cefr-none = ኣይተመልአን
pe-cefr-listening = ምስማዕ
pe-cefr-reading = ምንባብ
pe-cefr-speaking = ምዝራብ
pe-cefr-writing = ምጽሓፍ
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = ምስማዕ፦ { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = ምንባብ፦ { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = ምዝራብ፦ { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = ምጽሓፍ፦ { $level }
pe-language-save = እዚ ቋንቋ ዓቅብ

pe-experience-title = ተመክሮ ስራሐይ
pe-experience-add = ተመክሮ ስራሕ ወስኽ
pe-experience-edit = እዚ ተመክሮ ስራሕ ቀይር
pe-experience-kind = ዓይነት ስራሕ
pe-experience-kind-job = ብደሞዝ ዝኽፈል ስራሕ
pe-experience-kind-volunteer = ወለንታዊ ስራሕ
pe-experience-kind-language-internship = ልምምድ ቋንቋ
pe-experience-kind-work-experience-place = ቦታ ተመክሮ ስራሕ
pe-experience-kind-self-employed = ናተይ ንግዲ
pe-experience-job = ስራሕ ወይ ተራ
pe-experience-organisation = ኣስራሒ ወይ ትካል
pe-experience-place = ከተማ ወይ ሃገር
pe-experience-from = ካብ
pe-experience-to = ክሳዕ
pe-date-help = ንኣብነት 2023 ወይ 2023-05።
pe-date-help-to = ሕጂ እውን ኣብኡ እንተ ትሰርሕ ባዶ ግደፎ።
pe-experience-description = ኣብኡ እንታይ ትገብር ነይርካ?
pe-experience-links = ካብ ዝርዝር ኤውሮጳ (ESCO) ክእለታትን ሞያታትን
pe-experience-no-links = ገና ዝተኣሳሰረ የለን። ኣብ ታሕቲ ድለ።
pe-experience-save = ተመክሮ ስራሕ ዓቅብ

pe-vacancy-title = ክፍቲ ስራሕ ይሰማማዓኒ ድዩ?
pe-vacancy-help = ጽሑፍ ክፍቲ ስራሕ ለጥፍ። Erkend ዝተጠቕሱ ክእለታት ረኺቡ ምስ መግለጺኻ ኣብዚ ኮምፒዩተር የነጻጽሮም።
pe-vacancy-text = ጽሑፍ ክፍቲ ስራሕ
pe-vacancy-language = ቋንቋ ክፍቲ ስራሕ
pe-vacancy-language-help = ክእለታት ብዚኦም ቋንቋታት ይፍለጡ።
pe-vacancy-submit = ክእለታት ድለ
pe-vacancy-none = ኣብዚ ጽሑፍ ካብ ዝርዝር ኤውሮጳ ዝኾነ ክእለት ኣይተረኽበን። ቋንቋ ኣረጋግጽ፡ ወይ ዝነውሐ ጽሑፍ ለጥፍ።
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = ምስምማዕ { $percent }፦ ካብቶም እዚ ስራሕ ዝሓቶም { $total } ክእለታት { $have } ኣለዉኻ።
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] ኣብ ጽሑፍ ሓደ ክእለት ተረኺቡ
   *[other] ኣብ ጽሑፍ { $count } ክእለታት ተረኺቦም
}
pe-vacancy-held = እዚ ኣሎካ
pe-vacancy-gap = ገና ክትመሃሮ ኣለካ
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] ገና ክትመሃሮ ዘለካ ሓደ ክእለት
   *[other] ገና ክትመሃሮም ዘለካ { $count } ክእለታት
}

pe-step-add-title = ስጉምቲ ወስኽ
pe-step-kind = ዓይነት ስጉምቲ
pe-step-title = ስጉምቲ እንታይ እዩ?
pe-step-helper-role = መን ይሕግዝ
pe-helper-none = ገና ሓደ እውን የለን
pe-helper-mentor = ኣማኻሪ
pe-helper-coach = ኣሰልጣኒ ስራሕ
pe-helper-supervisor = ተቆጻጻሪ ኣብ ስራሕ
pe-step-helper-name = ስም ሓጋዚ
pe-step-due = ቅድሚ እዚ ይውዳእ
pe-step-add = ስጉምቲ ወስኽ
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] ኣማኻሪ፦ { $name }
    [coach] ኣሰልጣኒ ስራሕ፦ { $name }
   *[supervisor] ተቆጻጻሪ፦ { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = ቅድሚ { $date } ይውዳእ
pe-step-up = ናብ ላዕሊ
pe-step-down = ናብ ታሕቲ
pe-template-title = ናብ ስራሕ ዝወስዱ ልሙዳት ስጉምትታት
pe-template-help = ብዙሓት ሓደሽቲ መጻእቲ ዝወስድዎም ስጉምትታት ይውስኽ፦ ቋንቋ፣ ዲፕሎማታት፣ ቤት ጽሕፈት ስራሕ፣ ተመክሮ ስራሕ፣ መርበብ ፍልጠት፣ ምሕታት ስራሕ። ኣብ መንገድኻ ዘለዉ ስጉምትታት ክልተ ግዜ ኣይውሰኹን።
pe-template-language = እትመሃሮ ቋንቋ
pe-template-level = ክትበጽሖ እትደሊ ደረጃ
pe-template-apply = ነዞም ስጉምትታት ወስኽ
