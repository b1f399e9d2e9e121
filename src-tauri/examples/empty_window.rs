//! An empty Tauri 2 window (about:blank) built with the same Tauri, features and profile as the
//! app: the baseline the app's memory and launch time are compared with
//! (`tests/e2e/tests/measure.rs`). Not shipped.

fn main() {
    let mut context = erkend_app::context::<tauri::Wry>();
    // No configured window and no Erkend state or commands: just one blank webview.
    context.config_mut().app.windows.clear();
    let app = tauri::Builder::default()
        .setup(|app| {
            let url = "about:blank".parse().map_err(|e| format!("{e}"))?;
            tauri::WebviewWindowBuilder::new(app, "main", tauri::WebviewUrl::External(url))
                .title("empty")
                .inner_size(1024.0, 720.0)
                .build()?;
            Ok(())
        })
        .run(context);
    if let Err(e) = app {
        eprintln!("empty_window: {e}");
        std::process::exit(1);
    }
}
