# Список гаманця з великою кількістю документів (issue #12).
# Locale: uk. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = Показати більше
