//! The skills profile: every ESCO skill the learner has, with its strongest evidence.
//!
//! Evidence ladder, strongest first: a verified credential (an ESCO alignment in a credential
//! whose signature check passed), a signed endorsement, a mentor's signed observation, the
//! learner's own declaration. A skill whose only source is a credential that could not be
//! verified (yet) counts as self-declared, with that credential still listed as a source.
//! Pure functions over model values: no SQL, no clock.

pub mod cli;
mod edit;
pub mod parts;

use serde::Serialize;
use std::collections::BTreeMap;

/// How strongly a skill is evidenced. Ordered: `SelfDeclared < ... < VerifiedCredential`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// The learner says so.
    SelfDeclared,
    /// A mentor observed it and signed that.
    MentorObserved,
    /// A signed endorsement vouches for it.
    Endorsed,
    /// A verified credential is aligned to it.
    VerifiedCredential,
}

impl Evidence {
    /// The contract name (`verified-credential`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::SelfDeclared => "self-declared",
            Evidence::MentorObserved => "mentor-observed",
            Evidence::Endorsed => "endorsed",
            Evidence::VerifiedCredential => "verified-credential",
        }
    }
}

/// One piece of evidence for one skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillSource {
    /// ESCO skill URI.
    pub uri: String,
    /// What the source is worth.
    pub evidence: Evidence,
    /// The source's id (a wallet credential id, or `claim:<n>` for a declared skill).
    pub source: String,
}

/// A skill in the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileSkill {
    /// ESCO skill URI.
    pub uri: String,
    /// The strongest evidence.
    pub evidence: Evidence,
    /// Every source, strongest first.
    pub sources: Vec<String>,
}

/// Folds the sources into one entry per skill, strongest evidence first, then by URI.
pub fn build(sources: impl IntoIterator<Item = SkillSource>) -> Vec<ProfileSkill> {
    let mut by_skill: BTreeMap<String, Vec<(Evidence, String)>> = BTreeMap::new();
    for s in sources {
        let entry = by_skill.entry(s.uri).or_default();
        if !entry.iter().any(|(_, id)| *id == s.source) {
            entry.push((s.evidence, s.source));
        }
    }
    let mut skills: Vec<ProfileSkill> = by_skill
        .into_iter()
        .map(|(uri, mut sources)| {
            sources.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            ProfileSkill {
                uri,
                evidence: sources[0].0,
                sources: sources.into_iter().map(|(_, id)| id).collect(),
            }
        })
        .collect();
    skills.sort_by(|a, b| b.evidence.cmp(&a.evidence).then_with(|| a.uri.cmp(&b.uri)));
    skills
}

/// The evidence a credential gives its skills: verified only when its verdict says verified.
pub fn credential_evidence(verified: Option<bool>) -> Evidence {
    if verified == Some(true) {
        Evidence::VerifiedCredential
    } else {
        Evidence::SelfDeclared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(uri: &str, evidence: Evidence, source: &str) -> SkillSource {
        SkillSource {
            uri: uri.into(),
            evidence,
            source: source.into(),
        }
    }

    #[test]
    fn strongest_evidence_wins_and_all_sources_are_kept() {
        let profile = build([
            src("esco:a", Evidence::SelfDeclared, "claim:1"),
            src("esco:a", Evidence::VerifiedCredential, "c1"),
            src("esco:b", Evidence::SelfDeclared, "c2"),
        ]);
        assert_eq!(profile[0].uri, "esco:a");
        assert_eq!(profile[0].evidence, Evidence::VerifiedCredential);
        assert_eq!(profile[0].sources, ["c1", "claim:1"]);
        assert_eq!(profile[1].evidence, Evidence::SelfDeclared);
    }

    #[test]
    fn an_unverified_credential_counts_as_self_declared() {
        assert_eq!(credential_evidence(None), Evidence::SelfDeclared);
        assert_eq!(credential_evidence(Some(false)), Evidence::SelfDeclared);
        assert_eq!(
            credential_evidence(Some(true)),
            Evidence::VerifiedCredential
        );
    }
}
