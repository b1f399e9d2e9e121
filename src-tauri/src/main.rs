//! The `erkend-app` binary: starts the desktop shell (everything lives in the library crate so
//! the IPC tests can build the same app on Tauri's mock runtime).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    erkend_app::run();
}
