//! Open Badges 2.0 assertions (and the OB 1.0 shapes still found in old backpacks) as JSON.
//!
//! The BadgeClass and the Issuer may be embedded or given by IRI. An IRI is kept as the id and
//! never fetched: the name is known offline only when the same file embeds it. A hashed
//! recipient (`sha256$...` with a salt) is kept for matching and never yields a name; an
//! unhashed identity of type `name` does.

use super::lenient::{collect_esco, date, has_type, id_of, list, strings, text};
use super::micro;
use super::ob3::{alignments, evidence_item, image};
use crate::model::{
    Achievement, Credential, Endorsement, Format, Issuer, MicroCredential, Recipient, Subject,
};
use crate::{Error, Result};
use serde_json::Value;

/// True when the context names Open Badges 2.0 or 1.x.
fn has_ob_context(doc: &Value) -> bool {
    strings(doc.get("@context"))
        .iter()
        .any(|c| c.starts_with("https://w3id.org/openbadges"))
}

/// True when the document is an OB 2.0 `Assertion`, or an untyped OB 1.0 assertion (recipient,
/// badge and verify).
pub fn is_assertion(doc: &Value) -> bool {
    if !doc.is_object() {
        return false;
    }
    if has_type(doc, "Assertion") {
        return true;
    }
    let untyped = doc.get("type").is_none();
    untyped
        && doc.get("recipient").is_some()
        && doc.get("badge").is_some()
        && (doc.get("verify").is_some() || doc.get("verification").is_some())
}

/// Why an Open Badges document that is not an assertion cannot be imported, if it is one.
pub fn not_an_assertion(doc: &Value) -> Option<Error> {
    if !has_ob_context(doc) {
        return None;
    }
    let kind = [
        "BadgeClass",
        "Issuer",
        "Profile",
        "Endorsement",
        "CryptographicKey",
    ]
    .into_iter()
    .find(|t| has_type(doc, t))
    .unwrap_or("document");
    Some(Error::UnsupportedFormat {
        detail: format!("an Open Badges 2.0 {kind}, not an awarded badge (Assertion)"),
    })
}

/// The hosted-assertion URL when the document is only an OB 1.0-style pointer
/// (`{"verify": {"url": ...}}`) with no assertion data.
pub fn url_only(doc: &Value) -> Option<String> {
    let o = doc.as_object()?;
    if o.contains_key("badge") || o.contains_key("recipient") {
        return None;
    }
    o.get("verify")
        .or_else(|| o.get("verification"))
        .and_then(|v| text(v.get("url")))
}

/// Extracts the model from an assertion. `from_jws` is true when it was the payload of a signed
/// (JWS) assertion.
pub fn parse(doc: &Value, from_jws: bool) -> Result<(Format, Credential)> {
    let obj = doc.as_object().ok_or_else(|| Error::UnsupportedFormat {
        detail: "the JSON is not an object".into(),
    })?;
    let verification = obj.get("verification").or_else(|| obj.get("verify"));
    let verification_type = verification
        .and_then(|v| text(v.get("type")))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let format = if from_jws || verification_type.starts_with("signed") {
        Format::Ob2Signed
    } else {
        Format::Ob2Hosted
    };
    let badge = obj.get("badge").ok_or_else(|| Error::MalformedCredential {
        detail: "the assertion names no badge".into(),
    })?;
    let badge_obj = badge.as_object().map(|_| badge);

    let (issuer, issuer_value) = match badge_obj.and_then(|b| b.get("issuer")) {
        Some(Value::Object(o)) => (
            Issuer {
                id: text(o.get("id")),
                name: text(o.get("name")),
                url: text(o.get("url")),
            },
            badge_obj.and_then(|b| b.get("issuer")),
        ),
        Some(other) => (
            Issuer {
                id: text(Some(other)),
                ..Default::default()
            },
            None,
        ),
        // A badge by IRI: the issuer is unknown offline. OB 1.0 put the issuer's origin
        // under `badge.issuer.origin`; nothing else to go on.
        None => (Issuer::default(), None),
    };

    let achievement = match badge_obj {
        Some(b) => {
            let mut a = Achievement {
                id: text(b.get("id")),
                name: text(b.get("name")),
                description: text(b.get("description")),
                criteria: b.get("criteria").and_then(|c| match c {
                    Value::Object(o) => text(o.get("narrative")).or_else(|| text(o.get("id"))),
                    other => text(Some(other)),
                }),
                achievement_type: None,
                alignments: alignments(b.get("alignment")),
            };
            if a.achievement_type.is_none() && has_type(b, "BadgeClass") {
                a.achievement_type = Some("BadgeClass".into());
            }
            a
        }
        None => Achievement {
            id: text(Some(badge)),
            ..Default::default()
        },
    };

    let (subject, recipient) = recipient(obj.get("recipient"), obj.get("salt"));

    let mut skills = Vec::new();
    collect_esco(doc, &mut skills);

    let mut endorsements = Vec::new();
    endorsements_of(doc, "credential", &mut endorsements);
    if let Some(b) = badge_obj {
        endorsements_of(b, "achievement", &mut endorsements);
    }
    if let Some(i) = issuer_value {
        endorsements_of(i, "issuer", &mut endorsements);
    }

    let mut micro = MicroCredential::default();
    if let Some(b) = badge_obj {
        micro::from_properties(b, &mut micro);
        micro::from_alignments(
            &achievement.alignments,
            &micro::raw_alignments(b),
            &mut micro,
        );
    }

    let issued = date(obj.get("issuedOn")).or_else(|| date(obj.get("issued_on")));
    Ok((
        format,
        Credential {
            credential_id: text(obj.get("id")).or_else(|| text(obj.get("uid"))),
            types: strings(obj.get("type")),
            name: achievement.name.clone().unwrap_or_default(),
            description: achievement.description.clone(),
            issuer,
            subject,
            // OB 2.0 has no separate start of validity: a badge is valid from its issue date
            // (the validator rejects an `issuedOn` in the future).
            valid_from: issued.clone(),
            issued,
            valid_until: date(obj.get("expires")),
            skills,
            recipient,
            evidence: list(obj.get("evidence"))
                .into_iter()
                .filter_map(evidence_item)
                .collect(),
            endorsements,
            image: image(obj.get("image"))
                .or_else(|| badge_obj.and_then(|b| image(b.get("image")))),
            results: Vec::new(),
            learning_outcomes: Vec::new(),
            micro,
            achievement: Some(achievement),
            awarding_body: None,
        },
    ))
}

/// The learner from an OB 2.0 `IdentityObject` (or an OB 1.0 recipient string with a top-level
/// salt). Only an unhashed identity of type `name` is a name; unhashed URL/DID identities are
/// the learner's id.
fn recipient(v: Option<&Value>, top_salt: Option<&Value>) -> (Subject, Option<Recipient>) {
    let r = match v {
        Some(Value::Object(o)) => {
            let identity = text(o.get("identity")).unwrap_or_default();
            Recipient {
                identity_type: text(o.get("type")).unwrap_or_else(|| "email".into()),
                hashed: o
                    .get("hashed")
                    .and_then(Value::as_bool)
                    .unwrap_or_else(|| looks_hashed(&identity)),
                identity,
                salt: text(o.get("salt")),
            }
        }
        Some(Value::String(s)) => Recipient {
            identity_type: "email".into(),
            hashed: looks_hashed(s),
            identity: s.clone(),
            salt: text(top_salt),
        },
        _ => return (Subject::default(), None),
    };
    let mut subject = Subject::default();
    if !r.hashed {
        match r.identity_type.as_str() {
            "name" => subject.name = Some(r.identity.clone()),
            "url" | "id" | "did" => subject.id = Some(r.identity.clone()),
            _ => {}
        }
    }
    (subject, Some(r))
}

fn looks_hashed(identity: &str) -> bool {
    identity.starts_with("sha256$") || identity.starts_with("md5$")
}

/// OB 2.0 endorsements: IRIs (kept, not fetched) or embedded `Endorsement` objects.
fn endorsements_of(v: &Value, about: &str, out: &mut Vec<Endorsement>) {
    for e in list(v.get("endorsement")) {
        out.push(match e {
            Value::Object(o) => Endorsement {
                id: text(o.get("id")),
                issuer: o.get("issuer").and_then(|i| match i {
                    Value::Object(io) => Some(Issuer {
                        id: text(io.get("id")),
                        name: text(io.get("name")),
                        url: text(io.get("url")),
                    }),
                    other => id_of(Some(other)).map(|id| Issuer {
                        id: Some(id),
                        ..Default::default()
                    }),
                }),
                comment: o
                    .get("claim")
                    .and_then(|c| text(c.get("endorsementComment"))),
                issued: date(o.get("issuedOn")),
                about: about.into(),
                jws: None,
            },
            other => Endorsement {
                id: text(Some(other)),
                about: about.into(),
                ..Default::default()
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn badge_by_iri_keeps_the_iri_and_has_no_name() {
        let doc = json!({
            "@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
            "id": "https://example.org/a.json",
            "recipient": {"type": "email", "hashed": true, "salt": "deadsea",
                          "identity": "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"},
            "badge": "https://example.org/robotics-badge.json",
            "verification": {"type": "hosted"}, "issuedOn": 1483228799
        });
        let (format, c) = parse(&doc, false).expect("parses");
        assert_eq!(format, Format::Ob2Hosted);
        assert_eq!(c.name, "");
        assert_eq!(c.display_name(), "https://example.org/robotics-badge.json");
        assert_eq!(c.issued.as_deref(), Some("2016-12-31T23:59:59Z"));
        assert_eq!(c.subject.name, None);
        assert_eq!(
            c.recipient.expect("r").matches("nobody@example.org"),
            Some(true)
        );
    }

    #[test]
    fn unhashed_name_identity_is_the_learner_name() {
        let doc = json!({"type": "Assertion", "badge": {"name": "B", "issuer": {"name": "I"}},
            "recipient": {"type": "name", "hashed": false, "identity": "Zoë"},
            "verification": {"type": "SignedBadge"}});
        let (format, c) = parse(&doc, false).expect("parses");
        assert_eq!(format, Format::Ob2Signed);
        assert_eq!(c.subject.name.as_deref(), Some("Zoë"));
        assert_eq!(c.issuer_label(), "I");
    }

    #[test]
    fn ob1_pointer_and_badge_class_are_recognised() {
        assert_eq!(
            url_only(&json!({"verify": {"url": "http://example.org"}})).as_deref(),
            Some("http://example.org")
        );
        let bc = json!({"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass"});
        assert!(!is_assertion(&bc));
        assert_eq!(
            not_an_assertion(&bc).map(|e| e.code()),
            Some("unsupported-format")
        );
    }
}
