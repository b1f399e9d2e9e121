# الأوراق المطبوعة (PDF): الإثباتات مع رموز QR ومسار التعلّم.
# Locale: ar. Reviewed by a native speaker: no.

-pdf-brand = Erkend

## Shared

pdf-learner = المتعلّم
pdf-field-issuer = الجهة المُصدِرة: { $issuer }
pdf-field-issued = تاريخ الإصدار: { $date }
pdf-field-valid-until = صالحة حتى: { $date }
pdf-field-skills = المهارات:

## Proof sheet

pdf-proof-title = إثبات التعلّم
pdf-proof-compare-id = قارن هذا الاسم بوثيقة هوية.
pdf-proof-none = لم يتم اختيار أي شهادة.
pdf-proof-scan-all = امسح الرموز الـ { $count } كلها: فهي معًا تحمل الشهادة الموقَّعة.
pdf-proof-how-to-verify = طريقة التحقق: امسح رموز QR باستخدام { -pdf-brand } (أو شغّل "erkend proof verify")؛ يُتحقَّق من توقيع الجهة المُصدِرة من دون اتصال بالإنترنت.

## Route sheet

pdf-route-title = مسار التعلّم
pdf-route-target = الهدف: { $target }
pdf-route-step = الخطوة { $number }: { $title }
pdf-route-no-steps = لا توجد خطوات بعد: لدى المتعلّم كل المهارات الأساسية.
pdf-route-footer = هذا المسار ملك للمتعلّم، ويمكنه تغييره مع مدرّبه أو مرشده في أي وقت.
pdf-field-kind = النوع: { $kind }
pdf-field-status = الحالة: { $status }
pdf-field-dates = الفترة: { $start } – { $end }
pdf-field-start = من: { $date }
pdf-field-end = حتى: { $date }
pdf-field-notes = ملاحظات: { $notes }
pdf-step-kind-earn-credential = الحصول على شهادة
pdf-step-kind-work-based-learning = التعلّم في مكان العمل (تدريب، عمل تطوعي، مكان لاكتساب الخبرة)
pdf-step-kind-language-goal = هدف لغوي
pdf-step-kind-practical = خطوة عملية نحو العمل
pdf-step-status-planned = مخطَّط لها
pdf-step-status-in-progress = قيد التنفيذ
pdf-step-status-done = مكتملة

## Command line

pdf-cli-route-exported = { $count ->
    [zero] كُتب المسار (بلا خطوات) في { $path }.
    [one] كُتب المسار (خطوة واحدة) في { $path }.
    [two] كُتب المسار (خطوتان) في { $path }.
    [few] كُتب المسار ({ $count } خطوات) في { $path }.
   *[other] كُتب المسار ({ $count } خطوة) في { $path }.
}
