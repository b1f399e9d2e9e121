# رسائل الأخطاء والتلميحات لسطر الأوامر والتطبيق.
# Locale: ar. Reviewed by a native speaker: no.

-app-name = Erkend

error-wallet-not-found = لا توجد محفظة في { $path }.
hint-wallet-not-found = أنشئ محفظة أولاً باستخدام «erkend init»، أو اختر ملف محفظة آخر.
error-wallet-exists = توجد محفظة بالفعل في { $path }. لم يتم تغييرها.
hint-wallet-exists = افتح تلك المحفظة، أو اختر اسم ملف آخر.
error-wrong-passphrase = عبارة المرور هذه لا تفتح المحفظة. لم يتم تغيير أي شيء.
hint-wrong-passphrase = تحقّق من عبارة المرور وحاول مرة أخرى. الأحرف الكبيرة مهمّة.
error-passphrase-required = هذه المحفظة محمية بعبارة مرور.
hint-passphrase-required = أدخل عبارة المرور (في متغير البيئة ERKEND_PASSPHRASE أو باستخدام ‎--passphrase-file).
error-wallet-too-new = أُنشئت هذه المحفظة بإصدار أحدث من { -app-name } (الصيغة { $found }؛ هذا التطبيق يعرف حتى { $supported }). لم يتم تغيير أي شيء.
hint-wallet-too-new = حدّث { -app-name } لفتحها.
error-wallet-damaged = ملف المحفظة تالف. حُفظت نسخة في { $copy }؛ ولم يُحذف أي شيء.
hint-wallet-damaged = استعد نسخة احتياطية، أو اطلب المساعدة لاسترجاع النسخة.
error-file-too-large = هذا الملف كبير جدًا ({ $size } بايت). الحد الأقصى { $limit } بايت.
hint-file-too-large = ملف الشارة عادةً أصغر بكثير. تأكّد من أنك اخترت الملف الصحيح.
error-empty-file = هذا الملف فارغ.
hint-empty-file = اختر ملف الشارة أو الشهادة نفسه.
error-not-a-file = { $path } مجلد وليس ملفًا.
hint-not-a-file = اختر ملفات الشارات الموجودة داخل المجلد.
error-unreadable = تعذّرت قراءة الملف { $path }: { $reason }
error-not-json = هذا الملف ليس شارة أو شهادة يستطيع { -app-name } قراءتها ({ $reason }).
hint-not-json = اختر شارة مفتوحة (JSON أو PNG أو SVG) أو ملف شهادة.
error-too-deep = هذا الملف متداخل بأكثر من { $limit } مستوى، لذلك رُفض حفاظًا على الأمان.
error-unsupported-format = هذا النوع من الملفات غير مدعوم ({ $detail }).
error-malformed-credential = هذه الشهادة ناقصة أو تالفة: { $detail }.
error-credential-not-found = لا توجد في هذه المحفظة شهادة بالمعرّف { $id }.
hint-credential-not-found = استخدم «erkend list» لرؤية المعرّفات.
error-bad-language = «{ $tag }» ليس رمز لغة يفهمه { -app-name }.
error-storage = تعذّرت قراءة المحفظة أو الكتابة فيها: { $reason }
error-io = تعذّرت قراءة ملف أو الكتابة فيه: { $reason }
error-no-randomness = لم يتمكّن النظام من توفير أرقام عشوائية آمنة.
error-usage = لم يُفهم الأمر ({ $detail }).
error-esco-data = تعذّر استخدام بيانات المهارات ESCO المدمجة: { $detail }
hint-esco-data = أعد تثبيت { -app-name }، أو احذف ملف فهرس ESCO ليُبنى من جديد.
error-esco-stopped = أوقفتَ تجهيز قائمة المهارات والوظائف. لم يتغيّر شيء.
hint-esco-stopped = يبدأ التجهيز من جديد عندما تفتح هذه الشاشة مرة أخرى. يلزم ذلك مرة واحدة فقط.

## قراءة ملفات الشارات (الاستيراد)

error-jws-malformed = نص الشارة الموقَّعة هذا مقطوع أو تالف ({ $detail }).
hint-jws-malformed = انسخ نص الشارة كاملاً مرة أخرى، أو اطلب الملف من الجهة المُصدِرة.
error-png-damaged = صورة الشارة هذه تالفة ({ $detail }).
hint-png-damaged = نزّل صورة الشارة مرة أخرى من الجهة المُصدِرة.
error-png-chunk-too-large = يدّعي جزء من هذه الصورة أن حجمه { $size } بايت؛ والحد الأقصى { $limit }. رُفض حفاظًا على الأمان.
error-png-too-many-chunks = تحتوي هذه الصورة على أكثر من { $limit } جزء، لذلك رُفضت حفاظًا على الأمان.
error-image-too-large = تدّعي هذه الصورة أن أبعادها { $width } × { $height } بكسل؛ والحد الأقصى { $limit } لكل ضلع. رُفضت حفاظًا على الأمان.
error-decompressed-too-large = البيانات المضغوطة في هذا الملف تتجاوز { $limit } بايت عند فكّها، لذلك رُفضت حفاظًا على الأمان.
error-no-badge-data = لا تحتوي هذه الصورة على شارة.
hint-no-badge-data = اختر صورة الشارة التي استلمتها من الجهة المُصدِرة، لا نسخة منها ولا لقطة شاشة.
error-baked-url-only = تحتوي هذه الصورة على رابط إلى شارة فقط ({ $url })، لا على الشارة نفسها. لا يتصل { -app-name } بالإنترنت لجلبها.
hint-baked-url-only = اطلب من الجهة المُصدِرة ملف الشارة نفسه (JSON)، أو افتح الرابط بنفسك واحفظ الشارة.
error-xml-doctype-refused = تحتوي صورة SVG هذه على تعريف لنوع المستند، ويرفضه { -app-name } حفاظًا على الأمان.
hint-xml-doctype-refused = صور الشارات لا تحتاج إليه. اطلب نسخة جديدة من الجهة المُصدِرة.
error-svg-malformed = صورة SVG هذه تالفة ({ $detail }).
error-too-many-nested = تحتوي هذه الحزمة على أكثر من { $limit } شهادة، لذلك رُفضت حفاظًا على الأمان.
error-backup-not-a-backup = هذا الملف ليس نسخة احتياطية من { -app-name }.
hint-backup-not-a-backup = اختر الملف الذي أنشأه الأمر ‎`erkend backup`‎. لم يتم تغيير أي شيء.
error-backup-truncated = ملف النسخة الاحتياطية هذا غير مكتمل: لقد قُطع قبل نهايته. لم يتم تغيير أي شيء.
hint-backup-truncated = انسخ النسخة الاحتياطية مرة أخرى من المكان الذي تحفظها فيه، وتأكّد من اكتمال النسخ.
error-backup-unsupported-version = أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من { -app-name } (الإصدار { $found }؛ هذا التطبيق يقرأ حتى { $supported }). لم يتم تغيير أي شيء.
hint-backup-unsupported-version = حدِّث { -app-name } ثم استعد النسخة مرة أخرى.
error-backup-too-large = تدّعي هذه النسخة الاحتياطية أنها تحتوي على { $size } بايت؛ والحد الأقصى { $limit }. رُفضت حفاظًا على الأمان.
error-backup-wrong-passphrase-or-damaged = لا يمكن فتح هذه النسخة الاحتياطية: عبارة المرور خاطئة، أو أن الملف تغيّر أو تلف. لم يتم تغيير أي شيء.
hint-backup-wrong-passphrase-or-damaged = تحقّق من عبارة مرور النسخة الاحتياطية (ERKEND_BACKUP_PASSPHRASE، وإلا فعبارة مرور المحفظة). إن كانت صحيحة فالملف تالف: استخدم نسخة أخرى.
error-backup-passphrase-required = يجب حماية النسخة الاحتياطية بعبارة مرور، ولم تُعطَ أي عبارة.
hint-backup-passphrase-required = اضبط ERKEND_BACKUP_PASSPHRASE (أو أعطِ عبارة مرور المحفظة).

error-vault-not-found = لا توجد خزنة متعلّم { $id } على هذا الحاسوب.
hint-vault-not-found = اختر خزنتك من القائمة، أو أنشئ خزنة جديدة.
error-vault-card-invalid = { $field ->
        [avatar] الصورة
       *[other] الاسم
    } المعروض في قائمة الملفات الشخصية يجب ألا يتجاوز { $max } حرفًا، ومن دون أحرف تحكّم.
error-signing-failed = تعذّر التوقيع: { $detail }
error-signer-name-required = يحتاج التوقيع إلى اسمك، حتى يرى المتعلّم من يشهد له.
hint-signer-name-required = أعطِ اسمك مرة واحدة بالخيار ‎--name (واسم مؤسستك بالخيار ‎--organisation)؛ وستتذكّره المحفظة.
error-endorsement-request-invalid = هذا ليس طلب تزكية يستطيع Erkend قراءته: { $detail }
hint-endorsement-request-invalid = اطلب من المتعلّم أن يصدّر الطلب مرة أخرى من محفظة Erkend الخاصة به.
error-endorse-target-has-no-id = الشهادة { $id } ليس لها مُعرِّف خاص بها، فلا يمكن أن تشير إليها تزكية.
hint-endorse-target-has-no-id = اطلب بدلاً من ذلك تزكية لمهارة، أو لشهادة أخرى.

error-recovery-code-invalid = هذا ليس رمز استرداد صالحًا: هناك حرف خاطئ أو ناقص أو زائد.
hint-recovery-code-invalid = انسخ الرمز مرة أخرى من ورقة الاسترداد: ‏32 حرفًا ورقمًا في مجموعات من أربعة. الشرطات والمسافات وحالة الأحرف لا تهمّ.
error-trust-list-malformed = هذا الملف ليس قائمة ثقة ({ $detail }).
hint-trust-list-malformed = اطلب ممن أعطاك القائمة الملفَّ الذي وقّعه.
error-trust-list-tampered = تم تغيير قائمة الثقة هذه بعد توقيعها، لذلك رُفضت.
hint-trust-list-tampered = احصل على نسخة جديدة من القائمة من الجهة التي تنشرها. لم يُثبَّت شيء.
error-trust-list-expired = قائمة الثقة هذه غير صالحة الآن (تنتهي صلاحيتها أو تبدأ في { $until })، لذلك رُفضت.
hint-trust-list-expired = احصل على القائمة الحالية من الجهة التي تنشرها.
error-trust-list-unknown-signer = قائمة الثقة هذه موقّعة بمفتاح لا يعرفه { -app-name }: { $key }.
hint-trust-list-unknown-signer = فقط إذا أكّدت الجهة التي أعطتك القائمة هذا المفتاح، ثبّتها باستخدام ‎--accept-key { $key }‎.
error-url-refused = لا يجلب { -app-name } إلا العناوين الآمنة (https)؛ لم يُجلب { $url }.
error-fetch-failed = تعذّر جلب { $url } ({ $reason }).
hint-fetch-failed = تحقّق من الاتصال بالإنترنت وحاول مرة أخرى لاحقًا. ما تم التحقق منه سابقًا يبقى كما هو.
error-fetch-too-large = أرسل { $url } أكثر من { $limit } بايت؛ أُوقف التنزيل.
# Variables: $field (which field), $reason (what is wrong with it)
error-profile-invalid = لا يمكن حفظ هذا الجزء من الملف الشخصي: { $field } — { $reason }.
hint-profile-invalid = اكتب التواريخ بالشكل 2024-05 أو 2024-05-31، ومستويات اللغة بالشكل A1 أو A2 أو B1 أو B2 أو C1 أو C2، والروابط كعنوان مهارة أو مهنة في ESCO ‏(http://data.europa.eu/esco/…).
# Variables: $id (the step id asked for)
error-route-step-not-found = لا توجد في مسار تعلّمك خطوة بالمعرّف { $id }.
hint-route-step-not-found = اعرض معرّفات الخطوات بالأمر: erkend route show --json
error-route-no-target = ليس لمسار تعلّمك هدف بعد، لذلك لا يمكن إضافة خطوات.
hint-route-no-target = اختر أولاً مهنة هدفاً: erkend route set-target URI
## الإثباتات القابلة للمشاركة (رموز QR)
error-proof-base45-character = يحتوي رمز الإثبات هذا على حرف لا ينتمي إليه (في الموضع { $position }). ربما قُرئ خطأً أو تغيّر.
hint-proof-base45-character = امسح الرمز مرة أخرى، أو استخدم الإثبات المطبوع الأصلي.
error-proof-base45-length = رمز الإثبات هذا ناقص ({ $length } حرفًا لا يمكن أن تكون رمزًا كاملاً).
hint-proof-base45-length = امسح الرمز مرة أخرى؛ ربما ينقصه جزء.
error-proof-base45-overflow = رمز الإثبات هذا تالف عند الموضع { $position }.
error-proof-unknown-prefix = هذا ليس رمز إثبات من { -app-name }، أو أنه من إصدار لا يعرفه هذا التطبيق.
hint-proof-unknown-prefix = تأكد من أنك مسحت الرمز الصحيح؛ وحدّث { -app-name } إن كان الإثبات أحدث.
error-proof-unknown-format = يستخدم رمز الإثبات هذا صيغة لا يعرفها هذا التطبيق (الصيغة { $byte }).
hint-proof-unknown-format = حدّث { -app-name } لقراءته.
error-proof-empty = رمز الإثبات هذا فارغ.
error-proof-too-long = هذا الرمز أطول من أن يكون إثباتًا ({ $length } حرفًا؛ والحد الأقصى { $limit }). رُفض حفاظًا على الأمان.
error-proof-chunk-header = تسمية هذا الجزء من الإثبات تالفة ({ $detail }).
error-proof-too-many-chunks = يدّعي هذا الإثبات أن له { $total } أجزاء؛ والمسموح { $limit } على الأكثر. رُفض.
error-proof-chunk-duplicate = أُعطي الجزء { $index } من الإثبات { $set } مرتين.
hint-proof-chunk-duplicate = أعطِ كل جزء من الإثبات مرة واحدة.
error-proof-chunk-missing = الإثبات { $set } ناقص: الجزء { $missing } مفقود.
hint-proof-chunk-missing = امسح كل رموز الإثبات؛ التسميات تحت الرموز تبيّن عددها.
error-proof-chunk-mixed = أجزاء الإثبات { $set } لا تنتمي إلى بعضها.
hint-proof-chunk-mixed = اختلطت أجزاء من إثباتات مختلفة. امسح رموز إثبات واحد فقط.
error-proof-inflate-too-large = يتوسّع هذا الإثبات إلى أكثر من { $limit } بايت. رُفض حفاظًا على الأمان.
error-proof-inflate-damaged = البيانات في رمز الإثبات هذا تالفة أو مقطوعة.
hint-proof-inflate-damaged = امسح الرمز مرة أخرى، أو استخدم الإثبات المطبوع الأصلي.
error-proof-wrong-dictionary = حُزم رمز الإثبات هذا بطريقة لا تطابق صيغته.
error-proof-trailing-bytes = في نهاية رمز الإثبات هذا بيانات زائدة. رُفض.
error-proof-card-malformed = بطاقة الإثبات هذه تالفة ({ $detail }).
error-proof-card-algorithm = تستخدم بطاقة الإثبات هذه طريقة توقيع غير مسموح بها.
error-proof-too-large-for-codes = هذه الشهادة أكبر من أن تُطبع رموزًا ({ $bytes } بايت؛ و{ $codes } رموز على الأكثر). على الأرجح تحتوي على صور.
hint-proof-too-large-for-codes = شاركها كرابط بدلاً من ذلك (إن كانت الجهة المُصدِرة تعرضها على الإنترنت)، أو كملف.
error-proof-no-codes = لم يُعثر على أي رمز إثبات في هذا الملف.
hint-proof-no-codes = استخدم صورة أو مسحًا ضوئيًا واضحًا وجيد الإضاءة يظهر فيه كل رمز كاملاً.
error-proof-image-unreadable = لا يمكن قراءة هذه الصورة ({ $detail }).
error-proof-pdf-unreadable = لا يمكن قراءة ملف PDF هذا ({ $detail }).
error-proof-file-type = لا تستطيع الإثباتات استخدام ملفات من النوع «{ $ext }».
hint-proof-file-type = استخدم ‎.pdf أو ‎.png أو ‎.txt للتصدير؛ و‎.pdf أو ‎.png أو ‎.jpg أو ‎.txt للتحقق.
error-proof-no-hosted-url = ليس لهذه الشهادة عنوان ويب تعرضها فيه الجهة المُصدِرة، لذا لا يمكن إنشاء رمز رابط.
# Variables:
#   $chars (Number) - length of the QR payload
error-pdf-qr-too-large = لا يتّسع رمز QR واحد لـ { $chars } حرفًا، لذلك لم يُطبع الإثبات.
hint-pdf-qr-too-large = قسّم الشهادة على رموز أكثر، أو شاركها رابطًا بدلاً من ذلك.
# Variables:
#   $detail (String) - technical detail
error-pdf-write = تعذّر إنشاء ملف PDF ({ $detail }).
