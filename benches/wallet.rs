//! Wallets at scale: open + the first page of the list, and full-text search, at 100 / 1,000 /
//! 10,000 credentials (the passphrase's key derivation measured on its own, and SQLite's
//! integrity check, which runs right after the first page, measured with it too; the old
//! read-everything list and search kept at 10,000 to compare); bulk verification of the generated credentials with Ed25519 batching on one
//! and on two threads.
//!
//! The credentials come from the generator (`benches/support/wallet_gen.rs`); files and wallets
//! are built once under `target/bench-data/` (never in git) and reused. Building the 10,000
//! wallet imports every file through `Wallet::import_files` (verification included) and prints
//! how long that took.
//!
//! Run: `cargo bench --bench wallet` (one part: `cargo bench --bench wallet -- 'open \+ first'`).
//! Generate files only: `cargo bench --bench wallet -- --generate DIR COUNT [rdfc|jwt]` (all
//! of one format with `rdfc` or `jwt`, else the wallet mix).

#[path = "support/wallet_gen.rs"]
mod wallet_gen;

use chrono::{TimeZone, Utc};
use criterion::{Criterion, Throughput};
use erkend::store::{kdf, CardQuery, CardSort};
use erkend::Wallet;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Credentials shown on the first page of the list.
const PAGE: usize = 50;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn at() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0)
        .single()
        .expect("date")
}

/// The generated files for `count` credentials (made on first use).
fn files(count: usize) -> Vec<PathBuf> {
    let dir = root().join(format!("target/bench-data/wallet-files-{count}"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    if paths.len() != count {
        let start = Instant::now();
        paths = wallet_gen::generate(&root(), &dir, count, 1);
        eprintln!(
            "generated {count} credential files in {:?}",
            start.elapsed()
        );
    }
    paths.sort();
    paths
}

/// An unencrypted wallet holding the `count` generated credentials (built on first use). The
/// passphrase's key derivation is measured on its own (`unlock: Argon2id key derivation`), so
/// it does not hide the rest.
fn wallet(count: usize) -> PathBuf {
    let path = root().join(format!("target/bench-data/wallet-{count}.db"));
    if path.is_file() {
        return path;
    }
    let files = files(count);
    let building = path.with_extension("building");
    let _ = std::fs::remove_file(&building);
    let mut w = Wallet::create(&building, None).expect("create wallet");
    let start = Instant::now();
    let mut stored = 0;
    w.import_files(&files, at(), |_, o| stored += usize::from(o.is_ok()))
        .expect("import");
    assert_eq!(stored, count);
    eprintln!(
        "imported {count} files (verification included, all cores) in {:?}",
        start.elapsed()
    );
    drop(w);
    std::fs::rename(&building, &path).expect("rename wallet");
    path
}

/// What the list's search box did before schema 2 (kept to compare): every credential read
/// whole, then filtered in Rust.
fn search_in_rust(w: &Wallet, query: &str) -> usize {
    let q = query.to_lowercase();
    w.list()
        .expect("list")
        .iter()
        .filter(|s| {
            let (name, issuer, _) = erkend::wallet::summary_fields(&s.credential);
            name.to_lowercase().contains(&q) || issuer.to_lowercase().contains(&q)
        })
        .take(PAGE)
        .count()
}

/// The wallet screen's first page: newest issue date first (the screen's default order), or a
/// full-text search.
fn first_page(search: Option<&str>) -> CardQuery {
    CardQuery {
        search: search.map(str::to_string),
        sort: CardSort::IssuedNewest,
        limit: PAGE as u32,
        ..CardQuery::default()
    }
}

fn bench_wallets(c: &mut Criterion) {
    let mut group = c.benchmark_group("wallet");
    group.sample_size(10);
    // The passphrase's key derivation (Argon2id, 64 MiB, 3 passes): the deliberate cost of
    // unlocking, the same at any wallet size, measured apart from open + first page.
    let salt = kdf::new_salt(kdf::DEFAULT_PARAMS).expect("salt");
    group.bench_function("unlock: Argon2id key derivation", |b| {
        b.iter(|| kdf::derive_key("lang leve de leerroute", &salt).expect("kdf"))
    });
    for count in [100, 1_000, 10_000] {
        let path = wallet(count);
        group.bench_function(format!("open + first page, {count}"), |b| {
            b.iter(|| {
                let w = Wallet::open(&path, None).expect("open");
                let page = w.credential_cards(&first_page(None)).expect("page");
                assert_eq!(page.total as usize, count);
                page.cards.len()
            })
        });
        // What the app has done once the check that follows the first page is through (the
        // check runs once per open wallet, so each iteration opens again).
        group.bench_function(
            format!("open + first page + integrity check, {count}"),
            |b| {
                b.iter(|| {
                    let w = Wallet::open(&path, None).expect("open");
                    let page = w.credential_cards(&first_page(None)).expect("page");
                    w.check_integrity().expect("sound");
                    page.cards.len()
                })
            },
        );
        let w = Wallet::open(&path, None).expect("open");
        group.bench_function(format!("first page, open wallet, {count}"), |b| {
            b.iter(|| {
                w.credential_cards(&first_page(None))
                    .expect("page")
                    .cards
                    .len()
            })
        });
        // A common word and a short prefix that matches many credentials.
        for text in ["care", "ma"] {
            group.bench_function(format!("search '{text}', {count}"), |b| {
                b.iter(|| {
                    w.credential_cards(&first_page(Some(text)))
                        .expect("search")
                        .cards
                        .len()
                })
            });
        }
        if count == 10_000 {
            group.bench_function(format!("open + list all (before schema 2), {count}"), |b| {
                b.iter(|| {
                    let w = Wallet::open(&path, None).expect("open");
                    w.list().expect("list").into_iter().take(PAGE).count()
                })
            });
            group.bench_function(
                format!("search 'care' in Rust (before schema 2), {count}"),
                |b| b.iter(|| search_in_rust(&w, "care")),
            );
        }
    }
    group.finish();
}

fn bench_bulk_verify(c: &mut Criterion) {
    let files = files(10_000);
    let mut group = c.benchmark_group("bulk verify");
    group.sample_size(10);
    group.throughput(Throughput::Elements(files.len() as u64));
    for threads in [1, 2] {
        for (name, seed) in [("batched", Some([7u8; 32])), ("one by one", None)] {
            group.bench_function(format!("10,000 files, {threads} thread(s), {name}"), |b| {
                b.iter(|| {
                    let mut ok = 0;
                    erkend::verify::bulk::verify_inputs(
                        &files,
                        |p| erkend::wallet::read_input(p),
                        at(),
                        seed,
                        threads,
                        |_, outcome| ok += usize::from(outcome.is_ok()),
                    );
                    assert_eq!(ok, files.len());
                })
            });
        }
    }
    group.finish();
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--generate") {
        let dir = Path::new(args.get(i + 1).expect("--generate DIR COUNT"));
        let count: usize = args
            .get(i + 2)
            .and_then(|n| n.parse().ok())
            .expect("--generate DIR COUNT");
        let start = Instant::now();
        match args.get(i + 3).map(String::as_str) {
            Some("rdfc") => {
                wallet_gen::generate_one_kind(&root(), dir, count, 1, wallet_gen::Kind::Rdfc);
            }
            Some("jwt") => {
                wallet_gen::generate_one_kind(&root(), dir, count, 1, wallet_gen::Kind::Jwt);
            }
            _ => {
                wallet_gen::generate(&root(), dir, count, 1);
            }
        }
        eprintln!("generated {count} files in {:?}", start.elapsed());
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    bench_wallets(&mut c);
    bench_bulk_verify(&mut c);
    c.final_summary();
}
