# الفحص عبر الإنترنت: إيقاف فحص جارٍ، وشهادات الأمان المرفوضة عبر https.
# Locale: ar. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = جارٍ الاتصال…
online-cancelling = جارٍ الإيقاف… الإجابات التي وصلت تبقى محفوظة.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] توقّف الفحص بعد شهادة واحدة ({ $count }). الإجابات التي وصلت محفوظة مع تواريخها، والباقي لم يُفحص.
   *[other] توقّف الفحص بعد { $count } شهادات. الإجابات التي وصلت محفوظة مع تواريخها، والباقي لم يُفحص.
}
online-cancelled-early = توقّف الفحص قبل جلب أي شيء. لم يتغيّر شيء.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = توقّف الفحص قبل أن يجيب { $url }.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] رُفض الاتصال الآمن بـ { $url }: شهادة الأمان الخاصة به تعود إلى موقع آخر.
    [expired] رُفض الاتصال الآمن بـ { $url }: شهادة الأمان الخاصة به منتهية الصلاحية أو لم تصبح صالحة بعد. تأكّد من صحة تاريخ هذا الحاسوب ووقته.
    [untrusted] رُفض الاتصال الآمن بـ { $url }: شهادة الأمان الخاصة به ليست صادرة عن جهة موثوقة.
   *[other] رُفض الاتصال الآمن بـ { $url }: شهادة الأمان الخاصة به غير صالحة.
}
hint-certificate-refused = لم يُجلب شيء من هذا العنوان، لذلك لم يتغيّر شيء. ربما يعترض أحدٌ الاتصال: حاول لاحقًا أو عبر شبكة أخرى.
