# The wallet list at scale (issue #12).
# Locale: en (base locale, always complete). Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = Show more
