//! Sharing proofs and verifying them: the codes of chosen credentials as images, the printed
//! sheet described and saved where the learner says, and a proof file the learner opened
//! verified offline. The opened file travels as the raw IPC body (as on import), so the app needs
//! no file-system or dialog capability.

use crate::commands::import::sent_file;
use crate::commands::settings::chosen;
use crate::dto::{FoundProofDto, SavedProofDto, SharedCredentialDto, SheetDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::proof::share;
use tauri::ipc::Request;
use tauri::State;

/// The QR codes of the chosen credentials, as images.
#[tauri::command(async)]
pub fn share_codes(
    state: State<'_, AppState>,
    ids: Vec<String>,
) -> Result<Vec<SharedCredentialDto>, IpcError> {
    let shared = state.with_wallet(|w| share::codes(w, &ids))?;
    Ok(shared.into_iter().map(SharedCredentialDto::from).collect())
}

/// Builds the printed sheet of the chosen credentials in `lang` and `second_lang` and says how
/// many pages it has.
#[tauri::command(async)]
pub fn share_sheet(
    state: State<'_, AppState>,
    ids: Vec<String>,
    lang: String,
    second_lang: Option<String>,
) -> Result<SheetDto, IpcError> {
    let sheet = state.with_wallet(|w| share::sheet(w, &ids, &lang, second_lang.as_deref()))?;
    Ok(SheetDto {
        pages: sheet.pages,
        lang: sheet.lang,
        second_lang: sheet.second_lang,
    })
}

/// Writes the proof of the chosen credentials to `path` (`.pdf` sheet, `.png` codes, `.txt`).
#[tauri::command(async)]
pub fn save_proof(
    state: State<'_, AppState>,
    ids: Vec<String>,
    path: String,
    lang: String,
    second_lang: Option<String>,
) -> Result<SavedProofDto, IpcError> {
    let path = chosen(&path)?;
    let pages =
        state.with_wallet(|w| share::save(w, &ids, &path, &lang, second_lang.as_deref()))?;
    Ok(SavedProofDto {
        path: path.display().to_string(),
        pages,
    })
}

/// Verifies every proof in an opened file (bytes as the body, its name in `x-file-name`). Needs
/// no open wallet: an employer can check a proof on any copy of the app.
#[tauri::command(async)]
pub fn verify_proof(request: Request<'_>) -> Result<Vec<FoundProofDto>, IpcError> {
    let (bytes, name) = sent_file(&request)?;
    let found = share::verify_opened(&name.unwrap_or_default(), bytes, chrono::Utc::now())?;
    Ok(found.into_iter().map(FoundProofDto::from).collect())
}
