//! Crash safety under `SIGKILL`: the real `erkend` binary is killed at random moments during
//! imports, route changes, restores and profile edits, hundreds of times, and after every kill
//! the wallet must open, pass SQLite's integrity check, hold every credential it held before
//! with its exact original bytes, and show no half-done change (a restore is all or nothing, a
//! route's steps always belong to its target).
//!
//! It takes minutes, so it is `#[ignore]`d in everyday `cargo test` and run by
//! `./scripts/test-all` (`cargo test --test it crash -- --ignored`). `ERKEND_KILLS` sets the
//! number of kills to reach (default 200).

use crate::cli::distinct_credentials;
use crate::esco::{db, db_path};
use crate::route::essentials_of;
use crate::support::erkend_bin;
use chrono::Utc;
use erkend::store::kdf::KdfParams;
use erkend::Wallet;
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PASSPHRASE: &str = "een twee drie vier";
const BACKUP_PASSPHRASE: &str = "back-up op de usb-stick";
/// Credentials per import round, and per backup generation.
const BATCH: usize = 20;
/// Backup generations: backup k holds the source wallet's first `k * BATCH` credentials.
const BACKUPS: usize = 12;
/// Argon2id at its cheapest: every round opens the wallet twice (the killed run, the check), and
/// the default third of a second per open would be most of the harness's time, all of it spent
/// before anything is written. The cost is read from the file salt, so the CLI pays it too.
const CHEAP: KdfParams = erkend::store::kdf::TEST_PARAMS;
/// Every this many checks, and at the end, every stored credential's original bytes are read
/// back and hashed; in between only the new ones are (re-reading 1,000 originals after every
/// round made the check cost grow with the wallet).
const FULL_CHECK_EVERY: usize = 8;
/// ESCO "hospitality revenue manager".
const OCCUPATION_A: &str =
    "http://data.europa.eu/esco/occupation/002da35b-7808-43f3-83bf-63596b8b351f";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Op {
    Import,
    Route,
    Restore,
    AddSkill,
}

const OPS: [Op; 4] = [Op::Import, Op::Route, Op::Restore, Op::AddSkill];

struct Harness {
    _dir: tempfile::TempDir,
    wallet: PathBuf,
    /// Import batches not yet used, and the next one's index.
    imports: Vec<Vec<PathBuf>>,
    next_import: usize,
    /// Backup files, oldest (smallest) first, and the next one to restore.
    backups: Vec<PathBuf>,
    next_backup: usize,
    /// Hashes of the source wallet's credentials in the order they went into backups.
    backup_hashes: Vec<String>,
    /// Every original a stored credential may have.
    known: BTreeSet<String>,
    occupations: [String; 2],
    essentials: HashMap<String, BTreeSet<String>>,
    route_flip: usize,
    skill_flip: usize,
    /// Checks done so far, and the originals already hashed since the last full check.
    checks: usize,
    verified: BTreeSet<String>,
}

impl Harness {
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(erkend_bin());
        cmd.arg("--wallet")
            .arg(&self.wallet)
            .args(args)
            .env("ERKEND_PASSPHRASE", PASSPHRASE)
            .env("ERKEND_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
            .env("ERKEND_ESCO_DB", db_path())
            .env("LANG", "en_US.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    }

    /// The next invocation of `op`, cycling through its inputs.
    fn next(&mut self, op: Op) -> Command {
        match op {
            Op::Import => {
                let batch = self.imports[self.next_import % self.imports.len()].clone();
                self.next_import += 1;
                let mut cmd = self.command(&["import"]);
                cmd.args(batch);
                cmd
            }
            Op::Route => {
                self.route_flip += 1;
                let target = self.occupations[self.route_flip % 2].clone();
                self.command(&["route", "set-target", &target])
            }
            Op::Restore => {
                let file = self.backups[self.next_backup.min(BACKUPS - 1)].clone();
                let mut cmd = self.command(&["restore"]);
                cmd.arg(file);
                cmd
            }
            Op::AddSkill => {
                self.skill_flip += 1;
                let skill = self.essentials[&self.occupations[0]]
                    .iter()
                    .nth(self.skill_flip % 3)
                    .cloned()
                    .expect("skill");
                self.command(&["profile", "add-skill", &skill])
            }
        }
    }

    /// Opens the wallet after a run (killed or not) and checks every invariant. Returns the
    /// number of stored credentials.
    fn check(&mut self, stored_before: usize, full: bool) -> usize {
        let wallet = Wallet::open(&self.wallet, Some(PASSPHRASE)).expect("opens after a kill");
        assert!(
            wallet.store().integrity_check().expect("check"),
            "SQLite integrity check failed"
        );
        self.checks += 1;
        if full || self.checks.is_multiple_of(FULL_CHECK_EVERY) {
            self.verified.clear();
        }
        let listed = wallet.list().expect("list");
        let mut present = BTreeSet::new();
        for stored in &listed {
            assert!(
                self.known.contains(&stored.sha256),
                "a stored credential has foreign bytes"
            );
            if !self.verified.contains(&stored.id) {
                let bytes = wallet.original_bytes(&stored.id).expect("bytes");
                assert_eq!(
                    hex::encode(Sha256::digest(&bytes)),
                    stored.sha256,
                    "original bytes changed"
                );
                self.verified.insert(stored.id.clone());
            }
            present.insert(stored.sha256.clone());
        }
        assert!(
            listed.len() >= stored_before,
            "a committed credential was lost"
        );

        // A restore is one transaction: the backup credentials present are exactly those of
        // some whole backup generation.
        let restored = self
            .backup_hashes
            .iter()
            .take_while(|h| present.contains(*h))
            .count();
        let anywhere = self
            .backup_hashes
            .iter()
            .filter(|h| present.contains(*h))
            .count();
        assert_eq!(restored, anywhere, "a restore was applied in part");
        assert_eq!(restored % BATCH, 0, "a restore was applied in part");
        self.next_backup = restored / BATCH;

        // A route change is one transaction: every step belongs to the target, and every
        // essential skill of the target is either a step or already held.
        if let Some(route) = wallet.route().expect("route") {
            let essentials = &self.essentials[&route.target];
            let held: BTreeSet<String> = wallet
                .profile()
                .expect("profile")
                .into_iter()
                .map(|s| s.uri)
                .collect();
            let mut stepped = BTreeSet::new();
            for step in &route.steps {
                for skill in &step.skills {
                    assert!(
                        essentials.contains(skill),
                        "a step of another target survived"
                    );
                    assert!(stepped.insert(skill.clone()), "a step is there twice");
                }
            }
            for skill in essentials {
                assert!(
                    stepped.contains(skill) || held.contains(skill),
                    "the route lost steps"
                );
            }
        }
        listed.len()
    }
}

/// A wallet full of fresh credentials, backed up after each batch: cumulative backups.
fn make_backups(dir: &Path, sources: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut source = Wallet::create(&dir.join("source.db"), None).expect("source wallet");
    let mut files = Vec::new();
    let mut hashes = Vec::new();
    for (k, batch) in sources.chunks(BATCH).enumerate() {
        for file in batch {
            source.import_file(file, Utc::now()).expect("import");
            hashes.push(hex::encode(Sha256::digest(
                std::fs::read(file).expect("read"),
            )));
        }
        let path = dir.join(format!("backup-{k:02}.erkendbk"));
        source
            .backup_with_params(&path, BACKUP_PASSPHRASE, CHEAP)
            .expect("backup");
        files.push(path);
    }
    (files, hashes)
}

/// The first occupation (in URI order) with at least five essential skills, none shared with
/// `OCCUPATION_A`: switching between the two shows a half-written route at once.
fn disjoint_occupation(a: &BTreeSet<String>) -> (String, BTreeSet<String>) {
    db().all_requirements()
        .expect("relations")
        .into_iter()
        .map(|(occupation, reqs)| {
            let essentials: BTreeSet<String> = reqs
                .into_iter()
                .filter(|r| r.essential)
                .map(|r| r.skill)
                .collect();
            (occupation, essentials)
        })
        .find(|(_, e)| e.len() >= 5 && e.is_disjoint(a))
        .expect("a disjoint occupation")
}

#[test]
#[ignore = "minutes long: run by scripts/test-all with --ignored"]
fn killing_the_process_anywhere_never_corrupts_or_loses_anything() {
    let target_kills: usize = std::env::var("ERKEND_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().expect("tempdir");
    let wallet = dir.path().join("wallet.db");
    let sources = distinct_credentials(dir.path(), 40 * BATCH);
    let backup_dir = dir.path().join("backups");
    std::fs::create_dir(&backup_dir).expect("mkdir");
    let backup_sources =
        crate::cli::distinct_credentials_from(&backup_dir, BACKUPS * BATCH, 1_000_000);
    let (backups, backup_hashes) = make_backups(&backup_dir, &backup_sources);
    let known = sources
        .iter()
        .chain(&backup_sources)
        .map(|p| hex::encode(Sha256::digest(std::fs::read(p).expect("read"))))
        .collect();
    let a = essentials_of(OCCUPATION_A);
    let (b, b_essentials) = disjoint_occupation(&a);
    let mut harness = Harness {
        wallet,
        imports: sources.chunks(BATCH).map(<[PathBuf]>::to_vec).collect(),
        next_import: 0,
        backups,
        next_backup: 0,
        backup_hashes,
        known,
        occupations: [OCCUPATION_A.to_string(), b.clone()],
        essentials: HashMap::from([(OCCUPATION_A.to_string(), a), (b, b_essentials)]),
        route_flip: 0,
        skill_flip: 0,
        checks: 0,
        verified: BTreeSet::new(),
        _dir: dir,
    };
    Wallet::create_with_kdf(&harness.wallet, Some(PASSPHRASE), CHEAP).expect("init");

    // Time each operation uninterrupted once, to aim the kills inside it.
    let mut full = HashMap::new();
    for op in OPS {
        let started = Instant::now();
        let status = harness.next(op).status().expect("run");
        assert_eq!(status.code(), Some(0), "{op:?} runs cleanly");
        full.insert(op, started.elapsed());
    }
    let mut stored = harness.check(0, true);

    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7);
    eprintln!("kill harness seed {seed}, uninterrupted runs: {full:?}");
    let mut kills: HashMap<Op, usize> = HashMap::new();
    let mut completed: HashMap<Op, usize> = HashMap::new();
    let mut rounds = 0;
    while kills.values().sum::<usize>() < target_kills && rounds < target_kills * 3 {
        rounds += 1;
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let op = OPS[(seed >> 33) as usize % OPS.len()];
        // Between 40 % and 140 % of a full run: mostly past the key derivation, among the
        // writes, and often late enough that the run completes and the wallet moves on.
        let fraction = 0.4 + ((seed >> 11) as f64 / (1u64 << 53) as f64);
        let delay = full[&op].mul_f64(fraction);
        let mut child = harness.next(op).spawn().expect("spawn");
        let started = Instant::now();
        while started.elapsed() < delay && child.try_wait().expect("wait").is_none() {
            std::thread::sleep(Duration::from_millis(1));
        }
        if child.try_wait().expect("wait").is_none() {
            child.kill().expect("SIGKILL");
            *kills.entry(op).or_default() += 1;
            // Runs slow down when the machine is busy: stretch the estimate a little after each
            // kill, so that some runs still complete and the wallet moves on.
            let estimate = full.get_mut(&op).expect("timed");
            *estimate = estimate.mul_f64(1.05);
        } else {
            // The machine's load changes run times: follow them, so kills keep landing inside.
            let took = started.elapsed();
            let estimate = full.get_mut(&op).expect("timed");
            *estimate = (*estimate * 3 + took) / 4;
            *completed.entry(op).or_default() += 1;
        }
        let _ = child.wait();
        stored = harness.check(stored, false);
    }
    stored = harness.check(stored, true);
    let total: usize = kills.values().sum();
    eprintln!(
        "kill harness: {total} kills in {rounds} rounds ({kills:?}; runs that completed: \
         {completed:?}), {stored} credentials, {} backup generations restored, 0 corrupted, \
         0 lost",
        harness.next_backup
    );
    assert!(total >= target_kills, "only {total} kills landed");
    for op in OPS {
        assert!(
            kills.get(&op).copied().unwrap_or(0) > 0,
            "no kill during {op:?}"
        );
    }
}
