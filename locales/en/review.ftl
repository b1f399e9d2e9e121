# Review mode: a mentor beside the learner, each side in its own language (ui/src/screens/review.js).
# Locale: en (base locale, always complete). Reviewed by a native speaker: no.

nav-review = Review
review-title = Review with a mentor
review-intro = The learner and a mentor look at the skills together. Each side can be in its own language.
review-mentor-language = Language of the mentor's side

## The learner's side.

review-learner-title = The learner's skills
review-learner-help = ✎ marks what the learner entered themselves (self-declared). Only a mentor's signature raises a skill.
review-learner-empty = No skills in the profile yet.
review-in-target = Needed for the chosen job
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas (review and profile screens)
skill-endorsed-by = Confirmed by { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = Credentials ({ $count })
review-appraisal-shown-title = Appraisal and next steps
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = Written by { $adviser } on { $date }

## The mentor's side.

review-mentor-title = The mentor's side
review-signer-title = Who signs?
review-signer-help = Observations are signed with the mentor's own key, protected by the mentor's own passphrase. The learner cannot sign for a mentor.
review-signer-pick = Your signer key
review-signer-passphrase = Your passphrase
review-signer-open = Open my signer key
review-signer-new-title = New mentor
review-signer-name = Your name
review-signer-organisation = Your organisation (optional)
review-signer-create = Create my signer key
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = Signing as { $name }
review-signer-key = Key
review-signer-close = Stop signing
review-target-title = Target job
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = Skills the learner has ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = Skills still missing ({ $count })
review-observe = Mark as observed
review-add-step = Add to route
# Variables:
#   $skill (String) - the skill's name
review-step-added = Added to the learning route: { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = Mark as observed: { $skill }
review-observe-comment = What do you confirm?
review-observe-narrative = What did you see, when and where? (optional)
review-observe-prepare = Show what will be signed
review-cancel = Cancel
review-consent-title = Check before signing
review-consent-help = This is exactly what your key will sign. After signing, it goes into the learner's wallet.
review-consent-signer = Signed by
review-consent-learner = About the learner
review-consent-skill = Skill
review-consent-comment = Your words
review-consent-narrative = What you observed
review-consent-document = The exact document
review-consent-sign = Sign
review-signed = Signed. The skill now shows your observation.
review-appraisal-title = Appraisal and next steps
review-appraisal-help = Part 4 of the skills profile. It is saved in the learner's wallet under your name, without a signature.
review-appraisal-text = Your appraisal
review-appraisal-next = Next steps (one per line)
review-appraisal-save = Save appraisal
review-appraisal-saved = Saved.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = Observed skill: { $skill }

## Errors of review mode.

error-review-signer-is-learner = This key belongs to the learner's own wallet, so it cannot confirm the learner's skills.
hint-review-signer-is-learner = The mentor needs a signer key of their own: fill in "New mentor".
error-review-observation-stale = What was shown is no longer up to date.
hint-review-observation-stale = Show what will be signed again, then sign.
error-review-mentor-locked = No mentor's signer key is open.
hint-review-mentor-locked = Open your signer key with your passphrase, or create one.
