# The wallet list's skill filter: a search over the skills the learner's credentials name.
# Locale: en (base). Reviewed by a native speaker: no.

## Wallet: filter by skill

wallet-skill-help = Type part of a skill's name, or choose one of the skills that appear most often.
# Variables:
#   $count (Number) - how many of the learner's credentials name this skill
wallet-skill-count = { $count ->
    [one] in 1 credential
   *[other] in { $count } credentials
}
wallet-skill-none = None of your credentials names a skill like this. Try another word.
# Variables:
#   $count (Number) - how many skills the list offers (read out by screen readers)
wallet-skill-found = { $count ->
    [one] 1 skill found
   *[other] { $count } skills found
}
wallet-skill-empty = None of your credentials names a skill yet.
