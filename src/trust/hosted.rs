//! The `hosted` check of an Open Badges 2.0 hosted assertion, judged against the issuer's copy
//! an online refresh kept: the assertion at its own `id`, its BadgeClass and its Issuer.
//!
//! Passed when the hosted assertion matches what was imported (id, recipient, badge, issue
//! date), is not revoked, and lives on the issuer's own origin (OB 2.0 §Hosted Verification);
//! failed when it is revoked (`revoked: true` or HTTP 410), gone (404) or different;
//! `unchecked` when never fetched ("offline since …") or fetched longer ago than allowed.

use crate::status::Lookup;
use crate::verify::{Check, CheckName};
use serde_json::Value;

/// The id of a linked or embedded object (`"badge": "https://…"` or `{"id": …}`).
pub(crate) fn id_of(v: Option<&Value>) -> Option<&str> {
    v.and_then(|v| v.as_str().or_else(|| v.get("id").and_then(Value::as_str)))
}

/// `scheme://host[:port]` of an URL.
fn origin(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&url[..8 + end])
}

/// The BadgeClass of an assertion: embedded, else the kept copy of its URL.
fn badge_class(assertion: &Value, lookup: &Lookup<'_>) -> Option<Value> {
    match assertion.get("badge") {
        Some(Value::Object(_)) => assertion.get("badge").cloned(),
        Some(Value::String(url)) => lookup.cached(url).and_then(|c| c.json()),
        _ => None,
    }
}

/// The issuer id of an assertion, through its (embedded or kept) BadgeClass.
pub(crate) fn issuer_of(assertion: &Value, lookup: &Lookup<'_>) -> Option<String> {
    let badge = badge_class(assertion, lookup)?;
    id_of(badge.get("issuer")).map(str::to_string)
}

/// The `hosted` check, plus a failed `status` check when the issuer revoked the assertion.
pub fn checks(imported: &Value, lookup: &Lookup<'_>) -> Vec<Check> {
    let Some(url) = imported
        .get("id")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("https://"))
    else {
        return vec![Check::failed(CheckName::Hosted, "check-hosted-no-url")];
    };
    let Some(cached) = lookup.cached(url) else {
        return vec![lookup.offline(CheckName::Hosted, url)];
    };
    let date = cached.fetched_at.clone();
    let revoked = || {
        vec![
            Check::failed(CheckName::Hosted, "check-hosted-revoked")
                .with_arg("url", url)
                .with_arg("date", &date),
            Check::failed(CheckName::Status, "check-status-revoked").with_arg("date", &date),
        ]
    };
    if cached.status == 410 {
        return revoked();
    }
    let Some(hosted) = cached.json() else {
        return vec![Check::failed(CheckName::Hosted, "check-hosted-gone")
            .with_arg("url", url)
            .with_arg("status", cached.status.to_string())
            .with_arg("date", &date)];
    };
    if hosted.get("revoked").and_then(Value::as_bool) == Some(true) {
        return revoked();
    }
    let differs = |field: &str| {
        vec![Check::failed(CheckName::Hosted, "check-hosted-differs")
            .with_arg("url", url)
            .with_arg("field", field)
            .with_arg("date", &date)]
    };
    for field in ["id", "recipient", "issuedOn"] {
        if hosted.get(field) != imported.get(field) {
            return differs(field);
        }
    }
    if id_of(hosted.get("badge")) != id_of(imported.get("badge")) {
        return differs("badge");
    }
    // The issuer's identity comes from the hosted copy (and its BadgeClass), not from what the
    // holder presented.
    let Some(issuer) = issuer_of(&hosted, lookup) else {
        return vec![lookup.offline(CheckName::Hosted, id_of(hosted.get("badge")).unwrap_or(url))];
    };
    if let Some(embedded) = imported.get("badge").and_then(|b| b.get("issuer")) {
        if id_of(Some(embedded)) != Some(issuer.as_str()) {
            return differs("badge.issuer");
        }
    }
    if origin(url).is_none() || origin(url) != origin(&issuer) {
        return vec![
            Check::failed(CheckName::Hosted, "check-hosted-wrong-origin")
                .with_arg("url", url)
                .with_arg("issuer", issuer),
        ];
    }
    if lookup.is_stale(&cached) {
        return vec![Check::unchecked(CheckName::Hosted, "check-hosted-stale")
            .with_arg("url", url)
            .with_arg("date", &date)
            .with_arg("days", lookup.max_age.num_days().to_string())];
    }
    vec![Check::passed(CheckName::Hosted, "check-hosted-matches")
        .with_arg("url", url)
        .with_arg("date", &date)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_compare_scheme_host_and_port() {
        assert_eq!(
            origin("https://badges.example.org/a/b.json"),
            Some("https://badges.example.org")
        );
        assert_eq!(origin("https://x.org:8443"), Some("https://x.org:8443"));
        assert_eq!(origin("http://x.org/"), None);
    }
}
