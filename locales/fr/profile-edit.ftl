## Modifier le profil de compétences (identité, langues, expérience professionnelle, vos propres
## compétences), une offre d'emploi collée, ajouter ou modifier les étapes du parcours.
# Locale: fr. Reviewed by a native speaker: no.

pe-edit = Modifier
pe-remove = Supprimer
pe-cancel = Annuler la modification
pe-saved = Enregistré.
esco-search-label-any = Chercher une compétence ou un métier

pe-own-help = Les compétences ajoutées ici comptent comme votre propre parole jusqu’à ce qu’un titre ou un mentor les confirme.
pe-own-mark = Votre propre parole

pe-person-title = À propos de moi
pe-person-local = Ces données restent sur cet ordinateur, dans votre portefeuille. Erkend ne les envoie nulle part.
pe-person-name = Nom
pe-person-languages = Langues que je parle
pe-person-email = Adresse e-mail
pe-person-phone = Numéro de téléphone
pe-person-address = Adresse ou ville
pe-person-save = Enregistrer mes données

pe-languages-title = Mes langues
pe-language-add = Ajouter une langue
pe-language-label = Langue
pe-language-mother = Langue maternelle
pe-cefr-legend = Mon niveau (A1 = débutant, C2 = très bon)
pe-cefr-none = Non renseigné
pe-cefr-listening = Écouter
pe-cefr-reading = Lire
pe-cefr-speaking = Parler
pe-cefr-writing = Écrire
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = Écouter : { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = Lire : { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = Parler : { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = Écrire : { $level }
pe-language-save = Enregistrer cette langue

pe-experience-title = Mon expérience professionnelle
pe-experience-add = Ajouter une expérience
pe-experience-edit = Modifier cette expérience
pe-experience-kind = Type de travail
pe-experience-kind-job = Travail rémunéré
pe-experience-kind-volunteer = Bénévolat
pe-experience-kind-language-internship = Stage linguistique
pe-experience-kind-work-experience-place = Stage d’expérience professionnelle
pe-experience-kind-self-employed = Ma propre entreprise
pe-experience-job = Poste ou rôle
pe-experience-organisation = Employeur ou organisation
pe-experience-place = Ville ou pays
pe-experience-from = Du
pe-experience-to = Au
pe-date-help = Par exemple 2023 ou 2023-05.
pe-date-help-to = Laissez vide si vous y travaillez encore.
pe-experience-description = Qu’avez-vous fait là-bas ?
pe-experience-links = Compétences et métiers de la liste européenne (ESCO)
pe-experience-no-links = Rien de lié pour l’instant. Cherchez ci-dessous.
pe-experience-save = Enregistrer l’expérience

pe-vacancy-title = Une offre d’emploi me convient-elle ?
pe-vacancy-help = Collez le texte d’une offre d’emploi. Erkend trouve les compétences citées et les compare à votre profil, sur cet ordinateur.
pe-vacancy-text = Texte de l’offre
pe-vacancy-language = Langue de l’offre
pe-vacancy-language-help = Les compétences sont reconnues dans ces langues.
pe-vacancy-submit = Trouver les compétences
pe-vacancy-none = Aucune compétence de la liste européenne n’a été trouvée dans ce texte. Vérifiez la langue, ou collez un texte plus long.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = Correspondance { $percent } : vous avez { $have } des { $total } compétences demandées par cette offre.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] { $count } compétence trouvée dans le texte
   *[other] { $count } compétences trouvées dans le texte
}
pe-vacancy-held = Vous l’avez
pe-vacancy-gap = Encore à apprendre
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] { $count } compétence encore à apprendre
   *[other] { $count } compétences encore à apprendre
}

pe-step-add-title = Ajouter une étape
pe-step-kind = Type d’étape
pe-step-title = Quelle est l’étape ?
pe-step-helper-role = Qui aide
pe-helper-none = Personne pour l’instant
pe-helper-mentor = Mentor
pe-helper-coach = Conseiller emploi
pe-helper-supervisor = Tuteur au travail
pe-step-helper-name = Nom de la personne qui aide
pe-step-due = À terminer avant le
pe-step-add = Ajouter l’étape
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] Mentor : { $name }
    [coach] Conseiller emploi : { $name }
   *[supervisor] Tuteur : { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = À terminer avant le { $date }
pe-step-up = Monter
pe-step-down = Descendre
pe-template-title = Les étapes habituelles vers l’emploi
pe-template-help = Ajoute les étapes que suivent la plupart des nouveaux arrivants : la langue, la reconnaissance des diplômes, l’agence pour l’emploi, l’expérience professionnelle, un réseau, les candidatures. Les étapes déjà dans votre parcours ne sont pas ajoutées deux fois.
pe-template-language = Langue à apprendre
pe-template-level = Niveau à atteindre
pe-template-apply = Ajouter ces étapes
