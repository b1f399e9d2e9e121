//! Open Badges 3.0 / W3C Verifiable Credentials (VC 1.1 and 2.0) as JSON-LD, including
//! `EndorsementCredential` and the CLR 2.0 `ClrCredential` envelope (its nested credentials are
//! read by `clr`).
//!
//! Lenient on the way in (a value or a list, a string or an object, a name or a language map),
//! strict on the way out: the result is the normalised model or a clear error. Images are kept
//! as written (a `data:` URI stays inline; a remote URL is never fetched).

use super::jws;
use super::lenient::{collect_esco, date, first, has_type, id_of, list, strings, text};
use super::micro;
use crate::model::{
    Achievement, AchievementResult, Alignment, Credential, Endorsement, Evidence, Format, Issuer,
    MicroCredential, Recipient, Subject,
};
use crate::{Error, Result};
use serde_json::Value;

/// True when the document is a Verifiable Credential (by type or by context).
pub fn is_vc(doc: &Value) -> bool {
    has_type(doc, "VerifiableCredential")
        || contexts(doc).iter().any(|c| {
            c == "https://www.w3.org/2018/credentials/v1"
                || c == "https://www.w3.org/ns/credentials/v2"
        })
}

/// True for a status list credential (Bitstring Status List, StatusList2021): it says which
/// credentials are revoked and is used by `verify`, never kept in the wallet as a badge.
pub fn is_status_list(doc: &Value) -> bool {
    has_type(doc, "BitstringStatusListCredential") || has_type(doc, "StatusList2021Credential")
}

/// Recognises an OB 3.0 / VC document and extracts the model.
pub fn parse(doc: &Value) -> Result<(Format, Credential)> {
    let obj = doc.as_object().ok_or_else(|| Error::UnsupportedFormat {
        detail: "the JSON is not an object".into(),
    })?;
    if !is_vc(doc) {
        return Err(Error::UnsupportedFormat {
            detail: "not a Verifiable Credential".into(),
        });
    }
    let types = strings(obj.get("type"));
    let format = if types.iter().any(|t| t == "ClrCredential") {
        Format::Clr2
    } else {
        Format::Ob3Ldp
    };
    let issuer = issuer(obj.get("issuer")).ok_or_else(|| Error::MalformedCredential {
        detail: "the credential has no issuer".into(),
    })?;
    // VC 2.0 allows several subjects; the first is the learner.
    let subject_value = first(obj.get("credentialSubject"));
    let (subject, recipient) = subject(subject_value);
    let achievement_value = subject_value.and_then(|s| first(s.get("achievement")));
    let achievement = achievement_value.map(achievement);
    let name = text(obj.get("name"))
        .or_else(|| achievement.as_ref().and_then(|a| a.name.clone()))
        .unwrap_or_default();
    let mut skills = Vec::new();
    collect_esco(doc, &mut skills);
    let valid_from = date(obj.get("validFrom")).or_else(|| date(obj.get("issuanceDate")));

    let mut endorsements = Vec::new();
    endorsements_of(doc, "credential", &mut endorsements);
    if let Some(a) = achievement_value {
        endorsements_of(a, "achievement", &mut endorsements);
    }
    if let Some(i) = obj.get("issuer").filter(|i| i.is_object()) {
        endorsements_of(i, "issuer", &mut endorsements);
    }

    let mut micro = MicroCredential::default();
    if let Some(a) = achievement_value {
        micro::from_properties(a, &mut micro);
        if let Some(ach) = &achievement {
            micro::from_alignments(&ach.alignments, &micro::raw_alignments(a), &mut micro);
        }
    }

    let image = image(obj.get("image"))
        .or_else(|| achievement_value.and_then(|a| image(a.get("image"))))
        .or_else(|| subject_value.and_then(|s| image(s.get("image"))));

    let mut evidence: Vec<Evidence> = list(obj.get("evidence"))
        .into_iter()
        .filter_map(evidence_item)
        .collect();
    if let Some(s) = subject_value {
        evidence.extend(
            list(s.get("evidence"))
                .into_iter()
                .filter_map(evidence_item),
        );
    }

    let results = subject_value
        .map(|s| list(s.get("result")).into_iter().map(result).collect())
        .unwrap_or_default();

    Ok((
        format,
        Credential {
            credential_id: text(obj.get("id")),
            types,
            name,
            // An endorsement's words are its `endorsementComment`.
            description: text(obj.get("description"))
                .or_else(|| achievement.as_ref().and_then(|a| a.description.clone()))
                .or_else(|| subject_value.and_then(|s| text(s.get("endorsementComment")))),
            issuer,
            subject,
            achievement,
            issued: date(obj.get("awardedDate")).or_else(|| valid_from.clone()),
            valid_from,
            valid_until: date(obj.get("validUntil")).or_else(|| date(obj.get("expirationDate"))),
            skills,
            recipient,
            evidence,
            endorsements,
            image,
            results,
            learning_outcomes: Vec::new(),
            micro,
            awarding_body: None,
        },
    ))
}

/// The `@context` entries that are URLs.
pub fn contexts(doc: &Value) -> Vec<String> {
    strings(doc.get("@context"))
}

/// An issuer given as an IRI or a profile object.
pub fn issuer(v: Option<&Value>) -> Option<Issuer> {
    match v? {
        Value::String(id) => Some(Issuer {
            id: Some(id.clone()),
            ..Default::default()
        }),
        Value::Object(o) => Some(Issuer {
            id: text(o.get("id")),
            name: text(o.get("name")),
            url: text(o.get("url")),
        }),
        _ => None,
    }
}

/// The learner, and the identity object the name may come from. The name is given directly
/// or as an identity object of type `name` that is not hashed; a hashed identity gives no name.
fn subject(v: Option<&Value>) -> (Subject, Option<Recipient>) {
    let Some(o) = v.and_then(Value::as_object) else {
        return (Subject::default(), None);
    };
    let identities: Vec<Recipient> = list(o.get("identifier"))
        .into_iter()
        .filter_map(|id| {
            Some(Recipient {
                identity_type: text(id.get("identityType")).unwrap_or_default(),
                identity: text(id.get("identityHash"))?,
                hashed: id.get("hashed").and_then(Value::as_bool).unwrap_or(false),
                salt: text(id.get("salt")),
            })
        })
        .collect();
    let from_identifier = identities
        .iter()
        .find(|r| r.identity_type == "name" && !r.hashed)
        .map(|r| r.identity.clone());
    // The identity a learner can match against: prefer a non-name identity (e-mail, student id).
    let recipient = identities
        .iter()
        .find(|r| r.identity_type != "name")
        .or(identities.first())
        .cloned();
    (
        Subject {
            id: text(o.get("id")),
            name: text(o.get("name")).or(from_identifier),
        },
        recipient,
    )
}

/// An achievement (or OB 2.0-style BadgeClass read the same way).
pub fn achievement(v: &Value) -> Achievement {
    let criteria = v.get("criteria").and_then(|c| match c {
        Value::Object(o) => text(o.get("narrative")).or_else(|| text(o.get("id"))),
        other => text(Some(other)),
    });
    Achievement {
        id: text(v.get("id")),
        name: text(v.get("name")),
        description: text(v.get("description")),
        criteria,
        achievement_type: text(v.get("achievementType")),
        alignments: alignments(v.get("alignment")),
    }
}

/// Alignment objects with a `targetUrl`.
pub fn alignments(v: Option<&Value>) -> Vec<Alignment> {
    list(v)
        .into_iter()
        .filter_map(|a| {
            Some(Alignment {
                target_url: text(a.get("targetUrl"))?,
                target_name: text(a.get("targetName")),
                framework: text(a.get("targetFramework")),
            })
        })
        .collect()
}

/// An image as written: a string (URL or `data:` URI) or an `Image` object's `id`.
pub fn image(v: Option<&Value>) -> Option<String> {
    id_of(v)
}

/// One evidence item: an IRI or an object.
pub fn evidence_item(v: &Value) -> Option<Evidence> {
    match v {
        Value::String(id) => Some(Evidence {
            id: Some(id.clone()),
            ..Default::default()
        }),
        Value::Object(o) => Some(Evidence {
            id: text(o.get("id")),
            name: text(o.get("name")),
            description: text(o.get("description")),
            narrative: text(o.get("narrative")),
        }),
        _ => None,
    }
}

fn result(v: &Value) -> AchievementResult {
    AchievementResult {
        value: text(v.get("value")),
        status: text(v.get("status")),
        alignments: alignments(v.get("alignment")),
    }
}

/// Endorsements under `endorsement` (embedded EndorsementCredentials) and `endorsementJwt`
/// (compact JWS strings, decoded without checking: `verify` checks them later).
fn endorsements_of(v: &Value, about: &str, out: &mut Vec<Endorsement>) {
    for e in list(v.get("endorsement")) {
        out.push(match e {
            Value::Object(_) => endorsement(e, about, None),
            other => Endorsement {
                id: text(Some(other)),
                about: about.into(),
                ..Default::default()
            },
        });
    }
    for jwt in strings(v.get("endorsementJwt")) {
        let payload = jws::decode(&jwt)
            .ok()
            .and_then(|j| serde_json::from_slice::<Value>(&j.payload).ok());
        let mut e = match payload {
            Some(p) => endorsement(p.get("vc").unwrap_or(&p), about, None),
            None => Endorsement {
                about: about.into(),
                ..Default::default()
            },
        };
        e.jws = Some(jwt);
        out.push(e);
    }
}

/// An `EndorsementCredential` (OB 3.0) read as an endorsement.
pub fn endorsement(e: &Value, about: &str, jws: Option<String>) -> Endorsement {
    let subject = first(e.get("credentialSubject"));
    Endorsement {
        id: text(e.get("id")),
        issuer: issuer(e.get("issuer")),
        comment: subject.and_then(|s| text(s.get("endorsementComment"))),
        issued: date(e.get("validFrom")).or_else(|| date(e.get("issuanceDate"))),
        about: about.into(),
        jws,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn extracts_name_issuer_learner_and_esco_skills() {
        let doc = json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": "did:key:z6Mk", "name": "Academy"},
            "validFrom": "2024-01-01T00:00:00Z",
            "credentialSubject": {
                "identifier": [{"identityType": "name", "hashed": false, "identityHash": "Ada"}],
                "achievement": {"name": "SQL", "alignment": [
                    {"targetUrl": "http://data.europa.eu/esco/skill/1"},
                    {"targetUrl": "https://example.org/other"}
                ]}
            }
        });
        let (format, c) = parse(&doc).expect("parses");
        assert_eq!(format, Format::Ob3Ldp);
        assert_eq!(c.name, "SQL");
        assert_eq!(c.issuer_label(), "Academy");
        assert_eq!(c.subject.name.as_deref(), Some("Ada"));
        assert_eq!(c.skills, ["http://data.europa.eu/esco/skill/1"]);
        assert_eq!(c.issued.as_deref(), Some("2024-01-01T00:00:00Z"));
    }

    #[test]
    fn hashed_identity_gives_no_name_but_is_kept() {
        let doc = json!({
            "type": ["VerifiableCredential"],
            "issuer": "did:example:1",
            "credentialSubject": {"identifier": [
                {"identityType": "emailAddress", "hashed": true, "salt": "s",
                 "identityHash": "sha256$00"},
                {"identityType": "name", "hashed": true, "identityHash": "sha256$11"}
            ]}
        });
        let (_, c) = parse(&doc).expect("parses");
        assert_eq!(c.subject.name, None);
        let r = c.recipient.expect("recipient");
        assert_eq!((r.identity_type.as_str(), r.hashed), ("emailAddress", true));
    }

    #[test]
    fn micro_credential_elements_results_and_endorsements() {
        let doc = json!({
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": "https://uni.example", "name": "Uni",
                       "endorsement": [{"type": ["VerifiableCredential", "EndorsementCredential"],
                           "issuer": {"id": "https://qa.example", "name": "QA body"},
                           "credentialSubject": {"endorsementComment": "Accredited"}}]},
            "evidence": [{"id": "https://uni.example/work", "name": "Portfolio"}],
            "credentialSubject": {
                "result": [{"value": "8.5", "alignment": [
                    {"targetUrl": "http://data.europa.eu/esco/skill/9"}]}],
                "achievement": {
                    "name": "Data literacy",
                    "image": {"id": "data:image/png;base64,AAAA", "type": "Image"},
                    "creditsAvailable": 3,
                    "studyLoad": 84,
                    "participation": "blended",
                    "assessmentType": "written exam",
                    "qualityAssurance": {"name": "NVAO"},
                    "alignment": [
                        {"targetUrl": "http://data.europa.eu/snb/eqf/5", "targetName": "EQF 5",
                         "targetType": "ext:EQFLevel"},
                        {"targetUrl": "https://nlqf.nl/niveau/4", "targetName": "NLQF 4",
                         "targetType": "ext:NLQFLevel"}
                    ]
                }
            }
        });
        let (_, c) = parse(&doc).expect("parses");
        assert_eq!(c.micro.ects, Some(3.0));
        assert_eq!(c.micro.workload_hours, Some(84.0));
        assert_eq!(c.micro.eqf_level, Some(5));
        assert_eq!(c.micro.nqf_level.as_deref(), Some("NLQF 4"));
        assert_eq!(c.micro.participation.as_deref(), Some("blended"));
        assert_eq!(c.micro.assessment_type.as_deref(), Some("written exam"));
        assert_eq!(c.micro.quality_assurance.as_deref(), Some("NVAO"));
        assert_eq!(c.image.as_deref(), Some("data:image/png;base64,AAAA"));
        assert_eq!(c.results[0].value.as_deref(), Some("8.5"));
        assert_eq!(c.skills, ["http://data.europa.eu/esco/skill/9"]);
        assert_eq!(c.evidence[0].name.as_deref(), Some("Portfolio"));
        assert_eq!(c.endorsements[0].comment.as_deref(), Some("Accredited"));
        assert_eq!(c.endorsements[0].about, "issuer");
    }

    #[test]
    fn a_json_object_that_is_no_credential_is_unsupported() {
        let err = parse(&json!({"hello": "world"})).unwrap_err();
        assert_eq!(err.code(), "unsupported-format");
    }

    #[test]
    fn a_credential_without_issuer_is_malformed() {
        let doc = json!({"type": ["VerifiableCredential"], "credentialSubject": {}});
        assert_eq!(parse(&doc).unwrap_err().code(), "malformed-credential");
    }
}
