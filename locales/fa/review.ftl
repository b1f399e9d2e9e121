# حالت بررسی: رهنما در پهلوی آموزنده، هر طرف به زبان خودش.
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

nav-review = بررسی
review-title = بررسی همراه با رهنما
review-intro = آموزنده و رهنما مهارت‌ها را یکجا می‌بینند. هر طرف می‌تواند به زبان خودش باشد.
review-mentor-language = زبان طرف رهنما

## طرف آموزنده.

review-learner-title = مهارت‌های آموزنده
review-learner-help = ✎ چیزی را نشان می‌دهد که آموزنده خودش درج کرده است (اظهار شخصی). تنها امضای رهنما سطح یک مهارت را بلند می‌برد.
review-learner-empty = هنوز هیچ مهارتی در پروفایل نیست.
review-in-target = برای وظیفهٔ انتخاب‌شده لازم است
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = تأیید شده توسط { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = اسناد ({ $count })
review-appraisal-shown-title = ارزیابی و قدم‌های بعدی
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = نوشته شده توسط { $adviser } به تاریخ { $date }

## طرف رهنما.

review-mentor-title = طرف رهنما
review-signer-title = کی امضا می‌کند؟
review-signer-help = مشاهده‌ها با کلید خود رهنما امضا می‌شوند که با رمز خود او محافظت شده است. آموزنده نمی‌تواند به جای رهنما امضا کند.
review-signer-pick = کلید امضای شما
review-signer-passphrase = رمز شما
review-signer-open = کلید امضای مرا باز کن
review-signer-new-title = رهنمای نو
review-signer-name = نام شما
review-signer-organisation = مؤسسهٔ شما (اختیاری)
review-signer-create = کلید امضای مرا بساز
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = شما به نام { $name } امضا می‌کنید
review-signer-key = کلید
review-signer-close = امضا را بس کن
review-target-title = وظیفهٔ هدف
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = مهارت‌هایی که آموزنده دارد ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = مهارت‌هایی که هنوز کم است ({ $count })
review-observe = تأیید که دیده شد
review-add-step = به مسیر اضافه کن
# Variables:
#   $skill (String) - the skill's name
review-step-added = به مسیر یادگیری اضافه شد: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = تأیید که دیده شد: { $skill }
review-observe-comment = چه چیزی را تأیید می‌کنید؟
review-observe-narrative = چه دیدید، چه وقت و در کجا؟ (اختیاری)
review-observe-prepare = نشان بده چه چیزی امضا می‌شود
review-cancel = لغو
review-consent-title = پیش از امضا بررسی کنید
review-consent-help = این دقیقاً همان چیزی است که کلید شما امضا می‌کند. پس از امضا، به کیف اسناد آموزنده می‌رود.
review-consent-signer = امضا شده توسط
review-consent-learner = دربارهٔ آموزنده
review-consent-skill = مهارت
review-consent-comment = سخنان شما
review-consent-narrative = آنچه دیدید
review-consent-document = سند دقیق
review-consent-sign = امضا کن
review-signed = امضا شد. اکنون مهارت مشاهدهٔ شما را نشان می‌دهد.
review-appraisal-title = ارزیابی و قدم‌های بعدی
review-appraisal-help = بخش ۴ پروفایل مهارت‌ها. به نام شما در کیف اسناد آموزنده نگه داشته می‌شود، بدون امضا.
review-appraisal-text = ارزیابی شما
review-appraisal-next = قدم‌های بعدی (هر کدام در یک سطر)
review-appraisal-save = ارزیابی را ذخیره کن
review-appraisal-saved = ذخیره شد.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = مهارت مشاهده‌شده: { $skill }

## خطاهای حالت بررسی.

error-review-signer-is-learner = این کلید از کیف اسناد خود آموزنده است، پس نمی‌تواند مهارت‌های او را تأیید کند.
hint-review-signer-is-learner = رهنما به کلید امضای خودش ضرورت دارد: «رهنمای نو» را پر کنید.
error-review-observation-stale = آنچه نشان داده شد، دیگر تازه نیست.
hint-review-observation-stale = دوباره نشان دهید چه چیزی امضا می‌شود، بعد امضا کنید.
error-review-mentor-locked = هیچ کلید امضای رهنما باز نیست.
hint-review-mentor-locked = کلید امضای خود را با رمز تان باز کنید، یا یکی بسازید.
