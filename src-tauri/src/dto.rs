//! The shapes that cross IPC, decoupled from the core's types so the core can change freely.
//!
//! Everything here is plain data for display. Nothing carries key material or a passphrase;
//! texts are NFC-normalised for display (the stored bytes never are).

use erkend::model::display_text;
use erkend::store::StoredCredential;
use erkend::verify::Verdict;
use erkend::wallet::ImportOutcome;
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
