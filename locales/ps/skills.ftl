# د مهارتونو پروفایل (د ESCO د ستنو له مخې ډلبندي) او له دندو سره برابري.
# Locale: ps. Reviewed by a native speaker: no.

profile-pillar-skills = مهارتونه
profile-pillar-knowledge = پوهه
profile-pillar-transversal = د هر کار لپاره مهارتونه
profile-pillar-language = ژبې
profile-evidence-verified-credential = تایید شوی سند
profile-evidence-endorsed = چا تایید کړی
profile-evidence-mentor-observed = لارښود لیدلی
profile-evidence-self-declared = ستاسو خپله خبره
# Variables:
#   $have (Number) - essential skills held
#   $total (Number) - essential skills of the occupation
#   $matched (String) - their labels, comma-separated
match-explain-have = { $have ->
    [0] تاسو له { $total } اساسي مهارتونو څخه هېڅ یو نه لرئ.
   *[other] تاسو له { $total } اساسي مهارتونو څخه { $have } لرئ: { $matched }.
}
# Variables:
#   $missing (String) - labels of the essential skills not held, comma-separated
match-explain-missing = کم دي: { $missing }.
# Variables:
#   $related (Number) - missing skills that a related skill you have partly covers
match-explain-related = { $related ->
    [one] د یوه لپاره یې تاسو یو اړوند مهارت لرئ (نیم شمېرل کېږي).
   *[other] د { $related } لپاره یې تاسو اړوند مهارت لرئ (نیم شمېرل کېږي).
}
