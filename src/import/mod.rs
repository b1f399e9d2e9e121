//! Outside formats → the normalised [`Credential`](crate::model::Credential).
//!
//! Each format has its own file; this module sniffs the input (PNG signature, `<svg`/`<?xml`,
//! JWS text, JSON), enforces the limits that stop hostile files, and hands the bytes to the
//! right parser. Parsing never changes the bytes: the store keeps them exactly as given.
//!
//! Only what cannot be read is an error. A tampered, expired or wrongly signed credential
//! parses like any other; judging it is `verify`'s job.
//!
//! The same limits hold on every path: the file size ([`MAX_FILE_BYTES`]), the JSON depth of
//! every JSON text whatever container it came in ([`MAX_JSON_DEPTH`]), inflated text in images
//! ([`MAX_TEXT_BYTES`]), PNG chunks and dimensions, and the number of nested credentials
//! ([`MAX_NESTED`]).

pub mod baked_png;
pub mod baked_svg;
pub mod clr;
pub mod europass;
mod json;
pub mod jws;
mod lenient;
mod limits;
mod micro;
mod ob2;
mod ob2_signed;
mod ob3;
mod vc_jwt;

pub use limits::{
    check_size, MAX_FILE_BYTES, MAX_IMAGE_SIDE, MAX_JSON_DEPTH, MAX_NESTED, MAX_PNG_CHUNKS,
    MAX_TEXT_BYTES,
};

use crate::model::{Container, Credential, Format};
use crate::{Error, Result};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// A successfully parsed input: the model plus what the store and the verifier need.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// Detected format.
    pub format: Format,
    /// What it was wrapped in.
    pub container: Container,
    /// The normalised model.
    pub credential: Credential,
    /// The credential document as JSON (the payload for JWS, the extracted JSON for images,
    /// the parsed payload for a JAdES-sealed Europass credential).
    pub document: Value,
    /// The compact JWS the document came from, for JWS-secured formats (VC-JWT, OB 2.0 signed).
    pub jws: Option<jws::CompactJws>,
    /// The JAdES seal of a Europass credential (checked later by `verify`).
    pub jades: Option<europass::Jades>,
    /// Credentials nested inside this one (the achievements of a CLR bundle), in order. Each is
    /// parsed as if imported on its own, with its own content key.
    pub nested: Vec<Parsed>,
    /// Content key for duplicate detection: SHA-256 (hex) of the credential document in a
    /// canonical serialisation (sorted keys, no whitespace) for JSON payloads, or of the compact
    /// JWS text for JWS payloads. So the same credential is recognised whatever its container
    /// (JSON file, baked PNG, baked SVG) or whitespace.
    pub content_key: String,
}

/// What a container holds, before it is parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// JSON text.
    Json(Vec<u8>),
    /// A compact JWS.
    Jws(String),
    /// Only the web address of a hosted badge (OB 1.0/2.0 baking by reference).
    Url(String),
}

impl Payload {
    /// Classifies text found in an image: a JWS, a bare URL, or (anything else) JSON.
    pub fn from_text(text: String) -> Payload {
        let t = text.trim();
        if jws::looks_like_jws_text(t) {
            Payload::Jws(t.to_string())
        } else if (t.starts_with("https://") || t.starts_with("http://"))
            && !t.contains(char::is_whitespace)
        {
            Payload::Url(t.to_string())
        } else {
            Payload::Json(text.into_bytes())
        }
    }
}

/// Parses one input file's bytes.
pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    parse_keyed(bytes, Keys::Compute)
}

/// Parses one input file's bytes for verification only: exactly as [`parse`], except that
/// `content_key` (of this credential and every nested one) is left empty. The key is a second
/// canonical serialisation and hash of the whole document that only the store needs; skipping
/// it saves about a tenth of `erkend verify`'s time. Never store what this returns.
pub fn parse_for_verify(bytes: &[u8]) -> Result<Parsed> {
    parse_keyed(bytes, Keys::Skip)
}

/// Whether content keys are computed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keys {
    Compute,
    Skip,
}

fn parse_keyed(bytes: &[u8], keys: Keys) -> Result<Parsed> {
    limits::check_size(bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::EmptyFile);
    }
    let (payload, container) = sniff(bytes)?;
    let mut budget = Budget {
        left: limits::MAX_NESTED,
        keys,
    };
    from_payload(payload, container, &mut budget)
}

/// What one parse shares across its nesting levels.
struct Budget {
    /// Nested credentials still allowed.
    left: usize,
    keys: Keys,
}

impl Budget {
    fn json_key(&self, document: &Value) -> String {
        match self.keys {
            Keys::Compute => json_key(document),
            Keys::Skip => String::new(),
        }
    }

    fn jws_key(&self, text: &str) -> String {
        match self.keys {
            Keys::Compute => hex::encode(Sha256::digest(text.trim().as_bytes())),
            Keys::Skip => String::new(),
        }
    }
}

/// Extracts the badge from a PNG without parsing it (for tools and fuzzing).
pub fn unbake_png(bytes: &[u8]) -> Result<Payload> {
    limits::check_size(bytes.len() as u64)?;
    baked_png::unbake(bytes)
}

/// Extracts the badge from an SVG without parsing it (for tools and fuzzing).
pub fn unbake_svg(bytes: &[u8]) -> Result<Payload> {
    limits::check_size(bytes.len() as u64)?;
    baked_svg::unbake(bytes)
}

/// Decides the container by content, never by file name.
fn sniff(bytes: &[u8]) -> Result<(Payload, Container)> {
    if bytes.starts_with(baked_png::SIGNATURE) {
        return Ok((baked_png::unbake(bytes)?, Container::Png));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = body.trim_ascii_start();
    if start.starts_with(b"<") {
        return Ok((baked_svg::unbake(bytes)?, Container::Svg));
    }
    if let Ok(text) = std::str::from_utf8(start) {
        if jws::looks_like_jws_text(text) {
            return Ok((Payload::Jws(text.trim().to_string()), Container::Jws));
        }
    }
    Ok((Payload::Json(bytes.to_vec()), Container::Json))
}

fn from_payload(payload: Payload, container: Container, budget: &mut Budget) -> Result<Parsed> {
    match payload {
        Payload::Json(bytes) => {
            let document = json::parse_limited(&bytes)?;
            let key = budget.json_key(&document);
            from_document(document, container, key, budget)
        }
        Payload::Jws(text) => from_jws(&text, container, budget),
        Payload::Url(url) => Err(Error::BakedUrlOnly { url }),
    }
}

fn from_jws(text: &str, container: Container, budget: &mut Budget) -> Result<Parsed> {
    let compact = jws::decode(text)?;
    let claims = json::parse_limited(&compact.payload)?;
    let key = budget.jws_key(text);
    let (format, credential, nested) = if ob2_signed::is_ob2_payload(&claims) {
        let (format, credential) = ob2_signed::parse(&claims)?;
        (format, credential, Vec::new())
    } else {
        let (format, credential) = vc_jwt::parse(&claims)?;
        let view = vc_jwt::credential_view(&claims);
        (format, credential, nested(&view, budget)?)
    };
    Ok(Parsed {
        format,
        container,
        credential,
        document: claims,
        jws: Some(compact),
        jades: None,
        nested,
        content_key: key,
    })
}

fn from_document(
    document: Value,
    container: Container,
    key: String,
    budget: &mut Budget,
) -> Result<Parsed> {
    let parsed = |format, credential, document, nested| Parsed {
        format,
        container,
        credential,
        document,
        jws: None,
        jades: None,
        nested,
        content_key: key.clone(),
    };
    if !document.is_object() {
        return Err(Error::UnsupportedFormat {
            detail: "the JSON is not an object".into(),
        });
    }
    if europass::is_jades(&document) {
        let seal = europass::jades(&document)?;
        let inner = json::parse_limited(seal.payload.as_bytes())?;
        let credential = europass::parse(&inner)?;
        let mut p = parsed(Format::EuropassEdc, credential, inner, Vec::new());
        p.jades = Some(seal);
        return Ok(p);
    }
    if let Some(inner) = europass::unwrap_upload(&document) {
        let credential = europass::parse(inner)?;
        return Ok(parsed(
            Format::EuropassEdc,
            credential,
            document,
            Vec::new(),
        ));
    }
    if europass::is_edc(&document) {
        let credential = europass::parse(&document)?;
        return Ok(parsed(
            Format::EuropassEdc,
            credential,
            document,
            Vec::new(),
        ));
    }
    if ob2::is_assertion(&document) {
        let (format, credential) = ob2::parse(&document, false)?;
        return Ok(parsed(format, credential, document, Vec::new()));
    }
    if let Some(url) = ob2::url_only(&document) {
        return Err(Error::BakedUrlOnly { url });
    }
    if !ob3::is_vc(&document) {
        if let Some(e) = ob2::not_an_assertion(&document) {
            return Err(e);
        }
    }
    if lenient::has_type(&document, "VerifiablePresentation") {
        return Err(Error::UnsupportedFormat {
            detail: "a Verifiable Presentation; import the credentials it contains".into(),
        });
    }
    if ob3::is_status_list(&document) {
        return Err(Error::UnsupportedFormat {
            detail: "a revocation status list, not a credential about a learner".into(),
        });
    }
    let (format, credential) = ob3::parse(&document)?;
    let nested = nested(&document, budget)?;
    Ok(parsed(format, credential, document, nested))
}

/// Parses the credentials nested in a CLR bundle, each as if imported on its own, counting
/// against the budget shared by every level.
fn nested(view: &Value, budget: &mut Budget) -> Result<Vec<Parsed>> {
    if !clr::is_clr(view) {
        return Ok(Vec::new());
    }
    let items = clr::nested_items(view);
    let mut out = Vec::with_capacity(items.len().min(limits::MAX_NESTED));
    for item in items {
        if budget.left == 0 {
            return Err(Error::TooManyNested {
                limit: limits::MAX_NESTED,
            });
        }
        budget.left -= 1;
        out.push(match item {
            clr::NestedItem::Json(doc) => {
                let key = budget.json_key(&doc);
                from_document(doc, Container::Json, key, budget)?
            }
            clr::NestedItem::Jws(text) => from_jws(&text, Container::Jws, budget)?,
        });
    }
    Ok(out)
}

/// SHA-256 (hex) of the document serialised canonically: object keys sorted by their UTF-16
/// code units (as JCS, RFC 8785, does), no whitespace. Written out here rather than relying on
/// serde_json's map order, which a feature flag elsewhere in the build could change.
fn json_key(document: &Value) -> String {
    let mut out = Vec::new();
    canonical(document, &mut out);
    hex::encode(Sha256::digest(out))
}

fn canonical(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Object(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push(b'{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical(&Value::String(k.clone()), out);
                out.push(b':');
                canonical(&o[k], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical(item, out);
            }
            out.push(b']');
        }
        // Scalars: serde_json's own output (strings escaped, numbers as parsed).
        scalar => out.extend(serde_json::to_vec(scalar).unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_and_key_order_do_not_change_the_content_key() {
        let a = br#"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"issuer":"did:example:1","credentialSubject":{"name":"A"}}"#;
        let b = b"{ \"type\": [\"VerifiableCredential\"],\n \"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"issuer\": \"did:example:1\", \"credentialSubject\": {\"name\": \"A\"} }";
        let (pa, pb) = (parse(a).expect("a"), parse(b).expect("b"));
        assert_eq!(pa.content_key, pb.content_key);
        let quick = parse_for_verify(a).expect("a");
        assert!(quick.content_key.is_empty());
        assert_eq!(quick.credential, pa.credential);
        assert_eq!(quick.document, pa.document);
    }

    #[test]
    fn empty_and_blank_files_are_rejected_as_empty() {
        assert_eq!(parse(b"").map(|_| ()).unwrap_err().code(), "empty-file");
        assert_eq!(parse(b" \n ").map(|_| ()).unwrap_err().code(), "empty-file");
    }

    #[test]
    fn sniffing_classifies_text_payloads() {
        assert_eq!(
            Payload::from_text(" https://e.org/a.json\n".into()),
            Payload::Url("https://e.org/a.json".into())
        );
        assert!(matches!(Payload::from_text("{}".into()), Payload::Json(_)));
        assert!(matches!(
            Payload::from_text("eyJhbGciOiJub25lIn0.e30.c2ln".into()),
            Payload::Jws(_)
        ));
        let truncated = parse(b"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOi").map(|_| ());
        assert_eq!(truncated.unwrap_err().code(), "jws-malformed");
    }

    #[test]
    fn a_presentation_is_not_mistaken_for_a_credential() {
        let vp = br#"{"@context":["https://www.w3.org/2018/credentials/v1"],"type":["VerifiablePresentation"],"verifiableCredential":[]}"#;
        let err = parse(vp).map(|_| ()).unwrap_err();
        assert_eq!(err.code(), "unsupported-format");
    }

    #[test]
    fn nested_credentials_are_limited() {
        let item =
            r#"{"type":["VerifiableCredential"],"issuer":"did:example:1","credentialSubject":{}}"#;
        let items = vec![item; MAX_NESTED + 1].join(",");
        let clr = format!(
            r#"{{"type":["VerifiableCredential","ClrCredential"],"issuer":"did:example:1","credentialSubject":{{"verifiableCredential":[{items}]}}}}"#
        );
        assert_eq!(
            parse(clr.as_bytes()).map(|_| ()).unwrap_err().code(),
            "too-many-nested"
        );
    }
}
