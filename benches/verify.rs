//! Verification speed per suite on the peers' credentials (made by other implementations),
//! parsed once outside the timed loop: eddsa-rdfc-2022, Ed25519Signature2020, VC-JWT (EdDSA),
//! OB 2.0 hosted. The whole-process comparison with the reference is `benches/compare.sh`.
//! Run: `cargo bench --bench verify`.

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn parsed(folder: &str, extension: &str) -> Vec<erkend::import::Parsed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/peers")
        .join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("peers fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .filter(|p| p.file_name().is_some_and(|n| n != "manifest.json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| erkend::import::parse(&std::fs::read(p).expect("read")).ok())
        .collect()
}

fn bench_verify(c: &mut Criterion) {
    let at = Utc
        .with_ymd_and_hms(2026, 6, 1, 0, 0, 0)
        .single()
        .expect("date");
    let mut group = c.benchmark_group("verify");
    for (name, folder, ext) in [
        ("eddsa-rdfc-2022", "js-eddsa-rdfc-2022", "json"),
        ("Ed25519Signature2020", "js-ed25519signature2020", "json"),
        ("vc-jwt EdDSA", "js-jwt", "jwt"),
        ("ob2 signed RS256", "py-ob2-baked", "jws"),
    ] {
        let credentials = parsed(folder, ext);
        group.throughput(Throughput::Elements(credentials.len() as u64));
        group.bench_function(format!("{name} ({} credentials)", credentials.len()), |b| {
            b.iter(|| {
                for p in &credentials {
                    std::hint::black_box(erkend::verify::verify(p, at));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_verify);
criterion_main!(benches);
