//! Import parsing speed: every credential file of the peers' set (OB 3.0 JSON-LD and VC-JWT,
//! OB 2.0 hosted and signed, baked PNG and SVG), as `erkend import` parses them.
//! Run: `cargo bench --bench import`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

fn peer_files() -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/peers");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("peers fixtures").flatten() {
            let path = entry.path();
            if path.is_dir() {
                // What an issuer would serve online is not a file a learner holds.
                if path.file_name().is_some_and(|n| n != "hosted") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e != "md")
                && path.file_name().is_some_and(|n| n != "manifest.json")
            {
                let bytes = std::fs::read(&path).expect("read");
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

fn bench_import(c: &mut Criterion) {
    let files = peer_files();
    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Elements(files.len() as u64));
    group.bench_function(format!("parse all {} peer files", files.len()), |b| {
        b.iter(|| {
            for (_, bytes) in &files {
                let _ = std::hint::black_box(erkend::import::parse(bytes));
            }
        })
    });
    for kind in ["json", "jwt", "jws", "png", "svg"] {
        let subset: Vec<&Vec<u8>> = files
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == kind))
            .map(|(_, b)| b)
            .collect();
        if subset.is_empty() {
            continue;
        }
        group.throughput(Throughput::Elements(subset.len() as u64));
        group.bench_function(format!("parse {} .{kind} files", subset.len()), |b| {
            b.iter(|| {
                for bytes in &subset {
                    let _ = std::hint::black_box(erkend::import::parse(bytes));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_import);
criterion_main!(benches);
