//! Review mode (issue 8): a mentor's observation, signed with the mentor's own key in a signer
//! wallet beside the learner's, raises a self-declared skill to `mentor-observed` with the
//! mentor's name; the learner's own key cannot; the appraisal and a route step are recorded.

use crate::esco::db;
use chrono::Utc;
use erkend::profile::Evidence;
use erkend::review::{self, mentors, Observation};
use erkend::route::HelperRole;
use erkend::{Error, Wallet};

/// ESCO "hospitality revenue manager".
const OCCUPATION: &str =
    "http://data.europa.eu/esco/occupation/002da35b-7808-43f3-83bf-63596b8b351f";
/// "think analytically" (one of its essential skills).
const SKILL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";

fn observation() -> Observation {
    Observation {
        skill: SKILL.into(),
        label: Some("think analytically".into()),
        comment: "Planned the week's rota from the sales figures.".into(),
        narrative: Some("Seen at the community café, three Saturdays.".into()),
    }
}

/// A learner's wallet at `path` that declares `SKILL` itself.
fn learner_declaring(path: &std::path::Path) -> Wallet {
    let mut learner = Wallet::create(path, None).expect("learner");
    learner
        .add_self_declared_skill(SKILL, None)
        .expect("declare");
    learner
}

fn evidence_of(wallet: &Wallet, uri: &str) -> Option<Evidence> {
    let profile = wallet.profile().expect("profile");
    profile.iter().find(|s| s.uri == uri).map(|s| s.evidence)
}

#[test]
fn a_mentors_signed_observation_raises_a_skill_with_the_mentors_name() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("wallet.db");
    let mut learner = learner_declaring(&path);
    assert_eq!(evidence_of(&learner, SKILL), Some(Evidence::SelfDeclared));

    let vaults = mentors::beside(&path);
    let (_, mut mentor, who) = mentors::create(
        &vaults,
        "Fatima de Vries",
        Some("Buurthuis West"),
        "mentor pass",
    )
    .expect("mentor");
    let at = Utc::now();
    let prepared = review::prepare_observation(&mut mentor, &learner, &observation(), "n", at)
        .expect("prepare");
    // What is shown before signing is what is signed: no proof yet, the learner as subject.
    assert!(prepared.document.get("proof").is_none());
    assert_eq!(
        prepared.document["credentialSubject"]["id"],
        learner.holder_did().expect("did").as_str()
    );
    assert_eq!(prepared.document["issuer"]["name"], "Fatima de Vries");
    // Nothing is raised by preparing.
    assert_eq!(evidence_of(&learner, SKILL), Some(Evidence::SelfDeclared));

    let (signed, outcome) =
        review::sign_observation(&mentor, &mut learner, &prepared, at).expect("sign");
    let mut unsigned = signed.clone();
    unsigned.as_object_mut().expect("object").remove("proof");
    assert_eq!(
        unsigned, prepared.document,
        "exactly the shown document was signed"
    );
    assert_eq!(outcome.verdict.verified, Some(true));
    assert_eq!(
        outcome
            .endorsement
            .as_ref()
            .and_then(|e| e.skill.as_deref()),
        Some(SKILL)
    );
    assert_eq!(evidence_of(&learner, SKILL), Some(Evidence::MentorObserved));
    let endorsers = learner.skill_endorsers().expect("endorsers");
    let names: Vec<_> = endorsers[SKILL].iter().map(|e| e.name.clone()).collect();
    assert_eq!(names, [Some("Fatima de Vries".to_string())]);
    assert_eq!(
        endorsers[SKILL][0].organisation.as_deref(),
        Some("Buurthuis West")
    );

    // Appraisal (part 4) with the mentor as adviser, and a route step with the mentor as helper.
    let parts = review::save_appraisal(
        &mut learner,
        &who,
        "Works carefully.",
        &["Dutch A2".into(), " ".into()],
        at,
    )
    .expect("appraisal");
    assert_eq!(
        parts.appraisal.adviser.as_deref(),
        Some("Fatima de Vries (Buurthuis West)")
    );
    assert_eq!(parts.appraisal.next_steps, ["Dutch A2"]);
    let esco = db();
    let revenue = "http://data.europa.eu/esco/skill/ad28c970-6bc7-4fff-9c01-0f4d67769de3";
    let id = review::add_route_step(&mut learner, &esco, OCCUPATION, revenue, &who).expect("step");
    let route = learner.route().expect("route").expect("a route was made");
    assert_eq!(route.target, OCCUPATION);
    let step = route.steps.iter().find(|s| s.id == id).expect("step");
    assert_eq!(step.skills, [revenue]);
    let helper = step.details.helper.as_ref().expect("helper");
    assert_eq!(
        (helper.role, helper.name.as_str()),
        (HelperRole::Mentor, "Fatima de Vries")
    );
    // Adding it again keeps one step.
    let again =
        review::add_route_step(&mut learner, &esco, OCCUPATION, revenue, &who).expect("again");
    assert_eq!(again, id);
}

#[test]
fn the_learners_own_key_cannot_observe_and_a_stale_preparation_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("wallet.db");
    let mut learner = learner_declaring(&path);
    learner
        .signer_identity(Some("Me myself"), None)
        .expect("identity");
    // The learner's own wallet opened a second time as the "mentor".
    let mut same = Wallet::open(&path, None).expect("same wallet");
    let err = review::prepare_observation(&mut same, &learner, &observation(), "n", Utc::now())
        .expect_err("self observation");
    assert!(matches!(err, Error::ReviewSignerIsLearner), "{err:?}");
    assert_eq!(err.code(), "review-signer-is-learner");

    // A preparation for another learner is not signed for this one.
    let other_dir = tempfile::tempdir().expect("temp");
    let other = Wallet::create(&other_dir.path().join("w.db"), None).expect("other");
    let (_, mut mentor, _) =
        mentors::create(&mentors::beside(&path), "Jan", None, "mentor pass").expect("mentor");
    let prepared =
        review::prepare_observation(&mut mentor, &other, &observation(), "n", Utc::now())
            .expect("prepare");
    let err =
        review::sign_observation(&mentor, &mut learner, &prepared, Utc::now()).expect_err("stale");
    assert_eq!(err.code(), "review-observation-stale");
    assert_eq!(evidence_of(&learner, SKILL), Some(Evidence::SelfDeclared));
}

/// The mentor's session signs exactly the last prepared observation, once: a second signature
/// needs a second preparation; a blank narrative is dropped; a signer key needs a passphrase.
#[test]
fn a_mentor_session_signs_what_it_prepared_once() {
    use erkend::review::MentorSession;
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("wallet.db");
    let mut learner = learner_declaring(&path);
    let vaults = mentors::beside(&path);
    let empty = MentorSession::create(&vaults, "Fatima", None, "").expect_err("no passphrase");
    assert_eq!(empty.code(), "passphrase-required");
    assert!(
        vaults.list().expect("list").is_empty(),
        "nothing left behind"
    );
    let mut mentor = MentorSession::create(&vaults, "Fatima", None, "mentor pass").expect("mentor");
    let at = Utc::now();
    let stale = mentor.sign(&mut learner, at).expect_err("nothing prepared");
    assert!(matches!(stale, Error::ReviewObservationStale), "{stale:?}");

    let blank = Observation {
        narrative: Some("  ".into()),
        ..observation()
    };
    let (shown, prepared) = mentor.prepare(&learner, blank, "ar", at).expect("prepare");
    assert_eq!(shown.narrative, None);
    assert_eq!(prepared.learner_did, learner.holder_did().expect("did"));
    let signed = mentor.sign(&mut learner, at).expect("sign");
    assert_eq!(signed.verified, Some(true));
    assert_eq!(signed.evidence.as_deref(), Some("mentor-observed"));
    assert!(matches!(
        mentor.sign(&mut learner, at),
        Err(Error::ReviewObservationStale)
    ));
    let again = MentorSession::open(&vaults, mentor.id(), "mentor pass").expect("open");
    assert_eq!(again.did().expect("did"), mentor.did().expect("did"));
}
