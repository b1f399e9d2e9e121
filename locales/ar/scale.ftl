# قائمة المحفظة عند كثرة الشهادات (issue #12).
# Locale: ar. Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = عرض المزيد
