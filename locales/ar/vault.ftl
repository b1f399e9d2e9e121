# الملفات الشخصية والقفل (خزنة لكل متعلّم على حاسوب مشترك، جلسة ضيف، القفل التلقائي) و«افحص عبر الإنترنت».
# Locale: ar. Reviewed by a native speaker: no.

## الشريط العلوي

nav-switch-user = تبديل المستخدم
vault-guest-banner = جلسة ضيف: يُحذف كل شيء عندما تضغط «تبديل المستخدم» أو تغلق { -app-name }.

## اختيار الملف الشخصي

vault-picker-title = من يستخدم { -app-name }؟
vault-locked-idle = قُفل ملفك الشخصي لأن أحدًا لم يستخدمه منذ مدة.
vault-picker-intro = اختر ملفك الشخصي. شهادات كل شخص مقفلة بعبارة مروره الخاصة، ولا يرى الآخرون إلا الاسم والصورة اللذين اخترتهما.
vault-list-label = الملفات الشخصية على هذا الحاسوب
vault-list-empty = لا توجد ملفات شخصية على هذا الحاسوب بعد. أنشئ ملفًا لتبدأ.
vault-new = ملف شخصي جديد
vault-kiosk = جلسة ضيف
vault-kiosk-help = لزيارة واحدة فقط: لا يُحفظ شيء بعد انتهائها.
vault-card-anonymous = متعلّم (بلا اسم ظاهر)

## فتح ملف شخصي

vault-unlock-title = افتح هذا الملف الشخصي
vault-unlock-passphrase-label = عبارة المرور
vault-unlock-submit = افتح
vault-back = العودة إلى الملفات الشخصية

## ملف شخصي جديد

vault-create-title = ملف شخصي جديد
vault-create-name-label = الاسم الظاهر على هذا الحاسوب (يمكنك تركه فارغًا)
vault-create-name-help = يرى هذا الاسمَ كلُّ من يستخدم هذا الحاسوب في شاشة الملفات الشخصية. اتركه فارغًا كي لا يظهر شيء.
vault-create-avatar-label = الصورة: رمز تعبيري أو الأحرف الأولى من اسمك (يمكنك تركها فارغة)
vault-create-passphrase-label = عبارة المرور
vault-create-passphrase-help = لا يفتح ملفك الشخصي إلا عبارة المرور هذه. اكتبها على ورقة واحفظها في مكان آمن.
vault-create-confirm-label = اكتب عبارة المرور مرة أخرى
vault-create-submit = أنشئ ملفي الشخصي

## الإعدادات: القفل التلقائي

vault-settings-title = القفل التلقائي
vault-settings-help = على الحاسوب المشترك يُقفل الملف الشخصي نفسه عندما لا يستخدمه أحد. ينطبق هذا على كل الملفات الشخصية على هذا الحاسوب.
vault-settings-minutes-label = عدد الدقائق دون استخدام قبل أن يُقفل الملف الشخصي
vault-settings-save = احفظ
vault-settings-saved = { $minutes ->
    [one] تُقفل الملفات الشخصية الآن بعد دقيقة واحدة ({ $minutes }) دون استخدام.
   *[other] تُقفل الملفات الشخصية الآن بعد { $minutes } دقيقة دون استخدام.
}

## الفحص عبر الإنترنت

online-title = افحص عبر الإنترنت
online-help = يعمل { -app-name } دون إنترنت. اضغط الزر لتسأل الجهات المُصدِرة الآن هل سُحبت شهادات، ولتجلب مفاتيحها وقوائم الثقة الأحدث. لا يُرسل شيء ما لم تضغط.
online-check-all = افحص عبر الإنترنت الآن
online-check-one = افحص عبر الإنترنت
online-progress = جارٍ الفحص عبر الإنترنت: { $done } من { $total }
online-done = { $count ->
    [one] فُحصت شهادة واحدة ({ $count }) عبر الإنترنت.
   *[other] فُحصت { $count } شهادات عبر الإنترنت.
}
online-nothing = لا شيء هنا يحتاج إلى الإنترنت: كل فحوص هذه الشهادات تجري على هذا الحاسوب.
online-lists-title = قوائم الثقة
online-age-none = لا توجد إجابة سابقة محفوظة.
online-age-now = إجابة من الآن.
online-age-minutes = { $n ->
    [one] إجابة من قبل دقيقة واحدة ({ $n }).
   *[other] إجابة من قبل { $n } دقيقة.
}
online-age-hours = { $n ->
    [one] إجابة من قبل ساعة واحدة ({ $n }).
   *[other] إجابة من قبل { $n } ساعة.
}
online-age-days = { $n ->
    [one] إجابة من قبل يوم واحد ({ $n }).
   *[other] إجابة من قبل { $n } يوم.
}

## الأخطاء

error-offline = لا يوجد اتصال بالإنترنت: تعذّر الوصول إلى { $host }. لم يتغيّر شيء.
hint-offline = اتصل بالإنترنت (واي فاي أو كابل) ثم اضغط «افحص عبر الإنترنت» مرة أخرى. كل ما عدا ذلك يعمل دونه.
error-auto-lock-invalid = اختر عدد دقائق من { $min } إلى { $max }.
hint-auto-lock-invalid = يجب ألا يترك الحاسوب المشترك ملفًا شخصيًا مفتوحًا مدة طويلة.
