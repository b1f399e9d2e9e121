//! Offline verification: turns a credential into a [`Verdict`] of per-check outcomes.
//!
//! Nothing here reads a clock, the network or a random source: the time of the check and the
//! [`KeyResolver`] are passed in. A bad credential is a verdict, never an error. What cannot be
//! decided offline (a `did:web` key, a hosted assertion) is `unchecked` with a message saying it
//! needs the network; it never passes.
//!
//! Per format: OB 3.0 / CLR 2.0 JSON-LD → Data Integrity ([`suites`]); VC-JWT → [`jose`];
//! OB 2.0 signed → RS256 JWS with the key from a document the resolver holds; OB 2.0 hosted →
//! `hosted` unchecked; Europass EDC → `signature` unchecked (JAdES comes later).

pub mod batch;
mod binding;
pub mod bulk;
pub mod canon;
mod jades;
pub mod jose;
pub mod jsonld;
pub mod keys;
pub mod rdf;
pub mod suites;
mod verdict;

pub use keys::{CachedResolver, DocumentSource};
pub use keys::{DocumentKeys, KeyError, KeyResolver, OfflineResolver, PublicKey, ResolvedKey};
pub use verdict::parse_date;
pub use verdict::{Check, CheckName, Outcome, Trust, Verdict};

use crate::import::jws::CompactJws;
use crate::import::Parsed;
use crate::model::Format;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::sync::OnceLock;

/// The process-wide default resolver (`did:key`, `did:jwk`), so its decoded-key cache is shared
/// by every verification that does not bring its own.
fn default_resolver() -> &'static OfflineResolver {
    static RESOLVER: OnceLock<OfflineResolver> = OnceLock::new();
    RESOLVER.get_or_init(OfflineResolver::new)
}

/// Verifies a parsed credential at time `at`, resolving keys offline (`did:key`, `did:jwk`).
pub fn verify(parsed: &Parsed, at: DateTime<Utc>) -> Verdict {
    verify_with(parsed, at, default_resolver())
}

/// Verifies a parsed credential at time `at`, resolving verification methods with `resolver`.
pub fn verify_with(parsed: &Parsed, at: DateTime<Utc>, resolver: &dyn KeyResolver) -> Verdict {
    let mut checks = match (parsed.format, &parsed.jws) {
        (Format::Ob3Jwt | Format::Ob3Ldp | Format::Clr2, Some(jws)) => {
            // VC-JWT: the dates come from the signed payload and the JWT claims together.
            jose::verify_vc_jwt(jws, &parsed.credential, resolver, at)
        }
        (format, jws) => {
            let mut checks = match (format, jws) {
                (Format::Ob3Jwt, _) => vec![Check::failed(
                    CheckName::Signature,
                    "check-signature-malformed",
                )],
                (Format::Ob3Ldp | Format::Clr2, _) => {
                    suites::verify_document(&parsed.document, resolver, at)
                }
                (Format::Ob2Signed, jws) => ob2_signed(jws.as_ref(), resolver),
                (Format::Ob2Hosted, _) => vec![Check::unchecked(
                    CheckName::Hosted,
                    "check-hosted-needs-network",
                )],
                (Format::EuropassEdc, _) => match &parsed.jades {
                    Some(seal) => jades::verify_seal(seal),
                    None => vec![Check::unchecked(
                        CheckName::Signature,
                        "check-signature-jades-not-supported-yet",
                    )],
                },
            };
            checks.extend(verdict::validity_checks(&parsed.credential, at));
            checks
        }
    };
    checks.extend(nested_checks(&parsed.nested, at, resolver));
    Verdict::new(checks, at)
}

/// The `nested` checks of a bundle (CLR 2.0): each nested credential is verified on its own. One
/// passed check when all of them verified; otherwise a failed check for each that did not verify
/// and an unchecked one for each that could not be checked, naming it by position and name. A
/// bundle's own signature vouches for the bundle, not for the issuers of what it carries.
fn nested_checks(nested: &[Parsed], at: DateTime<Utc>, resolver: &dyn KeyResolver) -> Vec<Check> {
    if nested.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, inner) in nested.iter().enumerate() {
        let verdict = verify_with(inner, at, resolver);
        let (outcome, message) = match verdict.verified {
            Some(true) => continue,
            Some(false) => (Outcome::Failed, "check-nested-failed"),
            None => (Outcome::Unchecked, "check-nested-unchecked"),
        };
        // The first decisive problem, so the message can say why.
        let reason = verdict
            .checks
            .iter()
            .find(|c| c.outcome == outcome)
            .map(|c| c.message.clone())
            .unwrap_or_default();
        out.push(
            Check {
                check: CheckName::Nested,
                outcome,
                message: message.to_owned(),
                args: Default::default(),
            }
            .with_arg("position", (i + 1).to_string())
            .with_arg("name", inner.credential.display_name())
            .with_arg("reason", reason),
        );
    }
    if out.is_empty() {
        out.push(
            Check::passed(CheckName::Nested, "check-nested-verified")
                .with_arg("count", nested.len().to_string()),
        );
    }
    out
}

/// An OB 2.0 signed assertion: a JWS whose payload names its key in `verification.creator` (a URL of a
/// `CryptographicKey` document, whose `owner` is the issuer profile).
fn ob2_signed(jws: Option<&CompactJws>, resolver: &dyn KeyResolver) -> Vec<Check> {
    let Some(jws) = jws else {
        return vec![Check::failed(
            CheckName::Signature,
            "check-signature-malformed",
        )];
    };
    let payload: Value = serde_json::from_slice(&jws.payload).unwrap_or(Value::Null);
    // OB 2.0 says `verification`; OB 1.1 assertions said `verify`.
    let creator = payload
        .pointer("/verification/creator")
        .or_else(|| payload.pointer("/verify/creator"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let issuer = payload
        .get("badge")
        .and_then(|b| b.get("issuer"))
        .and_then(|i| i.as_str().or_else(|| i.get("id").and_then(Value::as_str)));
    let issuer_value = payload.get("badge").and_then(|b| b.get("issuer"));
    if creator.is_empty() {
        return vec![
            Check::failed(CheckName::Signature, "check-signature-no-key"),
            Check::unchecked(CheckName::Issuer, "check-issuer-no-key")
                .with_arg("issuer", issuer.unwrap_or_default()),
        ];
    }
    let key = match resolver.resolve(creator) {
        Ok(k) => k,
        Err(e) => {
            return vec![
                jose::key_failure(&e, creator),
                Check::unchecked(CheckName::Issuer, "check-issuer-no-key")
                    .with_arg("issuer", issuer.unwrap_or_default()),
            ]
        }
    };
    let signature = match jose::verify_jws(jws, &key.key) {
        Ok(()) => {
            Check::passed(CheckName::Signature, "check-signature-valid").with_arg("method", creator)
        }
        Err(e) => jose::signature_failure(&e, creator),
    };
    vec![signature, ob2_issuer(issuer_value, &key.controller)]
}

/// The `issuer` check of an OB 2.0 signed assertion whose key is owned by `controller`. Only an
/// issuer Profile embedded in an embedded BadgeClass can be compared offline. A linked BadgeClass
/// or a linked Profile is a document the issuer hosts, and OB 2.0 ties a key to its issuer both
/// ways (the key's `owner`, the profile's `publicKey`): what the profile says is known only once
/// it is fetched, so the check stays `unchecked` rather than passing on the key's word alone.
fn ob2_issuer(issuer: Option<&Value>, controller: &str) -> Check {
    match issuer {
        Some(Value::Object(profile)) => match profile.get("id").and_then(Value::as_str) {
            Some(id) => binding::issuer_check(id, controller),
            None => Check::failed(CheckName::Issuer, "check-issuer-missing"),
        },
        Some(Value::String(url)) => {
            Check::unchecked(CheckName::Issuer, "check-issuer-needs-network")
                .with_arg("issuer", url.as_str())
                .with_arg("controller", controller)
        }
        // The BadgeClass is only linked: its issuer is known once it is fetched.
        _ => Check::unchecked(CheckName::Issuer, "check-issuer-needs-network")
            .with_arg("issuer", "")
            .with_arg("controller", controller),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ob2_issuer_is_checked_only_when_embedded() {
        let owner = "https://issuer.example.org/profile";
        let embedded = json!({"id": owner, "type": "Profile", "name": "Issuer"});
        assert_eq!(ob2_issuer(Some(&embedded), owner).outcome, Outcome::Passed);
        // Linked profile, even with the key's owner naming it: unchecked, never passed.
        let linked = json!(owner);
        let check = ob2_issuer(Some(&linked), owner);
        assert_eq!(
            (check.outcome, check.message.as_str()),
            (Outcome::Unchecked, "check-issuer-needs-network")
        );
        assert_eq!(check.args["issuer"], owner);
        // Linked BadgeClass: no issuer in the assertion at all.
        assert_eq!(ob2_issuer(None, owner).outcome, Outcome::Unchecked);
        let other = json!({"id": "https://elsewhere.example.org/p"});
        assert_ne!(ob2_issuer(Some(&other), owner).outcome, Outcome::Passed);
        let anonymous = json!({"name": "No id"});
        assert_eq!(ob2_issuer(Some(&anonymous), owner).outcome, Outcome::Failed);
    }
}
