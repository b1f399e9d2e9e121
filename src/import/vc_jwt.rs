//! VC-JWT: a compact JWS whose payload is the credential itself (VC 2.0 / OB 3.0 style, with
//! `iss`, `nbf`, `jti`, `sub` beside it) or carries it in a `vc` claim (VC 1.1 style).
//!
//! Following the VC-JWT rules (VC Data Model 1.1, section 6.3.1), a registered claim stands for
//! the credential property it encodes when the credential leaves that property out: `iss` →
//! `issuer`, `nbf` → `issuanceDate`/`validFrom`, `exp` → `expirationDate`/`validUntil`, `jti` →
//! `id`, `sub` → `credentialSubject.id`. Properties the credential states win. Nothing is
//! checked here: a mismatch between the claims and the credential is the verifier's business.

use super::lenient::unix_to_rfc3339;
use super::ob3;
use crate::model::{Credential, Format};
use crate::Result;
use serde_json::{Map, Value};

/// The credential as the JWT means it: the `vc` claim (or the payload itself) with missing
/// properties filled from the registered claims.
pub fn credential_view(claims: &Value) -> Value {
    let mut vc = claims
        .get("vc")
        .filter(|v| v.is_object())
        .unwrap_or(claims)
        .clone();
    let Some(o) = vc.as_object_mut() else {
        return vc;
    };
    let v2 = ob3::contexts(&Value::Object(o.clone()))
        .iter()
        .any(|c| c == "https://www.w3.org/ns/credentials/v2");
    let claim = |k: &str| claims.get(k).filter(|v| !v.is_null());

    if let Some(iss) = claim("iss").and_then(Value::as_str) {
        match o.get_mut("issuer") {
            None => {
                o.insert("issuer".into(), Value::String(iss.into()));
            }
            Some(Value::Object(io)) if !io.contains_key("id") => {
                io.insert("id".into(), Value::String(iss.into()));
            }
            _ => {}
        }
    }
    let (from_key, until_key) = if v2 {
        ("validFrom", "validUntil")
    } else {
        ("issuanceDate", "expirationDate")
    };
    if !o.contains_key("validFrom") && !o.contains_key("issuanceDate") {
        if let Some(d) = claim("nbf")
            .and_then(Value::as_i64)
            .and_then(unix_to_rfc3339)
        {
            o.insert(from_key.into(), Value::String(d));
        }
    }
    if !o.contains_key("validUntil") && !o.contains_key("expirationDate") {
        if let Some(d) = claim("exp")
            .and_then(Value::as_i64)
            .and_then(unix_to_rfc3339)
        {
            o.insert(until_key.into(), Value::String(d));
        }
    }
    if !o.contains_key("id") {
        if let Some(jti) = claim("jti").and_then(Value::as_str) {
            o.insert("id".into(), Value::String(jti.into()));
        }
    }
    if let Some(sub) = claim("sub").and_then(Value::as_str) {
        let subject = o
            .entry("credentialSubject")
            .or_insert_with(|| Value::Object(Map::new()));
        let target = match subject {
            Value::Array(items) => items.first_mut(),
            other => Some(other),
        };
        if let Some(Value::Object(so)) = target {
            so.entry("id").or_insert_with(|| Value::String(sub.into()));
        }
    }
    vc
}

/// The model of a VC-JWT: `ob3-jwt`, or `clr2` for a CLR bundle.
pub fn parse(claims: &Value) -> Result<(Format, Credential)> {
    let view = credential_view(claims);
    let (format, credential) = ob3::parse(&view)?;
    Ok((
        match format {
            Format::Ob3Ldp => Format::Ob3Jwt,
            other => other,
        },
        credential,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn vc_claim_is_completed_from_registered_claims() {
        let claims = json!({
            "iss": "did:example:issuer", "nbf": 1262304000, "exp": 4102444799_i64,
            "jti": "urn:uuid:1", "sub": "did:example:learner",
            "vc": {"@context": ["https://www.w3.org/2018/credentials/v1"],
                   "type": ["VerifiableCredential", "OpenBadgeCredential"],
                   "credentialSubject": {"achievement": {"name": "Teamwork"}}}
        });
        let view = credential_view(&claims);
        assert_eq!(view["issuer"], "did:example:issuer");
        assert_eq!(view["issuanceDate"], "2010-01-01T00:00:00Z");
        assert_eq!(view["expirationDate"], "2099-12-31T23:59:59Z");
        assert_eq!(view["id"], "urn:uuid:1");
        assert_eq!(view["credentialSubject"]["id"], "did:example:learner");
        let (format, c) = parse(&claims).expect("parses");
        assert_eq!(format, Format::Ob3Jwt);
        assert_eq!(c.name, "Teamwork");
    }

    #[test]
    fn stated_properties_win_over_claims() {
        let claims = json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential"], "issuer": {"id": "did:a", "name": "A"},
            "validFrom": "2020-01-01T00:00:00Z", "iss": "did:b", "nbf": 0,
            "credentialSubject": {"id": "did:s"}, "sub": "did:other"
        });
        let view = credential_view(&claims);
        assert_eq!(view["issuer"]["id"], "did:a");
        assert_eq!(view["validFrom"], "2020-01-01T00:00:00Z");
        assert_eq!(view["credentialSubject"]["id"], "did:s");
    }
}
