//! Micro-credential completeness: which of the mandatory elements of the EU Council
//! Recommendation on micro-credentials (2022/C 243/02, Annex I) a credential carries.
//!
//! Read from the normalised model (OB 2.0/3.0, Edubadges' extensions and Europass ELM all land
//! there, see `import::micro`) and, for the issuer's country, which the model does not keep,
//! from the credential document itself (OB 3.0 `issuer.address.addressCountry`, ELM
//! `location.address.countryCode` / `spatial`, an Edubadges institution's `country`). An element
//! is present only when the credential states it; nothing is guessed from free text. Learning
//! outcomes count as stated when the credential lists outcomes (ELM) or aligns to ESCO skills
//! (OB's way of saying what was learned). Pure: no SQL, no clock.

use crate::model::Credential;
use serde::Serialize;
use serde_json::Value;

/// The Recommendation's mandatory elements, in its order.
pub const ELEMENTS: [&str; 11] = [
    "learner",
    "title",
    "issuer-country",
    "awarding-body",
    "date",
    "learning-outcomes",
    "workload",
    "level",
    "assessment-type",
    "participation",
    "quality-assurance",
];

/// One element and what the credential says about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Element {
    /// The element (`learner`, `title`, ... see [`ELEMENTS`]).
    pub element: &'static str,
    /// True when the credential states it.
    pub present: bool,
    /// What it says, as shown to the learner (absent when not stated).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The completeness of one credential.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Completeness {
    /// Every element, in the Recommendation's order.
    pub elements: Vec<Element>,
    /// How many are present.
    pub present: usize,
    /// How many there are (11).
    pub total: usize,
    /// True when all are present: a complete EU micro-credential.
    pub complete: bool,
}

/// Checks a credential (and its document, for the issuer's country).
pub fn check(c: &Credential, document: Option<&Value>) -> Completeness {
    let m = &c.micro;
    let nonempty = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
    let learner = nonempty(c.subject.name.as_deref())
        .or_else(|| nonempty(c.subject.id.as_deref()))
        .or_else(|| c.recipient.as_ref().map(|r| r.identity_type.clone()));
    let title = nonempty(Some(c.display_name()));
    let awarding = c
        .awarding_body
        .as_ref()
        .and_then(|b| nonempty(b.name.as_deref()).or_else(|| nonempty(b.id.as_deref())))
        .or_else(|| nonempty(Some(c.issuer_label())));
    let outcomes = if !c.learning_outcomes.is_empty() {
        Some(
            c.learning_outcomes
                .iter()
                .map(|o| o.title.clone())
                .collect::<Vec<_>>()
                .join("; "),
        )
    } else if !c.skills.is_empty() {
        Some(format!("{} ESCO", c.skills.len()))
    } else {
        None
    };
    let workload = match (m.ects, m.workload_hours) {
        (Some(ects), _) => Some(format!("{ects} ECTS")),
        (None, Some(hours)) => Some(format!("{hours} h")),
        _ => None,
    };
    let level = match (m.eqf_level, &m.nqf_level) {
        (Some(eqf), Some(nqf)) => Some(format!("EQF {eqf}, {nqf}")),
        (Some(eqf), None) => Some(format!("EQF {eqf}")),
        (None, Some(nqf)) => Some(nqf.clone()),
        _ => None,
    };
    let values = [
        learner,
        title,
        document.and_then(issuer_country),
        awarding,
        nonempty(c.issued.as_deref()).or_else(|| nonempty(c.valid_from.as_deref())),
        outcomes,
        workload,
        level,
        nonempty(m.assessment_type.as_deref()),
        nonempty(m.participation.as_deref()),
        nonempty(m.quality_assurance.as_deref()),
    ];
    let elements: Vec<Element> = ELEMENTS
        .iter()
        .zip(values)
        .map(|(element, value)| Element {
            element,
            present: value.is_some(),
            value,
        })
        .collect();
    let present = elements.iter().filter(|e| e.present).count();
    Completeness {
        total: elements.len(),
        complete: present == elements.len(),
        present,
        elements,
    }
}

/// The issuer's country from the places OB 3.0, ELM and Edubadges put it.
fn issuer_country(doc: &Value) -> Option<String> {
    let doc = doc.get("credential").unwrap_or(doc);
    let issuer = doc
        .get("issuer")
        .or_else(|| doc.get("badge").and_then(|b| b.get("issuer")));
    let candidates = [
        issuer.and_then(|i| i.pointer("/address/addressCountry")),
        issuer.and_then(|i| i.pointer("/address/addressCountryCode")),
        issuer.and_then(|i| i.pointer("/location/address/countryCode")),
        issuer.and_then(|i| i.get("country")),
        issuer.and_then(|i| i.pointer("/extensions:InstitutionExtension/country")),
        doc.pointer("/credentialSubject/achievement/location/address/countryCode"),
        doc.pointer("/credentialSubject/hasClaim/awardedBy/location/address/countryCode"),
        doc.pointer(
            "/credentialSubject/hasClaim/awardedBy/awardingBody/location/address/countryCode",
        ),
    ];
    candidates.into_iter().flatten().find_map(text)
}

/// A country given as text, a code object (`{"id": ".../country/NLD"}`) or a language map.
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => o
            .get("id")
            .and_then(Value::as_str)
            .map(|id| id.rsplit('/').next().unwrap_or(id).to_string())
            .or_else(|| o.values().find_map(text)),
        Value::Array(a) => a.iter().find_map(text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Issuer, MicroCredential, Subject};
    use serde_json::json;

    fn present(c: &Completeness) -> Vec<&str> {
        c.elements
            .iter()
            .filter(|e| e.present)
            .map(|e| e.element)
            .collect()
    }

    #[test]
    fn a_bare_badge_has_few_elements_and_a_full_one_has_all() {
        let bare = Credential {
            name: "Barista".into(),
            issuer: Issuer {
                name: Some("Café School".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let c = check(&bare, None);
        assert_eq!(present(&c), ["title", "awarding-body"]);
        assert_eq!((c.present, c.total, c.complete), (2, 11, false));

        let full = Credential {
            subject: Subject {
                name: Some("Layla".into()),
                ..Default::default()
            },
            issued: Some("2026-01-15T00:00:00Z".into()),
            skills: vec!["http://data.europa.eu/esco/skill/x".into()],
            micro: MicroCredential {
                ects: Some(3.0),
                eqf_level: Some(4),
                nqf_level: Some("NLQF 4".into()),
                assessment_type: Some("written exam".into()),
                participation: Some("blended".into()),
                quality_assurance: Some("NVAO".into()),
                ..Default::default()
            },
            ..bare
        };
        let doc = json!({"issuer": {"address": {"addressCountry": "NL"}}});
        let c = check(&full, Some(&doc));
        assert!(c.complete, "{c:?}");
        let level = c
            .elements
            .iter()
            .find(|e| e.element == "level")
            .expect("level");
        assert_eq!(level.value.as_deref(), Some("EQF 4, NLQF 4"));
    }

    #[test]
    fn an_elm_country_code_object_gives_the_code() {
        let doc = json!({"credentialSubject": {"hasClaim": {"awardedBy": {"location": {"address": {"countryCode": {"id": "http://publications.europa.eu/resource/authority/country/NLD"}}}}}}});
        assert_eq!(issuer_country(&doc).as_deref(), Some("NLD"));
    }
}
