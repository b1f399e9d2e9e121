//! Profiles / lock and "check online" in the real app window, over WebDriver under Xvfb: two
//! learners make their own vaults through the picker, one imports a file, switch user shows the
//! other's vault empty, switching back needs the right passphrase (a wrong one gives a translated
//! error), and "check online" without a network (CI runs this in a namespace with only loopback;
//! the credential's host is a reserved `.example` name that never resolves anyway) shows the
//! clear offline error and leaves the wallet unchanged; a guest session starts empty and ends on
//! switch user, and the real auto-lock after a minute idle. The picker (empty, with two
//! learners, after the auto-lock), the unlock form with its wrong-passphrase error and the
//! offline error are photographed in English, Dutch, Arabic and Tigrinya (`<name>-<lang>.png`)
//! and checked with axe-core.
//!
//! Ignored by default. Run with `./scripts/test-all`, or:
//! `cargo build -p erkend-app && xvfb-run -a cargo test -p erkend-e2e --test vaults -- --include-ignored`.

use erkend_e2e::{app_binary, screenshot_dir, workspace, Driver, ScreenChecks, Session, TestHome};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);
const AMAL: &str = "amal's own words";
const BADR: &str = "badr keeps another";
const WRONG_EN: &str = "This passphrase does not open the wallet. Nothing was changed.";

/// The window, and what the screen checks found so far.
struct Run<'a> {
    s: Session<'a>,
    checks: ScreenChecks,
}

impl Run<'_> {
    fn js(&self, script: &str) -> Value {
        self.s.js(script).expect(script)
    }

    fn click(&self, css: &str) {
        self.s.click_visible(css, WAIT).expect(css);
    }

    fn text(&self, css: &str) -> String {
        self.s.text_visible(css, WAIT).expect(css)
    }

    fn type_into(&self, css: &str, text: &str) {
        let el = self.s.wait_visible(css, WAIT).expect(css);
        self.s.send_keys(&el, text).expect(css);
    }

    fn wait(&self, script: &str) -> Value {
        self.s.wait_script(script, WAIT).expect(script)
    }

    fn language(&self, tag: &str) {
        self.s
            .execute(
                "const e = document.getElementById('language'); e.value = arguments[0]; \
                 e.dispatchEvent(new Event('change')); return true;",
                json!([tag]),
            )
            .expect("language");
        self.wait(&format!("return document.documentElement.lang === '{tag}'"));
    }

    /// Screenshot `<name>-<lang>.png`, no raw message ids, and axe-core.
    fn check(&mut self, name: &str) {
        self.checks.screen(&self.s, name);
    }

    /// The screen as it is now in each of `langs`, switched in the same window.
    fn check_in(&mut self, name: &str, langs: &[&str]) {
        for lang in langs {
            self.language(lang);
            self.check(name);
        }
    }

    /// Makes a vault through the picker's form; it opens on the empty wallet.
    fn new_vault(&self, name: &str, avatar: &str, passphrase: &str) {
        self.click("#vault-new");
        self.type_into("#vault-create-name", name);
        // WebDriver's key input cannot type an emoji (outside the BMP); set it as a paste would.
        self.s
            .execute(
                "document.getElementById('vault-create-avatar').value = arguments[0]; return true;",
                json!([avatar]),
            )
            .expect("avatar");
        self.type_into("#vault-create-passphrase", passphrase);
        self.type_into("#vault-create-confirm", passphrase);
        self.click("#vault-create-submit");
        self.s
            .wait_visible("#screen-wallet", WAIT)
            .expect("wallet screen");
    }

    fn switch_user(&self, cards: usize) {
        self.click("#nav-switch-user");
        self.s.wait_visible("#screen-vaults", WAIT).expect("picker");
        self.wait(&format!(
            "return document.querySelectorAll('#vault-list .vault-card').length === {cards}"
        ));
    }

    /// What the open vault holds, straight from the core (ids, names and stored verdicts).
    fn credentials(&self) -> Value {
        self.s
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 window.__TAURI__.core.invoke('list_credentials').then(done, e => done({error: e}));",
                json!([]),
            )
            .expect("list")
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
#[ignore = "needs a display (xvfb-run), WebKitWebDriver, the built app and npm ci; run with --include-ignored"]
fn two_learners_switch_user_and_check_online_offline() {
    let started = Instant::now();
    let app = app_binary();
    let shots = screenshot_dir();
    let home = TestHome::new();
    let vaults = home.join("vaults");
    let env = home.env(&[("ERKEND_VAULTS", &vaults)]);
    let driver = Driver::start(&env, &shots.join("driver-vaults.log")).expect("driver");
    let mut run = Run {
        s: driver.session(&app).expect("session"),
        checks: ScreenChecks::new(shots),
    };

    // The app starts at the picker; nobody is on this computer yet.
    run.s
        .wait_visible("#vault-list-empty", WAIT)
        .expect("empty picker");
    assert_eq!(run.text("#vaults-title"), "Who is using Erkend?");
    run.check_in("picker-empty", &["en", "nl", "ar", "ti"]);
    run.language("en");

    // Amal makes her vault and imports a file through the real file input.
    run.new_vault("Amal Hassan", "", AMAL);
    run.click("#wallet-add");
    let hosted = workspace().join("tests/fixtures/trust/ob2/assertion.json");
    let input = run.s.find("#import-input").expect("file input");
    run.s
        .send_keys(&input, hosted.to_str().expect("utf-8 path"))
        .expect("choose file");
    run.s
        .wait_visible("#import-results li.imported", WAIT)
        .expect("imported");
    let amal_list = run.credentials();
    assert_eq!(amal_list.as_array().map(Vec::len), Some(1), "{amal_list}");

    // Switch user: Badr's new vault is empty.
    run.switch_user(1);
    run.new_vault("Badr", "🌻", BADR);
    run.s
        .wait_visible("#wallet-empty", WAIT)
        .expect("Badr's wallet is empty");
    assert_eq!(run.credentials(), json!([]));

    // Back at the picker: two cards, only names and pictures.
    run.switch_user(2);
    let cards = run.js(
        "return [...document.querySelectorAll('#vault-list .vault-card')].map(b => b.textContent)",
    );
    assert_eq!(cards, json!(["AHAmal Hassan", "🌻Badr"]));
    // In Dutch and Tigrinya it is photographed after the auto-lock, below.
    run.check_in("picker", &["en", "ar"]);

    // Amal's card, a wrong passphrase: a translated error, still locked.
    run.click("#vault-list li:first-child .vault-card");
    run.type_into("#vault-unlock-passphrase", BADR);
    run.click("#vault-unlock-submit");
    let error = run.text("#vault-unlock-error .message");
    assert!(
        error
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "the wrong-passphrase error is in Arabic: {error}"
    );
    run.check("vault-unlock-wrong");
    run.check_in("vault-unlock-wrong", &["nl", "ti", "en"]);
    assert_eq!(
        run.text("#vault-unlock-error .message"),
        WRONG_EN,
        "the shown error follows the language"
    );
    run.js("document.getElementById('vault-unlock-passphrase').value = ''; return true;");
    run.type_into("#vault-unlock-passphrase", AMAL);
    run.click("#vault-unlock-submit");
    run.wait("return document.querySelectorAll('#credential-list > li').length === 1");
    assert_eq!(run.credentials(), amal_list);

    // Check online, offline: the clear error, and nothing in the wallet or beside it changed.
    let beside = files_under(&vaults);
    run.click("#nav-settings");
    run.click("#online-check-all");
    let message = run.text("#online-result .message");
    assert!(
        message.starts_with("No internet connection")
            && message.contains("badges.erkend-test.example"),
        "{message}"
    );
    assert!(run.text("#online-result .hint").contains("Check online"));
    // The Stop button sits in the progress box, which is gone once the core has answered.
    assert_eq!(
        run.js("const b = document.getElementById('online-cancel'); \
                return [b.closest('#online-progress') !== null, b.closest('[hidden]') !== null]"),
        json!([true, true])
    );
    run.check_in("settings-offline", &["en", "nl", "ar", "ti"]);
    run.language("en");
    assert_eq!(run.credentials(), amal_list, "the wallet is unchanged");
    assert_eq!(files_under(&vaults), beside, "no file added beside it");

    // A guest session: its own empty wallet, a banner saying nothing is kept, gone on switch.
    run.switch_user(2);
    run.click("#vault-kiosk");
    run.s
        .wait_visible("#vault-guest-banner", WAIT)
        .expect("guest banner");
    assert_eq!(run.credentials(), json!([]));
    run.switch_user(2);
    assert_eq!(
        run.js("return document.getElementById('vault-guest-banner').hidden"),
        json!(true)
    );
    // The real auto-lock: Amal sets it to one minute (the shortest allowed) in Settings and
    // leaves the computer. The shell's timer closes her vault and the picker says why (within
    // the minute and one 15-second poll); her wallet answers nothing until she unlocks again.
    run.click("#vault-list li:first-child .vault-card");
    run.type_into("#vault-unlock-passphrase", AMAL);
    run.click("#vault-unlock-submit");
    run.wait("return document.querySelectorAll('#credential-list > li').length === 1");
    run.click("#nav-settings");
    run.js("document.getElementById('autolock-minutes').value = ''; return true;");
    run.type_into("#autolock-minutes", "1");
    run.click("#autolock-save");
    let left = Instant::now();
    run.s
        .wait_visible("#vault-locked-idle", Duration::from_secs(150))
        .expect("locked by the idle timer");
    let idle = left.elapsed();
    // Activity is reported at most every 20 s, so the minute may have begun up to 20 s before
    // the last click; a lock much sooner than that would be a wrong timer.
    assert!(
        idle >= Duration::from_secs(35),
        "locked after only {idle:?}"
    );
    assert!(run.s.find("#screen-vaults").is_ok());
    assert_eq!(run.credentials()["error"]["code"], "wallet-locked");
    println!("e2e vaults: auto-locked after {} s idle", idle.as_secs());
    run.check_in("picker-auto-locked", &["en", "nl", "ar", "ti"]);

    let Run { s, checks } = run;
    s.close().expect("close");
    checks.finish();
    println!("e2e vaults: {} ms", started.elapsed().as_millis());
}
