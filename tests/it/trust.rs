//! Trust lists, revocation status, did:web keys and hosted OB 2.0 assertions, against a real
//! HTTP server on 127.0.0.1 that each test starts itself (credential URLs are mapped to it with
//! the fetcher's test-only rewrite table). Verification afterwards reads only the kept
//! documents: the server's request counter proves no request is made outside a refresh.

use crate::online_http::{read_path, respond};
use crate::support::{erkend_bin, fixture, shared, skip_loudly};
use chrono::{DateTime, Duration, Utc};
use ed25519_dalek::{Signer, SigningKey};
use erkend::import;
use erkend::online::{self, Fetcher};
use erkend::status::bits;
use erkend::trust::{self, list, Context, FetchCache, Installed, PublicDir};
use erkend::verify::{CheckName, Outcome, Trust, Verdict};
use erkend::{Error, Wallet};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const HOST: &str = "https://badges.erkend-test.example/";
const WEB_HOST: &str = "https://issuer.erkend-test.example/";
const WEB_DID: &str = "did:web:issuer.erkend-test.example";
const STATUS_HOST: &str = "https://status.erkend-test.example/";
const ISSUER_SEED: [u8; 32] = [11; 32];
const WEB_SEED: [u8; 32] = [12; 32];
const LIST_SEED: [u8; 32] = [13; 32];

/// What the test server answers per path: status and body.
type Routes = Arc<Mutex<HashMap<String, (u16, Vec<u8>)>>>;

/// A tiny HTTP/1.1 server over std: path → (status, body); counts requests.
pub(crate) struct Server {
    port: u16,
    routes: Routes,
    hits: Arc<AtomicUsize>,
}

impl Server {
    pub(crate) fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let routes: Routes = Arc::default();
        let hits = Arc::new(AtomicUsize::new(0));
        let (r, h) = (routes.clone(), hits.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let path = read_path(&mut stream).unwrap_or_else(|| "/".into());
                h.fetch_add(1, Ordering::SeqCst);
                let (status, body) = r
                    .lock()
                    .expect("routes")
                    .get(&path)
                    .cloned()
                    .unwrap_or((404, b"not found".to_vec()));
                respond(&mut stream, status, &body);
            }
        });
        Server { port, routes, hits }
    }

    fn serve(&self, path: &str, status: u16, body: &[u8]) {
        self.routes
            .lock()
            .expect("routes")
            .insert(path.to_string(), (status, body.to_vec()));
    }

    fn serve_json(&self, path: &str, doc: &Value) {
        self.serve(path, 200, &serde_json::to_vec(doc).expect("json"));
    }

    pub(crate) fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    /// A fetcher whose test hosts all go to this server (one path prefix per host).
    pub(crate) fn fetcher(&self) -> Fetcher {
        let base = format!("http://127.0.0.1:{}/", self.port);
        let map = [(HOST, "b/"), (WEB_HOST, "w/"), (STATUS_HOST, "s/")]
            .iter()
            .map(|(from, prefix)| (from.to_string(), format!("{base}{prefix}")))
            .collect();
        Fetcher::with_loopback_rewrites(map).expect("fetcher")
    }
}

fn multikey(seed: &[u8; 32]) -> String {
    list::ed25519_multikey(&SigningKey::from_bytes(seed).verifying_key())
}

fn did_key(seed: &[u8; 32]) -> String {
    format!("did:key:{}", multikey(seed))
}

/// Signs a credential with `eddsa-jcs-2022` (the W3C suite; the verifier's own algorithm).
fn sign_jcs(doc: &Value, seed: &[u8; 32], method: &str) -> Value {
    use erkend::verify::canon::jcs::canonicalize_to_vec as jcs;
    let mut proof = json!({
        "type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022",
        "created": "2026-01-01T00:00:00Z", "verificationMethod": method,
        "proofPurpose": "assertionMethod"
    });
    let mut config = proof.clone();
    config["@context"] = doc["@context"].clone();
    let mut data = Sha256::digest(jcs(&config)).to_vec();
    data.extend_from_slice(&Sha256::digest(jcs(doc)));
    let signature = SigningKey::from_bytes(seed).sign(&data);
    proof["proofValue"] = json!(format!(
        "z{}",
        bs58::encode(signature.to_bytes()).into_string()
    ));
    let mut signed = doc.clone();
    signed["proof"] = proof;
    signed
}

/// An OB 3.0 credential from `issuer`, with optional `credentialStatus`.
fn ob3(id: &str, issuer: &str, status: Option<Value>) -> Value {
    let mut doc = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": "Erkend Test Workshop"},
        "validFrom": "2026-01-01T00:00:00Z",
        "name": "Welding basics",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://issuer.erkend-test.example/achievements/welding",
                "type": ["Achievement"], "name": "Welding basics",
                "description": "Welds simple seams safely.",
                "criteria": {"narrative": "Practical test."}
            }
        }
    });
    if let Some(s) = status {
        doc["credentialStatus"] = s;
    }
    doc
}

/// A Bitstring status list credential (did:key issuer) with the given bits set.
fn status_list(url: &str, set: &[usize]) -> Value {
    let mut raw = vec![0u8; 16 * 1024];
    for i in set {
        raw[i / 8] |= 0x80 >> (i % 8);
    }
    let issuer = did_key(&ISSUER_SEED);
    let doc = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": format!("{url}#list"), "type": "BitstringStatusList",
                              "statusPurpose": "revocation", "encodedList": bits::encode(&raw, true)}
    });
    sign_jcs(
        &doc,
        &ISSUER_SEED,
        &format!("{issuer}#{}", multikey(&ISSUER_SEED)),
    )
}

fn bitstring_entry(index: usize) -> Value {
    json!({"id": format!("{STATUS_HOST}lists/1#{index}"), "type": "BitstringStatusListEntry",
           "statusPurpose": "revocation", "statusListIndex": index.to_string(),
           "statusListCredential": format!("{STATUS_HOST}lists/1")})
}

/// A trust list naming `issuers`, signed with `seed`.
fn trust_list(issuers: &[&str], seed: &[u8; 32]) -> Vec<u8> {
    let entries: Vec<Value> = issuers
        .iter()
        .map(|id| {
            json!({"id": id, "names": {"en": "Test issuer", "nl": "Testuitgever"},
                         "roles": ["issuer", "attester"]})
        })
        .collect();
    let unsigned = json!({
        "type": "ErkendTrustList", "name": {"en": "Coaching list", "nl": "Coachinglijst"},
        "issued": "2026-01-01T00:00:00Z", "validUntil": "2099-01-01T00:00:00Z",
        "entries": entries
    });
    serde_json::to_vec_pretty(&list::sign(&unsigned, seed).expect("sign")).expect("json")
}

fn now() -> DateTime<Utc> {
    Utc::now()
}

fn outcome(v: &Verdict, check: CheckName) -> Option<Outcome> {
    v.checks
        .iter()
        .find(|c| c.check == check)
        .map(|c| c.outcome)
}

fn message(v: &Verdict, check: CheckName) -> String {
    v.checks
        .iter()
        .find(|c| c.check == check)
        .map(|c| c.message.clone())
        .unwrap_or_default()
}

fn assess_bytes(bytes: &[u8], public: &PublicDir, at: DateTime<Utc>) -> Verdict {
    let parsed = import::parse(bytes).expect("parses");
    trust::assess(&parsed, at, &Context::load(public, at).expect("context"))
}

/// Verification with no lists and nothing kept.
fn assess_offline(bytes: &[u8]) -> Verdict {
    let parsed = import::parse(bytes).expect("parses");
    trust::assess(&parsed, now(), &Context::offline())
}

fn refresh_bytes(bytes: &[u8], public: &PublicDir, server: &Server) -> online::RefreshReport {
    let parsed = import::parse(bytes).expect("parses");
    online::refresh(
        &parsed,
        &server.fetcher(),
        &FetchCache::new(public),
        &mut |_, _, _| {},
    )
    .expect("refresh")
}

pub(crate) fn serve_ob2(server: &Server) {
    for (path, file) in [
        ("/b/assertions/1.json", "assertion.json"),
        ("/b/badges/welding.json", "badge.json"),
        ("/b/issuer.json", "issuer.json"),
    ] {
        let bytes = std::fs::read(fixture(&format!("trust/ob2/{file}"))).expect("fixture");
        server.serve(path, 200, &bytes);
    }
}

pub(crate) fn ob2_bytes() -> Vec<u8> {
    std::fs::read(fixture("trust/ob2/assertion.json")).expect("fixture")
}

#[test]
fn hosted_ob2_goes_from_unchecked_to_verified_and_green_with_a_list() {
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let server = Server::start();
    serve_ob2(&server);
    let before = assess_bytes(&ob2_bytes(), &public, now());
    assert_eq!(before.verified, None);
    assert_eq!(before.trust, Trust::Amber);
    assert_eq!(
        outcome(&before, CheckName::Hosted),
        Some(Outcome::Unchecked)
    );
    assert_eq!(message(&before, CheckName::Hosted), "check-never-online");
    assert_eq!(server.hits(), 0, "verification made a request");

    let report = refresh_bytes(&ob2_bytes(), &public, &server);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.fetched.len(), 3, "assertion, BadgeClass, Issuer");
    let hits = server.hits();
    let after = assess_bytes(&ob2_bytes(), &public, now());
    assert_eq!(server.hits(), hits, "verification made a request");
    assert_eq!(outcome(&after, CheckName::Hosted), Some(Outcome::Passed));
    assert_eq!((after.verified, after.trust), (Some(true), Trust::Amber));

    // The issuer on an installed list (accepted key): green.
    let installed = Installed::new(&public);
    let list = trust_list(&[&format!("{HOST}issuer.json")], &LIST_SEED);
    installed
        .install(&list, Some(&multikey(&LIST_SEED)), now())
        .expect("install");
    let green = assess_bytes(&ob2_bytes(), &public, now());
    assert_eq!((green.verified, green.trust), (Some(true), Trust::Green));

    // Kept too long: stale, so amber and not verified any more.
    let later = assess_bytes(&ob2_bytes(), &public, now() + Duration::days(45));
    assert_eq!(message(&later, CheckName::Hosted), "check-hosted-stale");
    assert_eq!((later.verified, later.trust), (None, Trust::Amber));
}

#[test]
fn hosted_ob2_revoked_or_gone_or_changed_is_red() {
    let server = Server::start();
    let mut revoked: Value = serde_json::from_slice(&ob2_bytes()).expect("json");
    revoked["revoked"] = json!(true);
    let mut changed: Value = serde_json::from_slice(&ob2_bytes()).expect("json");
    changed["issuedOn"] = json!("2020-01-01T00:00:00Z");
    let cases: [(u16, Vec<u8>, &str); 4] = [
        (
            200,
            serde_json::to_vec(&revoked).expect("json"),
            "check-hosted-revoked",
        ),
        (410, b"gone".to_vec(), "check-hosted-revoked"),
        (404, b"no".to_vec(), "check-hosted-gone"),
        (
            200,
            serde_json::to_vec(&changed).expect("json"),
            "check-hosted-differs",
        ),
    ];
    for (status, body, expected) in cases {
        let dir = tempfile::tempdir().expect("tmp");
        let public = PublicDir::at(dir.path());
        serve_ob2(&server);
        server.serve("/b/assertions/1.json", status, &body);
        refresh_bytes(&ob2_bytes(), &public, &server);
        let v = assess_bytes(&ob2_bytes(), &public, now());
        assert_eq!(message(&v, CheckName::Hosted), expected, "HTTP {status}");
        assert_eq!(
            (v.verified, v.trust),
            (Some(false), Trust::Red),
            "{expected}"
        );
        if expected == "check-hosted-revoked" {
            assert_eq!(outcome(&v, CheckName::Status), Some(Outcome::Failed));
        }
    }
}

#[test]
fn bitstring_status_list_revokes_and_clears_and_goes_stale() {
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let server = Server::start();
    let list_url = format!("{STATUS_HOST}lists/1");
    server.serve_json("/s/lists/1", &status_list(&list_url, &[23]));
    let issuer = did_key(&ISSUER_SEED);
    let method = format!("{issuer}#{}", multikey(&ISSUER_SEED));
    let make = |index| {
        let doc = ob3(
            &format!("urn:uuid:status-{index}"),
            &issuer,
            Some(bitstring_entry(index)),
        );
        serde_json::to_vec(&sign_jcs(&doc, &ISSUER_SEED, &method)).expect("json")
    };
    let (revoked, fine) = (make(23), make(5));

    let offline = assess_bytes(&fine, &public, now());
    assert_eq!(
        outcome(&offline, CheckName::Signature),
        Some(Outcome::Passed)
    );
    assert_eq!(
        outcome(&offline, CheckName::Status),
        Some(Outcome::Unchecked)
    );
    assert_eq!(offline.trust, Trust::Amber);

    refresh_bytes(&revoked, &public, &server);
    let offline_since = assess_bytes(&make(7), &public, now());
    assert_eq!(
        outcome(&offline_since, CheckName::Status),
        Some(Outcome::Passed)
    );

    let red = assess_bytes(&revoked, &public, now());
    assert_eq!(message(&red, CheckName::Status), "check-status-revoked");
    assert_eq!((red.verified, red.trust), (Some(false), Trust::Red));

    let ok = assess_bytes(&fine, &public, now());
    assert_eq!(message(&ok, CheckName::Status), "check-status-not-revoked");
    assert_eq!((ok.verified, ok.trust), (Some(true), Trust::Amber));
    let ctx = Context::load(&public, now())
        .expect("ctx")
        .with_list(list::open(&trust_list(&[&issuer], &LIST_SEED), now()).expect("list"));
    let green = trust::assess(&import::parse(&fine).expect("parse"), now(), &ctx);
    assert_eq!(green.trust, Trust::Green);

    let stale = assess_bytes(&fine, &public, now() + Duration::days(31));
    assert_eq!(message(&stale, CheckName::Status), "check-status-stale");
    assert_eq!(stale.trust, Trust::Amber);
    let short = Context::load(&public, now())
        .expect("ctx")
        .with_max_age(Duration::seconds(0));
    let judged = trust::assess(
        &import::parse(&fine).expect("parse"),
        now() + Duration::minutes(1),
        &short,
    );
    assert_eq!(message(&judged, CheckName::Status), "check-status-stale");
}

#[test]
fn a_forged_status_list_is_not_believed() {
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let server = Server::start();
    let mut forged = status_list(&format!("{STATUS_HOST}lists/1"), &[]);
    // Someone cleared... rather, set a bit after signing: the proof no longer matches.
    forged["credentialSubject"]["encodedList"] = json!(bits::encode(&[0xff; 16 * 1024], true));
    server.serve_json("/s/lists/1", &forged);
    let issuer = did_key(&ISSUER_SEED);
    let doc = ob3("urn:uuid:forged", &issuer, Some(bitstring_entry(3)));
    let signed = sign_jcs(
        &doc,
        &ISSUER_SEED,
        &format!("{issuer}#{}", multikey(&ISSUER_SEED)),
    );
    let bytes = serde_json::to_vec(&signed).expect("json");
    refresh_bytes(&bytes, &public, &server);
    let v = assess_bytes(&bytes, &public, now());
    assert_eq!(message(&v, CheckName::Status), "check-status-list-unusable");
    assert_eq!((v.verified, v.trust), (Some(true), Trust::Amber));
}

#[test]
fn one_edtech_revocation_list_revokes_listed_ids() {
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let server = Server::start();
    server.serve_json(
        "/s/revocations.json",
        &json!({"id": format!("{STATUS_HOST}revocations.json"), "issuer": did_key(&ISSUER_SEED),
                "revokedCredentials": [{"id": "urn:uuid:gone", "revocationReason": "error"}]}),
    );
    let issuer = did_key(&ISSUER_SEED);
    let method = format!("{issuer}#{}", multikey(&ISSUER_SEED));
    let entry =
        json!({"id": format!("{STATUS_HOST}revocations.json"), "type": "1EdTechRevocationList"});
    let make = |id: &str| {
        serde_json::to_vec(&sign_jcs(
            &ob3(id, &issuer, Some(entry.clone())),
            &ISSUER_SEED,
            &method,
        ))
        .expect("json")
    };
    refresh_bytes(&make("urn:uuid:gone"), &public, &server);
    let gone = assess_bytes(&make("urn:uuid:gone"), &public, now());
    assert_eq!((gone.verified, gone.trust), (Some(false), Trust::Red));
    let kept = assess_bytes(&make("urn:uuid:kept"), &public, now());
    assert_eq!(outcome(&kept, CheckName::Status), Some(Outcome::Passed));
}

fn did_web_document() -> Value {
    json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": WEB_DID,
        "verificationMethod": [{"id": format!("{WEB_DID}#key-1"), "type": "Multikey",
                                "controller": WEB_DID, "publicKeyMultibase": multikey(&WEB_SEED)}],
        "assertionMethod": [format!("{WEB_DID}#key-1")]
    })
}

fn did_web_credential() -> Vec<u8> {
    let doc = ob3("urn:uuid:did-web-1", WEB_DID, None);
    serde_json::to_vec(&sign_jcs(&doc, &WEB_SEED, &format!("{WEB_DID}#key-1"))).expect("json")
}

#[test]
fn did_web_issuer_verifies_offline_after_one_refresh() {
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let server = Server::start();
    server.serve_json("/w/.well-known/did.json", &did_web_document());
    let before = assess_bytes(&did_web_credential(), &public, now());
    assert_eq!(
        outcome(&before, CheckName::Signature),
        Some(Outcome::Unchecked)
    );
    assert_eq!(before.verified, None);
    let report = refresh_bytes(&did_web_credential(), &public, &server);
    assert_eq!(report.fetched.len(), 1, "{:?}", report.failed);
    // The server is gone from here on as far as verification is concerned.
    server.serve("/w/.well-known/did.json", 500, b"down");
    let hits = server.hits();
    let after = assess_bytes(&did_web_credential(), &public, now());
    assert_eq!(server.hits(), hits);
    assert_eq!(outcome(&after, CheckName::Signature), Some(Outcome::Passed));
    assert_eq!(outcome(&after, CheckName::Issuer), Some(Outcome::Passed));
    assert_eq!((after.verified, after.trust), (Some(true), Trust::Amber));

    // A DID document served for another DID proves nothing about this one.
    let dir2 = tempfile::tempdir().expect("tmp");
    let public2 = PublicDir::at(dir2.path());
    let mut other = did_web_document();
    other["id"] = json!("did:web:evil.example");
    server.serve_json("/w/.well-known/did.json", &other);
    refresh_bytes(&did_web_credential(), &public2, &server);
    let v = assess_bytes(&did_web_credential(), &public2, now());
    assert_ne!(v.verified, Some(true));
}

#[test]
fn trust_lists_refuse_tampering_expiry_and_unknown_keys() {
    let dir = tempfile::tempdir().expect("tmp");
    let wallet = dir.path().join("wallet.db");
    let installed = Installed::new(&PublicDir::beside_wallet(&wallet));
    let good = trust_list(&["did:key:z6MkA"], &LIST_SEED);

    let mut tampered: Value = serde_json::from_slice(&good).expect("json");
    tampered["entries"][0]["id"] = json!("did:key:z6MkEvil");
    let tampered = serde_json::to_vec(&tampered).expect("json");
    assert!(matches!(
        installed.install(&tampered, Some(&multikey(&LIST_SEED)), now()),
        Err(Error::TrustListTampered)
    ));

    match installed.install(&good, None, now()) {
        Err(Error::TrustListUnknownSigner { key }) => assert_eq!(key, multikey(&LIST_SEED)),
        other => panic!("expected an unknown signer, got {other:?}"),
    }
    assert!(matches!(
        installed.install(&good, Some(&multikey(&[99; 32])), now()),
        Err(Error::TrustListUnknownSigner { .. })
    ));
    assert!(matches!(
        installed.install(&good, None, "2100-01-01T00:00:00Z".parse().expect("date")),
        Err(Error::TrustListExpired { .. })
    ));
    assert!(installed.load(now()).expect("load").is_empty());

    installed
        .install(&good, Some(&multikey(&LIST_SEED)), now())
        .expect("accepted explicitly");
    let accepted = installed.accepted_keys().expect("keys");
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0].key, multikey(&LIST_SEED));
    assert_eq!(accepted[0].list_name, "Coaching list");
    // A second list by the same signer installs without asking again.
    installed
        .install(&trust_list(&["did:key:z6MkB"], &LIST_SEED), None, now())
        .expect("known signer");
    let lists = trust::TrustLists::new(
        installed
            .load(now())
            .expect("load")
            .into_iter()
            .map(|l| l.list)
            .collect(),
    );
    assert_eq!(lists.lists().len(), 2);
    let is_attester = lists.attester_predicate(now());
    assert!(is_attester("did:key:z6MkB"));
    assert!(is_attester("did:key:z6MkA#z6MkA"));
    assert!(!is_attester("did:key:z6MkEvil"));
    // The same answer for a module that only has the wallet path (e.g. the proof card).
    let owned = trust::TrustLists::installed_beside(&wallet, now()).into_attester_predicate(now());
    assert!(owned("did:key:z6MkB") && !owned("did:key:z6MkEvil"));

    // A list file changed on disk after installation counts for nothing.
    for entry in std::fs::read_dir(dir.path().join("public/trust-lists")).expect("dir") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n != "accepted-keys.json") {
            std::fs::write(&path, &tampered).expect("write");
        }
    }
    assert!(installed.load(now()).expect("load").is_empty());
}

/// Runs the CLI; returns (exit code, stdout lines as JSON, stderr).
fn cli(args: &[&str], wrap: Option<&str>) -> (i32, Vec<Value>, String) {
    let mut cmd = match wrap {
        Some(w) => {
            let mut c = Command::new(w);
            c.arg("-rn").arg(erkend_bin());
            c
        }
        None => Command::new(erkend_bin()),
    };
    let out = cmd
        .args(args)
        .env("LANG", "en")
        .env_remove("ERKEND_WALLET")
        .output()
        .expect("run erkend");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // One pretty-printed document, or JSON Lines.
    let lines = match serde_json::from_str::<Value>(&stdout) {
        Ok(one) => vec![one],
        Err(_) => stdout
            .lines()
            .filter(|l| l.starts_with('{'))
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect(),
    };
    (
        out.status.code().unwrap_or(-1),
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// [`cli`] with `--wallet WALLET` first.
fn cli_w(wallet: &str, rest: &[&str]) -> (i32, Vec<Value>, String) {
    let mut args = vec!["--wallet", wallet];
    args.extend_from_slice(rest);
    cli(&args, None)
}

/// A temporary folder, a wallet path in it (not created) and that path as an argument.
fn temp_wallet_path() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("tmp");
    let wallet = dir.path().join("wallet.db");
    let arg = wallet.display().to_string();
    (dir, wallet, arg)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

#[test]
fn peers_did_key_credentials_are_amber_without_a_list_and_green_with_one() {
    let Some(peers) = shared("peers/js-eddsa-rdfc-2022") else {
        skip_loudly(
            "peers_did_key_credentials_are_amber_without_a_list_and_green_with_one",
            "../shared/peers is absent",
        );
        return;
    };
    let (dir, _, wallet_arg) = temp_wallet_path();
    let file = peers.join("ob3-0001.json");
    let doc: Value = serde_json::from_slice(&std::fs::read(&file).expect("peer")).expect("json");
    let issuer = doc["issuer"]["id"].as_str().expect("issuer").to_string();
    let file_arg = file.display().to_string();

    let (code, lines, _) = cli_w(&wallet_arg, &["--json", "verify", &file_arg]);
    assert_eq!(code, 0);
    assert_eq!(lines[0]["verified"], json!(true));
    assert_eq!(lines[0]["trust"], json!("amber"));

    let list_path = write(dir.path(), "list.json", &trust_list(&[&issuer], &LIST_SEED));
    let list_arg = list_path.display().to_string();
    let (_, lines, _) = cli_w(
        &wallet_arg,
        &["--json", "--trust-list", &list_arg, "verify", &file_arg],
    );
    assert_eq!(lines[0]["trust"], json!("green"));

    // Installed instead (the key accepted explicitly): green without --trust-list.
    let (code, _, err) = cli_w(&wallet_arg, &["trust", "add", &list_arg]);
    assert_eq!(code, 2, "unknown signer refused: {err}");
    assert!(err.contains(&multikey(&LIST_SEED)), "{err}");
    let key = multikey(&LIST_SEED);
    let (code, _, err) = cli_w(
        &wallet_arg,
        &["trust", "add", &list_arg, "--accept-key", &key],
    );
    assert_eq!(code, 0, "{err}");
    let (_, lines, _) = cli_w(&wallet_arg, &["--json", "verify", &file_arg]);
    assert_eq!(lines[0]["trust"], json!("green"));
    let (_, lines, _) = cli_w(&wallet_arg, &["--json", "trust", "list"]);
    assert_eq!(lines[0]["lists"].as_array().map(Vec::len), Some(1));

    // Every credential of this folder as its manifest expects: valid ones green, the rest red.
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(peers.join("manifest.json")).expect("manifest"))
            .expect("json");
    let files = manifest["files"].as_array().expect("files");
    assert!(files.len() >= 30);
    for f in files {
        let name = f["file"].as_str().expect("file");
        let path = peers.join(name).display().to_string();
        let (_, lines, _) = cli_w(&wallet_arg, &["--json", "verify", &path]);
        let expected = if f["expected"] == "valid" {
            "green"
        } else {
            "red"
        };
        assert_eq!(lines[0]["trust"], json!(expected), "{name}");
    }
}

#[test]
fn cli_refuses_a_tampered_trust_list() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut tampered: Value =
        serde_json::from_slice(&trust_list(&["did:key:z6MkA"], &LIST_SEED)).expect("json");
    tampered["name"]["en"] = json!("Someone else's list");
    let path = write(
        dir.path(),
        "t.json",
        &serde_json::to_vec(&tampered).expect("json"),
    );
    let cred = write(dir.path(), "c.json", &ob2_bytes());
    let wallet = dir.path().join("w.db").display().to_string();
    for args in [
        vec![
            "--wallet",
            &wallet,
            "trust",
            "add",
            path.to_str().expect("p"),
        ],
        vec![
            "--wallet",
            &wallet,
            "--trust-list",
            path.to_str().expect("p"),
            "verify",
            cred.to_str().expect("c"),
        ],
    ] {
        let (code, _, err) = cli(&args, None);
        assert_eq!(code, 2);
        assert!(err.contains("changed after it was signed"), "{err}");
    }
    let (code, _, err) = cli_w(
        &wallet,
        &["--lang", "nl", "trust", "add", path.to_str().expect("p")],
    );
    assert_eq!(code, 2);
    assert!(err.contains("veranderd nadat"), "{err}");
}

#[test]
fn trust_sign_tool_makes_lists_that_install() {
    let dir = tempfile::tempdir().expect("tmp");
    let wallet = dir.path().join("w.db").display().to_string();
    let seed = dir.path().join("seed.hex").display().to_string();
    let (code, lines, _) = cli_w(&wallet, &["--json", "trust", "keygen", "--out", &seed]);
    assert_eq!(code, 0);
    let key = lines[0]["key"].as_str().expect("key").to_string();
    let unsigned = write(
        dir.path(),
        "u.json",
        &serde_json::to_vec(&json!({"type": "ErkendTrustList", "name": {"en": "Mine"},
            "issued": "2026-01-01T00:00:00Z",
            "entries": [{"id": "did:web:school.example", "roles": ["issuer"]}]}))
        .expect("json"),
    );
    let signed = dir.path().join("s.json").display().to_string();
    let (code, _, err) = cli_w(
        &wallet,
        &[
            "trust",
            "sign",
            unsigned.to_str().expect("u"),
            "--key-file",
            &seed,
            "--out",
            &signed,
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, lines, err) = cli_w(
        &wallet,
        &["--json", "trust", "add", &signed, "--accept-key", &key],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines[0]["entries"], json!(1));
}

#[test]
fn wallet_import_then_refresh_turns_a_hosted_badge_verified() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("wallet.db");
    let server = Server::start();
    serve_ob2(&server);
    let mut wallet = Wallet::create(&path, None).expect("wallet");
    let id = wallet
        .import_bytes(&ob2_bytes(), None, now())
        .expect("import")
        .id;
    let stored = wallet.show(&id).expect("show").verdict.expect("verdict");
    assert_eq!(stored.verified, None);
    assert_eq!(server.hits(), 0);
    let mut seen = Vec::new();
    let reports = online::refresh_stored(
        &mut wallet,
        std::slice::from_ref(&id),
        &server.fetcher(),
        &mut |url, _, _| seen.push(url.to_string()),
    )
    .expect("refresh");
    assert_eq!(reports[0].1.fetched.len(), 3);
    assert_eq!(seen.len(), 3, "progress told of every URL");
    let v = wallet.show(&id).expect("show").verdict.expect("verdict");
    assert_eq!((v.verified, v.trust), (Some(true), Trust::Amber));

    // A did:key credential, then a list naming its issuer installed: `list` is green at once.
    let issuer = did_key(&ISSUER_SEED);
    let method = format!("{issuer}#{}", multikey(&ISSUER_SEED));
    let signed = sign_jcs(&ob3("urn:uuid:w1", &issuer, None), &ISSUER_SEED, &method);
    let second = wallet
        .import_bytes(&serde_json::to_vec(&signed).expect("json"), None, now())
        .expect("import")
        .id;
    let colour = |w: &Wallet| {
        w.list()
            .expect("list")
            .into_iter()
            .find(|c| c.id == second)
            .and_then(|c| c.verdict)
            .map(|v| v.trust)
    };
    assert_eq!(colour(&wallet), Some(Trust::Amber));
    Installed::new(&wallet.public_dir())
        .install(
            &trust_list(&[&issuer], &LIST_SEED),
            Some(&multikey(&LIST_SEED)),
            now(),
        )
        .expect("install");
    assert_eq!(colour(&wallet), Some(Trust::Green));
    // `list` in a new process (no network) shows the same.
    let (_, lines, _) = cli(
        &["--wallet", &path.display().to_string(), "--json", "list"],
        None,
    );
    let trust: Vec<&Value> = lines[0]
        .as_array()
        .expect("list")
        .iter()
        .map(|c| &c["trust"])
        .collect();
    assert!(trust.contains(&&json!("green")), "{trust:?}");
    assert!(lines[0]
        .as_array()
        .expect("list")
        .iter()
        .all(|c| c["verified"] == json!(true)));
}

#[test]
fn fetcher_refuses_plain_http_and_non_loopback_rewrites() {
    let f = Fetcher::new().expect("fetcher");
    assert!(matches!(
        f.fetch("http://example.org/x"),
        Err(Error::UrlRefused { .. })
    ));
    assert!(matches!(
        Fetcher::with_loopback_rewrites(vec![(HOST.into(), "http://10.0.0.1/".into())]),
        Err(Error::UrlRefused { .. })
    ));
}

#[test]
fn fetcher_caps_body_size() {
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let server = Server::start();
    server.serve("/w/.well-known/did.json", 200, &vec![b' '; 5 * 1024 * 1024]);
    let report = refresh_bytes(&did_web_credential(), &public, &server);
    assert!(matches!(report.failed[0].1, Error::FetchTooLarge { .. }));
    assert!(FetchCache::new(&public)
        .get(&format!("{WEB_HOST}.well-known/did.json"))
        .is_none());
}

/// `"<verified> <trust>"` per JSON line.
fn answers(lines: &[Value]) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                l["verified"],
                l["trust"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

/// True when `unshare -rn` can make a network namespace here.
fn unshare_works() -> bool {
    Command::new("unshare")
        .args(["-rn", "true"])
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn without_any_network_every_offline_answer_is_right() {
    if !unshare_works() {
        let why = "`unshare -rn` cannot create a network namespace on this machine";
        skip_loudly("without_any_network_every_offline_answer_is_right", why);
        return;
    }
    let (dir, wallet, wallet_arg) = temp_wallet_path();
    let public = PublicDir::beside_wallet(&wallet);
    let server = Server::start();
    serve_ob2(&server);
    server.serve_json("/w/.well-known/did.json", &did_web_document());
    let list_url = format!("{STATUS_HOST}lists/1");
    server.serve_json("/s/lists/1", &status_list(&list_url, &[23]));
    let issuer = did_key(&ISSUER_SEED);
    let method = format!("{issuer}#{}", multikey(&ISSUER_SEED));
    let status_cred = |index| {
        serde_json::to_vec(&sign_jcs(
            &ob3(
                &format!("urn:uuid:s{index}"),
                &issuer,
                Some(bitstring_entry(index)),
            ),
            &ISSUER_SEED,
            &method,
        ))
        .expect("json")
    };
    let files = [
        ("hosted.json", ob2_bytes()),
        ("web.json", did_web_credential()),
        ("revoked.json", status_cred(23)),
        ("fine.json", status_cred(5)),
    ];
    let paths: Vec<String> = files
        .iter()
        .map(|(n, b)| write(dir.path(), n, b).display().to_string())
        .collect();

    // Nothing fetched yet, no network: every network-dependent check unchecked, nothing failed.
    let mut args = vec!["--wallet", &wallet_arg, "--json", "verify"];
    args.extend(paths.iter().map(String::as_str));
    let (code, lines, err) = cli(&args, Some("unshare"));
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        answers(&lines),
        ["null amber", "null amber", "true amber", "true amber"]
    );
    for line in &lines {
        let unchecked = line["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .find(|c| c["outcome"] == "unchecked")
            .expect("an unchecked check");
        assert!(
            unchecked["message"]
                .as_str()
                .expect("msg")
                .contains("nothing has been checked online yet"),
            "{unchecked}"
        );
    }
    // Going online without a network fails loudly and keeps nothing.
    let (code, lines, _) = cli(
        &[
            "--wallet",
            &wallet_arg,
            "--json",
            "refresh",
            "--file",
            &paths[1],
        ],
        Some("unshare"),
    );
    assert_eq!(code, 1);
    assert_eq!(lines[0]["failed"][0]["code"], json!("fetch-failed"));

    // One refresh (with network, against the test server), then offline again.
    for (_, bytes) in &files {
        refresh_bytes(bytes, &public, &server);
    }
    let (_, lines, _) = cli(&args, Some("unshare"));
    assert_eq!(
        answers(&lines),
        ["true amber", "true amber", "false red", "true amber"]
    );
    // With a list naming both issuers: green where everything was checked.
    let list = write(
        dir.path(),
        "list.json",
        &trust_list(
            &[&format!("{HOST}issuer.json"), WEB_DID, &issuer],
            &LIST_SEED,
        ),
    );
    let list_arg = list.display().to_string();
    let mut with_list = vec![
        "--wallet",
        &wallet_arg,
        "--json",
        "--trust-list",
        &list_arg,
        "verify",
    ];
    with_list.extend(paths.iter().map(String::as_str));
    let (_, lines, _) = cli(&with_list, Some("unshare"));
    let trust: Vec<&Value> = lines.iter().map(|l| &l["trust"]).collect();
    assert_eq!(
        trust,
        [
            &json!("green"),
            &json!("green"),
            &json!("red"),
            &json!("green")
        ]
    );
    // Later, beyond the allowed age: stale answers are amber again, the revoked one stays red.
    let (_, lines, _) = cli(
        &[
            "--wallet",
            &wallet_arg,
            "--json",
            "--max-age-days",
            "0",
            "--trust-list",
            &list_arg,
            "verify",
            "--at",
            &(now() + Duration::days(2)).to_rfc3339(),
            &paths[0],
            &paths[2],
            &paths[3],
        ],
        Some("unshare"),
    );
    let trust: Vec<&Value> = lines.iter().map(|l| &l["trust"]).collect();
    assert_eq!(trust, [&json!("amber"), &json!("red"), &json!("amber")]);
}

#[test]
fn peers_ob2_badges_verify_after_one_refresh_as_their_manifest_says() {
    let Some(peers) = shared("peers/py-ob2-baked") else {
        skip_loudly(
            "peers_ob2_badges_verify_after_one_refresh_as_their_manifest_says",
            "../shared/peers is absent",
        );
        return;
    };
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(peers.join("manifest.json")).expect("manifest"))
            .expect("json");
    let server = Server::start();
    let base = format!("http://127.0.0.1:{}/", server.port);
    let peer_host = "https://badges.example.org/";
    for (url, file) in manifest["urlMap"].as_object().expect("urlMap") {
        let path = url.strip_prefix(peer_host).expect("peer host");
        let body = std::fs::read(peers.join(file.as_str().expect("file"))).expect("hosted");
        server.serve(&format!("/{path}"), 200, &body);
    }
    let fetcher = Fetcher::with_loopback_rewrites(vec![(peer_host.into(), base)]).expect("fetcher");
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let cache = FetchCache::new(&public);
    let mut checked = 0;
    let mut seen = std::collections::HashSet::new();
    for f in manifest["files"].as_array().expect("files") {
        let name = f["file"].as_str().expect("file");
        let bytes = std::fs::read(peers.join(name)).expect("peer file");
        let valid = f["expected"] == "valid";
        // Signed assertions share one key and BadgeClass: only the first needs the network.
        let needs = match f["kind"].as_str() {
            Some("hosted") => f["assertionId"].to_string(),
            _ => "signed".to_string(),
        };
        if valid && seen.insert(needs) {
            let before = assess_bytes(&bytes, &public, now());
            assert_eq!(before.verified, None, "{name} before any refresh");
        }
        let parsed = import::parse(&bytes).expect("parses");
        let report =
            online::refresh(&parsed, &fetcher, &cache, &mut |_, _, _| {}).expect("refresh");
        assert!(report.failed.is_empty(), "{name}: {:?}", report.failed);
        let after = assess_bytes(&bytes, &public, now());
        assert_eq!(after.verified, Some(valid), "{name}: {:?}", after.checks);
        checked += 1;
    }
    assert!(checked >= 40, "{checked}");
}

#[test]
fn europass_jades_seal_verifies_with_its_certificate_key_and_chain_stays_unchecked() {
    let Some(dir) = shared("vectors/europass") else {
        skip_loudly(
            "europass_jades_seal_verifies_with_its_certificate_key_and_chain_stays_unchecked",
            "../shared/vectors is absent",
        );
        return;
    };
    for name in [
        "Sample-CertOfPart-signed.jsonld",
        "Sample-MC-Annex1-signed.jsonld",
    ] {
        let bytes = std::fs::read(dir.join(name)).expect("sample");
        let v = assess_offline(&bytes);
        assert_eq!(
            outcome(&v, CheckName::Signature),
            Some(Outcome::Passed),
            "{name}"
        );
        assert_eq!(
            outcome(&v, CheckName::Issuer),
            Some(Outcome::Unchecked),
            "{name}"
        );
        assert_eq!((v.verified, v.trust), (None, Trust::Amber), "{name}");
        // One character of the sealed payload changed: the seal no longer matches.
        let mut doc: Value = serde_json::from_slice(&bytes).expect("json");
        let payload = doc["payload"]
            .as_str()
            .expect("payload")
            .replacen("Ana", "Ina", 1);
        let payload = if payload == doc["payload"].as_str().expect("payload") {
            payload.replacen("a", "e", 1)
        } else {
            payload
        };
        doc["payload"] = json!(payload);
        let tampered = serde_json::to_vec(&doc).expect("json");
        let v = assess_offline(&tampered);
        assert_eq!(
            outcome(&v, CheckName::Signature),
            Some(Outcome::Failed),
            "{name}"
        );
        assert_eq!(v.trust, Trust::Red);
    }
}

#[test]
fn installed_lists_refresh_from_their_source_only_when_newer_and_same_signer() {
    let dir = tempfile::tempdir().expect("tmp");
    let installed = Installed::new(&PublicDir::at(dir.path()));
    let server = Server::start();
    let source = format!("{STATUS_HOST}trust.json");
    let make = |issued: &str, ids: &[&str], seed: &[u8; 32]| {
        let entries: Vec<Value> = ids
            .iter()
            .map(|id| json!({"id": id, "roles": ["issuer"]}))
            .collect();
        let unsigned = json!({"type": "ErkendTrustList", "name": {"en": "Coaching list"},
            "issued": issued, "source": source, "entries": entries});
        serde_json::to_vec(&list::sign(&unsigned, seed).expect("sign")).expect("json")
    };
    installed
        .install(
            &make("2026-01-01T00:00:00Z", &["did:key:z6MkA"], &LIST_SEED),
            Some(&multikey(&LIST_SEED)),
            now(),
        )
        .expect("install");
    let names = |i: &Installed| -> Vec<String> {
        i.load(now())
            .expect("load")
            .iter()
            .flat_map(|l| l.list.entries.iter().map(|e| e.id.clone()))
            .collect()
    };
    let newer = make(
        "2026-06-01T00:00:00Z",
        &["did:key:z6MkA", "did:key:z6MkB"],
        &LIST_SEED,
    );
    server.serve("/s/trust.json", 200, &newer);
    let results = online::refresh_trust_lists(&installed, &server.fetcher()).expect("refresh");
    assert!(matches!(results[0].1, Ok(true)), "{results:?}");
    assert_eq!(names(&installed), ["did:key:z6MkA", "did:key:z6MkB"]);

    // The same list again: nothing newer. Another signer, or a changed list: refused.
    let results = online::refresh_trust_lists(&installed, &server.fetcher()).expect("refresh");
    assert!(matches!(results[0].1, Ok(false)));
    let other = make("2026-09-01T00:00:00Z", &["did:key:z6MkEvil"], &[77; 32]);
    server.serve("/s/trust.json", 200, &other);
    let results = online::refresh_trust_lists(&installed, &server.fetcher()).expect("refresh");
    assert!(matches!(
        results[0].1,
        Err(Error::TrustListUnknownSigner { .. })
    ));
    let mut changed: Value = serde_json::from_slice(&newer).expect("json");
    changed["issued"] = json!("2026-10-01T00:00:00Z");
    server.serve(
        "/s/trust.json",
        200,
        &serde_json::to_vec(&changed).expect("json"),
    );
    let results = online::refresh_trust_lists(&installed, &server.fetcher()).expect("refresh");
    assert!(matches!(results[0].1, Err(Error::TrustListTampered)));
    assert_eq!(names(&installed), ["did:key:z6MkA", "did:key:z6MkB"]);
}
