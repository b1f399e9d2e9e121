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
pub mod jose;
pub mod jsonld;
pub mod keys;
pub mod rdf;
pub mod suites;
mod verdict;

pub use keys::{DocumentKeys, KeyError, KeyResolver, OfflineResolver, PublicKey, ResolvedKey};
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
            return Verdict::new(
                jose::verify_vc_jwt(jws, &parsed.credential, resolver, at),
                at,
            );
        }
        (Format::Ob3Jwt, None) => vec![Check::failed(
            CheckName::Signature,
            "check-signature-malformed",
        )],
        (Format::Ob3Ldp | Format::Clr2, None) => {
            suites::verify_document(&parsed.document, resolver, at)
        }
        (Format::Ob2Signed, jws) => ob2_signed(jws.as_ref(), resolver),
        (Format::Ob2Hosted, _) => vec![Check::unchecked(
            CheckName::Hosted,
            "check-hosted-needs-network",
        )],
        (Format::EuropassEdc, _) => vec![Check::unchecked(
            CheckName::Signature,
            "check-signature-jades-not-supported-yet",
        )],
    };
    checks.extend(verdict::validity_checks(&parsed.credential, at));
    Verdict::new(checks, at)
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
    let issuer = match issuer {
        Some(issuer) => binding::issuer_check(issuer, &key.controller),
        // The BadgeClass is only linked: its issuer is known once it is fetched.
        None => Check::unchecked(CheckName::Issuer, "check-issuer-needs-network")
            .with_arg("issuer", "")
            .with_arg("controller", &key.controller),
    };
    vec![signature, issuer]
}
