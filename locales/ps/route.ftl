# د زده کړې لاره: د نویو راغلو لپاره د ګامونو پلان او د سندونو د لړۍ پرمختګ.
# Locale: ps. Reviewed by a native speaker: no.

route-template-language = د خپل نوي هېواد ژبه زده کړئ
route-template-diploma = خپلې ډیپلومې د ارزونې لپاره وسپارئ
route-template-register = د کار په مرکز کې نوم ولیکئ
route-template-work-experience = دلته د کار تجربه ترلاسه کړئ (رضاکاره کار، د ژبې انټرنشپ یا د کار تجربې ځای)
route-template-network = د خپلو پېژندګلو کړۍ جوړه کړئ
route-template-apply = دندو ته غوښتنلیک ورکړئ
# Variables:
#   $earned (Number) - credentials of the stack earned so far
#   $total (Number) - credentials in the stack
route-stack-progress = له { $total } څخه { $earned } ترلاسه شوي
