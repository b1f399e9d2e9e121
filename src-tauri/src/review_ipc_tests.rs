//! Review mode through Tauri's real IPC layer: a mentor's own signer key is created beside the
//! learner's wallet, an observation is prepared (shown) and signed exactly as shown, and the
//! learner's skill rises from self-declared to mentor-observed with the mentor's name; the
//! appraisal and a route step are recorded; nothing can be signed without an open mentor.

use crate::contract_tests::assert_shape;
use crate::test_harness::Harness;
use serde_json::{json, Value};

/// ESCO "hospitality revenue manager".
const OCCUPATION: &str =
    "http://data.europa.eu/esco/occupation/002da35b-7808-43f3-83bf-63596b8b351f";
/// "think analytically", one of its essential skills.
const SKILL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";

fn skill_of<'a>(learner: &'a Value, uri: &str) -> &'a Value {
    learner["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .find(|s| s["uri"] == uri)
        .unwrap_or_else(|| panic!("{uri} not in {learner}"))
}

#[test]
fn a_mentor_observes_a_skill_over_ipc_and_the_learner_alone_cannot() {
    let (_dir, h) = Harness::unprotected_with_esco();
    h.json("add_skill", json!({"uri": SKILL})).expect("declare");

    // Without a mentor's key nothing is prepared, signed or written in their name.
    let locked = h
        .json(
            "prepare_observation",
            json!({"skill": SKILL, "comment": "x", "narrative": null, "lang": "nl"}),
        )
        .expect_err("no mentor");
    assert_eq!(locked["code"], "review-mentor-locked");
    assert_eq!(
        h.json("sign_observation", json!({}))
            .expect_err("no mentor")["code"],
        "review-mentor-locked"
    );
    assert_eq!(h.json("list_mentors", json!({})).expect("list"), json!([]));

    let mentor = h
        .json(
            "create_mentor",
            json!({"name": "Fatima de Vries", "organisation": "Buurthuis West",
                   "passphrase": "mentor pass"}),
        )
        .expect("create mentor");
    assert_shape("Mentor", &mentor);
    let listed = h.json("list_mentors", json!({})).expect("list");
    assert_shape("MentorCard", &listed[0]);
    assert_eq!(listed[0]["name"], "Fatima de Vries");

    let target = h
        .json("review_target", json!({"uri": OCCUPATION, "lang": "nl"}))
        .expect("target");
    assert_shape("ReviewTarget", &target);
    assert_eq!(target["matched"][0]["uri"], SKILL, "{target}");
    assert_eq!(target["essential_have"], 1);

    let before = h
        .json("review_learner", json!({"lang": "ar"}))
        .expect("learner");
    assert_shape("ReviewLearner", &before);
    assert_shape("ProfileSkill", skill_of(&before, SKILL));
    assert_shape("Appraisal", &before["appraisal"]);
    assert_eq!(skill_of(&before, SKILL)["evidence"], "self-declared");

    let prepared = h
        .json(
            "prepare_observation",
            json!({"skill": SKILL, "comment": "Plant de week op basis van de cijfers.",
                   "narrative": "Drie zaterdagen in het buurtcafé.", "lang": "nl"}),
        )
        .expect("prepare");
    assert_shape("PreparedObservation", &prepared);
    let shown: Value =
        serde_json::from_str(prepared["json"].as_str().expect("json")).expect("document");
    assert_eq!(shown["issuer"]["id"], mentor["did"]);
    assert_eq!(shown["credentialSubject"]["id"], before["did"]);
    assert!(shown.get("proof").is_none(), "shown before signing");
    assert!(shown["name"]
        .as_str()
        .is_some_and(|n| n.starts_with("Waargenomen vaardigheid")));

    let signed = h.json("sign_observation", json!({})).expect("sign");
    assert_shape("Observation", &signed);
    assert_eq!(signed["id"], shown["id"], "the shown document was signed");
    assert_eq!(signed["verified"], true);
    assert_eq!(signed["evidence"], "mentor-observed");
    // A second signature needs a second preparation.
    assert_eq!(
        h.json("sign_observation", json!({}))
            .expect_err("nothing prepared")["code"],
        "review-observation-stale"
    );

    let after = h
        .json("review_learner", json!({"lang": "ar"}))
        .expect("learner");
    let skill = skill_of(&after, SKILL);
    assert_eq!(skill["evidence"], "mentor-observed");
    assert_eq!(skill["endorsers"][0]["name"], "Fatima de Vries");
    assert_eq!(skill["endorsers"][0]["organisation"], "Buurthuis West");
    assert_shape("Endorser", &skill["endorsers"][0]);
    // The profile screen agrees.
    let profile = h
        .json("show_profile", json!({"lang": "en"}))
        .expect("profile");
    let shown = profile
        .as_array()
        .expect("skills")
        .iter()
        .find(|s| s["uri"] == SKILL)
        .expect("in the profile");
    assert_eq!(shown["evidence"], "mentor-observed");
    assert_eq!(shown["endorsers"][0]["name"], "Fatima de Vries");
    assert_eq!(
        shown["credentials"],
        json!([]),
        "an endorsement is not a credential"
    );

    let appraisal = h
        .json(
            "save_appraisal",
            json!({"text": "Werkt zorgvuldig.", "nextSteps": ["Nederlands A2", ""]}),
        )
        .expect("appraisal");
    assert_eq!(appraisal["adviser"], "Fatima de Vries (Buurthuis West)");
    assert_eq!(appraisal["next_steps"], json!(["Nederlands A2"]));

    let missing = target["missing"][0]["uri"].as_str().expect("missing");
    let route = h
        .json(
            "add_review_step",
            json!({"target": OCCUPATION, "skill": missing, "lang": "nl"}),
        )
        .expect("step");
    assert_eq!(route["target"]["uri"], OCCUPATION);
    assert!(route["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .any(|s| s["title"]["uri"] == missing));

    // Closed, the mentor's key is out of reach until their passphrase opens it again.
    h.json("close_mentor", json!({})).expect("close");
    assert_eq!(
        h.json("save_appraisal", json!({"text": "x", "nextSteps": []}))
            .expect_err("closed")["code"],
        "review-mentor-locked"
    );
    let id = listed[0]["id"].clone();
    assert!(h
        .json("open_mentor", json!({"id": id, "passphrase": "wrong"}))
        .is_err());
    let again = h
        .json(
            "open_mentor",
            json!({"id": id, "passphrase": "mentor pass"}),
        )
        .expect("open");
    assert_eq!(again["did"], mentor["did"]);

    let pane = h
        .json("pane_language", json!({"requested": ["ar"]}))
        .expect("pane");
    assert_eq!(
        (pane["lang"].as_str(), pane["dir"].as_str()),
        (Some("ar"), Some("rtl"))
    );
}
