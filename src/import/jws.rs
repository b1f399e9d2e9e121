//! Compact JWS (RFC 7515) splitting and decoding, shared by OB 2.0 signed assertions and VC-JWT.
//!
//! Only decoding happens here; signature checks are in `verify`, which uses
//! [`CompactJws::signing_input`] and [`CompactJws::signature`].

use crate::{Error, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

/// A decoded compact JWS.
#[derive(Debug, Clone, PartialEq)]
pub struct CompactJws {
    /// The protected header as JSON.
    pub header: Value,
    /// The payload bytes (base64url-decoded).
    pub payload: Vec<u8>,
    /// The signature bytes.
    pub signature: Vec<u8>,
    /// `BASE64URL(header) "." BASE64URL(payload)`: the bytes that were signed.
    pub signing_input: String,
}

impl CompactJws {
    /// The compact serialisation, byte for byte as it arrived: the signing input is kept as
    /// written and the signature re-encodes identically, because decoding refused any
    /// non-canonical base64url. The store uses this for credentials nested in a bundle.
    pub fn compact(&self) -> String {
        format!(
            "{}.{}",
            self.signing_input,
            URL_SAFE_NO_PAD.encode(&self.signature)
        )
    }
}

/// True when the text is meant as a compact JWS, even a damaged one: it starts like a JOSE
/// header (`eyJ`, i.e. `{"`) and holds only base64url characters and dots. Sniffing uses this
/// so a truncated JWS is reported as `jws-malformed`, not as "not JSON".
pub fn looks_like_jws_text(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("eyJ")
        && t.contains('.')
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// True when the text looks like a compact JWS: three base64url parts separated by dots.
pub fn looks_like_compact_jws(text: &str) -> bool {
    let parts: Vec<&str> = text.trim().split('.').collect();
    parts.len() == 3
        && parts[0].starts_with("ey")
        && parts.iter().all(|p| {
            p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// Decodes a compact JWS; the header must be a JSON object.
pub fn decode(text: &str) -> Result<CompactJws> {
    let text = text.trim();
    let malformed = |detail: &str| Error::JwsMalformed {
        detail: detail.to_string(),
    };
    let mut parts = text.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed("expected three parts separated by dots"));
    };
    let header_bytes = URL_SAFE_NO_PAD
        .decode(h)
        .map_err(|_| malformed("header is not base64url"))?;
    let header: Value =
        serde_json::from_slice(&header_bytes).map_err(|_| malformed("header is not JSON"))?;
    if !header.is_object() {
        return Err(malformed("header is not a JSON object"));
    }
    let payload = URL_SAFE_NO_PAD
        .decode(p)
        .map_err(|_| malformed("payload is not base64url"))?;
    // An unsigned JWS (`alg: none`, empty signature) is no proof of anything: refuse it here.
    if s.is_empty() {
        return Err(malformed("the signature is missing"));
    }
    let signature = URL_SAFE_NO_PAD
        .decode(s)
        .map_err(|_| malformed("signature is not base64url"))?;
    Ok(CompactJws {
        header,
        payload,
        signature,
        signing_input: format!("{h}.{p}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 8037 Appendix A.4: "Example of Ed25519 signing".
    const RFC8037: &str = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    #[test]
    fn decodes_the_rfc8037_example() {
        let jws = decode(RFC8037).expect("decodes");
        assert_eq!(jws.header["alg"], "EdDSA");
        assert_eq!(jws.payload, b"Example of Ed25519 signing");
        assert_eq!(jws.signature.len(), 64);
        assert_eq!(jws.compact(), RFC8037);
        assert!(looks_like_compact_jws(RFC8037));
    }

    #[test]
    fn truncated_jws_is_malformed() {
        for bad in [
            "eyJhbGciOiJFZERTQSJ9.abc",
            "eyJhbGciOiJFZERTQSJ9..",
            "a.b.c.d",
            "e30.e30.%%",
        ] {
            assert_eq!(decode(bad).unwrap_err().code(), "jws-malformed", "{bad}");
        }
    }
}
