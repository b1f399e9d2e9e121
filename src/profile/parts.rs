//! The EU Skills Profile Tool's four parts, typed and validated: (1) the person, (2) their
//! wishes, (3) their skills — languages with a CEFR self-assessment per skill, education, work
//! experience (paid, volunteer, language internship, work-experience place), digital and soft
//! skills, each linkable to ESCO — and (4) the adviser's appraisal with recommended next steps.
//!
//! Guarantees: [`Parts::validate`] refuses empty required fields, dates that are not ISO
//! `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a period that ends before it starts, and ESCO links that
//! are not ESCO skill or occupation URIs. Contact details are stored only in the learner's own
//! (encrypted) wallet; nothing here is ever sent anywhere. Pure values: no SQL, no clock.

use crate::model::ESCO_PREFIX;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// A CEFR level (Common European Framework of Reference for Languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cefr {
    /// Breakthrough.
    A1,
    /// Waystage.
    A2,
    /// Threshold.
    B1,
    /// Vantage.
    B2,
    /// Effective operational proficiency.
    C1,
    /// Mastery.
    C2,
}

impl Cefr {
    /// Parses `A1` … `C2` (any case).
    pub fn parse(s: &str) -> Result<Cefr> {
        Ok(match s.trim().to_ascii_uppercase().as_str() {
            "A1" => Cefr::A1,
            "A2" => Cefr::A2,
            "B1" => Cefr::B1,
            "B2" => Cefr::B2,
            "C1" => Cefr::C1,
            "C2" => Cefr::C2,
            _ => {
                return Err(invalid(
                    "cefr",
                    &format!("{s} is not A1, A2, B1, B2, C1 or C2"),
                ))
            }
        })
    }

    /// `A1` … `C2`.
    pub fn as_str(self) -> &'static str {
        match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
        }
    }
}

/// Ways to reach the learner; kept in the wallet only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Postal address or town.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// Part 1: the person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Name as the learner wants to be called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Languages spoken (BCP 47 tags such as `ar`, `ti`, `nl`).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Contact details (local only).
    #[serde(default)]
    pub contact: Contact,
}

/// Part 2: what the learner wants.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wishes {
    /// Work wanted, in the learner's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work: Option<String>,
    /// Occupations wanted (ESCO occupation URIs).
    #[serde(default)]
    pub occupations: Vec<String>,
    /// Study wishes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub study: Option<String>,
    /// Language-learning wishes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_learning: Option<String>,
    /// Self-employment plans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_employment: Option<String>,
}

/// A language with the learner's CEFR self-assessment per skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSkill {
    /// BCP 47 tag of the language.
    pub language: String,
    /// A mother tongue (then the levels are not asked).
    #[serde(default)]
    pub mother_tongue: bool,
    /// Listening level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listening: Option<Cefr>,
    /// Reading level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Cefr>,
    /// Speaking level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaking: Option<Cefr>,
    /// Writing level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writing: Option<Cefr>,
}

/// A period of education or training.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Education {
    /// Diploma, course or training name.
    pub title: String,
    /// School or training body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    /// Country (ISO 3166 code or name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Start (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// End, same form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// EQF level (1–8) when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eqf_level: Option<u8>,
    /// ESCO skills and occupations it relates to.
    #[serde(default)]
    pub esco: Vec<String>,
}

/// What kind of work experience.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExperienceKind {
    /// Paid work.
    #[default]
    Job,
    /// Volunteer work.
    Volunteer,
    /// A language internship (taalstage).
    LanguageInternship,
    /// A work-experience place (werkervaringsplaats).
    WorkExperiencePlace,
    /// Self-employed work.
    SelfEmployed,
}

impl ExperienceKind {
    /// Parses the kebab-case name.
    pub fn parse(s: &str) -> Result<ExperienceKind> {
        serde_json::from_value(serde_json::Value::String(s.to_string())).map_err(|_| {
            invalid(
                "kind",
                "not job, volunteer, language-internship, work-experience-place or self-employed",
            )
        })
    }
}

/// A period of work experience.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experience {
    /// What kind of work.
    #[serde(default)]
    pub kind: ExperienceKind,
    /// Role or job title.
    pub title: String,
    /// Employer or host organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Town and/or country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Start (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// End, same form (none: still going on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// What the learner did there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ESCO skills and occupations it relates to.
    #[serde(default)]
    pub esco: Vec<String>,
}

/// A digital or soft skill in the learner's words, optionally linked to ESCO.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillNote {
    /// The skill in the learner's words.
    pub text: String,
    /// ESCO skills it relates to.
    #[serde(default)]
    pub esco: Vec<String>,
}

/// Part 3: the learner's skills and background.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skills {
    /// Languages with CEFR self-assessment.
    #[serde(default)]
    pub languages: Vec<LanguageSkill>,
    /// Education and training.
    #[serde(default)]
    pub education: Vec<Education>,
    /// Work experience, volunteer work, language internships, work-experience places.
    #[serde(default)]
    pub experience: Vec<Experience>,
    /// Digital skills.
    #[serde(default)]
    pub digital: Vec<SkillNote>,
    /// Soft skills.
    #[serde(default)]
    pub soft: Vec<SkillNote>,
}

/// Part 4: the adviser's appraisal and recommended next steps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appraisal {
    /// The adviser's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adviser: Option<String>,
    /// The appraisal text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Recommended next steps, in order.
    #[serde(default)]
    pub next_steps: Vec<String>,
    /// When it was written (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// All four parts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    /// Part 1.
    pub person: Person,
    /// Part 2.
    pub wishes: Wishes,
    /// Part 3.
    pub skills: Skills,
    /// Part 4.
    pub appraisal: Appraisal,
}

/// The names the parts are stored under.
pub const PART_NAMES: [&str; 4] = ["person", "wishes", "skills", "appraisal"];

impl Parts {
    /// Checks every part (see the module docs).
    pub fn validate(&self) -> Result<()> {
        for tag in &self.person.languages {
            language_tag("person.languages", tag)?;
        }
        for uri in &self.wishes.occupations {
            esco_link("wishes.occupations", uri)?;
        }
        for l in &self.skills.languages {
            language_tag("skills.languages.language", &l.language)?;
        }
        for e in &self.skills.education {
            required("skills.education.title", &e.title)?;
            period("skills.education", e.from.as_deref(), e.to.as_deref())?;
            if let Some(level) = e.eqf_level.filter(|l| !(1..=8).contains(l)) {
                return Err(invalid(
                    "skills.education.eqf_level",
                    &format!("{level} is not 1-8"),
                ));
            }
            links("skills.education.esco", &e.esco)?;
        }
        for e in &self.skills.experience {
            required("skills.experience.title", &e.title)?;
            period("skills.experience", e.from.as_deref(), e.to.as_deref())?;
            links("skills.experience.esco", &e.esco)?;
        }
        for (field, notes) in [
            ("skills.digital", &self.skills.digital),
            ("skills.soft", &self.skills.soft),
        ] {
            for n in notes {
                required(field, &n.text)?;
                links(field, &n.esco)?;
            }
        }
        if let Some(date) = &self.appraisal.date {
            partial_date("appraisal.date", date)?;
        }
        Ok(())
    }

    /// Every ESCO skill linked anywhere in part 3, with a stable source name per entry
    /// (`part:skills/experience/0`, ...), for the profile's skill list.
    pub fn linked_skills(&self) -> Vec<(String, String)> {
        let s = &self.skills;
        let groups: [(&str, Vec<&Vec<String>>); 4] = [
            ("education", s.education.iter().map(|e| &e.esco).collect()),
            ("experience", s.experience.iter().map(|e| &e.esco).collect()),
            ("digital", s.digital.iter().map(|e| &e.esco).collect()),
            ("soft", s.soft.iter().map(|e| &e.esco).collect()),
        ];
        let mut out = Vec::new();
        for (name, entries) in groups {
            for (n, uris) in entries.into_iter().enumerate() {
                for uri in uris.iter().filter(|u| is_skill(u)) {
                    out.push((uri.clone(), format!("part:skills/{name}/{n}")));
                }
            }
        }
        out
    }
}

impl Skills {
    /// Adds a language, replacing an earlier entry for the same language.
    pub fn set_language(&mut self, skill: LanguageSkill) {
        match self
            .languages
            .iter_mut()
            .find(|l| l.language.eq_ignore_ascii_case(&skill.language))
        {
            Some(existing) => *existing = skill,
            None => self.languages.push(skill),
        }
    }
}

fn invalid(field: &str, reason: &str) -> Error {
    Error::ProfileInvalid {
        field: field.into(),
        reason: reason.into(),
    }
}

fn required(field: &str, text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(invalid(field, "empty"));
    }
    Ok(())
}

fn language_tag(field: &str, tag: &str) -> Result<()> {
    tag.parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .filter(|_| !tag.trim().is_empty())
        .map(|_| ())
        .ok_or_else(|| invalid(field, &format!("{tag} is not a language tag")))
}

fn is_skill(uri: &str) -> bool {
    uri.strip_prefix(ESCO_PREFIX)
        .is_some_and(|rest| rest.starts_with("skill/"))
}

fn esco_link(field: &str, uri: &str) -> Result<()> {
    let ok = uri
        .strip_prefix(ESCO_PREFIX)
        .is_some_and(|rest| rest.starts_with("skill/") || rest.starts_with("occupation/"));
    if !ok {
        return Err(invalid(
            field,
            &format!("{uri} is not an ESCO skill or occupation"),
        ));
    }
    Ok(())
}

fn links(field: &str, uris: &[String]) -> Result<()> {
    uris.iter().try_for_each(|u| esco_link(field, u))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date; returned padded for comparison.
fn partial_date(field: &str, text: &str) -> Result<String> {
    let bad = || {
        invalid(
            field,
            &format!("{text} is not a date like 2024-05 or 2024-05-31"),
        )
    };
    let full = match text.len() {
        4 => format!("{text}-01-01"),
        7 => format!("{text}-01"),
        10 => text.to_string(),
        _ => return Err(bad()),
    };
    chrono::NaiveDate::parse_from_str(&full, "%Y-%m-%d").map_err(|_| bad())?;
    Ok(full)
}

fn period(field: &str, from: Option<&str>, to: Option<&str>) -> Result<()> {
    let from = from
        .map(|d| partial_date(&format!("{field}.from"), d))
        .transpose()?;
    let to = to
        .map(|d| partial_date(&format!("{field}.to"), d))
        .transpose()?;
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(invalid(field, "ends before it starts"));
        }
    }
    Ok(())
}

/// Checks a date field the same way the parts do (for other modules' dated fields).
pub fn check_date(field: &str, text: &str) -> Result<()> {
    partial_date(field, text).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SKILL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";

    fn field_of(parts: &Parts) -> String {
        match parts.validate() {
            Err(Error::ProfileInvalid { field, .. }) => field,
            other => panic!("expected invalid, got {other:?}"),
        }
    }

    #[test]
    fn valid_parts_pass_and_each_bad_field_is_named() {
        let mut parts = Parts::default();
        parts.person.languages = vec!["ar".into(), "nl".into()];
        parts.skills.experience.push(Experience {
            kind: ExperienceKind::Volunteer,
            title: "Kitchen volunteer".into(),
            from: Some("2023-02".into()),
            to: Some("2023-11".into()),
            esco: vec![SKILL.into()],
            ..Default::default()
        });
        parts.validate().expect("valid");
        assert_eq!(
            parts.linked_skills(),
            [(SKILL.to_string(), "part:skills/experience/0".to_string())]
        );

        let mut bad = parts.clone();
        bad.skills.experience[0].to = Some("2022-01".into());
        assert_eq!(field_of(&bad), "skills.experience");
        let mut bad = parts.clone();
        bad.skills.experience[0].from = Some("2023-13".into());
        assert_eq!(field_of(&bad), "skills.experience.from");
        let mut bad = parts.clone();
        bad.skills.experience[0].esco = vec!["https://example.org/x".into()];
        assert_eq!(field_of(&bad), "skills.experience.esco");
        let mut bad = parts.clone();
        bad.skills.experience[0].title = " ".into();
        assert_eq!(field_of(&bad), "skills.experience.title");
        let mut bad = parts;
        bad.person.languages.push("not a tag!".into());
        assert_eq!(field_of(&bad), "person.languages");
    }

    #[test]
    fn cefr_levels_parse_and_a_language_is_replaced_not_doubled() {
        assert_eq!(Cefr::parse("b2").expect("b2"), Cefr::B2);
        assert!(Cefr::parse("B3").is_err());
        let mut skills = Skills::default();
        for level in [Cefr::A2, Cefr::B1] {
            skills.set_language(LanguageSkill {
                language: "nl".into(),
                mother_tongue: false,
                listening: Some(level),
                reading: None,
                speaking: None,
                writing: None,
            });
        }
        assert_eq!(skills.languages.len(), 1);
        assert_eq!(skills.languages[0].listening, Some(Cefr::B1));
        assert_eq!(
            ExperienceKind::parse("language-internship").expect("kind"),
            ExperienceKind::LanguageInternship
        );
        assert!(ExperienceKind::parse("nap").is_err());
    }
}
