## Wax ka beddelka muuqaalka xirfadaha (macluumaadka qofka, luqadaha, khibradda shaqo, xirfadahaaga
## gaarka ah), shaqo bannaan oo la dhejiyay, iyo ku darista ama beddelka tallaabooyinka waddada.
# Locale: so. Reviewed by a native speaker: no.

pe-edit = Beddel
pe-remove = Ka saar
pe-cancel = Jooji beddelka
pe-saved = Waa la kaydiyay.
esco-search-label-any = Raadi xirfad ama shaqo

pe-own-help = Xirfadaha aad halkan ku darto waxay ahaanayaan eraygaaga gaarka ah ilaa shahaado ama lataliye ay xaqiijiyaan.
pe-own-mark = Eraygaaga gaarka ah

pe-person-title = Aniga ku saabsan
pe-person-local = Tani waxay ku jiraysaa kombiyuutarkan, boorsadaada. Erkend meelna uma diro.
pe-person-name = Magac
pe-person-languages = Luqadaha aan ku hadlo
pe-person-email = Cinwaanka iimaylka
pe-person-phone = Lambarka taleefanka
pe-person-address = Cinwaan ama magaalo
pe-person-save = Kaydi macluumaadkayga

pe-languages-title = Luqadahayga
pe-language-add = Ku dar luqad
pe-language-label = Luqad
pe-language-mother = Luqadda hooyo
pe-cefr-legend = Heerkayga (A1 = bilow, C2 = aad u fiican)
pe-cefr-none = Lama buuxin
pe-cefr-listening = Dhageysi
pe-cefr-reading = Akhris
pe-cefr-speaking = Hadal
pe-cefr-writing = Qoris
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = Dhageysi: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = Akhris: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = Hadal: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = Qoris: { $level }
pe-language-save = Kaydi luqaddan

pe-experience-title = Khibraddayda shaqo
pe-experience-add = Ku dar khibrad shaqo
pe-experience-edit = Beddel khibraddan shaqo
pe-experience-kind = Nooca shaqada
pe-experience-kind-job = Shaqo mushahar leh
pe-experience-kind-volunteer = Shaqo tabaruc ah
pe-experience-kind-language-internship = Tababar luqadeed
pe-experience-kind-work-experience-place = Goob khibrad shaqo
pe-experience-kind-self-employed = Ganacsigayga gaarka ah
pe-experience-job = Shaqo ama door
pe-experience-organisation = Loo shaqeeye ama hay'ad
pe-experience-place = Magaalo ama waddan
pe-experience-from = Laga bilaabo
pe-experience-to = Ilaa
pe-date-help = Tusaale ahaan 2023 ama 2023-05.
pe-date-help-to = Banaan ka tag haddii aad weli halkaas ka shaqeyso.
pe-experience-description = Maxaad halkaas ka qabatay?
pe-experience-links = Xirfado iyo shaqooyin ka yimid liiska Yurub (ESCO)
pe-experience-no-links = Weli waxba lama xirin. Hoos ka raadi.
pe-experience-save = Kaydi khibradda shaqo

pe-vacancy-title = Shaqo bannaan ma igu habboon tahay?
pe-vacancy-help = Dheji qoraalka shaqada bannaan. Erkend wuxuu helayaa xirfadaha lagu sheegay wuxuuna la barbar dhigayaa muuqaalkaaga, kombiyuutarkan dushiisa.
pe-vacancy-text = Qoraalka shaqada bannaan
pe-vacancy-language = Luqadda shaqada bannaan
pe-vacancy-language-help = Xirfadaha waxaa lagu aqoonsadaa luqadahan.
pe-vacancy-submit = Raadi xirfadaha
pe-vacancy-none = Qoraalkan lagama helin xirfad ka mid ah liiska Yurub. Hubi luqadda, ama dheji qoraal ka dheer.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = Ku habboonaan { $percent }: waxaad leedahay { $have } ka mid ah { $total } xirfadood ee shaqadani rabto.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] Hal xirfad ayaa qoraalka laga helay
   *[other] { $count } xirfadood ayaa qoraalka laga helay
}
pe-vacancy-held = Tan waad leedahay
pe-vacancy-gap = Weli waa in la barto
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] Hal xirfad oo weli la baranayo
   *[other] { $count } xirfadood oo weli la baranayo
}

pe-step-add-title = Ku dar tallaabo
pe-step-kind = Nooca tallaabada
pe-step-title = Waa maxay tallaabadu?
pe-step-helper-role = Yaa caawinaya
pe-helper-none = Weli qofna
pe-helper-mentor = Lataliye
pe-helper-coach = Tababare shaqo
pe-helper-supervisor = Kormeeraha shaqada
pe-step-helper-name = Magaca caawiyaha
pe-step-due = Ha dhammaato ka hor
pe-step-add = Ku dar tallaabada
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] Lataliye: { $name }
    [coach] Tababare shaqo: { $name }
   *[supervisor] Kormeere: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = Ha dhammaato ka hor { $date }
pe-step-up = Kor u qaad
pe-step-down = Hoos u dhig
pe-template-title = Tallaabooyinka caadiga ah ee shaqada loo maro
pe-template-help = Wuxuu ku darayaa tallaabooyinka ay qaadaan inta badan dadka cusub: luqad, shahaadooyin, xafiiska shaqada, khibrad shaqo, shabakad, codsasho. Tallaabooyinka horey waddadaada ugu jiray laba jeer laguma daro.
pe-template-language = Luqadda la baranayo
pe-template-level = Heerka la gaarayo
pe-template-apply = Ku dar tallaabooyinkan
