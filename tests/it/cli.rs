//! The `erkend` CLI against its contract (`../shared/interfaces.md`): exit codes, JSON fields,
//! translated errors, bad input that changes nothing, and a process killed mid-import.

use crate::support::{erkend_bin, fixture};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const PASSPHRASE: &str = "een twee drie vier";

struct Cli {
    dir: tempfile::TempDir,
    wallet: PathBuf,
}

impl Cli {
    fn new() -> Cli {
        let dir = tempfile::tempdir().expect("tempdir");
        let wallet = dir.path().join("wallet.db");
        Cli { dir, wallet }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(erkend_bin());
        cmd.arg("--wallet")
            .arg(&self.wallet)
            .args(args)
            .env("ERKEND_PASSPHRASE", PASSPHRASE)
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run erkend")
    }

    fn init(&self) {
        let out = self.run(&["init"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }

    fn list(&self) -> Vec<Value> {
        let out = self.run(&["--json", "list"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        serde_json::from_slice::<Value>(&out.stdout)
            .expect("list JSON")
            .as_array()
            .expect("array")
            .clone()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn import_list_show_export_follow_the_contract() {
    let cli = Cli::new();
    cli.init();
    let credential = fixture("e2e/ob3-0002.json");
    let path = credential.to_str().expect("utf-8 path");
    let out = cli.run(&["--json", "import", path, path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["status"], "imported");
    assert_eq!(lines[0]["format"], "ob3-ldp");
    assert_eq!(lines[1]["status"], "duplicate");
    assert_eq!(lines[0]["id"], lines[1]["id"]);
    for key in ["file", "status", "id", "format", "verified", "error"] {
        assert!(lines[0].get(key).is_some(), "import line lacks {key}");
    }

    let listed = cli.list();
    assert_eq!(listed.len(), 1);
    let item = &listed[0];
    for key in [
        "id", "name", "issuer", "format", "issued", "verified", "trust", "skills",
    ] {
        assert!(item.get(key).is_some(), "list item lacks {key}");
    }
    assert_eq!(item["name"], "Relational Data with SQL");
    assert_eq!(
        item["skills"][0],
        "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"
    );
    let id = item["id"].as_str().expect("id");

    let out = cli.run(&["--json", "show", id]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown: Value = serde_json::from_slice(&out.stdout).expect("show JSON");
    let original = std::fs::read(&credential).expect("fixture");
    assert_eq!(shown["sha256"], hex::encode(Sha256::digest(&original)));
    assert!(shown["checks"].is_array());
    assert!(shown["endorsements"].is_array());

    let exported = cli.dir.path().join("exported.json");
    let out = cli.run(&["export", id, "--out", exported.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&exported).expect("exported"), original);
}

#[test]
fn bad_input_is_rejected_with_a_translated_code_and_changes_nothing() {
    let cli = Cli::new();
    cli.init();
    let dir = cli.dir.path();
    let not_json = dir.join("notes.txt");
    std::fs::write(&not_json, "dit is geen badge").expect("write");
    let empty = dir.join("empty.json");
    std::fs::write(&empty, "").expect("write");
    // A 100 MB file (sparse, so the test does not write 100 MB): refused before it is read.
    let huge = dir.join("huge.json");
    std::fs::File::create(&huge)
        .expect("create")
        .set_len(100 * 1024 * 1024)
        .expect("grow");
    let folder = dir.join("a-folder");
    std::fs::create_dir(&folder).expect("mkdir");
    let wallet_before = std::fs::read(&cli.wallet).expect("wallet");

    let cases = [
        (&not_json, "not-json"),
        (&empty, "empty-file"),
        (&huge, "file-too-large"),
        (&folder, "not-a-file"),
    ];
    for lang in ["en", "nl", "ar"] {
        let mut args = vec!["--lang", lang, "--json", "import"];
        args.extend(cases.iter().map(|(p, _)| p.to_str().expect("utf-8")));
        let out = cli.run(&args);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let lines = json_lines(&out);
        assert_eq!(lines.len(), cases.len());
        for (line, (_, code)) in lines.iter().zip(cases.iter()) {
            assert_eq!(line["status"], "rejected");
            assert_eq!(line["error"]["code"], *code);
            let message = line["error"]["message"].as_str().expect("message");
            assert!(!message.starts_with("error-"), "untranslated: {message}");
            if lang == "ar" {
                assert!(
                    message
                        .chars()
                        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                    "{message}"
                );
            }
        }
    }
    assert!(cli.list().is_empty());
    // Nothing was written: the file is byte-identical (WAL folded on close).
    assert_eq!(std::fs::read(&cli.wallet).expect("wallet"), wallet_before);
}

#[test]
fn wallet_errors_exit_2_with_a_translated_message() {
    let cli = Cli::new();
    cli.init();
    let again = cli.run(&["init"]);
    assert_eq!(again.status.code(), Some(2));
    let wrong = cli
        .command(&["--lang", "nl", "list"])
        .env("ERKEND_PASSPHRASE", "fout")
        .output()
        .expect("run");
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("wachtwoord"), "{}", stderr(&wrong));
    let missing = Cli::new().run(&["list"]);
    assert_eq!(missing.status.code(), Some(2));
    let usage = cli.run(&["no-such-command"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn verify_prints_the_contract_json_and_exit_codes() {
    let cli = Cli::new();
    let credential = fixture("e2e/ob3-0002.json");
    let out = cli.run(&[
        "--json",
        "verify",
        credential.to_str().expect("utf-8"),
        "--at",
        "2026-01-01T00:00:00Z",
    ]);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    for key in [
        "file",
        "format",
        "verified",
        "trust",
        "checks",
        "credential",
        "error",
    ] {
        assert!(line.get(key).is_some(), "verify line lacks {key}");
    }
    for key in ["name", "issuer", "subject", "issued", "skills"] {
        assert!(
            line["credential"].get(key).is_some(),
            "credential lacks {key}"
        );
    }
    // Exit 0 only when every input verified.
    let expected_exit = if line["verified"] == Value::Bool(true) {
        0
    } else {
        1
    };
    assert_eq!(out.status.code(), Some(expected_exit));
    assert!(
        !cli.wallet.exists(),
        "verify never creates or opens a wallet"
    );

    let unreadable = cli.run(&["--json", "verify", "/nonexistent/file.json"]);
    assert_eq!(unreadable.status.code(), Some(2));
    assert_eq!(json_lines(&unreadable)[0]["error"]["code"], "unreadable");
}

/// Kills `erkend import` at random moments, again and again, and checks after each kill that
/// the wallet opens, passes SQLite's integrity check, that every credential it lists has exactly
/// the bytes of one of the imported files (nothing half-written) and that nothing committed
/// before was lost. Each round imports fresh credentials, so every kill lands among writes.
#[test]
fn killing_the_process_mid_import_leaves_nothing_half_written() {
    const ROUNDS: usize = 12;
    const PER_ROUND: usize = 40;
    let cli = Cli::new();
    cli.init();
    let sources = distinct_credentials(cli.dir.path(), ROUNDS * PER_ROUND);
    let by_hash: HashSet<String> = sources
        .iter()
        .map(|p| hex::encode(Sha256::digest(std::fs::read(p).expect("read"))))
        .collect();

    // Time one whole uninterrupted import on a scratch wallet, to aim the kills inside it.
    let scratch = Cli::new();
    scratch.init();
    let started = Instant::now();
    let out = scratch
        .command(&["import"])
        .args(&sources[..PER_ROUND])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let full = started.elapsed();

    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7);
    eprintln!("kill test seed {seed}, full import of {PER_ROUND} takes {full:?}");
    let (mut stored_before, mut kills) = (0, 0);
    for round in sources.chunks(PER_ROUND) {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        // Somewhere between 30 % and 100 % of a full run: past the key derivation, among writes.
        let fraction = 0.3 + 0.7 * ((seed >> 11) as f64 / (1u64 << 53) as f64);
        let delay = full.mul_f64(fraction);
        let mut child = cli
            .command(&["import"])
            .args(round)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        let started = Instant::now();
        while started.elapsed() < delay && child.try_wait().expect("wait").is_none() {
            std::thread::sleep(Duration::from_millis(2));
        }
        if child.try_wait().expect("wait").is_none() {
            child.kill().expect("SIGKILL");
            kills += 1;
        }
        let _ = child.wait();

        let wallet = erkend::Wallet::open(&cli.wallet, Some(PASSPHRASE)).expect("opens after kill");
        assert!(
            wallet.store().integrity_check().expect("check"),
            "integrity"
        );
        let listed = wallet.list().expect("list");
        for stored in &listed {
            assert!(
                by_hash.contains(&stored.sha256),
                "a stored credential has foreign bytes"
            );
            let bytes = wallet.original_bytes(&stored.id).expect("bytes");
            assert_eq!(hex::encode(Sha256::digest(&bytes)), stored.sha256);
        }
        assert!(
            listed.len() >= stored_before,
            "a committed credential was lost"
        );
        stored_before = listed.len();
    }
    eprintln!("kill test: {kills} kills in {ROUNDS} rounds, {stored_before} credentials stored, 0 corrupted");
    assert!(
        kills >= ROUNDS / 4,
        "most imports finished before the kill: too little was tested"
    );
}

/// `count` distinct credentials derived from the fixture (different ids, so different content;
/// their signatures no longer match, which the store does not care about).
pub(crate) fn distinct_credentials(dir: &Path, count: usize) -> Vec<PathBuf> {
    distinct_credentials_from(dir, count, 0)
}

/// [`distinct_credentials`] numbered from `first`, so that several sets never overlap.
pub(crate) fn distinct_credentials_from(dir: &Path, count: usize, first: usize) -> Vec<PathBuf> {
    let base: Value =
        serde_json::from_slice(&std::fs::read(fixture("e2e/ob3-0002.json")).expect("fixture"))
            .expect("json");
    (0..count)
        .map(|i| i + first)
        .map(|i| {
            let mut doc = base.clone();
            doc["id"] = Value::String(format!("urn:uuid:00000000-0000-4000-8000-{i:012}"));
            let path = dir.join(format!("credential-{i:07}.json"));
            std::fs::write(&path, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");
            path
        })
        .collect()
}
