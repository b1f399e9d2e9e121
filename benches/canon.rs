//! Canonicalisation benchmarks: RDFC-1.0 on a typical Open Badges 3.0 credential (62 quads,
//! 8 blank nodes) and JCS on the RFC 8785 reference structures.
//!
//! Run with `cargo bench --bench canon`. The verifier's budget is about 100 µs per credential
//! for everything; canonicalisation should take a small share of it.

use criterion::{criterion_group, criterion_main, Criterion};
use erkend::verify::canon::{self, jcs, nquads, HashAlgorithm, Options};
use std::hint::black_box;
use std::path::Path;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn rdfc(c: &mut Criterion) {
    let quads =
        nquads::parse(&read("benches/data/typical-ob3-credential.nq")).expect("valid N-Quads");
    for (name, hash) in [
        ("sha256", HashAlgorithm::Sha256),
        ("sha384", HashAlgorithm::Sha384),
    ] {
        let options = Options::with_hash(hash);
        c.bench_function(&format!("rdfc10/typical-ob3-credential/{name}"), |b| {
            b.iter(|| canon::canonicalize(black_box(&quads), &options).expect("canonicalisable"))
        });
    }
    // The W3C suite's hardest accepted dataset: 12 look-alike blank nodes, 430 deep steps.
    let evil = nquads::parse(&read("tests/fixtures/rdf-canon/rdfc10/test044-in.nq"))
        .expect("valid N-Quads");
    c.bench_function("rdfc10/w3c-test044-poison-evil", |b| {
        b.iter(|| {
            canon::canonicalize(black_box(&evil), &Options::default()).expect("within the limit")
        })
    });
}

fn parse(c: &mut Criterion) {
    let text = read("benches/data/typical-ob3-credential.nq");
    c.bench_function("nquads/parse/typical-ob3-credential", |b| {
        b.iter(|| nquads::parse(black_box(&text)).expect("valid N-Quads"))
    });
}

fn json(c: &mut Criterion) {
    let value: serde_json::Value =
        serde_json::from_str(&read("tests/fixtures/jcs/input/structures.json"))
            .expect("valid JSON");
    c.bench_function("jcs/structures", |b| {
        b.iter(|| jcs::canonicalize(black_box(&value)))
    });
}

criterion_group!(benches, rdfc, parse, json);
criterion_main!(benches);
