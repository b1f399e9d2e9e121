# بررسی آنلاین: متوقف کردن بررسی جاری، و تصدیق‌نامه‌های امنیتی ردشده در https.
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = در حال وصل شدن…
online-cancelling = در حال توقف… جواب‌هایی که رسیده، نگه داشته می‌شود.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] بعد از { $count } سند متوقف شد. جواب‌هایی که رسیده بود با تاریخ‌شان نگه داشته شد؛ باقی بررسی نشد.
   *[other] بعد از { $count } سند متوقف شد. جواب‌هایی که رسیده بود با تاریخ‌شان نگه داشته شد؛ باقی بررسی نشد.
}
online-cancelled-early = پیش از گرفتن هر چیزی متوقف شد. هیچ چیزی تغییر نکرد.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = پیش از آن‌که { $url } جواب بدهد، متوقف شد.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] وصل شدن امن به { $url } رد شد: تصدیق‌نامهٔ امنیتی آن مربوط به یک ویب‌سایت دیگر است.
    [expired] وصل شدن امن به { $url } رد شد: تصدیق‌نامهٔ امنیتی آن تاریخ‌گذشته است یا هنوز اعتبار ندارد. ببینید که تاریخ و وقت این کمپیوتر درست باشد.
    [untrusted] وصل شدن امن به { $url } رد شد: تصدیق‌نامهٔ امنیتی آن از یک مرجع قابل اعتماد نیست.
   *[other] وصل شدن امن به { $url } رد شد: تصدیق‌نامهٔ امنیتی آن معتبر نیست.
}
hint-certificate-refused = از این آدرس چیزی گرفته نشد، پس چیزی تغییر نکرد. شاید کسی ارتباط را رهگیری می‌کند: بعداً یا از راه یک شبکهٔ دیگر دوباره کوشش کنید.
