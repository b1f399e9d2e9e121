//! Canonicalisation against the standards' own test data: the W3C RDFC-1.0 suite (every manifest
//! entry) and the RFC 8785 reference test data (cyberphone/json-canonicalization).

use std::collections::BTreeMap;
use std::fs;

use erkend::verify::canon::{self, jcs, nquads, CanonError, HashAlgorithm, Options};
use serde_json::Value;

use crate::support::fixture;

fn read(rel: &str) -> String {
    let path = fixture(rel);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One manifest entry's outcome: `Err` carries a message naming the test id.
fn run_rdfc_entry(entry: &Value) -> Result<(), String> {
    let id = entry["id"].as_str().unwrap_or("?");
    let kind = entry["type"].as_str().unwrap_or("?");
    let action = entry["action"].as_str().ok_or(format!("{id}: no action"))?;
    let hash = match entry.get("hashAlgorithm").and_then(Value::as_str) {
        None | Some("SHA256") => HashAlgorithm::Sha256,
        Some("SHA384") => HashAlgorithm::Sha384,
        Some(other) => return Err(format!("{id}: unknown hash algorithm {other}")),
    };
    let input = nquads::parse(&read(&format!("rdf-canon/{action}")))
        .map_err(|e| format!("{id}: input does not parse: {e}"))?;
    let result = canon::canonicalize(&input, &Options::with_hash(hash));
    let expected_file = || {
        entry["result"]
            .as_str()
            .map(|r| read(&format!("rdf-canon/{r}")))
            .ok_or(format!("{id}: no result"))
    };
    match kind {
        "rdfc:RDFC10EvalTest" => {
            let expected = expected_file()?;
            let got = result.map_err(|e| format!("{id}: {e}"))?;
            if got.nquads != expected {
                return Err(format!(
                    "{id}: output differs\n--- expected\n{expected}--- got\n{}",
                    got.nquads
                ));
            }
        }
        "rdfc:RDFC10MapTest" => {
            let expected: BTreeMap<String, String> = serde_json::from_str(&expected_file()?)
                .map_err(|e| format!("{id}: bad expected map: {e}"))?;
            let got = result.map_err(|e| format!("{id}: {e}"))?;
            let map: BTreeMap<String, String> = got
                .issued_identifiers()
                .map(|(input, c14n)| (input.to_owned(), c14n))
                .collect();
            if map != expected {
                return Err(format!(
                    "{id}: map differs: expected {expected:?}, got {map:?}"
                ));
            }
        }
        "rdfc:RDFC10NegativeEvalTest" => match result {
            Err(CanonError::TooComplex { .. }) => {}
            Err(other) => return Err(format!("{id}: failed, but not on the limit: {other}")),
            Ok(_) => return Err(format!("{id}: poison graph was canonicalised")),
        },
        other => return Err(format!("{id}: unknown test type {other}")),
    }
    Ok(())
}

#[test]
fn rdfc10_w3c_suite_every_entry() {
    let manifest: Value = serde_json::from_str(&read("rdf-canon/manifest.jsonld")).unwrap();
    let entries = manifest["entries"].as_array().unwrap();
    let mut counts = BTreeMap::new();
    let mut failures = Vec::new();
    for entry in entries {
        *counts.entry(entry["type"].as_str().unwrap()).or_insert(0) += 1;
        if let Err(message) = run_rdfc_entry(entry) {
            failures.push(message);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} RDFC-1.0 tests failed:\n{}",
        failures.len(),
        entries.len(),
        failures.join("\n")
    );
    // The suite at the pinned commit: make sure none was skipped.
    assert_eq!(counts["rdfc:RDFC10EvalTest"], 64);
    assert_eq!(counts["rdfc:RDFC10MapTest"], 21);
    assert_eq!(counts["rdfc:RDFC10NegativeEvalTest"], 1);
}

#[test]
fn rdfc10_sha384_differs_from_sha256() {
    // test075 is test020 hashed with SHA-384; the default hash gives other labels for it.
    let input = nquads::parse(&read("rdf-canon/rdfc10/test075-in.nq")).unwrap();
    let sha256 = canon::canonicalize(&input, &Options::default()).unwrap();
    assert_eq!(sha256.nquads, read("rdf-canon/rdfc10/test020-rdfc10.nq"));
    assert_ne!(sha256.nquads, read("rdf-canon/rdfc10/test075-rdfc10.nq"));
}

#[test]
fn rdfc10_poison_clique_fails_fast_even_with_a_generous_limit() {
    let input = nquads::parse(&read("rdf-canon/rdfc10/test074-in.nq")).unwrap();
    let options = Options {
        max_deep_iterations_per_node: 200,
        ..Options::default()
    };
    let started = std::time::Instant::now();
    let err = canon::canonicalize(&input, &options).unwrap_err();
    assert_eq!(err.code(), "canon-too-complex");
    assert!(
        matches!(err, CanonError::TooComplex { limit: 2000, .. }),
        "{err}"
    );
    // Not a timing test: a loose bound that only a runaway (hours) would break.
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn rdfc10_output_is_independent_of_input_order_and_labels() {
    // Every eval test's input, reversed and relabelled, canonicalises to the same bytes.
    for n in [3, 5, 20, 21, 23, 38, 44, 46, 47, 59, 72, 73] {
        let doc = read(&format!("rdf-canon/rdfc10/test{n:03}-in.nq"));
        let expected = read(&format!("rdf-canon/rdfc10/test{n:03}-rdfc10.nq"));
        let shuffled: String = doc
            .lines()
            .rev()
            .map(|l| format!("{}\n", l.replace("_:", "_:x")))
            .collect();
        let quads = nquads::parse(&shuffled).unwrap();
        let got = canon::canonicalize(&quads, &Options::default()).unwrap();
        assert_eq!(got.nquads, expected, "test{n:03} reversed and relabelled");
    }
}

const JCS_CASES: [&str; 6] = [
    "arrays",
    "french",
    "structures",
    "unicode",
    "values",
    "weird",
];

#[test]
fn jcs_reference_inputs_canonicalise_byte_for_byte() {
    for name in JCS_CASES {
        let input: Value = serde_json::from_str(&read(&format!("jcs/input/{name}.json"))).unwrap();
        let got = jcs::canonicalize_to_vec(&input);
        let expected = fs::read(fixture(&format!("jcs/output/{name}.json"))).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&expected),
            "jcs {name}"
        );
        assert_eq!(got, expected, "jcs {name}");
        let hex: String = read(&format!("jcs/outhex/{name}.txt"))
            .split_whitespace()
            .collect();
        assert_eq!(hex::encode(&got), hex, "jcs {name} (outhex)");
    }
}

#[test]
fn jcs_es6_number_samples() {
    let csv = read("jcs/es6-number-samples.csv");
    let mut checked = 0;
    for line in csv.lines().skip(1) {
        let (bits, expected) = line.split_once(',').unwrap();
        let x = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
        let mut got = String::new();
        jcs::write_number(x, &mut got);
        assert_eq!(got, expected, "{bits}");
        checked += 1;
    }
    assert_eq!(checked, 7);
}
