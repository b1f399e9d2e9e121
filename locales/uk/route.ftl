# Навчальний шлях: шаблон кроків для новоприбулих і поступ у наборі документів.
# Locale: uk (Ukrainian). Reviewed by a native speaker: no.

route-template-language = Вивчіть мову своєї нової країни
route-template-diploma = Подайте дипломи на оцінювання
route-template-register = Зареєструйтеся в центрі зайнятості
route-template-work-experience = Здобудьте тут досвід роботи (волонтерство, мовне стажування або місце для набуття досвіду роботи)
route-template-network = Розбудуйте мережу контактів
route-template-apply = Подавайте заявки на роботу
route-stack-progress = Здобуто { $earned } з { $total }
