//! The wallet list at scale (issue #12): paged card queries and full-text search on real
//! SQLite files — pages complete and stable in every order, search by prefix in any script and
//! immune to FTS syntax, the index kept in step by deletes and re-imports, schema 1 wallets
//! back-filled, and cards that say what the full list says.

use crate::support::{erkend_bin, fixture, ob3_badge};
use chrono::{TimeZone, Utc};
use erkend::store::{CardQuery, CardSort};
use erkend::verify::Trust;
use erkend::Wallet;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::bulk::wallet_gen;

const SORTS: [CardSort; 6] = [
    CardSort::Imported,
    CardSort::IssuedNewest,
    CardSort::IssuedOldest,
    CardSort::Issuer,
    CardSort::Name,
    CardSort::Status,
];

fn at() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0)
        .single()
        .expect("date")
}

/// An unsigned OB 3.0 badge with the given name, issuer name, learner, issue date and skill
/// names (alignment `targetName`s).
fn badge(name: &str, issuer: &str, learner: &str, issued: &str, skills: &[&str]) -> Vec<u8> {
    let mut doc = ob3_badge(name, &[]);
    doc["issuer"]["name"] = serde_json::json!(issuer);
    doc["credentialSubject"]["name"] = serde_json::json!(learner);
    doc["validFrom"] = serde_json::json!(issued);
    doc["credentialSubject"]["achievement"]["alignment"] = skills
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let uri = format!("http://data.europa.eu/esco/skill/test-{i}-{}", label.len());
            serde_json::json!({"type": ["Alignment"], "targetName": label, "targetUrl": uri,
                               "targetFramework": "ESCO", "targetType": "ext:ESCOSkill"})
        })
        .collect();
    serde_json::to_vec(&doc).expect("json")
}

fn new_wallet(dir: &Path) -> (PathBuf, Wallet) {
    let path = dir.join("wallet.db");
    (path.clone(), Wallet::create(&path, None).expect("create"))
}

fn import(wallet: &mut Wallet, bytes: &[u8]) -> String {
    let outcome = wallet.import_bytes(bytes, None, at()).expect("import");
    assert!(outcome.new);
    outcome.id
}

fn query(search: Option<&str>, sort: CardSort, offset: u32, limit: u32) -> CardQuery {
    CardQuery {
        search: search.map(str::to_string),
        sort,
        offset,
        limit,
        ..CardQuery::default()
    }
}

/// Wallet ids of every card matching `search`, read page by page.
fn all_pages(wallet: &Wallet, search: Option<&str>, sort: CardSort, size: u32) -> Vec<String> {
    let mut ids = Vec::new();
    loop {
        let page = wallet
            .credential_cards(&query(search, sort, ids.len() as u32, size))
            .expect("page");
        if page.cards.is_empty() {
            return ids;
        }
        assert!(page.cards.len() <= size as usize);
        ids.extend(page.cards.into_iter().map(|c| c.id));
    }
}

fn search_ids(wallet: &Wallet, text: &str) -> BTreeSet<String> {
    all_pages(wallet, Some(text), CardSort::Imported, 50)
        .into_iter()
        .collect()
}

#[test]
fn pages_in_every_order_hold_every_credential_exactly_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path());
    let issuers = [
        "ROC Amsterdam",
        "Ärztekammer",
        "مؤسسة التدريب",
        "roc amsterdam",
    ];
    let mut expected = BTreeSet::new();
    for i in 0..47 {
        // Repeated issuers, names and dates, so every order has ties to break.
        let issued = format!("202{}-0{}-15T00:00:00Z", i % 4, 1 + i % 3);
        let bytes = badge(
            &format!("Badge {}", i % 5),
            issuers[i % issuers.len()],
            "Layla",
            &issued,
            &[],
        );
        let mut doc: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        doc["id"] = serde_json::json!(format!("urn:example:badge:{i}"));
        expected.insert(import(
            &mut wallet,
            &serde_json::to_vec(&doc).expect("json"),
        ));
    }
    for sort in SORTS {
        let whole = wallet
            .credential_cards(&query(None, sort, 0, 1000))
            .expect("whole");
        assert_eq!((whole.matching, whole.total), (47, 47));
        for size in [1, 10, 46, 47] {
            let paged = all_pages(&wallet, None, sort, size);
            let unique: BTreeSet<String> = paged.iter().cloned().collect();
            assert_eq!(unique.len(), paged.len(), "{sort:?}/{size}: no duplicates");
            assert_eq!(unique, expected, "{sort:?}/{size}: every credential");
            let order: Vec<String> = whole.cards.iter().map(|c| c.id.clone()).collect();
            assert_eq!(paged, order, "{sort:?}/{size}: one order across pages");
        }
    }
    // The orders are the ones their names promise.
    let by_date = wallet
        .credential_cards(&query(None, CardSort::IssuedNewest, 0, 1000))
        .expect("by date");
    let dates: Vec<String> = by_date
        .cards
        .iter()
        .map(|c| c.issued.clone().expect("issued"))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let by_issuer = wallet
        .credential_cards(&query(None, CardSort::Issuer, 0, 1000))
        .expect("by issuer");
    let first: Vec<&str> = by_issuer.cards.iter().map(|c| c.issuer.as_str()).collect();
    // Accents and case fold for sorting: Ärztekammer before ROC, both ROC spellings together.
    assert_eq!(first[0], "Ärztekammer");
    let roc: Vec<usize> = (0..first.len())
        .filter(|&i| first[i].eq_ignore_ascii_case("roc amsterdam"))
        .collect();
    assert_eq!(
        roc.last().expect("roc") - roc[0] + 1,
        roc.len(),
        "{first:?}"
    );
}

#[test]
fn search_finds_by_prefix_of_name_issuer_learner_and_skill_in_any_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path());
    let welding = import(
        &mut wallet,
        &badge(
            "Lassen MIG/MAG",
            "ROC Midden Nederland",
            "Ahmad Karimi",
            "2025-03-01T00:00:00Z",
            &["Schweißtechniken anwenden", "use welding equipment"],
        ),
    );
    let arabic = import(
        &mut wallet,
        &badge(
            "شهادة اللغة الهولندية",
            "مؤسسة التدريب المهني",
            "فاطمة",
            "2025-04-01T00:00:00Z",
            &["التواصل باللغة الهولندية"],
        ),
    );
    let care = import(
        &mut wallet,
        &badge(
            "Zorg en welzijn",
            "Ärztekammer Nordrhein",
            "Layla Haddad",
            "2025-05-01T00:00:00Z",
            &["provide personal care"],
        ),
    );
    let cases: &[(&str, &[&String])] = &[
        ("lass", &[&welding]),
        ("LASSEN mig", &[&welding]),
        ("midden", &[&welding]),
        ("karim", &[&welding]),
        ("weld", &[&welding]),
        ("schweiß", &[&welding]),
        ("arzte", &[&care]), // accents fold
        ("pers care", &[&care]),
        ("شهاد", &[&arabic]),
        ("مؤسس", &[&arabic]),
        ("مؤسسه", &[&arabic]),           // teh marbuta folds to heh
        ("الهولند", &[&arabic]),         // name and skill
        ("اللغة الهولندية", &[&arabic]), // two words, both required
        ("فاطم", &[&arabic]),
        ("zorg weld", &[]),
    ];
    for (text, expected) in cases {
        let want: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(search_ids(&wallet, text), want, "search {text:?}");
    }
    // What a person types is never FTS syntax: no error, no surprise.
    for text in [
        "\"",
        "\"lass",
        "lass\"",
        "*",
        "lass*",
        "(",
        "NEAR(lass",
        "lass OR zorg",
        "-lass",
        "lass AND",
        "name:lass",
        "^lass",
        "'",
        "{name} : lass",
        "\u{0}",
        "   ",
    ] {
        let page = wallet
            .credential_cards(&query(Some(text), CardSort::Name, 0, 50))
            .unwrap_or_else(|e| panic!("search {text:?}: {e}"));
        assert!(page.matching <= 3, "{text:?}");
    }
    assert_eq!(search_ids(&wallet, "lass OR zorg"), BTreeSet::new());
    assert_eq!(
        search_ids(&wallet, "   ").len(),
        3,
        "nothing to search: all"
    );
    // Filters combine with search and keep the counts right.
    let page = wallet
        .credential_cards(&CardQuery {
            search: Some("a".into()),
            year: Some("2025".into()),
            issuer: Some("Ärztekammer Nordrhein".into()),
            limit: 10,
            ..CardQuery::default()
        })
        .expect("filtered");
    assert_eq!(page.matching, 1);
    assert_eq!(page.total, 3);
    assert_eq!(page.cards[0].id, care);
}

#[test]
fn a_bundle_is_found_by_the_names_of_the_credentials_inside_it() {
    let bytes =
        std::fs::read(fixture("formats/ob3-validator/clr20/complex.json")).expect("fixture");
    let parsed = erkend::import::parse(&bytes).expect("parses");
    let inner = parsed.nested[0].credential.display_name().to_string();
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path());
    let id = import(&mut wallet, &bytes);
    let page = wallet
        .credential_cards(&query(Some(&inner), CardSort::Imported, 0, 50))
        .expect("search");
    assert_eq!(
        page.total, 1,
        "nested credentials have no card of their own"
    );
    let ids: Vec<&str> = page.cards.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, [id.as_str()], "{inner}");
}

#[test]
fn the_index_follows_deletes_and_reimports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut wallet) = new_wallet(dir.path());
    let bytes = badge(
        "Heftruckcertificaat",
        "VCA",
        "Omar",
        "2024-01-01T00:00:00Z",
        &["forklift"],
    );
    let other = badge(
        "Hygiënecode",
        "VCA",
        "Omar",
        "2024-02-01T00:00:00Z",
        &["food safety"],
    );
    let first = import(&mut wallet, &bytes);
    let kept = import(&mut wallet, &other);
    let bundle = std::fs::read(fixture("formats/ob3-validator/clr20/complex.json")).expect("clr");
    let bundle_id = import(&mut wallet, &bundle);
    assert!(wallet.store().cards_consistent().expect("check"));
    assert_eq!(search_ids(&wallet, "heftruck").len(), 1);

    wallet.delete_credential(&first).expect("delete");
    // The bundle goes with the credentials inside it (cascade), and their index entries too.
    wallet.delete_credential(&bundle_id).expect("delete bundle");
    assert!(wallet.store().cards_consistent().expect("check"));
    assert!(search_ids(&wallet, "heftruck").is_empty());
    assert!(search_ids(&wallet, "forklift").is_empty());
    assert_eq!(
        search_ids(&wallet, "vca").into_iter().collect::<Vec<_>>(),
        [kept]
    );
    assert!(matches!(
        wallet.delete_credential(&first),
        Err(erkend::Error::CredentialNotFound { .. })
    ));

    let again = import(&mut wallet, &bytes);
    assert_ne!(again, first, "a new wallet id");
    drop(wallet);
    let wallet = Wallet::open(&path, None).expect("reopen");
    assert!(wallet.store().cards_consistent().expect("check"));
    assert_eq!(
        search_ids(&wallet, "fork").into_iter().collect::<Vec<_>>(),
        [again]
    );
    assert_eq!(wallet.card_facets().expect("facets").issuers, ["VCA"]);
}

#[test]
fn a_schema_1_wallet_is_back_filled_when_it_is_opened() {
    // Frozen wallets of schema 1 (no cards, no index with skill names): see
    // tests/fixtures/wallets/README.md. The credential's name, issuer and learner (Arabic) are
    // found after the migration.
    let dir = tempfile::tempdir().expect("tempdir");
    for (kind, passphrase) in [
        ("plain", None),
        ("encrypted", Some("lang leve de leerroute")),
    ] {
        let path = dir.path().join(format!("v1-{kind}.db"));
        std::fs::copy(fixture(&format!("wallets/v1-{kind}.db")), &path).expect("copy");
        let wallet = Wallet::open(&path, passphrase).expect("opens and migrates");
        assert!(wallet.store().cards_consistent().expect("check"));
        let listed = wallet.list().expect("list");
        for text in ["relational sql", "peer test acad", "محمد عبد"] {
            let found = wallet
                .credential_cards(&query(Some(text), CardSort::Imported, 0, 50))
                .expect("search");
            assert_eq!(found.cards.len(), 1, "{kind}: {text}");
            assert_eq!(found.cards[0].id, listed[0].id);
            assert_eq!(found.cards[0].name, "Relational Data with SQL");
            assert_eq!(found.cards[0].skills, listed[0].credential.skills);
        }
    }
}

#[test]
fn cards_say_what_the_full_list_says() {
    // 60 generated credentials in every format (signed OB 3.0 JSON and JWT, hosted OB 2.0).
    let files_dir = tempfile::tempdir().expect("tempdir");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let files = wallet_gen::generate(&root, files_dir.path(), 60, 11);
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path());
    wallet
        .import_files(&files, at(), |_, o| assert!(o.is_ok()))
        .expect("import");
    let cards = wallet
        .credential_cards(&query(None, CardSort::Imported, 0, 1000))
        .expect("cards");
    let listed = wallet.list().expect("list");
    assert_eq!(cards.cards.len(), listed.len());
    let mut colours = Vec::new();
    for (card, stored) in cards.cards.iter().zip(&listed) {
        let (name, issuer, issued) = erkend::wallet::summary_fields(&stored.credential);
        let verdict = stored.verdict.as_ref().expect("verdict");
        assert_eq!(card.id, stored.id, "same order: newest import first");
        assert_eq!(
            (&card.name, &card.issuer, &card.issued),
            (&name, &issuer, &issued)
        );
        assert_eq!(card.format, stored.format);
        assert_eq!(
            (card.verified, card.trust),
            (verdict.verified, verdict.trust)
        );
        let skills: BTreeSet<&String> = card.skills.iter().collect();
        assert_eq!(skills, stored.credential.skills.iter().collect());
        colours.push(card.trust);
    }
    assert!(colours.contains(&Trust::Amber), "{colours:?}");
    // Filters offer what the cards hold.
    let facets = wallet.card_facets().expect("facets");
    let issuers: BTreeSet<&String> = cards.cards.iter().map(|c| &c.issuer).collect();
    assert_eq!(facets.issuers.iter().collect::<BTreeSet<_>>(), issuers);
    assert!(!facets.years.is_empty());
    // The skill filter offers the wallet's skills, the most named first, each with its count.
    let esco = crate::esco::db();
    let top = wallet.skill_choices(&esco, "", "en", 5).expect("top");
    assert_eq!(top.len(), 5);
    assert!(top.windows(2).all(|w| w[0].credentials >= w[1].credentials));
    let skill = &top[0].uri;
    let with_skill = wallet
        .credential_cards(&CardQuery {
            skill: Some(skill.clone()),
            limit: 1000,
            ..CardQuery::default()
        })
        .expect("by skill");
    let expected = listed
        .iter()
        .filter(|s| s.credential.skills.contains(skill))
        .count();
    assert_eq!(with_skill.matching as usize, expected);
    assert_eq!(top[0].credentials as usize, expected);
    assert!(expected > 0);
}

#[test]
fn the_skill_filter_finds_each_of_the_wallets_skills_by_its_label_and_nothing_else() {
    let files_dir = tempfile::tempdir().expect("tempdir");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let files = wallet_gen::generate(&root, files_dir.path(), 120, 5);
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path());
    wallet
        .import_files(&files, at(), |_, o| assert!(o.is_ok()))
        .expect("import");
    let held: BTreeSet<String> = wallet
        .list()
        .expect("list")
        .into_iter()
        .flat_map(|s| s.credential.skills)
        .collect();
    let esco = crate::esco::db();
    let all = wallet
        .skill_choices(&esco, "", "nl", usize::MAX)
        .expect("all");
    assert_eq!(
        all.iter().map(|c| c.uri.clone()).collect::<BTreeSet<_>>(),
        held
    );
    for choice in &all {
        let (label, lang) = choice
            .label
            .clone()
            .expect("every generated skill is in ESCO");
        // Searched by the first word of its label (a common one, like "manage", matches
        // hundreds of ESCO skills; the wallet's must still be among the hits).
        let word = label.split_whitespace().next().expect("a word");
        let found = wallet
            .skill_choices(&esco, word, &lang, 25)
            .expect("search");
        assert!(
            found
                .iter()
                .any(|c| c.uri == choice.uri && c.credentials == choice.credentials),
            "{word} ({lang}) did not find {label}"
        );
        assert!(found.iter().all(|c| held.contains(&c.uri)), "{word}");
    }
    assert!(all
        .iter()
        .any(|c| c.label.as_ref().is_some_and(|(_, l)| l == "nl")));
    let nothing = wallet
        .skill_choices(&esco, "qqxqq", "en", 25)
        .expect("none");
    assert!(nothing.is_empty(), "{nothing:?}");
}

#[test]
fn cli_list_pages_and_searches_with_the_contract_fields() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut wallet) = new_wallet(dir.path());
    for name in ["Lassen", "Laden en lossen", "Koken"] {
        import(
            &mut wallet,
            &badge(name, "ROC", "Ahmad", "2025-01-01T00:00:00Z", &[]),
        );
    }
    drop(wallet);
    let run = |args: &[&str]| -> serde_json::Value {
        let out = std::process::Command::new(erkend_bin())
            .arg("--wallet")
            .arg(&path)
            .args(["--lang", "en", "--json", "list"])
            .args(args)
            .output()
            .expect("run erkend");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("one JSON document")
    };
    let all = run(&[]);
    assert_eq!(all.as_array().expect("array").len(), 3);
    let page = run(&["--limit", "2"]);
    let rest = run(&["--limit", "2", "--offset", "2"]);
    let mut ids: Vec<&str> = page
        .as_array()
        .expect("array")
        .iter()
        .chain(rest.as_array().expect("array"))
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids.len(), 3);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    for field in [
        "id", "name", "issuer", "format", "issued", "verified", "trust", "skills",
    ] {
        assert!(page[0].get(field).is_some(), "{field}");
    }
    // The same fields and values as the whole list prints.
    let same = all
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["id"] == page[0]["id"])
        .expect("listed");
    assert_eq!(same, &page[0]);
    let found = run(&["--search", "la"]);
    let names: BTreeSet<&str> = found
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, BTreeSet::from(["Lassen", "Laden en lossen"]));
}
