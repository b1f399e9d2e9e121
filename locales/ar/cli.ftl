# رسائل أداة سطر الأوامر erkend.
# Locale: ar. Reviewed by a native speaker: no.

cli-init-done-encrypted = أُنشئت المحفظة في { $path }، وهي محمية بعبارة المرور الخاصة بك.
cli-init-done-plain = أُنشئت المحفظة في { $path } من دون عبارة مرور: يستطيع أي شخص يستخدم هذا الحاسوب قراءتها.
cli-import-imported = { $file }: استُورد بالمعرّف { $id }
cli-import-duplicate = { $file }: موجود في المحفظة بالفعل بالمعرّف { $id }
cli-import-rejected = { $file }: رُفض. { $reason }
cli-list-count = { $count ->
    [zero] المحفظة فارغة.
    [one] شهادة واحدة:
    [two] شهادتان:
    [few] { $count } شهادات:
   *[other] { $count } شهادة:
}
verified-true = موثّقة
verified-false = غير موثّقة
verified-null = لم يتم التحقق
cli-export-done = كُتبت البايتات الأصلية في { $path }.
cli-esco-building = جارٍ بناء فهرس مهارات ESCO (في المرة الأولى فقط)… { $percent } ٪
cli-backup-done = كُتبت نسخة احتياطية مشفّرة تضم { $count } شهادة في { $path }. احتفظ بعبارة المرور: بدونها لا يمكن فتح النسخة الاحتياطية.
cli-restore-done = تمت الاستعادة: أُضيفت { $count } شهادة، و{ $duplicates } كانت موجودة في المحفظة من قبل.

cli-route-none = لا يوجد مسار تعلّم بعد. اختر مهنة هدفًا باستخدام: erkend route set-target URI
# Variables:
#   $target (String) - the target occupation
#   $count (Number) - number of steps
cli-route-target = { $count ->
    [0] المسار إلى { $target }: لديك كل المهارات الأساسية بالفعل.
    [one] المسار إلى { $target }: خطوة واحدة.
    [two] المسار إلى { $target }: خطوتان.
    [few] المسار إلى { $target }: { $count } خطوات.
   *[other] المسار إلى { $target }: { $count } خطوة.
}
cli-route-status-planned = مخطّطة
cli-route-status-in-progress = قيد التنفيذ
cli-route-status-done = منجزة
cli-import-endorsement-imported = { $file }: تم التحقق من التزكية { $id } وإرفاقها
cli-import-endorsement-duplicate = { $file }: التزكية موجودة في المحفظة من قبل باسم { $id }
cli-import-endorsement-kept-imported = { $file }: حُفظت التزكية { $id } لكنها لم تُرفق: الشهادة التي تزكّيها ليست في هذه المحفظة (بعد). ستُرفق عندما تستورد تلك الشهادة.
cli-import-endorsement-kept-duplicate = { $file }: التزكية موجودة في المحفظة من قبل باسم { $id } (غير مُرفقة)
cli-endorse-review = أنت توقّع هذه التزكية باسم { $name } ({ $did }):
cli-endorse-review-about = بخصوص: { $kind } { $id }
cli-endorse-review-summary = الشهادة: { $name }، أصدرتها { $issuer } بتاريخ { $issued }
cli-endorse-review-skills = المهارات: { $skills }
cli-endorse-review-learner = لصالح: { $learner }
cli-endorse-review-comment = كلماتك: { $comment }
cli-endorse-kind-credential = شهادة
cli-endorse-kind-achievement = إنجاز
cli-endorse-kind-skill = مهارة
cli-endorse-credential-name = تزكية: { $target }
cli-endorse-done = وُقّعت التزكية وحُفظت في { $path }. أعطِ هذا الملف للمتعلّم.
cli-endorse-dry-run = لم يُوقَّع أي شيء (‎--dry-run).
cli-request-done = حُفظ طلب التزكية في { $path }. أعطِه لمرشدك أو مشرفك؛ واستورد ردّهم بالأمر “erkend import”.
cli-attest-done = وُقّعت الإفادة وحُفظت في { $path }. أعطِ هذا الملف للمتعلّم.
attest-evidence-tasks = المهام
attest-evidence-goals = أهداف التعلّم التي تحقّقت
attest-evidence-evaluation = التقييم: هل كان العمل في خدمة التعلّم؟
attest-evidence-place = المكان
attest-answer-yes = نعم
attest-answer-no = لا

cli-recovery-sheet-done = كُتبت ورقة الاسترداد في { $path }. اطبعها واحفظها في مكان آمن، ثم احذف الملف. كل نسخة احتياطية تُنشأ من الآن فصاعدًا تُفتح بهذا الرمز.
recovery-sheet-title = ورقة استرداد Erkend — رمز الاسترداد الخاص بك
recovery-sheet-explain = يفتح هذا الرمز كل نسخة احتياطية من محفظتك أُنشئت بعد طباعة هذه الورقة، حتى لو نسيت عبارة المرور. احفظه بأمان وسرية مثل المفتاح: من يملك هذا الرمز ونسخة احتياطية يستطيع قراءة محفظتك. للاستخدام: اضبط ERKEND_RECOVERY_CODE على الرمز ونفّذ: erkend restore ملف-النسخة-الاحتياطية
