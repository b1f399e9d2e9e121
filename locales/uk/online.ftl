# Перевірка онлайн: зупинка перевірки, що триває, і сертифікати, відхилені через https.
# Locale: uk. Reviewed by a native speaker: no.

## Check online: starting, stopping, refused certificates

online-starting = З'єднання…
online-cancelling = Зупинення… Відповіді, що вже надійшли, зберігаються.
# Variables:
#   $count (Number) - credentials checked before the stop
online-cancelled = { $count ->
    [one] Зупинено після { $count } документа. Відповіді, що вже надійшли, збережено з їхніми датами; решту не перевірено.
    [few] Зупинено після { $count } документів. Відповіді, що вже надійшли, збережено з їхніми датами; решту не перевірено.
    [many] Зупинено після { $count } документів. Відповіді, що вже надійшли, збережено з їхніми датами; решту не перевірено.
   *[other] Зупинено після { $count } документів. Відповіді, що вже надійшли, збережено з їхніми датами; решту не перевірено.
}
online-cancelled-early = Зупинено, перш ніж щось було завантажено. Нічого не змінено.

# Variables:
#   $url (String) - the address that had not answered yet
error-fetch-cancelled = Зупинено, перш ніж { $url } відповів.
# Variables:
#   $url (String) - the address
#   $problem (String) - what was wrong: wrong-host, expired, untrusted or invalid
error-certificate-refused = { $problem ->
    [wrong-host] Захищене з'єднання з { $url } відхилено: його сертифікат належить іншому сайту.
    [expired] Захищене з'єднання з { $url } відхилено: його сертифікат прострочений або ще не чинний. Перевірте, чи правильні дата й час на цьому комп'ютері.
    [untrusted] Захищене з'єднання з { $url } відхилено: його сертифікат видав не довірений центр.
   *[other] Захищене з'єднання з { $url } відхилено: його сертифікат недійсний.
}
hint-certificate-refused = З цієї адреси нічого не завантажено, тож нічого не змінено. Можливо, хтось перехоплює з'єднання: спробуйте пізніше або через іншу мережу.
