//! How the desktop webview is set up for a document-like app on old shared PCs.
//!
//! Measured under Xvfb with 1,000 credentials (BENCHMARKS.md): WebKitGTK's accelerated
//! compositing held about 85 MiB in the web content process (GL buffers, here in Mesa's
//! software renderer) for a page of forms and lists that never animates; it is also the usual
//! cause of blank Tauri windows on older GPU drivers. The web-browser cache model keeps decoded
//! pages and resources for back/forward navigation this one-page app never does.

/// Turns accelerated compositing off unless the user chose otherwise
/// (`WEBKIT_DISABLE_COMPOSITING_MODE=0` turns it back on). Call first thing in `main`, before
/// any thread or window exists: the web processes inherit the environment.
pub fn before_start() {
    const COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if std::env::var_os(COMPOSITING).is_none() {
        std::env::set_var(COMPOSITING, "1");
    }
}

/// Lets the page use a camera for "Verify a proof" (WebKitGTK has media streams off, and denies
/// every permission nobody answers): video only, asked by the page when the user presses "Scan
/// with camera"; microphone, screen capture and everything else stay refused.
pub fn camera<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    on_webkit(window, "camera not set up", |view| {
        use webkit2gtk::glib::Cast;
        use webkit2gtk::{
            PermissionRequestExt, SettingsExt, UserMediaPermissionRequest,
            UserMediaPermissionRequestExt, WebViewExt,
        };
        if let Some(settings) = view.settings() {
            settings.set_enable_media_stream(true);
        }
        view.connect_permission_request(|_, request| {
            let video_only = request
                .downcast_ref::<UserMediaPermissionRequest>()
                .is_some_and(|m| m.is_for_video_device() && !m.is_for_audio_device());
            if video_only {
                request.allow();
            } else {
                request.deny();
            }
            true
        });
    });
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

/// Asks WebKit to keep no page or resource caches beyond what is on screen. Only memory is at
/// stake: when it fails, the window works as before.
pub fn document_viewer<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    on_webkit(window, "webview cache model not set", |view| {
        use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
        if let Some(context) = view.context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
    });
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

/// Runs `set_up` on the window's WebKitGTK view (on the main thread, where GTK wants it); a
/// failure is told on stderr as `erkend-app: <failed>: <error>` and the window goes on.
#[cfg(target_os = "linux")]
fn on_webkit<R: tauri::Runtime>(
    window: &tauri::WebviewWindow<R>,
    failed: &'static str,
    set_up: impl FnOnce(&webkit2gtk::WebView) + Send + 'static,
) {
    if let Err(e) = window.with_webview(move |webview| set_up(&webview.inner())) {
        eprintln!("erkend-app: {failed}: {e}");
    }
}
