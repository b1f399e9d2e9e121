//! Measurements, not a gate: launch to an interactive wallet, and memory (PSS summed over the
//! app's processes: the app, WebKitWebProcess, WebKitNetworkProcess), for an empty wallet and
//! one with 1,000 credentials, beside an empty Tauri window built the same way
//! (`src-tauri/examples/empty_window.rs`). Prints a table; asserts only that each run worked.
//!
//! `cargo build -p erkend-app --bin erkend-app --example empty_window && cargo build --bin erkend &&
//!  xvfb-run -a cargo test -p erkend-e2e --test measure -- --ignored --nocapture`
//! (`ERKEND_APP`, `ERKEND_CLI`, `ERKEND_EMPTY_APP` override the binaries, e.g. release builds;
//! `ERKEND_MEASURE_COUNT` sets the number of credentials; `ERKEND_MEASURE_SMAPS=1` also prints
//! where each process's memory sits, by mapping).

use erkend_e2e::{app_binary, built, cli_binary, target_dir, workspace, Driver};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(120);
const SETTLE: Duration = Duration::from_secs(5);

/// With `ERKEND_MEASURE_SMAPS=1`: where a process's PSS sits, by mapping (shared library,
/// the binary, `[anon]`, `[heap]`), the largest first: the profile behind the totals.
fn print_mappings(pid: u32, name: &str) {
    if std::env::var_os("ERKEND_MEASURE_SMAPS").is_none() {
        return;
    }
    let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap_or_default();
    let mut by_mapping: std::collections::BTreeMap<String, u64> = Default::default();
    let mut current = String::new();
    for line in smaps.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields
            .first()
            .is_some_and(|f| f.contains('-') && !f.ends_with(':'))
        {
            current = fields.get(5).map_or("[anon]".into(), |p| {
                p.rsplit('/').next().unwrap_or(p).to_string()
            });
        } else if fields.first() == Some(&"Pss:") {
            *by_mapping.entry(current.clone()).or_default() +=
                fields.get(1).and_then(|v| v.parse().ok()).unwrap_or(0);
        }
    }
    let mut largest: Vec<(u64, String)> = by_mapping.into_iter().map(|(m, k)| (k, m)).collect();
    largest.sort_by(|a, b| b.cmp(a));
    let top: Vec<String> = largest
        .iter()
        .take(8)
        .map(|(kib, m)| format!("{m} {:.1}", *kib as f64 / 1024.0))
        .collect();
    println!("measure:   {name}: {}", top.join(", "));
}

/// PSS in KiB of `pid` and all its descendants, and `name=MiB` per process.
fn pss_tree(pid: u32) -> (u64, usize, String) {
    let mut total = 0;
    let mut count = 0;
    let mut each = Vec::new();
    let mut stack = vec![pid];
    while let Some(p) = stack.pop() {
        let rollup = std::fs::read_to_string(format!("/proc/{p}/smaps_rollup")).unwrap_or_default();
        if let Some(kb) = rollup
            .lines()
            .find(|l| l.starts_with("Pss:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
        {
            total += kb;
            count += 1;
            let name = std::fs::read_to_string(format!("/proc/{p}/comm")).unwrap_or_default();
            print_mappings(p, name.trim());
            each.push(format!("{}={:.0}", name.trim(), kb as f64 / 1024.0));
        }
        let children =
            std::fs::read_to_string(format!("/proc/{p}/task/{p}/children")).unwrap_or_default();
        stack.extend(
            children
                .split_whitespace()
                .filter_map(|c| c.parse::<u32>().ok()),
        );
    }
    (total, count, each.join(" "))
}

/// The pid of the newest process running `exe` (the driver starts it; we find it by path).
fn pid_of(exe: &Path) -> Option<u32> {
    let mut found = None;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        if std::fs::read_link(entry.path().join("exe")).ok().as_deref() == Some(exe) {
            found = Some(found.map_or(pid, |f: u32| f.max(pid)));
        }
    }
    found
}

struct Sample {
    label: String,
    launch_ms: u128,
    pss_mib: f64,
    processes: usize,
    each: String,
}

fn run(label: &str, app: &Path, wallet: Option<&Path>, ready: &str) -> Sample {
    let home = tempfile::tempdir().expect("temp");
    let data = home.path().join("data");
    let esco = target_dir().join("e2e-esco.db");
    let blank = home.path().join("none.db");
    let env = [
        ("ERKEND_WALLET", wallet.unwrap_or(&blank)),
        ("ERKEND_ESCO_DB", esco.as_path()),
        ("XDG_DATA_HOME", data.as_path()),
        ("XDG_CONFIG_HOME", home.path()),
        ("XDG_CACHE_HOME", home.path()),
        // As shipped: absent (an empty value removes it), so the app and the empty window turn
        // compositing off themselves.
        ("WEBKIT_DISABLE_COMPOSITING_MODE", Path::new("")),
    ];
    let logs = target_dir().join("e2e-screenshots");
    std::fs::create_dir_all(&logs).expect("log folder");
    let driver = Driver::start(&env, &logs.join("driver-measure.log")).expect("driver");
    let started = Instant::now();
    let s = driver.session(app).expect("session");
    s.wait_script(ready, WAIT).expect("ready");
    let launch_ms = started.elapsed().as_millis();
    std::thread::sleep(SETTLE);
    let pid = pid_of(&app.canonicalize().expect("app")).expect("app process");
    let (kib, processes, each) = pss_tree(pid);
    let _ = s.execute("return 1", json!([]));
    s.close().expect("close");
    Sample {
        label: label.into(),
        launch_ms,
        pss_mib: kib as f64 / 1024.0,
        processes,
        each,
    }
}

#[test]
#[ignore = "measurement: needs a display, the built app, the example and the CLI"]
fn launch_and_memory_side_by_side() {
    let app = app_binary();
    let empty = built("ERKEND_EMPTY_APP", "debug/examples/empty_window");
    let cli = cli_binary();
    let dir = tempfile::tempdir().expect("temp");
    let count: usize = std::env::var("ERKEND_MEASURE_COUNT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);

    let empty_wallet = dir.path().join("empty.db");
    let full_wallet = dir.path().join("full.db");
    let files = dir.path().join("creds");
    for w in [&empty_wallet, &full_wallet] {
        let ok = Command::new(&cli)
            .arg("--wallet")
            .arg(w)
            .arg("init")
            .env_remove("ERKEND_PASSPHRASE")
            .output()
            .expect("erkend init");
        assert!(ok.status.success(), "{ok:?}");
    }
    let gen = Command::new("python3")
        .arg(workspace().join("tests/e2e/gen_credentials.py"))
        .arg(count.to_string())
        .arg(&files)
        .status()
        .expect("generator");
    assert!(gen.success());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&files)
        .expect("generated")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    let started = Instant::now();
    let import = Command::new(&cli)
        .arg("--wallet")
        .arg(&full_wallet)
        .arg("--json")
        .arg("import")
        .args(&paths)
        .output()
        .expect("import");
    let imported = String::from_utf8_lossy(&import.stdout)
        .lines()
        .filter(|l| l.contains("\"imported\""))
        .count();
    println!(
        "measure: imported {imported} credentials with the CLI in {} ms",
        started.elapsed().as_millis()
    );
    assert_eq!(
        imported,
        count,
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );

    // Interactive: the first page of cards is on screen, translated, for the whole wallet.
    let cards = |n: usize| {
        format!(
            "const l = document.getElementById('credential-list'); \
             return l.dataset.total === '{n}' && !document.getElementById('screen-wallet').hidden \
               && l.querySelector('.card-label').textContent.length > 0"
        )
    };
    let samples = [
        run(
            "empty Tauri window",
            &empty,
            None,
            "return document.body && document.body.dataset.ready === '1'",
        ),
        run(
            "Erkend, empty wallet",
            &app,
            Some(&empty_wallet),
            "return !document.getElementById('wallet-empty').hidden",
        ),
        run(
            &format!("Erkend, {count} credentials"),
            &app,
            Some(&full_wallet),
            &cards(count),
        ),
    ];
    println!("measure: | run | launch to interactive (ms) | PSS (MiB) | per process (MiB) |");
    for s in &samples {
        println!(
            "measure: | {} | {} | {:.1} | {} ({}) |",
            s.label, s.launch_ms, s.pss_mib, s.each, s.processes
        );
    }
    assert!(samples.iter().all(|s| s.pss_mib > 0.0));
}
