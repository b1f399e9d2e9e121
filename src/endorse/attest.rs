//! Work-based-learning attestations: an Open Badges 3.0 credential issued by the supervisor of
//! a volunteer job, language internship or work-experience place, about the learner.
//!
//! The achievement carries the kind (`achievementType`, e.g. `ApprenticeshipCertificate`), the
//! title and the ESCO skills as alignments; the subject carries the dates; the tasks, the
//! learning goals reached, the place and the evaluation (the KIS question: was the work in
//! service of learning?) travel as `evidence` entries, told apart by `genre`. Everything uses
//! terms of the published OB 3.0 context, so it verifies in any conformant verifier.

use super::{esco_alignment, issuer_profile, CONTEXTS};
use crate::store::SignerIdentity;
use crate::{Error, Result};
use serde_json::{json, Value};

/// OB 3.0 `achievementType` values a supervisor's attestation may take.
pub const ACHIEVEMENT_TYPES: [&str; 5] = [
    "ApprenticeshipCertificate",
    "Assessment",
    "Award",
    "Certificate",
    "ext:WorkBasedLearning",
];

/// What the supervisor attests.
#[derive(Debug, Clone, Default)]
pub struct Attestation {
    /// The learner's DID.
    pub subject: String,
    /// The title (the achievement's name).
    pub title: String,
    /// `achievementType`.
    pub achievement_type: String,
    /// A description of the placement.
    pub description: Option<String>,
    /// ESCO skills shown, with labels when known.
    pub skills: Vec<(String, Option<String>)>,
    /// Tasks carried out.
    pub tasks: Vec<String>,
    /// Learning goals reached.
    pub goals: Vec<String>,
    /// The evaluation in the supervisor's words.
    pub evaluation: Option<String>,
    /// The KIS question's answer: was the work in service of learning?
    pub in_service_of_learning: Option<bool>,
    /// Where the work took place.
    pub place: Option<String>,
    /// First day (YYYY-MM-DD).
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD).
    pub until: Option<String>,
}

/// Labels of the evidence entries, in the language the supervisor works in (they are part of
/// the signed document, read by people).
#[derive(Debug, Clone)]
pub struct EvidenceLabels {
    /// "Tasks".
    pub tasks: String,
    /// "Learning goals reached".
    pub goals: String,
    /// "Evaluation: was the work in service of learning?".
    pub evaluation: String,
    /// The answer "yes".
    pub yes: String,
    /// The answer "no".
    pub no: String,
    /// "Place".
    pub place: String,
}

/// An unsigned OB 3.0 `OpenBadgeCredential` (an AchievementCredential) issued by the supervisor.
pub fn build_attestation(
    a: &Attestation,
    labels: &EvidenceLabels,
    id: &str,
    achievement_id: &str,
    did: &str,
    who: &SignerIdentity,
    valid_from: &str,
) -> Result<Value> {
    if a.title.trim().is_empty() {
        return Err(usage("--title is empty"));
    }
    if !a.subject.starts_with("did:") {
        return Err(usage("--subject must be the learner's DID"));
    }
    if !ACHIEVEMENT_TYPES.contains(&a.achievement_type.as_str()) {
        return Err(usage(&format!("--type {}", a.achievement_type)));
    }
    for date in [&a.from, &a.until].into_iter().flatten() {
        if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
            return Err(usage(&format!("{date} is not a date (YYYY-MM-DD)")));
        }
    }
    let mut achievement = json!({
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": a.achievement_type,
        "name": a.title,
        "criteria": {"narrative": bullet_list(&a.goals).unwrap_or_else(|| a.title.clone())},
    });
    if let Some(d) = &a.description {
        achievement["description"] = json!(d);
    }
    if !a.skills.is_empty() {
        achievement["alignment"] = a
            .skills
            .iter()
            .map(|(uri, label)| esco_alignment(uri, label.as_deref()))
            .collect();
    }
    let mut subject =
        json!({"id": a.subject, "type": ["AchievementSubject"], "achievement": achievement});
    if let Some(d) = &a.from {
        subject["activityStartDate"] = json!(d);
    }
    if let Some(d) = &a.until {
        subject["activityEndDate"] = json!(d);
    }
    let mut evidence = Vec::new();
    let mut entry = |genre: &str, name: &str, narrative: String| {
        evidence.push(
            json!({"type": ["Evidence"], "genre": genre, "name": name, "narrative": narrative}),
        );
    };
    if let Some(text) = bullet_list(&a.tasks) {
        entry("tasks", &labels.tasks, text);
    }
    if let Some(text) = bullet_list(&a.goals) {
        entry("learning-goals", &labels.goals, text);
    }
    if a.evaluation.is_some() || a.in_service_of_learning.is_some() {
        let answer = a.in_service_of_learning.map(|yes| {
            if yes {
                labels.yes.clone()
            } else {
                labels.no.clone()
            }
        });
        let text = [answer, a.evaluation.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n");
        entry("kis-evaluation", &labels.evaluation, text);
    }
    if let Some(place) = &a.place {
        entry("place", &labels.place, place.clone());
    }
    let mut doc = json!({
        "@context": CONTEXTS,
        "id": id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": a.title,
        "issuer": issuer_profile(did, who),
        "validFrom": valid_from,
        "credentialSubject": subject,
    });
    if !evidence.is_empty() {
        doc["evidence"] = Value::Array(evidence);
    }
    Ok(doc)
}

fn bullet_list(items: &[String]) -> Option<String> {
    let items: Vec<String> = items
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| format!("- {}", t.trim()))
        .collect();
    (!items.is_empty()).then(|| items.join("\n"))
}

fn usage(detail: &str) -> Error {
    Error::Usage {
        detail: detail.into(),
    }
}
