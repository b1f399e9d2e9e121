//! Replays every committed fuzz corpus and regression input (`fuzz/corpus/<target>/`,
//! `fuzz/regressions/<target>/`) through the same entry points the fuzz targets call, so a
//! crash once found stays fixed in ordinary `cargo test` on stable Rust.

use std::path::Path;

type Target = fn(&[u8]);

const TARGETS: &[(&str, Target)] = &[
    ("import_json", erkend::fuzzing::import_json),
    ("jws_decode", erkend::fuzzing::jws_decode),
    ("unbake_png", erkend::fuzzing::unbake_png),
    ("unbake_svg", erkend::fuzzing::unbake_svg),
    ("trust_inputs", erkend::fuzzing::trust_inputs),
    ("backup_file", erkend::fuzzing::backup_file),
    ("proof_base45", erkend::proof::fuzz::base45),
    ("proof_chunks", erkend::proof::fuzz::chunks),
    ("proof_inflate", erkend::proof::fuzz::inflate),
    ("proof_card", erkend::proof::fuzz::card),
];

#[test]
fn every_committed_fuzz_input_is_handled_without_a_crash() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for (name, run) in TARGETS {
        let mut replayed = 0;
        for folder in ["corpus", "regressions"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder).join(name)) else {
                continue;
            };
            for entry in entries {
                let path = entry.expect("entry").path();
                let data = std::fs::read(&path).expect("read input");
                let outcome = std::panic::catch_unwind(|| run(&data));
                assert!(outcome.is_ok(), "{name} crashed on {}", path.display());
                replayed += 1;
            }
        }
        assert!(replayed > 0, "no committed inputs for fuzz target {name}");
    }
}
