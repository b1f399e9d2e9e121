//! Endorsements and attestations between real wallet files through the `erkend` CLI: request →
//! sign → return → import, attaching (now or when the credential arrives later), duplicates,
//! tamper detection, and what endorsements do to the skills profile.

use crate::esco::db_path;
use crate::support::{erkend_bin, fixture};
use erkend::import;
use erkend::verify::{self, Outcome};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The SQL skill the e2e fixture credential (`e2e/ob3-0002.json`) is aligned to.
const SQL: &str = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
/// Two more ESCO skills for claims.
const PYTHON: &str = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
const SPREADSHEETS: &str = "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be";
/// The fixture credential's own id.
const FIXTURE_ID: &str = "urn:uuid:bde1790d-d3b5-4cf7-8970-54522ba956de";

/// One wallet file (plain, for speed) and the CLI run against it.
struct W {
    wallet: PathBuf,
}

impl W {
    fn new(dir: &Path, name: &str) -> W {
        let w = W {
            wallet: dir.join(format!("{name}.db")),
        };
        w.ok(&["init"]);
        w
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(erkend_bin())
            .arg("--wallet")
            .arg(&self.wallet)
            .args(args)
            .env_remove("ERKEND_PASSPHRASE")
            .env("ERKEND_ESCO_DB", db_path())
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("run erkend")
    }

    fn ok(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        serde_json::from_slice(&self.ok(&all).stdout).expect("JSON")
    }

    fn did(&self) -> String {
        let r = self.json(&["request-endorsement", "--skill", SQL, "--out", "/dev/null"]);
        r["learner"].as_str().expect("did").to_string()
    }

    fn import(&self, file: &Path) -> Value {
        self.json(&["import", file.to_str().expect("utf-8")])
    }

    fn skill(&self, uri: &str) -> Value {
        let profile = self.json(&["profile"]);
        profile["skills"]
            .as_array()
            .expect("skills")
            .iter()
            .find(|s| s["uri"] == uri)
            .cloned()
            .unwrap_or(Value::Null)
    }
}

/// A temporary folder with two fresh wallets: the learner's and a mentor's.
fn learner_and_mentor() -> (tempfile::TempDir, W, W) {
    let dir = tempfile::tempdir().expect("tempdir");
    let learner = W::new(dir.path(), "learner");
    let mentor = W::new(dir.path(), "mentor");
    (dir, learner, mentor)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("read")).expect("JSON")
}

fn write_json(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_vec_pretty(v).expect("json")).expect("write");
}

fn verified(doc: &Value) -> Option<bool> {
    let bytes = serde_json::to_vec(doc).expect("json");
    verify::verify(&import::parse(&bytes).expect("parses"), chrono::Utc::now()).verified
}

#[test]
fn request_sign_return_import_between_two_wallets() {
    let (dir, learner, mentor) = learner_and_mentor();
    let d = dir.path();
    let imported = learner.import(&fixture("e2e/ob3-0002.json"));
    let id = imported["id"].as_str().expect("id").to_string();

    // The learner asks; the request names the credential by its own id and summarises it.
    let req = d.join("request.json");
    let r = learner.json(&[
        "request-endorsement",
        "--credential",
        &id,
        "--name",
        "Amal",
        "--out",
        req.to_str().expect("utf-8"),
    ]);
    assert_eq!(r["about"]["id"], FIXTURE_ID);
    assert_eq!(r["learner"], learner.did());

    // The mentor reviews (dry run signs nothing), then signs; the review names what is signed.
    let review = mentor.ok(&[
        "endorse",
        "--request",
        req.to_str().expect("utf-8"),
        "--comment",
        "Amal wrote every query herself.",
        "--name",
        "Joke de Vries",
        "--organisation",
        "Buurthuis De Pijp",
        "--dry-run",
    ]);
    let text = String::from_utf8_lossy(&review.stdout);
    for expected in [
        "Joke de Vries (Buurthuis De Pijp)",
        "Relational Data with SQL",
        "Amal",
        "Amal wrote every query herself.",
        "Nothing was signed",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from review:\n{text}"
        );
    }
    let answer = d.join("endorsement.json");
    // The name was remembered: no --name the second time.
    let signed = mentor.json(&[
        "endorse",
        "--request",
        req.to_str().expect("utf-8"),
        "--comment",
        "Amal wrote every query herself.",
        "--out",
        answer.to_str().expect("utf-8"),
    ]);
    let nonce = r["nonce"].as_str().expect("nonce");
    assert_eq!(
        signed["id"],
        format!("urn:uuid:{nonce}"),
        "answers the request"
    );
    let doc = read_json(&answer);
    assert_eq!(doc["type"][1], "EndorsementCredential");
    assert_eq!(doc["credentialSubject"]["id"], FIXTURE_ID);
    assert_eq!(doc["proof"]["cryptosuite"], "eddsa-rdfc-2022");
    assert_eq!(verified(&doc), Some(true));

    // The learner imports the answer: verified, attached, not a credential of `list`.
    let line = learner.import(&answer);
    assert_eq!(line["status"], "imported");
    assert_eq!(line["verified"], true);
    assert_eq!(line["endorsement"]["attached_to"], id.as_str());
    assert_eq!(learner.json(&["list"]).as_array().expect("list").len(), 1);
    let shown = learner.json(&["show", &id]);
    let endorsements = shown["endorsements"].as_array().expect("endorsements");
    assert_eq!(endorsements.len(), 1);
    assert_eq!(endorsements[0]["endorser"], "Joke de Vries");
    assert_eq!(
        endorsements[0]["comment"],
        "Amal wrote every query herself."
    );
    assert_eq!(endorsements[0]["verified"], true);

    // The profile names the endorser beside the (already verified) skill.
    let sql = learner.skill(SQL);
    assert_eq!(sql["evidence"], "verified-credential");
    assert_eq!(sql["endorsers"][0]["name"], "Joke de Vries");
    assert_eq!(sql["endorsers"][0]["organisation"], "Buurthuis De Pijp");

    // The same answer again is a duplicate with the same id, and changes nothing.
    let again = learner.import(&answer);
    assert_eq!(again["status"], "duplicate");
    assert_eq!(again["id"], line["id"]);
    assert_eq!(
        learner.json(&["show", &id])["endorsements"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn a_qr_text_request_for_a_skill_signed_with_jcs_makes_the_skill_mentor_observed() {
    let (dir, learner, mentor) = learner_and_mentor();
    let d = dir.path();
    learner.ok(&["profile", "add-skill", PYTHON, "--note", "I taught myself"]);
    assert_eq!(learner.skill(PYTHON)["evidence"], "self-declared");

    let req = d.join("request.txt");
    learner.ok(&[
        "request-endorsement",
        "--skill",
        PYTHON,
        "--narrative",
        "Watch me automate the stock list",
        "--out",
        req.to_str().expect("utf-8"),
    ]);
    let qr = std::fs::read_to_string(&req).expect("request");
    assert!(qr.starts_with("ERKEND-ENDORSE-REQUEST:") && qr.trim().lines().count() == 1);

    let answer = d.join("observed.json");
    mentor.ok(&[
        "endorse",
        "--request",
        req.to_str().expect("utf-8"),
        "--comment",
        "She wrote a working script on her own.",
        "--name",
        "Karim",
        "--suite",
        "eddsa-jcs-2022",
        "--out",
        answer.to_str().expect("utf-8"),
    ]);
    let doc = read_json(&answer);
    assert_eq!(doc["proof"]["cryptosuite"], "eddsa-jcs-2022");
    assert_eq!(doc["credentialSubject"]["id"], learner.did().as_str());
    assert_eq!(
        doc["credentialSubject"]["alignment"][0]["targetUrl"],
        PYTHON
    );
    assert_eq!(
        doc["evidence"][0]["narrative"],
        "Watch me automate the stock list"
    );

    let line = learner.import(&answer);
    assert_eq!(line["endorsement"]["skill"], PYTHON);
    let python = learner.skill(PYTHON);
    assert_eq!(python["evidence"], "mentor-observed");
    assert_eq!(python["endorsers"][0]["name"], "Karim");
    assert_eq!(python["endorsers"][0]["evidence"], "mentor-observed");
}

#[test]
fn a_self_signed_endorsement_never_raises_a_skill() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let learner = W::new(d, "learner");
    learner.ok(&["profile", "add-skill", SPREADSHEETS]);
    let own = d.join("own.json");
    let did = learner.did();
    learner.ok(&[
        "endorse",
        "--skill",
        SPREADSHEETS,
        "--subject",
        &did,
        "--comment",
        "I am good at this.",
        "--name",
        "Me",
        "--out",
        own.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        verified(&read_json(&own)),
        Some(true),
        "a valid signature all the same"
    );
    let line = learner.import(&own);
    assert_eq!(line["verified"], true);
    let skill = learner.skill(SPREADSHEETS);
    assert_eq!(skill["evidence"], "self-declared");
    assert_eq!(skill["endorsers"], serde_json::json!([]));
}

#[test]
fn an_endorsement_before_its_credential_is_kept_then_attached_and_raises_to_endorsed() {
    let (dir, learner, mentor) = learner_and_mentor();
    let d = dir.path();
    // A credential whose own signature no longer holds: its skill alone is only self-declared.
    let mut broken = read_json(&fixture("e2e/ob3-0002.json"));
    broken["name"] = "Relational Data with SQL (edited)".into();
    let broken_path = d.join("broken.json");
    write_json(&broken_path, &broken);

    let answer = d.join("endorsement.json");
    mentor.ok(&[
        "endorse",
        "--about",
        FIXTURE_ID,
        "--comment",
        "I saw her earn this.",
        "--name",
        "Docent Ana",
        "--out",
        answer.to_str().expect("utf-8"),
    ]);
    let early = learner.import(&answer);
    assert_eq!(early["status"], "imported");
    assert_eq!(early["endorsement"]["attached"], false);
    let text = learner.ok(&["import", answer.to_str().expect("utf-8")]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("not attached"));

    let cred = learner.import(&broken_path);
    assert_eq!(cred["verified"], false);
    let id = cred["id"].as_str().expect("id");
    let shown = learner.json(&["show", id]);
    assert_eq!(
        shown["endorsements"][0]["endorser"], "Docent Ana",
        "attached on arrival"
    );
    let sql = learner.skill(SQL);
    assert_eq!(sql["evidence"], "endorsed");
    assert_eq!(sql["endorsers"][0]["name"], "Docent Ana");
}

/// `wallet` signs "Solid work." about `learner`'s Python skill with `suite` into `out`.
fn endorse_skill(wallet: &W, learner: &str, suite: &str, out: &Path) {
    wallet.ok(&[
        "endorse",
        "--skill",
        PYTHON,
        "--subject",
        learner,
        "--comment",
        "Solid work.",
        "--name",
        "Mentor",
        "--suite",
        suite,
        "--out",
        out.to_str().expect("utf-8"),
    ]);
}

#[test]
fn tampered_endorsements_fail_and_raise_nothing() {
    let (dir, learner, mentor) = learner_and_mentor();
    let d = dir.path();
    let other = W::new(d, "other");
    learner.ok(&["profile", "add-skill", PYTHON]);
    let did = learner.did();
    for suite in ["eddsa-rdfc-2022", "eddsa-jcs-2022"] {
        let good = d.join(format!("good-{suite}.json"));
        endorse_skill(&mentor, &did, suite, &good);
        let doc = read_json(&good);
        assert_eq!(verified(&doc), Some(true), "{suite}");

        let mut comment = doc.clone();
        comment["credentialSubject"]["endorsementComment"] = "Outstanding work.".into();
        let mut subject = doc.clone();
        subject["credentialSubject"]["id"] =
            "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK".into();
        // Wrong key: the proof made by another wallet's key, the issuer left as it was.
        let elsewhere = d.join(format!("other-{suite}.json"));
        endorse_skill(&other, &did, suite, &elsewhere);
        let mut wrong_key = doc.clone();
        wrong_key["proof"] = read_json(&elsewhere)["proof"].clone();
        for (what, bad) in [
            ("comment", &comment),
            ("subject", &subject),
            ("key", &wrong_key),
        ] {
            assert_eq!(
                verified(bad),
                Some(false),
                "{suite}: changed {what} must fail"
            );
        }
        let bytes = serde_json::to_vec(&wrong_key).expect("json");
        let verdict = verify::verify(&import::parse(&bytes).expect("parses"), chrono::Utc::now());
        assert!(verdict.checks.iter().any(|c| c.outcome == Outcome::Failed));

        let path = d.join(format!("tampered-{suite}.json"));
        write_json(&path, &comment);
        let line = learner.import(&path);
        assert_eq!(line["status"], "imported", "kept, shown as failed");
        assert_eq!(line["verified"], false);
    }
    let python = learner.skill(PYTHON);
    assert_eq!(
        python["evidence"], "self-declared",
        "a failed endorsement raises nothing"
    );
    assert_eq!(python["endorsers"], serde_json::json!([]));
}

#[test]
fn a_supervisors_attestation_imports_and_verifies_like_any_badge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let learner = W::new(d, "learner");
    let supervisor = W::new(d, "supervisor");
    let did = learner.did();
    let out = d.join("attestation.json");
    supervisor.ok(&[
        "attest",
        "--subject",
        &did,
        "--title",
        "Volunteer at the neighbourhood café",
        "--type",
        "ApprenticeshipCertificate",
        "--skill",
        SQL,
        "--skill",
        SPREADSHEETS,
        "--task",
        "Kept the stock list",
        "--task",
        "Served customers in Dutch",
        "--goal",
        "Order goods by phone in Dutch",
        "--evaluation",
        "The work served her learning.",
        "--in-service-of-learning",
        "yes",
        "--place",
        "Buurthuis De Pijp, Amsterdam",
        "--from",
        "2026-03-01",
        "--until",
        "2026-06-30",
        "--name",
        "Piet Bakker",
        "--organisation",
        "Buurthuis De Pijp",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    let doc = read_json(&out);
    assert_eq!(doc["issuer"]["name"], "Piet Bakker");
    assert_eq!(doc["credentialSubject"]["id"], did.as_str());
    let achievement = &doc["credentialSubject"]["achievement"];
    assert_eq!(achievement["achievementType"], "ApprenticeshipCertificate");
    assert_eq!(achievement["alignment"].as_array().map(Vec::len), Some(2));
    let genres: Vec<&str> = doc["evidence"]
        .as_array()
        .expect("evidence")
        .iter()
        .filter_map(|e| e["genre"].as_str())
        .collect();
    assert_eq!(
        genres,
        ["tasks", "learning-goals", "kis-evaluation", "place"]
    );
    assert_eq!(verified(&doc), Some(true));

    let line = learner.import(&out);
    assert_eq!(
        (line["status"].as_str(), line["verified"].as_bool()),
        (Some("imported"), Some(true))
    );
    assert!(
        line.get("endorsement").is_none(),
        "a badge, not an endorsement"
    );
    let listed = learner.json(&["list"]);
    assert_eq!(listed[0]["name"], "Volunteer at the neighbourhood café");
    assert_eq!(
        learner.skill(SPREADSHEETS)["evidence"],
        "verified-credential"
    );

    // A JCS-signed assessment verifies too; a bad date or type is a usage error (exit 2).
    let jcs = d.join("assessment.json");
    supervisor.ok(&[
        "attest",
        "--subject",
        &did,
        "--title",
        "Taalstage",
        "--type",
        "Assessment",
        "--suite",
        "eddsa-jcs-2022",
        "--out",
        jcs.to_str().expect("utf-8"),
    ]);
    assert_eq!(verified(&read_json(&jcs)), Some(true));
    for bad in [["--from", "1 maart"], ["--type", "Diploma"]] {
        let out = supervisor.run(&[
            "attest",
            "--subject",
            &did,
            "--title",
            "x",
            bad[0],
            bad[1],
            "--out",
            jcs.to_str().expect("utf-8"),
        ]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
}

#[test]
fn bad_requests_and_missing_names_are_refused_with_their_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mentor = W::new(d, "mentor");
    let req = d.join("request.json");
    std::fs::write(
        &req,
        br#"{"type": "ErkendEndorsementRequest", "version": 1}"#,
    )
    .expect("write");
    let out = mentor.run(&[
        "--json",
        "endorse",
        "--request",
        req.to_str().expect("utf-8"),
        "--comment",
        "x",
        "--name",
        "M",
        "--out",
        "/dev/null",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an endorsement request"));
    // No name stored and none given: refused before anything is signed.
    let out = mentor.run(&[
        "endorse",
        "--skill",
        SQL,
        "--comment",
        "x",
        "--out",
        d.join("e.json").to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs your name"));
    assert!(!d.join("e.json").exists());
    // The Dutch and Arabic messages exist for every new error code.
    for lang in ["nl", "ar"] {
        let l = erkend::i18n::Localizer::for_tag(lang).expect("locale");
        for code in [
            "signing-failed",
            "signer-name-required",
            "endorsement-request-invalid",
            "endorse-target-has-no-id",
        ] {
            assert!(l.has(&format!("error-{code}")), "{lang}: {code}");
        }
    }
}

#[test]
fn endorsements_survive_a_backup_and_restore() {
    let (dir, learner, mentor) = learner_and_mentor();
    let d = dir.path();
    learner.import(&fixture("e2e/ob3-0002.json"));
    let answer = d.join("endorsement.json");
    mentor.ok(&[
        "endorse",
        "--about",
        FIXTURE_ID,
        "--comment",
        "Kept.",
        "--name",
        "Ana",
        "--out",
        answer.to_str().expect("utf-8"),
    ]);
    learner.import(&answer);

    let backup = d.join("wallet.backup");
    let cheap = erkend::store::kdf::TEST_PARAMS;
    erkend::Wallet::open(&learner.wallet, None)
        .expect("open")
        .backup_with_params(&backup, "reservekopie", cheap)
        .expect("backup");
    let payload = erkend::wallet::read_backup(&backup, "reservekopie").expect("read");
    assert_eq!(payload.endorsements.len(), 1);
    let restored_path = d.join("restored.db");
    let (restored, _) =
        erkend::Wallet::create_from_backup(&restored_path, None, &payload).expect("restore");
    let listed = restored.list().expect("list");
    let new_id = &listed[0].id;
    let endorsements = restored.endorsements_of(new_id).expect("endorsements");
    assert_eq!(endorsements.len(), 1, "attached again");
    assert_eq!(endorsements[0].endorser.as_deref(), Some("Ana"));
    assert_eq!(
        endorsements[0].verdict.as_ref().and_then(|v| v.verified),
        Some(true)
    );
}

#[test]
fn embedded_endorsements_are_shown_each_with_its_own_verdict() {
    let (dir, learner, mentor) = learner_and_mentor();
    let d = dir.path();
    let signed = d.join("endorsement.json");
    mentor.ok(&[
        "endorse",
        "--about",
        FIXTURE_ID,
        "--comment",
        "Carried inside.",
        "--name",
        "Ana",
        "--out",
        signed.to_str().expect("utf-8"),
    ]);
    let good = read_json(&signed);
    let mut bad = good.clone();
    bad["credentialSubject"]["endorsementComment"] = "Changed inside.".into();
    let mut carrier = read_json(&fixture("e2e/ob3-0002.json"));
    carrier["endorsement"] = serde_json::json!([good, bad]);
    let path = d.join("carrier.json");
    write_json(&path, &carrier);
    let id = learner.import(&path)["id"]
        .as_str()
        .expect("id")
        .to_string();
    let shown = learner.json(&["show", &id]);
    let e = shown["endorsements"].as_array().expect("endorsements");
    assert_eq!(e.len(), 2);
    assert!(e
        .iter()
        .all(|x| x["embedded"] == true && x["endorser"] == "Ana"));
    assert_eq!(
        (e[0]["verified"].as_bool(), e[1]["verified"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(e[1]["comment"], "Changed inside.");
}

#[test]
fn an_achievement_endorsement_attaches_and_one_about_someone_else_does_not() {
    let (dir, learner, mentor) = learner_and_mentor();
    let d = dir.path();
    let mut broken = read_json(&fixture("e2e/ob3-0002.json"));
    broken["name"] = "Unverifiable copy".into();
    let path = d.join("broken.json");
    write_json(&path, &broken);
    let id = learner.import(&path)["id"]
        .as_str()
        .expect("id")
        .to_string();
    learner.ok(&["profile", "add-skill", PYTHON]);

    let achievement = d.join("achievement.json");
    mentor.ok(&[
        "endorse",
        "--achievement",
        "https://badges.example.org/achievements/sql-basics",
        "--comment",
        "A demanding course.",
        "--name",
        "Ana",
        "--out",
        achievement.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        learner.import(&achievement)["endorsement"]["attached_to"],
        id.as_str()
    );
    assert_eq!(learner.skill(SQL)["evidence"], "endorsed");

    // A skill endorsement naming another learner's DID is kept, attached to nothing.
    let stranger = d.join("stranger.json");
    mentor.ok(&[
        "endorse",
        "--skill",
        PYTHON,
        "--subject",
        "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
        "--comment",
        "Good.",
        "--out",
        stranger.to_str().expect("utf-8"),
    ]);
    let line = learner.import(&stranger);
    assert_eq!(line["verified"], true);
    assert_eq!(line["endorsement"]["attached"], false);
    assert_eq!(learner.skill(PYTHON)["evidence"], "self-declared");
}
