# فیلتر مهارت در فهرست کیف: جست‌وجو در مهارت‌هایی که در سندهای شما آمده‌اند.
# Locale: fa (Dari wording where it differs). Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = بخشی از نام مهارت را بنویسید، یا یکی از مهارت‌هایی را که بیشتر آمده‌اند انتخاب کنید.
wallet-skill-count = { $count ->
    [one] در یک سند
   *[other] در { $count } سند
}
wallet-skill-none = در هیچ‌یک از سندهای شما چنین مهارتی نیامده است. کلمهٔ دیگری را امتحان کنید.
wallet-skill-found = { $count ->
    [one] یک مهارت پیدا شد
   *[other] { $count } مهارت پیدا شد
}
wallet-skill-empty = هنوز هیچ‌یک از سندهای شما مهارتی را نام نمی‌برد.
