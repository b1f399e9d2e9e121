//! The one harness every IPC test uses: the real app (its commands, capabilities and error
//! serialisation) on Tauri's mock runtime, no window and no display needed, with the usual
//! starting points — a fresh unprotected wallet, the shared ESCO database, the vaults.

use crate::state::AppState;
use serde_json::{json, Value};
use std::path::Path;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;
use tempfile::TempDir;

/// A credential every test can import (OB 3.0, signed).
pub(crate) const FIXTURE: &[u8] = include_bytes!("../../tests/fixtures/e2e/ob3-0002.json");

pub(crate) struct Harness {
    pub(crate) _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Harness {
    pub(crate) fn new(wallet: &Path) -> Harness {
        Harness::with_state(AppState::new(wallet.to_path_buf()))
    }

    pub(crate) fn with_state(state: AppState) -> Harness {
        let app = crate::setup(mock_builder(), state)
            .build(crate::context())
            .expect("build app");
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window");
        Harness { _app: app, window }
    }

    /// A harness whose ESCO database is the one all test runs share (read-only; built on first
    /// use, ~15 s in debug).
    pub(crate) fn with_shared_esco(wallet: &Path) -> Harness {
        let mut state = AppState::new(wallet.to_path_buf());
        state.esco_path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/ipc-esco.db");
        Harness::with_state(state)
    }

    pub(crate) fn call(
        &self,
        cmd: &str,
        body: InvokeBody,
        headers: &[(&str, &str)],
    ) -> Result<Value, Value> {
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

    /// A new unprotected wallet in a fresh temporary folder (kept while the folder lives).
    pub(crate) fn unprotected() -> (TempDir, Harness) {
        let dir = tempfile::tempdir().expect("tempdir");
        let h = Harness::new(&dir.path().join("wallet.db"));
        h.create_unprotected();
        (dir, h)
    }

    /// A new unprotected wallet in a fresh temporary folder and the shared ESCO database (one
    /// for all test runs, read-only; built on first use, ~15 s in debug).
    pub(crate) fn unprotected_with_esco() -> (TempDir, Harness) {
        let dir = tempfile::tempdir().expect("tempdir");
        let h = Harness::with_shared_esco(&dir.path().join("wallet.db"));
        h.create_unprotected();
        (dir, h)
    }

    /// The app with the learners' vaults under `root` (it starts at the profile picker).
    pub(crate) fn vaults(root: &Path) -> Harness {
        Harness::with_state(AppState::with_vaults(root.to_path_buf()))
    }

    /// Creates the harness's wallet without a passphrase.
    pub(crate) fn create_unprotected(&self) {
        self.json("create_wallet", json!({"passphrase": null}))
            .expect("create");
    }

    pub(crate) fn json(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.call(cmd, InvokeBody::Json(args), &[])
    }

    pub(crate) fn import(&self, bytes: &[u8], name: &str) -> Result<Value, Value> {
        self.call(
            "import_file",
            InvokeBody::Raw(bytes.to_vec()),
            &[("x-file-name", name)],
        )
    }
}
