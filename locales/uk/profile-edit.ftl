## Редагування профілю навичок (особисті дані, мови, досвід роботи, ваші власні навички),
## вставлена вакансія, додавання та зміна кроків шляху.
# Locale: uk. Reviewed by a native speaker: no.

pe-edit = Змінити
pe-remove = Видалити
pe-cancel = Скасувати зміну
pe-saved = Збережено.
esco-search-label-any = Знайти навичку або професію

pe-own-help = Навички, які ви додаєте тут, вважаються вашим власним словом, доки їх не підтвердить документ або наставник.
pe-own-mark = Ваше власне слово

pe-person-title = Про мене
pe-person-local = Це залишається на цьому комп’ютері, у вашому гаманці. Erkend нікуди це не надсилає.
pe-person-name = Ім’я
pe-person-languages = Мови, якими я розмовляю
pe-person-email = Адреса електронної пошти
pe-person-phone = Номер телефону
pe-person-address = Адреса або місто
pe-person-save = Зберегти мої дані

pe-languages-title = Мої мови
pe-language-add = Додати мову
pe-language-label = Мова
pe-language-mother = Рідна мова
pe-cefr-legend = Мій рівень (A1 = початківець, C2 = дуже добре)
pe-cefr-none = Не заповнено
pe-cefr-listening = Слухання
pe-cefr-reading = Читання
pe-cefr-speaking = Говоріння
pe-cefr-writing = Письмо
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = Слухання: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = Читання: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = Говоріння: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = Письмо: { $level }
pe-language-save = Зберегти цю мову

pe-experience-title = Мій досвід роботи
pe-experience-add = Додати досвід роботи
pe-experience-edit = Змінити цей досвід роботи
pe-experience-kind = Вид роботи
pe-experience-kind-job = Оплачувана робота
pe-experience-kind-volunteer = Волонтерська робота
pe-experience-kind-language-internship = Мовне стажування
pe-experience-kind-work-experience-place = Місце для здобуття досвіду роботи
pe-experience-kind-self-employed = Моя власна справа
pe-experience-job = Посада або роль
pe-experience-organisation = Роботодавець або організація
pe-experience-place = Місто або країна
pe-experience-from = З
pe-experience-to = До
pe-date-help = Наприклад, 2023 або 2023-05.
pe-date-help-to = Залиште порожнім, якщо ви досі там працюєте.
pe-experience-description = Що ви там робили?
pe-experience-links = Навички та професії з європейського переліку (ESCO)
pe-experience-no-links = Поки нічого не пов’язано. Шукайте нижче.
pe-experience-save = Зберегти досвід роботи

pe-vacancy-title = Чи підходить мені вакансія?
pe-vacancy-help = Вставте текст вакансії. Erkend знайде названі в ньому навички й порівняє їх із вашим профілем на цьому комп’ютері.
pe-vacancy-text = Текст вакансії
pe-vacancy-language = Мова вакансії
pe-vacancy-language-help = Навички розпізнаються цими мовами.
pe-vacancy-submit = Знайти навички
pe-vacancy-none = У цьому тексті не знайдено навичок з європейського переліку. Перевірте мову або вставте довший текст.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = Відповідність { $percent }: у вас є { $have } з { $total } навичок, яких вимагає ця вакансія.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] У тексті знайдено { $count } навичку
    [few] У тексті знайдено { $count } навички
    [many] У тексті знайдено { $count } навичок
   *[other] У тексті знайдено { $count } навички
}
pe-vacancy-held = Це у вас є
pe-vacancy-gap = Ще треба навчитися
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] Ще треба навчитися { $count } навичці
    [few] Ще треба навчитися { $count } навичкам
    [many] Ще треба навчитися { $count } навичкам
   *[other] Ще треба навчитися { $count } навички
}

pe-step-add-title = Додати крок
pe-step-kind = Вид кроку
pe-step-title = Що це за крок?
pe-step-helper-role = Хто допомагає
pe-helper-none = Поки ніхто
pe-helper-mentor = Наставник
pe-helper-coach = Кар’єрний консультант
pe-helper-supervisor = Керівник на роботі
pe-step-helper-name = Ім’я помічника
pe-step-due = Виконати до
pe-step-add = Додати крок
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] Наставник: { $name }
    [coach] Кар’єрний консультант: { $name }
   *[supervisor] Керівник: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = Виконати до { $date }
pe-step-up = Вище
pe-step-down = Нижче
pe-template-title = Звичайні кроки до роботи
pe-template-help = Додає кроки, які роблять більшість новоприбулих: мова, визнання дипломів, центр зайнятості, досвід роботи, мережа знайомств, подання заявок. Кроки, які вже є у вашому шляху, не додаються двічі.
pe-template-language = Мова, яку треба вивчити
pe-template-level = Рівень, якого треба досягти
pe-template-apply = Додати ці кроки
