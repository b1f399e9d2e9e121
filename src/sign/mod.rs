//! Data Integrity proof creation: `eddsa-rdfc-2022` (the default) and `eddsa-jcs-2022`, signed
//! by an Ed25519 `did:key`.
//!
//! This module never sees a private key: it builds the proof configuration, asks the verifier's
//! own canonicalisation for the bytes to sign (`verify::suites::signing_input`, the same code
//! path that later checks the proof, so signer and verifier cannot drift apart) and hands them to
//! a signing function. In the wallet that function is `Store::sign_as_holder`, which reads the
//! seed, signs and zeroizes it; the seed never leaves the store.

use crate::verify::suites::{self, Suite};
use crate::{Error, Result};
use serde_json::{Map, Value};

/// The cryptosuites Erkend signs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cryptosuite {
    /// RDF Dataset Canonicalization (RDFC-1.0) + Ed25519: what Open Badges 3.0 verifiers expect.
    #[default]
    EddsaRdfc2022,
    /// JSON Canonicalization Scheme (RFC 8785) + Ed25519.
    EddsaJcs2022,
}

impl Cryptosuite {
    /// The `cryptosuite` value of the proof.
    pub fn as_str(self) -> &'static str {
        match self {
            Cryptosuite::EddsaRdfc2022 => "eddsa-rdfc-2022",
            Cryptosuite::EddsaJcs2022 => "eddsa-jcs-2022",
        }
    }

    /// The suite named `name`, if Erkend signs with it.
    pub fn parse(name: &str) -> Option<Cryptosuite> {
        match name {
            "eddsa-rdfc-2022" => Some(Cryptosuite::EddsaRdfc2022),
            "eddsa-jcs-2022" => Some(Cryptosuite::EddsaJcs2022),
            _ => None,
        }
    }

    fn suite(self) -> Suite {
        match self {
            Cryptosuite::EddsaRdfc2022 => Suite::EddsaRdfc2022,
            Cryptosuite::EddsaJcs2022 => Suite::EddsaJcs2022,
        }
    }
}

/// The verification method of an Ed25519 `did:key`: `did:key:z6Mk…#z6Mk…`.
pub fn verification_method(did: &str) -> String {
    let fragment = did.strip_prefix("did:key:").unwrap_or(did);
    format!("{did}#{fragment}")
}

/// Secures `document` with one `DataIntegrityProof` made by `did`'s key through `sign`, created
/// at `created` (RFC 3339). The document must not carry a proof already; the returned document is
/// `document` plus `proof`.
pub fn sign_document(
    document: &Value,
    suite: Cryptosuite,
    did: &str,
    created: &str,
    sign: impl FnOnce(&[u8]) -> Result<[u8; 64]>,
) -> Result<Value> {
    let Some(unsecured) = document.as_object() else {
        return Err(signing_failed("the document is not a JSON object"));
    };
    if unsecured.contains_key("proof") {
        return Err(signing_failed("the document already carries a proof"));
    }
    let mut config = Map::new();
    config.insert("type".into(), "DataIntegrityProof".into());
    config.insert("cryptosuite".into(), suite.as_str().into());
    config.insert("created".into(), created.into());
    config.insert("verificationMethod".into(), verification_method(did).into());
    config.insert("proofPurpose".into(), "assertionMethod".into());
    // eddsa-jcs-2022 (vc-di-eddsa, proof configuration): the proof carries the document's
    // context itself. Verifiers that do not add it back (Digital Bazaar's) need it there.
    if let (Cryptosuite::EddsaJcs2022, Some(context)) = (suite, unsecured.get("@context")) {
        config.insert("@context".into(), context.clone());
    }
    let input = suites::signing_input(suite.suite(), document, &config)
        .map_err(|e| signing_failed(&format!("{e:?}")))?;
    let signature = sign(&input)?;
    let mut proof = config;
    proof.insert(
        "proofValue".into(),
        format!("z{}", bs58::encode(signature).into_string()).into(),
    );
    let mut secured = unsecured.clone();
    secured.insert("proof".into(), Value::Object(proof));
    Ok(Value::Object(secured))
}

fn signing_failed(detail: &str) -> Error {
    Error::SigningFailed {
        detail: detail.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import;
    use crate::store::did_key;
    use crate::verify::{self, Outcome};
    use ed25519_dalek::{Signer, SigningKey};

    fn unsigned(did: &str) -> Value {
        serde_json::json!({
            "@context": ["https://www.w3.org/ns/credentials/v2",
                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:7d6e2a1c-3b0f-4a8e-9d51-0c2f9b6a1e44",
            "type": ["VerifiableCredential", "EndorsementCredential"],
            "name": "Endorsement",
            "issuer": {"id": did, "type": ["Profile"], "name": "Mentor"},
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": {"id": "urn:uuid:0b0e7c52-5d0a-4f51-8f0e-1b2f3a4c5d6e",
                                  "type": ["EndorsementSubject"],
                                  "endorsementComment": "Reliable and careful."}
        })
    }

    #[test]
    fn both_suites_sign_what_the_verifier_accepts_and_tampering_fails() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let did = did_key(&key.verifying_key().to_bytes());
        let at = chrono::Utc::now();
        for suite in [Cryptosuite::EddsaRdfc2022, Cryptosuite::EddsaJcs2022] {
            let doc = sign_document(&unsigned(&did), suite, &did, "2026-01-01T00:00:00Z", |m| {
                Ok(key.sign(m).to_bytes())
            })
            .expect("signs");
            assert_eq!(doc["proof"]["cryptosuite"], suite.as_str());
            let proof_context = doc["proof"].get("@context");
            assert_eq!(proof_context.is_some(), suite == Cryptosuite::EddsaJcs2022);
            let bytes = serde_json::to_vec(&doc).expect("json");
            let verdict = verify::verify(&import::parse(&bytes).expect("parses"), at);
            assert_eq!(verdict.verified, Some(true), "{suite:?}: {verdict:?}");

            let mut tampered = doc.clone();
            tampered["credentialSubject"]["endorsementComment"] = "Unreliable.".into();
            let bytes = serde_json::to_vec(&tampered).expect("json");
            let verdict = verify::verify(&import::parse(&bytes).expect("parses"), at);
            assert_eq!(verdict.verified, Some(false), "{suite:?}");
            assert_eq!(verdict.checks[0].outcome, Outcome::Failed);
        }
    }

    #[test]
    fn a_document_with_a_proof_is_not_signed_again() {
        let mut doc = unsigned("did:key:z6Mk");
        doc["proof"] = serde_json::json!({});
        let err = sign_document(&doc, Cryptosuite::default(), "did:key:z6Mk", "x", |_| {
            Ok([0; 64])
        });
        assert_eq!(err.expect_err("refused").code(), "signing-failed");
    }
}
