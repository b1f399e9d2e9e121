//! Wallet store tests: real SQLCipher files on disk, reopened, copied, damaged and grepped.

use crate::support::fixture;
use chrono::Utc;
use erkend::store::{kdf, CardQuery, SCHEMA_VERSION};
use erkend::Wallet;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const PASSPHRASE: &str = "lang leve de leerroute";

/// A peer credential with an Arabic learner name (made by Digital Bazaar's JS stack).
fn arabic_credential() -> PathBuf {
    fixture("e2e/ob3-0002.json")
}

fn new_wallet(dir: &Path, passphrase: Option<&str>) -> (PathBuf, Wallet) {
    let path = dir.join("wallet.db");
    let wallet = Wallet::create(&path, passphrase).expect("create wallet");
    (path, wallet)
}

fn file_hash(path: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(path).expect("read")))
}

#[test]
fn create_import_reopen_list_returns_the_same_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut wallet) = new_wallet(dir.path(), Some(PASSPHRASE));
    let original = std::fs::read(arabic_credential()).expect("fixture");
    let outcome = wallet
        .import_bytes(&original, Some("ob3-0002.json"), Utc::now())
        .expect("import");
    assert!(outcome.new);
    drop(wallet);

    let wallet = Wallet::open(&path, Some(PASSPHRASE)).expect("reopen");
    let listed = wallet.list().expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, outcome.id);
    assert_eq!(
        listed[0].credential.subject.name.as_deref(),
        Some("محمد عبد الله")
    );
    assert_eq!(wallet.original_bytes(&outcome.id).expect("bytes"), original);
    assert_eq!(listed[0].sha256, hex::encode(Sha256::digest(&original)));
}

#[test]
fn reimporting_the_same_credential_is_a_duplicate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path(), None);
    let bytes = std::fs::read(arabic_credential()).expect("fixture");
    let first = wallet
        .import_bytes(&bytes, None, Utc::now())
        .expect("first");
    // Same content, different whitespace: still the same credential.
    let reformatted =
        serde_json::to_vec(&serde_json::from_slice::<serde_json::Value>(&bytes).expect("json"))
            .expect("json");
    let second = wallet
        .import_bytes(&reformatted, None, Utc::now())
        .expect("second");
    assert!(!second.new);
    assert_eq!(first.id, second.id);
    assert_eq!(wallet.list().expect("list").len(), 1);
}

#[test]
fn wrong_passphrase_is_refused_and_touches_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, wallet) = new_wallet(dir.path(), Some(PASSPHRASE));
    drop(wallet);
    let before = file_hash(&path);
    let err = Wallet::open(&path, Some("not the passphrase")).expect_err("must refuse");
    assert_eq!(err.code(), "wrong-passphrase");
    let err = Wallet::open(&path, None).expect_err("must refuse");
    assert_eq!(err.code(), "passphrase-required");
    assert_eq!(file_hash(&path), before);
    assert!(!dir.path().join("wallet.db-wal").exists());
}

#[test]
fn locked_wallet_file_contains_no_learner_data_in_plain_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut wallet) = new_wallet(dir.path(), Some(PASSPHRASE));
    let bytes = std::fs::read(arabic_credential()).expect("fixture");
    wallet
        .import_bytes(&bytes, Some("ob3-0002.json"), Utc::now())
        .expect("import");
    drop(wallet);
    // Copy the file as someone with access to the disk would, and search it.
    let copy = dir.path().join("copied.db");
    std::fs::copy(&path, &copy).expect("copy");
    let bytes = std::fs::read(&copy).expect("read");
    for needle in [
        "محمد عبد الله",
        "Relational Data with SQL",
        "Peer Test Academy",
        "esco",
        "SQLite format 3",
    ] {
        assert!(
            !contains(&bytes, needle.as_bytes()),
            "the locked wallet file shows {needle:?} in plain text"
        );
    }
}

#[test]
fn unencrypted_wallet_says_so_and_is_readable_without_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, wallet) = new_wallet(dir.path(), None);
    assert!(!wallet.is_encrypted());
    drop(wallet);
    let reopened = Wallet::open(&path, None).expect("open");
    assert!(!reopened.is_encrypted());
    assert!(reopened
        .holder_did()
        .expect("did")
        .starts_with("did:key:z6Mk"));
}

#[test]
fn init_refuses_to_overwrite_an_existing_wallet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, wallet) = new_wallet(dir.path(), None);
    drop(wallet);
    let before = file_hash(&path);
    let err = Wallet::create(&path, Some(PASSPHRASE)).expect_err("must refuse");
    assert_eq!(err.code(), "wallet-exists");
    assert_eq!(file_hash(&path), before);
}

#[test]
fn wallet_from_a_newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, wallet) = new_wallet(dir.path(), Some(PASSPHRASE));
    drop(wallet);
    // Raise the version as a future Erkend would, with the real key.
    let salt: [u8; 16] = std::fs::read(&path).expect("read")[..16]
        .try_into()
        .expect("salt");
    let key = kdf::derive_key(PASSPHRASE, &salt).expect("key");
    let conn = rusqlite::Connection::open(&path).expect("open");
    conn.pragma_update(None, "key", kdf::sqlcipher_key_pragma(&key, &salt).as_str())
        .expect("key");
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .expect("bump");
    conn.pragma_update(None, "journal_mode", "DELETE")
        .expect("fold wal");
    drop(conn);

    let before = file_hash(&path);
    let err = Wallet::open(&path, Some(PASSPHRASE)).expect_err("must refuse");
    assert_eq!(err.code(), "wallet-too-new");
    assert_eq!(file_hash(&path), before);
}

/// An unprotected wallet in `dir` holding the Arabic credential, closed.
fn closed_wallet_with_one_credential(dir: &Path) -> PathBuf {
    let (path, mut wallet) = new_wallet(dir, None);
    let bytes = std::fs::read(arabic_credential()).expect("fixture");
    wallet
        .import_bytes(&bytes, None, Utc::now())
        .expect("import");
    path
}

#[test]
fn damaged_wallet_is_copied_aside_and_never_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = closed_wallet_with_one_credential(dir.path());
    // Overwrite the middle of the file (b-tree pages) with garbage.
    let mut content = std::fs::read(&path).expect("read");
    let len = content.len();
    for b in &mut content[4096..len.min(4096 * 8)] {
        *b = 0xA5;
    }
    std::fs::write(&path, &content).expect("write");
    let damaged_hash = file_hash(&path);

    // Opening may or may not meet the damage; the check right after it always does.
    let err = Wallet::open(&path, None)
        .and_then(|w| w.check_integrity())
        .expect_err("must report damage");
    assert_eq!(err.code(), "wallet-damaged");
    let copy = PathBuf::from(err.args()["copy"].clone());
    assert!(copy.exists(), "the damaged copy exists");
    assert_eq!(file_hash(&copy), damaged_hash);
    assert_eq!(
        file_hash(&path),
        damaged_hash,
        "the original is still there"
    );
}

#[test]
fn damage_the_first_page_misses_is_found_by_the_check_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = closed_wallet_with_one_credential(dir.path());
    // Garbage over the root page of an index the first page (newest first) never reads.
    let (page_size, root): (u32, u32) = {
        let conn = rusqlite::Connection::open(&path).expect("open");
        let size = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .expect("page size");
        let root = conn
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'credential_card_by_name'",
                [],
                |r| r.get(0),
            )
            .expect("index root");
        (size, root)
    };
    let mut content = std::fs::read(&path).expect("read");
    let (page_size, root) = (page_size as usize, root as usize);
    for b in &mut content[(root - 1) * page_size..root * page_size] {
        *b = 0xA5;
    }
    std::fs::write(&path, &content).expect("write");
    let damaged_hash = file_hash(&path);

    let mut wallet = Wallet::open(&path, None).expect("opening does not scan every page");
    let page = wallet
        .credential_cards(&CardQuery {
            limit: 50,
            ..CardQuery::default()
        })
        .expect("the first page");
    assert_eq!(page.total, 1);
    // A write before the check runs the check first, and is refused.
    let other = serde_json::to_vec(&crate::support::ob3_badge("Lassen", &[])).expect("json");
    let err = wallet
        .import_bytes(&other, None, Utc::now())
        .expect_err("a damaged wallet takes no writes");
    assert_eq!(err.code(), "wallet-damaged");
    let copy = PathBuf::from(err.args()["copy"].clone());
    assert_eq!(file_hash(&copy), damaged_hash);
    let again = wallet.check_integrity().expect_err("still damaged");
    assert_eq!(
        again.args()["copy"],
        err.args()["copy"],
        "one copy per open"
    );
    drop(wallet);
    assert_eq!(file_hash(&path), damaged_hash, "never written to");
}

#[test]
fn frozen_wallets_of_every_released_schema_open_and_migrate() {
    // tests/fixtures/wallets/v<N>-{encrypted,plain}.db: one small wallet per released schema,
    // each holding the e2e fixture credential. See tests/fixtures/wallets/README.md.
    let dir = tempfile::tempdir().expect("tempdir");
    let expected = std::fs::read(arabic_credential()).expect("fixture");
    for version in 1..=SCHEMA_VERSION {
        for (kind, passphrase) in [("encrypted", Some(PASSPHRASE)), ("plain", None)] {
            let frozen = fixture(&format!("wallets/v{version}-{kind}.db"));
            let path = dir.path().join(format!("v{version}-{kind}.db"));
            std::fs::copy(&frozen, &path).expect("frozen wallet present");
            let wallet = Wallet::open(&path, passphrase).expect("opens");
            assert_eq!(wallet.store().schema_version().expect("v"), SCHEMA_VERSION);
            let listed = wallet.list().expect("list");
            assert_eq!(listed.len(), 1, "{frozen:?}");
            assert_eq!(
                wallet.original_bytes(&listed[0].id).expect("bytes"),
                expected
            );
            assert!(wallet.store().integrity_check().expect("check"));
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_clr_bundle_is_stored_with_each_nested_achievement_linked_to_it() {
    // 1EdTech validator sample (Apache-2.0): a ClrCredential with nested AchievementCredentials.
    let bundle = fixture("formats/ob3-validator/clr20/complex.json");
    let bytes = std::fs::read(&bundle).expect("fixture");
    let parsed = erkend::import::parse(&bytes).expect("parses");
    assert!(!parsed.nested.is_empty(), "the sample nests credentials");
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path(), None);
    let outcome = wallet
        .import_bytes(&bytes, Some("complex.json"), Utc::now())
        .expect("import");
    let nested = wallet.nested_ids(&outcome.id).expect("nested");
    assert_eq!(nested.len(), parsed.nested.len());
    // The list shows the bundle; its achievements are reachable through it.
    let listed = wallet.list().expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].format, "clr2");
    for id in &nested {
        let child = wallet.show(id).expect("nested credential is stored");
        assert!(!child.credential.name.is_empty());
    }
    // The bundle's own bytes are kept exactly.
    assert_eq!(wallet.original_bytes(&outcome.id).expect("bytes"), bytes);
}

#[test]
fn credentials_checked_by_an_older_verifier_are_verified_again_on_open() {
    // The frozen schema-1 wallet was written by the first release, which could not check
    // signatures: its credential's verdict was `null`. Opening it with this build re-verifies.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v1.db");
    std::fs::copy(fixture("wallets/v1-plain.db"), &path).expect("copy");
    let wallet = Wallet::open(&path, None).expect("open");
    let listed = wallet.list().expect("list");
    let verdict = listed[0].verdict.as_ref().expect("verdict");
    assert_eq!(verdict.verified, Some(true), "{verdict:?}");
}

#[test]
fn images_are_shown_from_the_file_itself_never_fetched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path(), None);
    // A remote image is never fetched: nothing to show.
    let remote = std::fs::read(arabic_credential()).expect("fixture");
    let id = wallet
        .import_bytes(&remote, None, Utc::now())
        .expect("import")
        .id;
    let stored = wallet.show(&id).expect("show");
    assert_eq!(wallet.image_data_uri(&stored).expect("image"), None);
    // An embedded data: image is shown as it is.
    let embedded =
        std::fs::read(fixture("peers/js-eddsa-rdfc-2022/ob3-0001.json")).expect("fixture");
    let id = wallet
        .import_bytes(&embedded, None, Utc::now())
        .expect("import")
        .id;
    let stored = wallet.show(&id).expect("show");
    let uri = wallet
        .image_data_uri(&stored)
        .expect("image")
        .expect("has image");
    assert!(uri.starts_with("data:image/svg+xml;base64,"), "{uri}");
    // A baked PNG shows itself.
    let png = fixture("peers/py-ob2-baked/hosted-01.png");
    let bytes = std::fs::read(&png).expect("png");
    let id = wallet
        .import_bytes(&bytes, None, Utc::now())
        .expect("import")
        .id;
    let stored = wallet.show(&id).expect("show");
    let uri = wallet
        .image_data_uri(&stored)
        .expect("image")
        .expect("has image");
    assert!(
        uri.starts_with("data:image/png;base64,iVBOR"),
        "{}",
        &uri[..40]
    );
}

#[test]
fn reverifying_on_demand_judges_validity_at_the_new_time() {
    // A credential valid until 2099: verified now, expired when re-verified in 2100.
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut wallet) = new_wallet(dir.path(), None);
    let bytes = std::fs::read(arabic_credential()).expect("fixture");
    let id = wallet
        .import_bytes(&bytes, None, Utc::now())
        .expect("import")
        .id;
    assert_eq!(
        wallet.show(&id).expect("show").verdict.expect("v").verified,
        Some(true)
    );
    let later = chrono::DateTime::parse_from_rfc3339("2100-06-01T00:00:00Z")
        .expect("date")
        .with_timezone(&Utc);
    assert_eq!(wallet.reverify_all(later).expect("reverify"), 1);
    let verdict = wallet.show(&id).expect("show").verdict.expect("v");
    assert_eq!(verdict.verified, Some(false));
    assert_eq!(verdict.checked_at, later);
}
