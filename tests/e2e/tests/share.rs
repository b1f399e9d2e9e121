//! The Share and "Verify a proof" screens in the real app window, over WebDriver under Xvfb:
//! import a signed credential, choose it on Share, see its QR code (decoded here by `zbarimg`,
//! an independent decoder), pick the sheet's second language, save the PDF sheet through the
//! screen, rasterise that PDF at 300 dpi with `pdftoppm`, decode it with `zbarimg` and verify the
//! decoded text with the CLI (`erkend proof verify`); then open the saved PDF on the Verify screen
//! and read a valid verdict with the signed holder name. Both screens are photographed in English,
//! Arabic, Dutch and Tigrinya, top and end (`target/e2e-screenshots/{share,verify}-<lang>
//! {,-end}.png`) and checked with axe-core: no serious or critical violation may remain.
//!
//! Ignored by default (needs a display, `WebKitWebDriver`, the built app and CLI, `npm ci` in
//! tests/e2e for axe-core, and `zbarimg`/`pdftoppm` from scripts/install-deps). Run with
//! `cargo build && cargo build -p erkend-app &&
//!  xvfb-run -a cargo test -p erkend-e2e --test share -- --include-ignored --nocapture`.

use base64::Engine;
use erkend_e2e::{
    app_binary, cli_binary, screenshot_dir, workspace, Driver, ScreenChecks, Session, TestHome,
};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);
const HOLDER: &str = "Seán O'Brien";

fn fixture() -> PathBuf {
    workspace().join("tests/fixtures/peers/js-eddsa-rdfc-2022/ob3-0001.json")
}

/// Every QR code text `zbarimg` finds in an image, in its order.
fn zbar(image: &Path) -> Vec<String> {
    let out = Command::new("zbarimg")
        .args(["--raw", "-q", "-Sdisable", "-Sqrcode.enable"])
        .arg(image)
        .output()
        .expect("zbarimg (scripts/install-deps)");
    assert!(out.status.success(), "zbarimg {}: {out:?}", image.display());
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_string)
        .filter(|l| !l.is_empty())
        .collect()
}

/// `erkend proof verify` of code texts: the JSON lines it prints.
fn cli_verify(dir: &Path, texts: &[String]) -> Vec<Value> {
    let file = dir.join("decoded.txt");
    std::fs::write(&file, texts.join("\n")).expect("write codes");
    let out = Command::new(cli_binary())
        .args(["proof", "verify", "--json"])
        .arg(&file)
        .output()
        .expect("erkend");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert!(out.status.success(), "erkend proof verify: {out:?}");
    lines
}

struct Run<'a> {
    s: Session<'a>,
    checks: ScreenChecks,
}

impl Run<'_> {
    fn js(&self, script: &str, args: Value) -> Value {
        self.s.execute(script, args).expect(script)
    }

    fn click(&self, css: &str) {
        let el = self.s.wait_visible(css, WAIT).expect(css);
        self.s.click(&el).expect(css);
    }

    fn text(&self, css: &str) -> String {
        self.s.text_visible(css, WAIT).expect(css)
    }

    fn set(&self, id: &str, value: &str, event: &str) {
        self.js(
            "const e = document.getElementById(arguments[0]); e.value = arguments[1]; \
             e.dispatchEvent(new Event(arguments[2], {bubbles: true})); return true;",
            json!([id, value, event]),
        );
    }

    fn language(&self, tag: &str) {
        self.set("language", tag, "change");
        self.s
            .wait_script(
                &format!("return document.documentElement.lang === '{tag}'"),
                WAIT,
            )
            .expect("language applied");
    }

    /// `<name>-<lang>.png` from the top and `<name>-<lang>-end.png` (the preview, results and
    /// save form are long), no raw message ids, the right direction, and axe-core.
    fn check(&mut self, name: &str) {
        self.checks.screen_ends(&self.s, name);
    }

    /// The proof's issue date as the Verify screen shows it.
    fn issued(&self) -> String {
        self.text("#verify-results dt[data-l10n-id=verify-issued] + dd")
    }
}

#[test]
#[ignore = "needs a display (xvfb-run), WebKitWebDriver, the built app and CLI, zbarimg, pdftoppm and npm ci; run with --include-ignored"]
fn share_a_proof_sheet_and_verify_it_back() {
    let started = Instant::now();
    let app = app_binary();
    let shots = screenshot_dir();
    let home = TestHome::new();
    let wallet = home.join("wallet.db");
    let docs = home.join("docs");
    std::fs::create_dir_all(&docs).expect("docs");
    let env = home.env(&[("ERKEND_WALLET", &wallet), ("XDG_DOCUMENTS_DIR", &docs)]);
    let driver = Driver::start(&env, &shots.join("driver-share.log")).expect("driver");
    let mut run = Run {
        s: driver.session(&app).expect("session"),
        checks: ScreenChecks::new(shots),
    };

    // A wallet without a passphrase (this test is about sharing), and one signed credential.
    run.s.wait_visible("#screen-create", WAIT).expect("create");
    run.click("label[for=create-plain-ack]");
    run.click("#create-plain");
    run.s.wait_visible("#wallet-empty", WAIT).expect("wallet");
    run.click("#nav-import");
    let input = run.s.find("#import-input").expect("input");
    run.s
        .send_keys(&input, fixture().to_str().expect("utf-8"))
        .expect("choose file");
    run.s
        .wait_visible("#import-results li.imported", WAIT)
        .expect("imported");

    // Share: nothing chosen yet, then the credential; its code appears.
    run.click("#nav-share");
    run.s
        .wait_visible("#share-preview .empty", WAIT)
        .expect("nothing chosen");
    run.click("#share-pick label");
    run.s
        .wait_visible("#share-preview img.qr", WAIT)
        .expect("QR shown");
    let info = run.text("#share-sheet-info");
    assert!(
        info.contains("one A4 page") && info.contains("Nederlands"),
        "{info}"
    );
    // The image on screen is a real code of this credential (decoded by zbar, verified by the CLI).
    let src = run.js(
        "return [...document.querySelectorAll('#share-preview img.qr')].map(i => i.src)",
        json!([]),
    );
    let mut shown = Vec::new();
    for (i, src) in src.as_array().expect("srcs").iter().enumerate() {
        let b64 = src
            .as_str()
            .and_then(|s| s.strip_prefix("data:image/png;base64,"))
            .expect("png data address");
        let png = home.path().join(format!("shown-{i}.png"));
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .expect("base64");
        std::fs::write(&png, bytes).expect("write png");
        shown.extend(zbar(&png));
    }
    let lines = cli_verify(home.path(), &shown);
    assert_eq!(lines[0]["verified"], json!(true), "{lines:?}");

    // How long the screen waits for the core (debug build; informational, not asserted).
    let timing = run
        .s
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             const ids = [document.querySelector('#share-pick input').value]; \
             const { invoke } = window.__TAURI__.core; const t0 = performance.now(); \
             invoke('share_codes', { ids }).then(() => { const t1 = performance.now(); \
               return invoke('share_sheet', { ids, lang: 'en', secondLang: 'ar' }) \
                 .then(() => done([Math.round(t1 - t0), Math.round(performance.now() - t1)])); }) \
               .catch((e) => done(String(e)));",
            json!([]),
        )
        .expect("timing");
    println!("e2e share: share_codes, share_sheet (ms, debug build): {timing}");

    // The sheet's second language: Tigrinya.
    run.set("share-second-lang", "ti", "change");
    run.s
        .wait_script(
            "return document.getElementById('share-sheet-info').textContent.includes('ትግርኛ')",
            WAIT,
        )
        .expect("second language applied");

    // Save the PDF where the learner says (typed into the save field, as on the other screens).
    let pdf = docs.join("proof.pdf");
    run.set("share-path", pdf.to_str().expect("utf-8"), "input");
    run.click("#share-save-submit");
    let saved = run.text("#share-save-result .ok-text");
    assert!(saved.contains("proof.pdf"), "{saved}");
    run.check("share");

    // Independent round trip: pdftoppm at 300 dpi, zbarimg, `erkend proof verify`.
    let prefix = home.path().join("page");
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-png"])
        .arg(&pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (scripts/install-deps)");
    assert!(status.success());
    let page = std::fs::read_dir(home.path())
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("page-") && n.ends_with(".png"))
        })
        .expect("rendered page");
    let decoded = zbar(&page);
    assert!(!decoded.is_empty(), "no code found on the printed page");
    let mut sorted = decoded.clone();
    sorted.sort();
    let mut on_screen = shown.clone();
    on_screen.sort();
    assert_eq!(sorted, on_screen, "the sheet prints the codes shown");
    let lines = cli_verify(home.path(), &decoded);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["verified"], json!(true), "{lines:?}");
    assert_eq!(lines[0]["credential"]["subject"], json!(HOLDER));

    // Verify a proof: open the saved PDF.
    run.click("#nav-verify");
    let input = run.s.find("#verify-input").expect("verify input");
    run.s
        .send_keys(&input, pdf.to_str().expect("utf-8"))
        .expect("open proof");
    let result = run.text("#verify-results li.proof");
    assert!(result.contains("Verified"), "{result}");
    assert!(
        result.contains(HOLDER) && result.contains("ID document"),
        "{result}"
    );
    assert_eq!(
        run.js(
            "return document.querySelectorAll('#verify-results .checks li.failed').length",
            json!([])
        ),
        json!(0)
    );
    run.check("verify");
    // The issue date in English's own way; every other language must show it in its own.
    let issued_en = run.issued();
    assert!(
        issued_en.chars().any(|c| c.is_ascii_alphabetic()) && issued_en.contains("20"),
        "an English date with a month name: {issued_en}"
    );

    // Both screens in Arabic, right to left.
    run.language("ar");
    assert_eq!(
        run.js("return document.documentElement.dir", json!([])),
        json!("rtl")
    );
    run.check("verify");
    // Arabic's own date: Arabic-Indic digits and no Latin month name, not the English form.
    let issued = run.issued();
    assert_ne!(issued, issued_en, "the date follows the language");
    assert!(
        !issued.chars().any(|c| c.is_ascii_alphanumeric())
            && issued
                .chars()
                .any(|c| ('\u{0660}'..='\u{0669}').contains(&c)),
        "an Arabic date: {issued}"
    );
    // The checks' own dates ("valid from …") too, not the core's RFC 3339 text.
    let checks = run.text("#verify-results .checks");
    assert!(!checks.contains("2024-10-13"), "{checks}");
    run.click("#nav-share");
    run.s
        .wait_visible("#share-preview img.qr", WAIT)
        .expect("QR shown");
    run.s
        .wait_script(
            "return document.getElementById('share-sheet-info').textContent.includes('العربية')",
            WAIT,
        )
        .expect("sheet info in Arabic");
    run.check("share");
    // And in Dutch and Tigrinya (Ethiopic script), as every screen is.
    for lang in ["nl", "ti"] {
        run.language(lang);
        run.s
            .wait_visible("#share-preview img.qr", WAIT)
            .expect("QR shown");
        run.check("share");
        run.click("#nav-verify");
        run.s
            .wait_visible("#verify-results li.proof", WAIT)
            .expect("result kept");
        run.check("verify");
        let issued = run.issued();
        assert_ne!(issued, issued_en, "{lang}: the date follows the language");
        if lang == "ti" {
            // Ethiopic month names.
            assert!(
                issued
                    .chars()
                    .any(|c| ('\u{1200}'..='\u{137F}').contains(&c)),
                "a Tigrinya date: {issued}"
            );
        }
        run.click("#nav-share");
    }

    let Run { s, checks } = run;
    s.close().expect("close");
    println!("e2e share: {} ms", started.elapsed().as_millis());
    checks.finish();
}
