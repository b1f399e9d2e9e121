## تعديل ملف المهارات (البيانات الشخصية، اللغات، الخبرة العملية، مهاراتك أنت)، ووظيفة شاغرة
## ملصوقة، وإضافة خطوات المسار أو تغييرها.
# Locale: ar. Reviewed by a native speaker: no.

pe-edit = تغيير
pe-remove = حذف
pe-cancel = إيقاف التغيير
pe-saved = تم الحفظ.
esco-search-label-any = ابحث عن مهارة أو مهنة

pe-own-help = المهارات التي تضيفها هنا تُعدّ كلامك أنت إلى أن تؤكدها شهادة أو مرشد.
pe-own-mark = بكلامك أنت

pe-person-title = عنّي
pe-person-local = تبقى هذه البيانات على هذا الحاسوب، في محفظتك. لا يرسلها Erkend إلى أي مكان.
pe-person-name = الاسم
pe-person-languages = اللغات التي أتحدثها
pe-person-email = البريد الإلكتروني
pe-person-phone = رقم الهاتف
pe-person-address = العنوان أو المدينة
pe-person-save = احفظ بياناتي

pe-languages-title = لغاتي
pe-language-add = أضف لغة
pe-language-label = اللغة
pe-language-mother = اللغة الأم
pe-cefr-legend = مستواي (A1 = مبتدئ، C2 = جيد جدًا)
pe-cefr-none = غير محدد
pe-cefr-listening = الاستماع
pe-cefr-reading = القراءة
pe-cefr-speaking = التحدث
pe-cefr-writing = الكتابة
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = الاستماع: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = القراءة: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = التحدث: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = الكتابة: { $level }
pe-language-save = احفظ هذه اللغة

pe-experience-title = خبرتي العملية
pe-experience-add = أضف خبرة عملية
pe-experience-edit = غيّر هذه الخبرة العملية
pe-experience-kind = نوع العمل
pe-experience-kind-job = عمل مأجور
pe-experience-kind-volunteer = عمل تطوعي
pe-experience-kind-language-internship = تدريب لغوي
pe-experience-kind-work-experience-place = مكان لاكتساب الخبرة
pe-experience-kind-self-employed = عملي الخاص
pe-experience-job = الوظيفة أو الدور
pe-experience-organisation = صاحب العمل أو المنظمة
pe-experience-place = المدينة أو البلد
pe-experience-from = من
pe-experience-to = إلى
pe-date-help = مثلاً 2023 أو 2023-05.
pe-date-help-to = اتركه فارغًا إن كنت ما زلت تعمل هناك.
pe-experience-description = ماذا كنت تعمل هناك؟
pe-experience-links = مهارات ومهن من القائمة الأوروبية (ESCO)
pe-experience-no-links = لم يُربط شيء بعد. ابحث في الأسفل.
pe-experience-save = احفظ الخبرة العملية

pe-vacancy-title = هل تناسبني وظيفة شاغرة؟
pe-vacancy-help = الصق نص إعلان الوظيفة. يجد Erkend المهارات المذكورة فيه ويقارنها بملفك، على هذا الحاسوب.
pe-vacancy-text = نص الوظيفة الشاغرة
pe-vacancy-language = لغة الإعلان
pe-vacancy-language-help = تُعرف المهارات بهذه اللغات.
pe-vacancy-submit = ابحث عن المهارات
pe-vacancy-none = لم توجد في هذا النص مهارات من القائمة الأوروبية. تحقّق من اللغة، أو الصق نصًا أطول.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = التوافق { $percent }: لديك { $have } من { $total } مهارات تطلبها هذه الوظيفة.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] وُجدت مهارة واحدة في النص
    [two] وُجدت مهارتان في النص
    [few] وُجدت { $count } مهارات في النص
   *[other] وُجدت { $count } مهارة في النص
}
pe-vacancy-held = لديك هذه المهارة
pe-vacancy-gap = ما زال عليك تعلّمها
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] مهارة واحدة ما زال عليك تعلّمها
    [two] مهارتان ما زال عليك تعلّمهما
    [few] { $count } مهارات ما زال عليك تعلّمها
   *[other] { $count } مهارة ما زال عليك تعلّمها
}

pe-step-add-title = أضف خطوة
pe-step-kind = نوع الخطوة
pe-step-title = ما هي الخطوة؟
pe-step-helper-role = من يساعد
pe-helper-none = لا أحد بعد
pe-helper-mentor = مرشد
pe-helper-coach = مدرّب توظيف
pe-helper-supervisor = مشرف في العمل
pe-step-helper-name = اسم المساعد
pe-step-due = تنتهي قبل
pe-step-add = أضف الخطوة
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] المرشد: { $name }
    [coach] مدرّب التوظيف: { $name }
   *[supervisor] المشرف: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = تنتهي قبل { $date }
pe-step-up = انقل إلى الأعلى
pe-step-down = انقل إلى الأسفل
pe-template-title = الخطوات المعتادة نحو العمل
pe-template-help = يضيف الخطوات التي يقوم بها معظم القادمين الجدد: اللغة، والشهادات، ومكتب العمل، والخبرة العملية، وشبكة العلاقات، والتقدّم للوظائف. الخطوات الموجودة في مسارك لا تُضاف مرتين.
pe-template-language = اللغة التي ستتعلمها
pe-template-level = المستوى المطلوب
pe-template-apply = أضف هذه الخطوات
