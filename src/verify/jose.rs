//! JOSE: compact JWS signatures (EdDSA, ES256, RS256) and VC-JWT credentials.
//!
//! The algorithm comes from an exact allowlist; `none`, the HMAC family and anything else are
//! refused before a key is even looked at. The key for a VC-JWT comes from the header `kid`
//! (resolved by the [`KeyResolver`] passed in), from a header `jwk` only when that key is the
//! issuer's own (`did:jwk` of the same key, or the `did:key` of the issuer), else from the issuer
//! DID itself. Signatures are checked over the exact signing input, never over re-encoded JSON.

use super::binding::issuer_check;
use super::keys::{self, KeyError, KeyResolver, PublicKey, ResolvedKey};
use super::verdict::{self, Check, CheckName};
use crate::import::jws::CompactJws;
use crate::model::Credential;
use chrono::{DateTime, Utc};
use serde_json::Value;

/// The accepted JWS algorithms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    /// Ed25519 (RFC 8037), checked with `verify_strict`.
    EdDSA,
    /// ECDSA P-256 with SHA-256, raw `r ‖ s` signature.
    ES256,
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    RS256,
}

impl Alg {
    /// The algorithm named by a JWS header, if it is on the allowlist. Exact, case-sensitive
    /// match: `none`, `HS256`, `eddsa` and every other name are refused.
    pub fn from_header(header: &Value) -> Option<Alg> {
        match header.get("alg").and_then(Value::as_str)? {
            "EdDSA" => Some(Alg::EdDSA),
            "ES256" => Some(Alg::ES256),
            "RS256" => Some(Alg::RS256),
            _ => None,
        }
    }
}

/// Why a signature did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// The algorithm is not on the allowlist.
    #[error("algorithm {0} is refused")]
    AlgRefused(String),
    /// The key's type does not fit the algorithm (an RSA key for EdDSA ...).
    #[error("a {key} key cannot check an {alg:?} signature")]
    KeyMismatch {
        /// The algorithm asked for.
        alg: Alg,
        /// The key type found.
        key: &'static str,
    },
    /// The signature bytes have the wrong length or encoding for the algorithm.
    #[error("the signature is malformed")]
    Malformed,
    /// The signature does not match the data and key.
    #[error("the signature does not match")]
    Mismatch,
}

/// Checks `signature` over `message` with `key` under `alg`.
pub fn verify_bytes(
    alg: Alg,
    key: &PublicKey,
    message: &[u8],
    signature: &[u8],
) -> Result<(), SignatureError> {
    match (alg, key) {
        (Alg::EdDSA, PublicKey::Ed25519(k)) => verify_ed25519(k, message, signature),
        (Alg::ES256, PublicKey::P256(k)) => {
            use p256::ecdsa::signature::Verifier;
            // JWS carries the fixed-size r ‖ s form (RFC 7518 §3.4), never DER.
            if signature.len() != 64 {
                return Err(SignatureError::Malformed);
            }
            let sig = p256::ecdsa::Signature::from_slice(signature)
                .map_err(|_| SignatureError::Malformed)?;
            k.verify(message, &sig)
                .map_err(|_| SignatureError::Mismatch)
        }
        (Alg::RS256, PublicKey::Rsa(k)) => {
            use rsa::traits::PublicKeyParts;
            use sha2::Digest;
            if signature.len() != k.size() {
                return Err(SignatureError::Malformed);
            }
            // Verifies against the shared key in place: no per-signature copy of the modulus.
            let digest = sha2::Sha256::digest(message);
            k.verify(rsa::Pkcs1v15Sign::new::<sha2::Sha256>(), &digest, signature)
                .map_err(|_| SignatureError::Mismatch)
        }
        (alg, key) => Err(SignatureError::KeyMismatch {
            alg,
            key: key.kind(),
        }),
    }
}

/// Ed25519 with `verify_strict`: rejects non-canonical `S`, small-order keys and the other
/// malleable forms that plain `verify` lets through.
pub fn verify_ed25519(
    key: &ed25519_dalek::VerifyingKey,
    message: &[u8],
    signature: &[u8],
) -> Result<(), SignatureError> {
    let bytes: &[u8; 64] = signature
        .try_into()
        .map_err(|_| SignatureError::Malformed)?;
    // In bulk work the check may be deferred to a batch that confirms it (verify::batch).
    if super::batch::try_defer(key, message, bytes) {
        return Ok(());
    }
    let sig = ed25519_dalek::Signature::from_bytes(bytes);
    key.verify_strict(message, &sig)
        .map_err(|_| SignatureError::Mismatch)
}

/// Checks a compact JWS with a known key (after the allowlist).
pub fn verify_jws(jws: &CompactJws, key: &PublicKey) -> Result<(), SignatureError> {
    let alg = Alg::from_header(&jws.header).ok_or_else(|| {
        SignatureError::AlgRefused(
            jws.header
                .get("alg")
                .map(|a| a.as_str().map_or_else(|| a.to_string(), str::to_string))
                .unwrap_or_else(|| "(none given)".into()),
        )
    })?;
    verify_bytes(alg, key, jws.signing_input.as_bytes(), &jws.signature)
}

/// The `signature` check for a signature error.
pub(crate) fn signature_failure(err: &SignatureError, method: &str) -> Check {
    match err {
        SignatureError::AlgRefused(alg) => {
            Check::failed(CheckName::Signature, "check-signature-alg-refused").with_arg("alg", alg)
        }
        SignatureError::KeyMismatch { .. } | SignatureError::Malformed => {
            Check::failed(CheckName::Signature, "check-signature-malformed")
                .with_arg("method", method)
        }
        SignatureError::Mismatch => Check::failed(CheckName::Signature, "check-signature-invalid")
            .with_arg("method", method),
    }
}

/// The `signature` check for a key that could not be had.
pub(crate) fn key_failure(err: &KeyError, method: &str) -> Check {
    match err {
        KeyError::NeedsNetwork(_) => {
            Check::unchecked(CheckName::Signature, "check-signature-needs-network")
                .with_arg("method", method)
        }
        KeyError::Unsupported(_) => {
            Check::unchecked(CheckName::Signature, "check-signature-key-unsupported")
                .with_arg("method", method)
        }
        KeyError::Malformed(_) => Check::failed(CheckName::Signature, "check-signature-malformed")
            .with_arg("method", method),
    }
}

/// The credential inside a VC-JWT payload: the `vc` claim (VC 1.1 style) or the payload itself
/// (VC 2.0 / OB 3.0 style).
pub fn credential_of(payload: &Value) -> &Value {
    match payload.get("vc") {
        Some(vc) if vc.is_object() => vc,
        _ => payload,
    }
}

/// The issuer id of a credential document: `issuer` as a string or `issuer.id`.
pub fn issuer_id(credential: &Value) -> Option<&str> {
    let issuer = credential.get("issuer")?;
    issuer
        .as_str()
        .or_else(|| issuer.get("id").and_then(Value::as_str))
}

/// Verifies a VC-JWT: signature, issuer binding, JWT `iss` / `exp` / `nbf` together with the
/// credential's own validity dates from `credential`.
pub(crate) fn verify_vc_jwt(
    jws: &CompactJws,
    credential: &Credential,
    resolver: &dyn KeyResolver,
    at: DateTime<Utc>,
) -> Vec<Check> {
    let mut checks = Vec::with_capacity(4);
    let payload: Value = match serde_json::from_slice(&jws.payload) {
        Ok(Value::Object(map)) => Value::Object(map),
        _ => {
            checks.push(Check::failed(
                CheckName::Signature,
                "check-signature-malformed",
            ));
            return checks;
        }
    };
    let vc = credential_of(&payload);
    let vc_issuer = issuer_id(vc);
    let iss = payload.get("iss").and_then(Value::as_str);
    let issuer = vc_issuer.or(iss);

    let (signature, key) = jwt_signature(jws, issuer, resolver);
    checks.push(signature);
    checks.push(match (vc_issuer, iss, issuer) {
        // The JWT claim and the credential must name the same issuer: otherwise a key bound to
        // one could vouch for a credential that shows the other.
        (Some(a), Some(b), _) if a != b => {
            Check::failed(CheckName::Issuer, "check-issuer-jwt-iss-mismatch")
                .with_arg("issuer", a)
                .with_arg("iss", b)
        }
        (_, _, Some(issuer)) => match &key {
            Some(k) => issuer_check(issuer, &k.controller),
            None => Check::unchecked(CheckName::Issuer, "check-issuer-no-key")
                .with_arg("issuer", issuer),
        },
        _ => Check::failed(CheckName::Issuer, "check-issuer-missing"),
    });
    checks.extend(jwt_validity(&payload, credential, at));
    checks
}

/// The signature check of a VC-JWT and the key it was made with (when one was found).
fn jwt_signature(
    jws: &CompactJws,
    issuer: Option<&str>,
    resolver: &dyn KeyResolver,
) -> (Check, Option<ResolvedKey>) {
    // The allowlist comes first: no key lookup for a refused algorithm.
    if Alg::from_header(&jws.header).is_none() {
        let alg = jws.header.get("alg").and_then(Value::as_str).unwrap_or("");
        return (
            Check::failed(CheckName::Signature, "check-signature-alg-refused").with_arg("alg", alg),
            None,
        );
    }
    let kid = jws.header.get("kid").and_then(Value::as_str);
    let resolved = match (kid, jws.header.get("jwk"), issuer) {
        (Some(kid), _, issuer) => {
            // A relative kid (`#key-1`) names a method of the issuer's DID document.
            let method = match (kid.starts_with('#'), issuer) {
                (true, Some(iss)) => format!("{}{kid}", keys::did_of(iss)),
                _ => kid.to_string(),
            };
            resolver
                .resolve(&method)
                .map_err(|e| key_failure(&e, &method))
        }
        (None, Some(jwk), Some(issuer)) => header_jwk_key(jwk, issuer, resolver),
        (None, Some(_), None) => Err(Check::unchecked(
            CheckName::Signature,
            "check-signature-key-not-bound",
        )),
        (None, None, Some(issuer)) => resolver
            .resolve(issuer)
            .map_err(|e| key_failure(&e, issuer)),
        (None, None, None) => Err(Check::failed(
            CheckName::Signature,
            "check-signature-no-key",
        )),
    };
    match resolved {
        Err(check) => (check, None),
        Ok(key) => {
            let check = match verify_jws(jws, &key.key) {
                Ok(()) => Check::passed(CheckName::Signature, "check-signature-valid")
                    .with_arg("method", &key.id),
                Err(e) => signature_failure(&e, &key.id),
            };
            (check, Some(key))
        }
    }
}

/// The key for a JWS whose header carries a `jwk` and no `kid`. Such a key proves nothing by
/// itself (anyone can put their own key there), so it is used only through the issuer: when the
/// issuer's DID yields a key offline, that key is the one checked (a different header key then
/// fails the signature); when it does not, the signature is left unchecked.
fn header_jwk_key(
    jwk: &Value,
    issuer: &str,
    resolver: &dyn KeyResolver,
) -> Result<ResolvedKey, Check> {
    match resolver.resolve(issuer) {
        Ok(issuer_key) => Ok(issuer_key),
        Err(KeyError::Malformed(_)) => {
            Err(key_failure(&KeyError::Malformed(String::new()), issuer))
        }
        Err(_) => {
            // Still refuse a header key that does not even decode.
            match keys::from_jwk(jwk) {
                Ok(_) => Err(Check::unchecked(
                    CheckName::Signature,
                    "check-signature-key-not-bound",
                )
                .with_arg("issuer", issuer)),
                Err(e) => Err(key_failure(&e, "jwk")),
            }
        }
    }
}

/// `expiry` and `not-before` from the credential dates and the JWT `exp` / `nbf` claims: the
/// stricter of the two wins, so neither can extend the other.
fn jwt_validity(payload: &Value, credential: &Credential, at: DateTime<Utc>) -> Vec<Check> {
    let claim = |name: &str| {
        payload
            .get(name)
            .and_then(Value::as_i64)
            .and_then(|s| DateTime::<Utc>::from_timestamp(s, 0))
            .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    };
    let earlier = |a: Option<String>, b: Option<String>| match (a, b) {
        (Some(a), Some(b)) => Some(later_or_earlier(a, b, false)),
        (a, b) => a.or(b),
    };
    let later = |a: Option<String>, b: Option<String>| match (a, b) {
        (Some(a), Some(b)) => Some(later_or_earlier(a, b, true)),
        (a, b) => a.or(b),
    };
    let window = Credential {
        valid_until: earlier(credential.valid_until.clone(), claim("exp")),
        valid_from: later(credential.valid_from.clone(), claim("nbf")),
        ..Credential::default()
    };
    verdict::validity_checks(&window, at)
}

/// Of two dates as text, the later (or earlier); an unreadable one always wins so that it is
/// reported rather than hidden.
fn later_or_earlier(a: String, b: String, later: bool) -> String {
    match (verdict::parse_date(&a), verdict::parse_date(&b)) {
        (Some(da), Some(db)) => {
            if (da >= db) == later {
                a
            } else {
                b
            }
        }
        (None, _) => a,
        (_, None) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::jws::decode;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;

    // RFC 8037 Appendix A.4.
    const RFC8037: &str = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
    const RFC8037_X: &str = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

    fn rfc_key() -> PublicKey {
        keys::from_jwk(&serde_json::json!({"kty":"OKP","crv":"Ed25519","x":RFC8037_X}))
            .expect("key")
    }

    /// Re-encodes the JWS with another header, keeping payload and signature.
    fn with_header(jws: &str, header: &str) -> String {
        let mut parts = jws.split('.');
        let _ = parts.next();
        format!(
            "{}.{}.{}",
            URL_SAFE_NO_PAD.encode(header),
            parts.next().expect("payload"),
            parts.next().expect("sig")
        )
    }

    #[test]
    fn rfc8037_signature_verifies() {
        let jws = decode(RFC8037).expect("decodes");
        assert_eq!(verify_jws(&jws, &rfc_key()), Ok(()));
    }

    #[test]
    fn alg_none_and_hs256_are_refused() {
        for header in [
            r#"{"alg":"none"}"#,
            r#"{"alg":"HS256"}"#,
            r#"{"alg":"eddsa"}"#,
            "{}",
        ] {
            let jws = decode(&with_header(RFC8037, header)).expect("decodes");
            assert!(
                matches!(
                    verify_jws(&jws, &rfc_key()),
                    Err(SignatureError::AlgRefused(_))
                ),
                "{header}"
            );
        }
    }

    #[test]
    fn wrong_signature_length_is_malformed() {
        let mut jws = decode(RFC8037).expect("decodes");
        jws.signature.pop();
        assert_eq!(verify_jws(&jws, &rfc_key()), Err(SignatureError::Malformed));
        jws.signature.extend_from_slice(&[0, 0]);
        assert_eq!(verify_jws(&jws, &rfc_key()), Err(SignatureError::Malformed));
    }

    #[test]
    fn non_canonical_ed25519_signature_is_rejected_by_verify_strict() {
        // S + L (the group order) is the same signature to plain `verify` on some libraries;
        // verify_strict must refuse the non-canonical S.
        const L: [u8; 32] = [
            0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9,
            0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
        ];
        let mut jws = decode(RFC8037).expect("decodes");
        let mut carry = 0u16;
        for (i, l) in L.iter().enumerate() {
            let sum = u16::from(jws.signature[32 + i]) + u16::from(*l) + carry;
            jws.signature[32 + i] = sum as u8;
            carry = sum >> 8;
        }
        assert_ne!(verify_jws(&jws, &rfc_key()), Ok(()));
    }

    #[test]
    fn a_key_of_the_wrong_type_does_not_verify() {
        let jws = decode(&with_header(RFC8037, r#"{"alg":"ES256"}"#)).expect("decodes");
        assert!(matches!(
            verify_jws(&jws, &rfc_key()),
            Err(SignatureError::KeyMismatch { .. })
        ));
    }

    #[test]
    fn the_stricter_of_jwt_claims_and_credential_dates_wins() {
        let at = verdict::parse_date("2030-01-01T00:00:00Z").expect("date");
        let credential = Credential {
            valid_from: Some("2020-01-01T00:00:00Z".into()),
            valid_until: Some("2099-01-01T00:00:00Z".into()),
            ..Credential::default()
        };
        // exp 2025-01-01 ends validity before validUntil does; nbf 2031 starts it later.
        let payload = serde_json::json!({"exp": 1735689600, "nbf": 1924992000});
        let checks = jwt_validity(&payload, &credential, at);
        let outcomes: Vec<_> = checks.iter().map(|c| (c.check, c.outcome)).collect();
        assert_eq!(
            outcomes,
            [
                (CheckName::Expiry, crate::verify::Outcome::Failed),
                (CheckName::NotBefore, crate::verify::Outcome::Failed)
            ]
        );
        // Without claims the credential's own dates decide.
        let plain = jwt_validity(&serde_json::json!({}), &credential, at);
        assert!(plain
            .iter()
            .all(|c| c.outcome == crate::verify::Outcome::Passed));
    }

    #[test]
    fn payload_credential_is_vc_claim_or_whole_payload() {
        let v1 = serde_json::json!({"iss": "did:x", "vc": {"issuer": {"id": "did:y"}}});
        assert_eq!(issuer_id(credential_of(&v1)), Some("did:y"));
        let v2 = serde_json::json!({"iss": "did:x", "issuer": "did:x"});
        assert_eq!(issuer_id(credential_of(&v2)), Some("did:x"));
    }
}
