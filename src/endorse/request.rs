//! The endorsement request a learner hands an endorser: what to endorse, a summary of it, the
//! learner's DID and a nonce — as a JSON file or as one line of QR payload text.
//!
//! The nonce is a UUID; the endorsement answering the request takes `urn:uuid:<nonce>` as its
//! own id, so the learner's wallet recognises the answer and the same request signed twice is
//! the same endorsement id. A request is a wish, never trusted: the endorser's wallet shows it
//! before signing, and only what the endorser signs counts.

use super::{is_uuid, Target};
use crate::{Error, Result};
use base64::Engine;
use serde::{Deserialize, Serialize};

/// The `type` of a request document.
pub const REQUEST_TYPE: &str = "ErkendEndorsementRequest";
/// The prefix of a request as QR payload text.
pub const QR_PREFIX: &str = "ERKEND-ENDORSE-REQUEST:";
/// Largest request accepted: a request is a few hundred bytes; anything big is not one.
pub const MAX_REQUEST: usize = 64 * 1024;

/// An endorsement request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndorsementRequest {
    /// Always [`REQUEST_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
    /// Format version (1).
    pub version: u32,
    /// A fresh UUID.
    pub nonce: String,
    /// The learner asking.
    pub learner: Party,
    /// What to endorse.
    pub about: About,
    /// What the learner asks the endorser to look at (their own words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub narrative: Option<String>,
    /// When the request was made (RFC 3339).
    pub created: String,
}

/// The learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// The learner's `did:key`.
    pub did: String,
    /// The learner's name, when they give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// What to endorse, with a summary for the endorser to review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    /// `credential`, `achievement` or `skill`.
    pub kind: String,
    /// The credential's own id, the achievement id or the ESCO skill URI.
    pub id: String,
    /// Display name of the credential or skill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Issuer of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Issue date of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    /// ESCO skills of the credential.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
}

impl EndorsementRequest {
    /// The endorsement's target this request asks for.
    pub fn target(&self) -> Target {
        match self.about.kind.as_str() {
            "credential" => Target::Credential(self.about.id.clone()),
            "achievement" => Target::Achievement(self.about.id.clone()),
            _ => Target::Skill {
                uri: self.about.id.clone(),
                label: self.about.name.clone(),
                learner: Some(self.learner.did.clone()),
                narrative: self.narrative.clone(),
            },
        }
    }

    /// The id the answering endorsement carries.
    pub fn endorsement_id(&self) -> String {
        format!("urn:uuid:{}", self.nonce)
    }

    /// Pretty JSON for a file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// One line of QR payload text.
    pub fn to_qr_text(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        format!(
            "{QR_PREFIX}{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
        )
    }

    /// Reads a request from a file's bytes: JSON, or QR payload text.
    pub fn parse(bytes: &[u8]) -> Result<EndorsementRequest> {
        if bytes.len() > MAX_REQUEST {
            return Err(invalid("the file is too large"));
        }
        let text = std::str::from_utf8(bytes).map_err(|_| invalid("not text"))?;
        let text = text.trim();
        let json = match text.strip_prefix(QR_PREFIX) {
            Some(b64) => base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(b64.trim())
                .map_err(|_| invalid("the QR text is damaged"))?,
            None => text.as_bytes().to_vec(),
        };
        let request: EndorsementRequest =
            serde_json::from_slice(&json).map_err(|e| invalid(&e.to_string()))?;
        request.check()?;
        Ok(request)
    }

    fn check(&self) -> Result<()> {
        if self.kind != REQUEST_TYPE || self.version != 1 {
            return Err(invalid("unknown type or version"));
        }
        if !is_uuid(&self.nonce) {
            return Err(invalid("the nonce is not a UUID"));
        }
        if !self.learner.did.starts_with("did:") {
            return Err(invalid("the learner is not a DID"));
        }
        let absolute = |s: &str| {
            s.split_once(':').is_some_and(|(scheme, rest)| {
                !scheme.is_empty() && !rest.is_empty() && !s.chars().any(char::is_whitespace)
            })
        };
        if !absolute(&self.about.id) {
            return Err(invalid("what to endorse is not an absolute URI"));
        }
        match self.about.kind.as_str() {
            "credential" | "achievement" => Ok(()),
            "skill" if crate::wallet::is_esco_skill(&self.about.id) => Ok(()),
            "skill" => Err(invalid("the skill is not an ESCO skill URI")),
            _ => Err(invalid("unknown kind of target")),
        }
    }
}

fn invalid(detail: &str) -> Error {
    Error::EndorsementRequestInvalid {
        detail: detail.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> EndorsementRequest {
        EndorsementRequest {
            kind: REQUEST_TYPE.into(),
            version: 1,
            nonce: "0b0e7c52-5d0a-4f51-8f0e-1b2f3a4c5d6e".into(),
            learner: Party {
                did: "did:key:z6Mk".into(),
                name: Some("Amal".into()),
            },
            about: About {
                kind: "skill".into(),
                id: "http://data.europa.eu/esco/skill/abc".into(),
                name: None,
                issuer: None,
                issued: None,
                skills: vec![],
            },
            narrative: None,
            created: "2026-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn json_and_qr_text_round_trip() {
        let r = request();
        assert_eq!(
            EndorsementRequest::parse(r.to_json().as_bytes()).expect("json"),
            r
        );
        assert_eq!(
            EndorsementRequest::parse(r.to_qr_text().as_bytes()).expect("qr"),
            r
        );
        assert_eq!(
            r.endorsement_id(),
            "urn:uuid:0b0e7c52-5d0a-4f51-8f0e-1b2f3a4c5d6e"
        );
    }

    #[test]
    fn a_bad_request_is_refused_with_its_code() {
        for change in [
            |r: &mut EndorsementRequest| r.nonce = "1".into(),
            |r: &mut EndorsementRequest| r.learner.did = "amal".into(),
            |r: &mut EndorsementRequest| r.about.id = "http://example.org/not-esco".into(),
            |r: &mut EndorsementRequest| r.about.kind = "issuer".into(),
            |r: &mut EndorsementRequest| r.kind = "Other".into(),
        ] {
            let mut r = request();
            change(&mut r);
            let err = EndorsementRequest::parse(r.to_json().as_bytes()).expect_err("refused");
            assert_eq!(err.code(), "endorsement-request-invalid");
        }
        let err = EndorsementRequest::parse(b"{").expect_err("refused");
        assert_eq!(err.code(), "endorsement-request-invalid");
    }
}
