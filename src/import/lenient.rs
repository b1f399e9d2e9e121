//! Lenient readers over JSON values "as they arrive": a value or a list, a string or an object,
//! a plain string or a language map. Every format parser reads through these, so the same
//! leniency holds everywhere and the model that comes out is strict.

use crate::model::ESCO_PREFIX;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;

/// A string, or the first value of a language map / list of strings / `{"@value": ..}`.
pub fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|i| text(Some(i))),
        Value::Object(o) => o
            .get("@value")
            .and_then(|x| text(Some(x)))
            .or_else(|| o.values().find_map(|x| x.as_str().map(str::to_string))),
        _ => None,
    }
}

/// A language map's value, preferring English, else the first language given.
pub fn lang_text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Object(o) if !o.contains_key("@value") => o
            .get("en")
            .and_then(|x| text(Some(x)))
            .or_else(|| o.values().find_map(|x| text(Some(x)))),
        other => text(Some(other)),
    }
}

/// A number written as a JSON number or as a numeric string.
pub fn number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        Value::Array(items) => items.first().and_then(|i| number(Some(i))),
        _ => None,
    }
    .filter(|n: &f64| n.is_finite())
}

/// The first item of a list, or the value itself.
pub fn first(v: Option<&Value>) -> Option<&Value> {
    match v? {
        Value::Array(items) => items.first(),
        other => Some(other),
    }
}

/// Every item of a list, or the value itself as a one-item list.
pub fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Null) | None => vec![],
        Some(other) => vec![other],
    }
}

/// The string items of a value or list.
pub fn strings(v: Option<&Value>) -> Vec<String> {
    list(v)
        .into_iter()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect()
}

/// An object's `id` when it is an object, the string itself when it is an IRI.
pub fn id_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => text(o.get("id")).or_else(|| text(o.get("@id"))),
        _ => None,
    }
}

/// True when `type` (a string or list) contains `name`.
pub fn has_type(v: &Value, name: &str) -> bool {
    strings(v.get("type"))
        .iter()
        .chain(strings(v.get("@type")).iter())
        .any(|t| t == name)
}

/// A date as written; a Unix timestamp (number or all-digit string, as OB 2.0 allows) becomes
/// RFC 3339 in UTC, so validity checks can compare it.
pub fn date(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Number(n) => n.as_i64().and_then(unix_to_rfc3339),
        Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse().ok().and_then(unix_to_rfc3339).or(Some(s.clone()))
        }
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.first().and_then(|i| date(Some(i))),
        _ => None,
    }
}

/// Seconds since 1970 as RFC 3339 (`2024-01-01T00:00:00Z`).
pub fn unix_to_rfc3339(secs: i64) -> Option<String> {
    DateTime::<Utc>::from_timestamp(secs, 0).map(|d| d.to_rfc3339_opts(SecondsFormat::Secs, true))
}

/// Every ESCO URI under an alignment's `targetUrl` / `targetCode`, or as the `id` of a concept
/// (`relatedESCOSkill`, Europass), anywhere in `v`, in document order, without repeats.
/// Endorsements and proofs are skipped: they speak *about* the credential, and their alignments
/// are not the learner's.
pub fn collect_esco(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for key in ["targetUrl", "targetCode", "@id", "id"] {
                let is_concept_id = key == "id" || key == "@id";
                if let Some(url) = o.get(key).and_then(Value::as_str) {
                    // A bare `id` counts only for ESCO skill/occupation concepts, so the
                    // credential's own id or an ESCO *scheme* id is never taken as a skill.
                    let wanted =
                        url.starts_with(ESCO_PREFIX) && (!is_concept_id || is_esco_concept(url));
                    if wanted && !out.iter().any(|s| s == url) {
                        out.push(url.to_string());
                    }
                }
            }
            for (key, child) in o {
                if !matches!(
                    key.as_str(),
                    "endorsement" | "endorsementJwt" | "proof" | "signature"
                ) {
                    collect_esco(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_esco(i, out)),
        _ => {}
    }
}

fn is_esco_concept(url: &str) -> bool {
    let rest = &url[ESCO_PREFIX.len()..];
    ["skill/", "occupation/", "isco/"]
        .iter()
        .any(|p| rest.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unix_dates_become_rfc3339_and_text_dates_stay_as_written() {
        assert_eq!(
            date(Some(&json!(1700902800))).as_deref(),
            Some("2023-11-25T09:00:00Z")
        );
        assert_eq!(
            date(Some(&json!("1700902800"))).as_deref(),
            Some("2023-11-25T09:00:00Z")
        );
        assert_eq!(
            date(Some(&json!("2016-12-31T23:59:59+00:00"))).as_deref(),
            Some("2016-12-31T23:59:59+00:00")
        );
    }

    #[test]
    fn language_maps_prefer_english() {
        assert_eq!(
            lang_text(Some(&json!({"es": "Contento", "en": "Content"}))).as_deref(),
            Some("Content")
        );
        assert_eq!(
            lang_text(Some(&json!({"nl": "Inhoud"}))).as_deref(),
            Some("Inhoud")
        );
    }

    #[test]
    fn esco_ids_count_only_for_concepts_and_not_inside_endorsements() {
        let doc = json!({
            "inScheme": {"id": "http://data.europa.eu/esco/concept-scheme/skills"},
            "a": {"id": "http://data.europa.eu/esco/skill/1"},
            "b": [{"targetUrl": "http://data.europa.eu/esco/skill/2"}],
            "endorsement": [{"targetUrl": "http://data.europa.eu/esco/skill/3"}]
        });
        let mut out = Vec::new();
        collect_esco(&doc, &mut out);
        out.sort();
        assert_eq!(
            out,
            [
                "http://data.europa.eu/esco/skill/1",
                "http://data.europa.eu/esco/skill/2"
            ]
        );
    }
}
