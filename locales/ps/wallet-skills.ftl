# د بټوې په لړ کې د مهارت فلټر: په هغو مهارتونو کې لټون چې ستاسو په اسنادو کې راغلي دي.
# Locale: ps. Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = د مهارت د نوم یوه برخه ولیکئ، یا له هغو مهارتونو څخه یو وټاکئ چې ډېر راغلي دي.
wallet-skill-count = { $count ->
    [one] په یوه سند کې
   *[other] په { $count } اسنادو کې
}
wallet-skill-none = ستاسو په هېڅ سند کې داسې مهارت نه دی راغلی. بله کلمه وازمویئ.
wallet-skill-found = { $count ->
    [one] یو مهارت وموندل شو
   *[other] { $count } مهارتونه وموندل شول
}
wallet-skill-empty = ستاسو په هېڅ سند کې تر اوسه کوم مهارت نه دی راغلی.
