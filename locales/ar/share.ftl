# شاشتا «المشاركة» و«التحقق من إثبات».
# Locale: ar. Reviewed by a native speaker: no.

nav-share = مشاركة
nav-verify = التحقق من إثبات

share-title = مشاركة إثبات
share-intro = اختر الشهادات. يستطيع أي شخص التحقق من رموز QR الخاصة بها دون إنترنت، على الورق أو على الشاشة.
share-pick-title = الشهادات التي تريد مشاركتها
share-empty = لا توجد شهادات في محفظتك بعد. أضف شهادة أولاً.
share-none-chosen = اختر شهادة واحدة على الأقل لترى رموز QR الخاصة بها.
share-code-alt = رمز QR رقم { $index } من { $total } لـ { $name }
share-code-part = الرمز { $index } من { $total }
share-sheet-title = الورقة المطبوعة
share-second-lang = اللغة الثانية في الورقة
share-sheet-info = في الورقة المطبوعة { $pages ->
        [one] صفحة واحدة بحجم A4
        [two] صفحتان بحجم A4
       *[other] { $pages } صفحات بحجم A4
    }، باللغتين { $first } و{ $second }.
share-privacy = تحمل الرموز الشهادة كاملة، ومنها اسمك. شاركها فقط مع من تختارهم.
share-save-title = الحفظ أو الطباعة
share-save-help = الاسم الذي ينتهي بـ ‎.pdf‎ يحفظ الورقة المطبوعة، و‎.png‎ يحفظ الرموز فقط كصورة.
share-save-submit = احفظ
share-print = اطبع الرموز
share-print-help = الطباعة تطبع الرموز الظاهرة هنا. للحصول على الورقة كاملة بلغتين، احفظ ملف PDF واطبعه.
share-saved = حُفظ: { $path } ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
       *[other] { $pages } صفحات
    })

verify-title = التحقق من إثبات
verify-intro = افتح إثباتًا أعطاك إياه شخص ما: صورة أو مسحًا ضوئيًا لرموز QR، أو ملف PDF، أو الرموز كنص. يُفحص على هذا الحاسوب دون إنترنت.
verify-choose = افتح ملف إثبات
verify-camera-photo = لا توجد كاميرا؟ التقط صورة للرموز بالهاتف وافتحها هنا.
verify-camera-start = المسح بالكاميرا
verify-camera-stop = إيقاف الكاميرا
verify-camera-looking = أمسك رمز QR أمام الكاميرا، مستوياً وفي إضاءة جيدة…
verify-camera-unavailable = تعذّر استخدام أي كاميرا. التقط صورة للرموز وافتحها هنا.
verify-busy = جارٍ قراءة الرموز…
verify-holder = اسم حامل الشهادة:
verify-compare-id = قارن هذا الاسم بوثيقة هوية. نسخة الرمز تُقبل تمامًا مثل الأصل.
verify-card-summary = ملخّص غير موثّق
verify-link = هذا رمز رابط. لا يفتحه Erkend؛ افتحه بنفسك فقط إن كنت تثق بالعنوان.
verify-issuer = الجهة المانحة
verify-issued = تاريخ الإصدار
verify-kind = الإثبات
verify-kind-credential = الشهادة الموقّعة كاملة ({ $codes ->
        [one] رمز واحد
        [two] رمزان
       *[other] { $codes } رموز
    })
verify-kind-card = بطاقة إثبات قصيرة ({ $codes ->
        [one] رمز واحد
        [two] رمزان
       *[other] { $codes } رموز
    })
