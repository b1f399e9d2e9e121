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
 * @property {string[]} skills
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
 * @typedef {object} ProfileSkill
 * @property {string} uri
 * @property {string} label
 * @property {string} lang
 * @property {boolean} fallback
 * @property {string} evidence
 * @property {string} group
 * @property {string[]} credentials
 * @property {number} sources
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
 * A failed command. Codes: every `erkend::Error::code()`, plus `wallet-locked`, `bad-request`,
 * `bad-path` (shell) and `ipc` (the UI's own, for anything Tauri refused).
 * @typedef {object} CommandErrorShape
 * @property {string} code
 * @property {Object<string, string>} args
 */

export {};
