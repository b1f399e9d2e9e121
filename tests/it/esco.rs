//! ESCO: the bundled dataset built into its search database, searched in several languages and
//! scripts, and its real occupation–skill relations.

use erkend::esco::Kind;
use erkend::store::EscoDb;
use std::sync::OnceLock;

/// Builds the ESCO database once for all tests in this binary (it takes seconds) and returns
/// its path (for CLI tests, via `ERKEND_ESCO_DB`).
pub(crate) fn db_path() -> std::path::PathBuf {
    static BUILT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut steps = 0;
        EscoDb::open_or_build(&dir.path().join("esco.db"), &mut |_, _| steps += 1)
            .expect("build ESCO database");
        assert!(steps > 0, "progress was reported");
        dir
    });
    dir.path().join("esco.db")
}

/// The ESCO database: each test opens its own read-only connection.
pub(crate) fn db() -> EscoDb {
    EscoDb::open_or_build(&db_path(), &mut |_, _| {
        panic!("the database was already built")
    })
    .expect("open ESCO database")
}

fn search(query: &str, lang: &str, kind: Option<Kind>) -> Vec<erkend::esco::SearchHit> {
    db().search(query, lang, kind, 10).expect("search")
}

#[test]
fn dutch_prefix_search_finds_programming_skills() {
    let hits = search("programmeren", "nl", Some(Kind::Skill));
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.kind == Kind::Skill));
    assert!(
        hits[0].label.to_lowercase().starts_with("programmeren"),
        "{hits:?}"
    );
    assert_eq!(hits[0].lang, "nl");
}

#[test]
fn arabic_search_matches_with_and_without_vowel_marks() {
    let plain = search("برمجة", "ar", None);
    assert!(!plain.is_empty());
    assert!(plain.iter().all(|h| h.lang == "ar"), "{plain:?}");
    assert!(plain[0].label.contains("برمجة"), "{plain:?}");
    // The same word written with harakat finds the same concepts.
    let voweled = search("بَرْمَجَة", "ar", None);
    assert_eq!(
        plain.iter().map(|h| &h.uri).collect::<Vec<_>>(),
        voweled.iter().map(|h| &h.uri).collect::<Vec<_>>()
    );
}

#[test]
fn ukrainian_prefix_search_uses_cyrillic_labels() {
    let hits = search("програмув", "uk", None);
    assert!(!hits.is_empty());
    assert!(hits[0].label.starts_with("програмув"), "{hits:?}");
    assert_eq!(hits[0].lang, "uk");
}

#[test]
fn search_ignores_accents_and_case() {
    let hits = search("INGENIEUR", "fr", None);
    assert!(
        hits.iter()
            .any(|h| h.label.starts_with("Ingénieur") || h.label.starts_with("ingénieur")),
        "{hits:?}"
    );
}

#[test]
fn a_skill_without_a_label_in_the_language_falls_back_visibly_to_english() {
    // ESCO v1.2.1 has Dutch skill labels only for its thematic collections; "bake goods" has none.
    let hits = search("bake goods", "nl", Some(Kind::Skill));
    let bake = hits
        .iter()
        .find(|h| h.uri == "http://data.europa.eu/esco/skill/5626b3b1-5415-47f6-acf1-b573d457d180")
        .expect("found through English");
    assert_eq!(
        (bake.label.as_str(), bake.lang.as_str()),
        ("bake goods", "en")
    );
    // And a skill that has a Dutch label is shown in Dutch even when the English label matched.
    let python = search("python", "nl", Some(Kind::Skill));
    assert_eq!(python[0].lang, "nl");
    assert_eq!(python[0].label, "Python (computerprogrammering)");
}

#[test]
fn occupations_carry_their_real_essential_and_optional_skills() {
    // "kok" (cook): v1.1.1 relations.
    let cook = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";
    let db = db();
    let reqs = db.requirements(cook).expect("requirements");
    let essential = reqs.iter().filter(|r| r.essential).count();
    assert!(essential >= 10, "{essential} essential skills");
    assert!(reqs.iter().any(|r| !r.essential));
    let (label, lang) = db.label(cook, "nl").expect("label").expect("has label");
    assert_eq!((label.as_str(), lang.as_str()), ("kok", "nl"));
    assert!(!db.broader(cook).expect("broader").is_empty());
}

mod matching {
    use super::db;
    use erkend::matching::rank;
    use erkend::Wallet;
    use std::collections::HashSet;

    const COOK: &str = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

    #[test]
    fn a_profile_with_an_occupations_essentials_ranks_it_first_and_misses_exactly_the_rest() {
        let db = db();
        let cook = db.requirements(COOK).expect("requirements");
        let essentials: Vec<&str> = cook
            .iter()
            .filter(|r| r.essential)
            .map(|r| r.skill.as_str())
            .collect();
        let dir = tempfile::tempdir().expect("tempdir");
        let mut wallet = Wallet::create(&dir.path().join("w.db"), None).expect("wallet");
        for uri in &essentials {
            wallet.add_self_declared_skill(uri, None).expect("add");
        }
        let profile = wallet.profile().expect("profile");
        assert_eq!(profile.len(), essentials.len());
        assert!(profile
            .iter()
            .all(|s| s.evidence.as_str() == "self-declared"));

        let held: HashSet<&str> = profile.iter().map(|s| s.uri.as_str()).collect();
        let all = db.all_requirements().expect("all");
        let ranked = rank(
            all.iter().map(|(o, r)| (o.as_str(), r.as_slice())),
            &held,
            5,
        );
        assert_eq!(ranked[0].occupation, COOK, "{ranked:?}");
        assert_eq!(ranked[0].score, 1.0);
        assert!(ranked[0].missing_essential.is_empty());

        // Drop two essentials: exactly those two are missing.
        let (kept, dropped) = essentials.split_at(essentials.len() - 2);
        let held: HashSet<&str> = kept.iter().copied().collect();
        let m = erkend::matching::score(COOK, &cook, &held);
        let mut expected: Vec<String> = dropped.iter().map(|s| s.to_string()).collect();
        expected.sort();
        assert_eq!(m.missing_essential, expected);
        assert_eq!(m.essential.have, essentials.len() - 2);
    }

    #[test]
    fn only_esco_skill_uris_can_be_declared() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut wallet = Wallet::create(&dir.path().join("w.db"), None).expect("wallet");
        let err = wallet
            .add_self_declared_skill("https://example.org/skill", None)
            .expect_err("refused");
        assert_eq!(err.code(), "usage");
        assert!(wallet.profile().expect("profile").is_empty());
    }
}

#[test]
fn two_builders_at_once_both_get_the_one_database() {
    // Two app windows (or parallel tests) opening a fresh ESCO path at the same moment: one
    // builds, the other waits for it and opens the result. Before the build lock, the second
    // deleted the first one's half-built file and one of them failed.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("esco.db");
    let builders: Vec<_> = (0..2)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut built = false;
                let db = EscoDb::open_or_build(&path, &mut |_, _| built = true).expect("opens");
                (
                    db.search("programm", "en", None, 3).expect("search").len(),
                    built,
                )
            })
        })
        .collect();
    let results: Vec<(usize, bool)> = builders
        .into_iter()
        .map(|b| b.join().expect("builder"))
        .collect();
    assert!(results.iter().all(|(hits, _)| *hits > 0), "{results:?}");
    assert_eq!(
        results.iter().filter(|(_, built)| *built).count(),
        1,
        "exactly one of them built: {results:?}"
    );
}

#[test]
fn a_stopped_build_leaves_nothing_behind_and_the_next_one_builds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("esco.db");
    let stop = std::cell::Cell::new(false);
    let mut steps = 0;
    let stopped = EscoDb::open_or_build_until(
        &path,
        &mut |_, _| {
            steps += 1;
            stop.set(true);
        },
        &|| stop.get(),
    );
    assert_eq!(stopped.err().map(|e| e.code()), Some("esco-stopped"));
    assert_eq!(steps, 1, "stopped at the first progress step");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.ends_with(".lock"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // Not stopped again: the next call builds it whole.
    let db =
        EscoDb::open_or_build_until(&path, &mut |_, _| {}, &|| false).expect("built after a stop");
    assert!(!db
        .search("teamwork", "en", None, 1)
        .expect("search")
        .is_empty());
}
