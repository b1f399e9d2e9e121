//! Endorsements a credential carries inside itself (OB 3.0 `endorsement` objects and
//! `endorsementJwt` strings on the credential, its achievement, the achievement's creator or the
//! issuer), each verified on its own as the credential is shown.
//!
//! An embedded endorsement is signed by its endorser, not by the credential's issuer, so the
//! credential's own verdict says nothing about it. Each one is checked here like any credential;
//! an endorsement given only by IRI (OB 2.0) cannot be checked offline and is `null`.

use crate::import;
use crate::verify::{self, Verdict};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

/// The most embedded endorsements checked per credential (each costs a verification).
const MAX_EMBEDDED: usize = 32;

/// One endorsement found inside a credential, with its own verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmbeddedEndorsement {
    /// The endorsement's own id.
    pub id: Option<String>,
    /// The endorser's name, else DID.
    pub endorser: Option<String>,
    /// The `endorsementComment`.
    pub comment: Option<String>,
    /// Its own verification outcome (`null`: could not be checked).
    pub verified: Option<bool>,
}

/// Every endorsement embedded in `document`, verified at `at`.
pub fn embedded(document: &Value, at: DateTime<Utc>) -> Vec<EmbeddedEndorsement> {
    let mut found = Vec::new();
    collect(document, &mut found);
    found
        .into_iter()
        .take(MAX_EMBEDDED)
        .map(|item| check(&item, at))
        .collect()
}

/// Embedded endorsements as they appear: objects, JWT strings or IRIs.
fn collect(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(map) => {
            for (key, value) in map {
                match key.as_str() {
                    "endorsement" | "endorsementJwt" => match value {
                        Value::Array(items) => out.extend(items.iter().cloned()),
                        other => out.push(other.clone()),
                    },
                    // A proof or an embedded endorsement's own insides are not the credential's.
                    "proof" => {}
                    _ => collect(value, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
        _ => {}
    }
}

fn check(item: &Value, at: DateTime<Utc>) -> EmbeddedEndorsement {
    let bytes = match item {
        Value::String(s) => s.as_bytes().to_vec(),
        other => serde_json::to_vec(other).unwrap_or_default(),
    };
    let Ok(parsed) = import::parse(&bytes) else {
        return EmbeddedEndorsement {
            id: item.as_str().map(String::from),
            endorser: None,
            comment: None,
            verified: None,
        };
    };
    let verdict: Verdict = verify::verify(&parsed, at);
    let c = &parsed.credential;
    EmbeddedEndorsement {
        id: c.credential_id.clone(),
        endorser: c.issuer.name.clone().or_else(|| c.issuer.id.clone()),
        comment: super::wallet::endorsement_comment(&parsed.document),
        verified: verdict.verified,
    }
}
