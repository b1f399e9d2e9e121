## Editing the skills profile (person, languages, work experience, own skills), a pasted
## vacancy, and adding or changing route steps.

pe-edit = Change
pe-remove = Remove
pe-cancel = Stop changing
pe-saved = Saved.
esco-search-label-any = Find a skill or a job

pe-own-help = Skills you add here count as your own word until a credential or a mentor confirms them.
pe-own-mark = Your own word

pe-person-title = About me
pe-person-local = This stays on this computer, in your wallet. Erkend sends it nowhere.
pe-person-name = Name
pe-person-languages = Languages I speak
pe-person-email = E-mail address
pe-person-phone = Telephone number
pe-person-address = Address or town
pe-person-save = Save my details

pe-languages-title = My languages
pe-language-add = Add a language
pe-language-label = Language
pe-language-mother = Mother tongue
pe-cefr-legend = My level (A1 = beginner, C2 = very good)
pe-cefr-none = Not filled in
pe-cefr-listening = Listening
pe-cefr-reading = Reading
pe-cefr-speaking = Speaking
pe-cefr-writing = Writing
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-listening-short = Listening: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-reading-short = Reading: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-speaking-short = Speaking: { $level }
# Variables:
#   $level (String) - CEFR level A1 … C2, or a dash when not filled in
pe-cefr-writing-short = Writing: { $level }
pe-language-save = Save this language

pe-experience-title = My work experience
pe-experience-add = Add work experience
pe-experience-edit = Change this work experience
pe-experience-kind = What kind of work
pe-experience-kind-job = Paid work
pe-experience-kind-volunteer = Volunteer work
pe-experience-kind-language-internship = Language internship
pe-experience-kind-work-experience-place = Work-experience place
pe-experience-kind-self-employed = My own business
pe-experience-job = Job or role
pe-experience-organisation = Employer or organisation
pe-experience-place = Town or country
pe-experience-from = From
pe-experience-to = Until
pe-date-help = For example 2023 or 2023-05.
pe-date-help-to = Leave empty if you still work there.
pe-experience-description = What did you do there?
pe-experience-links = Skills and jobs from the European list (ESCO)
pe-experience-no-links = None linked yet. Search below.
pe-experience-save = Save work experience

pe-vacancy-title = Does a vacancy fit me?
pe-vacancy-help = Paste the text of a vacancy. Erkend finds the skills it names and compares them with your profile, on this computer.
pe-vacancy-text = Vacancy text
pe-vacancy-language = Language of the vacancy
pe-vacancy-language-help = Skills are recognised in these languages.
pe-vacancy-submit = Find the skills
pe-vacancy-none = No skills from the European list were found in this text. Check the language, or paste a longer text.
# Variables:
#   $percent (String) - the fit, formatted as a percentage
#   $have (Number) - skills of the vacancy you have
#   $total (Number) - skills found in the vacancy
pe-vacancy-fit = Fit { $percent }: you have { $have } of the { $total } skills this vacancy asks for.
# Variables:
#   $count (Number) - skills found in the vacancy
pe-vacancy-skills = { $count ->
    [one] One skill found in the text
   *[other] { $count } skills found in the text
}
pe-vacancy-held = You have this
pe-vacancy-gap = Still to learn
# Variables:
#   $count (Number) - skills of the vacancy you do not have yet
pe-vacancy-gaps = { $count ->
    [one] One skill still to learn
   *[other] { $count } skills still to learn
}

pe-step-add-title = Add a step
pe-step-kind = Kind of step
pe-step-title = What is the step?
pe-step-helper-role = Who helps
pe-helper-none = Nobody yet
pe-helper-mentor = Mentor
pe-helper-coach = Job coach
pe-helper-supervisor = Supervisor at work
pe-step-helper-name = Name of the helper
pe-step-due = Done before
pe-step-add = Add the step
# Variables:
#   $role (String) - mentor, coach or supervisor
#   $name (String) - the helper's name
pe-step-helper = { $role ->
    [mentor] Mentor: { $name }
    [coach] Job coach: { $name }
   *[supervisor] Supervisor: { $name }
}
# Variables:
#   $date (String) - the due date, already formatted
pe-step-due-on = Done before { $date }
pe-step-up = Move up
pe-step-down = Move down
pe-template-title = The usual steps to work
pe-template-help = Adds the steps most newcomers take: language, diplomas, the job centre, work experience, a network, applying. Steps already in your route are not added twice.
pe-template-language = Language to learn
pe-template-level = Level to reach
pe-template-apply = Add these steps
