//! The learning route: suggested steps for exactly the missing essential skills of a real ESCO
//! occupation, automatic progress when an aligned credential is imported, and the CLI's JSON.

use crate::esco::{db, db_path};
use crate::support::{erkend_ok, fixture};
use chrono::Utc;
use erkend::route::{StepKind, StepStatus};
use erkend::Wallet;
use serde_json::Value;
use std::collections::BTreeSet;

/// ESCO "hospitality revenue manager": 19 essential skills, one of them transversal.
const OCCUPATION: &str =
    "http://data.europa.eu/esco/occupation/002da35b-7808-43f3-83bf-63596b8b351f";
/// "think analytically": transversal (reuse level `t`), so it comes first.
const TRANSVERSAL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";
/// "develop revenue generation strategies": the skill the fixture credential is aligned to.
const REVENUE: &str = "http://data.europa.eu/esco/skill/ad28c970-6bc7-4fff-9c01-0f4d67769de3";

fn essentials() -> BTreeSet<String> {
    essentials_of(OCCUPATION)
}

/// The essential skills of an ESCO occupation.
pub fn essentials_of(occupation: &str) -> BTreeSet<String> {
    db().requirements(occupation)
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
    let run = |args: &[&str]| erkend_ok(&dir.path().join("w.db"), &esco, args);
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
        // The contract's fields, exactly named; more may be added (details, stack).
        assert!(
            BTreeSet::from(["id", "kind", "title", "skills", "status", "evidence"])
                .is_subset(&keys),
            "{keys:?}"
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

mod editing {
    use super::{OCCUPATION, REVENUE};
    use crate::esco::{db, db_path};
    use crate::support::{erkend_ok, ob3_badge, sign_eddsa_jcs};
    use chrono::Utc;
    use erkend::profile::parts::Cefr;
    use erkend::route::{
        Helper, HelperRole, NewStep, StackItem, StepDetails, StepKind, StepStatus,
    };
    use erkend::Wallet;
    use serde_json::Value;

    const SKILL_A: &str = "http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f";
    const SKILL_B: &str = "http://data.europa.eu/esco/skill/13e2378e-0d10-450d-843a-b3592575826e";

    fn wallet_with_target() -> (tempfile::TempDir, Wallet) {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut w = Wallet::create(&dir.path().join("w.db"), None).expect("create");
        w.set_route_target(&db(), OCCUPATION).expect("target");
        (dir, w)
    }

    fn import_signed(w: &mut Wallet, name: &str, skills: &[&str], seed: u8) -> String {
        let doc = sign_eddsa_jcs(ob3_badge(name, skills), [seed; 32]);
        let outcome = w
            .import_bytes(&serde_json::to_vec(&doc).expect("bytes"), None, Utc::now())
            .expect("import");
        assert_eq!(outcome.verdict.verified, Some(true), "{name}");
        outcome.id
    }

    #[test]
    fn a_stack_of_three_badges_shows_two_of_three_after_two_imports() {
        let (_dir, mut w) = wallet_with_target();
        let step = w
            .add_route_step(
                NewStep {
                    kind: StepKind::EarnCredential,
                    title: "Hospitality revenue certificate".into(),
                    skills: vec![],
                    details: StepDetails {
                        stack: vec![
                            StackItem {
                                skills: vec![SKILL_A.into()],
                                achievement: None,
                            },
                            StackItem {
                                skills: vec![SKILL_B.into()],
                                achievement: None,
                            },
                            StackItem {
                                skills: vec![],
                                achievement: Some("Revenue Capstone".into()),
                            },
                        ],
                        ..Default::default()
                    },
                },
                Some(0),
            )
            .expect("add");
        let progress = |w: &Wallet| w.route_stacks().expect("stacks")[&step].clone();
        assert_eq!((progress(&w).earned, progress(&w).total), (0, 3));

        let first = import_signed(&mut w, "Food safety", &[SKILL_A], 1);
        let second = import_signed(&mut w, "Revenue capstone", &[], 2);
        let p = progress(&w);
        assert_eq!((p.earned, p.total), (2, 3));
        assert_eq!(p.items, [Some(first.clone()), None, Some(second.clone())]);
        let route = w.route().expect("route").expect("a route");
        let s = &route.steps[0];
        assert_eq!(s.id, step);
        assert_eq!(s.status, StepStatus::InProgress);
        assert_eq!(s.evidence.len(), 2);

        let third = import_signed(&mut w, "Staff planning", &[SKILL_B, REVENUE], 3);
        let p = progress(&w);
        assert_eq!((p.earned, p.total), (3, 3));
        let s = &w.route().expect("route").expect("a route").steps[0];
        assert_eq!(s.status, StepStatus::Done);
        let mut evidence = s.evidence.clone();
        evidence.sort();
        let mut expected = vec![first, second, third];
        expected.sort();
        assert_eq!(evidence, expected);
    }

    #[test]
    fn steps_are_added_changed_moved_and_removed() {
        let (_dir, mut w) = wallet_with_target();
        let before = w.route().expect("route").expect("a route").steps.len();
        let id = w
            .add_route_step(
                NewStep {
                    kind: StepKind::WorkBasedLearning,
                    title: "Work-experience place at Hotel De Pauw".into(),
                    skills: vec![],
                    details: StepDetails {
                        place: Some("Hotel De Pauw, Zwolle".into()),
                        supervisor: Some("Anouk de Vries".into()),
                        learning_goals: vec!["Read the booking system's reports".into()],
                        start: Some("2026-03-01".into()),
                        end: Some("2026-06-30".into()),
                        helper: Some(Helper {
                            role: HelperRole::Supervisor,
                            name: "Anouk de Vries".into(),
                            contact: None,
                        }),
                        ..Default::default()
                    },
                },
                None,
            )
            .expect("add");
        let route = w.route().expect("route").expect("a route");
        assert_eq!(route.steps.len(), before + 1);
        assert_eq!(route.steps[before].id, id);
        assert_eq!(route.steps[before].details.learning_goals.len(), 1);

        let changed = w
            .update_route_step(&id, |s| {
                s.status = StepStatus::InProgress;
                s.details.notes = Some("Started on Monday".into());
            })
            .expect("update");
        assert_eq!(changed.status, StepStatus::InProgress);
        assert_eq!(changed.details.notes.as_deref(), Some("Started on Monday"));
        // An invalid change is refused and changes nothing.
        let err = w
            .update_route_step(&id, |s| s.details.end = Some("2026-01-01".into()))
            .expect_err("ends before it starts");
        assert_eq!(err.code(), "profile-invalid");
        assert_eq!(
            w.route().expect("route").expect("a route").steps[before],
            changed
        );

        let moved = w.move_route_step(&id, 0).expect("move");
        assert_eq!(moved.steps[0].id, id);
        assert_eq!(moved.steps.len(), before + 1);
        w.remove_route_step(&id).expect("remove");
        let after = w.route().expect("route").expect("a route");
        assert_eq!(after.steps.len(), before);
        assert!(after.steps.iter().all(|s| s.id != id));
        assert_eq!(
            w.remove_route_step(&id).expect_err("gone").code(),
            "route-step-not-found"
        );
    }

    #[test]
    fn steps_need_a_target_and_the_template_is_added_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut w = Wallet::create(&dir.path().join("w.db"), None).expect("create");
        assert_eq!(
            w.apply_route_template("nl", Cefr::B1)
                .expect_err("no target")
                .code(),
            "route-no-target"
        );
        w.set_route_target(&db(), OCCUPATION).expect("target");
        let n = w.route().expect("route").expect("route").steps.len();
        let once = w.apply_route_template("nl", Cefr::B2).expect("template");
        assert_eq!(once.steps.len(), n + 6);
        let twice = w.apply_route_template("nl", Cefr::B2).expect("again");
        assert_eq!(twice.steps.len(), n + 6);
        let language = &once.steps[n];
        assert_eq!(language.kind, StepKind::LanguageGoal);
        assert_eq!(language.details.cefr, Some(Cefr::B2));
        // Renaming a template step makes the coach's title stick (no translated title any more).
        let renamed = w
            .update_route_step(&language.id, |s| s.title = "Dutch B2 at ROC".into())
            .expect("rename");
        assert_eq!(renamed.details.template, None);
    }

    #[test]
    fn cli_template_titles_follow_the_learners_language_and_edits_work() {
        let dir = tempfile::tempdir().expect("tempdir");
        let run = |args: &[&str]| erkend_ok(&dir.path().join("w.db"), &db_path(), args).stdout;
        run(&["init"]);
        run(&["route", "set-target", OCCUPATION]);
        run(&[
            "route",
            "apply-template",
            "--language",
            "nl",
            "--level",
            "B1",
        ]);
        let title_of_last = |lang: &str| -> String {
            let doc: Value =
                serde_json::from_slice(&run(&["--json", "--lang", lang, "route", "show"]))
                    .expect("json");
            let steps = doc["steps"].as_array().expect("steps");
            steps[steps.len() - 1]["title"]
                .as_str()
                .expect("title")
                .to_string()
        };
        assert_eq!(title_of_last("en"), "Apply for jobs");
        assert_eq!(title_of_last("nl"), "Solliciteer");
        assert_eq!(title_of_last("ar"), "قدّم طلبات للوظائف");

        let added: Value = serde_json::from_slice(&run(&[
            "--json",
            "route",
            "add-step",
            "--kind",
            "practical",
            "--title",
            "Visit the UWV",
            "--practical",
            "job-centre-registration",
            "--helper-role",
            "coach",
            "--helper-name",
            "Sam",
            "--position",
            "0",
        ]))
        .expect("json");
        let id = added["id"].as_str().expect("id").to_string();
        run(&[
            "route",
            "update-step",
            &id,
            "--status",
            "done",
            "--notes",
            "Registered",
        ]);
        let doc: Value = serde_json::from_slice(&run(&["--json", "route", "show"])).expect("json");
        let first = &doc["steps"][0];
        assert_eq!(first["id"], id.as_str());
        assert_eq!(first["status"], "done");
        assert_eq!(first["details"]["helper"]["role"], "coach");
        assert_eq!(first["details"]["notes"], "Registered");
        run(&["route", "move-step", &id, "99"]);
        run(&["route", "remove-step", &id]);
        let doc: Value = serde_json::from_slice(&run(&["--json", "route", "show"])).expect("json");
        assert!(doc["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .all(|s| s["id"] != id.as_str()));
    }

    #[test]
    fn route_details_stacks_and_profile_parts_survive_backup_and_restore() {
        let cheap = erkend::store::kdf::TEST_PARAMS;
        let (dir, mut w) = wallet_with_target();
        w.set_person(erkend::profile::parts::Person {
            name: Some("Layla".into()),
            ..Default::default()
        })
        .expect("person");
        w.apply_route_template("nl", Cefr::B1).expect("template");
        let step = w
            .add_route_step(
                NewStep {
                    kind: StepKind::EarnCredential,
                    title: "Stack".into(),
                    skills: vec![],
                    details: StepDetails {
                        stack: vec![
                            StackItem {
                                skills: vec![SKILL_A.into()],
                                achievement: None,
                            },
                            StackItem {
                                skills: vec![SKILL_B.into()],
                                achievement: None,
                            },
                        ],
                        ..Default::default()
                    },
                },
                None,
            )
            .expect("add");
        import_signed(&mut w, "Food safety", &[SKILL_A], 4);
        let route = w.route().expect("route").expect("a route");
        let parts = w.profile_parts().expect("parts");
        let file = dir.path().join("b.erkendbk");
        w.backup_with_params(&file, "backup pass", cheap)
            .expect("backup");
        let payload = erkend::wallet::read_backup(&file, "backup pass").expect("read");
        let (restored, _) =
            Wallet::create_from_backup(&dir.path().join("r.db"), None, &payload).expect("restore");
        // Wallet ids are the new wallet's own; everything else, evidence links included, is kept.
        let ids_to_counts = |mut r: erkend::route::Route| {
            for s in &mut r.steps {
                s.evidence = vec![s.evidence.len().to_string()];
            }
            r
        };
        let back = restored.route().expect("route").expect("a route");
        assert_eq!(ids_to_counts(back), ids_to_counts(route));
        assert_eq!(restored.profile_parts().expect("parts"), parts);
        assert_eq!(restored.route_stacks().expect("stacks")[&step].earned, 1);
    }

    /// The route screen's form: a step's title, helper and due date changed, kept after the
    /// wallet is closed and opened again; refusals have their own codes and change nothing;
    /// a renamed skill step shows its new title instead of the skill's label.
    #[test]
    fn a_step_changed_by_the_form_is_kept_and_a_bad_change_refused() {
        use erkend::route::StepForm;
        let (dir, mut w) = wallet_with_target();
        let skill_step = w.route().expect("route").expect("route").steps[0].clone();
        assert_eq!(
            skill_step.title_skill(),
            Some(skill_step.skills[0].as_str())
        );
        let form = |title: Option<&str>, role, name: &str, due: &str| StepForm {
            title: title.map(String::from),
            helper_role: role,
            helper_name: Some(name.into()),
            due: Some(due.into()),
        };
        let id = w
            .add_route_step_from(
                StepKind::Practical,
                &form(Some("Visit the library"), None, "", ""),
            )
            .expect("add");
        let changed = w
            .edit_route_step(
                &id,
                &form(None, Some(HelperRole::Coach), "Sanne", "2026-12-01"),
            )
            .expect("edit");
        assert_eq!(changed.title, "Visit the library");
        for (bad, code) in [
            (
                form(None, None, "", "1 December"),
                "route-step-date-invalid",
            ),
            (form(Some(""), None, "", ""), "route-step-title-empty"),
            (
                form(None, Some(HelperRole::Mentor), "", ""),
                "route-step-helper-incomplete",
            ),
        ] {
            let err = w.edit_route_step(&id, &bad).expect_err(code);
            assert_eq!(err.code(), code);
        }
        assert_eq!(
            w.edit_route_step("no-such-step", &form(None, None, "", ""))
                .expect_err("gone")
                .code(),
            "route-step-not-found"
        );
        let renamed = w
            .edit_route_step(
                &skill_step.id,
                &form(Some("Revenue course at ROC"), None, "", ""),
            )
            .expect("rename");
        assert_eq!(renamed.title_skill(), None);
        drop(w);

        let again = Wallet::open(&dir.path().join("w.db"), None).expect("reopen");
        let route = again.route().expect("route").expect("route");
        let kept = route.steps.iter().find(|s| s.id == id).expect("kept");
        assert_eq!(kept.title, "Visit the library");
        assert_eq!(kept.details.end.as_deref(), Some("2026-12-01"));
        assert_eq!(
            kept.details.helper,
            Some(Helper {
                role: HelperRole::Coach,
                name: "Sanne".into(),
                contact: None
            })
        );
        let first = &route.steps[0];
        assert_eq!(
            (first.title.as_str(), first.title_skill()),
            ("Revenue course at ROC", None)
        );
    }
}
