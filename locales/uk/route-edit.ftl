# Зміна кроку маршруту на екрані маршруту: форма і чому програма відхиляє зміну.
# Locale: uk (Ukrainian). Reviewed by a native speaker: no.

route-step-edit-title = Змінити цей крок
route-step-save = Зберегти крок
route-step-due-help = Наприклад, 2026-05-31. Залиште порожнім, якщо дати немає.

error-route-step-title-empty = Цей крок не має назви.
hint-route-step-title-empty = Напишіть кількома словами, що це за крок, наприклад «Піти до центру зайнятості».
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = «{ $date }» — це не дата.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = Напишіть дату як рік-місяць-день, наприклад 2026-05-31, або залиште порожнім.
error-route-step-helper-incomplete = Скажіть, хто допомагає: виберіть, хто це, і напишіть ім’я.
hint-route-step-helper-incomplete = Якщо ще ніхто не допомагає, виберіть «Ще ніхто» і залиште ім’я порожнім.
