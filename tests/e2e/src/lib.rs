//! A tiny W3C WebDriver client for Erkend's end-to-end tests.
//!
//! It starts `WebKitWebDriver` (Debian package `webkit2gtk-driver`) directly, which launches the
//! real `erkend-app` binary as its "browser" (`webkitgtk:browserOptions`); Tauri makes its webview
//! automatable only when `TAURI_WEBVIEW_AUTOMATION=true` is in the environment, otherwise the new
//! session hangs, so every request here has a timeout. We talk to the driver with blocking
//! `ureq` over plain HTTP: no async runtime, no TLS, a handful of endpoints.
//!
//! Guarantees: the driver is always stopped with SIGTERM (never SIGKILL first, which would orphan
//! its children and keep ports and pipes open), its output goes to a log file rather than a pipe,
//! and every wait is bounded.

use base64::Engine;
use serde_json::{json, Value};
use std::fs::File;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Anything that went wrong talking to the driver, as text for the test's panic message.
pub type Result<T> = std::result::Result<T, String>;

/// How long any single HTTP request to the driver may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// A running `WebKitWebDriver` process.
pub struct Driver {
    child: Child,
    base: String,
    agent: ureq::Agent,
    /// The driver's (and the app's) combined stdout/stderr.
    pub log: PathBuf,
}

impl Driver {
    /// Starts the driver on a free local port with `env` added to its environment (the app it
    /// launches inherits it), logging to `log`, and waits until it answers.
    pub fn start(env: &[(&str, &Path)], log: &Path) -> Result<Driver> {
        const COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
        let port = free_port()?;
        let out = File::create(log).map_err(|e| format!("log file {}: {e}", log.display()))?;
        let err = out.try_clone().map_err(|e| e.to_string())?;
        let mut cmd = Command::new("WebKitWebDriver");
        cmd.arg(format!("--port={port}"))
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("ERKEND_STARTUP_TIMING", "1")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err);
        // WebKitWebDriver 2.50 times out taking a screenshot of a view that is not composited,
        // and the app turns compositing off unless told otherwise (`webview_tuning.rs`): the
        // journeys, which photograph every screen, run with WebKit's default. The test of the
        // app as shipped leaves the variable out (see `as_shipped.rs`).
        if !env.iter().any(|(k, _)| *k == COMPOSITING) {
            cmd.env(COMPOSITING, "0");
        }
        for (k, v) in env {
            // An empty value: the variable is absent for the app (not even inherited).
            if v.as_os_str().is_empty() {
                cmd.env_remove(k);
            } else {
                cmd.env(k, v);
            }
        }
        let child = cmd.spawn().map_err(|e| {
            format!("cannot start WebKitWebDriver (apt install webkit2gtk-driver): {e}")
        })?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(REQUEST_TIMEOUT))
            .http_status_as_error(false)
            .build()
            .into();
        let driver = Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
            agent,
            log: log.to_path_buf(),
        };
        wait_until(Duration::from_secs(15), "the driver to answer", || {
            Ok(driver.get("/status").ok().map(|_| ()))
        })?;
        Ok(driver)
    }

    /// Opens a session, which launches the app binary at `app` (an absolute path).
    pub fn session(&self, app: &Path) -> Result<Session<'_>> {
        let caps = json!({"capabilities": {"alwaysMatch": {
            "webkitgtk:browserOptions": {"binary": app, "args": []}
        }}});
        let value = self.post("/session", &caps)?;
        let id = value["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no sessionId in {value}"))?
            .to_string();
        Ok(Session {
            driver: self,
            id,
            closed: false,
        })
    }

    fn get(&self, path: &str) -> Result<Value> {
        let resp = self.agent.get(format!("{}{path}", self.base)).call();
        unwrap_response(path, resp)
    }

    fn post(&self, path: &str, body: &Value) -> Result<Value> {
        let resp = self
            .agent
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/json")
            .send(body.to_string());
        unwrap_response(path, resp)
    }

    fn delete(&self, path: &str) -> Result<Value> {
        let resp = self.agent.delete(format!("{}{path}", self.base)).call();
        unwrap_response(path, resp)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
            // SIGTERM lets the driver close its browser (the app) and free its port; std's
            // `Child::kill` would send SIGKILL and orphan them.
            #[allow(unsafe_code)]
            // SAFETY: `kill` takes plain integers and has no memory-safety preconditions; the
            // pid is our own child, not yet reaped, so it cannot have been reused.
            unsafe {
                libc::kill(pid, libc::SIGTERM);
            }
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            sleep(Duration::from_millis(50));
        }
        // Last resort after the grace period, so a stuck driver cannot hang the test run.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One WebDriver session: one running app window.
pub struct Session<'d> {
    driver: &'d Driver,
    id: String,
    closed: bool,
}

/// A reference to an element in the page.
#[derive(Debug, Clone)]
pub struct Element(String);

impl Session<'_> {
    fn url(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.id)
    }

    /// The first element matching a CSS selector.
    pub fn find(&self, css: &str) -> Result<Element> {
        let v = self.driver.post(
            &self.url("/element"),
            &json!({"using": "css selector", "value": css}),
        )?;
        // The W3C element key is a fixed UUID-like string; the reference is its only value.
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .map(|s| Element(s.to_string()))
            .ok_or_else(|| format!("no element reference in {v}"))
    }

    /// Waits until an element matching `css` exists and is displayed.
    pub fn wait_visible(&self, css: &str, timeout: Duration) -> Result<Element> {
        wait_until(timeout, &format!("{css} to be visible"), || {
            let Ok(el) = self.find(css) else {
                return Ok(None);
            };
            let shown = self
                .driver
                .get(&self.url(&format!("/element/{}/displayed", el.0)))?;
            Ok((shown == Value::Bool(true)).then_some(el))
        })
    }

    /// Clicks an element.
    pub fn click(&self, el: &Element) -> Result<()> {
        self.driver
            .post(&self.url(&format!("/element/{}/click", el.0)), &json!({}))
            .map(|_| ())
    }

    /// Types text into an element; for `<input type=file>` the text is a file path to select.
    pub fn send_keys(&self, el: &Element, text: &str) -> Result<()> {
        self.driver
            .post(
                &self.url(&format!("/element/{}/value", el.0)),
                &json!({"text": text}),
            )
            .map(|_| ())
    }

    /// The rendered text of an element.
    pub fn text(&self, el: &Element) -> Result<String> {
        let v = self
            .driver
            .get(&self.url(&format!("/element/{}/text", el.0)))?;
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("text was {v}"))
    }

    /// Runs a script in the page and returns its value.
    pub fn execute(&self, script: &str, args: Value) -> Result<Value> {
        self.driver.post(
            &self.url("/execute/sync"),
            &json!({"script": script, "args": args}),
        )
    }

    /// Runs an asynchronous script (it calls its last argument with the result) and returns the
    /// value it passed.
    pub fn execute_async(&self, script: &str, args: Value) -> Result<Value> {
        self.driver.post(
            &self.url("/execute/async"),
            &json!({"script": script, "args": args}),
        )
    }

    /// Runs axe-core (its source in `axe_source`) on the page as it is now and returns the
    /// serious and critical violations as `rule: target, ...` lines (empty when there are none).
    pub fn axe(&self, axe_source: &str) -> Result<Vec<String>> {
        // Injected once per page load; the app is one page, so once per session.
        let loaded = self.execute("return typeof window.axe === 'object'", json!([]))?;
        if loaded != Value::Bool(true) {
            self.execute(&format!("{axe_source}\n;return true;"), json!([]))?;
        }
        let v = self.execute_async(AXE_RUN, json!([]))?;
        let list = v.as_array().ok_or_else(|| format!("axe returned {v}"))?;
        Ok(list
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect())
    }

    /// Waits until `script` returns something other than `null`/`false`, and returns it.
    pub fn wait_script(&self, script: &str, timeout: Duration) -> Result<Value> {
        wait_until(timeout, script, || {
            let v = self.execute(script, json!([]))?;
            Ok((!v.is_null() && v != Value::Bool(false)).then_some(v))
        })
    }

    /// Saves a PNG screenshot of the window to `path`, after the page has painted its latest
    /// state (WebKitGTK otherwise returns the previous frame when the DOM just changed).
    pub fn screenshot(&self, path: &Path) -> Result<()> {
        self.driver.post(
            &self.url("/execute/async"),
            &json!({"script": SETTLE, "args": []}),
        )?;
        let v = self.driver.get(&self.url("/screenshot"))?;
        let b64 = v.as_str().ok_or("screenshot is not a string")?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .map_err(|e| e.to_string())?;
        std::fs::write(path, png).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Ends the session, which closes the app.
    pub fn close(mut self) -> Result<()> {
        self.closed = true;
        self.driver.delete(&self.url("")).map(|_| ())
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        // A failed test still closes its window, so the next session starts clean.
        if !self.closed {
            let _ = self.driver.delete(&self.url(""));
        }
    }
}

/// Runs axe on the visible document (WCAG 2.x A and AA rules) and reports serious and critical
/// violations, one line each, with the offending elements' selectors.
const AXE_RUN: &str = "const done = arguments[arguments.length - 1]; \
    axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']}) \
      .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical') \
        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')))) \
      .catch(e => done(['axe failed: ' + e]));";

/// Resolves after two animation frames and a short pause (one full paint and its snapshot), or
/// after 1 s if frames are not running.
const SETTLE: &str = "const done = arguments[arguments.length - 1]; \
    const timer = setTimeout(() => done(false), 1000); \
    requestAnimationFrame(() => requestAnimationFrame(() => \
      setTimeout(() => { clearTimeout(timer); done(true); }, 150)));";

/// Polls `probe` every 100 ms until it yields a value or `timeout` passes.
pub fn wait_until<T>(
    timeout: Duration,
    what: &str,
    mut probe: impl FnMut() -> Result<Option<T>>,
) -> Result<T> {
    let deadline = Instant::now() + timeout;
    let mut last_error = String::new();
    loop {
        match probe() {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) => last_error = e,
        }
        if Instant::now() > deadline {
            return Err(format!(
                "timed out after {timeout:?} waiting for {what} {last_error}"
            ));
        }
        sleep(Duration::from_millis(100));
    }
}

fn free_port() -> Result<u16> {
    // Bind port 0, read the port the OS chose, release it for the driver.
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

fn unwrap_response(
    path: &str,
    resp: std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<Value> {
    let mut resp = resp.map_err(|e| format!("{path}: {e}"))?;
    let status = resp.status();
    let text = resp
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_string()
        .map_err(|e| format!("{path}: {e}"))?;
    let mut body: Value =
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}: {text}"))?;
    let value = body["value"].take();
    if status.is_success() {
        Ok(value)
    } else {
        Err(format!("{path}: HTTP {status}: {value}"))
    }
}

/// The workspace root (two levels above this crate).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// Cargo's target folder (`CARGO_TARGET_DIR` or `<workspace>/target`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target"))
}

/// A built binary: the path in `var`, else `default` under the target folder.
pub fn built(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join(default))
}

/// The built app (`ERKEND_APP`, else the debug build), as an absolute path.
pub fn app_binary() -> PathBuf {
    let app = built("ERKEND_APP", "debug/erkend-app");
    assert!(
        app.is_file(),
        "{} missing: run `cargo build -p erkend-app` first (or set ERKEND_APP)",
        app.display()
    );
    app.canonicalize().expect("absolute app path")
}

/// The built CLI (`ERKEND_CLI`, else the debug build).
pub fn cli_binary() -> PathBuf {
    let cli = built("ERKEND_CLI", "debug/erkend");
    assert!(
        cli.is_file(),
        "{} missing: run `cargo build -p erkend` first (or set ERKEND_CLI)",
        cli.display()
    );
    cli
}

/// A throwaway home for one run of the app: `HOME` and the XDG data, config and cache folders
/// point into a temporary folder, so a test never reads or writes the user's own files (the
/// webview keeps the remembered language there too). Removed when dropped.
pub struct TestHome {
    dir: tempfile::TempDir,
    data: PathBuf,
    config: PathBuf,
    cache: PathBuf,
}

impl TestHome {
    /// A new empty home.
    pub fn new() -> TestHome {
        let dir = tempfile::tempdir().expect("temp dir");
        let join = |name: &str| dir.path().join(name);
        let (data, config, cache) = (join("data"), join("config"), join("cache"));
        TestHome {
            dir,
            data,
            config,
            cache,
        }
    }

    /// The home folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `name` inside the home folder.
    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The app's environment: the test's own variables (e.g. `ERKEND_WALLET`) and the home's.
    pub fn env<'a>(&'a self, own: &[(&'a str, &'a Path)]) -> Vec<(&'a str, &'a Path)> {
        let mut env = own.to_vec();
        env.extend([
            ("XDG_DATA_HOME", self.data.as_path()),
            ("XDG_CONFIG_HOME", self.config.as_path()),
            ("XDG_CACHE_HOME", self.cache.as_path()),
            ("HOME", self.dir.path()),
        ]);
        env
    }
}

impl Default for TestHome {
    fn default() -> TestHome {
        TestHome::new()
    }
}

/// Where the runs put their screenshots and driver logs (created).
pub fn screenshot_dir() -> PathBuf {
    let shots = target_dir().join("e2e-screenshots");
    std::fs::create_dir_all(&shots).expect("screenshot dir");
    shots
}

/// axe-core's source, to inject into each screen (`npm ci` in tests/e2e installs it).
pub fn axe_source() -> String {
    let path = workspace().join("tests/e2e/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run `npm ci` in tests/e2e", path.display()))
}

/// Helpers for tests that walk screens by CSS selector, each wait bounded by `timeout`.
impl Session<'_> {
    /// Runs a script without arguments and returns its value.
    pub fn js(&self, script: &str) -> Result<Value> {
        self.execute(script, json!([]))
    }

    /// Clicks the element matching `css` once it is visible; when the screen re-rendered it
    /// between finding and clicking (a search list updated by the last key), finds it again.
    pub fn click_visible(&self, css: &str, timeout: Duration) -> Result<()> {
        self.on_visible(css, timeout, |el| self.click(el))
    }

    /// The rendered text of the element matching `css` once it is visible; when the screen
    /// re-rendered it between finding and reading (a language switch redraws lists), finds it
    /// again.
    pub fn text_visible(&self, css: &str, timeout: Duration) -> Result<String> {
        self.on_visible(css, timeout, |el| self.text(el))
    }

    /// Does `act` on the visible element matching `css`, finding it again (up to three times)
    /// when WebDriver says the one found went stale.
    fn on_visible<T>(
        &self,
        css: &str,
        timeout: Duration,
        act: impl Fn(&Element) -> Result<T>,
    ) -> Result<T> {
        let mut tries = 0;
        loop {
            let el = self.wait_visible(css, timeout)?;
            match act(&el) {
                Err(e) if e.contains("stale element") && tries < 3 => tries += 1,
                done => return done,
            }
        }
    }

    /// The window's language (`<html lang>`).
    pub fn lang(&self) -> Result<String> {
        let v = self.js("return document.documentElement.lang")?;
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("lang was {v}"))
    }

    /// Saves a screenshot to `path`, fails when a visible element shows its raw message id, and
    /// returns axe-core's serious and critical violations (see [`Session::axe`]).
    pub fn check_screen(&self, path: &Path, axe_source: &str) -> Result<Vec<String>> {
        // Let pending translations land before judging the page: the page counts its passes
        // (`<html data-l10n-pending>`); a short pause first lets a pass that a click or a
        // change of language starts begin.
        sleep(Duration::from_millis(100));
        self.wait_script(
            "return (document.documentElement.dataset.l10nPending || '0') === '0'",
            Duration::from_secs(10),
        )?;
        self.screenshot(path)?;
        let raw = self.execute(
            "return [...document.querySelectorAll('[data-l10n-id]')] \
               .filter(e => e.offsetParent !== null && !e.getAttribute('data-l10n-attr') \
                        && e.textContent === e.getAttribute('data-l10n-id')) \
               .map(e => e.textContent)",
            json!([]),
        )?;
        if raw != json!([]) {
            return Err(format!("{}: untranslated messages {raw}", path.display()));
        }
        // The window mirrors exactly for the right-to-left languages.
        let (lang, dir) = (
            self.lang()?,
            self.js("return document.documentElement.dir")?,
        );
        let rtl = matches!(lang.as_str(), "ar" | "fa" | "ps");
        if dir != json!(if rtl { "rtl" } else { "ltr" }) {
            return Err(format!("{}: {lang} shown {dir}", path.display()));
        }
        self.axe(axe_source)
    }
}

/// Screenshots and axe-core findings collected over a test, so one failing screen does not hide
/// the others: [`ScreenChecks::finish`] fails with all of them at the end.
pub struct ScreenChecks {
    shots: PathBuf,
    axe: String,
    violations: Vec<String>,
    /// How many screens were checked and how long that took (reported by `finish`).
    count: usize,
    spent: Duration,
}

impl ScreenChecks {
    /// Screenshots into `shots`; axe-core from `tests/e2e/node_modules` (`npm ci` there first).
    pub fn new(shots: PathBuf) -> ScreenChecks {
        let axe = axe_source();
        ScreenChecks {
            shots,
            axe,
            violations: Vec::new(),
            count: 0,
            spent: Duration::ZERO,
        }
    }

    /// Checks the page as it is now ([`Session::check_screen`]), saved as `file`.
    pub fn check(&mut self, s: &Session<'_>, file: &str) {
        let started = Instant::now();
        let found = s
            .check_screen(&self.shots.join(file), &self.axe)
            .unwrap_or_else(|e| panic!("{e}"));
        self.violations
            .extend(found.into_iter().map(|v| format!("{file}: {v}")));
        self.count += 1;
        self.spent += started.elapsed();
    }

    /// Checks the screen as it is now, saved as `<screen>-<lang>.png` in the window's language.
    pub fn screen(&mut self, s: &Session<'_>, screen: &str) {
        let lang = s.lang().unwrap_or_else(|e| panic!("{e}"));
        self.check(s, &format!("{screen}-{lang}.png"));
    }

    /// As [`ScreenChecks::screen`] from the top of a long screen, plus a photograph of its end
    /// (`<screen>-<lang>-end.png`): the window shows only part of it.
    pub fn screen_ends(&mut self, s: &Session<'_>, screen: &str) {
        let lang = s.lang().unwrap_or_else(|e| panic!("{e}"));
        s.js("window.scrollTo(0, document.body.scrollHeight); return true;")
            .unwrap_or_else(|e| panic!("{e}"));
        s.screenshot(&self.shots.join(format!("{screen}-{lang}-end.png")))
            .unwrap_or_else(|e| panic!("{e}"));
        s.js("window.scrollTo(0, 0); return true;")
            .unwrap_or_else(|e| panic!("{e}"));
        self.screen(s, screen);
    }

    /// Fails when axe-core found any serious or critical problem.
    pub fn finish(self) {
        println!(
            "e2e: {} screens checked (screenshot, message ids, direction, axe-core) in {} ms",
            self.count,
            self.spent.as_millis()
        );
        assert!(
            self.violations.is_empty(),
            "axe-core found serious or critical problems:\n{}",
            self.violations.join("\n")
        );
    }
}
