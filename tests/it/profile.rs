//! The skills profile: the Skills Profile Tool's four parts, skills grouped by ESCO pillar, a
//! verified peer credential's skills, matching with partial credit and evidence against real ESCO
//! relations, vacancies in Dutch and English, micro-credential completeness, and the CLI's JSON.

use crate::esco::{db, db_path};
use crate::support::{erkend_ok, fixture, ob3_badge, sign_eddsa_jcs};
use chrono::Utc;
use erkend::esco::Pillar;
use erkend::profile::parts::{Cefr, Experience, ExperienceKind, LanguageSkill, Person};
use erkend::Wallet;
use serde_json::Value;
use std::collections::BTreeSet;

/// "think analytically": transversal.
const ANALYTICAL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";
/// "Dutch" (language skill).
const DUTCH: &str = "http://data.europa.eu/esco/skill/cad4f44b-28a8-4448-86e5-7389e5ebf3eb";
/// "SQL" (knowledge).
const SQL: &str = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
/// "kok" (cook).
const COOK: &str = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

fn wallet() -> (tempfile::TempDir, Wallet) {
    let dir = tempfile::tempdir().expect("tempdir");
    let wallet = Wallet::create(&dir.path().join("w.db"), None).expect("wallet");
    (dir, wallet)
}

#[test]
fn the_four_parts_are_stored_validated_and_linked_skills_join_the_profile() {
    let (dir, mut w) = wallet();
    w.set_person(Person {
        name: Some("Layla Haddad".into()),
        languages: vec!["ar".into(), "nl".into()],
        ..Default::default()
    })
    .expect("person");
    w.add_language(LanguageSkill {
        language: "nl".into(),
        mother_tongue: false,
        listening: Some(Cefr::B1),
        reading: Some(Cefr::B1),
        speaking: Some(Cefr::A2),
        writing: Some(Cefr::A2),
    })
    .expect("language");
    w.add_experience(Experience {
        kind: ExperienceKind::LanguageInternship,
        title: "Language internship in a hotel kitchen".into(),
        from: Some("2025-03".into()),
        to: Some("2025-06".into()),
        esco: vec![ANALYTICAL.into(), COOK.into()],
        ..Default::default()
    })
    .expect("experience");
    // A bad entry is refused with the field named, and nothing changes.
    let before = w.profile_parts().expect("parts");
    let err = w
        .add_experience(Experience {
            title: "x".into(),
            from: Some("2025-02-30".into()),
            ..Default::default()
        })
        .expect_err("bad date");
    assert_eq!(err.code(), "profile-invalid");
    assert_eq!(err.args()["field"], "skills.experience.from");
    assert_eq!(w.profile_parts().expect("parts"), before);

    drop(w);
    let w = Wallet::open(&dir.path().join("w.db"), None).expect("reopen");
    let parts = w.profile_parts().expect("parts");
    assert_eq!(parts.person.name.as_deref(), Some("Layla Haddad"));
    assert_eq!(parts.skills.languages[0].speaking, Some(Cefr::A2));
    assert_eq!(
        parts.skills.experience[0].kind,
        ExperienceKind::LanguageInternship
    );
    // The linked skill (not the occupation) is in the profile, self-declared, sourced to the entry.
    let profile = w.profile().expect("profile");
    assert_eq!(profile.len(), 1);
    assert_eq!(profile[0].uri, ANALYTICAL);
    assert_eq!(profile[0].evidence.as_str(), "self-declared");
    assert_eq!(profile[0].sources, ["part:skills/experience/0"]);
}

#[test]
fn the_profile_is_grouped_by_esco_pillar() {
    let (_dir, mut w) = wallet();
    for uri in [ANALYTICAL, DUTCH, SQL] {
        w.add_self_declared_skill(uri, None).expect("add");
    }
    let groups = w.profile_by_pillar(&db()).expect("pillars");
    let got: Vec<(Pillar, Vec<&str>)> = groups
        .iter()
        .map(|g| (g.pillar, g.skills.iter().map(|s| s.uri.as_str()).collect()))
        .collect();
    assert_eq!(
        got,
        [
            (Pillar::Knowledge, vec![SQL]),
            (Pillar::Transversal, vec![ANALYTICAL]),
            (Pillar::Language, vec![DUTCH]),
        ]
    );
}

#[test]
fn a_verified_peer_credential_gives_exactly_its_esco_skills_as_verified() {
    let (_dir, mut w) = wallet();
    let mut expected = BTreeSet::new();
    for name in ["ob3-0001.json", "ob3-0002.json"] {
        let path = fixture(&format!("peers/js-eddsa-rdfc-2022/{name}"));
        let outcome = w.import_file(&path, Utc::now()).expect("import");
        assert_eq!(outcome.verdict.verified, Some(true), "{name}");
        let doc: Value =
            serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
        for a in doc["credentialSubject"]["achievement"]["alignment"]
            .as_array()
            .expect("alignments")
        {
            expected.insert(a["targetUrl"].as_str().expect("url").to_string());
        }
    }
    let profile = w.profile().expect("profile");
    let got: BTreeSet<String> = profile.iter().map(|s| s.uri.clone()).collect();
    assert_eq!(got, expected);
    assert!(profile
        .iter()
        .all(|s| s.evidence.as_str() == "verified-credential"));
    // Each has a label in the chosen language or a marked fallback.
    for s in &profile {
        let (_, lang) = db().label(&s.uri, "ar").expect("label").expect("known");
        assert!(lang == "ar" || lang == "en", "{lang}");
    }
}

#[test]
fn a_signed_test_badge_verifies_and_counts_as_verified_evidence() {
    let (_dir, mut w) = wallet();
    let doc = sign_eddsa_jcs(ob3_badge("SQL basics", &[SQL]), [7; 32]);
    let outcome = w
        .import_bytes(&serde_json::to_vec(&doc).expect("bytes"), None, Utc::now())
        .expect("import");
    assert_eq!(
        outcome.verdict.verified,
        Some(true),
        "{:?}",
        outcome.verdict
    );
    let profile = w.profile().expect("profile");
    assert_eq!(profile[0].evidence.as_str(), "verified-credential");
}

#[test]
fn a_related_skill_gives_half_credit_and_evidence_weighs_in_fit() {
    let db = db();
    // Find an essential skill of the cook with a narrower or broader skill in ESCO.
    let reqs = db.requirements(COOK).expect("requirements");
    let ids = db
        .concept_ids(
            reqs.iter()
                .filter(|r| r.essential)
                .map(|r| r.skill.as_str()),
        )
        .expect("ids");
    let (essential, related) = ids
        .iter()
        .find_map(|(uri, id)| {
            let links = db.related_skills([*id]).expect("related");
            links.first().map(|(_, other)| (uri.to_string(), *other))
        })
        .expect("some cook skill has a related skill");
    let related_uri = db.uri_of(related).expect("uri");
    let total = reqs.iter().filter(|r| r.essential).count();

    let (_dir, mut w) = wallet();
    w.add_self_declared_skill(&related_uri, None).expect("add");
    let m = w.match_occupation(&db, COOK).expect("match");
    assert_eq!(m.essential.have, 0);
    assert!((m.score - 0.5 / total as f64).abs() < 1e-12, "{}", m.score);
    assert!(m.missing_essential.contains(&essential));
    assert_eq!(m.related_essential.len(), 1);
    assert_eq!(m.related_essential[0].skill, essential);
    assert_eq!(m.related_essential[0].via, related_uri);

    // Holding the skill itself: full credit; a verified credential lifts `fit`, not `score`.
    let (_dir, mut w) = wallet();
    w.add_self_declared_skill(&essential, None).expect("add");
    let declared = w.match_occupation(&db, COOK).expect("match");
    assert!((declared.score - 1.0 / total as f64).abs() < 1e-12);
    let (_dir, mut w) = wallet();
    let badge = sign_eddsa_jcs(ob3_badge("Cooking", &[&essential]), [9; 32]);
    w.import_bytes(
        &serde_json::to_vec(&badge).expect("bytes"),
        None,
        Utc::now(),
    )
    .expect("import");
    let verified = w.match_occupation(&db, COOK).expect("match");
    assert_eq!(verified.score, declared.score);
    assert!(verified.fit > declared.fit);
}

#[test]
fn ranking_all_occupations_puts_the_one_whose_essentials_are_held_first() {
    let db = db();
    let (_dir, mut w) = wallet();
    let essentials: BTreeSet<String> = db
        .requirements(COOK)
        .expect("requirements")
        .into_iter()
        .filter(|r| r.essential)
        .map(|r| r.skill)
        .collect();
    for uri in &essentials {
        w.add_self_declared_skill(uri, None).expect("add");
    }
    let ranked = w.rank_occupations(&db, 5).expect("rank");
    assert_eq!(ranked[0].occupation, COOK);
    assert_eq!(ranked[0].score, 1.0);
    assert!(ranked[0].missing_essential.is_empty());
    let matched: BTreeSet<String> = ranked[0].matched_essential.iter().cloned().collect();
    assert_eq!(matched, essentials);
    assert!(ranked.windows(2).all(|p| p[0].score >= p[1].score));
}

fn vacancy_skills(file: &str, lang: &str) -> Vec<String> {
    let text = std::fs::read_to_string(fixture(&format!("profile/{file}"))).expect("read");
    let (_dir, w) = wallet();
    let v = w.match_vacancy(&db(), &text, lang).expect("vacancy");
    assert_eq!(v.result.essential.total, v.skills.len());
    v.skills.into_iter().map(|s| s.uri).collect()
}

#[test]
fn a_dutch_vacancy_becomes_esco_skills_by_dutch_labels() {
    let skill = |id: &str| format!("http://data.europa.eu/esco/skill/{id}");
    assert_eq!(
        vacancy_skills("vacature-data-analist.nl.txt", "nl"),
        [
            SQL.to_string(),
            skill("ccd0a1d9-afda-43d9-b901-96344886e14d"), // Python (computerprogrammering)
            DUTCH.to_string(),
            skill("6d3edede-8951-4621-a835-e04323300fa0"), // Engels
            skill("adc6dc11-3376-467b-96c5-9b0a21edc869"), // problemen oplossen
            skill("e49f4158-9d4c-425d-bf32-dfe89b19840a"), // plannen
            skill("dba46f87-0831-49cd-a1c7-340a653c0221"), // flexibele ontwikkeling
        ]
    );
}

#[test]
fn an_english_vacancy_becomes_esco_skills_and_is_matched_against_the_profile() {
    let skill = |id: &str| format!("http://data.europa.eu/esco/skill/{id}");
    let found = vacancy_skills("vacancy-kitchen-assistant.en.txt", "en");
    assert_eq!(
        found,
        [
            skill("60c78287-22eb-4103-9c8c-28deaa460da0"), // work in teams
            skill("d9013e0e-e937-43d5-ab71-0e917ee882b8"), // manage time
            skill("0da516ee-e70e-4384-be13-f5ff80be8127"), // communicate with customers
            skill("15a33d76-4640-438d-ae64-fdc0c1d3eebc"), // customer service
            skill("0ee9e985-0ee5-4a73-8a12-78b53b261bb2"), // (speak) English
            DUTCH.to_string(),
        ]
    );
    // Matched the same way as an occupation.
    let text =
        std::fs::read_to_string(fixture("profile/vacancy-kitchen-assistant.en.txt")).expect("read");
    let (_dir, mut w) = wallet();
    w.add_self_declared_skill(&found[0], None).expect("add");
    w.add_self_declared_skill(DUTCH, None).expect("add");
    let v = w.match_vacancy(&db(), &text, "en").expect("vacancy");
    assert_eq!(v.result.essential.have, 2);
    assert_eq!(v.result.missing_essential.len(), 4);
}

fn run(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    erkend_ok(&dir.join("w.db"), &db_path(), args)
}

#[test]
fn cli_profile_parts_match_vacancy_and_show_completeness() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    run(d, &["init"]);
    run(
        d,
        &["profile", "set-person", "--name", "Layla", "--speaks", "ar"],
    );
    run(
        d,
        &[
            "profile",
            "add-language",
            "nl",
            "--listening",
            "B1",
            "--speaking",
            "a2",
        ],
    );
    run(
        d,
        &[
            "profile",
            "add-experience",
            "Vrijwilliger keuken",
            "--kind",
            "volunteer",
            "--esco",
            DUTCH,
        ],
    );
    run(
        d,
        &["profile", "add-soft", "Geduldig", "--esco", ANALYTICAL],
    );
    run(
        d,
        &[
            "profile",
            "set-appraisal",
            "--adviser",
            "Anouk",
            "--next-step",
            "Taalcursus B1",
        ],
    );
    let doc: Value = serde_json::from_slice(&run(d, &["--json", "--lang", "nl", "profile"]).stdout)
        .expect("json");
    // The contract's fields stay exact; the parts are further fields.
    let skill = &doc["skills"][0];
    for key in ["uri", "label", "lang", "evidence", "sources"] {
        assert!(skill.get(key).is_some(), "{key}");
    }
    assert_eq!(doc["person"]["name"], "Layla");
    assert_eq!(doc["background"]["languages"][0]["speaking"], "A2");
    assert_eq!(doc["appraisal"]["next_steps"][0], "Taalcursus B1");
    assert_eq!(doc["pillars"]["language"][0], DUTCH);
    assert_eq!(doc["pillars"]["transversal"][0], ANALYTICAL);

    let m: Value = serde_json::from_slice(
        &run(
            d,
            &["--json", "--lang", "nl", "match", "--occupation", COOK],
        )
        .stdout,
    )
    .expect("json");
    let m = &m[0];
    for key in [
        "occupation",
        "label",
        "score",
        "essential",
        "optional",
        "missing_essential",
    ] {
        assert!(m.get(key).is_some(), "{key}");
    }
    assert_eq!(m["label"], "kok");
    let explanation = m["explanation"].as_str().expect("text");
    assert!(explanation.starts_with("Je hebt "), "{explanation}");

    let v: Value = serde_json::from_slice(
        &run(
            d,
            &[
                "--json",
                "--lang",
                "nl",
                "match",
                "--vacancy",
                fixture("profile/vacature-data-analist.nl.txt")
                    .to_str()
                    .expect("utf-8"),
            ],
        )
        .stdout,
    )
    .expect("json");
    assert_eq!(v["skills"].as_array().expect("skills").len(), 7);
    assert_eq!(v["match"]["essential"]["have"], 1); // Dutch, via the experience
    assert_eq!(v["skills"][2]["label"], "Nederlands");

    let imported = run(
        d,
        &[
            "--json",
            "import",
            fixture("route/revenue-strategies.json")
                .to_str()
                .expect("utf-8"),
        ],
    );
    let line: Value = serde_json::from_slice(&imported.stdout).expect("json");
    let id = line["id"].as_str().expect("id");
    let shown: Value =
        serde_json::from_slice(&run(d, &["--json", "show", id]).stdout).expect("json");
    let c = &shown["micro_completeness"];
    assert_eq!(c["total"], 11);
    let present: Vec<&str> = c["elements"]
        .as_array()
        .expect("elements")
        .iter()
        .filter(|e| e["present"] == true)
        .map(|e| e["element"].as_str().expect("name"))
        .collect();
    assert_eq!(
        present,
        [
            "learner",
            "title",
            "awarding-body",
            "date",
            "learning-outcomes"
        ]
    );
}

#[test]
fn the_narrowed_dictionary_finds_what_the_whole_one_finds() {
    let db = db();
    for (file, lang) in [
        ("vacature-data-analist.nl.txt", "nl"),
        ("vacancy-kitchen-assistant.en.txt", "en"),
    ] {
        let text = std::fs::read_to_string(fixture(&format!("profile/{file}"))).expect("read");
        let whole = db.skill_dictionary(lang).expect("whole").find(&text);
        let narrowed = db
            .skill_dictionary_for(&text, lang)
            .expect("narrow")
            .find(&text);
        assert_eq!(whole, narrowed, "{file}");
        assert!(!whole.is_empty());
    }
}

#[test]
fn the_packed_relations_hold_exactly_the_relation_table() {
    let db = db();
    let index = db.relation_index().expect("index");
    let all = db.all_requirements().expect("all");
    assert_eq!(index.len(), all.len());
    let total: usize = index.iter().map(|(_, reqs)| reqs.count()).sum();
    assert_eq!(total, all.iter().map(|(_, r)| r.len()).sum::<usize>());
    let cook = db.concept_ids([COOK]).expect("ids")[COOK];
    let mut packed: Vec<(i64, bool)> = index
        .iter()
        .find(|(o, _)| *o == cook)
        .expect("cook")
        .1
        .collect();
    let mut table = db.requirement_ids(cook).expect("requirements");
    packed.sort();
    table.sort();
    assert_eq!(packed, table);
}
