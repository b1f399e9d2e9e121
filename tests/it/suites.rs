//! Signature suites against credentials made by other implementations and the standards' own
//! vectors: every peer file must get exactly the outcome its manifest states, at a fixed time.

use crate::support::fixture;
use chrono::{DateTime, Utc};
use erkend::import::{self, jws, Parsed};
use erkend::model::{Container, Format};
use erkend::verify::{self, keys, CheckName, KeyError, KeyResolver, Outcome, ResolvedKey, Verdict};
use serde_json::Value;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// The time every validity window is judged at: after all the peers' issuance dates, before
/// their 2099 horizon.
fn at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2027-06-01T00:00:00Z")
        .expect("date")
        .with_timezone(&Utc)
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A VC-JWT as the import layer will hand it over: the model from the payload credential (the
/// `vc` claim or the whole payload) and the decoded JWS.
fn parsed_jwt(text: &str) -> Parsed {
    let jws = jws::decode(text).expect("compact JWS");
    let payload: Value = serde_json::from_slice(&jws.payload).expect("JSON payload");
    let vc = verify::jose::credential_of(&payload);
    let inner = import::parse(&serde_json::to_vec(vc).expect("json")).expect("credential");
    Parsed {
        format: Format::Ob3Jwt,
        container: Container::Jws,
        jws: Some(jws),
        ..inner
    }
}

/// A file exactly as the wallet imports it (`import::parse` sniffs JSON, VC-JWT, OB 2.0 JWS).
fn parsed_file(path: &Path) -> Parsed {
    import::parse(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn outcome_of(v: &Verdict, check: CheckName) -> Vec<Outcome> {
    v.checks
        .iter()
        .filter(|c| c.check == check)
        .map(|c| c.outcome)
        .collect()
}

/// What the verdict says happened, in the manifests' words (tampering and wrong keys are the same
/// thing to a verifier: the signature does not match).
fn classify(v: &Verdict) -> String {
    let all = |check, outcome| {
        let o = outcome_of(v, check);
        !o.is_empty() && o.iter().all(|x| *x == outcome)
    };
    let any_failed = |check| outcome_of(v, check).contains(&Outcome::Failed);
    let proof_ok =
        all(CheckName::Signature, Outcome::Passed) && all(CheckName::Issuer, Outcome::Passed);
    if v.verified == Some(true) {
        "valid".into()
    } else if any_failed(CheckName::Signature) {
        "bad-signature".into()
    } else if all(CheckName::Signature, Outcome::Passed) && any_failed(CheckName::Issuer) {
        "issuer-mismatch".into()
    } else if proof_ok && any_failed(CheckName::Expiry) {
        "expired".into()
    } else if proof_ok && any_failed(CheckName::NotBefore) {
        "not-yet-valid".into()
    } else {
        format!(
            "undecided: {:?}",
            v.checks
                .iter()
                .map(|c| format!("{:?} {:?} {}", c.check, c.outcome, c.message))
                .collect::<Vec<_>>()
        )
    }
}

fn expected_class(entry: &Value) -> String {
    match entry["reason"].as_str() {
        None => "valid".into(),
        Some("tampered-name" | "tampered-proof" | "wrong-key") => "bad-signature".into(),
        Some(other) => other.into(),
    }
}

/// Runs every file of a peer manifest (filtered by extension); returns how many ran. Panics
/// with the full list of disagreements.
fn run_peer(folder: &str, ext: &str) -> usize {
    let dir = fixture(&format!("suites/peers/{folder}"));
    let manifest = json(&dir.join("manifest.json"));
    let mut disagreements = Vec::new();
    let mut ran = 0;
    for entry in manifest["files"].as_array().expect("files") {
        let file = entry["file"].as_str().expect("file");
        if !file.ends_with(ext) {
            continue;
        }
        let verdict = verify::verify(&parsed_file(&dir.join(file)), at());
        let (want, got) = (expected_class(entry), classify(&verdict));
        if want != got {
            disagreements.push(format!("{file}: expected {want}, got {got}"));
        }
        ran += 1;
    }
    assert!(
        disagreements.is_empty(),
        "{folder}: {} disagreement(s):\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
    ran
}

#[test]
fn js_jwt_peer_credentials_get_their_expected_outcomes() {
    assert_eq!(run_peer("js-jwt", ".jwt"), 36);
}

#[test]
fn openbadgeslib_jwts_with_a_jwk_header_get_their_expected_outcomes() {
    assert_eq!(run_peer("py-openbadgeslib-ob3", ".jwt"), 13);
}

#[test]
fn openbadgeslib_eddsa_rdfc_credentials_get_their_expected_outcomes() {
    assert_eq!(run_peer("py-openbadgeslib-ob3", ".json"), 12);
}

#[test]
fn js_eddsa_rdfc_2022_peer_credentials_get_their_expected_outcomes() {
    assert_eq!(run_peer("js-eddsa-rdfc-2022", ".json"), 36);
}

#[test]
fn js_ed25519signature2020_peer_credentials_get_their_expected_outcomes() {
    assert_eq!(run_peer("js-ed25519signature2020", ".json"), 36);
}

/// The `signature` outcomes of a W3C vector document (or of a changed copy of it).
fn w3c_signatures(rel: &str, doc: Option<Value>) -> Vec<Outcome> {
    let doc = doc.unwrap_or_else(|| json(&fixture(&format!("suites/vc-di-eddsa/{rel}"))));
    let bytes = serde_json::to_vec(&doc).expect("json");
    let verdict = verify::verify(&import::parse(&bytes).expect("parses"), at());
    outcome_of(&verdict, CheckName::Signature)
}

#[test]
fn w3c_eddsa_jcs_2022_vector_verifies_and_a_changed_copy_does_not() {
    let rel = "eddsa-jcs-2022/signedJCS.json";
    assert_eq!(w3c_signatures(rel, None), [Outcome::Passed]);
    let mut changed = json(&fixture(&format!("suites/vc-di-eddsa/{rel}")));
    changed["name"] = "Alumni Credential!".into();
    assert_eq!(w3c_signatures(rel, Some(changed)), [Outcome::Failed]);
}

#[test]
fn w3c_rdfc_and_2020_vectors_verify() {
    for rel in [
        "eddsa-rdfc-2022/signedDataInt.json",
        "eddsa-rdfc-2022/employ/signedDataInt.json",
        "Ed25519Signature2020/signedEdSig.json",
    ] {
        assert_eq!(w3c_signatures(rel, None), [Outcome::Passed], "{rel}");
    }
}

#[test]
fn w3c_proof_sets_and_chains_verify_every_proof() {
    for (rel, proofs) in [
        ("proof-set-chain/signedProofSet1.json", 1),
        ("proof-set-chain/signedProofSet2.json", 2),
        ("proof-set-chain/signedProofChain1.json", 3),
        ("proof-set-chain/signedProofChain2.json", 4),
    ] {
        let doc = json(&fixture(&format!("suites/vc-di-eddsa/{rel}")));
        let n = match &doc["proof"] {
            Value::Array(a) => a.len(),
            _ => 1,
        };
        assert_eq!(n, proofs, "{rel}");
        assert_eq!(
            w3c_signatures(rel, Some(doc)),
            vec![Outcome::Passed; proofs],
            "{rel}"
        );
    }
}

#[test]
fn rfc8037_jws_verifies_with_its_jwk_and_as_did_jwk() {
    let v = json(&fixture("suites/vc-jwt/rfc8037-ed25519-jws.json"));
    let jws = jws::decode(v["compactJws"].as_str().expect("jws")).expect("decodes");
    let key = keys::from_jwk(&v["publicJwk"]).expect("key");
    assert_eq!(verify::jose::verify_jws(&jws, &key), Ok(()));
    let did = format!(
        "did:jwk:{}#0",
        base64_url(&serde_json::to_vec(&v["publicJwk"]).expect("json"))
    );
    let resolved = verify::OfflineResolver::new()
        .resolve(&did)
        .expect("did:jwk");
    assert_eq!(verify::jose::verify_jws(&jws, &resolved.key), Ok(()));
    // The private JWK's `x` is the same key: a JWK with extra members still decodes.
    assert_eq!(keys::from_jwk(&v["privateJwk"]).expect("key"), key);
}

fn base64_url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The transmute vector's `kid` (`did:example:…`) resolves nowhere; its key is a JsonWebKey2020
/// entry of the issuer's (old-style) DID document, which this resolver serves under that kid.
struct TransmuteKeys {
    kid: String,
    key: ResolvedKey,
}

impl KeyResolver for TransmuteKeys {
    fn resolve(&self, method: &str) -> Result<ResolvedKey, KeyError> {
        if method == self.kid {
            Ok(self.key.clone())
        } else {
            Err(KeyError::Unsupported(method.into()))
        }
    }
}

#[test]
fn transmute_vc_jwt_verifies_with_a_passed_in_resolver_and_not_offline() {
    let dir = fixture("suites/vc-jwt/transmute-vc-jwt");
    let issued = json(&dir.join("credential-issued.json"));
    let did_doc = json(&dir.join("unlocked-did.json"));
    let entry = did_doc["publicKey"]
        .as_array()
        .expect("keys")
        .iter()
        .find(|k| k["type"] == "JsonWebKey2020")
        .expect("JsonWebKey2020");
    let parsed = parsed_jwt(issued["jwt"].as_str().expect("jwt"));
    let kid = parsed.jws.as_ref().expect("jws").header["kid"]
        .as_str()
        .expect("kid")
        .to_string();
    let resolver = TransmuteKeys {
        kid,
        key: ResolvedKey {
            id: "did:example:123".into(),
            controller: entry["controller"].as_str().expect("controller").into(),
            key: Arc::new(keys::key_from_method(entry).expect("key")),
        },
    };
    let verdict = verify::verify_with(&parsed, at(), &resolver);
    assert_eq!(
        outcome_of(&verdict, CheckName::Signature),
        [Outcome::Passed]
    );
    assert_eq!(outcome_of(&verdict, CheckName::Issuer), [Outcome::Passed]);
    assert_eq!(verdict.verified, Some(true));

    // Offline, the did:example kid cannot be resolved: unchecked, never passed.
    let offline = verify::verify(&parsed, at());
    assert_eq!(
        outcome_of(&offline, CheckName::Signature),
        [Outcome::Unchecked]
    );
    assert_eq!(offline.verified, None);
}

#[test]
fn a_jwt_signed_with_alg_none_or_hs256_fails() {
    let text = std::fs::read_to_string(fixture("suites/peers/js-jwt/ob3-0001.jwt")).expect("jwt");
    for header in [
        r#"{"alg":"none","typ":"JWT"}"#,
        r#"{"alg":"HS256","typ":"JWT"}"#,
    ] {
        let rest = text.trim().split_once('.').expect("dot").1;
        let forged = format!("{}.{rest}", base64_url(header.as_bytes()));
        let verdict = verify::verify(&parsed_jwt(&forged), at());
        assert_eq!(
            signature_outcome(&verdict),
            (Outcome::Failed, "check-signature-alg-refused")
        );
        assert_eq!(verdict.verified, Some(false));
    }
}

/// Every `check-*` message id the verifier can emit (string literals under `src/verify/`).
fn check_message_ids() -> std::collections::BTreeSet<String> {
    fn walk(dir: &Path, out: &mut std::collections::BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("dir").filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                for piece in text.split("\"check-").skip(1) {
                    if let Some((id, _)) = piece.split_once('"') {
                        if id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                            out.insert(format!("check-{id}"));
                        }
                    }
                }
            }
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/verify"),
        &mut ids,
    );
    ids
}

#[test]
fn every_check_message_exists_in_every_locale() {
    let ids = check_message_ids();
    assert!(ids.len() >= 25, "{ids:?}");
    // Per locale, not through the fallback chain: a missing Dutch message must not hide behind
    // the English one.
    for lang in ["en", "nl", "ar"] {
        let sources = erkend::i18n::sources(lang);
        let defined = |id: &str| {
            sources.iter().any(|(_, src)| {
                src.lines()
                    .any(|l| l.strip_prefix(id).is_some_and(|r| r.starts_with(" =")))
            })
        };
        let missing: Vec<_> = ids.iter().filter(|id| !defined(id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

/// Rough speed per credential (run with `--ignored --nocapture`); not a timed test.
#[test]
#[ignore]
fn measure_verify_time_per_credential() {
    for (folder, ext) in [
        ("js-jwt", ".jwt"),
        ("js-eddsa-rdfc-2022", ".json"),
        ("js-ed25519signature2020", ".json"),
    ] {
        let dir = fixture(&format!("suites/peers/{folder}"));
        let parsed: Vec<Parsed> = std::fs::read_dir(&dir)
            .expect("dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(ext) && !p.ends_with("manifest.json"))
            .map(|p| parsed_file(&p))
            .collect();
        let rounds = 20;
        let start = Instant::now();
        for _ in 0..rounds {
            for p in &parsed {
                std::hint::black_box(verify::verify(p, at()));
            }
        }
        let per = start.elapsed() / (rounds * parsed.len() as u32);
        eprintln!(
            "{folder}: {} credentials, {per:?} per verification",
            parsed.len()
        );
    }
}

#[test]
fn ob2_signed_assertions_verify_with_the_issuers_key_document_and_not_offline() {
    let dir = fixture("suites/peers/py-ob2-baked");
    let mut keys = verify::DocumentKeys::new();
    assert_eq!(keys.add_document(&json(&dir.join("hosted/key.json"))), 1);
    let manifest = json(&dir.join("manifest.json"));
    let mut disagreements = Vec::new();
    let mut ran = 0;
    for entry in manifest["files"].as_array().expect("files") {
        let file = entry["file"].as_str().expect("file");
        if !file.ends_with(".jws") {
            continue;
        }
        let parsed = parsed_file(&dir.join(file));
        assert_eq!(parsed.format, Format::Ob2Signed, "{file}");
        let verdict = verify::verify_with(&parsed, at(), &keys);
        let sig = outcome_of(&verdict, CheckName::Signature);
        let got = match entry["reason"].as_str() {
            // The BadgeClass is linked, not embedded: who issued it is known only online.
            None => sig == [Outcome::Passed] && verdict.verified.is_none(),
            Some("tampered-payload" | "wrong-key") => sig == [Outcome::Failed],
            Some("expired") => {
                sig == [Outcome::Passed]
                    && outcome_of(&verdict, CheckName::Expiry) == [Outcome::Failed]
            }
            Some(other) => panic!("unknown reason {other}"),
        };
        if !got {
            disagreements.push(format!("{file}: {:?}", verdict.checks));
        }
        // Offline, the key document at an https URL is out of reach: unchecked, never passed.
        let offline = verify::verify(&parsed, at());
        assert_eq!(
            outcome_of(&offline, CheckName::Signature),
            [Outcome::Unchecked]
        );
        ran += 1;
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    assert_eq!(ran, 8);
}

#[test]
fn rs256_jwt_from_the_1edtech_validator_verifies_but_its_header_key_is_not_trusted() {
    let text = std::fs::read_to_string(fixture("suites/validator/clr20-simple.jwt")).expect("jwt");
    let jws = jws::decode(&text).expect("decodes");
    let key = keys::from_jwk(&jws.header["jwk"]).expect("RSA JWK");
    assert_eq!(key.kind(), "RSA");
    assert_eq!(verify::jose::verify_jws(&jws, &key), Ok(()));
    let mut tampered = jws.clone();
    tampered.signing_input.push('A');
    assert_eq!(
        verify::jose::verify_jws(&tampered, &key),
        Err(verify::jose::SignatureError::Mismatch)
    );
    let mut short = jws.clone();
    short.signature.pop();
    assert_eq!(
        verify::jose::verify_jws(&short, &key),
        Err(verify::jose::SignatureError::Malformed)
    );
    // The issuer is an https URL: a key in the header cannot be tied to it offline.
    let verdict = verify::verify(&parsed_jwt(&text), at());
    assert_eq!(
        signature_outcome(&verdict),
        (Outcome::Unchecked, "check-signature-key-not-bound")
    );
    assert_eq!(verdict.verified, None);
}

#[test]
fn es256_jws_verifies_with_a_p256_jwk_and_a_p256_did_key() {
    use p256::ecdsa::{signature::Signer, Signature, SigningKey};
    // A fixed key (RFC 6979 A.2.5's private key); signing is deterministic (RFC 6979).
    let sk = SigningKey::from_slice(
        &hex::decode("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721")
            .expect("hex"),
    )
    .expect("key");
    let header = base64_url(br#"{"alg":"ES256"}"#);
    let payload = base64_url(b"sample");
    let input = format!("{header}.{payload}");
    let sig: Signature = sk.sign(input.as_bytes());
    let text = format!("{input}.{}", base64_url(&sig.to_bytes()));
    let jws = jws::decode(&text).expect("decodes");

    let point = sk.verifying_key().to_encoded_point(false);
    let jwk = serde_json::json!({
        "kty": "EC", "crv": "P-256",
        "x": base64_url(point.x().expect("x")), "y": base64_url(point.y().expect("y")),
    });
    assert_eq!(
        verify::jose::verify_jws(&jws, &keys::from_jwk(&jwk).expect("jwk")),
        Ok(())
    );

    let compressed = sk.verifying_key().to_encoded_point(true);
    let mut multikey = vec![0x80, 0x24];
    multikey.extend_from_slice(compressed.as_bytes());
    let did = format!("did:key:z{}", bs58::encode(multikey).into_string());
    let resolved = verify::OfflineResolver::new()
        .resolve(&did)
        .expect("did:key P-256");
    assert_eq!(verify::jose::verify_jws(&jws, &resolved.key), Ok(()));

    let mut der_length = jws.clone();
    der_length.signature.push(0);
    assert!(verify::jose::verify_jws(&der_length, &resolved.key).is_err());
}

#[test]
fn a_jwt_whose_kid_is_a_did_web_method_is_unchecked_offline() {
    let text = std::fs::read_to_string(fixture("suites/peers/js-jwt/ob3-0001.jwt")).expect("jwt");
    let rest = text.trim().split_once('.').expect("dot").1;
    let header = r#"{"alg":"EdDSA","typ":"JWT","kid":"did:web:academy.example.org#key-1"}"#;
    let verdict = verify::verify(
        &parsed_jwt(&format!("{}.{rest}", base64_url(header.as_bytes()))),
        at(),
    );
    assert_eq!(
        signature_outcome(&verdict),
        (Outcome::Unchecked, "check-signature-needs-network")
    );
    assert_eq!(verdict.verified, None);
}

/// The 1EdTech validator's OB 3.0 / CLR 2.0 samples: nothing its proof check calls invalid may
/// pass here, nothing signed through an https method may pass offline, and the did:key samples
/// it calls valid must pass.
#[test]
fn onedtech_validator_samples_never_pass_what_they_should_not() {
    let Some(dir) = crate::support::shared("vectors/openbadges3/validator-samples") else {
        crate::support::skip_loudly("suites::onedtech_validator_samples", "no ../shared");
        return;
    };
    let expectations = json(&dir.join("expectations.json"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for (file, e) in expectations["files"].as_object().expect("files") {
        if e["format"] != "json" {
            continue;
        }
        let Ok(parsed) = import::parse(&read(&dir.join(file))) else {
            continue;
        };
        let verdict = verify::verify(&parsed, at());
        let sig = outcome_of(&verdict, CheckName::Signature);
        let local: Vec<&str> = e["local_signature_check"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let methods: Vec<&str> = e["proofs"]
            .as_array()
            .expect("proofs")
            .iter()
            .filter_map(|p| p["verificationMethod"].as_str())
            .collect();
        for (i, outcome) in sig.iter().enumerate() {
            let (Some(l), Some(m)) = (local.get(i), methods.get(i)) else {
                continue;
            };
            let passed = *outcome == Outcome::Passed;
            let bad = (passed && (l.starts_with("INVALID") || !m.starts_with("did:key:")))
                || (m.starts_with("did:key:")
                    && l.starts_with("valid (eddsa-rdfc-2022")
                    && *outcome != Outcome::Passed);
            if bad {
                problems.push(format!(
                    "{file} proof {i}: local {l}, method {m}, got {outcome:?}"
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} proofs checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The outcome and message id of a verdict's (first) signature check.
fn signature_outcome(verdict: &erkend::verify::Verdict) -> (Outcome, &str) {
    let sig = verdict
        .checks
        .iter()
        .find(|c| c.check == CheckName::Signature)
        .expect("signature check");
    (sig.outcome, sig.message.as_str())
}
