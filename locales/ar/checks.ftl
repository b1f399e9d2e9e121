# فحوص التحقق.
# Locale: ar. Reviewed by a native speaker: no.

check-signature-not-supported-yet = لا يستطيع هذا الإصدار التحقق من توقيع هذا النوع من الشهادات بعد.
check-expired = انتهت صلاحيتها في { $date }.
check-not-expired = صالحة حتى { $date }.
check-not-yet-valid = ليست صالحة بعد: صالحة من { $date }.
check-valid-from = صالحة من { $date }.
check-bad-date = لا يمكن قراءة التاريخ «{ $date }».
