//! The learning route: suggested steps for exactly the missing essential skills of a real ESCO
//! occupation, automatic progress when an aligned credential is imported, and the CLI's JSON.

use crate::esco::{db, db_path};
use crate::support::{erkend_bin, fixture};
use chrono::Utc;
use erkend::route::{StepKind, StepStatus};
use erkend::Wallet;
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

/// ESCO "hospitality revenue manager": 19 essential skills, one of them transversal.
const OCCUPATION: &str =
    "http://data.europa.eu/esco/occupation/002da35b-7808-43f3-83bf-63596b8b351f";
/// "think analytically": transversal (reuse level `t`), so it comes first.
const TRANSVERSAL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";
/// "develop revenue generation strategies": the skill the fixture credential is aligned to.
const REVENUE: &str = "http://data.europa.eu/esco/skill/ad28c970-6bc7-4fff-9c01-0f4d67769de3";

fn essentials() -> BTreeSet<String> {
    db().requirements(OCCUPATION)
        .expect("requirements")
        .into_iter()
        .filter(|r| r.essential)
        .map(|r| r.skill)
        .collect()
}

#[test]
fn a_route_suggests_one_step_per_missing_essential_skill_transversal_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut wallet = Wallet::create(&dir.path().join("w.db"), None).expect("create");
    // The learner already says they can think analytically: that skill is not missing.
    wallet
        .add_self_declared_skill(TRANSVERSAL, None)
        .expect("declare");
    let route = wallet
        .set_route_target(&db(), OCCUPATION)
        .expect("set target");
    assert_eq!(route.target, OCCUPATION);
    assert_eq!(route.target_label, "hospitality revenue manager");
    let mut expected = essentials();
    assert_eq!(expected.len(), 19);
    expected.remove(TRANSVERSAL);
    let skills: Vec<&str> = route.steps.iter().map(|s| s.skills[0].as_str()).collect();
    assert_eq!(
        skills,
        expected.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert!(route
        .steps
        .iter()
        .all(|s| s.kind == StepKind::EarnCredential
            && s.status == StepStatus::Planned
            && s.skills.len() == 1
            && s.evidence.is_empty()));

    // Without the declaration the transversal skill is missing too, and leads the route.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fresh = Wallet::create(&dir.path().join("w.db"), None).expect("create");
    let route = fresh.set_route_target(&db(), OCCUPATION).expect("set");
    assert_eq!(route.steps.len(), 19);
    assert_eq!(route.steps[0].skills, [TRANSVERSAL]);
    assert_eq!(route.steps[0].title, "think analytically");
    // Steps have distinct ids, and the route survives reopening the wallet.
    let ids: BTreeSet<&str> = route.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), 19);
    drop(fresh);
    let reopened = Wallet::open(&dir.path().join("w.db"), None).expect("open");
    assert_eq!(reopened.route().expect("route"), Some(route));
}

#[test]
fn a_route_target_must_be_an_esco_occupation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut wallet = Wallet::create(&dir.path().join("w.db"), None).expect("create");
    for bad in [REVENUE, "http://example.org/occupation/x", ""] {
        let err = wallet.set_route_target(&db(), bad).expect_err(bad);
        assert_eq!(err.code().to_string(), "usage", "{bad}");
    }
    assert_eq!(wallet.route().expect("route"), None);
}

#[test]
fn importing_an_aligned_credential_completes_its_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut wallet = Wallet::create(&dir.path().join("w.db"), None).expect("create");
    let before = wallet.set_route_target(&db(), OCCUPATION).expect("set");
    let bytes = std::fs::read(fixture("route/revenue-strategies.json")).expect("fixture");
    let outcome = wallet
        .import_bytes(&bytes, Some("revenue-strategies.json"), Utc::now())
        .expect("import");
    assert!(outcome.new);
    let after = wallet.route().expect("route").expect("a route");
    assert_eq!(after.steps.len(), before.steps.len());
    for (old, new) in before.steps.iter().zip(&after.steps) {
        assert_eq!(old.id, new.id);
        if new.skills == [REVENUE] {
            assert_eq!(new.status, StepStatus::Done);
            assert_eq!(new.evidence, [outcome.id.as_str()]);
        } else {
            assert_eq!(new.status, StepStatus::Planned, "{}", new.title);
            assert!(new.evidence.is_empty());
        }
    }
    // Importing it again is a duplicate and links nothing twice.
    wallet
        .import_bytes(&bytes, None, Utc::now())
        .expect("again");
    assert_eq!(wallet.route().expect("route").expect("a route"), after);
    // A step can be moved by hand; an unknown step is refused.
    let first = after.steps[0].id.clone();
    wallet
        .set_route_step_status(&first, StepStatus::InProgress)
        .expect("status");
    let moved = wallet.route().expect("route").expect("a route");
    assert_eq!(moved.steps[0].status, StepStatus::InProgress);
    assert!(wallet
        .set_route_step_status("no-such-step", StepStatus::Done)
        .is_err());
}

#[test]
fn cli_route_show_json_has_the_contract_shape() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Reuse the database the other tests built, so the CLI does not build its own.
    let esco = db_path();
    let run = |args: &[&str]| {
        let out = Command::new(erkend_bin())
            .arg("--wallet")
            .arg(dir.path().join("w.db"))
            .args(args)
            .env_remove("ERKEND_PASSPHRASE")
            .env("ERKEND_ESCO_DB", &esco)
            .env("LANG", "en_US.UTF-8")
            .output()
            .expect("run erkend");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    run(&["init"]);
    run(&["route", "set-target", OCCUPATION]);
    run(&[
        "import",
        fixture("route/revenue-strategies.json")
            .to_str()
            .expect("utf-8"),
    ]);
    let out = run(&["--json", "--lang", "nl", "route", "show"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let keys: BTreeSet<&str> = doc
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, BTreeSet::from(["target", "steps"]));
    assert_eq!(doc["target"], OCCUPATION);
    let steps = doc["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 19);
    let skills: BTreeSet<String> = steps
        .iter()
        .map(|s| s["skills"][0].as_str().expect("uri").to_string())
        .collect();
    assert_eq!(skills, essentials());
    for step in steps {
        let keys: BTreeSet<&str> = step
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            BTreeSet::from(["id", "kind", "title", "skills", "status", "evidence"])
        );
        assert_eq!(step["kind"], "earn-credential");
        let done = step["skills"][0] == REVENUE;
        assert_eq!(step["status"], if done { "done" } else { "planned" });
        assert_eq!(
            step["evidence"].as_array().expect("evidence").len(),
            usize::from(done)
        );
    }
    // Titles follow --lang: the transversal step first, in Dutch.
    assert_eq!(steps[0]["skills"][0], TRANSVERSAL);
    assert_eq!(steps[0]["title"], "analytisch denken");
}
