//! What a step carries beyond its kind, title and skills: dates, notes, who helps, the fields of
//! each step kind (work-based learning: place, supervisor, learning goals; language goal:
//! language and CEFR level; practical step: which one), a stack of credentials, and the
//! template message it came from. Stored as the step's JSON `data`; every field is optional so
//! older steps read as empty details.

use crate::model::ESCO_PREFIX;
use crate::profile::parts::{check_date, Cefr, ExperienceKind};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// Who helps with a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelperRole {
    /// A mentor (volunteer buddy, maatje).
    Mentor,
    /// A career or job coach.
    Coach,
    /// A supervisor at the work place.
    Supervisor,
}

impl HelperRole {
    /// Parses a contract name (`mentor`, `coach`, `supervisor`): the serde names, so there is
    /// one list of them.
    pub fn parse(s: &str) -> Option<HelperRole> {
        serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
    }
}

/// A person who helps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helper {
    /// Their role.
    pub role: HelperRole,
    /// Their name.
    pub name: String,
    /// How to reach them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// Which practical step toward work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PracticalKind {
    /// Having a foreign diploma evaluated (in the Netherlands: IDW / Nuffic, SBB).
    DiplomaRecognition,
    /// Registering with the job centre (UWV, the municipality).
    JobCentreRegistration,
    /// A network meeting.
    NetworkMeeting,
    /// Applying for jobs.
    Applying,
    /// Anything else.
    Other,
}

/// One part of a stack: a credential identified by the ESCO skills it must prove, or by the
/// name of its achievement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StackItem {
    /// ESCO skills the credential must all be aligned to.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Or: the achievement's name (matched without case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<String>,
}

/// A step's details (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDetails {
    /// Start date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// End or due date, same form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Notes by the learner or their mentor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Who helps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helper: Option<Helper>,
    /// Work-based learning: which kind (volunteer work, language internship, work-experience
    /// place, a job).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<ExperienceKind>,
    /// Work-based learning: the place (organisation, town).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Work-based learning: the supervisor there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<String>,
    /// Work-based learning: what the learner should learn there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learning_goals: Vec<String>,
    /// Language goal: the language (BCP 47 tag).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Language goal: the CEFR level to reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cefr: Option<Cefr>,
    /// Practical step: which one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practical: Option<PracticalKind>,
    /// Credentials that together make a larger one; the step is done when all are earned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stack: Vec<StackItem>,
    /// The template message id the step came from (its title is then shown translated, until
    /// someone renames the step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// True once someone renamed the step: its title is then their words, no longer the
    /// (translated) label of its ESCO skill.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own_title: bool,
}

impl StepDetails {
    /// Checks dates, the helper, the language tag and the stack's ESCO links.
    pub fn validate(&self) -> Result<()> {
        for (field, date) in [("start", &self.start), ("end", &self.end)] {
            if let Some(d) = date {
                check_date(field, d)?;
            }
        }
        if let (Some(s), Some(e)) = (&self.start, &self.end) {
            // ISO dates (also partial ones) compare as text.
            if e < s {
                return Err(invalid("end", "ends before it starts"));
            }
        }
        if let Some(h) = &self.helper {
            if h.name.trim().is_empty() {
                return Err(invalid("helper.name", "empty"));
            }
        }
        if let Some(tag) = &self.language {
            tag.parse::<unic_langid::LanguageIdentifier>()
                .map_err(|_| invalid("language", &format!("{tag} is not a language tag")))?;
        }
        for item in &self.stack {
            if item.skills.is_empty()
                && item
                    .achievement
                    .as_deref()
                    .is_none_or(|a| a.trim().is_empty())
            {
                return Err(invalid(
                    "stack",
                    "an item needs ESCO skills or an achievement name",
                ));
            }
            check_skills("stack.skills", &item.skills)?;
        }
        Ok(())
    }
}

/// Checks that every URI is an ESCO skill.
pub fn check_skills(field: &str, skills: &[String]) -> Result<()> {
    for uri in skills {
        let ok = uri
            .strip_prefix(ESCO_PREFIX)
            .is_some_and(|rest| rest.starts_with("skill/"));
        if !ok {
            return Err(invalid(field, &format!("{uri} is not an ESCO skill")));
        }
    }
    Ok(())
}

fn invalid(field: &str, reason: &str) -> Error {
    Error::ProfileInvalid {
        field: format!("route.{field}"),
        reason: reason.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_validate_dates_helpers_and_stacks() {
        let mut d = StepDetails {
            start: Some("2026-02".into()),
            end: Some("2026-06-30".into()),
            helper: Some(Helper {
                role: HelperRole::Supervisor,
                name: "Anouk".into(),
                contact: None,
            }),
            stack: vec![StackItem {
                skills: vec![],
                achievement: Some("HACCP basics".into()),
            }],
            ..Default::default()
        };
        d.validate().expect("valid");
        d.end = Some("2026-01".into());
        assert!(d.validate().is_err());
        d.end = None;
        d.stack.push(StackItem {
            skills: vec!["https://example.org/skill".into()],
            achievement: None,
        });
        assert!(d.validate().is_err());
        // Old steps have `{}` as data: empty details.
        let empty: StepDetails = serde_json::from_str("{}").expect("parse");
        assert_eq!(empty, StepDetails::default());
    }
}
