# Habka dib-u-eegista: lataliye ku ag fadhiya ardayga, dhinac kastaa luqaddiisa.
# Locale: so. Reviewed by a native speaker: no.

nav-review = Dib-u-eegis
review-title = Dib-u-eegis lala yeesho lataliye
review-intro = Ardayga iyo lataliyuhu waxay wada eegayaan xirfadaha. Dhinac kastaa wuxuu noqon karaa luqaddiisa.
review-mentor-language = Luqadda dhinaca lataliyaha

## Dhinaca ardayga.

review-learner-title = Xirfadaha ardayga
review-learner-help = ✎ waxay calaamadisaa waxa ardaygu isagu qoray (sheegasho shakhsi ah). Saxiixa lataliyaha oo keliya ayaa kor u qaada xirfad.
review-learner-empty = Weli xirfad kuma jirto astaanta.
review-in-target = Looga baahan yahay shaqada la doortay
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = Waxaa xaqiijiyay { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = Shahaadooyin ({ $count })
review-appraisal-shown-title = Qiimayn iyo tallaabooyinka xiga
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = Waxaa qoray { $adviser } taariikhda { $date }

## Dhinaca lataliyaha.

review-mentor-title = Dhinaca lataliyaha
review-signer-title = Yaa saxiixaya?
review-signer-help = Indha-indheynta waxaa lagu saxiixaa furaha lataliyaha u gaarka ah, oo lagu ilaaliyo erayga sirta ah ee lataliyaha. Ardaygu kama saxiixi karo meel lataliye.
review-signer-pick = Furahaaga saxiixa
review-signer-passphrase = Eraygaaga sirta ah
review-signer-open = Fur furahayga saxiixa
review-signer-new-title = Lataliye cusub
review-signer-name = Magacaaga
review-signer-organisation = Hay'addaada (ikhtiyaari)
review-signer-create = Samee furahayga saxiixa
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = Waxaad u saxiixaysaa sida { $name }
review-signer-key = Fure
review-signer-close = Jooji saxiixa
review-target-title = Shaqada la hiigsanayo
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = Xirfadaha ardaygu leeyahay ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = Xirfadaha weli maqan ({ $count })
review-observe = Xaqiiji in la arkay
review-add-step = Ku dar waddada
# Variables:
#   $skill (String) - the skill's name
review-step-added = Waxaa lagu daray waddada waxbarashada: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = Xaqiiji in la arkay: { $skill }
review-observe-comment = Maxaad xaqiijinaysaa?
review-observe-narrative = Maxaad aragtay, goorma iyo xagee? (ikhtiyaari)
review-observe-prepare = Tus waxa la saxiixayo
review-cancel = Jooji
review-consent-title = Hubi ka hor intaadan saxiixin
review-consent-help = Kani waa sida saxda ah waxa furahaagu saxiixayo. Saxiixa kadib, wuxuu galayaa boorsada ardayga.
review-consent-signer = Waxaa saxiixay
review-consent-learner = Ku saabsan ardayga
review-consent-skill = Xirfad
review-consent-comment = Erayadaada
review-consent-narrative = Waxaad indha-indheysay
review-consent-document = Dukumeentiga saxda ah
review-consent-sign = Saxiix
review-signed = Waa la saxiixay. Xirfaddu hadda waxay muujinaysaa indha-indheyntaada.
review-appraisal-title = Qiimayn iyo tallaabooyinka xiga
review-appraisal-help = Qaybta 4aad ee astaanta xirfadaha. Waxaa lagu kaydiyaa boorsada ardayga magacaaga, saxiix la'aan.
review-appraisal-text = Qiimayntaada
review-appraisal-next = Tallaabooyinka xiga (mid sadar kasta)
review-appraisal-save = Kaydi qiimaynta
review-appraisal-saved = Waa la kaydiyay.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = Xirfad la arkay: { $skill }

## Khaladaadka habka dib-u-eegista.

error-review-signer-is-learner = Furahani wuxuu ka tirsan yahay boorsada ardayga laftiisa, sidaas darteed ma xaqiijin karo xirfadihiisa.
hint-review-signer-is-learner = Lataliyuhu wuxuu u baahan yahay fure saxiix oo u gaar ah: buuxi "Lataliye cusub".
error-review-observation-stale = Waxa la tusay hadda ma aha kii ugu dambeeyay.
hint-review-observation-stale = Mar kale tus waxa la saxiixayo, kadibna saxiix.
error-review-mentor-locked = Ma jiro fure saxiix oo lataliye oo furan.
hint-review-mentor-locked = Ku fur furahaaga saxiixa eraygaaga sirta ah, ama mid samee.
