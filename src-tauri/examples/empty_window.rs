//! An empty Tauri 2 window built with the same Tauri, features, profile and webview set-up
//! (`webview_tuning`) as the app: the baseline the app's memory and launch time are compared
//! with (`tests/e2e/tests/measure.rs`). Not shipped.
//!
//! "Empty" as create-tauri-app's template is: one small page whose script makes one command
//! call, so the JavaScript engine and the IPC bridge run as they do in any Tauri app; the page
//! marks `<body data-ready>` when the answer is back. No Erkend page, state or core.

use std::borrow::Cow;
use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};

const PAGE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>empty</title><script type=\"module\" src=\"/main.js\"></script></head>\
    <body><p id=\"answer\"></p></body></html>";
const SCRIPT: &str = "window.__TAURI_INTERNALS__.invoke('wallet_status').then((answer) => {\
    document.getElementById('answer').textContent = answer; document.body.dataset.ready = '1'; });";

/// The page and its script, in place of the app's `ui/`.
struct EmptyPage;

impl<R: tauri::Runtime> tauri::Assets<R> for EmptyPage {
    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        match key.as_ref() {
            "/index.html" => Some(Cow::Borrowed(PAGE.as_bytes())),
            "/main.js" => Some(Cow::Borrowed(SCRIPT.as_bytes())),
            _ => None,
        }
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(
            [("/index.html", PAGE), ("/main.js", SCRIPT)]
                .into_iter()
                .map(|(k, v)| (Cow::Borrowed(k), Cow::Borrowed(v.as_bytes()))),
        )
    }

    fn csp_hashes(&self, _: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}

/// The one command. It carries the name of a command the app's capability lets its window
/// call (an unlisted name would be refused by the same ACL the app runs under).
#[tauri::command]
fn wallet_status() -> &'static str {
    "ok"
}

fn main() {
    erkend_app::webview_tuning::before_start();
    let mut context = erkend_app::context::<tauri::Wry>();
    context.set_assets(Box::new(EmptyPage));
    context.config_mut().app.windows.clear();
    let app = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![wallet_status])
        .setup(|app| {
            let url = tauri::WebviewUrl::App("index.html".into());
            let window = tauri::WebviewWindowBuilder::new(app, "main", url)
                .title("empty")
                .inner_size(1024.0, 720.0)
                .build()?;
            erkend_app::webview_tuning::document_viewer(&window);
            Ok(())
        })
        .run(context);
    if let Err(e) = app {
        eprintln!("empty_window: {e}");
        std::process::exit(1);
    }
}
