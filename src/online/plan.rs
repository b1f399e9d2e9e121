//! Which documents an online refresh fetches for a credential. Pure: no network here.
//!
//! Plain `http://` addresses stay in the plan although they are never fetched: the fetcher
//! refuses them (`url-refused`), so the learner sees why that check stayed unchecked instead of
//! the address silently vanishing. Other schemes (`urn:`, `did:` left after key resolution) are
//! not addresses and are dropped.

use crate::import::Parsed;
use crate::model::Format;
use crate::trust::hosted::id_of;
use crate::verify::keys::document_url;
use serde_json::Value;

/// The documents behind the verification methods of a document's Data Integrity proofs.
pub fn method_urls(doc: &Value) -> Vec<String> {
    let proofs: Vec<&Value> = match doc.get("proof") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    proofs
        .into_iter()
        .filter_map(|p| {
            p.get("verificationMethod")
                .and_then(|m| m.as_str().or_else(|| m.get("id").and_then(Value::as_str)))
        })
        .filter_map(document_url)
        .collect()
}

/// The first URLs to fetch for a credential: its keys' documents, its status lists, and for a
/// hosted OB 2.0 assertion the assertion itself.
pub fn first_urls(parsed: &Parsed) -> Vec<String> {
    let doc = &parsed.document;
    let mut urls = method_urls(doc);
    if let Some(jws) = &parsed.jws {
        // VC-JWT `kid`, OB 2.0 `verification.creator` (in the payload).
        let named = [
            jws.header.get("kid").and_then(Value::as_str),
            doc.pointer("/verification/creator").and_then(Value::as_str),
            doc.pointer("/verify/creator").and_then(Value::as_str),
        ];
        urls.extend(named.into_iter().flatten().filter_map(document_url));
    }
    urls.extend(crate::status::urls(doc));
    if parsed.format == Format::Ob2Hosted {
        if let Some(id) = doc.get("id").and_then(Value::as_str) {
            urls.push(id.to_string());
        }
    }
    if matches!(parsed.format, Format::Ob2Hosted | Format::Ob2Signed) {
        // A linked BadgeClass names the issuer the signing key must belong to.
        urls.extend(follow_ups(doc));
    }
    urls.retain(|u| fetchable_or_refused(u));
    urls
}

/// What a fetched document leads to: the keys of its proofs (a status list credential), the
/// BadgeClass of an assertion, the Issuer of a BadgeClass.
pub fn follow_ups(doc: &Value) -> Vec<String> {
    let mut urls = method_urls(doc);
    for field in ["badge", "issuer"] {
        if let Some(id) = id_of(doc.get(field)) {
            urls.push(id.to_string());
        }
    }
    urls.retain(|u| fetchable_or_refused(u));
    urls
}

/// True for the addresses a refresh tries: https (fetched) and http (refused, and reported).
fn fetchable_or_refused(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}
