## تغيير خطوة في المسار على شاشة المسار: النموذج، ولماذا يرفض التطبيق التغيير.
# Locale: ar. Reviewed by a native speaker: no.

route-step-edit-title = غيّر هذه الخطوة
route-step-save = احفظ الخطوة
route-step-due-help = مثلًا ⁦2026-05-31⁩. اتركه فارغًا إذا لم يكن هناك تاريخ.

error-route-step-title-empty = ليس لهذه الخطوة عنوان.
hint-route-step-title-empty = اكتب في كلمات قليلة ما هي الخطوة، مثلًا «زيارة مكتب العمل».
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = «{ $date }» ليس تاريخًا.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = اكتب التاريخ بالشكل سنة-شهر-يوم، مثلًا ⁦2026-05-31⁩، أو اتركه فارغًا.
error-route-step-helper-incomplete = قل من يساعد: اختر من هو واكتب اسمه.
hint-route-step-helper-incomplete = إذا لم يساعدك أحد بعد، اختر «لا أحد بعد» واترك الاسم فارغًا.
