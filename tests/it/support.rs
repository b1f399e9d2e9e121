//! Shared test helpers: fixture paths and the `../shared` folder when it is present.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `tests/fixtures/<rel>`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// `../shared/<rel>` beside the checkout, when it exists. Tests that use it must print loudly
/// when they skip because it is absent (a fresh clone elsewhere has no `../shared`).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    p.exists().then_some(p)
}

/// Prints a loud skip notice (visible with `--nocapture` and in CI logs via stderr).
pub fn skip_loudly(test: &str, why: &str) {
    eprintln!("\n*** SKIPPED {test}: {why} ***\n");
}

/// The path of the built `erkend` binary (for CLI and crash tests).
pub fn erkend_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_erkend"))
}

/// A finished command's standard error, as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A finished command's standard output as JSON lines.
pub fn json_lines(out: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}
