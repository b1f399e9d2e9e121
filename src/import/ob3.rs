//! Open Badges 3.0 / W3C Verifiable Credentials (VC 1.1 and 2.0) as JSON-LD.
//!
//! Lenient on the way in (a value or a list, a string or an object, a name or a language map),
//! strict on the way out: the result is the normalised model or a clear error.

use crate::model::{Achievement, Alignment, Credential, Format, Issuer, Subject, ESCO_PREFIX};
use crate::{Error, Result};
use serde_json::Value;

/// Recognises an OB 3.0 / VC document and extracts the model.
pub fn parse(doc: &Value) -> Result<(Format, Credential)> {
    let obj = doc.as_object().ok_or_else(|| Error::UnsupportedFormat {
        detail: "the JSON is not an object".into(),
    })?;
    let types = strings(obj.get("type"));
    let is_vc = types.iter().any(|t| t == "VerifiableCredential")
        || contexts(doc).iter().any(|c| {
            c == "https://www.w3.org/2018/credentials/v1"
                || c == "https://www.w3.org/ns/credentials/v2"
        });
    if !is_vc {
        return Err(Error::UnsupportedFormat {
            detail: "not a Verifiable Credential".into(),
        });
    }
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
    let subject = subject(subject_value);
    let achievement = subject_value
        .and_then(|s| s.get("achievement"))
        .map(achievement);
    let name = text(obj.get("name"))
        .or_else(|| achievement.as_ref().and_then(|a| a.name.clone()))
        .unwrap_or_default();
    let mut skills = Vec::new();
    collect_esco(doc, &mut skills);
    let valid_from = text(obj.get("validFrom")).or_else(|| text(obj.get("issuanceDate")));
    Ok((
        format,
        Credential {
            credential_id: text(obj.get("id")),
            types,
            name,
            description: text(obj.get("description"))
                .or_else(|| achievement.as_ref().and_then(|a| a.description.clone())),
            issuer,
            subject,
            achievement,
            issued: text(obj.get("awardedDate")).or_else(|| valid_from.clone()),
            valid_from,
            valid_until: text(obj.get("validUntil")).or_else(|| text(obj.get("expirationDate"))),
            skills,
        },
    ))
}

/// The `@context` entries that are URLs.
pub fn contexts(doc: &Value) -> Vec<String> {
    strings(doc.get("@context"))
}

fn issuer(v: Option<&Value>) -> Option<Issuer> {
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

fn subject(v: Option<&Value>) -> Subject {
    let Some(o) = v.and_then(Value::as_object) else {
        return Subject::default();
    };
    // The name may be given directly or as an identity object of type `name` (plain, not hashed).
    let from_identifier = o.get("identifier").and_then(|ids| {
        list(Some(ids)).into_iter().find_map(|id| {
            let is_name = id.get("identityType").and_then(Value::as_str) == Some("name");
            let hashed = id.get("hashed").and_then(Value::as_bool).unwrap_or(false);
            (is_name && !hashed)
                .then(|| text(id.get("identityHash")))
                .flatten()
        })
    });
    Subject {
        id: text(o.get("id")),
        name: text(o.get("name")).or(from_identifier),
    }
}

fn achievement(v: &Value) -> Achievement {
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
        alignments: list(v.get("alignment"))
            .into_iter()
            .filter_map(|a| {
                Some(Alignment {
                    target_url: text(a.get("targetUrl"))?,
                    target_name: text(a.get("targetName")),
                    framework: text(a.get("targetFramework")),
                })
            })
            .collect(),
    }
}

/// Every ESCO URI under an alignment's `targetUrl` or `targetCode` anywhere in the document
/// (achievement, `result.alignment`, result descriptions), in document order, without repeats.
fn collect_esco(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for key in ["targetUrl", "targetCode"] {
                if let Some(url) = o.get(key).and_then(Value::as_str) {
                    if url.starts_with(ESCO_PREFIX) && !out.iter().any(|s| s == url) {
                        out.push(url.to_string());
                    }
                }
            }
            for (key, child) in o {
                // Endorsements speak about the credential; their alignments are not the learner's.
                if key != "endorsement" && key != "proof" {
                    collect_esco(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_esco(i, out)),
        _ => {}
    }
}

/// A string, or the first value of a language map / list of strings.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|i| text(Some(i))),
        Value::Object(o) => o
            .get("@value")
            .and_then(|x| text(Some(x)))
            .or_else(|| o.values().find_map(|x| x.as_str().map(str::to_string))),
        _ => None,
    }
}

fn first(v: Option<&Value>) -> Option<&Value> {
    match v? {
        Value::Array(items) => items.first(),
        other => Some(other),
    }
}

fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
        None => vec![],
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    list(v)
        .into_iter()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect()
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
