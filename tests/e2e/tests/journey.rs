//! The learner's first journey through the real app window, over WebDriver under Xvfb:
//! create a protected wallet, import a credential through the file input, see it listed and
//! open it, switch to Arabic (right to left), then relaunch and unlock (a wrong passphrase first).
//!
//! Ignored by default (it needs a display, `WebKitWebDriver` and the built app). Run it with
//! `./scripts/test-all`, or:
//! `cargo build -p erkend-app && xvfb-run -a cargo test -p erkend-e2e -- --include-ignored`.
//! Screenshots go to `target/e2e-screenshots/`: `journey-*.png` for moments of the journey, and
//! `<screen>-<lang>.png` (with axe-core) in en, nl, ar and ti for the screens only it reaches: the
//! dropped files' results and a refused passphrase (the unprotected wallet's warning in English).

use erkend_e2e::{app_binary, screenshot_dir, workspace, Driver, ScreenChecks, Session, TestHome};
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);
const PASSPHRASE: &str = "blue kettle under the bridge";
const CREDENTIAL_NAME: &str = "Relational Data with SQL";

/// A photograph of a moment of this journey (`journey-<name>.png`); the screens themselves are
/// photographed in every language by `screens.rs`, under their own names.
fn shot(s: &Session, dir: &Path, name: &str) {
    s.screenshot(&dir.join(format!("journey-{name}")))
        .expect("screenshot");
}

/// Switches the window to `tag` with the language picker and waits until it is applied.
fn language(s: &Session, tag: &str) {
    s.execute(
        "const l = document.getElementById('language'); l.value = arguments[0]; \
         l.dispatchEvent(new Event('change')); return true;",
        json!([tag]),
    )
    .expect("choose language");
    s.wait_script(
        &format!("return document.documentElement.lang === '{tag}'"),
        WAIT,
    )
    .expect("language applied");
}

/// The screen as it is now in each of `langs` (`<name>-<lang>.png`, axe-core), switched in the
/// same window, ending in the last of them.
fn in_languages(s: &Session, checks: &mut ScreenChecks, name: &str, langs: &[&str]) {
    for lang in langs {
        language(s, lang);
        checks.screen(s, name);
    }
}

/// Whether the text contains Arabic letters.
fn has_arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
#[ignore = "needs a display (xvfb-run), WebKitWebDriver and the built app; run with --include-ignored"]
fn create_import_view_switch_to_arabic_and_unlock_again() {
    let app = app_binary();
    let shots = screenshot_dir();
    let home = TestHome::new();
    let wallet = home.join("wallet.db");
    let fixture = workspace().join("tests/fixtures/e2e/ob3-0002.json");
    let env = home.env(&[("ERKEND_WALLET", &wallet)]);
    let driver = Driver::start(&env, &shots.join("driver.log")).expect("driver");
    let mut screens = ScreenChecks::new(shots.clone());

    // First run: create a protected wallet.
    let started = Instant::now();
    let s = driver.session(&app).expect("session 1");
    let session_ms = started.elapsed().as_millis();
    s.wait_visible("#screen-create", WAIT)
        .expect("first-run screen");
    let title = s
        .find("#create-title")
        .and_then(|e| s.text(&e))
        .expect("title");
    assert_eq!(title, "Welcome! Create your wallet");
    println!(
        "e2e: session (app launch) {session_ms} ms, first screen after {} ms",
        started.elapsed().as_millis()
    );
    shot(&s, &shots, "first-run-en.png");
    let pass = s.find("#create-passphrase").expect("passphrase");
    s.send_keys(&pass, PASSPHRASE).expect("type");
    let confirm = s.find("#create-confirm").expect("confirm");
    s.send_keys(&confirm, PASSPHRASE).expect("type");
    s.click(&s.find("#create-submit").expect("submit"))
        .expect("click");
    s.wait_visible("#wallet-empty", WAIT).expect("empty wallet");
    assert!(wallet.is_file(), "wallet file created");
    let banner = s.execute(
        "return document.getElementById('unprotected-banner').hidden",
        json!([]),
    );
    assert_eq!(
        banner.expect("banner"),
        json!(true),
        "a protected wallet shows no warning"
    );
    shot(&s, &shots, "wallet-empty-en.png");

    // Import through the real <input type=file>.
    s.click(&s.find("#wallet-add").expect("add"))
        .expect("click");
    s.wait_visible("#screen-import", WAIT)
        .expect("import screen");
    let input = s.find("#import-input").expect("file input");
    s.send_keys(&input, fixture.to_str().expect("utf-8 path"))
        .expect("choose file");
    let result = s
        .wait_visible("#import-results li.imported .result-status", WAIT)
        .expect("import result");
    assert_eq!(s.text(&result).expect("text"), "Added to your wallet.");
    shot(&s, &shots, "import-en.png");

    // Drag and drop: WebDriver cannot drag a file from outside the window, so the page builds the
    // drop event itself (a real File in a DataTransfer), which runs the same handler a real drop
    // does. One file is the same credential again, one is not a credential at all.
    let fixture_text = std::fs::read_to_string(&fixture).expect("fixture");
    s.execute(
        "const dt = new DataTransfer(); \
         dt.items.add(new File([arguments[0]], 'same-again.json', {type: 'application/json'})); \
         dt.items.add(new File(['just some notes'], 'notes.txt', {type: 'text/plain'})); \
         document.getElementById('main').dispatchEvent(new DragEvent('drop', \
           {dataTransfer: dt, bubbles: true, cancelable: true})); return true;",
        json!([fixture_text]),
    )
    .expect("drop");
    let rejected = s
        .wait_visible("#import-results li.rejected .message", WAIT)
        .expect("rejected line");
    let reason = s.text(&rejected).expect("reason");
    assert!(
        reason.starts_with("This file is not a badge or credential"),
        "{reason}"
    );
    let duplicate = s
        .wait_visible("#import-results li.duplicate .result-status", WAIT)
        .expect("duplicate line");
    assert_eq!(
        s.text(&duplicate).expect("text"),
        "Already in your wallet; nothing changed."
    );
    // The drop's per-file results in each language, in the same window.
    in_languages(&s, &mut screens, "import-drop", &["en", "nl", "ar", "ti"]);
    language(&s, "en");

    // Listed with its name, learner and verdict in words.
    s.click(&s.find("#nav-wallet").expect("nav"))
        .expect("click");
    let card = s
        .wait_visible("#credential-list .card", WAIT)
        .expect("card");
    let card_text = s.text(&card).expect("card text");
    assert!(card_text.contains(CREDENTIAL_NAME), "{card_text}");
    assert!(card_text.contains("محمد عبد الله"), "{card_text}");
    shot(&s, &shots, "wallet-en.png");

    // Detail: fields, checks in words, fingerprint.
    s.click(&card).expect("open card");
    s.wait_visible("#screen-detail", WAIT).expect("detail");
    let name = s
        .find("#detail-name")
        .and_then(|e| s.text(&e))
        .expect("name");
    assert_eq!(name, CREDENTIAL_NAME);
    let sha = s
        .find("#detail-sha256")
        .and_then(|e| s.text(&e))
        .expect("sha256");
    assert_eq!(sha.len(), 64, "{sha}");
    let checks = s
        .find("#detail-checks")
        .and_then(|e| s.text(&e))
        .expect("checks");
    assert!(
        !checks.is_empty() && !checks.contains("detail-check"),
        "{checks}"
    );
    shot(&s, &shots, "detail-en.png");
    s.execute(
        "document.getElementById('detail-checks').scrollIntoView(); return true;",
        json!([]),
    )
    .expect("scroll");
    shot(&s, &shots, "detail-checks-en.png");

    // Arabic: the whole window mirrors and speaks Arabic.
    s.execute(
        "const l = document.getElementById('language'); l.value = 'ar'; \
         l.dispatchEvent(new Event('change')); return true;",
        json!([]),
    )
    .expect("choose Arabic");
    s.wait_script(
        "return document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'",
        WAIT,
    )
    .expect("rtl");
    s.wait_script(
        "return /[\\u0600-\\u06FF]/.test(document.querySelector('#detail-checks').textContent)",
        WAIT,
    )
    .expect("checks in Arabic");
    shot(&s, &shots, "detail-checks-ar.png");
    s.execute("window.scrollTo(0, 0); return true;", json!([]))
        .expect("scroll");
    shot(&s, &shots, "detail-ar.png");
    s.click(&s.find("#nav-wallet").expect("nav"))
        .expect("click");
    let title = s.text_visible("#wallet-title", WAIT).expect("title");
    assert!(has_arabic(&title), "{title}");
    let card = s
        .wait_visible("#credential-list .card", WAIT)
        .expect("card");
    let card_text = s.text(&card).expect("card text");
    assert!(
        card_text.contains(CREDENTIAL_NAME) && card_text.contains("من:"),
        "{card_text}"
    );
    shot(&s, &shots, "wallet-ar.png");
    s.close().expect("close session 1");

    // Relaunch: the wallet is locked, the language remembered; a wrong passphrase is refused.
    let started = Instant::now();
    let s = driver.session(&app).expect("session 2");
    let unlock = s
        .wait_visible("#unlock-passphrase", WAIT)
        .expect("unlock screen");
    println!(
        "e2e: relaunch to unlock screen {} ms",
        started.elapsed().as_millis()
    );
    let dir = s
        .execute("return document.documentElement.dir", json!([]))
        .expect("dir");
    assert_eq!(dir, json!("rtl"), "the chosen language is remembered");
    s.send_keys(&unlock, "not the passphrase").expect("type");
    s.click(&s.find("#unlock-submit").expect("submit"))
        .expect("click");
    let error = s
        .wait_visible("#unlock-error .message", WAIT)
        .expect("error shown");
    let error_text = s.text(&error).expect("error text");
    assert!(
        has_arabic(&error_text) && !error_text.starts_with("error-"),
        "{error_text}"
    );
    screens.screen(&s, "unlock-error");
    in_languages(&s, &mut screens, "unlock-error", &["nl", "ti"]);

    // Back to English for the rest, then the right passphrase opens the wallet.
    s.execute(
        "const l = document.getElementById('language'); l.value = 'en'; \
         l.dispatchEvent(new Event('change')); return true;",
        json!([]),
    )
    .expect("choose English");
    s.wait_script("return document.documentElement.dir === 'ltr'", WAIT)
        .expect("ltr");
    let error_text = s
        .wait_script(
            "const t = document.querySelector('#unlock-error .message').textContent; \
         return /^[\\x00-\\x7F]+$/.test(t) && t",
            WAIT,
        )
        .expect("error retranslated");
    assert_eq!(
        error_text,
        json!("This passphrase does not open the wallet. Nothing was changed.")
    );
    screens.screen(&s, "unlock-error");
    let unlock = s.find("#unlock-passphrase").expect("passphrase");
    s.send_keys(&unlock, PASSPHRASE).expect("type");
    s.click(&s.find("#unlock-submit").expect("submit"))
        .expect("click");
    let card = s
        .wait_visible("#credential-list .card", WAIT)
        .expect("card after unlock");
    assert!(s.text(&card).expect("text").contains(CREDENTIAL_NAME));
    s.close().expect("close session 2");

    let log = std::fs::read_to_string(&driver.log).unwrap_or_default();
    for line in log.lines().filter(|l| l.contains("first command")) {
        println!("e2e: {line}");
    }
    screens.finish();
}

#[test]
#[ignore = "needs a display (xvfb-run), WebKitWebDriver and the built app; run with --include-ignored"]
fn a_wallet_without_passphrase_says_it_is_not_protected() {
    let app = app_binary();
    let shots = screenshot_dir();
    let home = TestHome::new();
    let wallet = home.join("plain.db");
    let env = home.env(&[("ERKEND_WALLET", &wallet)]);
    let driver = Driver::start(&env, &shots.join("driver-plain.log")).expect("driver");
    let s = driver.session(&app).expect("session");
    s.wait_visible("#screen-create", WAIT)
        .expect("first-run screen");
    let plain = s.find("#create-plain").expect("button");
    let disabled = s
        .execute(
            "return document.getElementById('create-plain').disabled",
            json!([]),
        )
        .expect("disabled");
    assert_eq!(
        disabled,
        json!(true),
        "needs the explicit acknowledgement first"
    );
    s.click(&s.find("#create-plain-ack").expect("ack"))
        .expect("tick");
    s.click(&plain).expect("create");
    let banner = s
        .wait_visible("#unprotected-banner", WAIT)
        .expect("warning banner");
    let text = s.text(&banner).expect("text");
    assert!(text.contains("NOT protected"), "{text}");
    let mut screens = ScreenChecks::new(shots.clone());
    // In the other languages the banner is photographed above the Share and Verify screens.
    screens.screen(&s, "wallet-unprotected");
    s.close().expect("close");

    // Relaunched, an unprotected wallet opens without asking, and still warns.
    let s = driver.session(&app).expect("session 2");
    s.wait_visible("#wallet-empty", WAIT)
        .expect("opened directly");
    s.wait_visible("#unprotected-banner", WAIT)
        .expect("still warned");
    s.close().expect("close");
    screens.finish();
}
