# گواهی‌های قابل شریک‌سازی: بررسی کارت‌ها و پیام‌های خط فرمان.
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

check-card-signature-valid = کارت گواهی توسط { $signer } امضا شده است.
check-card-signature-invalid = امضای کارت گواهی معتبر نیست: تغییر کرده یا کس دیگری آن را امضا کرده است.
check-card-signer-unknown = کارت گواهی با کلیدی امضا شده که این کمپیوتر آن را نمی‌شناسد (کلید { $kid }).
check-card-signer-trusted = امضاکننده { $signer } در فهرست اعتماد شما است.
check-card-summary-not-verified = خلاصه، تأیید نشده: کارت توسط { $signer } امضا شده که در فهرست اعتماد شما نیست. کدهای کامل سند را بررسی کنید.
check-card-issued-in-future = کارت گواهی می‌گوید در { $date } امضا شده، که در آینده است. ساعت این کمپیوتر را بررسی کنید.
check-link-not-fetched = کد لینک به { $url }: باز نشد. فقط اگر به این آدرس اعتماد دارید، خود تان آن را باز کنید.

cli-proof-exported = گواهی در { $path } نوشته شد.
cli-proof-verified = { $name } — تأیید شد
cli-proof-not-verified = { $name } — تأیید نشد
cli-proof-summary = { $name } — خلاصه، تأیید نشده
cli-proof-unchecked = { $name } — بدون انترنت بررسی شده نتوانست
cli-proof-holder = دارنده: { $name } — با یک سند هویت (مثلاً تذکره) مقایسه کنید.
cli-proof-link = لینک (باز نشده): { $url }
