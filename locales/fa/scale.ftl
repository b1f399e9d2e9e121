# فهرست کیف در حالت شهادت‌نامه‌های زیاد (issue #12).
# Locale: fa (Dari wording). Reviewed by a native speaker: no.

# The button under the list that loads the next page of cards.
wallet-show-more = نمایش بیشتر
