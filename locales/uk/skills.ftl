# Профіль навичок (за групами ESCO) і добір професій.
# Locale: uk (Ukrainian). Reviewed by a native speaker: no.

profile-pillar-skills = Уміння
profile-pillar-knowledge = Знання
profile-pillar-transversal = Навички для будь-якої роботи
profile-pillar-language = Мови
profile-evidence-verified-credential = перевірений документ
profile-evidence-endorsed = рекомендовано
profile-evidence-mentor-observed = помітив наставник
profile-evidence-self-declared = з ваших слів
match-explain-have = { $have ->
    [0] У вас немає жодної з основних навичок (усього їх { $total }).
   *[other] Основних навичок у вас: { $have } з { $total }: { $matched }.
}
match-explain-missing = Бракує: { $missing }.
match-explain-related = { $related ->
    [one] Для { $related } з них у вас є споріднена навичка (зараховано наполовину).
    [few] Для { $related } з них у вас є споріднені навички (зараховано наполовину).
    [many] Для { $related } з них у вас є споріднені навички (зараховано наполовину).
   *[other] Для { $related } з них у вас є споріднені навички (зараховано наполовину).
}
