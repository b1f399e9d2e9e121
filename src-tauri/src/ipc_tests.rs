//! Commands driven through Tauri's real IPC layer (capabilities, argument decoding, error
//! serialisation) on the mock runtime: no window and no display needed.

use crate::state::AppState;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

const FIXTURE: &[u8] = include_bytes!("../../tests/fixtures/e2e/ob3-0002.json");

struct Harness {
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Harness {
    fn new(wallet: &std::path::Path) -> Harness {
        let app = crate::setup(mock_builder(), AppState::new(wallet.to_path_buf()))
            .build(crate::context())
            .expect("build app");
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window");
        Harness { _app: app, window }
    }

    fn call(&self, cmd: &str, body: InvokeBody, headers: &[(&str, &str)]) -> Result<Value, Value> {
        let mut map = tauri::http::HeaderMap::new();
        for (k, v) in headers {
            map.insert(
                tauri::http::HeaderName::from_bytes(k.as_bytes()).expect("header name"),
                v.parse().expect("header value"),
            );
        }
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                // On Linux the webview's origin is tauri://localhost; the ACL checks it.
                url: "tauri://localhost".parse().expect("url"),
                body,
                headers: map,
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().expect("json response"))
    }

    fn json(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.call(cmd, InvokeBody::Json(args), &[])
    }

    fn import(&self, bytes: &[u8], name: &str) -> Result<Value, Value> {
        self.call(
            "import_file",
            InvokeBody::Raw(bytes.to_vec()),
            &[("x-file-name", name)],
        )
    }
}

#[test]
fn unprotected_wallet_imports_lists_and_shows_over_ipc() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("wallet.db");
    let h = Harness::new(&path);

    let status = h.json("wallet_status", json!({})).expect("status");
    assert_eq!(status["exists"], false);
    assert_eq!(status["unlocked"], false);
    assert_eq!(
        h.json("list_credentials", json!({})).expect_err("locked")["code"],
        "wallet-locked"
    );

    let created = h
        .json("create_wallet", json!({"passphrase": null}))
        .expect("create");
    assert_eq!(created["encrypted"], false);
    assert_eq!(created["unlocked"], true);

    let imported = h.import(FIXTURE, "ob3-0002.json").expect("import");
    assert_eq!(imported["status"], "imported");
    let again = h.import(FIXTURE, "copy.json").expect("import again");
    assert_eq!(again["status"], "duplicate");
    assert_eq!(again["id"], imported["id"]);

    let rejected = h.import(b"not a badge", "x.txt").expect_err("rejected");
    assert_eq!(rejected["code"], "not-json");
    assert!(rejected["args"]["reason"].is_string());
    assert_eq!(
        h.json("import_file", json!({})).expect_err("json body")["code"],
        "bad-request"
    );

    let list = h.json("list_credentials", json!({})).expect("list");
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["name"], "Relational Data with SQL");
    assert_eq!(list[0]["learner"], "محمد عبد الله");

    let shown = h
        .json("show_credential", json!({"id": imported["id"]}))
        .expect("show");
    assert_eq!(shown["source_name"], "ob3-0002.json");
    assert_eq!(shown["sha256"].as_str().map(str::len), Some(64));
    let checks = shown["verdict"]["checks"].as_array().expect("checks");
    assert!(checks.iter().all(|c| c["message"].is_string()));
    // No key material or passphrase in anything the UI received.
    let everything = format!("{status}{created}{imported}{list}{shown}");
    assert!(!everything.contains("secret") && !everything.contains("private"));

    assert_eq!(
        h.json("show_credential", json!({"id": "nope"}))
            .expect_err("unknown")["code"],
        "credential-not-found"
    );
}

#[test]
fn protected_wallet_needs_the_right_passphrase_after_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("wallet.db");
    Harness::new(&path)
        .json("create_wallet", json!({"passphrase": "correct horse"}))
        .expect("create");

    let h = Harness::new(&path);
    let status = h.json("wallet_status", json!({})).expect("status");
    assert_eq!(
        (&status["exists"], &status["unlocked"], &status["encrypted"]),
        (&json!(true), &json!(false), &json!(true))
    );
    let wrong = h
        .json("unlock_wallet", json!({"passphrase": "wrong horse"}))
        .expect_err("wrong passphrase");
    assert_eq!(wrong, json!({"code": "wrong-passphrase", "args": {}}));
    let opened = h
        .json("unlock_wallet", json!({"passphrase": "correct horse"}))
        .expect("unlock");
    assert_eq!(opened["unlocked"], true);
    assert_eq!(opened["encrypted"], true);
}

#[test]
fn language_negotiation_and_formatting_happen_in_rust() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::new(&dir.path().join("wallet.db"));
    let ar = h
        .json("ui_language", json!({"requested": ["ar-SY", "en"]}))
        .expect("language");
    assert_eq!((&ar["lang"], &ar["dir"]), (&json!("ar"), &json!("rtl")));
    assert!(ar["available"]
        .as_array()
        .is_some_and(|a| a.contains(&json!("nl"))));

    let texts = h
        .json(
            "localize",
            json!({"lang": "ar", "messages": [
                {"id": "wallet-title"},
                {"id": "language-option-nl"},
                {"id": "error-file-too-large", "args": {"size": "9", "limit": "5"}},
                {"id": "no-such-message"},
                {"id": "app-brand"},
                {"id": "error-wallet-not-found", "args": {"path": "/tmp/w.db"}}
            ]}),
        )
        .expect("localize");
    assert_eq!(texts[0], "شهاداتي");
    assert_eq!(
        texts[1], "Nederlands",
        "endonyms fall back to the base terms"
    );
    assert!(texts[2]
        .as_str()
        .is_some_and(|t| t.contains('9') && t.contains("بايت")));
    assert_eq!(texts[3], "no-such-message");
    assert_eq!(texts[4], "Erkend");
    assert!(
        texts[5]
            .as_str()
            .is_some_and(|t| t.contains("\u{2068}/tmp/w.db\u{2069}")),
        "text arguments are isolated for bidi: {}",
        texts[5]
    );

    assert_eq!(
        h.json("localize", json!({"lang": "!!", "messages": []}))
            .expect_err("bad tag")["code"],
        "bad-language"
    );
}

#[test]
fn the_window_may_call_only_erkends_own_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::new(&dir.path().join("wallet.db"));
    // Core plugins are registered, but the capability grants none of them.
    for cmd in [
        "plugin:app|version",
        "plugin:event|listen",
        "plugin:window|close",
    ] {
        let refused = h.json(cmd, json!({})).expect_err(cmd);
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
}
