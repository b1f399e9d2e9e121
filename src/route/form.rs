//! A route step as a person types it into the route screen (or a coach into the CLI): a title,
//! who helps (a role and a name) and a due date, each as entered. [`StepForm`] turns that into
//! a new step or a change of an existing one, and refuses what cannot be a step with an error
//! the screen can show in the learner's language: an empty title, a role without a name (or a
//! name without a role), a due date that is not a date.
//!
//! Blank means "nothing": a blank helper or due date removes it. Only the title distinguishes
//! "keep" (`None`) from "change", because a step's title is shown translated (a template step,
//! a step for one ESCO skill) and the screen must not turn a translation into the learner's own
//! words merely by saving the form.

use super::{Helper, HelperRole, NewStep, Step, StepDetails, StepKind};
use crate::profile::parts::check_date;
use crate::{Error, Result};

/// The step form's fields, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepForm {
    /// The title; `None` keeps the current one (when changing a step).
    pub title: Option<String>,
    /// Who helps: their role (`None`: nobody).
    pub helper_role: Option<HelperRole>,
    /// Who helps: their name.
    pub helper_name: Option<String>,
    /// Due date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); blank or `None`: no due date.
    pub due: Option<String>,
}

/// What a form means, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Checked {
    title: Option<String>,
    helper: Option<Helper>,
    due: Option<String>,
}

impl StepForm {
    fn check(&self) -> Result<Checked> {
        let title = match self.title.as_deref().map(str::trim) {
            Some("") => return Err(Error::RouteStepTitleEmpty),
            t => t.map(String::from),
        };
        let helper = match (self.helper_role, blank(&self.helper_name)) {
            (Some(role), Some(name)) => Some(Helper {
                role,
                name,
                contact: None,
            }),
            (None, None) => None,
            _ => return Err(Error::RouteStepHelperIncomplete),
        };
        let due = blank(&self.due);
        if let Some(date) = &due {
            check_date("end", date)
                .map_err(|_| Error::RouteStepDateInvalid { date: date.clone() })?;
        }
        Ok(Checked { title, helper, due })
    }

    /// A new step of `kind` from the form; the title is required.
    pub fn new_step(&self, kind: StepKind) -> Result<NewStep> {
        let c = self.check()?;
        Ok(NewStep {
            kind,
            title: c.title.ok_or(Error::RouteStepTitleEmpty)?,
            skills: vec![],
            details: StepDetails {
                end: c.due,
                helper: c.helper,
                ..StepDetails::default()
            },
        })
    }

    /// Checks the form, then returns the change it makes to a step: the title (when given),
    /// the helper and the due date. The same helper (role and name) keeps its contact details.
    pub fn change(&self) -> Result<impl FnOnce(&mut Step)> {
        let c = self.check()?;
        Ok(move |step: &mut Step| {
            if let Some(title) = c.title {
                step.title = title;
            }
            let old = step.details.helper.take();
            step.details.helper = c.helper.map(|mut h| {
                if let Some(old) = old.filter(|o| o.role == h.role && o.name == h.name) {
                    h.contact = old.contact;
                }
                h
            });
            step.details.end = c.due;
        })
    }
}

/// The text trimmed, or `None` when there is none.
fn blank(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::StepStatus;

    fn form(title: Option<&str>, role: Option<HelperRole>, name: &str, due: &str) -> StepForm {
        StepForm {
            title: title.map(String::from),
            helper_role: role,
            helper_name: Some(name.into()),
            due: Some(due.into()),
        }
    }

    fn code(f: &StepForm) -> String {
        f.new_step(StepKind::Practical)
            .expect_err("refused")
            .code()
            .to_string()
    }

    #[test]
    fn a_form_becomes_a_step_or_a_translated_refusal() {
        let step = form(
            Some(" Visit UWV "),
            Some(HelperRole::Coach),
            " Sanne ",
            "2026-12",
        )
        .new_step(StepKind::Practical)
        .expect("valid");
        assert_eq!(step.title, "Visit UWV");
        assert_eq!(step.details.end.as_deref(), Some("2026-12"));
        assert_eq!(step.details.helper.map(|h| h.name), Some("Sanne".into()));
        // Blank helper and date: none.
        let bare = form(Some("x"), None, " ", "").new_step(StepKind::Practical);
        assert_eq!(bare.expect("valid").details, StepDetails::default());

        for (f, want) in [
            (form(Some("  "), None, "", ""), "route-step-title-empty"),
            (form(None, None, "", ""), "route-step-title-empty"),
            (
                form(Some("x"), Some(HelperRole::Mentor), "", ""),
                "route-step-helper-incomplete",
            ),
            (
                form(Some("x"), None, "Sanne", ""),
                "route-step-helper-incomplete",
            ),
            (
                form(Some("x"), None, "", "next week"),
                "route-step-date-invalid",
            ),
            (
                form(Some("x"), None, "", "2026-02-30"),
                "route-step-date-invalid",
            ),
            (
                form(Some("x"), None, "", "31-12-2026"),
                "route-step-date-invalid",
            ),
        ] {
            assert_eq!(code(&f), want, "{f:?}");
        }
        let err = form(Some("x"), None, "", "soon")
            .check()
            .expect_err("refused");
        assert_eq!(err.args().get("date").map(String::as_str), Some("soon"));
    }

    #[test]
    fn a_change_keeps_the_title_when_none_is_given_and_the_contact_of_the_same_helper() {
        let mut step = Step {
            id: "s1".into(),
            kind: StepKind::Practical,
            title: "route-template-register".into(),
            skills: vec![],
            status: StepStatus::Planned,
            evidence: vec![],
            details: StepDetails {
                end: Some("2026-01".into()),
                helper: Some(Helper {
                    role: HelperRole::Coach,
                    name: "Sanne".into(),
                    contact: Some("06 1234".into()),
                }),
                ..StepDetails::default()
            },
        };
        let change = form(None, Some(HelperRole::Coach), "Sanne", "2026-03-01");
        (change.change().expect("valid"))(&mut step);
        assert_eq!(step.title, "route-template-register");
        assert_eq!(step.details.end.as_deref(), Some("2026-03-01"));
        let helper = step.details.helper.clone().expect("helper");
        assert_eq!(helper.contact.as_deref(), Some("06 1234"));
        // Another helper does not inherit the contact; blanks remove helper and date.
        (form(Some("Own"), Some(HelperRole::Mentor), "Sanne", "")
            .change()
            .expect("valid"))(&mut step);
        assert_eq!(
            step.details.helper.as_ref().and_then(|h| h.contact.clone()),
            None
        );
        assert_eq!(step.details.end, None);
        (form(None, None, "", "").change().expect("valid"))(&mut step);
        assert_eq!(step.details.helper, None);
        assert_eq!(step.title, "Own");
        assert!(form(None, None, "", "May").change().is_err());
    }
}
