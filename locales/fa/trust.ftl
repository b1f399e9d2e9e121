# فهرست‌های اعتماد، وضعیت لغو، نشان‌هایی که نزد صادرکننده نگه‌داری می‌شوند و بررسی آنلاین.
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

## بررسی‌هایی که به گرفتن چیزی از انترنت نیاز دارند

check-offline-since = بررسی نشد: این به { $url } نیاز دارد که هنوز گرفته نشده است (بدون انترنت از { $since }).
check-never-online = بررسی نشد: این به { $url } نیاز دارد، و هنوز هیچ چیزی آنلاین بررسی نشده است.

## وضعیت (لغو و تعلیق)

check-status-not-revoked = لغو نشده (فهرست وضعیت در { $date } گرفته شد).
check-status-stale = در آخرین بررسی در { $date } لغو نشده بود، اما آن بیشتر از { $days } روز پیش بود: دوباره آنلاین بررسی کنید.
check-status-revoked = صادرکننده این سند را لغو کرده است (بررسی در { $date }).
check-status-suspended = صادرکننده این سند را موقتاً معطل کرده است (بررسی در { $date }).
check-status-malformed = بخش وضعیت این سند خراب است و بررسی نمی‌شود.
check-status-type-unsupported = این نوع بخش وضعیت ({ $type }) در این نسخه بررسی نمی‌شود.
check-status-list-unusable = فهرست وضعیت در { $url } قابل استفاده نیست ({ $detail }).

## نشان‌های Open Badges 2.0 که نزد صادرکننده نگه‌داری می‌شوند

check-hosted-no-url = این نشان آدرس https ندارد که صادرکننده آن را در آن نگه دارد.
check-hosted-matches = نسخهٔ صادرکننده در { $url } مطابقت دارد (گرفته شده در { $date }).
check-hosted-revoked = صادرکننده این نشان را لغو کرده است ({ $url }، بررسی در { $date }).
check-hosted-gone = صادرکننده دیگر این نشان را در { $url } ندارد (جواب { $status }، { $date }).
check-hosted-differs = نسخهٔ صادرکننده در { $url } در «{ $field }» با این نشان فرق دارد (گرفته شده در { $date }).
check-hosted-wrong-origin = نشان در { $url } در سایت خود صادرکننده ({ $issuer }) نگه‌داری نمی‌شود.
check-hosted-stale = نسخهٔ صادرکننده در { $date } مطابقت داشت، بیشتر از { $days } روز پیش: دوباره آنلاین بررسی کنید.

## خط فرمان

cli-trust-added = فهرست اعتماد «{ $name }» نصب شد ({ $count } اداره).
cli-trust-count = { $count ->
    [one] یک فهرست اعتماد نصب شده است.
   *[other] { $count } فهرست اعتماد نصب شده است.
}
cli-trust-signed = فهرست امضاشده در { $path } نوشته شد.
cli-refresh-fetching = گرفتن { $url } ({ $n }/{ $total })…
cli-refresh-done = { $id }: { $fetched } گرفته شد، { $failed } ناکام ماند.

## مهرهای Europass

check-issuer-certificate-unchecked = تصدیق‌نامهٔ مهر با فهرست‌های مورد اعتماد اتحادیهٔ اروپا بررسی نشد (این به شبکه نیاز دارد)، بنابراین معلوم نیست چه کسی آن را مهر کرده است.
