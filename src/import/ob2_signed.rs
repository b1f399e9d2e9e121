//! Open Badges 2.0 signed assertions: a compact JWS (RS256) whose payload is the assertion.
//!
//! Only decoding happens here; `verify` checks the signature with the issuer's
//! `CryptographicKey` (`verification.creator`), which needs a key it can resolve offline.

use super::ob2;
use crate::model::{Credential, Format};
use crate::Result;
use serde_json::Value;

/// True when a JWS payload is an OB 2.0 (or untyped OB 1.0) assertion rather than a VC.
pub fn is_ob2_payload(payload: &Value) -> bool {
    ob2::is_assertion(payload)
}

/// The model of a signed assertion's payload; the format is always `ob2-signed`.
pub fn parse(payload: &Value) -> Result<(Format, Credential)> {
    ob2::parse(payload, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_jws_payload_is_signed_whatever_its_verification_says() {
        let p = json!({"type": "Assertion", "badge": "https://example.org/b.json",
                       "recipient": {"type": "email", "hashed": true, "identity": "sha256$00"},
                       "verification": {"type": "hosted"}});
        assert!(is_ob2_payload(&p));
        assert_eq!(parse(&p).expect("parses").0, Format::Ob2Signed);
    }
}
