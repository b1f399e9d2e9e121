//! The app as shipped renders without accelerated compositing (`src-tauri/src/webview_tuning.rs`:
//! it saves the web process about 85 MiB and avoids blank windows on old GPU drivers). The other
//! journeys run with WebKit's default, because WebKitWebDriver cannot photograph a view that is
//! not composited (see `Driver::start`); this one runs the shipped mode and checks, without
//! screenshots, that the wallet opens, imports, lists and shows a credential in it, and that the
//! first-use build of the ESCO database can be stopped and started again; and that "Scan with
//! camera" says so on a computer without one, and finds and verifies a proof held up to one.

use erkend_e2e::{app_binary, cli_binary, screenshot_dir, workspace, Driver, Session, TestHome};
use serde_json::json;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
/// Building the ESCO database in a debug build on a busy machine.
const ESCO_WAIT: Duration = Duration::from_secs(180);

#[test]
#[ignore = "needs a display (xvfb-run), WebKitWebDriver and the built app; run with --include-ignored"]
fn the_wallet_works_without_accelerated_compositing() {
    let app = app_binary();
    let home = TestHome::new();
    let wallet = home.join("shipped.db");
    let env = home.env(&[
        ("ERKEND_WALLET", &wallet),
        // Absent, as on a learner's PC: the app decides.
        ("WEBKIT_DISABLE_COMPOSITING_MODE", Path::new("")),
    ]);
    let driver = Driver::start(&env, &screenshot_dir().join("driver-shipped.log")).expect("driver");
    let s = driver.session(&app).expect("session");
    create_unprotected_wallet(&s);
    s.wait_visible("#wallet-empty", WAIT).expect("empty wallet");
    // The app told WebKit to turn compositing off: the variable it sets at start is in the
    // environment its web process inherited (it was absent from the driver's).
    let web_env = web_process_environment(&wallet);
    assert!(
        web_env.contains(&"WEBKIT_DISABLE_COMPOSITING_MODE=1".to_string()),
        "{web_env:?}"
    );
    s.click(&s.find("#wallet-add").expect("add")).expect("add");
    let fixture = workspace().join("tests/fixtures/e2e/ob3-0002.json");
    let input = s.find("#import-input").expect("file input");
    s.send_keys(&input, fixture.to_str().expect("utf-8 path"))
        .expect("choose file");
    let summary = s
        .text_visible("#import-summary", WAIT)
        .expect("import summary");
    assert!(summary.contains("1 added"), "{summary}");
    s.click(&s.find("#nav-wallet").expect("nav"))
        .expect("wallet");
    let card = s
        .wait_visible("#credential-list .card", WAIT)
        .expect("one card");
    s.click(&card).expect("open");
    let name = s.text_visible("#detail-name", WAIT).expect("detail");
    assert_eq!(name, "Relational Data with SQL");
    let lang = s
        .execute("return document.documentElement.lang", json!([]))
        .expect("lang");
    assert_eq!(lang, json!("en"));

    // First use of the skills: this home has no ESCO database yet, so it is built, with a
    // progress bar and a Stop button. Stopped, the screen says so; opened again, it builds.
    s.click(&s.find("#nav-profile").expect("nav"))
        .expect("profile");
    s.click_visible("#esco-cancel", WAIT)
        .expect("Stop while building");
    let stopped = s
        .text_visible("#profile-groups .error", WAIT)
        .expect("stopped message");
    assert!(
        stopped.contains("You stopped preparing the list of skills and jobs"),
        "{stopped}"
    );
    s.wait_script(
        "return document.getElementById('esco-progress').hidden",
        WAIT,
    )
    .expect("the bar goes away");
    s.click(&s.find("#nav-wallet").expect("nav"))
        .expect("wallet");
    s.click(&s.find("#nav-profile").expect("nav"))
        .expect("profile again");
    let skill = s
        .text_visible("#profile-groups .skill", ESCO_WAIT)
        .unwrap_or_else(|e| {
            let seen = s.execute(
                "return [document.getElementById('profile-groups').innerText, \
                         document.getElementById('esco-progress').hidden, \
                         document.getElementById('esco-progress-label').textContent, \
                         [...document.querySelectorAll('.screen')].filter(x => !x.hidden).map(x => x.id)]",
                json!([]),
            );
            panic!("built the second time: {e}; seen {seen:?}")
        });
    assert!(skill.contains("SQL"), "{skill}");

    // Verify a proof on a computer without a camera: the scan says so and points to a photo.
    s.click(&s.find("#nav-verify").expect("nav"))
        .expect("verify");
    s.click_visible("#verify-camera-start", WAIT).expect("scan");
    let none = s
        .text_visible("#verify-camera-error .message", WAIT)
        .expect("no camera");
    assert!(none.contains("No camera could be used"), "{none}");
    s.close().expect("close");
}

#[test]
#[ignore = "needs a display (xvfb-run), WebKitWebDriver and the built app; run with --include-ignored"]
fn a_proof_held_up_to_the_camera_is_found_and_verified() {
    // The proof: a real QR code exported by the CLI from a peer-signed credential.
    let home = TestHome::new();
    let cli = cli_binary();
    let issued = home.join("issued.db");
    let erkend = |args: &[&str]| {
        let out = Command::new(&cli)
            .arg("--wallet")
            .arg(&issued)
            .args(args)
            .env_remove("ERKEND_PASSPHRASE")
            .output()
            .expect("erkend");
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    erkend(&["init"]);
    let fixture = workspace().join("tests/fixtures/peers/js-eddsa-rdfc-2022/ob3-0001.json");
    let imported = erkend(&["--json", "import", fixture.to_str().expect("utf-8")]);
    let id = serde_json::from_str::<serde_json::Value>(imported.lines().next().expect("a line"))
        .expect("json")["id"]
        .as_str()
        .expect("id")
        .to_string();
    let png = home.join("proof.png");
    erkend(&[
        "proof",
        "export",
        "--credential",
        &id,
        "--out",
        png.to_str().expect("utf-8"),
    ]);
    let png = std::fs::read(&png).expect("png");

    let wallet = home.join("employer.db");
    let env = home.env(&[
        ("ERKEND_WALLET", &wallet),
        ("WEBKIT_DISABLE_COMPOSITING_MODE", Path::new("")),
    ]);
    let driver = Driver::start(&env, &screenshot_dir().join("driver-camera.log")).expect("driver");
    let s = driver.session(&app_binary()).expect("session");
    create_unprotected_wallet(&s);
    s.click_visible("#nav-verify", WAIT).expect("verify");
    // The camera: this machine has none. So, from outside the app (WebDriver runs this script;
    // the app has no test code), the page's `getUserMedia` is replaced by a camera that films a
    // printed proof held up on white paper: a canvas stream drawn again and again until the scan
    // stops the track. The app's own scan loop, PNG pictures and the core's QR decoder and
    // verification run on it as they would on a camera's.
    use base64::Engine as _;
    let src = format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&png)
    );
    let ready = s
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             const printed = new Image(); \
             printed.onerror = () => done('not loaded'); \
             printed.onload = () => { \
               const margin = 120; \
               navigator.mediaDevices.getUserMedia = async (asked) => { \
                 if (!asked.video || asked.audio) throw new DOMException('video only', 'NotAllowedError'); \
                 const canvas = document.createElement('canvas'); \
                 canvas.width = printed.naturalWidth + 2 * margin; \
                 canvas.height = printed.naturalHeight + 2 * margin; \
                 const g = canvas.getContext('2d'); \
                 const pictures = canvas.captureStream(10); \
                 const [track] = pictures.getVideoTracks(); \
                 const draw = () => { \
                   if (track.readyState === 'ended') { clearInterval(timer); return; } \
                   g.fillStyle = '#fff'; g.fillRect(0, 0, canvas.width, canvas.height); \
                   g.drawImage(printed, margin, margin); \
                 }; \
                 const timer = setInterval(draw, 100); draw(); \
                 return pictures; \
               }; \
               done(printed.naturalWidth > 0); \
             }; \
             printed.src = arguments[0];",
            json!([src]),
        )
        .expect("test camera");
    assert_eq!(ready, json!(true), "{ready}");
    s.click_visible("#verify-camera-start", WAIT).expect("scan");
    let found = s
        .text_visible("#verify-results li.proof", WAIT)
        .expect("a proof found through the camera");
    assert!(
        found.contains("Verified") && !found.contains("Not verified"),
        "{found}"
    );
    assert!(found.contains("📷"), "{found}");
    // Found: the camera is released and the scan stops.
    s.wait_script(
        "return document.getElementById('verify-camera-live').hidden \
           && document.getElementById('verify-video').srcObject === null",
        WAIT,
    )
    .expect("camera off");
    s.close().expect("close");
}

/// The first-run screen's "without a passphrase" way (ticked acknowledgement first).
fn create_unprotected_wallet(s: &Session<'_>) {
    s.wait_visible("#screen-create", WAIT).expect("first run");
    s.click(&s.find("#create-plain-ack").expect("ack"))
        .expect("tick");
    s.click(&s.find("#create-plain").expect("create"))
        .expect("create");
}

/// The environment of the web content process of the app that opened `wallet`.
fn web_process_environment(wallet: &Path) -> Vec<String> {
    let environ = |pid: &str| -> Vec<String> {
        std::fs::read(format!("/proc/{pid}/environ"))
            .map(|bytes| {
                bytes
                    .split(|b| *b == 0)
                    .map(|v| String::from_utf8_lossy(v).into_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let comm = |pid: &str| std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    let mine = format!("ERKEND_WALLET={}", wallet.display());
    let pids: Vec<String> = std::fs::read_dir("/proc")
        .expect("/proc")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    pids.iter()
        .find(|p| comm(p).starts_with("WebKitWebProces") && environ(p).contains(&mine))
        .map(|p| environ(p))
        .unwrap_or_else(|| panic!("no web process of the app with {mine}"))
}
