//! The UI's JSDoc types (`ui/src/api/types.js`) pinned against what the commands really return:
//! each typedef's `@property` names must equal the JSON keys, so the two cannot drift apart.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const TYPES: &str = include_str!("../../ui/src/api/types.js");

/// typedef name → its property names.
fn typedefs() -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in TYPES.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("* @typedef {object} ") {
            let name = rest.trim().to_string();
            out.entry(name.clone()).or_default();
            current = Some(name);
        } else if let Some(rest) = line.strip_prefix("* @property ") {
            // `{type} name description`: the type may contain spaces inside its braces.
            let after = rest.rsplit_once("} ").map_or(rest, |(_, a)| a);
            let name = after.split_whitespace().next().unwrap_or_default();
            if let Some(t) = &current {
                out.entry(t.clone()).or_default().insert(name.to_string());
            }
        } else if line.starts_with("*/") {
            current = None;
        }
    }
    out
}

/// Fails unless `value`'s keys are exactly the properties of `typedef`.
pub fn assert_shape(typedef: &str, value: &Value) {
    let types = typedefs();
    let want = types
        .get(typedef)
        .unwrap_or_else(|| panic!("no typedef {typedef} in ui/src/api/types.js"));
    let have: BTreeSet<String> = value
        .as_object()
        .unwrap_or_else(|| panic!("{typedef}: not an object: {value}"))
        .keys()
        .cloned()
        .collect();
    assert_eq!(&have, want, "{typedef}: JSON keys vs ui/src/api/types.js");
}

#[test]
fn the_types_file_parses() {
    let types = typedefs();
    assert!(types.len() >= 18, "{:?}", types.keys());
    assert!(types["CredentialDetail"].contains("endorsements"));
}
