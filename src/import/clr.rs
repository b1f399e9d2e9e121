//! CLR 2.0 `ClrCredential`: a bundle of achievements signed by one issuer. The bundle itself is
//! read like any OB 3.0 credential (`ob3`); this module finds the credentials nested in
//! `credentialSubject.verifiableCredential`, embedded as JSON objects or as compact JWS strings.
//! `import` parses each one on its own and keeps it in `Parsed::nested`, so the store can keep
//! every achievement as a credential of its own with a link to its bundle.

use super::lenient::list;
use serde_json::Value;

/// One credential nested in a bundle, as it arrived.
#[derive(Debug, Clone, PartialEq)]
pub enum NestedItem {
    /// An embedded JSON credential.
    Json(Value),
    /// A VC-JWT string.
    Jws(String),
}

/// True when the credential is a CLR bundle.
pub fn is_clr(view: &Value) -> bool {
    super::lenient::has_type(view, "ClrCredential")
}

/// The nested credentials of every subject of a bundle, in document order. Items that are
/// neither objects nor strings are skipped (they cannot be credentials).
pub fn nested_items(view: &Value) -> Vec<NestedItem> {
    list(view.get("credentialSubject"))
        .into_iter()
        .flat_map(|s| list(s.get("verifiableCredential")))
        .filter_map(|item| match item {
            Value::Object(_) => Some(NestedItem::Json(item.clone())),
            Value::String(s) => Some(NestedItem::Jws(s.clone())),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_json_and_jwt_items_of_every_subject() {
        let clr = json!({"type": ["VerifiableCredential", "ClrCredential"],
            "credentialSubject": [{"verifiableCredential": [{"id": "a"}, "eyJ.x.y", 3]},
                                  {"verifiableCredential": {"id": "b"}}]});
        assert!(is_clr(&clr));
        assert_eq!(
            nested_items(&clr),
            [
                NestedItem::Json(json!({"id": "a"})),
                NestedItem::Jws("eyJ.x.y".into()),
                NestedItem::Json(json!({"id": "b"}))
            ]
        );
    }
}
