//! Encrypted backups: a restore gives back the exact original bytes, verified again; restoring
//! twice duplicates nothing; a wrong passphrase, a cut or altered file changes nothing; the file
//! holds nothing in plain; the CLI honours `ERKEND_BACKUP_PASSPHRASE`.

use crate::support::{erkend_bin, fixture};
use erkend::backup::{self, HEADER_LEN};
use erkend::store::kdf::KdfParams;
use erkend::{wallet, Wallet};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Argon2id at its floor, so the many failure cases stay fast; one test uses the real cost.
const CHEAP: KdfParams = erkend::store::kdf::TEST_PARAMS;
const WALLET_PASS: &str = "een twee drie vier";
const BACKUP_PASS: &str = "reservekopie-2026";

fn inputs() -> Vec<PathBuf> {
    [
        "e2e/ob3-0002.json",
        "peers/js-eddsa-rdfc-2022/ob3-0001.json",
        "peers/js-ed25519signature2020/ob3-0003.json",
        "peers/js-jwt/ob3-0001.jwt",
        // Stored as failed: a restore must keep it, and verify it (and fail it) again.
        "peers/js-eddsa-rdfc-2022/ob3-0002.tampered-proof.json",
    ]
    .iter()
    .map(|p| fixture(p))
    .collect()
}

/// A wallet with the fixture credentials and a self-declared skill.
fn filled_wallet(path: &Path, passphrase: Option<&str>) -> Wallet {
    let mut w = Wallet::create(path, passphrase).expect("create");
    for input in inputs() {
        w.import_file(&input, chrono::Utc::now()).expect("import");
    }
    w.add_self_declared_skill(
        "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742",
        Some("Ik schrijf SQL sinds 2019"),
    )
    .expect("claim");
    w
}

/// sha256 → (source name, imported_at, verified), for every stored top-level credential.
fn contents(w: &Wallet) -> BTreeMap<String, (Option<String>, String, Option<bool>)> {
    w.list()
        .expect("list")
        .into_iter()
        .map(|c| {
            (
                c.sha256,
                (
                    c.source_name,
                    c.imported_at,
                    c.verdict.and_then(|v| v.verified),
                ),
            )
        })
        .collect()
}

fn counts(w: &Wallet) -> (usize, i64, usize) {
    (
        w.list().expect("list").len(),
        w.store().count_credentials().expect("count"),
        w.store().skill_claims().expect("claims").len(),
    )
}

/// The wallet file and its WAL, if any, as bytes.
fn snapshot(path: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    (
        std::fs::read(path).expect("wallet bytes"),
        std::fs::read(PathBuf::from(wal)).ok(),
    )
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn restore_into_a_new_wallet_gives_the_exact_originals_verified_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut source = filled_wallet(&dir.path().join("a.db"), Some(WALLET_PASS));
    let file = dir.path().join("wallet.erkendbk");
    // The real Argon2id cost, as the app writes it.
    let started = std::time::Instant::now();
    source.backup(&file, BACKUP_PASS).expect("backup");
    eprintln!(
        "backup with default KDF: {:?}, {} bytes",
        started.elapsed(),
        std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0)
    );
    assert_eq!(&std::fs::read(&file).expect("read")[..8], backup::MAGIC);

    let before_restore = chrono::Utc::now() - chrono::Duration::seconds(1);
    let payload = wallet::read_backup(&file, BACKUP_PASS).expect("open backup");
    let target = dir.path().join("restored/b.db");
    let (restored, added) =
        Wallet::create_from_backup(&target, Some("ander wachtwoord"), &payload).expect("restore");
    assert_eq!(added.credentials, inputs().len());
    assert_eq!(added.duplicates, 0);
    drop(restored);
    // The new wallet is encrypted with its own passphrase, not the backup's.
    let restored = Wallet::open(&target, Some("ander wachtwoord")).expect("reopen");
    assert!(restored.is_encrypted());
    assert!(Wallet::open(&target, Some(BACKUP_PASS)).is_err());

    assert_eq!(contents(&source), contents(&restored));
    assert_eq!(counts(&source), counts(&restored));
    assert_eq!(
        source.holder_did().expect("did"),
        restored.holder_did().expect("did"),
        "the learner keeps their identity"
    );
    let claims = restored.store().skill_claims().expect("claims");
    assert_eq!(claims[0].note.as_deref(), Some("Ik schrijf SQL sinds 2019"));
    for c in restored.list().expect("list") {
        let original = source
            .list()
            .expect("list")
            .into_iter()
            .find(|s| s.sha256 == c.sha256)
            .expect("same credential in the source");
        assert_eq!(
            restored.original_bytes(&c.id).expect("bytes"),
            source.original_bytes(&original.id).expect("bytes"),
            "byte-identical original"
        );
        let verdict = c.verdict.expect("verdict");
        assert!(
            verdict.checked_at >= before_restore,
            "verified again at restore"
        );
    }
    let verified: Vec<Option<bool>> = contents(&restored).values().map(|v| v.2).collect();
    assert!(verified.contains(&Some(true)) && verified.contains(&Some(false)));
}

#[test]
fn restoring_twice_or_into_the_source_duplicates_nothing_and_drops_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut source = filled_wallet(&dir.path().join("a.db"), None);
    let file = dir.path().join("b.erkendbk");
    source
        .backup_with_params(&file, BACKUP_PASS, CHEAP)
        .expect("backup");

    // Into the wallet it came from: nothing new.
    let before = (contents(&source), counts(&source));
    let again = source.restore(&file, BACKUP_PASS).expect("restore");
    assert_eq!(
        (again.credentials, again.skill_claims, again.holder_keys),
        (0, 0, 0)
    );
    assert_eq!(again.duplicates, inputs().len());
    assert_eq!((contents(&source), counts(&source)), before);

    // Into a wallet with its own credential and key: both kept, the wallet's key stays active.
    let mut other = Wallet::create(&dir.path().join("c.db"), None).expect("create");
    other
        .import_file(
            &fixture("peers/js-eddsa-rdfc-2022/ob3-0003.json"),
            chrono::Utc::now(),
        )
        .expect("import");
    let own_did = other.holder_did().expect("did");
    let first = other.restore(&file, BACKUP_PASS).expect("restore");
    assert_eq!(first.credentials, inputs().len());
    assert_eq!(first.holder_keys, 1);
    let after_first = (contents(&other), counts(&other));
    assert_eq!(after_first.1 .0, inputs().len() + 1);
    let second = other.restore(&file, BACKUP_PASS).expect("restore");
    assert_eq!(
        (second.credentials, second.skill_claims, second.holder_keys),
        (0, 0, 0)
    );
    assert_eq!((contents(&other), counts(&other)), after_first);
    assert_eq!(other.holder_did().expect("did"), own_did);
}

#[test]
fn a_wrong_passphrase_or_a_cut_or_altered_file_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut source = filled_wallet(&dir.path().join("a.db"), None);
    let file = dir.path().join("b.erkendbk");
    source
        .backup_with_params(&file, BACKUP_PASS, CHEAP)
        .expect("backup");
    let good = std::fs::read(&file).expect("read");

    // The target: a plain wallet with one credential, opened once so its file is settled.
    let target = dir.path().join("t.db");
    let mut t = Wallet::create(&target, None).expect("create");
    t.import_file(
        &fixture("peers/js-eddsa-rdfc-2022/ob3-0003.json"),
        chrono::Utc::now(),
    )
    .expect("import");
    drop(t);
    drop(Wallet::open(&target, None).expect("open"));
    let untouched = snapshot(&target);

    let mut cases: Vec<(String, Vec<u8>, &str, &str)> = vec![(
        "wrong passphrase".into(),
        good.clone(),
        "reservekopie-2025",
        "backup-wrong-passphrase-or-damaged",
    )];
    for i in [8usize, 9, 20, 24, 30, 48, 50, 56] {
        let mut bad = good.clone();
        bad[i] ^= 0x01;
        let code = if i == 8 {
            "backup-unsupported-version"
        } else if (49..57).contains(&i) {
            // The length field: one flip says "longer" (truncated) or "shorter" (damaged).
            ""
        } else {
            "backup-wrong-passphrase-or-damaged"
        };
        cases.push((format!("header byte {i} flipped"), bad, BACKUP_PASS, code));
    }
    for i in [HEADER_LEN, HEADER_LEN + 1, good.len() / 2, good.len() - 1] {
        let mut bad = good.clone();
        bad[i] ^= 0x80;
        cases.push((
            format!("body byte {i} flipped"),
            bad,
            BACKUP_PASS,
            "backup-wrong-passphrase-or-damaged",
        ));
    }
    for cut in [0, 5, 8, 30, HEADER_LEN, HEADER_LEN + 10, good.len() - 1] {
        cases.push((
            format!("cut at {cut}"),
            good[..cut].to_vec(),
            BACKUP_PASS,
            "backup-truncated",
        ));
    }
    let mut longer = good.clone();
    longer.push(0);
    cases.push((
        "a byte appended".into(),
        longer,
        BACKUP_PASS,
        "backup-wrong-passphrase-or-damaged",
    ));
    cases.push((
        "a wallet file".into(),
        untouched.0.clone(),
        BACKUP_PASS,
        "backup-not-a-backup",
    ));

    let bad_file = dir.path().join("bad.erkendbk");
    for (what, bytes, pass, code) in &cases {
        std::fs::write(&bad_file, bytes).expect("write");
        let mut t = Wallet::open(&target, None).expect("open");
        let err = t.restore(&bad_file, pass).expect_err(what);
        if code.is_empty() {
            assert!(err.code().starts_with("backup-"), "{what}: {}", err.code());
        } else {
            assert_eq!(err.code(), *code, "{what}");
        }
        drop(t);
        assert!(snapshot(&target) == untouched, "{what}: target changed");
    }

    // Every cut point of the file, judged without a wallet (the format is pure).
    for cut in 0..good.len() {
        let err = backup::open(&good[..cut], BACKUP_PASS).expect_err("cut");
        assert_eq!(err.code(), "backup-truncated", "cut at {cut}");
    }
    // Body bytes flipped across the whole ciphertext are caught by the tag (a sample: each try
    // costs one key derivation).
    let step = ((good.len() - HEADER_LEN) / 150).max(1);
    for i in (HEADER_LEN..good.len())
        .step_by(step)
        .chain([good.len() - 1])
    {
        let mut bad = good.clone();
        bad[i] ^= 0x04;
        let err = backup::open(&bad, BACKUP_PASS).expect_err("flip");
        assert_eq!(err.code(), "backup-wrong-passphrase-or-damaged", "byte {i}");
    }
}

#[test]
fn the_backup_file_holds_nothing_in_plain() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut source = filled_wallet(&dir.path().join("a.db"), None);
    let file = dir.path().join("b.erkendbk");
    source
        .backup_with_params(&file, BACKUP_PASS, CHEAP)
        .expect("backup");
    let bytes = std::fs::read(&file).expect("read");
    let original = std::fs::read(fixture("e2e/ob3-0002.json")).expect("fixture");
    let b64 = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(&original)
    };
    let needles: Vec<(&str, Vec<u8>)> = vec![
        ("learner name", "محمد عبد الله".as_bytes().to_vec()),
        ("credential name", b"Relational Data with SQL".to_vec()),
        ("credential text", original[..64].to_vec()),
        ("credential base64", b64.as_bytes()[..40].to_vec()),
        (
            "credential id",
            b"bde1790d-d3b5-4cf7-8970-54522ba956de".to_vec(),
        ),
        ("skill note", b"Ik schrijf SQL".to_vec()),
        ("holder did", source.holder_did().expect("did").into_bytes()),
        ("json", b"\"credentials\"".to_vec()),
    ];
    for (what, needle) in needles {
        assert!(!contains(&bytes, &needle), "{what} found in plain");
    }
}

fn erkend(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(erkend_bin());
    cmd.args(args)
        .env_remove("ERKEND_PASSPHRASE")
        .env_remove("ERKEND_BACKUP_PASSPHRASE")
        .env_remove("ERKEND_RECOVERY_CODE")
        .env_remove("ERKEND_WALLET")
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run erkend")
}

fn list_len(wallet: &str, pass: &str) -> usize {
    let out = erkend(
        &["--wallet", wallet, "--json", "list"],
        &[("ERKEND_PASSPHRASE", pass)],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .expect("json")
        .as_array()
        .expect("array")
        .len()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn cli_backup_and_restore_with_a_separate_backup_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.db");
    let a = a.to_str().expect("utf-8");
    let file = dir.path().join("a.erkendbk");
    let file = file.to_str().expect("utf-8");
    let wallet_env = [("ERKEND_PASSPHRASE", WALLET_PASS)];
    assert_eq!(
        erkend(&["--wallet", a, "init"], &wallet_env).status.code(),
        Some(0)
    );
    let fixture_path = fixture("e2e/ob3-0002.json");
    let out = erkend(
        &[
            "--wallet",
            a,
            "import",
            fixture_path.to_str().expect("utf-8"),
        ],
        &wallet_env,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let both = [
        ("ERKEND_PASSPHRASE", WALLET_PASS),
        ("ERKEND_BACKUP_PASSPHRASE", BACKUP_PASS),
    ];
    let out = erkend(&["--wallet", a, "--json", "backup", "--out", file], &both);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["credentials"], 1);

    // The wallet passphrase alone does not open a backup made with the backup passphrase.
    let b = dir.path().join("b.db");
    let b_str = b.to_str().expect("utf-8");
    let out = erkend(&["--wallet", b_str, "restore", file], &wallet_env);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("does not open"), "{}", stderr(&out));
    assert!(!b.exists(), "a failed restore creates no wallet");

    // With it, a new wallet appears, encrypted with ERKEND_PASSPHRASE.
    let new_env = [
        ("ERKEND_PASSPHRASE", "nieuw wachtwoord"),
        ("ERKEND_BACKUP_PASSPHRASE", BACKUP_PASS),
    ];
    let out = erkend(&["--wallet", b_str, "--json", "restore", file], &new_env);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(list_len(b_str, "nieuw wachtwoord"), 1);
    let out = erkend(&["--wallet", b_str, "list"], &wallet_env);
    assert_eq!(
        out.status.code(),
        Some(2),
        "the old passphrase does not open it"
    );

    // Again into the same wallet: nothing twice. A cut file: exit 2, wallet unchanged.
    let out = erkend(&["--wallet", b_str, "--json", "restore", file], &new_env);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        (doc["credentials"].as_u64(), doc["duplicates"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(list_len(b_str, "nieuw wachtwoord"), 1);
    let bytes = std::fs::read(file).expect("read");
    let cut = dir.path().join("cut.erkendbk");
    std::fs::write(&cut, &bytes[..bytes.len() - 7]).expect("write");
    let before = snapshot(&b);
    let out = erkend(
        &[
            "--wallet",
            b_str,
            "--lang",
            "nl",
            "restore",
            cut.to_str().expect("utf-8"),
        ],
        &new_env,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("afgebroken"), "{}", stderr(&out));
    assert!(snapshot(&b) == before, "the wallet changed");

    // Without ERKEND_BACKUP_PASSPHRASE the wallet passphrase protects the backup.
    let plain_file = dir.path().join("w.erkendbk");
    let plain_file = plain_file.to_str().expect("utf-8");
    let out = erkend(&["--wallet", a, "backup", "--out", plain_file], &wallet_env);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(wallet::read_backup(Path::new(plain_file), WALLET_PASS).is_ok());
    // Never over the wallet itself.
    let out = erkend(&["--wallet", a, "backup", "--out", a], &wallet_env);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(list_len(a, WALLET_PASS), 1);

    // An unencrypted wallet and no backup passphrase: refused, no file written.
    let c = dir.path().join("c.db");
    let c = c.to_str().expect("utf-8");
    assert_eq!(erkend(&["--wallet", c, "init"], &[]).status.code(), Some(0));
    let none = dir.path().join("none.erkendbk");
    let out = erkend(
        &[
            "--wallet",
            c,
            "backup",
            "--out",
            none.to_str().expect("utf-8"),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("ERKEND_BACKUP_PASSPHRASE"),
        "{}",
        stderr(&out)
    );
    assert!(!none.exists());
}

#[test]
fn profile_parts_and_routes_with_their_evidence_travel_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.db");
    let mut source = filled_wallet(&a, None);
    drop(source);
    // No facade writes these tables yet; fill them as their future owners will.
    {
        let conn = rusqlite::Connection::open(&a).expect("sqlite");
        conn.execute_batch(
            "INSERT INTO profile_part(part, data, updated_at)
                 VALUES ('person', '{\"name\":\"Amina\"}', '2026-11-01T10:00:00Z');
             INSERT INTO route(target_uri, target_label, created_at, updated_at)
                 VALUES ('http://data.europa.eu/esco/occupation/x', 'Lasser',
                         '2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z');
             INSERT INTO route_step(uid, route, position, kind, title, status)
                 VALUES ('step-1', 1, 1, 'course', 'SQL basis', 'done');
             INSERT INTO route_step_evidence(step, credential)
                 SELECT 1, min(rowid_) FROM credential;",
        )
        .expect("fill");
    }
    source = Wallet::open(&a, None).expect("open");
    let file = dir.path().join("b.erkendbk");
    source
        .backup_with_params(&file, BACKUP_PASS, CHEAP)
        .expect("backup");
    let payload = wallet::read_backup(&file, BACKUP_PASS).expect("read");
    let b = dir.path().join("b.db");
    let (restored, added) = Wallet::create_from_backup(&b, None, &payload).expect("restore");
    assert_eq!((added.profile_parts, added.routes), (1, 1));
    drop(restored);
    let query = |path: &Path| -> (String, String, String, String) {
        let conn = rusqlite::Connection::open(path).expect("sqlite");
        conn.query_row(
            "SELECT p.data, r.target_label, s.title, c.sha256
               FROM profile_part p, route r JOIN route_step s ON s.route = r.id
               JOIN route_step_evidence e ON e.step = s.id
               JOIN credential c ON c.rowid_ = e.credential",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("row")
    };
    drop(source);
    assert_eq!(query(&a), query(&b));
    // A second restore adds no second route.
    let mut again = Wallet::open(&b, None).expect("open");
    let added = again.restore(&file, BACKUP_PASS).expect("restore");
    assert_eq!((added.profile_parts, added.routes), (0, 0));
}

/// The recovery sheet: a backup made after it opens with the code when the passphrase is
/// forgotten (and still with the passphrase); a typo or another code changes nothing.
#[test]
fn a_forgotten_passphrase_is_not_the_end_with_the_recovery_sheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = dir.path().join("source.db");
    let source_str = source.to_str().expect("utf-8");
    let mut w = filled_wallet(&source, Some(WALLET_PASS));
    let originals = contents(&w);
    drop(w.recovery_code(false).expect("code"));
    drop(w);

    let sheet = dir.path().join("sheet.txt");
    let out = erkend(
        &[
            "--wallet",
            source_str,
            "recovery-sheet",
            "--out",
            sheet.to_str().expect("utf-8"),
        ],
        &[("ERKEND_PASSPHRASE", WALLET_PASS)],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&sheet).expect("sheet");
    let code = text
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 39 && l.matches('-').count() == 7)
        .expect("the code is on the sheet")
        .to_string();
    let mut w = Wallet::open(&source, Some(WALLET_PASS)).expect("open");
    assert_eq!(
        w.recovery_code(false).expect("code").to_text().as_str(),
        code,
        "the sheet shows the stored code"
    );
    let file = dir.path().join("backup.erkendbk");
    w.backup_with_params(&file, WALLET_PASS, CHEAP)
        .expect("backup");
    drop(w);
    assert_eq!(
        std::fs::read(&file).expect("read")[8],
        2,
        "format with key slots"
    );
    assert!(!contains(
        &std::fs::read(&file).expect("read"),
        code.as_bytes()
    ));

    // The passphrase still opens it.
    assert!(wallet::read_backup(&file, WALLET_PASS).is_ok());

    // A typo, or a valid code that is not this one: exit 2, no wallet made.
    let target = dir.path().join("new.db");
    let target_str = target.to_str().expect("utf-8");
    let mut typo: Vec<char> = code.chars().collect();
    typo[0] = if typo[0] == '7' { '8' } else { '7' };
    let other = backup::RecoveryCode::generate()
        .expect("code")
        .to_text()
        .to_string();
    for (wrong, expected) in [
        (
            typo.into_iter().collect::<String>(),
            "not a valid recovery code",
        ),
        (other, "This backup does not open"),
    ] {
        let out = erkend(
            &[
                "--wallet",
                target_str,
                "--json",
                "restore",
                file.to_str().expect("utf-8"),
            ],
            &[
                ("ERKEND_RECOVERY_CODE", &wrong),
                ("ERKEND_PASSPHRASE", "nieuw wachtwoord"),
            ],
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains(expected), "{}", stderr(&out));
        assert!(!target.exists(), "nothing was created");
    }

    // The right code, typed sloppily, restores into a new wallet with a new passphrase.
    let sloppy = code.to_lowercase().replace('-', " ");
    let out = erkend(
        &[
            "--wallet",
            target_str,
            "restore",
            file.to_str().expect("utf-8"),
        ],
        &[
            ("ERKEND_RECOVERY_CODE", &sloppy),
            ("ERKEND_PASSPHRASE", "nieuw wachtwoord"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut restored = Wallet::open(&target, Some("nieuw wachtwoord")).expect("open");
    assert_eq!(
        contents(&restored).keys().collect::<Vec<_>>(),
        originals.keys().collect::<Vec<_>>()
    );
    assert_eq!(
        restored
            .recovery_code(false)
            .expect("code")
            .to_text()
            .as_str(),
        code,
        "the restored wallet keeps the sheet's code for its later backups"
    );
}
