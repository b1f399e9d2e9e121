# Locale: fa (Dari wording). Reviewed by a native speaker: no.

## تغییر دادن یک قدم مسیر در صفحهٔ مسیر: فورم آن، و اینکه چرا برنامه یک تغییر را رد می‌کند.

route-step-edit-title = این قدم را تغییر بدهید
route-step-save = قدم را ذخیره کنید
route-step-due-help = مثلاً ⁦2026-05-31⁩. اگر تاریخ ندارد، خالی بمانید.

error-route-step-title-empty = این قدم عنوان ندارد.
hint-route-step-title-empty = با چند کلمه بنویسید که قدم چیست، مثلاً «رفتن به دفتر کاریابی».
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = «{ $date }» تاریخ نیست.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = تاریخ را به شکل سال-ماه-روز بنویسید، مثلاً ⁦2026-05-31⁩، یا خالی بمانید.
error-route-step-helper-incomplete = بگویید چه کسی کمک می‌کند: انتخاب کنید که کیست و نامش را بنویسید.
hint-route-step-helper-incomplete = اگر هنوز هیچ کس کمک نمی‌کند، «هنوز هیچ کس» را انتخاب کنید و نام را خالی بمانید.
