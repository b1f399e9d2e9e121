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
