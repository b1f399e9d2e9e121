//! Endorsements and work-based-learning attestations: building the Open Badges 3.0 documents a
//! mentor, coach, supervisor or peer signs, and the request a learner sends them.
//!
//! Pure builders over values (no SQL, no clock, no randomness: ids and times are passed in);
//! signing is `crate::sign`, storing and attaching is [`wallet`] (methods on `Wallet`), the
//! command line is [`cli`].
//!
//! What an endorsement says, by target:
//! - a credential or an achievement: `credentialSubject.id` is that credential's (or
//!   achievement's) own id, typed `EndorsementSubject`, with the `endorsementComment`;
//! - a skill claim: `credentialSubject.id` is the learner's DID when known (from a request or
//!   `--subject`), else the ESCO skill URI itself; the skill is an ESCO `alignment` of the subject
//!   and the observation's narrative is the credential's `evidence`.

pub mod attest;
pub mod cli;
pub mod embedded;
pub mod request;
pub mod wallet;

use crate::store::SignerIdentity;
use crate::{Error, Result};
use serde_json::{json, Value};

/// The contexts every document Erkend signs uses: VC 2.0 and Open Badges 3.0 (bundled, so
/// every verifier with the published contexts reads them offline).
pub const CONTEXTS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// What an endorsement vouches for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A credential, by its own `id` (e.g. `urn:uuid:…`).
    Credential(String),
    /// An achievement, by its `id`.
    Achievement(String),
    /// A skill claim: the ESCO skill URI, the learner's DID when known, and what was observed.
    Skill {
        /// ESCO skill URI.
        uri: String,
        /// The skill's label, when known (the alignment's `targetName`).
        label: Option<String>,
        /// The learner's DID.
        learner: Option<String>,
        /// What the endorser observed.
        narrative: Option<String>,
    },
}

impl Target {
    /// The `credentialSubject.id` of the endorsement.
    pub fn subject_id(&self) -> &str {
        match self {
            Target::Credential(id) | Target::Achievement(id) => id,
            Target::Skill { uri, learner, .. } => learner.as_deref().unwrap_or(uri),
        }
    }

    /// `credential`, `achievement` or `skill`.
    pub fn kind(&self) -> &'static str {
        match self {
            Target::Credential(_) => "credential",
            Target::Achievement(_) => "achievement",
            Target::Skill { .. } => "skill",
        }
    }
}

/// The signer as an OB 3.0 `Profile`: the `did:key`, the display name and, when given, the
/// organisation as its `parentOrg`.
pub fn issuer_profile(did: &str, who: &SignerIdentity) -> Value {
    let mut profile = json!({"id": did, "type": ["Profile"], "name": who.name});
    if let Some(org) = who.organisation.as_deref().filter(|o| !o.trim().is_empty()) {
        profile["parentOrg"] = json!({"type": ["Profile"], "name": org});
    }
    profile
}

/// An ESCO alignment as OB 3.0 writes it.
pub fn esco_alignment(uri: &str, label: Option<&str>) -> Value {
    json!({"type": ["Alignment"], "targetUrl": uri, "targetName": label.unwrap_or(uri),
           "targetFramework": "ESCO"})
}

/// The fields of an endorsement other than its target.
#[derive(Debug, Clone)]
pub struct EndorsementInfo<'a> {
    /// The credential's own id (`urn:uuid:…`).
    pub id: &'a str,
    /// Its `name` (OB 3.0 requires one).
    pub name: &'a str,
    /// The endorser's `did:key`.
    pub did: &'a str,
    /// The endorser.
    pub who: &'a SignerIdentity,
    /// The `endorsementComment`.
    pub comment: &'a str,
    /// `validFrom` (RFC 3339).
    pub valid_from: &'a str,
}

/// An unsigned Open Badges 3.0 `EndorsementCredential`.
pub fn build_endorsement(target: &Target, info: &EndorsementInfo<'_>) -> Result<Value> {
    if info.comment.trim().is_empty() {
        return Err(Error::Usage {
            detail: "--comment is empty".into(),
        });
    }
    let mut subject = json!({
        "id": target.subject_id(),
        "type": ["EndorsementSubject"],
        "endorsementComment": info.comment,
    });
    let mut doc = json!({
        "@context": CONTEXTS,
        "id": info.id,
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "name": info.name,
        "issuer": issuer_profile(info.did, info.who),
        "validFrom": info.valid_from,
    });
    if let Target::Skill {
        uri,
        label,
        narrative,
        ..
    } = target
    {
        subject["alignment"] = json!([esco_alignment(uri, label.as_deref())]);
        if let Some(n) = narrative.as_deref().filter(|n| !n.trim().is_empty()) {
            doc["evidence"] = json!([{"type": ["Evidence"], "narrative": n}]);
        }
    }
    doc["credentialSubject"] = subject;
    Ok(doc)
}

/// A random `urn:uuid:` (version 4).
pub fn new_urn_uuid() -> Result<String> {
    let mut b = [0u8; 16];
    getrandom::getrandom(&mut b).map_err(|_| Error::NoRandomness)?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    Ok(format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    ))
}

/// True for `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in lowercase hex.
pub fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_4_and_recognised() {
        let u = new_urn_uuid().expect("random");
        let bare = u.strip_prefix("urn:uuid:").expect("urn");
        assert!(is_uuid(bare), "{u}");
        assert_eq!(&bare[14..15], "4");
        assert!(!is_uuid("not-a-uuid"));
    }

    #[test]
    fn a_skill_endorsement_names_the_learner_and_aligns_the_skill() {
        let who = SignerIdentity {
            name: "Mentor".into(),
            organisation: Some("Buurthuis".into()),
        };
        let target = Target::Skill {
            uri: "http://data.europa.eu/esco/skill/x".into(),
            label: None,
            learner: Some("did:key:z6Mklearner".into()),
            narrative: Some("Saw it twice.".into()),
        };
        let info = EndorsementInfo {
            id: "urn:uuid:1",
            name: "n",
            did: "did:key:z6Mkmentor",
            who: &who,
            comment: "Good",
            valid_from: "2026-01-01T00:00:00Z",
        };
        let doc = build_endorsement(&target, &info).expect("builds");
        assert_eq!(doc["credentialSubject"]["id"], "did:key:z6Mklearner");
        assert_eq!(
            doc["credentialSubject"]["alignment"][0]["targetUrl"],
            "http://data.europa.eu/esco/skill/x"
        );
        assert_eq!(doc["issuer"]["parentOrg"]["name"], "Buurthuis");
        assert_eq!(doc["evidence"][0]["narrative"], "Saw it twice.");
        let empty = EndorsementInfo {
            comment: " ",
            ..info
        };
        assert!(build_endorsement(&target, &empty).is_err());
    }
}
