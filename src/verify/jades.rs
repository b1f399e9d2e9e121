//! The JAdES seal of a Europass European Digital Credential, checked offline with the key of
//! the certificate it carries (`x5c[0]`).
//!
//! The signature is checked over `protected "." payload` (`b64: false`), with the JOSE
//! algorithm allowlist of `jose`; a `x5t#S256` thumbprint, when present, must be the
//! certificate's. Whether that certificate belongs to a real, qualified sealing authority is a
//! question for the EU trusted lists and certificate chains, which this build does not consult:
//! the `issuer` check stays `unchecked`, so a seal that verifies gives `verified: null`, amber.

use super::jose::{signature_failure, verify_jws};
use super::keys::{self, PublicKey};
use super::verdict::{Check, CheckName};
use crate::import::europass::Jades;
use crate::import::jws::CompactJws;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The method name shown for a certificate key.
const METHOD: &str = "x5c";

/// One DER element.
struct Der<'a> {
    tag: u8,
    /// Its content.
    content: &'a [u8],
    /// The whole element, header included.
    whole: &'a [u8],
    /// What follows it.
    rest: &'a [u8],
}

/// The first DER element of `input` (definite lengths up to 4 bytes).
fn tlv(input: &[u8]) -> Option<Der<'_>> {
    let tag = *input.first()?;
    let first = *input.get(1)?;
    let (len, header) = if first < 0x80 {
        (usize::from(first), 2)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 {
            return None;
        }
        let mut len = 0usize;
        for b in input.get(2..2 + n)? {
            len = (len << 8) | usize::from(*b);
        }
        (len, 2 + n)
    };
    let end = header.checked_add(len)?;
    Some(Der {
        tag,
        content: input.get(header..end)?,
        whole: input.get(..end)?,
        rest: input.get(end..)?,
    })
}

/// The `subjectPublicKeyInfo` element of an X.509 certificate.
fn spki(cert: &[u8]) -> Option<&[u8]> {
    let certificate = seq(cert)?.content;
    let mut tbs = seq(certificate)?.content;
    if tbs.first() == Some(&0xa0) {
        tbs = tlv(tbs)?.rest; // [0] version
    }
    // serialNumber, signature, issuer, validity, subject
    for _ in 0..5 {
        tbs = tlv(tbs)?.rest;
    }
    Some(seq(tbs)?.whole)
}

/// The first element of `input` when it has `tag`.
fn expect(input: &[u8], tag: u8) -> Option<Der<'_>> {
    tlv(input).filter(|d| d.tag == tag)
}

/// The first element of `input` when it is a SEQUENCE.
fn seq(input: &[u8]) -> Option<Der<'_>> {
    expect(input, 0x30)
}

const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_EC: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];

/// The public key of a certificate: RSA (at least 2048 bits) or P-256.
fn certificate_key(cert: &[u8]) -> Option<PublicKey> {
    let spki = spki(cert)?;
    let algorithm = seq(seq(spki)?.content)?;
    let oid = expect(algorithm.content, 0x06)?;
    if oid.content == OID_RSA {
        return keys::from_spki_der(spki).ok();
    }
    let curve = expect(oid.rest, 0x06)?.content;
    let bits = expect(algorithm.rest, 0x03)?.content;
    let oid = oid.content;
    if oid != OID_EC || curve != OID_P256 || bits.first() != Some(&0) {
        return None;
    }
    p256::ecdsa::VerifyingKey::from_sec1_bytes(&bits[1..])
        .ok()
        .map(PublicKey::P256)
}

/// The `signature` and `issuer` checks of a JAdES seal.
pub(crate) fn verify_seal(seal: &Jades) -> Vec<Check> {
    let malformed = || {
        Check::failed(CheckName::Signature, "check-signature-malformed").with_arg("method", METHOD)
    };
    let cert = seal
        .header
        .get("x5c")
        .and_then(Value::as_array)
        .and_then(|c| c.first())
        .and_then(Value::as_str)
        .and_then(|c| STANDARD.decode(c).ok());
    let Some(cert) = cert else {
        return vec![malformed()];
    };
    if let Some(thumb) = seal.header.get("x5t#S256").and_then(Value::as_str) {
        if URL_SAFE_NO_PAD.encode(Sha256::digest(&cert)) != thumb.trim_end_matches('=') {
            return vec![malformed()];
        }
    }
    let Some(key) = certificate_key(&cert) else {
        return vec![
            Check::unchecked(CheckName::Signature, "check-signature-key-unsupported")
                .with_arg("method", METHOD),
        ];
    };
    let jws = CompactJws {
        header: seal.header.clone(),
        payload: seal.payload.as_bytes().to_vec(),
        signature: seal.signature.clone(),
        signing_input: format!("{}.{}", seal.protected, seal.payload),
    };
    let signature = match verify_jws(&jws, &key) {
        Ok(()) => {
            Check::passed(CheckName::Signature, "check-signature-valid").with_arg("method", METHOD)
        }
        Err(e) => signature_failure(&e, METHOD),
    };
    vec![
        signature,
        Check::unchecked(CheckName::Issuer, "check-issuer-certificate-unchecked"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_lengths_are_bounded() {
        assert!(tlv(&[0x30, 0x85, 1, 1, 1, 1, 1]).is_none());
        assert!(tlv(&[0x30, 0x03, 1]).is_none());
        assert_eq!(
            tlv(&[0x02, 0x01, 7, 9]).map(|t| t.content),
            Some(&[7u8][..])
        );
        assert!(spki(&[0x30, 0x00]).is_none());
    }
}
