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

create-title = أهلًا بك! أنشئ محفظتك
create-intro = تحفظ محفظتك شاراتك وشهاداتك على هذا الحاسوب. لا يُرسَل أي شيء إلى أي مكان.
create-protected-title = احمِها بعبارة مرور (يُنصح بذلك)
create-passphrase-label = عبارة المرور
create-passphrase-help = اختر بضع كلمات تتذكرها. بدونها لا يستطيع أحد فتح المحفظة، ولا حتى أنت: اكتبها واحفظها في مكان آمن.
create-confirm-label = اكتب عبارة المرور مرة أخرى
create-submit = إنشاء محفظة محمية
create-error-empty = اكتب عبارة مرور أولًا، أو أنشئ المحفظة بدونها في الأسفل.
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
wallet-empty-text = أضف ملف شارة أو شهادة حصلت عليه، مثلًا من دورة تدريبية أو من مرشد العمل.
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
hint-wallet-locked = افتح المحفظة بعبارة المرور أولًا.
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
