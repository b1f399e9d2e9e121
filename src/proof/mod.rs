//! Shareable proofs (design and measurements: the research note `qr-proofs.md`): QR codes that
//! carry a credential exactly as its issuer signed it, so anyone can verify it offline, plus small
//! signed proof cards and optional link codes.
//!
//! - (A) full-credential codes: the signed bytes, zlib with the versioned preset dictionary
//!   ([`deflate::OB3_VOCAB_V1`]), Base45, `LW1:` or chunked `LWC1:i/n/SET:` ([`codes`]). Decoded
//!   codes are verified by the ordinary engine ([`crate::verify`]).
//! - (B) proof cards: COSE_Sign1 / Ed25519 over a small CBOR claim set ([`card`]); verified only
//!   when the signer is trusted ([`card::CardTrust`]), else shown as a summary.
//! - (C) link codes: the credential's own hosted address, only on request ([`link_code`]).
//!
//! Files: `.txt` (one code per line), `.png`/`.jpg` (every QR code found, [`scan`]), `.pdf`
//! (pages rendered, then scanned). Guarantees: strict decoding everywhere (see [`codes`] and
//! [`deflate`]); nothing taken from a scan is ever fetched; no clock inside — the time of the
//! check is passed in.

pub mod base45;
pub mod card;
mod cbor;
pub mod cli;
pub mod codes;
pub mod deflate;
mod error;
pub mod fuzz;
pub mod render;
pub mod scan;
pub mod share;

pub use card::{CardReport, CardTrust, NobodyTrusted};
pub use codes::{Content, Decoded};
pub use error::ProofError;

use crate::import::{self, Parsed, Payload};
use crate::model::Format;
use crate::verify::{self, Verdict};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use std::path::Path;

/// The exact signed credential inside an original file: the JSON bytes as imported, the compact
/// JWS text of a VC-JWT or signed assertion, or what a baked PNG/SVG carries.
pub fn signed_bytes(original: &[u8]) -> Result<Vec<u8>> {
    let payload = if original.starts_with(import::baked_png::SIGNATURE) {
        import::unbake_png(original)?
    } else {
        let body = original.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(original);
        let start = body.trim_ascii_start();
        if start.starts_with(b"<") {
            import::unbake_svg(original)?
        } else {
            match std::str::from_utf8(start) {
                Ok(text) if import::jws::looks_like_jws_text(text) => {
                    Payload::Jws(text.trim().to_string())
                }
                _ => Payload::Json(original.to_vec()),
            }
        }
    };
    match payload {
        Payload::Json(bytes) => Ok(bytes),
        Payload::Jws(text) => Ok(text.into_bytes()),
        Payload::Url(url) => Err(Error::BakedUrlOnly { url }),
    }
}

/// The (A) code texts of one credential file: one code, or a chunk set of two or three.
pub fn credential_codes(original: &[u8]) -> Result<Vec<String>> {
    let signed = signed_bytes(original)?;
    Ok(codes::plan(&codes::credential_envelope(&signed))?)
}

/// A holder-signed proof card (B) for a credential, signed with `sign` (the wallet's holder
/// key, whose seed stays in the store) at time `now`.
pub fn holder_card(
    parsed: &Parsed,
    original: &[u8],
    holder_public: &[u8; 32],
    sign: &dyn Fn(&[u8]) -> Result<[u8; 64]>,
    now: DateTime<Utc>,
) -> Result<String> {
    let c = &parsed.credential;
    // Dates as OB/VC write them: RFC 3339, or without offset (then UTC).
    let date = |d: &Option<String>| {
        let d = d.as_deref()?;
        DateTime::parse_from_rfc3339(d)
            .map(|t| t.timestamp())
            .or_else(|_| {
                chrono::NaiveDateTime::parse_from_str(d, "%Y-%m-%dT%H:%M:%S")
                    .map(|t| t.and_utc().timestamp())
            })
            .ok()
    };
    let claims = card::CardClaims {
        achievement: c.display_name().to_string(),
        skills: c.skills.clone(),
        holder_name: c.subject.name.clone(),
        issuer_name: Some(c.issuer_label().to_string()).filter(|s| !s.is_empty()),
        issued_at: now.timestamp(),
        not_before: date(&c.valid_from).or_else(|| date(&c.issued)),
        expires: date(&c.valid_until),
        credential_digest: card::credential_digest(&signed_bytes(original)?),
        role: card::Role::Holder,
    };
    let cose = card::sign(&claims, holder_public, sign)?;
    let text = format!(
        "{}{}",
        codes::WHOLE_PREFIX,
        base45::encode(&codes::card_envelope(&cose))
    );
    if text.len() > codes::MAX_CARD_CHARS {
        return Err(ProofError::TooLargeForCodes {
            bytes: cose.len(),
            codes: 1,
        }
        .into());
    }
    Ok(text)
}

/// The (C) link code of a credential: its hosted verification address, when it has one (a
/// hosted Open Badges 2.0 assertion, or a credential whose `id` is an https address).
pub fn link_code(parsed: &Parsed) -> Result<String> {
    let id = parsed.credential.credential_id.as_deref().unwrap_or("");
    let hosted = parsed.format == Format::Ob2Hosted || id.starts_with("https://");
    if hosted && (id.starts_with("https://") || id.starts_with("http://")) {
        Ok(id.to_string())
    } else {
        Err(ProofError::NoHostedUrl.into())
    }
}

/// One proof found in a file, verified.
#[derive(Debug)]
pub enum Found {
    /// A full credential (A), verified by the ordinary engine.
    Credential {
        /// The parsed credential.
        parsed: Box<Parsed>,
        /// Its verdict.
        verdict: Verdict,
        /// How many codes carried it.
        codes: usize,
    },
    /// A proof card (B).
    Card(Box<CardReport>),
    /// A link code (C): shown, never fetched.
    Link(String),
    /// A code or chunk set that could not be decoded, or a credential that could not be parsed.
    Failed(Error),
}

/// Decodes and verifies every proof in a list of code texts at time `at`.
pub fn verify_texts<S: AsRef<str>>(
    texts: &[S],
    at: DateTime<Utc>,
    trust: &dyn CardTrust,
) -> Vec<Found> {
    let (links, codes): (Vec<&str>, Vec<&str>) = texts
        .iter()
        .map(AsRef::as_ref)
        .partition(|t| t.starts_with("https://") || t.starts_with("http://"));
    let mut found: Vec<Found> = codes::assemble(&codes)
        .into_iter()
        .map(|r| match r {
            Err(e) => Found::Failed(e.into()),
            Ok(decoded) => verify_decoded(decoded, at, trust),
        })
        .collect();
    found.extend(links.into_iter().map(|l| Found::Link(l.to_string())));
    found
}

fn verify_decoded(decoded: Decoded, at: DateTime<Utc>, trust: &dyn CardTrust) -> Found {
    match decoded.content {
        Content::Credential(bytes) => match import::parse(&bytes) {
            Ok(parsed) => {
                let verdict = verify::verify(&parsed, at);
                Found::Credential {
                    parsed: Box::new(parsed),
                    verdict,
                    codes: decoded.codes,
                }
            }
            Err(e) => Found::Failed(e),
        },
        Content::Card(bytes) => match card::verify(&bytes, at, trust) {
            Ok(report) => Found::Card(Box::new(report)),
            Err(e) => Found::Failed(e.into()),
        },
    }
}

/// The code texts in a proof file, by its extension: `.txt` (one per line, blank lines
/// ignored), `.png`/`.jpg`/`.jpeg`, `.pdf`.
pub fn read_codes(path: &Path, bytes: &[u8]) -> Result<Vec<String>> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let texts = match ext.as_str() {
        "txt" => {
            let text = std::str::from_utf8(bytes).map_err(|_| ProofError::UnknownPrefix)?;
            // A byte-order mark from a Windows editor is not part of the first code.
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            // Only line ends are stripped: a space is a Base45 character.
            text.lines()
                .map(|l| l.trim_end_matches('\r'))
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect()
        }
        "png" | "jpg" | "jpeg" => scan::texts_in_image(bytes)?,
        "pdf" => scan::texts_in_pdf(bytes)?,
        _ => return Err(ProofError::FileType { ext }.into()),
    };
    if texts.is_empty() {
        return Err(ProofError::NoCodes.into());
    }
    Ok(texts)
}

/// For `erkend verify`: the first full credential in a proof file (code text, or an image or PDF
/// of codes), verified at `at`. `None` when the file holds no proof code, so the caller keeps
/// its own error; `Some(Err)` when it holds codes that cannot be decoded.
pub fn credential_in_proof(
    path: &Path,
    bytes: &[u8],
    at: DateTime<Utc>,
) -> Option<Result<(Parsed, Verdict)>> {
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let is_text = text.starts_with(codes::WHOLE_PREFIX.as_bytes())
        || text.starts_with(codes::CHUNK_PREFIX.as_bytes());
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let texts = if is_text {
        read_codes(Path::new("codes.txt"), bytes).ok()?
    } else if matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "pdf") {
        read_codes(path, bytes).ok()?
    } else {
        return None;
    };
    let mut first_error = None;
    for found in verify_texts(&texts, at, &NobodyTrusted) {
        match found {
            Found::Credential {
                parsed, verdict, ..
            } => return Some(Ok((*parsed, verdict))),
            Found::Failed(e) => {
                first_error.get_or_insert(e);
            }
            Found::Card(_) | Found::Link(_) => {}
        }
    }
    first_error.map(Err)
}

/// Reads a proof file and verifies every proof in it at time `at`.
pub fn verify_file(path: &Path, at: DateTime<Utc>, trust: &dyn CardTrust) -> Result<Vec<Found>> {
    let bytes = crate::wallet::read_input(path)?;
    let texts = read_codes(path, &bytes)?;
    Ok(verify_texts(&texts, at, trust))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_keep_spaces_and_drop_line_ends_marks_and_blank_lines() {
        let bytes = "\u{feff}LW1:A B\r\n\r\n  \nLWC1:1/2/ABCD:X \n".as_bytes();
        let codes = read_codes(Path::new("p.TXT"), bytes).expect("codes");
        assert_eq!(codes, ["LW1:A B", "LWC1:1/2/ABCD:X "]);
        let none = read_codes(Path::new("p.txt"), b"\n\n").map_err(|e| e.code());
        assert_eq!(none, Err("proof-no-codes"));
        let gif = read_codes(Path::new("p.gif"), b"GIF89a").map_err(|e| e.code());
        assert_eq!(gif, Err("proof-file-type"));
    }

    #[test]
    fn link_codes_only_for_hosted_credentials() {
        let hosted = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/peers/py-ob2-baked/hosted-01.json"
        ))
        .expect("fixture");
        let parsed = import::parse(&hosted).expect("parses");
        assert!(link_code(&parsed).expect("link").starts_with("https://"));
        let ob3 = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/peers/js-eddsa-rdfc-2022/ob3-0001.json"
        ))
        .expect("fixture");
        let parsed = import::parse(&ob3).expect("parses");
        assert_eq!(
            link_code(&parsed).map_err(|e| e.code()),
            Err("proof-no-hosted-url")
        );
    }
}
