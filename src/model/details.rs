//! The parts of a credential beyond name, issuer and learner: the recipient identity, evidence,
//! endorsements, results, learning outcomes and the EU micro-credential elements.
//!
//! All of these are optional in every format; an empty value means "not stated", never "none".

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Alignment, Issuer};

/// The learner's identity as the issuer wrote it (OB 2.0 `recipient`, OB 3.0 `identifier`).
/// A hashed identity can be matched against what the learner types, never read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Recipient {
    /// The identity type, e.g. `email`, `url`, `name`, `emailAddress`.
    pub identity_type: String,
    /// The identity: plain text, or `sha256$<hex>` / `md5$<hex>` when hashed.
    pub identity: String,
    /// True when `identity` is a hash.
    pub hashed: bool,
    /// The salt appended before hashing, when one was used.
    pub salt: Option<String>,
}

impl Recipient {
    /// Whether `plain` (e.g. an e-mail address the learner typed) is this identity.
    /// `None` when the hash algorithm is not one Erkend can check (only SHA-256 is supported).
    pub fn matches(&self, plain: &str) -> Option<bool> {
        if !self.hashed {
            return Some(self.identity == plain);
        }
        let (alg, hash) = self.identity.split_once('$')?;
        if !alg.eq_ignore_ascii_case("sha256") {
            return None;
        }
        let mut hasher = Sha256::new();
        hasher.update(plain.as_bytes());
        hasher.update(self.salt.as_deref().unwrap_or("").as_bytes());
        Some(hex::encode(hasher.finalize()).eq_ignore_ascii_case(hash))
    }
}

/// Evidence of the work behind an achievement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Evidence {
    /// Where the evidence lives (a URL, never fetched).
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// The narrative of the work.
    pub narrative: Option<String>,
}

/// Someone vouching for the credential, its achievement or its issuer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Endorsement {
    /// The endorsement's id (for an OB 2.0 endorsement by IRI, only this is known offline).
    pub id: Option<String>,
    /// Who endorses.
    pub issuer: Option<Issuer>,
    /// What they say.
    pub comment: Option<String>,
    /// When they said it.
    pub issued: Option<String>,
    /// What is endorsed: `credential`, `achievement` or `issuer`.
    pub about: String,
    /// The compact JWS when it arrived as an `endorsementJwt` (kept for later verification).
    pub jws: Option<String>,
}

/// A result the learner obtained (OB 3.0 `result`): a grade, a status, a level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AchievementResult {
    /// The value, e.g. `A`, `8.5`, `Pass`.
    pub value: Option<String>,
    /// The status, e.g. `Completed`.
    pub status: Option<String>,
    /// Alignments of the result (e.g. the ESCO skill the grade is about).
    pub alignments: Vec<Alignment>,
}

/// A learning outcome with the skills it is about (Europass `learningOutcome`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LearningOutcome {
    /// The outcome's title.
    pub title: String,
    /// ESCO skill URIs it relates to.
    pub skills: Vec<String>,
}

/// The elements the EU Council Recommendation on micro-credentials (2022) asks for, as far as
/// the credential states them. Read from OB 3.0 (`creditsAvailable`, alignments), Edubadges'
/// OB 2.0 extensions and OB 3.0 extension, and Europass ELM.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct MicroCredential {
    /// ECTS credits.
    pub ects: Option<f64>,
    /// Notional workload in hours (study load / time investment / volume of learning).
    pub workload_hours: Option<f64>,
    /// European Qualifications Framework level (1-8).
    pub eqf_level: Option<u8>,
    /// National qualifications framework level as written (e.g. `NLQF 4`, `RQF Level 6`).
    pub nqf_level: Option<String>,
    /// Type of assessment (e.g. `Online`, `written exam`).
    pub assessment_type: Option<String>,
    /// Form of participation (e.g. `online`, `blended`, `on site`).
    pub participation: Option<String>,
    /// Quality assurance: who assures it, or the framework name.
    pub quality_assurance: Option<String>,
    /// Language of instruction.
    pub language: Option<String>,
}

impl MicroCredential {
    /// True when nothing is stated.
    pub fn is_empty(&self) -> bool {
        *self == MicroCredential::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_email_matches_with_salt() {
        // From the 1EdTech validator samples: sha256("nobody@example.org" + "deadsea").
        let r = Recipient {
            identity_type: "email".into(),
            identity: "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"
                .into(),
            hashed: true,
            salt: Some("deadsea".into()),
        };
        assert_eq!(r.matches("nobody@example.org"), Some(true));
        assert_eq!(r.matches("somebody@example.org"), Some(false));
        let md5 = Recipient {
            identity: "md5$abc".into(),
            ..r
        };
        assert_eq!(md5.matches("x"), None);
    }
}
