# فحوص التحقق.
# Locale: ar. Reviewed by a native speaker: no.

check-signature-not-supported-yet = لا يستطيع هذا الإصدار التحقق من توقيع هذا النوع من الشهادات بعد.
check-expired = انتهت صلاحيتها في { $date }.
check-not-expired = صالحة حتى { $date }.
check-not-yet-valid = ليست صالحة بعد: صالحة من { $date }.
check-valid-from = صالحة من { $date }.
check-bad-date = لا يمكن قراءة التاريخ «{ $date }».

## التوقيع (كل توقيع يُفحص بمفتاحه)

check-signature-valid = التوقيع صحيح (المفتاح { $method }).
check-signature-invalid = التوقيع غير مطابق: تغيّرت الشهادة بعد توقيعها، أو وُقّعت بمفتاح آخر.
check-signature-malformed = التوقيع أو مفتاحه تالف ولا يمكن فحصه.
check-signature-alg-refused = خوارزمية التوقيع «{ $alg }» غير مقبولة.
check-signature-needs-network = يجب جلب مفتاح التوقيع { $method } من الإنترنت؛ يحتاج هذا الفحص إلى اتصال بالشبكة.
check-signature-key-unsupported = لا يستطيع هذا الإصدار قراءة نوع المفتاح { $method }.
check-signature-key-not-bound = لا يمكن ربط المفتاح الموجود في الشهادة بالجهة المُصدِرة دون اتصال بالشبكة.
check-signature-no-key = لا تذكر الشهادة المفتاح الذي وُقّعت به.
check-signature-missing = الشهادة غير موقّعة.
check-signature-wrong-purpose = لم يُوضع هذا التوقيع لضمان صحة شهادة.
check-signature-previous-proof-missing = يعتمد أحد التواقيع على توقيع آخر غير موجود في الشهادة.
check-signature-proof-expired = كان التوقيع صالحًا حتى { $date } فقط.
check-signature-suite-unsupported = لا يستطيع هذا الإصدار فحص التواقيع من نوع «{ $suite }».
check-signature-suite-unavailable = لا يستطيع هذا الإصدار فحص هذا النوع من التواقيع بعد.
check-signature-context-unavailable = لا يمكن فحص التوقيع دون اتصال: التعريفات الموجودة في { $context } غير مضمّنة في البرنامج.
check-signature-jades-not-supported-yet = لا يستطيع هذا الإصدار فحص الختم الإلكتروني لشهادات Europass بعد.
check-hosted-needs-network = هذه الشارة محفوظة لدى الجهة المُصدِرة على الإنترنت؛ يحتاج فحصها إلى اتصال بالشبكة.

## الجهة المُصدِرة (مفتاح التوقيع يخص الجهة المذكورة في الشهادة)

check-issuer-matches = المفتاح يخص الجهة المُصدِرة { $issuer }.
check-issuer-mismatch = تذكر الشهادة أن { $issuer } هي الجهة المُصدِرة، لكن من وقّعها هو { $controller }.
check-issuer-needs-network = لا يمكن التأكد من أن مفتاح التوقيع يخص الجهة المُصدِرة إلا عبر الإنترنت.
check-issuer-no-key = دون توقيع مفحوص لا يُعرف من أصدر هذه الشهادة.
check-issuer-missing = لا تذكر الشهادة الجهة التي أصدرتها.
check-issuer-jwt-iss-mismatch = تذكر الشهادة أن { $issuer } هي الجهة المُصدِرة، لكن الرمز المحيط بها يذكر { $iss }.

check-nested-verified = تم التحقق من كل الشهادات في هذه الحزمة ({ $count }) كلٌّ على حدة.
check-nested-failed = الشهادة رقم { $position } في هذه الحزمة، «{ $name }»، لم يتم التحقق منها.
check-nested-unchecked = تعذّر فحص الشهادة رقم { $position } في هذه الحزمة، «{ $name }»، هنا.
