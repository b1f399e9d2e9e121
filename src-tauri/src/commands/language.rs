//! The UI's language: negotiation and message formatting. All Fluent formatting happens here,
//! in Rust, from the same `locales/` the CLI uses; the UI only places the strings.

use crate::dto::{MessageDto, UiLanguageDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use std::collections::BTreeMap;
use tauri::State;

/// Formats `messages` in `lang`, in order. A message id unknown everywhere comes back as the id
/// itself, so a gap is visible rather than silent.
#[tauri::command(async)]
pub fn localize(
    state: State<'_, AppState>,
    lang: String,
    messages: Vec<MessageDto>,
) -> Result<Vec<String>, IpcError> {
    let localizer = state.localizer(&lang)?;
    Ok(messages
        .iter()
        .map(|m| localizer.format(&m.id, &isolated(&m.args)))
        .collect())
}

/// Wraps each text argument in Unicode directional isolates (FSI ... PDI), so a Latin date or
/// name inside an Arabic sentence keeps its own order. The core turns Fluent's own isolation
/// off for the terminal; the webview renders the marks invisibly. Numbers stay bare so the
/// core still reads them as numbers for plural selection, and so do keyword-like values
/// (`en`, `in-progress`): messages select on those, and the marks would defeat the match.
fn isolated(args: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    args.iter()
        .map(|(k, v)| {
            let keyword = !v.is_empty()
                && v.starts_with(|c: char| c.is_ascii_lowercase())
                && v.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            let v = if keyword || v.parse::<f64>().is_ok() {
                v.clone()
            } else {
                format!("\u{2068}{v}\u{2069}")
            };
            (k.clone(), v)
        })
        .collect()
}

/// Negotiates the UI language from the tags the UI asks for (best first; the environment's
/// language when none), and says which way it is written.
#[tauri::command(async)]
pub fn ui_language(state: State<'_, AppState>, requested: Vec<String>) -> UiLanguageDto {
    state.note_command();
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    UiLanguageDto::of(&state.negotiate(&requested))
}
