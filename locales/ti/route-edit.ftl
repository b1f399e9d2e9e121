# ኣብ ገጽ መንገዲ ስጉምቲ መንገዲ ምቕያር፦ እቲ ቅጥዒ፡ ከምኡ'ውን እቲ ፕሮግራም ስለምንታይ ለውጢ ከም ዝነጽግ።
# Locale: ti (Tigrinya). Reviewed by a native speaker: no.

route-step-edit-title = ነዚ ስጉምቲ ቀይሮ
route-step-save = ስጉምቲ ዓቅብ
route-step-due-help = ንኣብነት 2026-05-31። ዕለት እንተዘየሎ ባዶ ግደፎ።

error-route-step-title-empty = እዚ ስጉምቲ ኣርእስቲ የብሉን።
hint-route-step-title-empty = እቲ ስጉምቲ እንታይ ምዃኑ ብውሑዳት ቃላት ጽሓፍ፡ ንኣብነት «ናብ ቤት ጽሕፈት ስራሕ ምኻድ»።
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = «{ $date }» ዕለት ኣይኮነን።
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = ዕለት ከም ዓመት-ወርሒ-መዓልቲ ጽሓፍ፡ ንኣብነት 2026-05-31፡ ወይ ባዶ ግደፎ።
error-route-step-helper-incomplete = መን ከም ዝሕግዝ ንገር፦ መን ምዃኑ ምረጽን ስሙ ጽሓፍን።
hint-route-step-helper-incomplete = ገና ዝሕግዝ እንተዘየሎ፡ «ገና ሓደ እውን የለን» ምረጽን ስም ባዶ ግደፎን።
