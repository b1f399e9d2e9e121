//! Shared test helpers: fixture paths and the `../shared` folder when it is present.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `tests/fixtures/<rel>`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// `../shared/<rel>` beside the checkout, when it exists. Tests that use it must print loudly
/// when they skip because it is absent (a fresh clone elsewhere has no `../shared`).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    p.exists().then_some(p)
}

/// Prints a loud skip notice (visible with `--nocapture` and in CI logs via stderr).
pub fn skip_loudly(test: &str, why: &str) {
    eprintln!("\n*** SKIPPED {test}: {why} ***\n");
}

/// The path of the built `erkend` binary (for CLI and crash tests).
pub fn erkend_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_erkend"))
}

/// Signs `doc` with an `eddsa-jcs-2022` Data Integrity proof by the `did:key` of `seed`, and sets
/// that DID as the issuer's id, so the credential verifies offline (signature and issuer).
pub fn sign_eddsa_jcs(mut doc: serde_json::Value, seed: [u8; 32]) -> serde_json::Value {
    use ed25519_dalek::{Signer, SigningKey};
    use sha2::{Digest, Sha256};
    let key = SigningKey::from_bytes(&seed);
    let mut multikey = vec![0xed, 0x01];
    multikey.extend_from_slice(key.verifying_key().as_bytes());
    let fingerprint = format!("z{}", bs58::encode(multikey).into_string());
    let did = format!("did:key:{fingerprint}");
    doc["issuer"]["id"] = serde_json::json!(did);
    let config = serde_json::json!({
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": "2026-01-15T00:00:00Z",
        "verificationMethod": format!("{did}#{fingerprint}"),
        "proofPurpose": "assertionMethod",
        "@context": doc["@context"].clone(),
    });
    let jcs = erkend::verify::canon::jcs::canonicalize_to_vec;
    let mut data = Sha256::digest(jcs(&config)).to_vec();
    data.extend_from_slice(&Sha256::digest(jcs(&doc)));
    let signature = key.sign(&data);
    let mut proof = config;
    proof["proofValue"] = serde_json::json!(format!(
        "z{}",
        bs58::encode(signature.to_bytes()).into_string()
    ));
    doc["proof"] = proof;
    doc
}

/// An Open Badges 3.0 credential named `name`, aligned to the given ESCO skills (unsigned).
pub fn ob3_badge(name: &str, skills: &[&str]) -> serde_json::Value {
    let alignment: Vec<serde_json::Value> = skills
        .iter()
        .map(|uri| {
            serde_json::json!({
                "type": ["Alignment"], "targetName": uri, "targetUrl": uri,
                "targetFramework": "ESCO", "targetType": "ext:ESCOSkill"
            })
        })
        .collect();
    let slug: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    serde_json::json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": format!("urn:example:badge:{slug}"),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": name,
        "issuer": {"id": "https://academy.example.org/issuer", "type": ["Profile"], "name": "Erkend Test Academy"},
        "validFrom": "2026-01-15T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": "Layla Haddad",
            "achievement": {
                "id": format!("https://academy.example.org/achievements/{slug}"),
                "type": ["Achievement"],
                "name": name,
                "description": format!("{name}."),
                "criteria": {"narrative": "Passed the assessment."},
                "alignment": alignment
            }
        }
    })
}

/// Runs the `erkend` binary on the wallet `wallet` with the ESCO database `esco` (so the CLI does
/// not build its own), in English unless `--lang` says otherwise, and asserts exit 0.
pub fn erkend_ok(wallet: &Path, esco: &Path, args: &[&str]) -> std::process::Output {
    let out = std::process::Command::new(erkend_bin())
        .arg("--wallet")
        .arg(wallet)
        .args(args)
        .env_remove("ERKEND_PASSPHRASE")
        .env("ERKEND_ESCO_DB", esco)
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("run erkend");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A finished command's standard error, as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A finished command's standard output as JSON lines.
pub fn json_lines(out: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}
