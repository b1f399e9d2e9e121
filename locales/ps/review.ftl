# د کتنې حالت: لارښود د زده کوونکي تر څنګ، هره خوا په خپله ژبه.
# Locale: ps. Reviewed by a native speaker: no.

nav-review = کتنه
review-title = له لارښود سره کتنه
review-intro = زده کوونکی او لارښود په ګډه مهارتونه ګوري. هره خوا کولای شي په خپله ژبه وي.
review-mentor-language = د لارښود د خوا ژبه

## د زده کوونکي خوا.

review-learner-title = د زده کوونکي مهارتونه
review-learner-help = ✎ هغه څه ښيي چې زده کوونکي پخپله لیکلي دي (ځاني ادعا). یوازې د لارښود لاسلیک د مهارت کچه لوړوي.
review-learner-empty = تر اوسه په پروفایل کې هیڅ مهارت نشته.
review-in-target = د ټاکل شوې دندې لپاره اړین دی
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = تایید شوی د { $names } له خوا
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = سندونه ({ $count })
review-appraisal-shown-title = ارزونه او راتلونکي ګامونه
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = د { $adviser } له خوا په { $date } لیکل شوی

## د لارښود خوا.

review-mentor-title = د لارښود خوا
review-signer-title = څوک لاسلیک کوي؟
review-signer-help = لیدنې د لارښود په خپلې کیلي لاسلیک کېږي، چې د هغه په خپل پټنوم ساتل کېږي. زده کوونکی نشي کولای د لارښود پر ځای لاسلیک وکړي.
review-signer-pick = ستاسو د لاسلیک کیلي
review-signer-passphrase = ستاسو پټنوم
review-signer-open = زما د لاسلیک کیلي پرانیزه
review-signer-new-title = نوی لارښود
review-signer-name = ستاسو نوم
review-signer-organisation = ستاسو اداره (اختیاري)
review-signer-create = زما د لاسلیک کیلي جوړه کړه
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = تاسو د { $name } په نوم لاسلیک کوئ
review-signer-key = کیلي
review-signer-close = لاسلیک بند کړه
review-target-title = موخه دنده
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = هغه مهارتونه چې زده کوونکی یې لري ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = هغه مهارتونه چې لا نشته ({ $count })
review-observe = تایید چې ولیدل شو
review-add-step = لارې ته یې ور زیات کړه
# Variables:
#   $skill (String) - the skill's name
review-step-added = د زده کړې لارې ته ور زیات شو: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = تایید چې ولیدل شو: { $skill }
review-observe-comment = تاسو څه تاییدوئ؟
review-observe-narrative = تاسو څه ولیدل، کله او چېرته؟ (اختیاري)
review-observe-prepare = وښیه چې څه به لاسلیک شي
review-cancel = لغوه کول
review-consent-title = له لاسلیک مخکې وګورئ
review-consent-help = دا سم هغه څه دي چې ستاسو کیلي به یې لاسلیک کړي. له لاسلیک وروسته د زده کوونکي بټوې ته ځي.
review-consent-signer = لاسلیک شوی د
review-consent-learner = د زده کوونکي په اړه
review-consent-skill = مهارت
review-consent-comment = ستاسو خبرې
review-consent-narrative = هغه څه چې تاسو ولیدل
review-consent-document = دقیق سند
review-consent-sign = لاسلیک کړه
review-signed = لاسلیک شو. اوس مهارت ستاسو لیدنه ښيي.
review-appraisal-title = ارزونه او راتلونکي ګامونه
review-appraisal-help = د مهارتونو د پروفایل څلورمه برخه. ستاسو په نوم د زده کوونکي په بټوه کې ساتل کېږي، پرته له لاسلیک.
review-appraisal-text = ستاسو ارزونه
review-appraisal-next = راتلونکي ګامونه (په هره کرښه کې یو)
review-appraisal-save = ارزونه خوندي کړه
review-appraisal-saved = خوندي شو.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = لیدل شوی مهارت: { $skill }

## د کتنې د حالت تېروتنې.

error-review-signer-is-learner = دا کیلي د زده کوونکي د خپلې بټوې ده، نو د هغه مهارتونه نشي تاییدولای.
hint-review-signer-is-learner = لارښود خپلې د لاسلیک کیلي ته اړتیا لري: «نوی لارښود» ډک کړئ.
error-review-observation-stale = هغه څه چې ښودل شوي وو، نور تازه نه دي.
hint-review-observation-stale = بیا وښیئ چې څه به لاسلیک شي، بیا لاسلیک وکړئ.
error-review-mentor-locked = د هیڅ لارښود د لاسلیک کیلي پرانیستې نه ده.
hint-review-mentor-locked = خپله د لاسلیک کیلي په خپل پټنوم پرانیزئ، یا یوه جوړه کړئ.
