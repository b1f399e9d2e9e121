# وضع المراجعة: المرشد بجانب المتعلّم، ولكل جانب لغته.
# Locale: ar. Reviewed by a native speaker: no.

nav-review = المراجعة
review-title = المراجعة مع مرشد
review-intro = ينظر المتعلّم والمرشد معًا إلى المهارات. يمكن أن يكون كل جانب بلغته الخاصة.
review-mentor-language = لغة جانب المرشد

## جانب المتعلّم.

review-learner-title = مهارات المتعلّم
review-learner-help = تشير ✎ إلى ما أدخله المتعلّم بنفسه (تصريح ذاتي). توقيع المرشد وحده يرفع مستوى المهارة.
review-learner-empty = لا توجد مهارات في الملف الشخصي بعد.
review-in-target = مطلوبة للمهنة المختارة
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = أكّدها { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = الشهادات ({ $count })
review-appraisal-shown-title = التقييم والخطوات التالية
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = كتبه { $adviser } بتاريخ { $date }

## جانب المرشد.

review-mentor-title = جانب المرشد
review-signer-title = من يوقّع؟
review-signer-help = تُوقَّع الملاحظات بمفتاح المرشد الخاص، المحمي بعبارة المرور الخاصة به. لا يستطيع المتعلّم أن يوقّع نيابةً عن المرشد.
review-signer-pick = مفتاح التوقيع الخاص بك
review-signer-passphrase = عبارة المرور الخاصة بك
review-signer-open = افتح مفتاح التوقيع الخاص بي
review-signer-new-title = مرشد جديد
review-signer-name = اسمك
review-signer-organisation = مؤسستك (اختياري)
review-signer-create = أنشئ مفتاح التوقيع الخاص بي
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = أنت توقّع باسم { $name }
review-signer-key = المفتاح
review-signer-close = إيقاف التوقيع
review-target-title = المهنة المستهدفة
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = مهارات يملكها المتعلّم ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = مهارات ما زالت ناقصة ({ $count })
review-observe = تأكيد أنها شوهدت
review-add-step = أضف إلى المسار
# Variables:
#   $skill (String) - the skill's name
review-step-added = أُضيفت إلى مسار التعلّم: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = تأكيد أنها شوهدت: { $skill }
review-observe-comment = ماذا تؤكّد؟
review-observe-narrative = ماذا رأيت، ومتى وأين؟ (اختياري)
review-observe-prepare = اعرض ما سيُوقَّع
review-cancel = إلغاء
review-consent-title = تحقّق قبل التوقيع
review-consent-help = هذا بالضبط ما سيوقّعه مفتاحك. بعد التوقيع يذهب إلى محفظة المتعلّم.
review-consent-signer = موقّع من
review-consent-learner = عن المتعلّم
review-consent-skill = المهارة
review-consent-comment = كلماتك
review-consent-narrative = ما لاحظته
review-consent-document = المستند كما هو
review-consent-sign = وقّع
review-signed = تمّ التوقيع. تُظهر المهارة الآن ملاحظتك.
review-appraisal-title = التقييم والخطوات التالية
review-appraisal-help = الجزء الرابع من ملف المهارات. يُحفَظ في محفظة المتعلّم باسمك، دون توقيع.
review-appraisal-text = تقييمك
review-appraisal-next = الخطوات التالية (خطوة في كل سطر)
review-appraisal-save = احفظ التقييم
review-appraisal-saved = تمّ الحفظ.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = مهارة تمّت ملاحظتها: { $skill }

## أخطاء وضع المراجعة.

error-review-signer-is-learner = هذا المفتاح يخصّ محفظة المتعلّم نفسه، لذلك لا يمكنه تأكيد مهاراته.
hint-review-signer-is-learner = يحتاج المرشد إلى مفتاح توقيع خاص به: املأ «مرشد جديد».
error-review-observation-stale = ما عُرض لم يعد محدّثًا.
hint-review-observation-stale = اعرض ما سيُوقَّع مرة أخرى، ثم وقّع.
error-review-mentor-locked = لا يوجد مفتاح توقيع مفتوح لأي مرشد.
hint-review-mentor-locked = افتح مفتاح التوقيع الخاص بك بعبارة المرور، أو أنشئ مفتاحًا.
