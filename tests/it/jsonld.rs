//! JSON-LD expansion to RDF over the bundled contexts, in safe mode: the W3C vc-di-eddsa vectors,
//! the peers' credentials made with Digital Bazaar's stack, the 1EdTech validator samples and the
//! safe-mode negatives.

use crate::support;
use erkend::verify::canon::{canonicalize, Options};
use erkend::verify::jsonld::{JsonLdError, JsonLdProcessor};
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

fn processor() -> &'static JsonLdProcessor {
    JsonLdProcessor::global().expect("bundled contexts are intact")
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Canonical N-Quads (RDFC-1.0) of `doc`.
fn canonical(doc: &Value) -> String {
    let quads = processor().to_rdf(doc).expect("expands");
    canonicalize(&quads, &Options::default())
        .expect("canonicalises")
        .nquads
}

fn read_text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn vc_di_eddsa_vectors_canonicalise_as_published() {
    let dir = support::fixture("vc-di-eddsa");
    let manifest = read_json(&dir.join("manifest.json"));
    let mut checked = 0;
    for vector in manifest["vectors"].as_array().expect("vectors") {
        if !vector["canonicalization"]
            .as_str()
            .unwrap_or("")
            .starts_with("RDFC")
        {
            continue;
        }
        let id = vector["id"].as_str().expect("id");
        let unsigned = read_json(&dir.join(vector["unsigned"].as_str().expect("unsigned")));
        let expected = &vector["expected"];
        let want = read_text(&dir.join(expected["canonicalDocument"].as_str().expect("doc")));
        assert_eq!(canonical(&unsigned), want, "{id}: document");

        let mut config = read_json(&dir.join(vector["proofOptions"].as_str().expect("options")));
        if config.get("@context").is_none() {
            config["@context"] = unsigned["@context"].clone();
        }
        let want = read_text(&dir.join(expected["canonicalProofConfig"].as_str().expect("proof")));
        assert_eq!(canonical(&config), want, "{id}: proof config");
        checked += 1;
    }
    assert_eq!(
        checked, 3,
        "three RDFC vectors (DataIntegrity, employment, Ed25519Signature2020)"
    );
}

#[test]
fn signed_vc_di_eddsa_documents_expand_with_the_proof_in_a_named_graph() {
    let dir = support::fixture("vc-di-eddsa/eddsa-rdfc-2022");
    let signed = read_json(&dir.join("signedDataInt.json"));
    let quads = processor().to_rdf(&signed).expect("expands");
    let in_graph = quads.iter().filter(|q| q.graph.is_some()).count();
    assert_eq!(in_graph, 6, "the proof's six quads live in the proof graph");
    assert!(quads.iter().any(
        |q| q.predicate.to_string() == "<https://w3id.org/security#proof>" && q.graph.is_none()
    ));
}

/// Every credential in a peer folder (valid and tampered alike: tampering changes values, not
/// the JSON-LD shape) expands without error.
fn peer_folder_expands(folder: &str) -> usize {
    let dir = support::fixture(&format!("peers/{folder}"));
    let mut count = 0;
    let mut entries: Vec<_> = fs::read_dir(&dir)
        .expect("peer folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if !name.ends_with(".json") || name == "manifest.json" {
            continue;
        }
        let doc = read_json(&path);
        let quads = processor()
            .to_rdf(&doc)
            .unwrap_or_else(|e| panic!("{folder}/{name}: {e}"));
        assert!(
            quads.len() > 20,
            "{folder}/{name}: only {} quads",
            quads.len()
        );
        count += 1;
    }
    count
}

/// Checks the peer's Data Integrity signatures over our canonical bytes: only a dataset identical
/// to what Digital Bazaar's jsonld.js produced can verify. Returns how many were checked.
fn peer_signatures_verify_over_our_rdf(folder: &str) -> usize {
    use ed25519_dalek::{Signature, VerifyingKey};
    use sha2::{Digest, Sha256};

    let dir = support::fixture(&format!("peers/{folder}"));
    let manifest = read_json(&dir.join("manifest.json"));
    let mut checked = 0;
    for entry in manifest["files"].as_array().expect("files") {
        if entry["expectedSignature"] != "valid" {
            continue;
        }
        let name = entry["file"].as_str().expect("file");
        let mut doc = read_json(&dir.join(name));
        let mut proof = doc
            .as_object_mut()
            .and_then(|d| d.remove("proof"))
            .expect("proof");
        let proof_value = proof
            .as_object_mut()
            .and_then(|p| p.remove("proofValue"))
            .expect("proofValue");
        proof["@context"] = doc["@context"].clone();
        let method = proof["verificationMethod"].as_str().expect("vm");
        let did_key = method.split('#').next().expect("did");
        let multikey = bs58::decode(&did_key["did:key:z".len()..])
            .into_vec()
            .expect("base58");
        assert_eq!(&multikey[..2], &[0xed, 0x01], "{name}: Ed25519 multikey");
        let key =
            VerifyingKey::from_bytes(multikey[2..].try_into().expect("32 bytes")).expect("key");
        let signature = bs58::decode(&proof_value.as_str().expect("str")[1..])
            .into_vec()
            .expect("base58");
        let signature = Signature::from_slice(&signature).expect("64 bytes");
        let mut data = Sha256::digest(canonical(&proof).as_bytes()).to_vec();
        data.extend_from_slice(&Sha256::digest(canonical(&doc).as_bytes()));
        key.verify_strict(&data, &signature)
            .unwrap_or_else(|e| panic!("{folder}/{name}: {e}"));
        checked += 1;
    }
    checked
}

#[test]
fn peer_eddsa_rdfc_2022_signatures_verify_over_our_rdf() {
    assert_eq!(
        peer_signatures_verify_over_our_rdf("js-eddsa-rdfc-2022"),
        24
    );
}

#[test]
fn peer_ed25519_signature_2020_signatures_verify_over_our_rdf() {
    assert_eq!(
        peer_signatures_verify_over_our_rdf("js-ed25519signature2020"),
        24
    );
}

#[test]
fn peer_eddsa_rdfc_2022_credentials_expand() {
    assert_eq!(peer_folder_expands("js-eddsa-rdfc-2022"), 36);
}

#[test]
fn peer_ed25519_signature_2020_credentials_expand() {
    assert_eq!(peer_folder_expands("js-ed25519signature2020"), 36);
}

fn base_credential() -> Value {
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": "urn:uuid:8a1e4b52-0c55-4d2c-9c3e-3f5f7f4b1a01",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:example:issuer", "type": ["Profile"], "name": "Issuer"},
        "validFrom": "2024-01-01T00:00:00Z",
        "name": "Badge",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://example.org/achievements/1",
                "type": ["Achievement"],
                "name": "Achievement",
                "criteria": {"narrative": "Did it."}
            }
        }
    })
}

fn check_rejected(doc: Value, expected: JsonLdError) {
    assert_eq!(processor().to_rdf(&doc), Err(expected));
}

#[test]
fn the_safe_mode_baseline_credential_expands() {
    let quads = processor().to_rdf(&base_credential()).expect("expands");
    assert_eq!(quads.len(), 14);
}

#[test]
fn an_undefined_property_is_rejected() {
    let mut doc = base_credential();
    doc["credentialSubject"]["grade"] = json!("A+");
    check_rejected(
        doc,
        JsonLdError::UndefinedTerm {
            term: "grade".into(),
        },
    );
}

#[test]
fn an_undefined_type_is_rejected() {
    let mut doc = base_credential();
    doc["credentialSubject"]["achievement"]["type"] = json!(["Achievement", "GoldStar"]);
    check_rejected(
        doc,
        JsonLdError::UndefinedType {
            value: "GoldStar".into(),
        },
    );
}

#[test]
fn a_relative_iri_is_rejected() {
    let mut doc = base_credential();
    doc["issuer"]["id"] = json!("issuers/42");
    check_rejected(
        doc,
        JsonLdError::RelativeIri {
            value: "issuers/42".into(),
        },
    );
}

#[test]
fn an_unknown_context_url_is_rejected() {
    let mut doc = base_credential();
    doc["@context"]
        .as_array_mut()
        .expect("list")
        .push(json!("https://evil.example/context.json"));
    check_rejected(
        doc,
        JsonLdError::UnknownContext {
            url: "https://evil.example/context.json".into(),
        },
    );
}

#[test]
fn redefining_a_protected_term_is_rejected() {
    let mut doc = base_credential();
    doc["@context"]
        .as_array_mut()
        .expect("list")
        .push(json!({"name": "https://evil.example/name"}));
    check_rejected(
        doc,
        JsonLdError::ProtectedTermRedefinition {
            term: "name".into(),
        },
    );
}

#[test]
fn an_embedded_context_can_define_extra_terms() {
    let mut doc = base_credential();
    doc["@context"]
        .as_array_mut()
        .expect("list")
        .push(json!({"grade": "https://example.org/vocab#grade"}));
    doc["credentialSubject"]["grade"] = json!("A+");
    let quads = processor().to_rdf(&doc).expect("expands");
    assert!(quads.iter().any(|q| q
        .to_string()
        .contains("<https://example.org/vocab#grade> \"A+\"")));
}

#[test]
fn an_empty_top_level_node_is_rejected() {
    check_rejected(
        json!({"@context": "https://www.w3.org/ns/credentials/v2", "id": "urn:x:1"}),
        JsonLdError::Dropped {
            what: "object with only @id",
        },
    );
}

#[test]
fn json_literals_are_canonical() {
    let doc = json!({
        "@context": "https://www.w3.org/ns/credentials/v2",
        "id": "urn:x:1",
        "type": "JsonSchema",
        "jsonSchema": {"b": 1.0, "a": [true, null, "x"]}
    });
    let quads = processor().to_rdf(&doc).expect("expands");
    let lines: String = quads.iter().map(ToString::to_string).collect();
    assert!(
        lines.contains(
            "\"{\\\"a\\\":[true,null,\\\"x\\\"],\\\"b\\\":1}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>"
        ),
        "{lines}"
    );
}

#[test]
fn the_hashed_typo_datatype_is_kept_verbatim() {
    let mut doc = base_credential();
    doc["credentialSubject"]["identifier"] = json!([{
        "type": "IdentityObject",
        "identityHash": "learner@example.org",
        "identityType": "emailAddress",
        "hashed": false
    }]);
    let quads = processor().to_rdf(&doc).expect("expands");
    let lines: String = quads.iter().map(ToString::to_string).collect();
    assert!(
        lines.contains("\"false\"^^<https://www.w3.org/2001/XMLSchema#boolean>"),
        "{lines}"
    );
}

/// The 1EdTech validator samples, every JSON file: which expand, and why the others fail.
/// Agrees file for file with jsonld.js in safe mode (see `differential_against_jsonld_js`). The
/// failures are the samples' own defects (the `*-err-*` schema negatives, an undefined proof type,
/// a draft CLR context nobody publishes) and must fail rather than be half-processed.
#[test]
fn validator_samples_expand_or_fail_as_jsonld_js_does() {
    let undefined = |t: &str| Err(JsonLdError::UndefinedTerm { term: t.into() });
    let undefined_type = |t: &str| Err(JsonLdError::UndefinedType { value: t.into() });
    let draft_clr = || {
        Err(JsonLdError::UnknownContext {
            url: "https://dc.imsglobal.org/draft/clr/v2p0/context".into(),
        })
    };
    let cases: Vec<(&str, Result<(), JsonLdError>)> = vec![
        (
            "ob30/bit-string-list/credential-status-revoked-blank-nodes.json",
            Ok(()),
        ),
        (
            "ob30/bit-string-list/credential-status-revoked.json",
            Ok(()),
        ),
        ("ob30/complete.json", Ok(())),
        (
            "ob30/complete_v1.json",
            undefined_type("1EdTechJsonSchemaValidator2019"),
        ),
        ("ob30/credential-status-revoked.json", Ok(())),
        ("ob30/endorsement-err-schema-status-refresh.json", Ok(())),
        ("ob30/endorsement-valid.json", Ok(())),
        ("ob30/sd/derivedcredential.json", Ok(())),
        ("ob30/simple-context-alias.json", Ok(())),
        ("ob30/simple-context-version.json", Ok(())),
        ("ob30/simple-did-key-method.json", Ok(())),
        ("ob30/simple-did-web-method.json", Ok(())),
        ("ob30/simple-eddsa-2022.json", Ok(())),
        (
            "ob30/simple-err-context.json",
            undefined("credentialSubject"),
        ),
        (
            "ob30/simple-err-credential-subject-achievement-result-description-type.json",
            undefined("resultType"),
        ),
        (
            "ob30/simple-err-credential-subject-identifier-type.json",
            undefined("hashed"),
        ),
        (
            "ob30/simple-err-credential-subject-profile-type.json",
            undefined_type("InvalidProfile"),
        ),
        (
            "ob30/simple-err-credential-subject-result-type.json",
            undefined("achievedLevel"),
        ),
        (
            "ob30/simple-err-credential-subject-type.json",
            undefined("achievement"),
        ),
        ("ob30/simple-err-evidence-type.json", undefined("audience")),
        ("ob30/simple-err-expired.json", Ok(())),
        ("ob30/simple-err-issued.json", Ok(())),
        (
            "ob30/simple-err-issuer-otheridentifier-type.json",
            undefined("identifier"),
        ),
        (
            "ob30/simple-err-issuer-parentorg-type.json",
            undefined_type("InvalidProfile"),
        ),
        (
            "ob30/simple-err-issuer-type.json",
            undefined_type("InvalidProfile"),
        ),
        ("ob30/simple-err-issuer.json", Ok(())),
        (
            "ob30/simple-err-proof-method-no-scheme.json",
            Err(JsonLdError::RelativeIri {
                value: "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x".into(),
            }),
        ),
        (
            "ob30/simple-err-proof-method-unknown-did-method.json",
            Ok(()),
        ),
        ("ob30/simple-err-proof-method-unknown-scheme.json", Ok(())),
        ("ob30/simple-err-proof-method.json", Ok(())),
        ("ob30/simple-err-proof-value.json", Ok(())),
        (
            "ob30/simple-err-type.json",
            undefined_type("OtherCredential"),
        ),
        // The first of its two proofs has the undefined type `SomeProofType`.
        ("ob30/simple-multiple-proofs.json", undefined("created")),
        ("ob30/simple-noproof.json", Ok(())),
        ("ob30/simple.json", Ok(())),
        ("ob30/simple_v1.json", Ok(())),
        ("clr20/complex.json", Ok(())),
        ("clr20/simple-noproof.json", draft_clr()),
        ("clr20/simple.json", Ok(())),
        ("clr20/simple_old_safesigned.json", draft_clr()),
        ("clr20/simple_v1.json", Ok(())),
    ];
    let dir = support::fixture("openbadges3/validator-samples");
    let mut all: Vec<String> = ["ob30", "clr20"]
        .iter()
        .flat_map(|sub| walk(&dir.join(sub)))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("json"))
        .map(|p| p.strip_prefix(&dir).unwrap_or(&p).display().to_string())
        .collect();
    all.sort();
    let mut listed: Vec<String> = cases.iter().map(|(f, _)| (*f).to_owned()).collect();
    listed.sort();
    assert_eq!(all, listed, "every JSON sample has an expected outcome");
    for (file, expected) in cases {
        let got = processor().to_rdf(&read_json(&dir.join(file))).map(|_| ());
        assert_eq!(got, expected, "{file}");
    }
}

/// The OB 3.0 and CLR 2.0 implementation guide's eddsa-rdfc-2022 vectors: canonical document and
/// proof configuration byte for byte. Read in place (specification licence, not copied).
#[test]
fn ob_and_clr_spec_test_vectors_canonicalise_as_published() {
    let Some(dir) = support::shared("vectors/openbadges3/spec-test-vectors") else {
        support::skip_loudly(
            "ob_and_clr_spec_test_vectors_canonicalise_as_published",
            "../shared/vectors absent",
        );
        return;
    };
    for vector in ["ob-eddsa-rdfc-2022", "clr-eddsa-rdfc-2022"] {
        let credential = read_json(&dir.join(vector).join("credential.json"));
        assert_eq!(
            canonical(&credential),
            read_text(&dir.join(vector).join("document-canon.nq")),
            "{vector}: document"
        );
        let mut options = read_json(&dir.join(vector).join("proof-options.json"));
        options["@context"] = credential["@context"].clone();
        assert_eq!(
            canonical(&options),
            read_text(&dir.join(vector).join("proof-canon.nq")),
            "{vector}: proof config"
        );
    }
}

#[test]
fn the_processor_is_shareable_across_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<JsonLdProcessor>();
    let doc = base_credential();
    let expected = processor().to_rdf(&doc).expect("expands");
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| assert_eq!(processor().to_rdf(&doc).expect("expands"), expected));
        }
    });
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Byte-for-byte agreement with jsonld.js 9 in safe mode + rdf-canonize 5 on every document the
/// reference script saw: same accept/reject decision, identical canonical N-Quads when accepted.
/// Needs `node tests/differential/reference.mjs` first (see tests/differential/README.md).
#[test]
#[ignore = "needs tests/differential/out/reference.json from Node"]
fn differential_against_jsonld_js() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let reference = root.join("tests/differential/out/reference.json");
    if !reference.exists() {
        support::skip_loudly(
            "differential_against_jsonld_js",
            "run `npm install && node reference.mjs` in tests/differential first",
        );
        return;
    }
    let entries = read_json(&reference);
    let mut mismatches = Vec::new();
    let (mut accepted, mut rejected, mut unsupported, mut stricter) = (0, 0, 0, 0);
    for entry in entries.as_array().expect("list") {
        let file = entry["file"].as_str().expect("file");
        let doc = read_json(&root.join(file));
        let ours = processor().to_rdf(&doc).map(|quads| {
            canonicalize(&quads, &Options::default())
                .expect("canonicalises")
                .nquads
        });
        match (entry.get("nquads").and_then(Value::as_str), ours) {
            (Some(want), Ok(got)) if want == got => accepted += 1,
            (Some(_), Ok(_)) => mismatches.push(format!("{file}: different N-Quads")),
            // Deliberately outside the subset: refused rather than guessed at.
            (Some(_), Err(JsonLdError::Unsupported { .. })) if file.contains("/unsupported-") => {
                unsupported += 1
            }
            // Where jsonld.js silently ignores or garbles part of a malformed document.
            (Some(_), Err(_)) if file.contains("/stricter-") => stricter += 1,
            (Some(_), Err(e)) => {
                mismatches.push(format!("{file}: we reject ({e}), jsonld.js accepts"))
            }
            (None, Err(_)) => rejected += 1,
            (None, Ok(_)) => mismatches.push(format!(
                "{file}: we accept, jsonld.js rejects ({})",
                entry["error"]
            )),
        }
    }
    eprintln!(
        "differential: {accepted} identical, {rejected} rejected by both, \
         {unsupported} outside the subset, {stricter} where we are stricter"
    );
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

/// Rough timing of warm `toRdf` (document + proof configuration) over the peers' 72 credentials.
/// Not a pass/fail test: run `cargo test --release --test it jsonld::to_rdf_timing -- --ignored
/// --nocapture` on an idle core (`taskset -c 0`). Measured on the project VM with a scratch
/// release build, under load: about 16.6 µs of CPU time per credential.
#[test]
#[ignore = "timing, run on demand"]
fn to_rdf_timing() {
    let mut pairs = Vec::new();
    for folder in ["js-eddsa-rdfc-2022", "js-ed25519signature2020"] {
        for entry in fs::read_dir(support::fixture(&format!("peers/{folder}"))).expect("dir") {
            let path = entry.expect("entry").path();
            if path.file_name().and_then(|n| n.to_str()) == Some("manifest.json") {
                continue;
            }
            let mut doc = read_json(&path);
            let mut proof = doc
                .as_object_mut()
                .and_then(|d| d.remove("proof"))
                .expect("proof");
            proof.as_object_mut().map(|p| p.remove("proofValue"));
            proof["@context"] = doc["@context"].clone();
            pairs.push((doc, proof));
        }
    }
    for (doc, proof) in &pairs {
        processor().to_rdf(doc).expect("expands");
        processor().to_rdf(proof).expect("expands");
    }
    let rounds = 200;
    let started = std::time::Instant::now();
    for _ in 0..rounds {
        for (doc, proof) in &pairs {
            std::hint::black_box(processor().to_rdf(doc).expect("expands"));
            std::hint::black_box(processor().to_rdf(proof).expect("expands"));
        }
    }
    let per = started.elapsed() / (rounds * pairs.len() as u32);
    eprintln!("warm toRdf, document + proof configuration: {per:?} per credential (wall clock)");
}
