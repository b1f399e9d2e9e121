//! The learning route: a target occupation and the ordered steps toward it.
//!
//! Pure functions over values: no SQL, no clock, no randomness (the store gives steps their ids).
//!
//! Suggestion ([`suggest`]): one `earn-credential` step per essential skill of the target that
//! the learner does not hold yet — exactly those, nothing else. Transversal and language skills
//! come first (they open doors to every other step: ESCO skill type `l`/`t` or reuse level `t`),
//! then the rest; within each group by URI, so the same input always gives the same route.
//!
//! Automatic progress ([`progress`]), the rule: when a credential arrives, every step that is not
//! `done`, has at least one skill, shares at least one skill with that credential, and whose
//! skills are *all* covered by the skills of the credentials in the wallet (verified or not: a
//! route asks "is there evidence", and each credential's verdict is shown beside it anyway)
//! becomes `done`, with that credential linked as evidence. A credential that covers none of a
//! step's skills is never linked to it, so evidence always says something about the step.

pub mod cli;
mod details;
mod form;
mod stack;
mod template;

pub use details::{check_skills, Helper, HelperRole, PracticalKind, StackItem, StepDetails};
pub use form::StepForm;
pub use stack::{stack_progress, Held, StackProgress};
pub use template::newcomer_template;

use std::collections::HashSet;

/// What kind of step it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// Earn a credential for a skill.
    EarnCredential,
    /// Learn on the job (internship, apprenticeship).
    WorkBasedLearning,
    /// Reach a language level.
    LanguageGoal,
    /// Something practical (papers, a permit, a visit).
    Practical,
}

impl StepKind {
    /// The contract name (`earn-credential`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::EarnCredential => "earn-credential",
            StepKind::WorkBasedLearning => "work-based-learning",
            StepKind::LanguageGoal => "language-goal",
            StepKind::Practical => "practical",
        }
    }

    /// Parses a contract name.
    pub fn parse(s: &str) -> Option<StepKind> {
        [
            StepKind::EarnCredential,
            StepKind::WorkBasedLearning,
            StepKind::LanguageGoal,
            StepKind::Practical,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// How far a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepStatus {
    /// Not started.
    Planned,
    /// Started.
    InProgress,
    /// Finished.
    Done,
}

impl StepStatus {
    /// The contract name (`planned`, `in-progress`, `done`).
    pub fn as_str(self) -> &'static str {
        match self {
            StepStatus::Planned => "planned",
            StepStatus::InProgress => "in-progress",
            StepStatus::Done => "done",
        }
    }

    /// Parses a contract name.
    pub fn parse(s: &str) -> Option<StepStatus> {
        [
            StepStatus::Planned,
            StepStatus::InProgress,
            StepStatus::Done,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One step of a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Stable id (given by the store).
    pub id: String,
    /// What kind of step.
    pub kind: StepKind,
    /// Title (for a suggested step: the skill's English ESCO label; shown in the UI language).
    pub title: String,
    /// ESCO skill URIs the step is about.
    pub skills: Vec<String>,
    /// How far it is.
    pub status: StepStatus,
    /// Wallet ids of the credentials that evidence it.
    pub evidence: Vec<String>,
    /// Dates, notes, helper, kind-specific fields, stack.
    pub details: StepDetails,
}

impl Step {
    /// The ESCO skill whose label is the step's title (shown in the reader's language): the
    /// only skill of a step nobody has renamed. `None`: the title is shown as written (or, for
    /// a template step, as its translated template message).
    pub fn title_skill(&self) -> Option<&str> {
        match self.skills.as_slice() {
            [skill] if !self.details.own_title => Some(skill),
            _ => None,
        }
    }
}

/// A route: the target occupation and the steps in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// ESCO occupation URI.
    pub target: String,
    /// The occupation's label when the route was set.
    pub target_label: String,
    /// Steps in order.
    pub steps: Vec<Step>,
}

/// What ESCO says about a skill that decides its place in a route.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillInfo {
    /// ESCO skill type code (`k`, `c`, `l`anguage, `t`ransversal), if known.
    pub skill_type: Option<String>,
    /// ESCO reuse level code (`t`ransversal, `c`ross-sector, `s`ector, `o`ccupation), if known.
    pub reuse_level: Option<String>,
    /// The ESCO pillar the hierarchy files it under, if known.
    pub pillar: Option<crate::esco::Pillar>,
}

impl SkillInfo {
    /// True for transversal and language skills, which come first in a route.
    pub fn comes_first(&self) -> bool {
        matches!(self.skill_type.as_deref(), Some("l" | "t"))
            || self.reuse_level.as_deref() == Some("t")
            || matches!(
                self.pillar,
                Some(crate::esco::Pillar::Transversal | crate::esco::Pillar::Language)
            )
    }
}

/// A step before the store has given it an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStep {
    /// What kind of step.
    pub kind: StepKind,
    /// Title.
    pub title: String,
    /// ESCO skill URIs.
    pub skills: Vec<String>,
    /// Dates, notes, helper, kind-specific fields, stack.
    pub details: StepDetails,
}

/// Proposes one `earn-credential` step per missing essential skill, in route order (see the
/// module docs). `skill_info(uri)` gives the ESCO facts and the title of each skill.
pub fn suggest(
    requirements: &[crate::store::Requirement],
    held_skills: &HashSet<&str>,
    mut skill_info: impl FnMut(&str) -> (SkillInfo, String),
) -> Vec<NewStep> {
    let mut missing: Vec<(bool, &str, String)> = requirements
        .iter()
        .filter(|r| r.essential && !held_skills.contains(r.skill.as_str()))
        .map(|r| {
            let (info, title) = skill_info(&r.skill);
            (!info.comes_first(), r.skill.as_str(), title)
        })
        .collect();
    missing.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    missing.dedup_by(|a, b| a.1 == b.1);
    missing
        .into_iter()
        .map(|(_, uri, title)| NewStep {
            kind: StepKind::EarnCredential,
            title,
            skills: vec![uri.to_string()],
            details: StepDetails::default(),
        })
        .collect()
}

/// The steps a newly arrived credential completes (see the rule in the module docs): ids of the
/// steps to mark `done` with `credential_skills`' credential linked. `held_skills` are the skills
/// of every credential in the wallet, including this one.
pub fn progress(
    steps: &[Step],
    credential_skills: &HashSet<&str>,
    held_skills: &HashSet<&str>,
) -> Vec<String> {
    steps
        .iter()
        // A stack is done when all of its credentials are earned, not by skills (see `stack`).
        .filter(|s| {
            s.status != StepStatus::Done && !s.skills.is_empty() && s.details.stack.is_empty()
        })
        .filter(|s| {
            s.skills
                .iter()
                .any(|k| credential_skills.contains(k.as_str()))
        })
        .filter(|s| s.skills.iter().all(|k| held_skills.contains(k.as_str())))
        .map(|s| s.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Requirement;

    fn req(skill: &str, essential: bool) -> Requirement {
        Requirement {
            skill: skill.into(),
            essential,
        }
    }

    fn step(id: &str, skills: &[&str], status: StepStatus) -> Step {
        Step {
            id: id.into(),
            kind: StepKind::EarnCredential,
            title: id.into(),
            skills: skills.iter().map(|s| s.to_string()).collect(),
            status,
            evidence: vec![],
            details: StepDetails::default(),
        }
    }

    #[test]
    fn suggests_exactly_the_missing_essentials_transversal_first() {
        let reqs = [
            req("s:b", true),
            req("s:a", true),
            req("s:t", true),
            req("s:held", true),
            req("s:opt", false),
        ];
        let held: HashSet<&str> = ["s:held"].into_iter().collect();
        let steps = suggest(&reqs, &held, |uri| {
            let info = SkillInfo {
                skill_type: Some("c".into()),
                reuse_level: Some(if uri == "s:t" { "t" } else { "s" }.into()),
                pillar: None,
            };
            (info, format!("title {uri}"))
        });
        let skills: Vec<&str> = steps.iter().map(|s| s.skills[0].as_str()).collect();
        assert_eq!(skills, ["s:t", "s:a", "s:b"]);
        assert!(steps.iter().all(|s| s.kind == StepKind::EarnCredential));
        assert_eq!(steps[0].title, "title s:t");
    }

    #[test]
    fn a_step_is_done_only_when_all_its_skills_are_held_and_the_credential_is_relevant() {
        let steps = [
            step("one", &["s:a"], StepStatus::Planned),
            step("two", &["s:a", "s:b"], StepStatus::InProgress),
            step("three", &["s:c"], StepStatus::Planned),
            step("done", &["s:a"], StepStatus::Done),
            step("empty", &[], StepStatus::Planned),
        ];
        let cred: HashSet<&str> = ["s:a"].into_iter().collect();
        assert_eq!(progress(&steps, &cred, &cred), ["one"]);
        let held: HashSet<&str> = ["s:a", "s:b", "s:c"].into_iter().collect();
        assert_eq!(progress(&steps, &cred, &held), ["one", "two"]);
    }

    #[test]
    fn names_round_trip() {
        for k in [
            "earn-credential",
            "work-based-learning",
            "language-goal",
            "practical",
        ] {
            assert_eq!(StepKind::parse(k).map(StepKind::as_str), Some(k));
        }
        for s in ["planned", "in-progress", "done"] {
            assert_eq!(StepStatus::parse(s).map(StepStatus::as_str), Some(s));
        }
    }
}
