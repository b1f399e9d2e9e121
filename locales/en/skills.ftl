## The skills profile (grouped by ESCO pillar) and occupation matching.

profile-pillar-skills = Skills
profile-pillar-knowledge = Knowledge
profile-pillar-transversal = Transversal skills
profile-pillar-language = Languages
profile-evidence-verified-credential = verified credential
profile-evidence-endorsed = endorsed
profile-evidence-mentor-observed = seen by a mentor
profile-evidence-self-declared = your own word
# Variables:
#   $have (Number) - essential skills held
#   $total (Number) - essential skills of the occupation
#   $matched (String) - their labels, comma-separated
match-explain-have = { $have ->
    [0] You have none of the { $total } essential skills.
   *[other] You have { $have } of { $total } essential skills: { $matched }.
}
# Variables:
#   $missing (String) - labels of the essential skills not held, comma-separated
match-explain-missing = Missing: { $missing }.
# Variables:
#   $related (Number) - missing skills that a related skill you have partly covers
match-explain-related = { $related ->
    [one] For one of them you have a related skill (counted half).
   *[other] For { $related } of them you have a related skill (counted half).
}
