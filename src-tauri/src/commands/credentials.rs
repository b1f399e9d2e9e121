//! Reading the stored credentials.

use crate::dto::{CredentialDetailDto, CredentialSummaryDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use tauri::State;

/// Every stored credential, newest first.
#[tauri::command(async)]
pub fn list_credentials(state: State<'_, AppState>) -> Result<Vec<CredentialSummaryDto>, IpcError> {
    let stored = state.with_wallet(|w| w.list())?;
    Ok(stored.iter().map(CredentialSummaryDto::from).collect())
}

/// One stored credential with its latest verdict and the SHA-256 of its original bytes.
#[tauri::command(async)]
pub fn show_credential(
    state: State<'_, AppState>,
    id: String,
) -> Result<CredentialDetailDto, IpcError> {
    let (stored, image) = state.with_wallet(|w| {
        let stored = w.show(&id)?;
        let image = w.image_data_uri(&stored)?;
        Ok((stored, image))
    })?;
    Ok(CredentialDetailDto::new(&stored, image))
}
