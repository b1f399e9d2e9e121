# د بټوې لېست د ډېرو سندونو سره (issue #12).
# Locale: ps. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = نور وښایاست
