# رسائل تطبيق سطح المكتب (ui/). الأخطاء والتلميحات في errors.ftl، ورسائل الفحص في checks.ftl.
# أسماء اللغات (language-option-*) موجودة في en/app.ftl فقط: هي أسماء اللغات بلغاتها، واحدة في كل مكان.
# Locale: ar. Reviewed by a native speaker: no.

## الإطار

app-title = { -app-name }: شهاداتك
app-brand = { -app-name }
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-wallet = شهاداتي
nav-import = إضافة شهادات
language-label = اللغة
wallet-unprotected-banner = هذه المحفظة غير محمية بعبارة مرور. يستطيع أي شخص يستخدم هذا الحاسوب فتحها وقراءة شهاداتك.
wallet-path-label = ملف المحفظة:
fatal-title = تعذّر فتح المحفظة

## المرة الأولى: إنشاء المحفظة

create-title = أهلاً بك! أنشئ محفظتك
create-intro = تحفظ محفظتك شاراتك وشهاداتك على هذا الحاسوب. لا يُرسَل أي شيء إلى أي مكان.
create-protected-title = احمِها بعبارة مرور (يُنصح بذلك)
create-passphrase-label = عبارة المرور
create-passphrase-help = اختر بضع كلمات تتذكرها. بدونها لا يستطيع أحد فتح المحفظة، ولا حتى أنت: اكتبها واحفظها في مكان آمن.
create-confirm-label = اكتب عبارة المرور مرة أخرى
create-submit = إنشاء محفظة محمية
create-error-empty = اكتب عبارة مرور أولاً، أو أنشئ المحفظة بدونها في الأسفل.
create-error-mismatch = عبارتا المرور غير متطابقتين. اكتبهما من جديد.
create-plain-title = أو: بدون عبارة مرور
create-plain-warning = المحفظة التي ليس لها عبارة مرور غير محمية. يستطيع أي شخص يستخدم هذا الحاسوب فتحها وقراءة شهاداتك.
create-plain-ack = أفهم أن محفظتي لن تكون محمية.
create-plain-submit = إنشاء محفظة بدون عبارة مرور

## فتح المحفظة

unlock-title = افتح محفظتك
unlock-passphrase-label = عبارة المرور
unlock-submit = فتح المحفظة

## قائمة الشهادات

wallet-title = شهاداتي
wallet-add = إضافة شهادات
wallet-empty-title = محفظتك فارغة
wallet-empty-text = أضف ملف شارة أو شهادة حصلت عليه، مثلاً من دورة تدريبية أو من مرشد العمل.
card-issuer = من:
card-learner = إلى:
card-issued = تاريخ الإصدار:
verdict-verified = تم التحقق
verdict-failed = لم يتم التحقق: فشل أحد الفحوص
verdict-unchecked = لم يُفحص بعد

## الإضافة

import-title = إضافة شهادات
import-drop-hint = اسحب ملفات الشارات أو الشهادات إلى هذه النافذة، أو اخترها من حاسوبك.
import-choose = اختيار ملفات
import-results-title = النتائج
import-result-imported = أُضيفت إلى محفظتك.
import-result-duplicate = موجودة في محفظتك من قبل؛ لم يتغير شيء.
import-result-rejected = لم تُضَف.

## تفاصيل الشهادة

detail-back = العودة إلى شهاداتي
detail-issuer = الجهة المانحة
detail-learner = مُنحت إلى
detail-achievement = الإنجاز
detail-description = الوصف
detail-criteria = كيف تم الحصول عليها
detail-issued = تاريخ الإصدار
detail-valid-from = صالحة من
detail-valid-until = صالحة حتى
detail-format = الصيغة
detail-source = الملف
detail-imported = أُضيفت في
detail-credential-id = معرّف الشهادة
detail-issuer-id = معرّف الجهة المانحة
detail-sha256 = البصمة (SHA-256)
detail-skills = المهارات (ESCO)
detail-checks-title = ما الذي تم فحصه
detail-no-checks = لم يُفحص أي شيء بعد.
detail-check-outcome-passed = ناجح
detail-check-outcome-failed = فاشل
detail-check-outcome-unchecked = لم يُفحص
detail-check-name-signature = التوقيع
detail-check-name-issuer = الجهة المانحة
detail-check-name-hosted = نسخة الجهة المانحة
detail-check-name-expiry = تاريخ الانتهاء
detail-check-name-not-before = تاريخ البدء
detail-check-name-status = الإلغاء
detail-check-name-schema = البنية
detail-check-name-nested = الشهادات داخل الحزمة

## أخطاء لا يُظهرها إلا التطبيق

error-wallet-locked = المحفظة غير مفتوحة بعد.
hint-wallet-locked = افتح المحفظة بعبارة المرور أولاً.
error-bad-request = أرسل التطبيق طلبًا ناقصًا ({ $what }). حاول مرة أخرى.
error-ipc = حدث خطأ داخل التطبيق: { $reason }

## تفاصيل الشهادة: عناصر الشهادة المصغّرة (توصية المجلس الأوروبي)

detail-awarding-body = الجهة المانحة للمؤهل
detail-ects = الساعات المعتمدة (ECTS)
detail-workload = عبء الدراسة (بالساعات)
detail-eqf = المستوى في الإطار الأوروبي للمؤهلات (EQF)
detail-nqf = المستوى الوطني (NLQF)
detail-assessment = نوع التقييم
detail-participation = شكل المشاركة
detail-quality-assurance = ضمان الجودة
detail-learning-outcomes = نتائج التعلّم

## التنقل (شاشات أخرى)

nav-profile = مهاراتي
nav-match = وظائف تناسبني
nav-route = مساري
nav-settings = الإعدادات
nav-about = حول التطبيق
nav-lock = قفل

## القائمة: البحث والترتيب والتصفية

wallet-search-label = بحث
wallet-sort-label = الترتيب
wallet-sort-date-desc = الأحدث أولاً
wallet-sort-date-asc = الأقدم أولاً
wallet-sort-issuer = حسب الجهة المانحة
wallet-sort-name = حسب الاسم
wallet-sort-status = المشكلات أولاً
wallet-filter-issuer = الجهة المانحة
wallet-filter-skill = المهارة
wallet-filter-status = الحالة
wallet-filter-year = السنة
wallet-filter-all = الكل
wallet-count = { $total ->
    [zero] لا توجد شهادات
    [one] تُعرض { $shown } من شهادة واحدة
    [two] تُعرض { $shown } من شهادتين
    [few] تُعرض { $shown } من { $total } شهادات
   *[other] تُعرض { $shown } من { $total } شهادة
}

## الإضافة: التقدّم

import-cancel = إيقاف
import-progress = جارٍ إضافة الملف { $done } من { $total }…
import-summary = { $total ->
    [one] ملف واحد: أُضيف { $imported }، وكان موجودًا { $duplicate }، ولم يُضف { $rejected }.
   *[other] { $total } ملفات: أُضيف { $imported }، وكان موجودًا { $duplicate }، ولم يُضف { $rejected }.
}
import-summary-cancelled = توقّف بعد { $done } من { $total } ملفات: أُضيف { $imported }، وكان موجودًا { $duplicate }، ولم يُضف { $rejected }.

## تفاصيل الشهادة: المزيد

detail-checked-at = آخر فحص
detail-reverify = افحص من جديد الآن
detail-endorsements-title = التزكيات
detail-no-endorsements = لم يزكِّ أحد هذه الشهادة بعد.
detail-endorsement-credential = { $endorser } يزكّي هذه الشهادة.
detail-endorsement-achievement = { $endorser } يزكّي هذا الإنجاز.
detail-endorsement-issuer = { $endorser } يزكّي الجهة المانحة.
detail-micro-title = معلومات الشهادة المصغّرة
detail-micro-help = يطلب الاتحاد الأوروبي أن تذكر كل شهادة مصغّرة هذه المعلومات. تبيّن هذه القائمة ما تذكره هذه الشهادة منها.
micro-learner = من حصل عليها
micro-title = العنوان
micro-awarding-body = من منحها
micro-date = التاريخ
micro-outcomes = نتائج التعلّم
micro-workload = حجم العمل (ECTS أو ساعات)
micro-level = المستوى (EQF أو الوطني)
micro-assessment = نوع التقييم
micro-participation = شكل المشاركة
micro-quality = ضمان الجودة
micro-present = مذكور
micro-absent = غير مذكور
micro-summary = تذكر هذه الشهادة { $count } من { $total } معلومات.
detail-export-title = حفظ الملف الأصلي
detail-export-help = يحفظ الملف كما وصلك تمامًا، مثلاً لتعطيه لصاحب عمل أو لتحفظه على ذاكرة USB.
detail-export-submit = احفظ الملف
save-path-label = احفظ باسم (المسار الكامل)
open-path-label = الملف المراد فتحه (المسار الكامل)
saved-to = حُفظ: { $path }

## ما العمل إذا لم ينجح فحص

detail-check-todo-signature-failed = لا تثق بهذه النسخة. اطلب نسخة جديدة من الجهة المانحة.
detail-check-todo-signature-unchecked = قد يكون المحتوى صحيحًا، لكن لا أحد يستطيع إثباته بعد. اطلب من الجهة المانحة نسخة موقّعة (Open Badges 3.0).
detail-check-todo-issuer-failed = تعذّر التأكد من الجهة المانحة. اسأل المؤسسة التي أعطتك إياها.
detail-check-todo-issuer-unchecked = لا يمكن التأكد من الجهة المانحة إلا عبر الإنترنت. اطلب من مرشد أن يتحقق معك.
detail-check-todo-hosted-failed = نسخة الجهة المانحة لا تتطابق. اسأل الجهة المانحة عن ذلك.
detail-check-todo-hosted-unchecked = تحتفظ الجهة المانحة بنسخة على الإنترنت، و{ -app-name } لا يتصل بالإنترنت. يستطيع مرشد أن ينظر فيها معك.
detail-check-todo-expiry-failed = انتهت صلاحية هذه الشهادة. اسأل الجهة المانحة إن كان يمكنك تجديدها.
detail-check-todo-expiry-unchecked = تعذّرت قراءة تاريخ الانتهاء. اسأل الجهة المانحة عن التاريخ المقصود.
detail-check-todo-not-before-failed = هذه الشهادة غير سارية بعد. انتظر حتى تاريخ بدايتها.
detail-check-todo-not-before-unchecked = تعذّرت قراءة تاريخ البداية. اسأل الجهة المانحة عن التاريخ المقصود.
detail-check-todo-status-failed = سحبت الجهة المانحة هذه الشهادة. اسألها عن السبب.
detail-check-todo-status-unchecked = لا يمكن معرفة إن كانت قد سُحبت إلا عبر الإنترنت. اسأل الجهة المانحة إن أردت التأكد.
detail-check-todo-schema-failed = بعض أجزاء هذا الملف ناقصة أو خاطئة. اطلب ملفًا كاملاً من الجهة المانحة.
detail-check-todo-schema-unchecked = تعذّر فحص البنية كاملةً. هذا لا يسبب مشكلة في العادة.

## ESCO (مهارات ومهن الاتحاد الأوروبي)

esco-building = جارٍ تجهيز قائمة المهارات والمهن (في المرة الأولى فقط): { $percent } ٪
esco-search-label-skill = ابحث عن مهارة
esco-search-label-occupation = ابحث عن مهنة
esco-search-help = اكتب حرفين على الأقل. تظهر النتائج في الأسفل.
esco-search-none = لم يُعثر على شيء. جرّب كلمة أخرى.
esco-fallback-mark = { $lang ->
    [en] بالإنجليزية
    [nl] بالهولندية
    [fr] بالفرنسية
   *[other] { $lang }
}

## ملف المهارات

profile-title = مهاراتي
profile-intro = مهارات من شهاداتك ومهارات أضفتها بنفسك. تبيّن العلامة مدى قوة الإثبات.
profile-empty = لا توجد مهارات بعد. أضف شهادات، أو أضف مهارة بنفسك في الأسفل.
profile-add-title = أضف مهارة بنفسك
profile-group-skill = المهارات ({ $count })
profile-group-knowledge = المعارف ({ $count })
profile-group-language = اللغات ({ $count })
profile-group-transversal = مهارات لكل عمل ({ $count })
profile-group-other = أخرى ({ $count })
evidence-verified-credential = مثبتة بشهادة تم التحقق منها
evidence-endorsed = زكّاها شخص ما
evidence-mentor-observed = لاحظها مرشد
evidence-self-declared = غير مثبتة بعد
profile-shown-by = { $count ->
    [one] تظهر في شهادة واحدة:
    [two] تظهر في شهادتين:
    [few] تظهر في { $count } شهادات:
   *[other] تظهر في { $count } شهادة:
}

## وظائف مناسبة

match-title = وظائف تناسبني
match-intro = مهن من القائمة الأوروبية (ESCO) تناسب المهارات في ملفك. كلما امتلكت أكثر من المهارات الأساسية لمهنة ما، كانت أنسب لك.
match-search-title = ما مدى مناسبة هذه المهنة لي؟
match-best-title = الأنسب
match-none = لا توجد مهن مناسبة بعد. أضف مهارات إلى ملفك أولاً.
match-fit = المناسبة { $percent }: لديك { $have } من { $total } مهارات أساسية.
match-missing = { $count ->
    [one] تنقص مهارة أساسية واحدة
    [two] تنقص مهارتان أساسيتان
    [few] تنقص { $count } مهارات أساسية
   *[other] تنقص { $count } مهارة أساسية
}
match-use-as-target = اجعلها هدفي

## مسار التعلّم

route-title = مساري
route-none = لم تختر هدفًا بعد. ابحث عن مهنة في الأسفل.
route-target-label = هدفي:
route-progress = أُنجزت { $done } من { $total } خطوات.
route-no-steps = لديك كل المهارات الأساسية لهذه المهنة.
route-choose-title = اختر هدفًا
route-choose-help = اختيار هدف جديد يستبدل المسار الحالي.
route-status-label = الحالة
route-status-planned = مخطط لها
route-status-in-progress = قيد العمل
route-status-done = أُنجزت
route-kind-earn-credential = احصل على شارة أو شهادة
route-kind-work-based-learning = التعلّم في العمل
route-kind-language-goal = هدف لغوي
route-kind-practical = خطوة عملية

## الإعدادات

settings-title = الإعدادات
settings-language-title = اللغة
settings-reverify-title = افحص كل الشهادات من جديد
settings-reverify-help = يفحص كل شهادة من جديد بتاريخ اليوم، مثلاً لمعرفة أيّها انتهت صلاحيتها.
settings-reverify-submit = افحص الكل من جديد
reverify-progress = جارٍ فحص { $done } من { $total }…
reverify-done = { $total ->
    [one] فُحصت الشهادة من جديد.
   *[other] فُحصت كل الشهادات ({ $total }) من جديد.
}
reverify-cancelled = توقّف: فُحصت { $done } من { $total } شهادات من جديد.
settings-backup-title = أنشئ نسخة احتياطية
settings-backup-help = يحفظ كل شهاداتك ومهاراتك ومسارك في ملف واحد مقفل. احفظه على ذاكرة USB أو في مكان آمن آخر.
settings-backup-passphrase = عبارة المرور للنسخة الاحتياطية
settings-backup-submit = احفظ النسخة الاحتياطية
settings-restore-title = استعد نسخة احتياطية
settings-restore-help = يضيف كل ما في ملف النسخة الاحتياطية إلى هذه المحفظة. لا يُحذف شيء من هنا.
settings-restore-submit = استعادة
settings-restore-done = { $count ->
    [one] تمت الاستعادة: أُضيفت شهادة واحدة، وكانت { $duplicates } موجودة.
   *[other] تمت الاستعادة: أُضيفت { $count } شهادات، وكانت { $duplicates } موجودة.
}

## حول التطبيق

about-title = حول { -app-name }
about-intro = يحفظ { -app-name } شاراتك وشهاداتك على هذا الحاسوب، ويفحصها دون اتصال بالإنترنت، ويبيّن المهارات والمهن التي تناسبها.
about-esco-title = ESCO: مهارات ومهن الاتحاد الأوروبي
about-esco-uses = تستخدم هذه الخدمة تصنيف ESCO التابع للمفوضية الأوروبية.
about-esco-versions = ESCO الإصدار 1.2.1 (أسماء المهن ومجموعات المهارات وISCO)، والإصدار 1.1.1 (المهارات والعلاقات بين المهن والمهارات)، والإصدار 1.0 (أسماء المهارات بالفرنسية والإسبانية). © الاتحاد الأوروبي.
about-esco-licence = يُعاد استخدامها بموجب قرار المفوضية ⁦2011/833/EU⁩ وترخيص CC BY 4.0. عُدّلت البيانات (جزء منها، ودُمجت الإصدارات، وأُعيد تنسيقها).
about-esco-not-endorsed = المفوضية الأوروبية لا تتبنّى { -app-name }. تنقل أسماء ESCO عناوين ISCO-08 (منظمة العمل الدولية).
about-source = المصدر:
about-licences-title = التراخيص
about-licence-app = { -app-name } نفسه: رخصة الاتحاد الأوروبي العامة (EUPL) 1.2.
about-licence-fonts = الخطوط: Noto Sans وNoto Sans Arabic وNoto Sans Ethiopic من Google، بموجب SIL Open Font License 1.1.
about-licence-contexts = سياقات JSON-LD المدمجة: W3C Software and Document License والتراخيص المذكورة معها.
about-translations = لم يراجع متحدثون أصليون الترجمات بعد. أخبرنا إن كان شيء غير واضح.

## أخطاء لا يسببها إلا التطبيق (المزيد)

error-bad-path = «{ $path }» ليس مسارًا كاملاً إلى ملف.
hint-bad-path = اكتب المسار كاملاً بدءًا بـ / واختمه باسم ملف.
