# قوائم الثقة، وحالة الإلغاء، والشارات المستضافة، والتحديث عبر الإنترنت.
# Locale: ar. Reviewed by a native speaker: no.

check-offline-since = لم يُتحقَّق: يلزم لذلك { $url }، ولم يُجلب بعد (دون اتصال منذ { $since }).
check-never-online = لم يُتحقَّق: يلزم لذلك { $url }، ولم يُجرَ أي تحقق عبر الإنترنت بعد.

check-status-not-revoked = غير ملغاة (جُلبت قائمة الحالة في { $date }).
check-status-stale = لم تكن ملغاة عند آخر تحقق في { $date }، لكن ذلك كان قبل أكثر من { $days } يومًا: تحقّق عبر الإنترنت مرة أخرى.
check-status-revoked = ألغت الجهة المُصدِرة هذه الشهادة (تم التحقق في { $date }).
check-status-suspended = علّقت الجهة المُصدِرة هذه الشهادة (تم التحقق في { $date }).
check-status-malformed = بيانات حالة هذه الشهادة تالفة ولا يمكن التحقق منها.
check-status-type-unsupported = لا يستطيع هذا الإصدار التحقق من هذا النوع من بيانات الحالة ({ $type }).
check-status-list-unusable = لا يمكن استخدام قائمة الحالة في { $url } ({ $detail }).

check-hosted-no-url = ليس لهذه الشارة المستضافة عنوان https تحفظها فيه الجهة المُصدِرة.
check-hosted-matches = نسخة الجهة المُصدِرة في { $url } مطابقة (جُلبت في { $date }).
check-hosted-revoked = ألغت الجهة المُصدِرة هذه الشارة ({ $url }، تم التحقق في { $date }).
check-hosted-gone = لم تعد هذه الشارة موجودة لدى الجهة المُصدِرة في { $url } (الرد { $status }، { $date }).
check-hosted-differs = نسخة الجهة المُصدِرة في { $url } تختلف عن هذه الشارة في «{ $field }» (جُلبت في { $date }).
check-hosted-wrong-origin = الشارة في { $url } ليست محفوظة على موقع الجهة المُصدِرة نفسها ({ $issuer }).
check-hosted-stale = كانت نسخة الجهة المُصدِرة مطابقة في { $date }، أي قبل أكثر من { $days } يومًا: تحقّق عبر الإنترنت مرة أخرى.

cli-trust-added = ثُبّتت قائمة الثقة «{ $name }» ({ $count } جهة).
cli-trust-count = { $count ->
    [zero] لا توجد قوائم ثقة مثبّتة.
    [one] قائمة ثقة واحدة مثبّتة.
    [two] قائمتا ثقة مثبّتتان.
   *[other] { $count } قوائم ثقة مثبّتة.
}
cli-trust-signed = كُتبت القائمة الموقّعة في { $path }.
cli-refresh-fetching = جارٍ جلب { $url } ({ $n }/{ $total })…
cli-refresh-done = { $id }: جُلب { $fetched }، وتعذّر { $failed }.

check-issuer-certificate-unchecked = لم تُفحص شهادة الختم مقابل قوائم الثقة في الاتحاد الأوروبي (يتطلب ذلك الإنترنت)، لذلك لم يُؤكَّد من وضع الختم.
