//! Europass European Digital Credentials (ELM v3 JSON-LD, `EuropeanDigitalCredential`): the
//! unsigned credential, the EDCI upload wrapper (`{"credential": ...}`), and the sealed form,
//! a JAdES signature in JWS JSON serialisation whose `payload` is the credential as a string
//! (`b64: false`).
//!
//! Read: title, awarding body, learner, learning outcomes with their ESCO skills, ECTS credit
//! points, EQF and national levels, learning mode, workload and language. The JAdES signature is
//! kept, not checked: `verify` marks it unchecked until it can check the seal offline.

use super::lenient::{collect_esco, date, first, has_type, lang_text, list, strings, text};
use super::micro::{concept_label, eqf_level, hours};
use super::ob3::evidence_item;
use crate::model::{
    Achievement, Alignment, Credential, Issuer, LearningOutcome, MicroCredential, Subject,
};
use crate::{Error, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

/// The ELM v3 JSON-LD context.
pub const EDC_CONTEXT: &str = "http://data.europa.eu/snb/model/context/edc-ap";

/// The concept id of the ECTS framework in the EU's education-credit vocabulary.
const ECTS_FRAMEWORK: &str = "http://data.europa.eu/snb/education-credit/6fcec5c5af";

/// A JAdES signature over a detached-style payload (JWS JSON serialisation, `b64: false`).
#[derive(Debug, Clone, PartialEq)]
pub struct Jades {
    /// The protected header, base64url as written (part of the signing input).
    pub protected: String,
    /// The protected header decoded.
    pub header: Value,
    /// The payload string exactly as written: with `b64: false` the signing input is
    /// `protected + "." + payload`.
    pub payload: String,
    /// The signature bytes.
    pub signature: Vec<u8>,
}

/// True when the JSON is a JWS JSON serialisation with a string payload.
pub fn is_jades(doc: &Value) -> bool {
    doc.get("payload").is_some_and(Value::is_string)
        && (doc.get("signatures").is_some() || doc.get("signature").is_some())
}

/// Splits a JAdES envelope; the first signature is the seal.
pub fn jades(doc: &Value) -> Result<Jades> {
    let malformed = |d: &str| Error::JwsMalformed { detail: d.into() };
    let payload = text(doc.get("payload")).ok_or_else(|| malformed("no payload"))?;
    let sig = first(doc.get("signatures")).unwrap_or(doc);
    let protected = text(sig.get("protected")).ok_or_else(|| malformed("no protected header"))?;
    let header_bytes = URL_SAFE_NO_PAD
        .decode(protected.trim_end_matches('='))
        .map_err(|_| malformed("protected header is not base64url"))?;
    let header: Value = serde_json::from_slice(&header_bytes)
        .map_err(|_| malformed("protected header is not JSON"))?;
    let signature = URL_SAFE_NO_PAD
        .decode(text(sig.get("signature")).unwrap_or_default())
        .map_err(|_| malformed("signature is not base64url"))?;
    if signature.is_empty() {
        return Err(malformed("the signature is missing"));
    }
    Ok(Jades {
        protected,
        header,
        payload,
        signature,
    })
}

/// The credential inside an EDCI upload wrapper (`{"credential": {...}}`), if it is one.
pub fn unwrap_upload(doc: &Value) -> Option<&Value> {
    let o = doc.as_object()?;
    let inner = o.get("credential")?;
    (o.len() == 1 && is_edc(inner)).then_some(inner)
}

/// True for an ELM v3 European Digital Credential.
pub fn is_edc(doc: &Value) -> bool {
    has_type(doc, "EuropeanDigitalCredential")
        || strings(doc.get("@context"))
            .iter()
            .any(|c| c == EDC_CONTEXT)
}

fn organisation(v: &Value) -> Issuer {
    Issuer {
        id: text(v.get("id")),
        name: lang_text(v.get("legalName"))
            .or_else(|| lang_text(v.get("prefLabel")))
            .or_else(|| lang_text(v.get("altLabel"))),
        url: first(v.get("homepage")).and_then(|h| text(h.get("contentURL"))),
    }
}

/// Extracts the model from an ELM v3 credential.
pub fn parse(doc: &Value) -> Result<Credential> {
    let obj = doc.as_object().ok_or_else(|| Error::UnsupportedFormat {
        detail: "the JSON is not an object".into(),
    })?;
    let issuer_value = obj
        .get("issuer")
        .ok_or_else(|| Error::MalformedCredential {
            detail: "the credential has no issuer".into(),
        })?;
    let mut issuer = match issuer_value {
        Value::String(id) => Issuer {
            id: Some(id.clone()),
            ..Default::default()
        },
        other => organisation(other),
    };
    let subject_value = first(obj.get("credentialSubject"));
    let subject = subject_value
        .map(|s| Subject {
            id: text(s.get("id")),
            name: lang_text(s.get("fullName")).or_else(|| {
                let given = lang_text(s.get("givenName"))?;
                Some(match lang_text(s.get("familyName")) {
                    Some(family) => format!("{given} {family}"),
                    None => given,
                })
            }),
        })
        .unwrap_or_default();
    let claim = subject_value.and_then(|s| first(s.get("hasClaim")));
    let spec = claim.and_then(|c| first(c.get("specifiedBy")));
    let awarding_body = claim
        .and_then(|c| first(c.get("awardedBy")))
        .and_then(|a| first(a.get("awardingBody")))
        .map(organisation);
    if issuer.name.is_none() {
        issuer.name = awarding_body.as_ref().and_then(|b| b.name.clone());
    }

    let learning_outcomes: Vec<LearningOutcome> = spec
        .into_iter()
        .chain(claim)
        .flat_map(|v| list(v.get("learningOutcome")))
        .map(|lo| LearningOutcome {
            title: lang_text(lo.get("title")).unwrap_or_default(),
            skills: list(lo.get("relatedESCOSkill"))
                .into_iter()
                .filter_map(|s| text(s.get("id")).or_else(|| text(Some(s))))
                .collect(),
        })
        .collect();
    let alignments = spec
        .into_iter()
        .chain(claim)
        .flat_map(|v| list(v.get("learningOutcome")))
        .flat_map(|lo| list(lo.get("relatedESCOSkill")))
        .filter_map(|s| {
            Some(Alignment {
                target_url: text(s.get("id"))?,
                target_name: lang_text(s.get("prefLabel")),
                framework: Some("ESCO".into()),
            })
        })
        .collect();

    let name = claim
        .and_then(|c| lang_text(c.get("title")))
        .or_else(|| spec.and_then(|s| lang_text(s.get("title"))))
        .or_else(|| {
            obj.get("displayParameter")
                .and_then(|d| lang_text(d.get("title")))
        })
        .unwrap_or_default();
    let achievement = Achievement {
        id: spec.and_then(|s| text(s.get("id"))),
        name: spec
            .and_then(|s| lang_text(s.get("title")))
            .or_else(|| Some(name.clone()).filter(|n| !n.is_empty())),
        description: spec
            .and_then(|s| lang_text(s.get("description")))
            .or_else(|| claim.and_then(|c| lang_text(c.get("description")))),
        criteria: spec.and_then(|s| {
            first(s.get("entryRequirement")).and_then(|e| lang_text(e.get("noteLiteral")))
        }),
        achievement_type: spec
            .and_then(|s| first(s.get("dcType")))
            .and_then(concept_label)
            .or_else(|| claim.and_then(|c| text(c.get("type")))),
        alignments,
    };

    let micro = micro(claim, spec);
    let mut skills = Vec::new();
    collect_esco(doc, &mut skills);
    let valid_from = date(obj.get("validFrom")).or_else(|| date(obj.get("issuanceDate")));
    Ok(Credential {
        credential_id: text(obj.get("id")),
        types: strings(obj.get("type")),
        name,
        description: achievement.description.clone(),
        issuer,
        subject,
        issued: date(obj.get("issued")).or_else(|| valid_from.clone()),
        valid_from,
        valid_until: date(obj.get("validUntil")).or_else(|| date(obj.get("expirationDate"))),
        skills,
        recipient: None,
        evidence: list(obj.get("evidence"))
            .into_iter()
            .filter_map(evidence_item)
            .collect(),
        endorsements: Vec::new(),
        image: None,
        results: Vec::new(),
        learning_outcomes,
        micro,
        achievement: Some(achievement),
        awarding_body,
    })
}

fn micro(claim: Option<&Value>, spec: Option<&Value>) -> MicroCredential {
    let mut m = MicroCredential::default();
    let Some(spec) = spec else { return m };
    for cp in list(spec.get("creditPoint")) {
        let framework = first(cp.get("framework"));
        let is_ects = framework.and_then(|f| text(f.get("id"))).as_deref() == Some(ECTS_FRAMEWORK)
            || framework
                .and_then(concept_label)
                .is_some_and(|l| l.contains("European Credit") || l.contains("ECTS"));
        if is_ects && m.ects.is_none() {
            m.ects = super::lenient::number(cp.get("point"));
        }
    }
    m.eqf_level = first(spec.get("eqfLevel"))
        .and_then(|l| text(l.get("id")).or_else(|| concept_label(l)))
        .and_then(|s| eqf_level(&s));
    m.nqf_level = first(spec.get("nqfLevel")).and_then(concept_label);
    m.workload_hours = spec
        .get("volumeOfLearning")
        .or_else(|| claim.and_then(|c| c.get("workload")))
        .or_else(|| spec.get("workload"))
        .and_then(hours);
    m.participation = first(spec.get("mode")).and_then(concept_label);
    m.language = first(spec.get("language")).and_then(concept_label);
    m.assessment_type = claim
        .and_then(|c| first(c.get("provenBy")))
        .and_then(|p| first(p.get("specifiedBy")))
        .and_then(|s| first(s.get("dcType")).or_else(|| first(s.get("mode"))))
        .and_then(concept_label);
    m.quality_assurance = first(spec.get("accreditation"))
        .and_then(|a| lang_text(a.get("title")).or_else(|| concept_label(a)));
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_title_learner_outcomes_and_levels() {
        let doc = json!({
            "@context": ["https://www.w3.org/2018/credentials/v1", EDC_CONTEXT],
            "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
            "issuer": {"id": "urn:org:1", "legalName": {"en": "University of Zed"}},
            "validFrom": "2023-01-01T00:00:00Z",
            "credentialSubject": {"id": "urn:p:1", "fullName": {"en": "Ana Andromeda"},
              "hasClaim": {"type": "LearningAchievement", "title": {"en": "Micro"},
                "specifiedBy": {"title": {"en": "Micro"},
                  "eqfLevel": {"id": "http://data.europa.eu/snb/eqf/6"},
                  "creditPoint": {"framework": {"id": ECTS_FRAMEWORK}, "point": "2"},
                  "volumeOfLearning": "PT60H",
                  "learningOutcome": [{"title": {"en": "Comms"}, "relatedESCOSkill":
                    [{"id": "http://data.europa.eu/esco/skill/abc",
                      "inScheme": {"id": "http://data.europa.eu/esco/concept-scheme/skills"}}]}]}}}
        });
        assert!(is_edc(&doc));
        let c = parse(&doc).expect("parses");
        assert_eq!(c.name, "Micro");
        assert_eq!(c.subject.name.as_deref(), Some("Ana Andromeda"));
        assert_eq!(c.issuer_label(), "University of Zed");
        assert_eq!(c.skills, ["http://data.europa.eu/esco/skill/abc"]);
        assert_eq!(c.learning_outcomes[0].title, "Comms");
        assert_eq!((c.micro.ects, c.micro.eqf_level), (Some(2.0), Some(6)));
        assert_eq!(c.micro.workload_hours, Some(60.0));
    }
}
