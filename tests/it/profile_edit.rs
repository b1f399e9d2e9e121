//! Editing the profile entry by entry, as the app's profile screen does: a language replaced and
//! removed, a work experience linked to ESCO replaced and removed (its skill leaves the profile
//! with it), the learner's own skills listed and removed; all in a real wallet file that is
//! closed and opened again between the steps.

use erkend::profile::parts::{Cefr, Experience, ExperienceKind, LanguageSkill, Person};
use erkend::profile::Evidence;
use erkend::Wallet;

/// "think analytically" and "develop revenue generation strategies".
const ANALYTICAL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";
const REVENUE: &str = "http://data.europa.eu/esco/skill/ad28c970-6bc7-4fff-9c01-0f4d67769de3";

fn profile_uris(w: &Wallet) -> Vec<(String, Evidence)> {
    w.profile()
        .expect("profile")
        .into_iter()
        .map(|s| (s.uri, s.evidence))
        .collect()
}

#[test]
fn every_part_three_entry_is_edited_and_removed_in_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("w.db");
    let mut w = Wallet::create(&path, None).expect("create");
    w.set_person(Person {
        name: Some("Amal".into()),
        languages: vec!["ar".into(), "nl".into()],
        ..Default::default()
    })
    .expect("person");
    let level = |l| LanguageSkill {
        language: "nl".into(),
        mother_tongue: false,
        listening: Some(l),
        reading: Some(l),
        speaking: Some(Cefr::A2),
        writing: None,
    };
    w.add_language(level(Cefr::A2)).expect("nl");
    // The same language again replaces the earlier levels.
    w.add_language(level(Cefr::B1)).expect("nl again");
    let kitchen = Experience {
        kind: ExperienceKind::Volunteer,
        title: "Kitchen volunteer".into(),
        from: Some("2023-02".into()),
        esco: vec![ANALYTICAL.into()],
        ..Default::default()
    };
    w.add_experience(kitchen.clone()).expect("experience");
    w.add_experience(Experience {
        title: "Night receptionist".into(),
        ..Default::default()
    })
    .expect("second experience");
    assert_eq!(
        profile_uris(&w),
        [(ANALYTICAL.to_string(), Evidence::SelfDeclared)]
    );
    drop(w);

    let mut w = Wallet::open(&path, None).expect("open");
    let parts = w.profile_parts().expect("parts");
    assert_eq!(parts.person.name.as_deref(), Some("Amal"));
    assert_eq!(parts.skills.languages, [level(Cefr::B1)]);
    // Replacing the first experience moves its ESCO link, and keeps the list's order.
    let parts = w
        .replace_experience(
            0,
            Experience {
                esco: vec![REVENUE.into()],
                ..kitchen.clone()
            },
        )
        .expect("replace");
    let titles: Vec<&str> = parts
        .skills
        .experience
        .iter()
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(titles, ["Kitchen volunteer", "Night receptionist"]);
    assert_eq!(
        profile_uris(&w),
        [(REVENUE.to_string(), Evidence::SelfDeclared)]
    );
    // A replacement that does not validate changes nothing.
    let bad = Experience {
        to: Some("2020".into()),
        ..kitchen.clone()
    };
    assert_eq!(
        w.replace_experience(0, bad)
            .expect_err("ends before")
            .code(),
        "profile-invalid"
    );
    assert_eq!(
        w.profile_parts().expect("parts").skills.experience[0].esco,
        [REVENUE]
    );
    w.remove_experience(0).expect("remove");
    assert!(profile_uris(&w).is_empty());
    assert_eq!(
        w.remove_experience(1).expect_err("no such entry").code(),
        "profile-invalid"
    );
    w.remove_language("NL").expect("remove language");
    assert!(w
        .profile_parts()
        .expect("parts")
        .skills
        .languages
        .is_empty());
    assert!(w.remove_language("nl").is_err());

    // The learner's own skills: listed with their claim ids, removed one by one.
    let first = w.add_self_declared_skill(ANALYTICAL, None).expect("claim");
    let second = w
        .add_self_declared_skill(REVENUE, Some("at the hotel"))
        .expect("claim");
    let own: Vec<(i64, String)> = w
        .self_declared_skills()
        .expect("own")
        .into_iter()
        .map(|c| (c.id, c.uri))
        .collect();
    assert_eq!(
        own,
        [
            (first, ANALYTICAL.to_string()),
            (second, REVENUE.to_string())
        ]
    );
    w.remove_self_declared_skill(first).expect("remove claim");
    assert_eq!(
        profile_uris(&w),
        [(REVENUE.to_string(), Evidence::SelfDeclared)]
    );
    assert!(w.remove_self_declared_skill(first).is_err());
    drop(w);
    let w = Wallet::open(&path, None).expect("open again");
    assert_eq!(w.self_declared_skills().expect("own").len(), 1);
}
