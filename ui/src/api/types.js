// The shapes the Rust side sends (src-tauri/src/dto.rs), as JSDoc types for editors and readers.
// Pinned by a contract test (src-tauri/src/contract_tests.rs): each typedef's @property names must
// be exactly the keys the commands return, so a renamed or added field fails the build's tests.

/**
 * @typedef {object} WalletStatus
 * @property {string} path
 * @property {boolean} exists
 * @property {boolean} unlocked
 * @property {boolean|null} encrypted
 */

/**
 * @typedef {object} CredentialSummary
 * @property {string} id
 * @property {string} name
 * @property {string} issuer
 * @property {string|null} learner
 * @property {string|null} issued
 * @property {string} format
 * @property {boolean|null} verified
 * @property {'green'|'amber'|'red'} trust
 * @property {string[]} skills
 */

/**
 * One page of the wallet list (`list_cards`).
 * @typedef {object} CardPage
 * @property {number} matching credentials matching the query, all pages
 * @property {number} total credentials in the list with no query
 * @property {CredentialSummary[]} cards
 */

/**
 * @typedef {object} CardFacets
 * @property {string[]} issuers
 * @property {string[]} years
 */

/**
 * @typedef {object} Check
 * @property {string} check
 * @property {'passed'|'failed'|'unchecked'} outcome
 * @property {string} message Fluent id
 * @property {Object<string, string>} args
 */

/**
 * @typedef {object} Verdict
 * @property {boolean|null} verified
 * @property {string} trust
 * @property {string} checked_at
 * @property {Check[]} checks
 */

/**
 * @typedef {object} Endorsement
 * @property {string|null} endorser
 * @property {string|null} comment
 * @property {string|null} issued
 * @property {'credential'|'achievement'|'issuer'} about
 */

/**
 * @typedef {object} Micro
 * @property {number|null} ects
 * @property {number|null} workload_hours
 * @property {number|null} eqf_level
 * @property {string|null} nqf_level
 * @property {string|null} assessment_type
 * @property {string|null} participation
 * @property {string|null} quality_assurance
 */

/**
 * @typedef {object} CredentialDetail
 * @property {string} id
 * @property {string} name
 * @property {string|null} description
 * @property {string} issuer
 * @property {string|null} issuer_id
 * @property {string|null} issuer_url
 * @property {string|null} learner
 * @property {string|null} learner_id
 * @property {string|null} achievement
 * @property {string|null} criteria
 * @property {string|null} issued
 * @property {string|null} valid_from
 * @property {string|null} valid_until
 * @property {string[]} skills
 * @property {string|null} credential_id
 * @property {string} format
 * @property {string|null} source_name
 * @property {string} imported_at
 * @property {string} sha256
 * @property {string|null} image data: URI
 * @property {string|null} awarding_body
 * @property {string[]} learning_outcomes
 * @property {Micro} micro
 * @property {Verdict|null} verdict
 * @property {Endorsement[]} endorsements
 */

/**
 * @typedef {object} ImportResult
 * @property {'imported'|'duplicate'} status
 * @property {string} id
 * @property {string} format
 * @property {boolean|null} verified
 * @property {string} trust
 */

/**
 * @typedef {object} UiLanguage
 * @property {string} lang
 * @property {'ltr'|'rtl'} dir
 * @property {string[]} available
 */

/**
 * @typedef {object} Concept
 * @property {string} uri
 * @property {string} label
 * @property {string} lang
 * @property {boolean} fallback
 */

/**
 * @typedef {object} EscoHit
 * @property {string} uri
 * @property {string} label
 * @property {string} lang
 * @property {boolean} fallback
 * @property {string} kind
 */

/**
 * @typedef {object} SkillChoice
 * @property {string} uri
 * @property {string} label
 * @property {string} lang
 * @property {boolean} fallback
 * @property {number} credentials how many of the wallet's credentials name it
 */

/**
 * @typedef {object} ProfileSkill
 * @property {string} uri
 * @property {string} label
 * @property {string} lang
 * @property {boolean} fallback
 * @property {string} evidence
 * @property {string} group
 * @property {string[]} credentials
 * @property {number} sources
 * @property {Endorser[]} endorsers
 */

/**
 * @typedef {object} Match
 * @property {Concept} occupation
 * @property {number} score
 * @property {number} essential_have
 * @property {number} essential_total
 * @property {Concept[]} missing
 */

/**
 * @typedef {object} Step
 * @property {string} id
 * @property {string} kind
 * @property {Concept} title
 * @property {'planned'|'in-progress'|'done'} status
 * @property {string[]} evidence
 * @property {string|null} template Fluent id of a template step's title
 * @property {{role: string, name: string}|null} helper
 * @property {string|null} due
 */

/**
 * @typedef {object} Route
 * @property {Concept|null} target
 * @property {Step[]} steps
 */

/**
 * @typedef {object} Restore
 * @property {number} credentials
 * @property {number} duplicates
 */

/**
 * @typedef {object} Progress
 * @property {number} done
 * @property {number} total
 */

/**
 * @typedef {object} Person
 * @property {string|null} name
 * @property {string[]} languages
 * @property {string|null} email
 * @property {string|null} phone
 * @property {string|null} address
 */

/**
 * @typedef {object} LanguageSkill
 * @property {string} language
 * @property {boolean} mother_tongue
 * @property {string|null} listening
 * @property {string|null} reading
 * @property {string|null} speaking
 * @property {string|null} writing
 */

/**
 * @typedef {object} Experience
 * @property {string} kind
 * @property {string} title
 * @property {string|null} organisation
 * @property {string|null} place
 * @property {string|null} from
 * @property {string|null} to
 * @property {string|null} description
 * @property {Concept[]} esco
 */

/**
 * @typedef {object} OwnSkill
 * @property {number} id
 * @property {Concept} skill
 * @property {string|null} note
 */

/**
 * @typedef {object} ProfileParts
 * @property {Person} person
 * @property {LanguageSkill[]} languages
 * @property {Experience[]} experience
 * @property {OwnSkill[]} own_skills
 */

/**
 * @typedef {object} VacancySkill
 * @property {Concept} skill
 * @property {string} matched_text
 * @property {boolean} held
 */

/**
 * @typedef {object} Vacancy
 * @property {VacancySkill[]} skills
 * @property {number} score
 * @property {number} have
 * @property {number} total
 * @property {Concept[]} missing
 * A vault on the profile picker: only what its learner chose to show.
 * @typedef {object} VaultCard
 * @property {string} id
 * @property {string} display_name
 * @property {string} picture avatar, else initials, else "" (neutral icon)
 */

/**
 * @typedef {object} VaultSession
 * @property {boolean} vaults false: one wallet (ERKEND_WALLET), no picker
 * @property {VaultCard|null} open
 * @property {boolean} kiosk
 * @property {number} auto_lock_minutes
 * @property {boolean} locked_by_idle
 */

/**
 * One document behind a check online, and the age of the answer kept for it.
 * @typedef {object} OnlineAnswer
 * @property {string} url
 * @property {CommandErrorShape|null} error
 * @property {string|null} fetched_at
 * @property {OnlineAge} age
 */

/**
 * An answer's age as the core says it: a Fluent message id (`online-age-days`, ...) and the
 * number it counts (`$n`), if any. The UI only translates it.
 * @typedef {object} OnlineAge
 * @property {string} id
 * @property {number|null} n
 */

/**
 * @typedef {object} CheckedCredential
 * @property {string} id
 * @property {string} name
 * @property {OnlineAnswer[]} answers
 * @property {Verdict|null} verdict
 */

/**
 * @typedef {object} OnlineCheck
 * @property {string} checked_at
 * @property {OnlineAnswer[]} lists
 * @property {CheckedCredential[]} credentials
 * @property {boolean} cancelled
 */

/**
 * A failed command. Codes: every `erkend::Error::code()`, plus `wallet-locked`, `bad-request`,
 * `bad-path` (shell) and `ipc` (the UI's own, for anything Tauri refused).
 * @typedef {object} CommandErrorShape
 * @property {string} code
 * @property {Object<string, string>} args
 */

export {};

/**
 * @typedef {object} CodeImage
 * @property {number} version QR version at error correction M
 * @property {number} modules modules per side, quiet zone included
 * @property {string} png the code as a data:image/png;base64 address
 */

/**
 * @typedef {object} SharedCredential
 * @property {string} id
 * @property {string} name
 * @property {string} issuer
 * @property {CodeImage[]} codes in chunk order
 */

/**
 * @typedef {object} Sheet
 * @property {number} pages
 * @property {string} lang
 * @property {string} second_lang
 */

/**
 * @typedef {object} SavedProof
 * @property {string} path
 * @property {number} pages
 */

/**
 * @typedef {object} FoundProof
 * @property {string} proof credential, card, link or failed
 * @property {Verdict|null} verdict
 * @property {string|null} name
 * @property {string|null} issuer
 * @property {string|null} holder the signed holder name: compare with an ID document
 * @property {string|null} issued
 * @property {string[]} skills
 * @property {number} codes
 * @property {string|null} link shown, never fetched
 * @property {CommandErrorShape|null} error
// Review mode (src-tauri/src/commands/review.rs).

/**
 * @typedef {object} MentorCard
 * @property {string} id
 * @property {string} name
 */

/**
 * @typedef {object} Mentor
 * @property {string} id
 * @property {string} name
 * @property {string|null} organisation
 * @property {string} did
 */

/**
 * @typedef {object} Endorser
 * @property {string|null} name
 * @property {string|null} organisation
 * @property {'endorsed'|'mentor-observed'} evidence
 */

/**
 * @typedef {object} ReviewCredential
 * @property {string} id
 * @property {string} name
 * @property {string} issuer
 * @property {boolean|null} verified
 */

/**
 * @typedef {object} Appraisal
 * @property {string|null} adviser
 * @property {string|null} text
 * @property {string[]} next_steps
 * @property {string|null} date
 */

/**
 * @typedef {object} ReviewLearner
 * @property {string} did
 * @property {ProfileSkill[]} skills
 * @property {ReviewCredential[]} credentials
 * @property {Appraisal} appraisal
 */

/**
 * @typedef {object} ReviewTarget
 * @property {Concept} occupation
 * @property {number} score
 * @property {number} essential_have
 * @property {number} essential_total
 * @property {Concept[]} matched
 * @property {Concept[]} missing
 */

/**
 * @typedef {object} PreparedObservation
 * @property {Mentor} mentor
 * @property {string} learner_did
 * @property {Concept} skill
 * @property {string} comment
 * @property {string|null} narrative
 * @property {string} json
 */

/**
 * @typedef {object} Observation
 * @property {string} id
 * @property {boolean|null} verified
 * @property {string|null} evidence
 */
