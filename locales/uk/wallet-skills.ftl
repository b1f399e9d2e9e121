# Фільтр навичок у списку гаманця: пошук серед навичок, названих у ваших документах.
# Locale: uk. Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = Введіть частину назви навички або виберіть одну з тих, що трапляються найчастіше.
wallet-skill-count = { $count ->
    [one] у { $count } документі
    [few] у { $count } документах
    [many] у { $count } документах
   *[other] у { $count } документа
}
wallet-skill-none = Жоден ваш документ не називає такої навички. Спробуйте інше слово.
wallet-skill-found = { $count ->
    [one] Знайдено { $count } навичку
    [few] Знайдено { $count } навички
    [many] Знайдено { $count } навичок
   *[other] Знайдено { $count } навички
}
wallet-skill-empty = Жоден ваш документ ще не називає навичок.
