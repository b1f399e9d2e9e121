# الإثباتات القابلة للمشاركة: فحوص بطاقات الإثبات وأسطر سطر الأوامر.
# Locale: ar. Reviewed by a native speaker: no.

check-card-signature-valid = بطاقة الإثبات موقّعة من { $signer }.
check-card-signature-invalid = توقيع بطاقة الإثبات غير صالح: لقد غُيّرت أو وقّعها شخص آخر.
check-card-signer-unknown = وُقّعت بطاقة الإثبات بمفتاح لا يعرفه هذا الحاسوب (المفتاح { $kid }).
check-card-signer-trusted = الموقّع { $signer } موجود في قائمة الثقة لديك.
check-card-summary-not-verified = ملخّص غير موثّق: البطاقة موقّعة من { $signer }، وهو غير موجود في قائمة الثقة لديك. تحقّق من رموز الشهادة الكاملة.
check-card-issued-in-future = تقول بطاقة الإثبات إنها وُقّعت في { $date }، وهذا تاريخ في المستقبل. تحقّق من ساعة هذا الحاسوب.
check-link-not-fetched = رمز رابط إلى { $url }: لم يُفتح. افتحه بنفسك فقط إن كنت تثق بالعنوان.

cli-proof-exported = كُتب الإثبات في { $path }.
cli-proof-verified = { $name } — موثّقة
cli-proof-not-verified = { $name } — غير موثّقة
cli-proof-summary = { $name } — ملخّص غير موثّق
cli-proof-unchecked = { $name } — تعذّر التحقق منها دون اتصال
cli-proof-holder = الحامل: { $name } — قارن الاسم بوثيقة هوية.
cli-proof-link = رابط (لم يُفتح): { $url }
