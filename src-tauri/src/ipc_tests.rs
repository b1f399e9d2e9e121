//! Commands driven through Tauri's real IPC layer (capabilities, argument decoding, error
//! serialisation) on the mock runtime: no window and no display needed.

use crate::contract_tests::assert_shape;
use crate::test_harness::{Harness, FIXTURE};
use serde_json::{json, Value};
use tauri::ipc::InvokeBody;

#[test]
fn unprotected_wallet_imports_lists_and_shows_over_ipc() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("wallet.db");
    let h = Harness::new(&path);

    let status = h.json("wallet_status", json!({})).expect("status");
    assert_eq!(status["exists"], false);
    assert_eq!(status["unlocked"], false);
    assert_eq!(
        h.json("list_credentials", json!({})).expect_err("locked")["code"],
        "wallet-locked"
    );

    let created = h
        .json("create_wallet", json!({"passphrase": null}))
        .expect("create");
    assert_eq!(created["encrypted"], false);
    assert_eq!(created["unlocked"], true);

    let imported = h.import(FIXTURE, "ob3-0002.json").expect("import");
    assert_eq!(imported["status"], "imported");
    let again = h.import(FIXTURE, "copy.json").expect("import again");
    assert_eq!(again["status"], "duplicate");
    assert_eq!(again["id"], imported["id"]);

    let rejected = h.import(b"not a badge", "x.txt").expect_err("rejected");
    assert_eq!(rejected["code"], "not-json");
    assert!(rejected["args"]["reason"].is_string());
    assert_eq!(
        h.json("import_file", json!({})).expect_err("json body")["code"],
        "bad-request"
    );

    let list = h.json("list_credentials", json!({})).expect("list");
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["name"], "Relational Data with SQL");
    assert_eq!(list[0]["learner"], "محمد عبد الله");

    let shown = h
        .json("show_credential", json!({"id": imported["id"]}))
        .expect("show");
    assert_eq!(shown["source_name"], "ob3-0002.json");
    assert_eq!(shown["sha256"].as_str().map(str::len), Some(64));
    let checks = shown["verdict"]["checks"].as_array().expect("checks");
    assert!(checks.iter().all(|c| c["message"].is_string()));
    // Every shape the UI relies on, as ui/src/api/types.js describes it.
    assert_shape("WalletStatus", &status);
    assert_shape("ImportResult", &imported);
    assert_shape("CredentialSummary", &list[0]);
    assert_shape("CredentialDetail", &shown);
    assert_shape("Verdict", &shown["verdict"]);
    assert_shape("Check", &checks[0]);
    assert_shape("Micro", &shown["micro"]);
    assert_shape("CommandErrorShape", &rejected);
    // No key material or passphrase in anything the UI received.
    let everything = format!("{status}{created}{imported}{list}{shown}");
    assert!(!everything.contains("secret") && !everything.contains("private"));

    assert_eq!(
        h.json("show_credential", json!({"id": "nope"}))
            .expect_err("unknown")["code"],
        "credential-not-found"
    );
}

#[test]
fn protected_wallet_needs_the_right_passphrase_after_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("wallet.db");
    Harness::new(&path)
        .json("create_wallet", json!({"passphrase": "correct horse"}))
        .expect("create");

    let h = Harness::new(&path);
    let status = h.json("wallet_status", json!({})).expect("status");
    assert_eq!(
        (&status["exists"], &status["unlocked"], &status["encrypted"]),
        (&json!(true), &json!(false), &json!(true))
    );
    let wrong = h
        .json("unlock_wallet", json!({"passphrase": "wrong horse"}))
        .expect_err("wrong passphrase");
    assert_eq!(wrong, json!({"code": "wrong-passphrase", "args": {}}));
    let opened = h
        .json("unlock_wallet", json!({"passphrase": "correct horse"}))
        .expect("unlock");
    assert_eq!(opened["unlocked"], true);
    assert_eq!(opened["encrypted"], true);
}

#[test]
fn language_negotiation_and_formatting_happen_in_rust() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::new(&dir.path().join("wallet.db"));
    let ar = h
        .json("ui_language", json!({"requested": ["ar-SY", "en"]}))
        .expect("language");
    assert_eq!((&ar["lang"], &ar["dir"]), (&json!("ar"), &json!("rtl")));
    assert_shape("UiLanguage", &ar);
    assert!(ar["available"]
        .as_array()
        .is_some_and(|a| a.contains(&json!("nl"))));

    let texts = h
        .json(
            "localize",
            json!({"lang": "ar", "messages": [
                {"id": "wallet-title"},
                {"id": "language-option-nl"},
                {"id": "error-file-too-large", "args": {"size": "9", "limit": "5"}},
                {"id": "no-such-message"},
                {"id": "app-brand"},
                {"id": "error-wallet-not-found", "args": {"path": "/tmp/w.db"}}
            ]}),
        )
        .expect("localize");
    assert_eq!(texts[0], "شهاداتي");
    assert_eq!(
        texts[1], "Nederlands",
        "endonyms fall back to the base terms"
    );
    // Numbers in Arabic's own (Arabic-Indic) digits.
    assert!(texts[2]
        .as_str()
        .is_some_and(|t| t.contains('\u{0669}') && t.contains("بايت")));
    assert_eq!(texts[3], "no-such-message");
    assert_eq!(texts[4], "Erkend");
    assert!(
        texts[5]
            .as_str()
            .is_some_and(|t| t.contains("\u{2068}/tmp/w.db\u{2069}")),
        "text arguments are isolated for bidi: {}",
        texts[5]
    );

    assert_eq!(
        h.json("localize", json!({"lang": "!!", "messages": []}))
            .expect_err("bad tag")["code"],
        "bad-language"
    );
}

#[test]
fn the_window_may_call_only_erkends_own_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::new(&dir.path().join("wallet.db"));
    // Core plugins are registered, but the capability grants none of them.
    for cmd in [
        "plugin:app|version",
        "plugin:event|listen",
        "plugin:window|close",
    ] {
        let refused = h.json(cmd, json!({})).expect_err(cmd);
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
}

const ROUTE_FIXTURE: &[u8] = include_bytes!("../../tests/fixtures/route/revenue-strategies.json");
const REVENUE_SKILL: &str = "http://data.europa.eu/esco/skill/";

#[test]
fn profile_match_route_export_and_lock_over_ipc() {
    let (dir, h) = Harness::unprotected_with_esco();
    let imported = h.import(ROUTE_FIXTURE, "revenue.json").expect("import");

    // The badge's ESCO skill is in the profile, labelled in Dutch or marked as a fallback.
    let profile = h
        .json("show_profile", json!({"lang": "nl"}))
        .expect("profile");
    let skills = profile.as_array().expect("skills");
    assert_eq!(skills.len(), 1, "{profile}");
    assert_shape("ProfileSkill", &skills[0]);
    assert_shape(
        "Progress",
        &h.json("esco_progress", json!({})).expect("progress"),
    );
    let held = skills[0]["uri"].as_str().expect("uri").to_string();
    assert!(held.starts_with(REVENUE_SKILL), "{held}");
    assert_eq!(
        skills[0]["evidence"], "self-declared",
        "an unsigned badge proves nothing"
    );
    assert_eq!(skills[0]["credentials"], json!([imported["id"]]));
    let fallback = skills[0]["fallback"].as_bool().expect("fallback flag");
    assert_eq!(fallback, skills[0]["lang"] != "nl");

    // The wallet list's skill filter offers the badge's skill, by its Dutch label too.
    let offered = h
        .json("skill_choices", json!({"query": "", "lang": "nl"}))
        .expect("skill choices");
    assert_shape("SkillChoice", &offered[0]);
    assert_eq!(
        (
            offered[0]["uri"].as_str(),
            offered[0]["credentials"].as_u64()
        ),
        (Some(held.as_str()), Some(1)),
        "{offered}"
    );
    let word = offered[0]["label"].as_str().expect("label");
    let word = word.split_whitespace().next().expect("a word");
    let found = h
        .json("skill_choices", json!({"query": word, "lang": "nl"}))
        .expect("search");
    assert_eq!(
        found[0]["uri"].as_str(),
        Some(held.as_str()),
        "{word}: {found}"
    );
    let none = h
        .json("skill_choices", json!({"query": "teamwork", "lang": "en"}))
        .expect("search");
    assert_eq!(none, json!([]), "only the wallet's own skills are offered");

    // A skill added by ESCO search.
    let hits = h
        .json(
            "search_esco",
            json!({"query": "teamwork", "kind": "skill", "lang": "en"}),
        )
        .expect("search");
    assert_shape("EscoHit", &hits[0]);
    let teamwork = hits[0]["uri"].as_str().expect("hit").to_string();
    assert_eq!(hits[0]["kind"], "skill");
    h.json("add_skill", json!({"uri": teamwork})).expect("add");
    let profile = h
        .json("show_profile", json!({"lang": "en"}))
        .expect("profile");
    assert_eq!(profile.as_array().map(Vec::len), Some(2));
    assert_eq!(
        h.json(
            "search_esco",
            json!({"query": "x", "kind": "planet", "lang": "en"})
        )
        .expect_err("bad kind")["code"],
        "bad-request"
    );

    // The job the badge is aligned to: its fit counts the held skill, the rest are missing.
    let jobs = h
        .json(
            "search_esco",
            json!({"query": "hospitality revenue manager", "kind": "occupation", "lang": "en"}),
        )
        .expect("job search");
    let job = jobs[0]["uri"].as_str().expect("job").to_string();
    let fit = h
        .json("match_occupation", json!({"uri": job, "lang": "en"}))
        .expect("fit");
    assert_shape("Match", &fit);
    assert_shape("Concept", &fit["occupation"]);
    let (have, total) = (
        fit["essential_have"].as_u64().expect("have"),
        fit["essential_total"].as_u64().expect("total"),
    );
    assert!(have >= 1, "{fit}");
    assert_eq!(
        fit["missing"].as_array().map(Vec::len),
        Some((total - have) as usize)
    );
    assert!(fit["missing"]
        .as_array()
        .is_some_and(|m| m.iter().all(|c| c["uri"] != json!(held))));
    let best = h
        .json("match_occupations", json!({"lang": "en", "limit": 5}))
        .expect("best");
    assert_eq!(best.as_array().map(Vec::len), Some(5));

    // The route toward it: one step per missing essential skill; a step changed by hand.
    let route = h
        .json("set_route_target", json!({"uri": job, "lang": "en"}))
        .expect("route");
    assert_eq!(route["target"]["uri"], json!(job));
    assert_shape("Route", &route);
    assert_shape("Step", &route["steps"][0]);
    let steps = route["steps"].as_array().expect("steps");
    assert_eq!(steps.len() as u64, total - have);
    let step = steps[0]["id"].as_str().expect("step id").to_string();
    let route = h
        .json(
            "set_step_status",
            json!({"step": step, "status": "in-progress", "lang": "en"}),
        )
        .expect("status");
    assert_eq!(route["steps"][0]["status"], "in-progress");
    assert_eq!(
        h.json(
            "set_step_status",
            json!({"step": step, "status": "finished", "lang": "en"})
        )
        .expect_err("bad status")["code"],
        "bad-request"
    );
    assert_eq!(
        h.json("show_route", json!({"lang": "en"})).expect("show")["steps"][0]["status"],
        "in-progress"
    );

    // The original file, byte for byte, only to a full path.
    assert_eq!(
        h.json(
            "export_original",
            json!({"id": imported["id"], "path": "copy.json"})
        )
        .expect_err("relative")["code"],
        "bad-path"
    );
    let out = dir.path().join("copy.json");
    h.json(
        "export_original",
        json!({"id": imported["id"], "path": out.to_str()}),
    )
    .expect("export");
    assert_eq!(std::fs::read(&out).expect("written"), ROUTE_FIXTURE);
    assert!(h
        .json("reverify_credential", json!({"id": imported["id"]}))
        .expect("reverify")["checks"]
        .is_array());

    // Locked: nothing can be read until it is opened again.
    let status = h.json("lock_wallet", json!({})).expect("lock");
    assert_eq!(status["unlocked"], false);
    assert_eq!(
        h.json("show_profile", json!({"lang": "en"}))
            .expect_err("locked")["code"],
        "wallet-locked"
    );
}

#[test]
fn backup_and_restore_over_ipc() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::new(&dir.path().join("wallet.db"));
    h.json("create_wallet", json!({"passphrase": "first wallet"}))
        .expect("create");
    h.import(FIXTURE, "ob3-0002.json").expect("import");
    let backup = dir.path().join("wallet.erkendbk");
    let written = h
        .json(
            "backup_wallet",
            json!({"path": backup.to_str(), "passphrase": "backup words"}),
        )
        .expect("backup");
    assert_eq!(written, json!(backup.to_str()));

    let other = Harness::new(&dir.path().join("second.db"));
    other
        .json("create_wallet", json!({"passphrase": null}))
        .expect("create second");
    assert_eq!(
        other
            .json(
                "restore_wallet",
                json!({"path": backup.to_str(), "passphrase": "wrong words"})
            )
            .expect_err("wrong passphrase")["code"],
        "backup-wrong-passphrase-or-damaged"
    );
    let counts = other
        .json(
            "restore_wallet",
            json!({"path": backup.to_str(), "passphrase": "backup words"}),
        )
        .expect("restore");
    assert_eq!(counts, json!({"credentials": 1, "duplicates": 0}));
    assert_shape("Restore", &counts);
    assert!(h
        .json("default_folder", json!({}))
        .expect("folder")
        .as_str()
        .is_some_and(|f| f.starts_with('/')));
}

#[test]
fn an_endorsement_request_is_signed_in_one_wallet_and_attached_in_another_over_ipc() {
    let dir = tempfile::tempdir().expect("tempdir");
    let learner = Harness::new(&dir.path().join("learner.db"));
    let mentor = Harness::new(&dir.path().join("mentor.db"));
    for h in [&learner, &mentor] {
        h.json("create_wallet", json!({"passphrase": null}))
            .expect("create");
    }
    let id = learner.import(FIXTURE, "ob3-0002.json").expect("import")["id"].clone();
    let made = learner
        .json(
            "create_endorsement_request",
            json!({"kind": "credential", "id": id, "name": "Amal", "narrative": null}),
        )
        .expect("request");
    assert!(made["qr_text"]
        .as_str()
        .is_some_and(|t| t.starts_with("ERKEND-ENDORSE-REQUEST:")));

    // The endorser sees what they sign, then signs the QR text as read by a scanner.
    let review = mentor
        .json(
            "review_endorsement_request",
            json!({"text": made["qr_text"]}),
        )
        .expect("review");
    assert_eq!(review["about"]["name"], "Relational Data with SQL");
    assert_eq!(review["learner"]["name"], "Amal");
    let signed = mentor
        .json(
            "sign_endorsement_request",
            json!({"text": made["json"], "comment": "Careful work.", "name": "Joke",
                   "organisation": null, "jcs": null}),
        )
        .expect("sign");
    let json_text = signed["json"].as_str().expect("json text");
    assert!(!json_text.contains("secret"));

    let attached = learner
        .import(json_text.as_bytes(), "endorsement.json")
        .expect("import endorsement");
    assert_eq!(attached["verified"], true);
    let list = learner
        .json("list_endorsements", json!({"credential": id}))
        .expect("endorsements");
    assert_eq!(list[0]["endorser"], "Joke");
    assert_eq!(list[0]["verified"], true);
    assert_eq!(
        mentor
            .json("review_endorsement_request", json!({"text": "{}"}))
            .expect_err("bad request")["code"],
        "endorsement-request-invalid"
    );
}

#[test]
fn share_codes_sheet_save_and_verify_a_proof_over_ipc() {
    const SIGNED: &[u8] =
        include_bytes!("../../tests/fixtures/peers/js-eddsa-rdfc-2022/ob3-0001.json");
    let (dir, h) = Harness::unprotected();
    let id = h.import(SIGNED, "ob3-0001.json").expect("import")["id"].clone();
    let ids = json!([id]);

    let shared = h.json("share_codes", json!({"ids": ids})).expect("codes");
    assert_shape("SharedCredential", &shared[0]);
    assert_shape("CodeImage", &shared[0]["codes"][0]);
    assert!(shared[0]["codes"][0]["png"]
        .as_str()
        .is_some_and(|p| p.starts_with("data:image/png;base64,")));

    let sheet = h
        .json(
            "share_sheet",
            json!({"ids": ids, "lang": "ar", "secondLang": "ti"}),
        )
        .expect("sheet");
    assert_shape("Sheet", &sheet);
    assert_eq!(
        sheet,
        json!({"pages": 1, "lang": "ar", "second_lang": "ti"})
    );

    let out = dir.path().join("proof.pdf");
    let saved = h
        .json(
            "save_proof",
            json!({"ids": ids, "path": out.to_str(), "lang": "en", "secondLang": null}),
        )
        .expect("save");
    assert_shape("SavedProof", &saved);
    assert_eq!(saved["pages"], 1);
    let relative = h
        .json(
            "save_proof",
            json!({"ids": ids, "path": "proof.pdf", "lang": "en", "secondLang": null}),
        )
        .expect_err("relative path");
    assert_eq!(relative["code"], "bad-path");

    // The saved sheet, opened again: one full credential, verified, holder name shown.
    let pdf = std::fs::read(&out).expect("saved pdf");
    let found = h
        .call(
            "verify_proof",
            InvokeBody::Raw(pdf),
            &[("x-file-name", "proof.pdf")],
        )
        .expect("verify");
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
    assert_shape("FoundProof", &found[0]);
    assert_eq!(found[0]["proof"], "credential");
    assert_eq!(found[0]["verdict"]["verified"], true);
    // A tampered code: still a verdict (not verified), never an IPC error.
    let txt = dir.path().join("proof.txt");
    h.json(
        "save_proof",
        json!({"ids": ids, "path": txt.to_str(), "lang": "en", "secondLang": null}),
    )
    .expect("save txt");
    let text = std::fs::read_to_string(&txt).expect("txt");
    let broken = text.replacen(':', ":Z", 1);
    let found = h
        .call(
            "verify_proof",
            InvokeBody::Raw(broken.into_bytes()),
            &[("x-file-name", "proof.txt")],
        )
        .expect("verify broken");
    assert_eq!(found[0]["proof"], "failed", "{found}");
    assert!(found[0]["error"]["code"].is_string());
    let gif = h
        .call(
            "verify_proof",
            InvokeBody::Raw(b"GIF89a".to_vec()),
            &[("x-file-name", "x.gif")],
        )
        .expect_err("not a proof file");
    assert_eq!(gif["code"], "proof-file-type");
}

/// "think analytically" (transversal).
const ANALYTICAL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";

#[test]
fn profile_parts_vacancy_and_route_edits_over_ipc() {
    let (_dir, h) = Harness::unprotected_with_esco();

    // Part 1, blanks dropped; part 3 languages with CEFR levels, replaced and removed.
    let parts = h
        .json(
            "save_person",
            json!({"person": {"name": " Amal ", "languages": ["ar", ""], "email": "",
                               "phone": null, "address": "Zwolle"}, "lang": "en"}),
        )
        .expect("person");
    assert_shape("ProfileParts", &parts);
    assert_shape("Person", &parts["person"]);
    assert_eq!(
        parts["person"],
        json!({"name": "Amal", "languages": ["ar"], "email": null, "phone": null,
               "address": "Zwolle"})
    );
    let nl = |level: &str| json!({"language": {"language": "nl", "listening": level, "speaking": "A2"}, "lang": "en"});
    h.json("save_language", nl("A2")).expect("nl");
    let parts = h.json("save_language", nl("B1")).expect("nl again");
    assert_shape("LanguageSkill", &parts["languages"][0]);
    assert_eq!(parts["languages"].as_array().map(Vec::len), Some(1));
    assert_eq!(parts["languages"][0]["listening"], "B1");
    assert_eq!(parts["languages"][0]["writing"], Value::Null);
    assert_eq!(
        h.json("save_language", nl("D9"))
            .expect_err("no such level")["code"],
        "profile-invalid"
    );
    let parts = h
        .json("remove_language", json!({"language": "nl", "lang": "en"}))
        .expect("remove");
    assert_eq!(parts["languages"], json!([]));

    // Part 3 experience linked to ESCO: its skill joins the profile as self-declared; replaced
    // and removed by index.
    let exp = |title: &str| json!({"kind": "volunteer", "title": title, "from": "2023-02", "esco": [ANALYTICAL]});
    let parts = h
        .json(
            "save_experience",
            json!({"index": null, "experience": exp("Kitchen"), "lang": "en"}),
        )
        .expect("experience");
    assert_shape("Experience", &parts["experience"][0]);
    assert_shape("Concept", &parts["experience"][0]["esco"][0]);
    assert_eq!(
        parts["experience"][0]["esco"][0]["label"],
        "think analytically"
    );
    let profile = h
        .json("show_profile", json!({"lang": "en"}))
        .expect("profile");
    assert_eq!(profile[0]["uri"], ANALYTICAL);
    assert_eq!(profile[0]["evidence"], "self-declared");
    let parts = h
        .json(
            "save_experience",
            json!({"index": 0, "experience": exp("Restaurant kitchen"), "lang": "en"}),
        )
        .expect("replace");
    assert_eq!(parts["experience"].as_array().map(Vec::len), Some(1));
    assert_eq!(parts["experience"][0]["title"], "Restaurant kitchen");
    let refused = h
        .json(
            "save_experience",
            json!({"index": 0, "experience": {"title": "x", "from": "2024", "to": "2020"},
                   "lang": "en"}),
        )
        .expect_err("ends before it starts");
    assert_eq!(refused["code"], "profile-invalid");
    h.json("remove_experience", json!({"index": 0, "lang": "en"}))
        .expect("remove experience");
    assert_eq!(
        h.json("remove_experience", json!({"index": 0, "lang": "en"}))
            .expect_err("gone")["code"],
        "profile-invalid"
    );

    // The learner's own skills, listed and removed.
    h.json("add_skill", json!({"uri": ANALYTICAL}))
        .expect("add");
    let parts = h
        .json("show_profile_parts", json!({"lang": "en"}))
        .expect("parts");
    assert_shape("OwnSkill", &parts["own_skills"][0]);
    assert_eq!(parts["own_skills"][0]["skill"]["uri"], ANALYTICAL);
    let id = parts["own_skills"][0]["id"].clone();

    // A vacancy: its ESCO skills, the one held, the gaps.
    let vacancy = h
        .json(
            "match_vacancy",
            json!({"text": "We want someone who can think analytically and manage budgets.",
                   "language": "en", "lang": "en"}),
        )
        .expect("vacancy");
    assert_shape("Vacancy", &vacancy);
    assert_shape("VacancySkill", &vacancy["skills"][0]);
    let found = vacancy["skills"].as_array().expect("skills");
    assert!(found.len() >= 2, "{vacancy}");
    let held: Vec<&Value> = found.iter().filter(|s| s["held"] == true).collect();
    assert_eq!(held.len(), 1, "{vacancy}");
    assert_eq!(held[0]["skill"]["uri"], ANALYTICAL);
    assert_eq!(vacancy["have"], 1);
    assert_eq!(
        vacancy["missing"].as_array().map(Vec::len),
        Some(found.len() - 1)
    );
    assert_eq!(
        h.json(
            "match_vacancy",
            json!({"text": "  ", "language": "en", "lang": "en"})
        )
        .expect_err("empty")["code"],
        "bad-request"
    );
    let parts = h
        .json("remove_own_skill", json!({"id": id, "lang": "en"}))
        .expect("remove own");
    assert_eq!(parts["own_skills"], json!([]));

    // The route: no step before a target; then a step with a helper and a due date, the
    // template, a move, a status change and a removal.
    let step = json!({"kind": "practical", "title": "Visit the library", "helper_role": "coach",
                      "helper_name": "Sanne", "due": "2026-12-01"});
    assert_eq!(
        h.json("add_route_step", json!({"step": step, "lang": "en"}))
            .expect_err("no target")["code"],
        "route-no-target"
    );
    let jobs = h
        .json(
            "search_esco",
            json!({"query": "hospitality revenue manager", "kind": "occupation", "lang": "en"}),
        )
        .expect("job search");
    h.json(
        "set_route_target",
        json!({"uri": jobs[0]["uri"], "lang": "en"}),
    )
    .expect("target");
    let route = h
        .json("add_route_step", json!({"step": step, "lang": "en"}))
        .expect("add step");
    let last = route["steps"].as_array().and_then(|s| s.last()).cloned();
    let last = last.expect("a step");
    assert_shape("Step", &last);
    assert_eq!(last["title"]["label"], "Visit the library");
    assert_eq!(last["helper"], json!({"role": "coach", "name": "Sanne"}));
    assert_eq!(last["due"], "2026-12-01");
    let id = last["id"].as_str().expect("id").to_string();
    // Changed: a new helper and date, the title kept; a date that is not one is refused with
    // its own code and changes nothing; blanks remove the helper.
    let change = |title: Value, role: &str, name: &str, due: &str| {
        json!({"step": id, "change": {"title": title, "helper_role": role,
               "helper_name": name, "due": due}, "lang": "en"})
    };
    let route = h
        .json(
            "edit_route_step",
            change(Value::Null, "mentor", "Fatima", "2027-01-15"),
        )
        .expect("edit");
    let edited = route["steps"].as_array().and_then(|s| s.last()).cloned();
    let edited = edited.expect("a step");
    assert_eq!(edited["title"]["label"], "Visit the library");
    assert_eq!(
        edited["helper"],
        json!({"role": "mentor", "name": "Fatima"})
    );
    assert_eq!(edited["due"], "2027-01-15");
    let refused = h
        .json(
            "edit_route_step",
            change(json!("Library"), "mentor", "Fatima", "15 January"),
        )
        .expect_err("not a date");
    assert_eq!(refused["code"], "route-step-date-invalid");
    assert_eq!(refused["args"]["date"], "15 January");
    assert_eq!(
        h.json("edit_route_step", change(json!(" "), "", "", ""))
            .expect_err("no title")["code"],
        "route-step-title-empty"
    );
    assert_eq!(
        h.json("edit_route_step", change(json!("x"), "boss", "Fatima", ""))
            .expect_err("no such role")["code"],
        "bad-request"
    );
    let route = h
        .json(
            "edit_route_step",
            change(json!("Visit the library"), "", "", ""),
        )
        .expect("blanks");
    let cleared = route["steps"].as_array().and_then(|s| s.last()).cloned();
    let cleared = cleared.expect("a step");
    assert_eq!(
        (&cleared["helper"], &cleared["due"]),
        (&Value::Null, &Value::Null)
    );
    let route = h
        .json(
            "move_route_step",
            json!({"step": id, "position": 0, "lang": "en"}),
        )
        .expect("move");
    assert_eq!(route["steps"][0]["id"], json!(id));
    let before = route["steps"].as_array().map(Vec::len).expect("steps");
    let route = h
        .json(
            "apply_route_template",
            json!({"language": "nl", "level": "B1", "lang": "ar"}),
        )
        .expect("template");
    let steps = route["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), before + 6);
    assert_eq!(steps[before]["template"], "route-template-language");
    assert_eq!(
        h.json(
            "apply_route_template",
            json!({"language": "nl", "level": "Z9", "lang": "en"})
        )
        .expect_err("bad level")["code"],
        "bad-request"
    );
    let route = h
        .json(
            "set_step_status",
            json!({"step": id, "status": "done", "lang": "en"}),
        )
        .expect("done");
    assert_eq!(route["steps"][0]["status"], "done");
    let route = h
        .json("remove_route_step", json!({"step": id, "lang": "en"}))
        .expect("remove step");
    assert!(route["steps"]
        .as_array()
        .is_some_and(|s| s.iter().all(|x| x["id"] != json!(id))));
    let bad = json!({"kind": "holiday", "title": "x"});
    assert_eq!(
        h.json("add_route_step", json!({"step": bad, "lang": "en"}))
            .expect_err("bad kind")["code"],
        "bad-request"
    );
}

#[test]
fn the_wallet_list_pages_and_searches_over_ipc() {
    let (_dir, h) = Harness::unprotected();
    let imported = h.import(FIXTURE, "ob3-0002.json").expect("import");
    let page = h
        .json(
            "list_cards",
            json!({"query": {"search": "محمد relational", "limit": 10}}),
        )
        .expect("search");
    assert_eq!(page["matching"], 1);
    assert_eq!(page["cards"][0]["id"], imported["id"]);
    assert_shape("CardPage", &page);
    assert_shape("CredentialSummary", &page["cards"][0]);
    // A card says what the whole list says about the same credential.
    let list = h.json("list_credentials", json!({})).expect("list");
    assert_eq!(page["cards"][0], list[0]);
    let none = h
        .json(
            "list_cards",
            json!({"query": {"search": "zzz\"(*", "offset": 5, "limit": 9999}}),
        )
        .expect("nothing matches, no error");
    assert_eq!(
        (none["matching"].as_u64(), none["total"].as_u64()),
        (Some(0), Some(1))
    );
    let facets = h.json("card_facets", json!({})).expect("facets");
    assert_shape("CardFacets", &facets);
    assert_eq!(facets["years"].as_array().map(Vec::len), Some(1));
}

#[test]
fn stop_ends_an_esco_build_and_the_next_use_builds_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = crate::state::AppState::new(dir.path().join("wallet.db"));
    state.esco_path = dir.path().join("esco.db");
    std::thread::scope(|s| {
        let building = s.spawn(|| state.with_esco(|_| Ok(())));
        while state.esco_progress().0 == 0 && !building.is_finished() {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        state.stop_esco_build();
        let stopped = building.join().expect("thread");
        assert_eq!(stopped.err().map(|e| e.code()), Some("esco-stopped"));
    });
    assert_eq!(
        state.esco_progress(),
        (0, 0),
        "the bar starts from nothing again"
    );
    assert!(!state.esco_path.exists());
    // The UI may call Stop (the command is allowed for the window) ...
    let h = Harness::with_state(state);
    h.json("cancel_esco_build", json!({})).expect("allowed");
    // ... and the next screen that needs ESCO builds it, not stopped by the earlier press.
    h.json("prepare_esco", json!({})).expect("built");
}
