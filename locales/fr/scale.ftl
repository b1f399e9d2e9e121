# La liste du portefeuille avec beaucoup de titres (issue #12).
# Locale: fr. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = Afficher plus
