//! The shapes that cross IPC, decoupled from the core's types so the core can change freely.
//!
//! Everything here is plain data for display. Nothing carries key material or a passphrase;
//! texts are NFC-normalised for display (the stored bytes never are).

use erkend::endorse::wallet::EndorserInfo;
use erkend::esco::SearchHit;
use erkend::matching::Match;
use erkend::model::display_text;
use erkend::profile::parts::{Cefr, Contact, Experience, LanguageSkill, Parts, Person};
use erkend::profile::ProfileSkill;
use erkend::route::Route;
use erkend::store::EscoDb;
use erkend::store::SkillClaim;
use erkend::store::StoredCredential;
use erkend::verify::Verdict;
use erkend::wallet::ImportOutcome;
use erkend::wallet::VacancyMatch;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the wallet is and whether it can be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WalletStatusDto {
    /// The wallet file.
    pub path: String,
    /// A wallet file exists at `path`.
    pub exists: bool,
    /// The wallet is open in this app.
    pub unlocked: bool,
    /// The wallet is protected by a passphrase (`null` while unknown: no wallet yet).
    pub encrypted: Option<bool>,
}

/// One credential as the wallet list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CredentialSummaryDto {
    /// The wallet's id (for `show_credential`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// The issuer's name (or id).
    pub issuer: String,
    /// The learner's name, when the credential states it.
    pub learner: Option<String>,
    /// Issue date as written (RFC 3339 when it parses).
    pub issued: Option<String>,
    /// Contract format name (`ob3-ldp`, ...).
    pub format: String,
    /// `true` verified, `false` a check failed, `null` could not be checked.
    pub verified: Option<bool>,
    /// `green`, `amber` or `red`.
    pub trust: String,
    /// ESCO skill URIs the credential is aligned to (for filtering by skill).
    pub skills: Vec<String>,
}

/// What the wallet list asks for: a page of cards, searched, filtered and sorted in the core.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CardQueryDto {
    /// Words the cards' names, issuers, learners, descriptions or skill names start with.
    pub search: Option<String>,
    /// Only this issuer (as cards show it).
    pub issuer: Option<String>,
    /// Only this skill URI.
    pub skill: Option<String>,
    /// Only this trust colour (`green`, `amber`, `red`).
    pub trust: Option<String>,
    /// Only this issue year (`YYYY`).
    pub year: Option<String>,
    /// `date-desc`, `date-asc`, `issuer`, `name`, `status`; else newest import first.
    pub sort: String,
    /// Cards skipped.
    pub offset: u32,
    /// Cards wanted (at most [`CardQueryDto::MAX_LIMIT`]).
    pub limit: u32,
}

impl CardQueryDto {
    /// The most cards one call returns: a page, never the whole wallet.
    pub const MAX_LIMIT: u32 = 500;

    /// The core's query; an unknown colour filters nothing out rather than everything.
    pub fn to_query(&self) -> erkend::store::CardQuery {
        use erkend::verify::Trust;
        let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        erkend::store::CardQuery {
            search: nonempty(&self.search),
            issuer: nonempty(&self.issuer),
            skill: nonempty(&self.skill),
            trust: match self.trust.as_deref() {
                Some("green") => Some(Trust::Green),
                Some("amber") => Some(Trust::Amber),
                Some("red") => Some(Trust::Red),
                _ => None,
            },
            year: nonempty(&self.year),
            sort: erkend::store::CardSort::from_name(&self.sort),
            offset: self.offset,
            limit: self.limit.min(Self::MAX_LIMIT),
        }
    }
}

/// One page of the wallet list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardPageDto {
    /// Credentials matching the query (all pages).
    pub matching: u64,
    /// Credentials in the list with no query.
    pub total: u64,
    /// This page's cards.
    pub cards: Vec<CredentialSummaryDto>,
}

impl From<&erkend::store::CardPage> for CardPageDto {
    fn from(page: &erkend::store::CardPage) -> CardPageDto {
        CardPageDto {
            matching: page.matching,
            total: page.total,
            cards: page
                .cards
                .iter()
                .map(|c| CredentialSummaryDto {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    issuer: c.issuer.clone(),
                    learner: c.learner.clone(),
                    issued: c.issued.clone(),
                    format: c.format.clone(),
                    verified: c.verified,
                    trust: wire_name(&c.trust),
                    skills: c.skills.clone(),
                })
                .collect(),
        }
    }
}

/// The values the wallet list's filters offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardFacetsDto {
    /// Issuers as cards show them.
    pub issuers: Vec<String>,
    /// Issue years, newest first.
    pub years: Vec<String>,
}

impl From<erkend::store::CardFacets> for CardFacetsDto {
    fn from(f: erkend::store::CardFacets) -> CardFacetsDto {
        CardFacetsDto {
            issuers: f.issuers,
            years: f.years,
        }
    }
}

/// One verification check, with the Fluent message that explains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckDto {
    /// Check name (`signature`, `expiry`, ...).
    pub check: String,
    /// `passed`, `failed` or `unchecked`.
    pub outcome: String,
    /// Fluent message id.
    pub message: String,
    /// Message arguments.
    pub args: BTreeMap<String, String>,
}

/// The latest verification report of a credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerdictDto {
    /// As in [`CredentialSummaryDto::verified`].
    pub verified: Option<bool>,
    /// Trust colour.
    pub trust: String,
    /// When the checks were made (RFC 3339).
    pub checked_at: String,
    /// Every check, in order.
    pub checks: Vec<CheckDto>,
}

/// Everything the detail screen shows of a stored credential.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CredentialDetailDto {
    /// The wallet's id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Description of the credential or its achievement.
    pub description: Option<String>,
    /// The issuer's display name (or id).
    pub issuer: String,
    /// The issuer's id (IRI or DID).
    pub issuer_id: Option<String>,
    /// The issuer's home page.
    pub issuer_url: Option<String>,
    /// The learner's name.
    pub learner: Option<String>,
    /// The learner's id.
    pub learner_id: Option<String>,
    /// The achievement's name.
    pub achievement: Option<String>,
    /// The achievement's criteria narrative.
    pub criteria: Option<String>,
    /// Issue date as written.
    pub issued: Option<String>,
    /// Start of validity.
    pub valid_from: Option<String>,
    /// End of validity.
    pub valid_until: Option<String>,
    /// ESCO skill URIs.
    pub skills: Vec<String>,
    /// The credential's own id (e.g. `urn:uuid:...`), not the wallet id.
    pub credential_id: Option<String>,
    /// Contract format name.
    pub format: String,
    /// File name it was imported from.
    pub source_name: Option<String>,
    /// When it was imported.
    pub imported_at: String,
    /// Hex SHA-256 of the original bytes as stored.
    pub sha256: String,
    /// The credential's picture as a `data:` URI (never a remote address).
    pub image: Option<String>,
    /// The awarding body, when it differs from the issuer (Europass).
    pub awarding_body: Option<String>,
    /// Learning outcomes as titled by the issuer.
    pub learning_outcomes: Vec<String>,
    /// Micro-credential elements the credential states.
    pub micro: MicroDto,
    /// The latest verification report, when one was made.
    pub verdict: Option<VerdictDto>,
    /// Who vouches for the credential, its achievement or its issuer.
    pub endorsements: Vec<EndorsementDto>,
}

/// One endorsement as the detail screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndorsementDto {
    /// Who endorses (name, else id).
    pub endorser: Option<String>,
    /// What they say.
    pub comment: Option<String>,
    /// When.
    pub issued: Option<String>,
    /// `credential`, `achievement` or `issuer`.
    pub about: String,
}

/// What importing one file did (a rejected file is an error instead).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportResultDto {
    /// `imported` or `duplicate`.
    pub status: String,
    /// Wallet id of the stored credential.
    pub id: String,
    /// Detected format.
    pub format: String,
    /// Verification outcome at import.
    pub verified: Option<bool>,
    /// Trust colour at import.
    pub trust: String,
}

/// One message to format: a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MessageDto {
    /// Fluent message id (`message` or `message.attribute`).
    pub id: String,
    /// Arguments by variable name.
    #[serde(default)]
    pub args: BTreeMap<String, String>,
}

/// The UI language after negotiation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UiLanguageDto {
    /// The negotiated language tag (for `<html lang>`).
    pub lang: String,
    /// `ltr` or `rtl` (for `<html dir>`).
    pub dir: String,
    /// Every bundled language tag, for the language switcher.
    pub available: Vec<String>,
}

impl UiLanguageDto {
    /// The language `localizer` speaks, its direction, and every bundled language.
    pub fn of(localizer: &erkend::i18n::Localizer) -> UiLanguageDto {
        use erkend::i18n::{available_locales, Direction};
        UiLanguageDto {
            lang: localizer.lang().to_string(),
            dir: match localizer.direction() {
                Direction::Ltr => "ltr",
                Direction::Rtl => "rtl",
            }
            .into(),
            available: available_locales().iter().map(|t| t.to_string()).collect(),
        }
    }
}

/// A serde enum's wire name (`"passed"`, `"amber"`, ...), so the DTOs use exactly the contract's
/// words without repeating them here.
fn wire_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn text(s: &str) -> String {
    display_text(s)
}

fn opt_text(s: Option<&str>) -> Option<String> {
    s.map(display_text)
}

impl From<&Verdict> for VerdictDto {
    fn from(v: &Verdict) -> VerdictDto {
        VerdictDto {
            verified: v.verified,
            trust: wire_name(&v.trust),
            checked_at: erkend::wallet::now_rfc3339(v.checked_at),
            checks: v
                .checks
                .iter()
                .map(|c| CheckDto {
                    check: wire_name(&c.check),
                    outcome: wire_name(&c.outcome),
                    message: c.message.clone(),
                    args: c.args.clone(),
                })
                .collect(),
        }
    }
}

/// Trust of a credential with no report yet: unknown, so amber (never green by default).
const NO_REPORT_TRUST: &str = "amber";

impl From<&StoredCredential> for CredentialSummaryDto {
    fn from(s: &StoredCredential) -> CredentialSummaryDto {
        let c = &s.credential;
        CredentialSummaryDto {
            id: s.id.clone(),
            name: text(&c.name),
            issuer: text(c.issuer_label()),
            learner: opt_text(c.subject.name.as_deref()),
            issued: c.issued.clone(),
            format: s.format.clone(),
            verified: s.verdict.as_ref().and_then(|v| v.verified),
            trust: s
                .verdict
                .as_ref()
                .map(|v| wire_name(&v.trust))
                .unwrap_or_else(|| NO_REPORT_TRUST.into()),
            skills: c.skills.clone(),
        }
    }
}

/// The EU micro-credential elements a credential states (all optional).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct MicroDto {
    /// ECTS credits.
    pub ects: Option<f64>,
    /// Workload in hours.
    pub workload_hours: Option<f64>,
    /// EQF level (1–8).
    pub eqf_level: Option<u8>,
    /// National qualification level (e.g. NLQF), as written.
    pub nqf_level: Option<String>,
    /// Type of assessment.
    pub assessment_type: Option<String>,
    /// Form of participation.
    pub participation: Option<String>,
    /// Quality assurance.
    pub quality_assurance: Option<String>,
}

impl CredentialDetailDto {
    /// The detail view of a stored credential with its picture (already a `data:` URI).
    pub fn new(s: &StoredCredential, image: Option<String>) -> CredentialDetailDto {
        let c = &s.credential;
        let m = &c.micro;
        CredentialDetailDto {
            image,
            awarding_body: c
                .awarding_body
                .as_ref()
                .and_then(|b| b.name.as_deref())
                .map(text),
            learning_outcomes: c.learning_outcomes.iter().map(|o| text(&o.title)).collect(),
            micro: MicroDto {
                ects: m.ects,
                workload_hours: m.workload_hours,
                eqf_level: m.eqf_level,
                nqf_level: m.nqf_level.clone(),
                assessment_type: m.assessment_type.clone(),
                participation: m.participation.clone(),
                quality_assurance: m.quality_assurance.clone(),
            },
            ..CredentialDetailDto::from(s)
        }
    }
}

impl From<&StoredCredential> for CredentialDetailDto {
    fn from(s: &StoredCredential) -> CredentialDetailDto {
        let c = &s.credential;
        let achievement = c.achievement.as_ref();
        CredentialDetailDto {
            id: s.id.clone(),
            name: text(&c.name),
            description: opt_text(
                c.description
                    .as_deref()
                    .or(achievement.and_then(|a| a.description.as_deref())),
            ),
            issuer: text(c.issuer_label()),
            issuer_id: c.issuer.id.clone(),
            issuer_url: c.issuer.url.clone(),
            learner: opt_text(c.subject.name.as_deref()),
            learner_id: c.subject.id.clone(),
            achievement: opt_text(achievement.and_then(|a| a.name.as_deref())),
            criteria: opt_text(achievement.and_then(|a| a.criteria.as_deref())),
            issued: c.issued.clone(),
            valid_from: c.valid_from.clone(),
            valid_until: c.valid_until.clone(),
            skills: c.skills.clone(),
            credential_id: c.credential_id.clone(),
            format: s.format.clone(),
            source_name: s.source_name.clone(),
            imported_at: s.imported_at.clone(),
            sha256: s.sha256.clone(),
            verdict: s.verdict.as_ref().map(VerdictDto::from),
            endorsements: c
                .endorsements
                .iter()
                .map(|e| EndorsementDto {
                    endorser: e
                        .issuer
                        .as_ref()
                        .and_then(|i| i.name.as_deref().or(i.id.as_deref()))
                        .map(text),
                    comment: opt_text(e.comment.as_deref()),
                    issued: e.issued.clone(),
                    about: e.about.clone(),
                })
                .collect(),
            image: None,
            awarding_body: None,
            learning_outcomes: Vec::new(),
            micro: MicroDto::default(),
        }
    }
}

impl From<&ImportOutcome> for ImportResultDto {
    fn from(o: &ImportOutcome) -> ImportResultDto {
        ImportResultDto {
            status: if o.new { "imported" } else { "duplicate" }.into(),
            id: o.id.clone(),
            format: o.format.as_str().into(),
            verified: o.verdict.verified,
            trust: wire_name(&o.verdict.trust),
        }
    }
}

/// An ESCO concept with its label in the asked language, or a marked fallback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConceptDto {
    /// ESCO URI.
    pub uri: String,
    /// The label to show (the URI itself when ESCO has none).
    pub label: String,
    /// Language of `label` (for `lang` on the element).
    pub lang: String,
    /// `label` is not in the asked language (the UI marks it).
    pub fallback: bool,
}

impl ConceptDto {
    /// Labels `uri` in `lang` from the ESCO database.
    pub fn label(db: &EscoDb, uri: &str, lang: &str) -> erkend::Result<ConceptDto> {
        let asked = primary(lang);
        Ok(match db.label(uri, lang)? {
            Some((label, label_lang)) => ConceptDto {
                uri: uri.to_string(),
                fallback: label_lang != asked,
                label,
                lang: label_lang,
            },
            None => ConceptDto {
                uri: uri.to_string(),
                label: uri.to_string(),
                lang: "zxx".into(),
                fallback: true,
            },
        })
    }
}

/// One skill the wallet list's filter offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkillChoiceDto {
    /// The skill and its label (the URI itself, marked, for a skill ESCO does not know).
    #[serde(flatten)]
    pub concept: ConceptDto,
    /// How many of the wallet's credentials name it.
    pub credentials: u64,
}

impl SkillChoiceDto {
    /// From the core's choice asked in `lang`.
    pub fn new(choice: erkend::wallet::SkillChoice, lang: &str) -> SkillChoiceDto {
        let concept = match choice.label {
            Some((label, label_lang)) => ConceptDto {
                fallback: label_lang != primary(lang),
                uri: choice.uri,
                label,
                lang: label_lang,
            },
            None => ConceptDto {
                label: choice.uri.clone(),
                uri: choice.uri,
                lang: "zxx".into(),
                fallback: true,
            },
        };
        SkillChoiceDto {
            concept,
            credentials: choice.credentials,
        }
    }
}

fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// One ESCO search hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EscoHitDto {
    /// The concept and its label.
    #[serde(flatten)]
    pub concept: ConceptDto,
    /// `skill`, `occupation`, ...
    pub kind: String,
}

impl EscoHitDto {
    /// From a core search hit asked in `lang`.
    pub fn new(hit: &SearchHit, lang: &str) -> EscoHitDto {
        EscoHitDto {
            concept: ConceptDto {
                uri: hit.uri.clone(),
                label: hit.label.clone(),
                fallback: hit.lang != primary(lang),
                lang: hit.lang.clone(),
            },
            kind: wire_name(&hit.kind),
        }
    }
}

/// One skill of the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileSkillDto {
    /// The skill and its label.
    #[serde(flatten)]
    pub concept: ConceptDto,
    /// Strongest evidence: `verified-credential`, `endorsed`, `mentor-observed`, `self-declared`.
    pub evidence: String,
    /// ESCO pillar group: `knowledge`, `skill`, `language`, `transversal` or `other`.
    pub group: String,
    /// Wallet ids of the credentials that show it (claims, endorsements and profile entries are
    /// not listed).
    pub credentials: Vec<String>,
    /// How many sources there are in all.
    pub sources: usize,
    /// Who vouched for it: verified endorsements and observations by keys not the learner's.
    pub endorsers: Vec<EndorserDto>,
}

/// Someone who vouched for a skill, as they signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndorserDto {
    /// Name, as signed.
    pub name: Option<String>,
    /// Organisation, as signed.
    pub organisation: Option<String>,
    /// `endorsed` or `mentor-observed`.
    pub evidence: String,
}

impl ProfileSkillDto {
    /// Adds who vouched for the skill, from the wallet's endorsers by skill URI.
    pub fn with_endorsers(mut self, by_skill: &BTreeMap<String, Vec<EndorserInfo>>) -> Self {
        self.endorsers = by_skill
            .get(&self.concept.uri)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|e| EndorserDto {
                name: e.name.clone(),
                organisation: e.organisation.clone(),
                evidence: e.evidence.as_str().into(),
            })
            .collect();
        self
    }

    /// Labels and groups one profile skill.
    pub fn new(db: &EscoDb, skill: &ProfileSkill, lang: &str) -> erkend::Result<ProfileSkillDto> {
        let info = db.skill_info(&skill.uri)?.unwrap_or_default();
        let group = match (info.skill_type.as_deref(), info.reuse_level.as_deref()) {
            (Some("l"), _) => "language",
            (Some("t"), _) | (_, Some("t")) => "transversal",
            (Some("k"), _) => "knowledge",
            (Some("c"), _) => "skill",
            _ => "other",
        };
        Ok(ProfileSkillDto {
            concept: ConceptDto::label(db, &skill.uri, lang)?,
            evidence: skill.evidence.as_str().into(),
            group: group.into(),
            credentials: skill
                .sources
                .iter()
                // Only credentials: not claims, endorsements or profile-part entries.
                .filter(|s| {
                    !["claim:", "endorsement:", "part:"]
                        .iter()
                        .any(|p| s.starts_with(p))
                })
                .cloned()
                .collect(),
            sources: skill.sources.len(),
            endorsers: Vec::new(),
        })
    }
}

/// One occupation's fit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchDto {
    /// The occupation and its label.
    pub occupation: ConceptDto,
    /// Share of essential skills held, in [0, 1].
    pub score: f64,
    /// Essential skills held.
    pub essential_have: usize,
    /// Essential skills required.
    pub essential_total: usize,
    /// Essential skills not held.
    pub missing: Vec<ConceptDto>,
}

impl MatchDto {
    /// Labels a core match in `lang`.
    pub fn new(db: &EscoDb, m: &Match, lang: &str) -> erkend::Result<MatchDto> {
        Ok(MatchDto {
            occupation: ConceptDto::label(db, &m.occupation, lang)?,
            score: m.score,
            essential_have: m.essential.have,
            essential_total: m.essential.total,
            missing: m
                .missing_essential
                .iter()
                .map(|u| ConceptDto::label(db, u, lang))
                .collect::<erkend::Result<_>>()?,
        })
    }
}

/// One step of the learning route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepDto {
    /// Step id (for `set_step_status`).
    pub id: String,
    /// `earn-credential`, `work-based-learning`, `language-goal`, `practical`.
    pub kind: String,
    /// Title: the skill's label in the asked language for a one-skill step.
    pub title: ConceptDto,
    /// `planned`, `in-progress`, `done`.
    pub status: String,
    /// Wallet ids of credentials that completed it.
    pub evidence: Vec<String>,
    /// The template message id of the title (shown translated), for a template step.
    pub template: Option<String>,
    /// Who helps.
    pub helper: Option<HelperDto>,
    /// Due (end) date.
    pub due: Option<String>,
}

/// The learning route (`target` null when none is set).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteDto {
    /// The target occupation.
    pub target: Option<ConceptDto>,
    /// The steps, in order.
    pub steps: Vec<StepDto>,
}

impl RouteDto {
    /// Labels a stored route in `lang`.
    pub fn new(db: &EscoDb, route: Option<&Route>, lang: &str) -> erkend::Result<RouteDto> {
        let Some(route) = route else {
            return Ok(RouteDto {
                target: None,
                steps: vec![],
            });
        };
        let mut steps = Vec::with_capacity(route.steps.len());
        for step in &route.steps {
            let title = match step.title_skill() {
                Some(skill) => ConceptDto::label(db, skill, lang)?,
                None => ConceptDto {
                    uri: String::new(),
                    label: step.title.clone(),
                    lang: "en".into(),
                    fallback: primary(lang) != "en",
                },
            };
            steps.push(StepDto {
                id: step.id.clone(),
                kind: step.kind.as_str().into(),
                title,
                status: step.status.as_str().into(),
                evidence: step.evidence.clone(),
                template: step.details.template.clone(),
                helper: step.details.helper.as_ref().map(|h| HelperDto {
                    role: wire_name(&h.role),
                    name: h.name.clone(),
                }),
                due: step.details.end.clone(),
            });
        }
        Ok(RouteDto {
            target: Some(ConceptDto::label(db, &route.target, lang)?),
            steps,
        })
    }
}

/// What a restore merged into the wallet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestoreDto {
    /// Credentials newly stored.
    pub credentials: usize,
    /// Credentials that were already here.
    pub duplicates: usize,
}

/// How far a long task is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgressDto {
    /// Units done.
    pub done: usize,
    /// Units in all (0 while unknown).
    pub total: usize,
}

/// One QR code of a credential on the Share screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeImageDto {
    /// QR version at error correction M.
    pub version: i16,
    /// Modules per side, quiet zone included (the screen draws it at print size from this).
    pub modules: u32,
    /// The code as a `data:image/png;base64,…` address (the CSP allows `img-src data:`).
    pub png: String,
}

/// A credential's codes on the Share screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedCredentialDto {
    /// The wallet id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Issuer label.
    pub issuer: String,
    /// Its codes, in chunk order.
    pub codes: Vec<CodeImageDto>,
}

impl From<erkend::proof::share::SharedCredential> for SharedCredentialDto {
    fn from(c: erkend::proof::share::SharedCredential) -> SharedCredentialDto {
        SharedCredentialDto {
            id: c.id,
            name: display_text(&c.name),
            issuer: display_text(&c.issuer),
            codes: c
                .codes
                .into_iter()
                .map(|code| CodeImageDto {
                    version: code.version,
                    modules: code.modules,
                    png: code.png,
                })
                .collect(),
        }
    }
}

/// The printed proof sheet of a selection, described (its bytes stay in the core).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SheetDto {
    /// A4 pages.
    pub pages: usize,
    /// First language.
    pub lang: String,
    /// Second language.
    pub second_lang: String,
}

/// A proof file written where the learner said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SavedProofDto {
    /// The file written.
    pub path: String,
    /// Its pages (1 for a picture).
    pub pages: usize,
}

/// One proof found in an opened file, verified.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoundProofDto {
    /// `credential` (full signed credential), `card` (proof card), `link` or `failed`.
    pub proof: String,
    /// The checks (none for `failed`).
    pub verdict: Option<VerdictDto>,
    /// What was achieved.
    pub name: Option<String>,
    /// Who issued it.
    pub issuer: Option<String>,
    /// The holder's name as signed: to compare with an ID document.
    pub holder: Option<String>,
    /// Issue date (RFC 3339).
    pub issued: Option<String>,
    /// Skill URIs.
    pub skills: Vec<String>,
    /// How many codes carried it.
    pub codes: usize,
    /// A link code's address: shown, never fetched.
    pub link: Option<String>,
    /// Why a code could not be read (`failed` only).
    pub error: Option<crate::ipc_error::IpcError>,
}

impl FoundProofDto {
    fn empty(proof: &str) -> FoundProofDto {
        FoundProofDto {
            proof: proof.into(),
            verdict: None,
            name: None,
            issuer: None,
            holder: None,
            issued: None,
            skills: Vec::new(),
            codes: 1,
            link: None,
            error: None,
        }
    }
}

impl From<erkend::proof::Found> for FoundProofDto {
    fn from(found: erkend::proof::Found) -> FoundProofDto {
        use erkend::proof::Found;
        match found {
            Found::Credential {
                parsed,
                verdict,
                codes,
            } => {
                let c = &parsed.credential;
                FoundProofDto {
                    verdict: Some(VerdictDto::from(&verdict)),
                    name: Some(display_text(c.display_name())),
                    issuer: Some(display_text(c.issuer_label())),
                    holder: c.subject.name.as_deref().map(display_text),
                    issued: c.issued.clone().or_else(|| c.valid_from.clone()),
                    skills: c.skills.clone(),
                    codes,
                    ..FoundProofDto::empty("credential")
                }
            }
            Found::Card(report) => {
                let cl = &report.claims;
                FoundProofDto {
                    verdict: Some(VerdictDto::from(&report.verdict)),
                    name: Some(display_text(&cl.achievement)),
                    issuer: cl.issuer_name.as_deref().map(display_text),
                    holder: cl.holder_name.as_deref().map(display_text),
                    issued: cl
                        .not_before
                        .and_then(|t| chrono::DateTime::<chrono::Utc>::from_timestamp(t, 0))
                        .map(erkend::wallet::now_rfc3339),
                    skills: cl.skills.clone(),
                    ..FoundProofDto::empty("card")
                }
            }
            Found::Link(url) => FoundProofDto {
                link: Some(url),
                ..FoundProofDto::empty("link")
            },
            Found::Failed(e) => FoundProofDto {
                error: Some(e.into()),
                ..FoundProofDto::empty("failed")
            },
        }
    }
}

/// Part 1 of the profile, as the profile screen shows and sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonDto {
    /// Name as the learner wants to be called.
    pub name: Option<String>,
    /// Languages spoken (BCP 47 tags).
    #[serde(default)]
    pub languages: Vec<String>,
    /// E-mail address (kept in the wallet only).
    pub email: Option<String>,
    /// Telephone number (kept in the wallet only).
    pub phone: Option<String>,
    /// Postal address or town (kept in the wallet only).
    pub address: Option<String>,
}

impl PersonDto {
    /// From the core's part 1.
    pub fn new(p: &Person) -> PersonDto {
        PersonDto {
            name: p.name.clone(),
            languages: p.languages.clone(),
            email: p.contact.email.clone(),
            phone: p.contact.phone.clone(),
            address: p.contact.address.clone(),
        }
    }

    /// To the core's part 1; blank fields become absent.
    pub fn into_person(self) -> Person {
        let keep = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Person {
            name: keep(self.name),
            languages: self
                .languages
                .into_iter()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect(),
            contact: Contact {
                email: keep(self.email),
                phone: keep(self.phone),
                address: keep(self.address),
            },
        }
    }
}

/// A language of part 3 with the learner's CEFR self-assessment (`null`: not assessed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageDto {
    /// BCP 47 tag.
    pub language: String,
    /// A mother tongue.
    #[serde(default)]
    pub mother_tongue: bool,
    /// Listening level (`A1` … `C2`).
    pub listening: Option<String>,
    /// Reading level.
    pub reading: Option<String>,
    /// Speaking level.
    pub speaking: Option<String>,
    /// Writing level.
    pub writing: Option<String>,
}

impl LanguageDto {
    /// From the core's language skill.
    pub fn new(l: &LanguageSkill) -> LanguageDto {
        let level = |c: Option<Cefr>| c.map(|c| c.as_str().to_string());
        LanguageDto {
            language: l.language.clone(),
            mother_tongue: l.mother_tongue,
            listening: level(l.listening),
            reading: level(l.reading),
            speaking: level(l.speaking),
            writing: level(l.writing),
        }
    }

    /// To the core's language skill; a level that is not `A1` … `C2` is `profile-invalid`.
    pub fn into_skill(self) -> erkend::Result<LanguageSkill> {
        let level = |s: Option<String>| {
            s.filter(|s| !s.trim().is_empty())
                .map(|s| Cefr::parse(&s))
                .transpose()
        };
        Ok(LanguageSkill {
            language: self.language.trim().to_string(),
            mother_tongue: self.mother_tongue,
            listening: level(self.listening)?,
            reading: level(self.reading)?,
            speaking: level(self.speaking)?,
            writing: level(self.writing)?,
        })
    }
}

/// A work experience of part 3, its ESCO links labelled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExperienceDto {
    /// `job`, `volunteer`, `language-internship`, `work-experience-place`, `self-employed`.
    pub kind: String,
    /// Role or job title.
    pub title: String,
    /// Employer or host organisation.
    pub organisation: Option<String>,
    /// Town and/or country.
    pub place: Option<String>,
    /// Start (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    /// End, same form.
    pub to: Option<String>,
    /// What the learner did there.
    pub description: Option<String>,
    /// Linked ESCO skills and occupations.
    pub esco: Vec<ConceptDto>,
}

impl ExperienceDto {
    /// Labels one experience's ESCO links in `lang`.
    pub fn new(db: &EscoDb, e: &Experience, lang: &str) -> erkend::Result<ExperienceDto> {
        Ok(ExperienceDto {
            kind: wire_name(&e.kind),
            title: e.title.clone(),
            organisation: e.organisation.clone(),
            place: e.place.clone(),
            from: e.from.clone(),
            to: e.to.clone(),
            description: e.description.clone(),
            esco: e
                .esco
                .iter()
                .map(|u| ConceptDto::label(db, u, lang))
                .collect::<erkend::Result<_>>()?,
        })
    }
}

/// A skill the learner declared themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnSkillDto {
    /// Claim id (for `remove_own_skill`).
    pub id: i64,
    /// The skill and its label.
    pub skill: ConceptDto,
    /// The learner's note.
    pub note: Option<String>,
}

/// The parts of the profile the profile screen edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfilePartsDto {
    /// Part 1.
    pub person: PersonDto,
    /// Part 3: languages.
    pub languages: Vec<LanguageDto>,
    /// Part 3: work experience, in order (its index is its place here).
    pub experience: Vec<ExperienceDto>,
    /// Skills the learner declared themselves.
    pub own_skills: Vec<OwnSkillDto>,
}

impl ProfilePartsDto {
    /// Labels the parts and the learner's own skills in `lang`.
    pub fn new(
        db: &EscoDb,
        parts: &Parts,
        own: &[SkillClaim],
        lang: &str,
    ) -> erkend::Result<ProfilePartsDto> {
        Ok(ProfilePartsDto {
            person: PersonDto::new(&parts.person),
            languages: parts
                .skills
                .languages
                .iter()
                .map(LanguageDto::new)
                .collect(),
            experience: parts
                .skills
                .experience
                .iter()
                .map(|e| ExperienceDto::new(db, e, lang))
                .collect::<erkend::Result<_>>()?,
            own_skills: own
                .iter()
                .map(|c| {
                    Ok(OwnSkillDto {
                        id: c.id,
                        skill: ConceptDto::label(db, &c.uri, lang)?,
                        note: c.note.clone(),
                    })
                })
                .collect::<erkend::Result<_>>()?,
        })
    }
}

/// A skill found in a vacancy text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VacancySkillDto {
    /// The ESCO skill and its label.
    pub skill: ConceptDto,
    /// The words of the text that named it.
    pub matched_text: String,
    /// The profile holds it.
    pub held: bool,
}

/// A vacancy turned into ESCO skills and matched against the profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VacancyDto {
    /// The skills found, in text order.
    pub skills: Vec<VacancySkillDto>,
    /// Share of the vacancy's skills held (related ones at half), in [0, 1].
    pub score: f64,
    /// Skills held.
    pub have: usize,
    /// Skills found.
    pub total: usize,
    /// The gaps: skills of the vacancy not held.
    pub missing: Vec<ConceptDto>,
}

impl VacancyDto {
    /// Labels the core's vacancy match in `lang`.
    pub fn new(db: &EscoDb, v: &VacancyMatch, lang: &str) -> erkend::Result<VacancyDto> {
        let missing: std::collections::HashSet<&str> = v
            .result
            .missing_essential
            .iter()
            .map(String::as_str)
            .collect();
        Ok(VacancyDto {
            skills: v
                .skills
                .iter()
                .map(|s| {
                    Ok(VacancySkillDto {
                        skill: ConceptDto::label(db, &s.uri, lang)?,
                        matched_text: s.matched_text.clone(),
                        held: !missing.contains(s.uri.as_str()),
                    })
                })
                .collect::<erkend::Result<_>>()?,
            score: v.result.score,
            have: v.result.essential.have,
            total: v.result.essential.total,
            missing: v
                .result
                .missing_essential
                .iter()
                .map(|u| ConceptDto::label(db, u, lang))
                .collect::<erkend::Result<_>>()?,
        })
    }
}

/// A new route step as the route screen sends it: its kind, and the fields of the step form
/// (a missing title is refused by the core as an empty one).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct NewStepDto {
    /// `earn-credential`, `work-based-learning`, `language-goal`, `practical`.
    pub kind: String,
    /// Title, helper and due date.
    #[serde(flatten)]
    pub fields: StepEditDto,
}

/// A change of a route step, as the route screen's form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StepEditDto {
    /// New title; `null` keeps the title (a translated one stays translated).
    #[serde(default)]
    pub title: Option<String>,
    /// Who helps (`mentor`, `coach`, `supervisor`); blank or `null`: nobody.
    #[serde(default)]
    pub helper_role: Option<String>,
    /// Their name.
    #[serde(default)]
    pub helper_name: Option<String>,
    /// Due date (`YYYY-MM-DD`); blank or `null`: none.
    #[serde(default)]
    pub due: Option<String>,
}

/// Who helps with a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelperDto {
    /// `mentor`, `coach`, `supervisor`.
    pub role: String,
    /// Their name.
    pub name: String,
}
