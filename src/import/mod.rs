//! Outside formats → the normalised [`Credential`](crate::model::Credential).
//!
//! Each format has its own file; this module sniffs the input, enforces the limits that stop
//! hostile files, and hands the bytes to the right parser. Parsing never changes the bytes: the
//! store keeps them exactly as given.

mod json;
pub mod jws;
mod limits;
mod ob3;

pub use limits::{check_size, MAX_FILE_BYTES, MAX_JSON_DEPTH};

use crate::model::{Container, Credential, Format};
use crate::{Error, Result};
use sha2::{Digest, Sha256};

/// A successfully parsed input: the model plus what the store and the verifier need.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// Detected format.
    pub format: Format,
    /// What it was wrapped in.
    pub container: Container,
    /// The normalised model.
    pub credential: Credential,
    /// The credential document as JSON (the payload for JWS, the extracted JSON for images).
    pub document: serde_json::Value,
    /// The compact JWS the document came from, for JWS-secured formats (VC-JWT, OB 2.0 signed).
    pub jws: Option<jws::CompactJws>,
    /// Credentials nested inside this one (the achievements of a CLR bundle), in order.
    pub nested: Vec<Parsed>,
    /// Content key for duplicate detection: SHA-256 (hex) of the credential document in a
    /// canonical serialisation, so the same credential is recognised whatever its container or
    /// whitespace.
    pub content_key: String,
}

/// Parses one input file's bytes.
pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    limits::check_size(bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::EmptyFile);
    }
    let document = json::parse_limited(bytes)?;
    let (format, credential) = ob3::parse(&document)?;
    Ok(Parsed {
        format,
        container: Container::Json,
        content_key: content_key(&document),
        credential,
        document,
        jws: None,
        nested: Vec::new(),
    })
}

/// SHA-256 (hex) of the document serialised with sorted keys and no whitespace.
fn content_key(document: &serde_json::Value) -> String {
    // serde_json's default map is ordered by key, so serialising is already canonical enough to
    // recognise the same content; proofs are part of it (a re-signed credential is a new one).
    let bytes = serde_json::to_vec(document).unwrap_or_default();
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_does_not_change_the_content_key() {
        let a = br#"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"issuer":"did:example:1","credentialSubject":{"name":"A"}}"#;
        let b = b"{ \"type\": [\"VerifiableCredential\"],\n \"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"issuer\": \"did:example:1\", \"credentialSubject\": {\"name\": \"A\"} }";
        let (pa, pb) = (parse(a).expect("a"), parse(b).expect("b"));
        assert_eq!(pa.content_key, pb.content_key);
    }

    #[test]
    fn empty_and_blank_files_are_rejected_as_empty() {
        assert_eq!(parse(b"").map(|_| ()).unwrap_err().code(), "empty-file");
        assert_eq!(parse(b" \n ").map(|_| ()).unwrap_err().code(), "empty-file");
    }
}
