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

#[test]
fn jcs_numbers_match_v8_on_fourteen_thousand_doubles() {
    let csv = read("jcs/es6-numbers-v8.csv");
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for line in csv.lines().skip(1) {
        let (bits, expected) = line.split_once(',').unwrap();
        let x = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
        let mut got = String::new();
        jcs::write_number(x, &mut got);
        if got != expected {
            mismatches.push(format!("{bits}: expected {expected}, got {got}"));
        }
        checked += 1;
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    assert_eq!(checked, 14_083);
}

/// Canonical N-Quads documents of real signed credentials in `../shared/vectors` (spec-licensed,
/// so read in place, never copied): the OB 3.0 and CLR 2.0 eddsa-rdfc-2022 test vectors and the
/// W3C vc-di-eddsa vectors.
const SHARED_CANONICAL_DOCS: [&str; 8] = [
    "vectors/openbadges3/spec-test-vectors/ob-eddsa-rdfc-2022/document-canon.nq",
    "vectors/openbadges3/spec-test-vectors/ob-eddsa-rdfc-2022/proof-canon.nq",
    "vectors/openbadges3/spec-test-vectors/clr-eddsa-rdfc-2022/document-canon.nq",
    "vectors/openbadges3/spec-test-vectors/clr-eddsa-rdfc-2022/proof-canon.nq",
    "vectors/vc-di-eddsa/eddsa-rdfc-2022/canonDocDataInt.txt",
    "vectors/vc-di-eddsa/eddsa-rdfc-2022/proofCanonDataInt.txt",
    "vectors/vc-di-eddsa/Ed25519Signature2020/canonDocEdSig.txt",
    "vectors/vc-di-eddsa/Ed25519Signature2020/proofCanonEdSig.txt",
];

/// `doc` as a JSON-LD processor might emit it: lines reversed, blank nodes labelled `_:b…`.
fn scrambled(doc: &str) -> Vec<erkend::verify::rdf::Quad> {
    let text: String = doc
        .lines()
        .rev()
        .map(|l| format!("{}\n", l.replace("_:c14n", "_:b")))
        .collect();
    nquads::parse(&text).expect("a canonical document is valid N-Quads")
}

#[test]
fn rdfc10_real_credentials_canonicalise_to_their_signed_form() {
    let mut checked = 0;
    for rel in SHARED_CANONICAL_DOCS {
        let Some(path) = crate::support::shared(rel) else {
            crate::support::skip_loudly(
                "rdfc10_real_credentials",
                &format!("../shared/{rel} absent"),
            );
            continue;
        };
        let doc = fs::read_to_string(path).unwrap();
        let got = canon::canonicalize(&scrambled(&doc), &Options::default()).unwrap();
        assert_eq!(got.nquads, doc, "{rel}");
        checked += 1;
    }
    eprintln!("checked {checked} signed canonical documents");
}

/// Rough timing of a typical credential (the CLR 2.0 test vector: 49 quads, 3 blank nodes, one
/// of them a named graph). Not a benchmark harness: run it on demand with
/// `cargo test --test it canon::rdfc10_timing -- --ignored --nocapture` (add
/// `--config 'profile.dev.package.erkend.opt-level=3'` for optimised numbers).
#[test]
#[ignore = "timing, run on demand"]
fn rdfc10_timing_typical_credential() {
    let rel = "vectors/openbadges3/spec-test-vectors/clr-eddsa-rdfc-2022/document-canon.nq";
    let Some(path) = crate::support::shared(rel) else {
        crate::support::skip_loudly("rdfc10_timing", "../shared absent");
        return;
    };
    let doc = fs::read_to_string(path).unwrap();
    let quads = scrambled(&doc);
    let options = Options::default();
    let runs = 2_000;
    let started = std::time::Instant::now();
    for _ in 0..runs {
        let c = canon::canonicalize(std::hint::black_box(&quads), &options).unwrap();
        std::hint::black_box(c);
    }
    let per = started.elapsed() / runs;
    eprintln!(
        "RDFC-1.0, {} quads: {per:?} per canonicalisation",
        quads.len()
    );

    let value: Value = serde_json::from_str(&read("jcs/input/structures.json")).unwrap();
    let started = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(jcs::canonicalize(std::hint::black_box(&value)));
    }
    eprintln!(
        "JCS, structures.json: {:?} per canonicalisation",
        started.elapsed() / runs
    );
}
