//! Per-learner vaults on a shared PC and the kiosk vault: the picker shows only the chosen
//! cards, every vault needs its own passphrase (also to rename or remove it), and a kiosk
//! session leaves no file behind.

use crate::support::fixture;
use chrono::Utc;
use erkend::vaults::{Kiosk, Startup, Vaults};
use erkend::{Error, Wallet};
use std::path::PathBuf;

#[test]
fn the_picker_shows_only_chosen_cards_and_each_vault_needs_its_own_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vaults = Vaults::at(dir.path().join("vaults"));
    assert!(vaults.list().expect("empty list").is_empty());

    let (amal, mut wallet) = vaults
        .create(" Amal ", "🌻", "amal's eigen zin")
        .expect("create");
    wallet
        .import_file(&fixture("e2e/ob3-0002.json"), Utc::now())
        .expect("import");
    drop(wallet);
    let (anon, _) = vaults
        .create("", "", "een ander wachtwoord")
        .expect("create");
    let cards = vaults.list().expect("list");
    assert_eq!(cards.len(), 2);
    assert_eq!(cards[1].picture(), "🌻", "the chosen avatar is the picture");
    let named = |name: &str| erkend::vaults::VaultCard {
        id: String::new(),
        display_name: name.into(),
        avatar: String::new(),
    };
    assert_eq!(
        named("amal hassan ali").picture(),
        "AH",
        "initials otherwise"
    );
    assert_eq!(named("أمل حسن").picture(), "أح");
    assert_eq!(named("").picture(), "", "nothing shown: a neutral icon");
    assert_eq!(cards[0].id, anon.id, "an empty name sorts first");
    assert_eq!(
        (cards[1].display_name.as_str(), cards[1].avatar.as_str()),
        ("Amal", "🌻")
    );

    // Another learner's passphrase opens nothing, and cannot rename or remove.
    assert!(matches!(
        vaults.open(&amal.id, "een ander wachtwoord"),
        Err(Error::WrongPassphrase)
    ));
    assert!(matches!(
        vaults.update_card(&amal.id, "fout", "Hacked", ""),
        Err(Error::WrongPassphrase)
    ));
    assert!(matches!(
        vaults.remove(&amal.id, "fout"),
        Err(Error::WrongPassphrase)
    ));
    assert_eq!(vaults.list().expect("list"), cards, "nothing changed");
    let opened = vaults.open(&amal.id, "amal's eigen zin").expect("open");
    assert_eq!(opened.list().expect("list").len(), 1);
    drop(opened);

    // The wallet file itself shows nothing of the learner or the credential.
    let bytes = std::fs::read(vaults.wallet_path(&amal.id).expect("path")).expect("read");
    for needle in [&b"Amal"[..], b"Achievement", b"credentialSubject"] {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }

    let renamed = vaults
        .update_card(&amal.id, "amal's eigen zin", "A.", "")
        .expect("rename");
    assert_eq!(renamed.display_name, "A.");
    assert!(matches!(
        vaults.update_card(&amal.id, "amal's eigen zin", &"x".repeat(61), ""),
        Err(Error::VaultCardInvalid { .. })
    ));
    vaults
        .remove(&anon.id, "een ander wachtwoord")
        .expect("remove");
    assert_eq!(vaults.list().expect("list").len(), 1);
    assert!(matches!(
        vaults.open(&anon.id, "een ander wachtwoord"),
        Err(Error::VaultNotFound { .. })
    ));
    assert!(matches!(
        vaults.open("../../etc", "x"),
        Err(Error::VaultNotFound { .. })
    ));
}

#[test]
fn a_vault_with_a_damaged_card_stays_on_the_picker() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vaults = Vaults::at(dir.path());
    let (card, _) = vaults.create("Yonas", "", "ሰላም ሰላም ሰላም").expect("create");
    std::fs::write(dir.path().join(&card.id).join("card.json"), b"{not json").expect("damage");
    let cards = vaults.list().expect("list");
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].id, card.id);
    assert_eq!(cards[0].display_name, "");
    vaults.open(&card.id, "ሰላም ሰላም ሰላም").expect("still opens");
}

#[test]
fn a_kiosk_session_leaves_nothing_behind() {
    // A leftover of a crashed session, old enough to be swept.
    let base = if std::path::Path::new("/dev/shm").is_dir() {
        std::path::PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let leftover = base.join(format!("erkend-kiosk-test-leftover-{}", std::process::id()));
    std::fs::create_dir_all(&leftover).expect("leftover");
    std::fs::write(leftover.join("wallet.db"), b"old").expect("write");
    let status = std::process::Command::new("touch")
        .args(["-d", "2 hours ago"])
        .arg(&leftover)
        .status()
        .expect("touch");
    assert!(status.success());

    let mut kiosk = Kiosk::start().expect("kiosk");
    assert!(!leftover.exists(), "the crashed session's folder was swept");
    let folder = kiosk.folder().to_path_buf();
    assert!(folder.join("wallet.db").is_file());
    let outcome = kiosk
        .wallet()
        .import_file(&fixture("e2e/ob3-0002.json"), Utc::now())
        .expect("import");
    assert!(outcome.new);
    assert!(kiosk.wallet().is_encrypted());
    drop(kiosk);
    assert!(!folder.exists(), "the kiosk folder is gone");
}

#[test]
fn a_wallet_from_before_vaults_is_opened_until_a_vault_exists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let legacy = dir.path().join("wallet.db");
    let root = dir.path().join("vaults");
    let choose = |wallet_env: Option<&str>, vaults_env: Option<&str>| {
        Startup::choose(
            wallet_env.map(PathBuf::from),
            vaults_env.map(PathBuf::from),
            &legacy,
            root.clone(),
        )
    };

    // A fresh PC: the picker.
    assert_eq!(choose(None, None), Startup::Vaults(root.clone()));
    // The environment always wins.
    assert_eq!(
        choose(Some("/tmp/w.db"), None),
        Startup::Wallet(PathBuf::from("/tmp/w.db"))
    );
    assert_eq!(
        choose(None, Some("/tmp/v")),
        Startup::Vaults(PathBuf::from("/tmp/v"))
    );

    // An upgrade: the old single wallet is what opens, not an empty picker.
    Wallet::create(&legacy, None).expect("legacy wallet");
    assert_eq!(choose(None, None), Startup::Wallet(legacy.clone()));

    // Once a learner has made a vault, the picker is the way in.
    Vaults::at(&root)
        .create("Amal", "", "a long enough passphrase")
        .expect("vault");
    assert_eq!(choose(None, None), Startup::Vaults(root.clone()));
}
