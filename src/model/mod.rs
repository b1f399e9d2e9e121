//! Domain nouns: the one normalised model every imported format is turned into.
//!
//! A [`Credential`] is what the wallet shows and reasons about; the original bytes it came from
//! are kept separately and exactly by the store. Text fields hold what the issuer wrote (after
//! JSON unescaping); display code NFC-normalises with [`display_text`], never the stored bytes.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

mod details;
mod format;
pub use details::{
    AchievementResult, Endorsement, Evidence, LearningOutcome, MicroCredential, Recipient,
};
pub use format::{Container, Format};

/// The ESCO namespace; an alignment whose target starts with it is an ESCO concept.
pub const ESCO_PREFIX: &str = "http://data.europa.eu/esco/";

/// A credential as the wallet understands it, whatever format it arrived in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Credential {
    /// The credential's own identifier (e.g. `urn:uuid:...`), when it has one.
    pub credential_id: Option<String>,
    /// The credential types as written (e.g. `VerifiableCredential`, `OpenBadgeCredential`).
    pub types: Vec<String>,
    /// Display name: the credential's `name`, else the achievement's name.
    pub name: String,
    /// Description of the credential or its achievement.
    pub description: Option<String>,
    /// Who issued it.
    pub issuer: Issuer,
    /// Who earned it.
    pub subject: Subject,
    /// What was achieved.
    pub achievement: Option<Achievement>,
    /// Issue date as written (RFC 3339 when it parses; else the raw text).
    pub issued: Option<String>,
    /// Start of validity (`validFrom`, or `issuanceDate` on VC 1.1).
    pub valid_from: Option<String>,
    /// End of validity (`validUntil` / `expirationDate` / OB 2.0 `expires`).
    pub valid_until: Option<String>,
    /// Every ESCO concept URI the credential is aligned to, deduplicated, in document order.
    pub skills: Vec<String>,
    /// The learner's identity object (hashed or plain), when the credential has one.
    #[serde(default)]
    pub recipient: Option<Recipient>,
    /// Evidence of the work.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Endorsements of the credential, its achievement or its issuer.
    #[serde(default)]
    pub endorsements: Vec<Endorsement>,
    /// The badge image: a `data:` URI kept as is, or a remote URL that is never fetched.
    #[serde(default)]
    pub image: Option<String>,
    /// Results (grades, statuses) the learner obtained.
    #[serde(default)]
    pub results: Vec<AchievementResult>,
    /// Learning outcomes with their skills (Europass).
    #[serde(default)]
    pub learning_outcomes: Vec<LearningOutcome>,
    /// EU micro-credential elements (ECTS, workload, EQF level, ...).
    #[serde(default)]
    pub micro: MicroCredential,
    /// The body that awarded the achievement, when the credential names one apart from the
    /// issuer (Europass `awardingBody`).
    #[serde(default)]
    pub awarding_body: Option<Issuer>,
}

impl Credential {
    /// The issuer's display name, else its id, else an empty string.
    pub fn issuer_label(&self) -> &str {
        self.issuer
            .name
            .as_deref()
            .or(self.issuer.id.as_deref())
            .unwrap_or("")
    }

    /// For an OB 3.0 `EndorsementCredential`: the id of what it endorses (a credential, an
    /// achievement or an issuer), so the store can attach it there.
    pub fn endorses(&self) -> Option<&str> {
        self.types
            .iter()
            .any(|t| t == "EndorsementCredential")
            .then_some(self.subject.id.as_deref())
            .flatten()
    }

    /// The name to show: the stated name, else the achievement's id (an OB 2.0 badge given only
    /// by IRI has no name offline), else an empty string.
    pub fn display_name(&self) -> &str {
        if !self.name.is_empty() {
            return &self.name;
        }
        self.achievement
            .as_ref()
            .and_then(|a| a.id.as_deref())
            .unwrap_or("")
    }
}

/// The issuing organisation or person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Issuer {
    /// IRI or DID of the issuer.
    pub id: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Home page.
    pub url: Option<String>,
}

/// The learner the credential is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Subject {
    /// The learner's identifier (DID or IRI), when given.
    pub id: Option<String>,
    /// The learner's name, when the credential states it (plain `name` or an identity object of
    /// type `name`).
    pub name: Option<String>,
}

/// The achievement (OB 3.0 `Achievement`, OB 2.0 `BadgeClass`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Achievement {
    /// IRI of the achievement definition.
    pub id: Option<String>,
    /// Name of the achievement.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Criteria narrative.
    pub criteria: Option<String>,
    /// Achievement type (e.g. `Badge`, `Certificate`).
    pub achievement_type: Option<String>,
    /// Alignments to frameworks (ESCO and others).
    pub alignments: Vec<Alignment>,
}

/// An alignment to an external framework entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Alignment {
    /// The target's URL (an ESCO URI for ESCO alignments).
    pub target_url: String,
    /// The target's name as the issuer wrote it.
    pub target_name: Option<String>,
    /// The framework's name.
    pub framework: Option<String>,
}

impl Alignment {
    /// True when the target is an ESCO concept.
    pub fn is_esco(&self) -> bool {
        self.target_url.starts_with(ESCO_PREFIX)
    }
}

/// Text prepared for display: Unicode NFC, so decomposed names (e.g. from macOS) render and
/// compare the same. Stored bytes are never normalised.
pub fn display_text(text: &str) -> String {
    text.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_text_composes_decomposed_letters() {
        let decomposed = "Zoe\u{0308}";
        assert_eq!(display_text(decomposed), "Zo\u{00eb}");
    }

    #[test]
    fn esco_alignment_is_recognised_by_prefix() {
        let a = Alignment {
            target_url: "http://data.europa.eu/esco/skill/abc".into(),
            ..Default::default()
        };
        assert!(a.is_esco());
    }
}
