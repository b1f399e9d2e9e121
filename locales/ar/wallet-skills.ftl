# مرشّح المهارات في قائمة المحفظة: بحث في المهارات المذكورة في شهاداتك.
# Locale: ar. Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = اكتب جزءاً من اسم المهارة، أو اختر إحدى المهارات الأكثر ظهوراً.
wallet-skill-count = { $count ->
    [zero] في { $count } شهادة
    [one] في شهادة واحدة
    [two] في شهادتين
    [few] في { $count } شهادات
   *[other] في { $count } شهادة
}
wallet-skill-none = لا توجد شهادة من شهاداتك تذكر مهارة كهذه. جرّب كلمة أخرى.
wallet-skill-found = { $count ->
    [zero] لم يُعثر على أي مهارة
    [one] عُثر على مهارة واحدة
    [two] عُثر على مهارتين
    [few] عُثر على { $count } مهارات
   *[other] عُثر على { $count } مهارة
}
wallet-skill-empty = لا تذكر أيٌّ من شهاداتك مهارةً بعد.
