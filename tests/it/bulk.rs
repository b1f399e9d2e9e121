//! Bulk verification (`verify::bulk`, `verify::batch`): on every peer credential, valid and
//! tampered, the batched verdicts on one and on two threads are exactly the one-by-one verdicts,
//! and inputs that cannot be read keep their place and their error.

use crate::support::fixture;
use chrono::{DateTime, Utc};
use erkend::import;
use erkend::verify::{self, bulk, Verdict};
use std::path::PathBuf;

fn at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z")
        .expect("date")
        .with_timezone(&Utc)
}

/// Every credential file of the peer fixtures, sorted.
fn peer_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![fixture("peers")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if path.is_dir() {
                dirs.push(path);
            } else if name != "manifest.json" && !name.ends_with(".md") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn read(p: &PathBuf) -> erkend::Result<Vec<u8>> {
    std::fs::read(p).map_err(|e| erkend::Error::Unreadable {
        path: p.clone(),
        reason: e.to_string(),
    })
}

fn one_by_one(files: &[PathBuf]) -> Vec<Option<Verdict>> {
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).expect("read");
            import::parse(&bytes).ok().map(|p| verify::verify(&p, at()))
        })
        .collect()
}

fn batched(files: &[PathBuf], threads: usize, seed: [u8; 32]) -> Vec<Option<Verdict>> {
    let mut out = vec![None; files.len()];
    let mut seen = 0;
    bulk::verify_inputs(files, read, at(), Some(seed), threads, |i, outcome| {
        assert_eq!(i, seen, "results come in input order");
        seen += 1;
        out[i] = outcome.ok().map(|(_, v)| v);
    });
    assert_eq!(seen, files.len());
    out
}

#[test]
fn batched_verdicts_are_the_one_by_one_verdicts() {
    let files = peer_files();
    assert!(files.len() > 150, "peer fixtures present: {}", files.len());
    let expected = one_by_one(&files);
    let failed = expected
        .iter()
        .flatten()
        .filter(|v| v.verified == Some(false))
        .count();
    assert!(
        failed > 20,
        "the set has tampered credentials, so batches fail: {failed}"
    );
    for threads in [1, 2] {
        for seed in [[0u8; 32], [0xa5; 32]] {
            assert_eq!(
                batched(&files, threads, seed),
                expected,
                "{threads} threads"
            );
        }
    }
}

#[test]
fn valid_only_batches_pass_without_fallback_and_agree() {
    let files: Vec<PathBuf> = peer_files()
        .into_iter()
        .filter(|f| {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            f.parent()
                .is_some_and(|d| d.ends_with("js-eddsa-rdfc-2022"))
                && name.starts_with("ob3-")
                && name.matches('.').count() == 1
        })
        .collect();
    let parsed: Vec<import::Parsed> = files
        .iter()
        .map(|f| import::parse(&std::fs::read(f).expect("read")).expect("parse"))
        .collect();
    let refs: Vec<&import::Parsed> = parsed.iter().collect();
    let expected: Vec<Verdict> = parsed.iter().map(|p| verify::verify(p, at())).collect();
    assert!(expected.iter().any(|v| v.verified == Some(true)));
    assert_eq!(verify::batch::verify_all(&refs, at(), [3; 32]), expected);
}

#[test]
fn unreadable_inputs_keep_their_place() {
    let mut files = peer_files();
    files.insert(5, fixture("does-not-exist.json"));
    let mut errors = Vec::new();
    bulk::verify_inputs(&files, read, at(), Some([1; 32]), 2, |i, outcome| {
        if outcome.is_err() {
            errors.push(i);
        }
    });
    assert!(errors.contains(&5));
}

#[path = "../../benches/support/wallet_gen.rs"]
pub(crate) mod wallet_gen;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn generated_wallet_files_verify_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = wallet_gen::generate(&root(), dir.path(), 60, 7);
    let again = tempfile::tempdir().expect("tempdir");
    wallet_gen::generate(&root(), again.path(), 3, 7);
    for name in ["c00000.json", "c00001.json", "c00002.jwt"] {
        assert_eq!(
            std::fs::read(dir.path().join(name)).expect("first"),
            std::fs::read(again.path().join(name)).expect("second"),
            "deterministic: {name}"
        );
    }
    let mut formats = std::collections::BTreeMap::new();
    let mut skills = std::collections::BTreeSet::new();
    bulk::verify_inputs(&files, read, at(), Some([9; 32]), 2, |i, outcome| {
        let (parsed, verdict) = outcome.unwrap_or_else(|e| panic!("{}: {e}", i));
        let expected = match parsed.format.as_str() {
            "ob2-hosted" => None,
            _ => Some(true),
        };
        assert_eq!(verdict.verified, expected, "{i}: {:?}", verdict.checks);
        *formats.entry(parsed.format.as_str()).or_insert(0) += 1;
        skills.extend(parsed.credential.skills.clone());
    });
    assert_eq!(formats.len(), 3, "{formats:?}");
    assert!(skills.len() > 50, "ESCO skills: {}", skills.len());
    assert!(skills.iter().all(|s| erkend::wallet::is_esco_skill(s)));
}

#[test]
fn a_clr_bundle_fails_when_a_nested_credential_fails_and_says_which() {
    let issuers = wallet_gen::issuers(3);
    let good = |i| wallet_gen::signed_ob3(&root(), i, &issuers[1], "eddsa-rdfc-2022");
    let mut tampered = good(2);
    tampered["credentialSubject"]["name"] = "Someone Else".into();

    let verdict_of = |bundle: &serde_json::Value| {
        let parsed = import::parse(&serde_json::to_vec(bundle).expect("json")).expect("parse");
        assert_eq!(parsed.format.as_str(), "clr2");
        verify::verify(&parsed, at())
    };
    let all_good = wallet_gen::clr_bundle(&issuers[0], vec![good(0), good(1)], 3);
    let v = verdict_of(&all_good);
    assert_eq!(v.verified, Some(true), "{:?}", v.checks);
    let nested: Vec<_> = v
        .checks
        .iter()
        .filter(|c| c.check == verify::CheckName::Nested)
        .collect();
    assert_eq!(nested.len(), 1);
    assert_eq!(nested[0].message, "check-nested-verified");
    assert_eq!(nested[0].args["count"], "2");

    let one_bad = wallet_gen::clr_bundle(&issuers[0], vec![good(0), tampered], 3);
    let v = verdict_of(&one_bad);
    assert_eq!(v.verified, Some(false), "{:?}", v.checks);
    let signature = v
        .checks
        .iter()
        .find(|c| c.check == verify::CheckName::Signature)
        .expect("bundle signature");
    assert_eq!(
        signature.outcome,
        verify::Outcome::Passed,
        "the bundle's own proof holds"
    );
    let failed: Vec<_> = v
        .checks
        .iter()
        .filter(|c| c.outcome == verify::Outcome::Failed)
        .collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].check, verify::CheckName::Nested);
    assert_eq!(failed[0].message, "check-nested-failed");
    assert_eq!(failed[0].args["position"], "2");
    assert!(!failed[0].args["name"].is_empty());
}

#[test]
fn bulk_import_stores_what_one_by_one_import_stores() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = wallet_gen::generate(&root(), &dir.path().join("in"), 120, 11);
    files.push(files[3].clone()); // a duplicate within the run
    files.insert(7, fixture("does-not-exist.json")); // an input error keeps its place
    let mut bulk_wallet =
        erkend::Wallet::create(&dir.path().join("bulk.db"), None).expect("create");
    let mut seen = Vec::new();
    bulk_wallet
        .import_files(&files, at(), |i, outcome| {
            seen.push((
                i,
                outcome.map(|o| (o.new, o.format, o.verdict.verified)).ok(),
            ))
        })
        .expect("storage");
    let mut single = erkend::Wallet::create(&dir.path().join("one.db"), None).expect("create");
    let expected: Vec<_> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let o = single.import_file(f, at()).ok();
            (i, o.map(|o| (o.new, o.format, o.verdict.verified)))
        })
        .collect();
    assert_eq!(seen, expected);
    assert_eq!(seen[7].1, None);
    assert_eq!(
        seen.last().and_then(|s| s.1.map(|o| o.0)),
        Some(false),
        "duplicate"
    );
    assert_eq!(bulk_wallet.list().expect("list").len(), 120);
}
