//! Data Integrity proofs: `eddsa-rdfc-2022`, `eddsa-jcs-2022` and `Ed25519Signature2020`, with
//! proof sets (several proofs, each verified) and proof chains (`previousProof`).
//!
//! Every suite here signs `SHA-256(canonical proof config) ‖ SHA-256(canonical document)` with
//! Ed25519; they differ only in how JSON becomes canonical bytes (the private `canonical`
//! module). Suites and cryptosuites come from an exact allowlist; anything else is `unchecked`,
//! never passed.

mod canonical;

use super::binding::issuer_check_any;
use super::jose::{issuer_id, key_failure, signature_failure, verify_ed25519, SignatureError};
use super::keys::{self, KeyResolver, PublicKey};
use super::verdict::parse_date;
use super::verdict::{Check, CheckName};
pub(crate) use canonical::CanonError;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// The most proofs one document may carry. Each costs a canonicalisation and a signature check;
/// real credentials carry one or two, so more is treated as an attempt to exhaust the verifier.
const MAX_PROOFS: usize = 16;

/// The proof suites this build checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suite {
    /// `DataIntegrityProof` with cryptosuite `eddsa-rdfc-2022` (RDFC-1.0).
    EddsaRdfc2022,
    /// `DataIntegrityProof` with cryptosuite `eddsa-jcs-2022` (RFC 8785).
    EddsaJcs2022,
    /// The legacy `Ed25519Signature2020` proof type (URDNA2015 = RDFC-1.0).
    Ed25519Signature2020,
}

impl Suite {
    /// The suite of a proof object, if it is on the allowlist.
    pub fn of(proof: &Map<String, Value>) -> Option<Suite> {
        let text = |k: &str| proof.get(k).and_then(Value::as_str);
        match (text("type")?, text("cryptosuite")) {
            ("DataIntegrityProof", Some("eddsa-rdfc-2022")) => Some(Suite::EddsaRdfc2022),
            ("DataIntegrityProof", Some("eddsa-jcs-2022")) => Some(Suite::EddsaJcs2022),
            ("Ed25519Signature2020", None) => Some(Suite::Ed25519Signature2020),
            _ => None,
        }
    }
}

/// The `signature` checks (one per proof) and the `issuer` check of a document secured with
/// Data Integrity proofs.
pub(crate) fn verify_document(
    document: &Value,
    resolver: &dyn KeyResolver,
    at: DateTime<Utc>,
) -> Vec<Check> {
    let Some(obj) = document.as_object() else {
        return vec![Check::failed(
            CheckName::Signature,
            "check-signature-malformed",
        )];
    };
    let proofs: Vec<&Map<String, Value>> = match obj.get("proof") {
        None => {
            return vec![Check::failed(
                CheckName::Signature,
                "check-signature-missing",
            )]
        }
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(one)) => vec![one],
        Some(_) => Vec::new(),
    };
    if proofs.is_empty() || proofs.len() > MAX_PROOFS {
        return vec![Check::failed(
            CheckName::Signature,
            "check-signature-malformed",
        )];
    }
    // The document as signed by a proof without `previousProof` is everything but `proof`; its
    // hash is the same for every such proof of a set, so it is computed once per suite, and
    // without copying the document where the canonicaliser can skip `proof` itself.
    let mut hashes = DocumentHashes::default();

    let mut checks = Vec::with_capacity(proofs.len() + 1);
    let mut controllers = Vec::new();
    for proof in &proofs {
        let (check, controller) = verify_proof(document, proof, &proofs, resolver, &mut hashes, at);
        if check.outcome == super::Outcome::Passed {
            controllers.extend(controller);
        }
        checks.push(check);
    }
    let issuer = issuer_id(document);
    checks.push(match issuer {
        None => Check::failed(CheckName::Issuer, "check-issuer-missing"),
        Some(issuer) if controllers.is_empty() => {
            Check::unchecked(CheckName::Issuer, "check-issuer-no-key").with_arg("issuer", issuer)
        }
        Some(issuer) => {
            let refs: Vec<&str> = controllers.iter().map(String::as_str).collect();
            issuer_check_any(issuer, &refs)
        }
    });
    checks
}

/// Checks one proof of `secured` (the whole document); on success also returns the controller
/// of its key.
fn verify_proof(
    secured: &Value,
    proof: &Map<String, Value>,
    all: &[&Map<String, Value>],
    resolver: &dyn KeyResolver,
    hashes: &mut DocumentHashes,
    at: DateTime<Utc>,
) -> (Check, Option<String>) {
    let method = match proof.get("verificationMethod") {
        Some(Value::String(s)) => s.as_str(),
        Some(Value::Object(o)) => o.get("id").and_then(Value::as_str).unwrap_or_default(),
        _ => "",
    };
    let Some(suite) = Suite::of(proof) else {
        let name = proof
            .get("cryptosuite")
            .or_else(|| proof.get("type"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        return (
            Check::unchecked(CheckName::Signature, "check-signature-suite-unsupported")
                .with_arg("suite", name),
            None,
        );
    };
    let malformed = || {
        (
            Check::failed(CheckName::Signature, "check-signature-malformed")
                .with_arg("method", method),
            None,
        )
    };
    if method.is_empty() {
        return malformed();
    }
    // A credential's proof asserts it; a proof made for authentication or anything else is not
    // an issuer's statement.
    if proof.get("proofPurpose").and_then(Value::as_str) != Some("assertionMethod") {
        return (
            Check::failed(CheckName::Signature, "check-signature-wrong-purpose")
                .with_arg("method", method),
            None,
        );
    }
    // A proof may limit its own life (`expires`); after that it no longer vouches for anything.
    if let Some(expires) = proof.get("expires").and_then(Value::as_str) {
        if parse_date(expires).is_none_or(|d| d < at) {
            return (
                Check::failed(CheckName::Signature, "check-signature-proof-expired")
                    .with_arg("date", expires),
                None,
            );
        }
    }
    let Some(signature) = proof
        .get("proofValue")
        .and_then(Value::as_str)
        .and_then(|v| keys::multibase_base58(v).ok())
    else {
        return malformed();
    };
    let key = match resolver.resolve(method) {
        Ok(k) => k,
        Err(e) => return (key_failure(&e, method), None),
    };
    let PublicKey::Ed25519(ed) = key.key.as_ref() else {
        return (signature_failure(&SignatureError::Malformed, method), None);
    };

    let mut config = proof.clone();
    config.remove("proofValue");
    let hash = match hash_data(suite, secured, proof, all, config, hashes) {
        Ok(Some(h)) => h,
        Ok(None) => {
            return (
                Check::failed(
                    CheckName::Signature,
                    "check-signature-previous-proof-missing",
                )
                .with_arg("method", method),
                None,
            )
        }
        Err(e) => return (canon_failure(&e, method), None),
    };
    match verify_ed25519(ed, &hash, &signature) {
        Ok(()) => (
            Check::passed(CheckName::Signature, "check-signature-valid").with_arg("method", method),
            Some(key.controller.clone()),
        ),
        Err(e) => (signature_failure(&e, method), None),
    }
}

/// The document a proof signed: without `proof`, or for a chained proof with `proof` set to the
/// proofs its `previousProof` names. `None` when a named proof is not in the set.
fn chained_document(
    unsecured: &Map<String, Value>,
    proof: &Map<String, Value>,
    all: &[&Map<String, Value>],
) -> Option<Map<String, Value>> {
    let previous: Vec<&str> = match proof.get("previousProof") {
        None => return Some(unsecured.clone()),
        Some(Value::String(id)) => vec![id.as_str()],
        Some(Value::Array(ids)) => ids.iter().filter_map(Value::as_str).collect(),
        Some(_) => return None,
    };
    let mut matching = Vec::with_capacity(previous.len());
    for id in previous {
        let found = all
            .iter()
            .find(|p| p.get("id").and_then(Value::as_str) == Some(id))?;
        matching.push(Value::Object((*found).clone()));
    }
    let mut doc = unsecured.clone();
    let value = if matching.len() == 1 {
        matching.remove(0)
    } else {
        Value::Array(matching)
    };
    doc.insert("proof".into(), value);
    Some(doc)
}

/// SHA-256 of the canonical unsecured document, per canonicalisation, computed at most once.
#[derive(Default)]
struct DocumentHashes {
    jcs: Option<Result<[u8; 32], CanonError>>,
    rdfc: Option<Result<[u8; 32], CanonError>>,
}

/// The hash of a document in the suite's canonical form.
fn document_hash(suite: Suite, document: &Value) -> Result<[u8; 32], CanonError> {
    let bytes = match suite {
        Suite::EddsaJcs2022 => canonical::jcs(document)?,
        Suite::EddsaRdfc2022 | Suite::Ed25519Signature2020 => canonical::rdfc(document)?,
    };
    Ok(Sha256::digest(bytes).into())
}

/// The hash of the unsecured document (`secured` without `proof`) in the suite's canonical form.
fn unsecured_hash(suite: Suite, secured: &Value) -> Result<[u8; 32], CanonError> {
    match suite {
        Suite::EddsaJcs2022 => document_hash(suite, &Value::Object(unsecured(secured))),
        Suite::EddsaRdfc2022 | Suite::Ed25519Signature2020 => {
            Ok(Sha256::digest(canonical::rdfc_without(secured, "proof")?).into())
        }
    }
}

/// A copy of `secured` without its `proof` member.
fn unsecured(secured: &Value) -> Map<String, Value> {
    secured
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| k.as_str() != "proof")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// `SHA-256(canonical proof config) ‖ SHA-256(canonical document)`; `None` when a proof named
/// by `previousProof` is not in the set.
fn hash_data(
    suite: Suite,
    secured: &Value,
    proof: &Map<String, Value>,
    all: &[&Map<String, Value>],
    mut config: Map<String, Value>,
    hashes: &mut DocumentHashes,
) -> Result<Option<[u8; 64]>, CanonError> {
    let doc_context = secured.get("@context");
    let config_bytes = match suite {
        Suite::EddsaJcs2022 => {
            match (config.get("@context"), doc_context) {
                // The proof's own context must be a prefix of the document's: it may not
                // reinterpret terms the document uses.
                (Some(pc), Some(dc)) if !context_prefix(pc, dc) => {
                    return Err(CanonError::Invalid("proof @context".into()))
                }
                (None, Some(dc)) => {
                    config.insert("@context".into(), dc.clone());
                }
                _ => {}
            }
            canonical::jcs(&Value::Object(config))?
        }
        Suite::EddsaRdfc2022 | Suite::Ed25519Signature2020 => {
            // For RDF suites the proof config is interpreted with the document's context.
            let Some(dc) = doc_context else {
                return Err(CanonError::Invalid("no @context".into()));
            };
            config.insert("@context".into(), dc.clone());
            canonical::rdfc(&Value::Object(config))?
        }
    };
    let doc_hash = if proof.contains_key("previousProof") {
        match chained_document(&unsecured(secured), proof, all) {
            Some(doc) => document_hash(suite, &Value::Object(doc))?,
            None => return Ok(None),
        }
    } else {
        let slot = match suite {
            Suite::EddsaJcs2022 => &mut hashes.jcs,
            Suite::EddsaRdfc2022 | Suite::Ed25519Signature2020 => &mut hashes.rdfc,
        };
        slot.get_or_insert_with(|| unsecured_hash(suite, secured))
            .clone()?
    };
    let mut out = [0u8; 64];
    out[..32].copy_from_slice(&Sha256::digest(config_bytes));
    out[32..].copy_from_slice(&doc_hash);
    Ok(Some(out))
}

/// The bytes a new proof signs: `SHA-256(canonical proof config) ‖ SHA-256(canonical document)`,
/// computed exactly as [`verify_document`] recomputes them, so what `crate::sign` signs is what
/// this verifier checks. `config` is the proof without `proofValue` and without `previousProof`.
pub(crate) fn signing_input(
    suite: Suite,
    unsecured: &Value,
    config: &Map<String, Value>,
) -> Result<[u8; 64], CanonError> {
    let mut hashes = DocumentHashes::default();
    hash_data(suite, unsecured, config, &[], config.clone(), &mut hashes)?
        .ok_or_else(|| CanonError::Invalid("previousProof".into()))
}

/// True when `prefix` (a context value) is a prefix of the `full` context list.
fn context_prefix(prefix: &Value, full: &Value) -> bool {
    let as_list = |v: &Value| match v {
        Value::Array(a) => a.clone(),
        other => vec![other.clone()],
    };
    let (p, f) = (as_list(prefix), as_list(full));
    p.len() <= f.len() && p.iter().zip(&f).all(|(a, b)| a == b)
}

/// The `signature` check when canonicalisation could not be done.
fn canon_failure(err: &CanonError, method: &str) -> Check {
    match err {
        CanonError::Unavailable => {
            Check::unchecked(CheckName::Signature, "check-signature-suite-unavailable")
                .with_arg("method", method)
        }
        CanonError::ContextNotOffline(url) => {
            Check::unchecked(CheckName::Signature, "check-signature-context-unavailable")
                .with_arg("context", url)
        }
        CanonError::Invalid(_) => Check::failed(CheckName::Signature, "check-signature-malformed")
            .with_arg("method", method),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::keys::OfflineResolver;
    use crate::verify::Outcome;

    fn now() -> DateTime<Utc> {
        parse_date("2027-06-01T00:00:00Z").expect("date")
    }

    #[test]
    fn an_expired_proof_fails_and_too_many_proofs_are_refused() {
        let proof = serde_json::json!({
            "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
            "proofPurpose": "assertionMethod", "expires": "2026-01-01T00:00:00Z",
            "verificationMethod": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
            "proofValue": "z1111"
        });
        let doc = serde_json::json!({"issuer": "did:key:z6Mk", "proof": proof});
        let checks = verify_document(&doc, &OfflineResolver::new(), now());
        assert_eq!(
            (checks[0].outcome, checks[0].message.as_str()),
            (Outcome::Failed, "check-signature-proof-expired")
        );
        let many =
            serde_json::json!({"issuer": "did:key:z6Mk", "proof": vec![proof; MAX_PROOFS + 1]});
        let checks = verify_document(&many, &OfflineResolver::new(), now());
        assert_eq!(checks.len(), 1);
        assert_eq!(checks[0].outcome, Outcome::Failed);
    }

    #[test]
    fn unknown_cryptosuite_is_unchecked_never_passed() {
        let doc = serde_json::json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "issuer": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
            "proof": {
                "type": "DataIntegrityProof", "cryptosuite": "eddsa-2099",
                "proofPurpose": "assertionMethod",
                "verificationMethod": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                "proofValue": "z1111"
            }
        });
        let checks = verify_document(&doc, &OfflineResolver::new(), now());
        assert_eq!(checks[0].outcome, Outcome::Unchecked);
        assert_eq!(checks[0].message, "check-signature-suite-unsupported");
        assert_eq!(checks[1].outcome, Outcome::Unchecked, "no key, no binding");
    }

    #[test]
    fn did_web_method_is_unchecked_and_needs_the_network() {
        let doc = serde_json::json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "issuer": "did:web:example.org",
            "proof": {
                "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
                "proofPurpose": "assertionMethod",
                "verificationMethod": "did:web:example.org#key-1",
                "proofValue": "z5vgFc9rFtZqVxQ2GYdmgtxc4bYxzgYtRuxMHr1XxYu9L8Pq4cw7VZ3JZX7xxhJ6L3cb6eTNiR7NB2gkSiqjy5h8k"
            }
        });
        let checks = verify_document(&doc, &OfflineResolver::new(), now());
        assert_eq!(checks[0].outcome, Outcome::Unchecked);
        assert_eq!(checks[0].message, "check-signature-needs-network");
    }

    #[test]
    fn a_missing_proof_fails() {
        let doc = serde_json::json!({"issuer": "did:key:z6Mk"});
        let checks = verify_document(&doc, &OfflineResolver::new(), now());
        assert_eq!(checks[0].message, "check-signature-missing");
        assert_eq!(checks[0].outcome, Outcome::Failed);
    }

    #[test]
    fn chained_proof_names_a_missing_proof() {
        let unsecured = Map::new();
        let mut proof = Map::new();
        proof.insert("previousProof".into(), "urn:x".into());
        assert!(chained_document(&unsecured, &proof, &[]).is_none());
    }
}
