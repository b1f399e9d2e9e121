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
    bulk::verify_inputs(
        files,
        |p| {
            std::fs::read(p).map_err(|e| erkend::Error::Unreadable {
                path: p.clone(),
                reason: e.to_string(),
            })
        },
        at(),
        Some(seed),
        threads,
        |i, outcome| {
            assert_eq!(i, seen, "results come in input order");
            seen += 1;
            out[i] = outcome.ok().map(|(_, v)| v);
        },
    );
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
    bulk::verify_inputs(
        &files,
        |p| {
            std::fs::read(p).map_err(|e| erkend::Error::Unreadable {
                path: p.clone(),
                reason: e.to_string(),
            })
        },
        at(),
        Some([1; 32]),
        2,
        |i, outcome| {
            if outcome.is_err() {
                errors.push(i);
            }
        },
    );
    assert!(errors.contains(&5));
}
