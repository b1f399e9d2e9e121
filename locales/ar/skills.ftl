## The skills profile (grouped by ESCO pillar) and occupation matching.
# Locale: ar. Reviewed by a native speaker: no.

profile-pillar-skills = المهارات
profile-pillar-knowledge = المعارف
profile-pillar-transversal = المهارات المستعرضة
profile-pillar-language = اللغات
profile-evidence-verified-credential = شهادة موثّقة
profile-evidence-endorsed = مُصادق عليها
profile-evidence-mentor-observed = لاحظها مرشد
profile-evidence-self-declared = بحسب قولك
# Variables:
#   $have (Number) - essential skills held
#   $total (Number) - essential skills of the occupation
#   $matched (String) - their labels, comma-separated
match-explain-have = { $have ->
    [0] ليس لديك أيٌّ من المهارات الأساسية الـ{ $total }.
   *[other] لديك { $have } من { $total } مهارات أساسية: { $matched }.
}
# Variables:
#   $missing (String) - labels of the essential skills not held, comma-separated
match-explain-missing = ما زال ينقصك: { $missing }.
# Variables:
#   $related (Number) - missing skills that a related skill you have partly covers
match-explain-related = { $related ->
    [one] لإحداها لديك مهارة قريبة منها (تُحسب بالنصف).
   *[other] لـ{ $related } منها لديك مهارات قريبة (تُحسب بالنصف).
}
