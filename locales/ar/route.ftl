## The learning route: the newcomer step-plan template and stack progress.
# Locale: ar. Reviewed by a native speaker: no.

route-template-language = تعلّم لغة بلدك الجديد
route-template-diploma = قدّم شهاداتك للتقييم والمعادلة
route-template-register = سجّل في مكتب العمل
route-template-work-experience = اكتسب خبرة عمل هنا (عمل تطوعي أو تدريب لغوي أو مكان لاكتساب الخبرة)
route-template-network = ابنِ شبكة علاقاتك
route-template-apply = قدّم طلبات للوظائف
# Variables:
#   $earned (Number) - credentials of the stack earned so far
#   $total (Number) - credentials in the stack
route-stack-progress = { $earned } من { $total } تم الحصول عليها
