# Locale: fa (Dari wording). Reviewed by a native speaker: no.

## مسیر یادگیری: نمونهٔ پلان قدم به قدم برای تازه‌واردها و پیشرفت در یک مجموعه از اسناد.

route-template-language = زبان کشور نو خود را یاد بگیرید
route-template-diploma = دیپلوم‌های خود را برای ارزیابی بسپارید
route-template-register = نزد ادارهٔ کاریابی ثبت نام کنید
route-template-work-experience = این‌جا تجربهٔ کاری به دست آورید (کار داوطلبانه، کارآموزی زبان یا جای تجربهٔ کاری)
route-template-network = شبکهٔ آشنایان خود را بسازید
route-template-apply = برای کار درخواست بدهید
route-stack-progress = { $earned } از { $total } به دست آمد
