# De lijst van de portemonnee bij veel bewijzen (issue #12).
# Locale: nl. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = Meer tonen
