//! Generator of large, realistic wallets for benchmarks and scale tests: credential files across
//! formats — Open Badges 3.0 with `eddsa-rdfc-2022` and `eddsa-jcs-2022` proofs, VC-JWT
//! (EdDSA), Open Badges 2.0 hosted assertions and CLR 2.0 bundles — from several issuers with
//! their own `did:key`, each aligned to real ESCO skills from `data/esco`.
//!
//! Deterministic: the same count and seed give byte-identical files. Signed with ed25519-dalek
//! over the core's own canonicalisers (JSON-LD → RDFC-1.0, JCS), so the files are exactly what
//! the verifier checks; `tests/reference/agree.sh` shows those canonicalisers agree with
//! Digital Bazaar's. Shared by `benches/wallet.rs` and the integration tests (`#[path]`).

#![allow(dead_code)]

use base64::Engine;
use ed25519_dalek::{Signer, SigningKey};
use erkend::verify::canon::{self, jcs, Options};
use erkend::verify::jsonld::JsonLdProcessor;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// The formats produced, in the order they cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// OB 3.0 JSON with an `eddsa-rdfc-2022` proof.
    Rdfc,
    /// OB 3.0 JSON with an `eddsa-jcs-2022` proof.
    Jcs,
    /// OB 3.0 as a VC-JWT signed with EdDSA.
    Jwt,
    /// OB 2.0 hosted assertion (badge and issuer embedded).
    Ob2,
}

/// Share of each format in a generated wallet (out of 20): 9 rdfc, 4 jcs, 4 jwt, 3 OB 2.0.
const MIX: [Kind; 20] = [
    Kind::Rdfc,
    Kind::Jcs,
    Kind::Jwt,
    Kind::Rdfc,
    Kind::Ob2,
    Kind::Rdfc,
    Kind::Jcs,
    Kind::Jwt,
    Kind::Rdfc,
    Kind::Rdfc,
    Kind::Ob2,
    Kind::Jcs,
    Kind::Rdfc,
    Kind::Jwt,
    Kind::Rdfc,
    Kind::Jcs,
    Kind::Ob2,
    Kind::Jwt,
    Kind::Rdfc,
    Kind::Rdfc,
];

const ISSUERS: [(&str, &str); 6] = [
    ("ROC Midden Nederland", "https://www.rocmn.example.nl/"),
    (
        "Stichting Taalhuis Utrecht",
        "https://taalhuis.example.org/",
    ),
    (
        "Technical Vocational Institute Aleppo (archive)",
        "https://tvi-aleppo.example.org/",
    ),
    ("Київський фаховий коледж", "https://college.example.ua/"),
    ("Code Academy Amsterdam", "https://codeacademy.example.nl/"),
    ("Zorgacademie Rotterdam", "https://zorgacademie.example.nl/"),
];

/// The learner whose wallet this is.
const LEARNER: &str = "Amina Yusuf";

/// The learner's holder DID (the subject of every OB 3.0 credential).
const LEARNER_DID: &str = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

/// An issuer: its key and its `did:key`.
pub struct Issuer {
    pub name: &'static str,
    pub url: &'static str,
    pub key: SigningKey,
    pub did: String,
    pub method: String,
}

impl Issuer {
    fn new(index: usize, seed: u64) -> Issuer {
        let secret: [u8; 32] =
            Sha256::digest(format!("erkend wallet generator issuer {index} {seed}")).into();
        let key = SigningKey::from_bytes(&secret);
        let mut bytes = vec![0xed, 0x01];
        bytes.extend_from_slice(key.verifying_key().as_bytes());
        let fingerprint = format!("z{}", bs58::encode(bytes).into_string());
        let (name, url) = ISSUERS[index % ISSUERS.len()];
        Issuer {
            name,
            url,
            key,
            did: format!("did:key:{fingerprint}"),
            method: format!("did:key:{fingerprint}#{fingerprint}"),
        }
    }
}

/// An ESCO skill: concept URI and English preferred label.
#[derive(Clone)]
pub struct Skill {
    pub uri: String,
    pub label: String,
}

/// Real ESCO skills from the bundled data (`data/esco`), in file order.
pub fn esco_skills(root: &Path, limit: usize) -> Vec<Skill> {
    let open = |name: &str| {
        let file = std::fs::File::open(root.join("data/esco").join(name)).expect("ESCO data");
        std::io::BufReader::new(flate2::read::GzDecoder::new(file))
    };
    let mut ids = std::collections::HashMap::new();
    for line in open("concepts.tsv.gz").lines() {
        let line = line.expect("concepts line");
        let mut cols = line.split('\t');
        let (Some(id), Some(uri)) = (cols.next(), cols.next()) else {
            continue;
        };
        if uri.contains("/esco/skill/") && ids.len() < limit * 4 {
            ids.insert(id.to_owned(), uri.to_owned());
        }
    }
    let mut skills = Vec::new();
    for line in open("labels.tsv.gz").lines() {
        let line = line.expect("labels line");
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 4 && cols[1] == "en" && cols[2] == "p" {
            if let Some(uri) = ids.remove(cols[0]) {
                skills.push(Skill {
                    uri,
                    label: cols[3].to_owned(),
                });
                if skills.len() == limit {
                    break;
                }
            }
        }
    }
    skills
}

/// A deterministic UUID-shaped id.
fn uuid(seed: u64, i: usize, what: &str) -> String {
    let h = hex::encode(Sha256::digest(format!("{what} {seed} {i}")));
    format!(
        "urn:uuid:{}-{}-4{}-a{}-{}",
        &h[..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

/// An unsigned OB 3.0 credential.
fn ob3(i: usize, seed: u64, issuer: &Issuer, skills: &[Skill]) -> Value {
    let skill = &skills[i % skills.len()];
    let second = &skills[(i * 7 + 3) % skills.len()];
    let day = 1 + i % 28;
    let month = 1 + (i / 28) % 12;
    json!({
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": uuid(seed, i, "credential"),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": format!("{} ({})", capitalise(&skill.label), i),
        "issuer": {"id": issuer.did, "type": ["Profile"], "name": issuer.name, "url": issuer.url},
        "validFrom": format!("20{:02}-{month:02}-{day:02}T09:00:00Z", 18 + i % 8),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "id": LEARNER_DID,
            "name": LEARNER,
            "achievement": {
                "id": format!("{}achievements/{}", issuer.url, i % 500),
                "type": ["Achievement"],
                "name": capitalise(&skill.label),
                "description": format!("Shows the skill: {}.", skill.label),
                "criteria": {"narrative": "Passed a practical assessment observed by two assessors."},
                "alignment": [
                    {"type": ["Alignment"], "targetName": skill.label, "targetUrl": skill.uri,
                     "targetFramework": "ESCO"},
                    {"type": ["Alignment"], "targetName": second.label, "targetUrl": second.uri,
                     "targetFramework": "ESCO"}
                ]
            }
        }
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Canonical N-Quads of a JSON-LD document, by the core's JSON-LD and RDFC-1.0.
fn rdfc(doc: &Value) -> Vec<u8> {
    let quads = JsonLdProcessor::global()
        .expect("bundled contexts")
        .to_rdf(doc)
        .expect("generated credentials are valid JSON-LD");
    canon::canonicalize(&quads, &Options::default())
        .expect("canonical")
        .nquads
        .into_bytes()
}

/// Adds a Data Integrity proof (`eddsa-rdfc-2022` or `eddsa-jcs-2022`).
pub fn sign_di(mut doc: Value, issuer: &Issuer, cryptosuite: &str, created: &str) -> Value {
    let mut config = json!({
        "type": "DataIntegrityProof",
        "cryptosuite": cryptosuite,
        "created": created,
        "verificationMethod": issuer.method,
        "proofPurpose": "assertionMethod",
    });
    config["@context"] = doc["@context"].clone();
    let (config_bytes, doc_bytes) = if cryptosuite == "eddsa-jcs-2022" {
        (
            jcs::canonicalize_to_vec(&config),
            jcs::canonicalize_to_vec(&doc),
        )
    } else {
        (rdfc(&config), rdfc(&doc))
    };
    let mut data = Sha256::digest(config_bytes).to_vec();
    data.extend_from_slice(&Sha256::digest(doc_bytes));
    let signature = issuer.key.sign(&data).to_bytes();
    if let Some(c) = config.as_object_mut() {
        c.remove("@context");
    }
    config["proofValue"] = json!(format!("z{}", bs58::encode(signature).into_string()));
    doc["proof"] = config;
    doc
}

/// A VC-JWT (EdDSA) of the credential, with the registered claims set as `jose` users do.
pub fn sign_jwt(doc: &Value, issuer: &Issuer) -> String {
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut claims = doc.clone();
    claims["iss"] = json!(issuer.did);
    claims["jti"] = doc["id"].clone();
    claims["sub"] = doc["credentialSubject"]["id"].clone();
    claims["nbf"] = json!(1_600_000_000);
    let header = json!({"alg": "EdDSA", "typ": "JWT", "kid": issuer.method});
    let input = format!(
        "{}.{}",
        b64.encode(serde_json::to_vec(&header).expect("json")),
        b64.encode(serde_json::to_vec(&claims).expect("json"))
    );
    let signature = issuer.key.sign(input.as_bytes()).to_bytes();
    format!("{input}.{}", b64.encode(signature))
}

/// An OB 2.0 hosted assertion with its badge class and issuer embedded.
fn ob2(i: usize, seed: u64, issuer: &Issuer, skills: &[Skill]) -> Value {
    let skill = &skills[(i * 3 + 1) % skills.len()];
    json!({
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": format!("{}assertions/{}", issuer.url, uuid(seed, i, "ob2").trim_start_matches("urn:uuid:")),
        "recipient": {"type": "email", "hashed": false, "identity": "amina.yusuf@example.org"},
        "issuedOn": format!("20{:02}-0{}-1{}T10:00:00Z", 16 + i % 6, 1 + i % 9, i % 10),
        "verification": {"type": "hosted"},
        "badge": {
            "type": "BadgeClass",
            "id": format!("{}badges/{}", issuer.url, i % 300),
            "name": capitalise(&skill.label),
            "description": format!("Shows the skill: {}.", skill.label),
            "image": format!("{}badges/{}.png", issuer.url, i % 300),
            "criteria": {"narrative": "Completed the course and its final assignment."},
            "alignment": [{"targetName": skill.label, "targetUrl": skill.uri,
                           "targetFramework": "ESCO"}],
            "issuer": {"type": "Profile", "id": issuer.url, "name": issuer.name,
                       "url": issuer.url, "email": "badges@example.org"}
        }
    })
}

/// Writes `count` credential files into `out` (created); returns their paths in order.
pub fn generate(root: &Path, out: &Path, count: usize, seed: u64) -> Vec<PathBuf> {
    generate_mix(root, out, count, seed, &MIX)
}

/// [`generate`] with every file of one format (for side-by-side comparisons).
pub fn generate_one_kind(
    root: &Path,
    out: &Path,
    count: usize,
    seed: u64,
    kind: Kind,
) -> Vec<PathBuf> {
    generate_mix(root, out, count, seed, &[kind])
}

fn generate_mix(root: &Path, out: &Path, count: usize, seed: u64, mix: &[Kind]) -> Vec<PathBuf> {
    std::fs::create_dir_all(out).expect("output folder");
    let issuers: Vec<Issuer> = (0..ISSUERS.len()).map(|i| Issuer::new(i, seed)).collect();
    let skills = esco_skills(root, 2000);
    assert!(skills.len() >= 100, "ESCO skills found: {}", skills.len());
    let mut paths = Vec::with_capacity(count);
    for i in 0..count {
        let issuer = &issuers[(i * 5 + i / 7) % issuers.len()];
        let kind = mix[i % mix.len()];
        let (name, bytes) = match kind {
            Kind::Rdfc | Kind::Jcs => {
                let suite = if kind == Kind::Rdfc {
                    "eddsa-rdfc-2022"
                } else {
                    "eddsa-jcs-2022"
                };
                let signed = sign_di(
                    ob3(i, seed, issuer, &skills),
                    issuer,
                    suite,
                    "2025-06-01T12:00:00Z",
                );
                (
                    format!("c{i:05}.json"),
                    serde_json::to_vec_pretty(&signed).expect("json"),
                )
            }
            Kind::Jwt => (
                format!("c{i:05}.jwt"),
                sign_jwt(&ob3(i, seed, issuer, &skills), issuer).into_bytes(),
            ),
            Kind::Ob2 => (
                format!("c{i:05}.json"),
                serde_json::to_vec_pretty(&ob2(i, seed, issuer, &skills)).expect("json"),
            ),
        };
        let path = out.join(name);
        std::fs::write(&path, bytes).expect("write credential");
        paths.push(path);
    }
    paths
}

/// A CLR 2.0 bundle (`eddsa-jcs-2022`) carrying the given signed credentials.
pub fn clr_bundle(issuer: &Issuer, nested: Vec<Value>, seed: u64) -> Value {
    let doc = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": uuid(seed, 0, "clr"),
        "type": ["VerifiableCredential", "ClrCredential"],
        "name": "Transcript",
        "issuer": {"id": issuer.did, "type": ["Profile"], "name": issuer.name},
        "validFrom": "2025-01-01T00:00:00Z",
        "credentialSubject": {"type": ["ClrSubject"], "verifiableCredential": nested}
    });
    sign_di(doc, issuer, "eddsa-jcs-2022", "2025-06-01T12:00:00Z")
}

/// Issuers for tests that build their own documents.
pub fn issuers(seed: u64) -> Vec<Issuer> {
    (0..ISSUERS.len()).map(|i| Issuer::new(i, seed)).collect()
}

/// One signed OB 3.0 credential (for tests).
pub fn signed_ob3(root: &Path, i: usize, issuer: &Issuer, cryptosuite: &str) -> Value {
    let skills = esco_skills(root, 50);
    sign_di(
        ob3(i, 1, issuer, &skills),
        issuer,
        cryptosuite,
        "2025-06-01T12:00:00Z",
    )
}
