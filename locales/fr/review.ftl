# Mode revue : un mentor à côté de l'apprenant, chaque côté dans sa propre langue.
# Locale: fr. Reviewed by a native speaker: no.

nav-review = Revue
review-title = Revue avec un mentor
review-intro = L'apprenant et un mentor regardent les compétences ensemble. Chaque côté peut être dans sa propre langue.
review-mentor-language = Langue du côté du mentor

## Le côté de l'apprenant.

review-learner-title = Les compétences de l'apprenant
review-learner-help = ✎ signale ce que l'apprenant a saisi lui-même (déclaré par soi-même). Seule la signature d'un mentor renforce une compétence.
review-learner-empty = Aucune compétence dans le profil pour l'instant.
review-in-target = Nécessaire pour le métier choisi
# Variables:
#   $names (String) - who confirmed the skill, names separated by commas
skill-endorsed-by = Confirmé par { $names }
# Variables:
#   $count (Number) - credentials in the wallet
review-credentials-title = Attestations ({ $count })
review-appraisal-shown-title = Appréciation et prochaines étapes
# Variables:
#   $adviser (String) - who wrote the appraisal
#   $date (String) - when, already formatted
review-appraisal-by = Écrit par { $adviser } le { $date }

## Le côté du mentor.

review-mentor-title = Le côté du mentor
review-signer-title = Qui signe ?
review-signer-help = Les observations sont signées avec la clé personnelle du mentor, protégée par sa propre phrase secrète. L'apprenant ne peut pas signer à la place d'un mentor.
review-signer-pick = Votre clé de signature
review-signer-passphrase = Votre phrase secrète
review-signer-open = Ouvrir ma clé de signature
review-signer-new-title = Nouveau mentor
review-signer-name = Votre nom
review-signer-organisation = Votre organisation (facultatif)
review-signer-create = Créer ma clé de signature
# Variables:
#   $name (String) - the mentor's name (and organisation)
review-signer-as = Vous signez en tant que { $name }
review-signer-key = Clé
review-signer-close = Arrêter de signer
review-target-title = Métier visé
# Variables:
#   $count (Number) - essential skills of the job the learner has
review-matched-title = Compétences acquises ({ $count })
# Variables:
#   $count (Number) - essential skills of the job still missing
review-missing-title = Compétences qui manquent encore ({ $count })
review-observe = Confirmer comme observée
review-add-step = Ajouter au parcours
# Variables:
#   $skill (String) - the skill's name
review-step-added = Ajouté au parcours d'apprentissage : { $skill }
# Variables:
#   $skill (String) - the skill's name
review-observe-title = Confirmer comme observée : { $skill }
review-observe-comment = Que confirmez-vous ?
review-observe-narrative = Qu'avez-vous vu, quand et où ? (facultatif)
review-observe-prepare = Montrer ce qui sera signé
review-cancel = Annuler
review-consent-title = Vérifiez avant de signer
review-consent-help = Voici exactement ce que votre clé va signer. Après la signature, cela va dans le portefeuille de l'apprenant.
review-consent-signer = Signé par
review-consent-learner = Au sujet de l'apprenant
review-consent-skill = Compétence
review-consent-comment = Vos mots
review-consent-narrative = Ce que vous avez observé
review-consent-document = Le document exact
review-consent-sign = Signer
review-signed = Signé. La compétence montre maintenant votre observation.
review-appraisal-title = Appréciation et prochaines étapes
review-appraisal-help = Partie 4 du profil de compétences. Elle est enregistrée dans le portefeuille de l'apprenant sous votre nom, sans signature.
review-appraisal-text = Votre appréciation
review-appraisal-next = Prochaines étapes (une par ligne)
review-appraisal-save = Enregistrer l'appréciation
review-appraisal-saved = Enregistré.
# The name of the signed observation (an Open Badges endorsement), in the mentor's language.
# Variables:
#   $skill (String) - the skill's name
review-observation-name = Compétence observée : { $skill }

## Erreurs du mode revue.

error-review-signer-is-learner = Cette clé appartient au portefeuille de l'apprenant lui-même : elle ne peut pas confirmer ses compétences.
hint-review-signer-is-learner = Le mentor a besoin de sa propre clé de signature : remplissez « Nouveau mentor ».
error-review-observation-stale = Ce qui a été montré n'est plus à jour.
hint-review-observation-stale = Affichez de nouveau ce qui sera signé, puis signez.
error-review-mentor-locked = Aucune clé de signature de mentor n'est ouverte.
hint-review-mentor-locked = Ouvrez votre clé de signature avec votre phrase secrète, ou créez-en une.
