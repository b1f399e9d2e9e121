//! Revocation and suspension status, judged offline against what an online refresh kept.
//!
//! Supported `credentialStatus` kinds: `BitstringStatusListEntry` (W3C Bitstring Status List
//! v1.0: multibase base64url GZIP bitstring), `StatusList2021Entry` (its predecessor: plain
//! base64url), and `1EdTechRevocationList` (a JSON list of revoked credential ids at the entry's
//! `id`). OB 2.0 `revoked` on hosted assertions is judged with the hosted copy
//! (`trust::hosted`). A status list credential must itself verify (Data Integrity proof,
//! keys from `did:key` or the cache); one that does not is not believed either way.
//!
//! Outcomes: a set bit (or a listed id) fails `status`; a clear bit passes, with the date the
//! list was fetched; a list older than the configured age is `unchecked` ("last checked on …");
//! no list at all is `unchecked` ("offline since …"). Nothing here touches the network.

pub mod bits;

use crate::trust::cache::{Cached, FetchCache};
use crate::verify::Check;
use crate::verify::{CheckName, KeyResolver, Outcome};
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

/// What the status checks read: the cache, a resolver for the lists' own proofs, the time of
/// the check and how old a kept answer may be before it counts as stale.
pub struct Lookup<'a> {
    /// Documents fetched earlier, if any are kept.
    pub cache: Option<&'a FetchCache>,
    /// Resolves the keys of status list credentials.
    pub resolver: &'a dyn KeyResolver,
    /// The time of the check.
    pub at: DateTime<Utc>,
    /// Older kept answers are shown as stale.
    pub max_age: Duration,
}

impl Lookup<'_> {
    /// The kept record for `url`.
    pub fn cached(&self, url: &str) -> Option<Cached> {
        self.cache.and_then(|c| c.get(url))
    }

    /// The `unchecked` check for something never fetched: "offline since <last refresh>", or
    /// "never checked online".
    pub fn offline(&self, check: CheckName, url: &str) -> Check {
        match self.cache.and_then(FetchCache::last_refresh) {
            Some(since) => Check::unchecked(check, "check-offline-since")
                .with_arg("since", crate::wallet::now_rfc3339(since))
                .with_arg("url", url),
            None => Check::unchecked(check, "check-never-online").with_arg("url", url),
        }
    }

    /// True when a record fetched at `fetched` is older than the allowed age.
    pub fn is_stale(&self, cached: &Cached) -> bool {
        cached.fetched().is_none_or(|d| d + self.max_age < self.at)
    }
}

/// The `status` checks of a credential document: one per `credentialStatus` entry whose
/// purpose is revocation or suspension (other purposes, such as `message`, say nothing about
/// validity and are skipped). No entries, no checks.
pub fn checks(document: &Value, lookup: &Lookup<'_>) -> Vec<Check> {
    let (doc, entries) = status_entries(document);
    let credential_id = doc.get("id").and_then(Value::as_str).unwrap_or_default();
    entries
        .into_iter()
        .filter_map(|entry| entry_check(entry, credential_id, lookup))
        .collect()
}

/// The credential (a VC 1.1 JWT payload carries it in its `vc` claim) and its status entries.
fn status_entries(document: &Value) -> (&Value, Vec<&Value>) {
    let doc = document
        .get("vc")
        .filter(|v| v.is_object())
        .unwrap_or(document);
    let entries = match doc.get("credentialStatus") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one @ Value::Object(_)) => vec![one],
        _ => Vec::new(),
    };
    (doc, entries)
}

fn text<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

fn entry_check(entry: &Value, credential_id: &str, lookup: &Lookup<'_>) -> Option<Check> {
    let kind = text(entry, "type").unwrap_or_default();
    match kind {
        "BitstringStatusListEntry" | "StatusList2021Entry" => {
            let purpose = text(entry, "statusPurpose").unwrap_or("revocation");
            if !matches!(purpose, "revocation" | "suspension") {
                return None;
            }
            Some(status_list_check(entry, kind, purpose, lookup))
        }
        "1EdTechRevocationList" => Some(revocation_list_check(entry, credential_id, lookup)),
        other => Some(
            Check::unchecked(CheckName::Status, "check-status-type-unsupported")
                .with_arg("type", other),
        ),
    }
}

/// The check for a kept answer that says "not revoked": passed when fresh, `unchecked` as
/// stale when older than allowed.
fn clear(cached: &Cached, lookup: &Lookup<'_>) -> Check {
    if lookup.is_stale(cached) {
        Check::unchecked(CheckName::Status, "check-status-stale")
            .with_arg("date", &cached.fetched_at)
            .with_arg("days", lookup.max_age.num_days().to_string())
    } else {
        Check::passed(CheckName::Status, "check-status-not-revoked")
            .with_arg("date", &cached.fetched_at)
    }
}

fn list_problem(url: &str, what: &str) -> Check {
    Check::unchecked(CheckName::Status, "check-status-list-unusable")
        .with_arg("url", url)
        .with_arg("detail", what)
}

fn status_list_check(entry: &Value, kind: &str, purpose: &str, lookup: &Lookup<'_>) -> Check {
    let url = text(entry, "statusListCredential").unwrap_or_default();
    let index = match entry.get("statusListIndex") {
        Some(Value::String(s)) => s.parse::<u64>().ok(),
        Some(Value::Number(n)) => n.as_u64(),
        _ => None,
    };
    let Some(index) = index.filter(|_| url.starts_with("https://")) else {
        return Check::failed(CheckName::Status, "check-status-malformed");
    };
    let Some(cached) = lookup.cached(url) else {
        return lookup.offline(CheckName::Status, url);
    };
    let Some(list) = cached.json() else {
        return list_problem(url, "not a JSON status list credential");
    };
    // The list is a credential of its own: believed only when its proof verifies.
    let proof = crate::verify::suites::verify_document(&list, lookup.resolver, lookup.at);
    if proof.iter().any(|c| c.outcome != Outcome::Passed) {
        return list_problem(url, "its signature does not verify");
    }
    let subject = list.get("credentialSubject").unwrap_or(&Value::Null);
    if text(subject, "statusPurpose").is_some_and(|p| p != purpose) {
        return list_problem(url, "its purpose differs");
    }
    // Multi-bit entries (`statusSize` > 1, status messages) are not revocation bits.
    let size = [entry.get("statusSize"), subject.get("statusSize")]
        .into_iter()
        .flatten()
        .find_map(Value::as_u64)
        .unwrap_or(1);
    if size != 1 {
        return list_problem(url, "entries of more than one bit");
    }
    let Some(encoded) = text(subject, "encodedList") else {
        return list_problem(url, "no encodedList");
    };
    let multibase = kind == "BitstringStatusListEntry";
    match bits::bit(encoded, multibase, index) {
        Some(true) => Check::failed(
            CheckName::Status,
            if purpose == "suspension" {
                "check-status-suspended"
            } else {
                "check-status-revoked"
            },
        )
        .with_arg("date", &cached.fetched_at),
        Some(false) => clear(&cached, lookup),
        None => list_problem(url, "the index is outside the list"),
    }
}

fn revocation_list_check(entry: &Value, credential_id: &str, lookup: &Lookup<'_>) -> Check {
    let url = text(entry, "id").unwrap_or_default();
    if !url.starts_with("https://") {
        return Check::failed(CheckName::Status, "check-status-malformed");
    }
    let Some(cached) = lookup.cached(url) else {
        return lookup.offline(CheckName::Status, url);
    };
    let Some(list) = cached.json() else {
        return list_problem(url, "not a JSON revocation list");
    };
    let Some(revoked) = list.get("revokedCredentials").and_then(Value::as_array) else {
        return list_problem(url, "no revokedCredentials");
    };
    if revoked
        .iter()
        .any(|r| text(r, "id").is_some_and(|id| !id.is_empty() && id == credential_id))
    {
        Check::failed(CheckName::Status, "check-status-revoked")
            .with_arg("date", &cached.fetched_at)
    } else {
        clear(&cached, lookup)
    }
}

/// Every URL the status checks of a document would read (for an online refresh).
pub fn urls(document: &Value) -> Vec<String> {
    status_entries(document)
        .1
        .into_iter()
        .filter_map(|e| match text(e, "type") {
            Some("1EdTechRevocationList") => text(e, "id"),
            _ => text(e, "statusListCredential"),
        })
        .map(str::to_string)
        .collect()
}
