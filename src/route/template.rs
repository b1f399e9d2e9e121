//! The built-in step plan to work for newcomers: language, diploma recognition, registering
//! with the job centre, work experience, network, applying. Each step carries the Fluent id of
//! its title (`route-template-*` in `locales/*/route.ftl`), so it is shown in the learner's
//! language; the English title stored beside it is the fallback. Coaches adapt the steps after
//! applying the template like any other step.

use super::{NewStep, PracticalKind, StepDetails, StepKind};
use crate::profile::parts::{Cefr, ExperienceKind};

/// The template's steps, in order, for learning `language` up to `level`.
pub fn newcomer_template(language: &str, level: Cefr) -> Vec<NewStep> {
    let step = |kind, id: &str, title: &str, details: StepDetails| NewStep {
        kind,
        title: title.to_string(),
        skills: vec![],
        details: StepDetails {
            template: Some(id.to_string()),
            ..details
        },
    };
    let practical = |p| StepDetails {
        practical: Some(p),
        ..Default::default()
    };
    vec![
        step(
            StepKind::LanguageGoal,
            "route-template-language",
            "Learn the language of your new country",
            StepDetails {
                language: Some(language.to_string()),
                cefr: Some(level),
                ..Default::default()
            },
        ),
        step(
            StepKind::Practical,
            "route-template-diploma",
            "Have your diplomas evaluated",
            practical(PracticalKind::DiplomaRecognition),
        ),
        step(
            StepKind::Practical,
            "route-template-register",
            "Register with the job centre",
            practical(PracticalKind::JobCentreRegistration),
        ),
        step(
            StepKind::WorkBasedLearning,
            "route-template-work-experience",
            "Gain work experience here",
            StepDetails {
                placement: Some(ExperienceKind::WorkExperiencePlace),
                ..Default::default()
            },
        ),
        step(
            StepKind::Practical,
            "route-template-network",
            "Build your network",
            practical(PracticalKind::NetworkMeeting),
        ),
        step(
            StepKind::Practical,
            "route-template-apply",
            "Apply for jobs",
            practical(PracticalKind::Applying),
        ),
    ]
}
