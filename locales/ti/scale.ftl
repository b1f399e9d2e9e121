# ዝርዝር ቦርሳ ምስ ብዙሓት ምስክር ወረቐታት (issue #12).
# Locale: ti. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = ተወሳኺ ኣርኢ
