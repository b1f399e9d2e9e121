# Çok sayıda belgeyle cüzdan listesi (issue #12).
# Locale: tr. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = Daha fazla göster
