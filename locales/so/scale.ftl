# Liiska boorsada marka shahaadooyin badan jiraan (issue #12).
# Locale: so. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = Muuji wax badan
