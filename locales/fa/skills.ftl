# Locale: fa (Dari wording). Reviewed by a native speaker: no.

## پروفایل مهارت‌ها (به ترتیب ستون‌های ESCO) و مقایسه با وظیفه‌ها.

profile-pillar-skills = مهارت‌ها
profile-pillar-knowledge = دانش
profile-pillar-transversal = مهارت‌های لازم برای هر کار
profile-pillar-language = زبان‌ها
profile-evidence-verified-credential = سند تأییدشده
profile-evidence-endorsed = کسی آن را تأیید کرده
profile-evidence-mentor-observed = یک رهنما آن را دیده
profile-evidence-self-declared = گفتهٔ خود شما
match-explain-have = { $have ->
    [0] شما هیچ‌کدام از { $total } مهارت اساسی را ندارید.
   *[other] شما { $have } از { $total } مهارت اساسی را دارید: { $matched }.
}
match-explain-missing = کم است: { $missing }.
match-explain-related = { $related ->
    [one] برای یکی از آن‌ها یک مهارت نزدیک دارید (نصف حساب می‌شود).
   *[other] برای { $related } تا از آن‌ها یک مهارت نزدیک دارید (نصف حساب می‌شود).
}
