//! Locking, exports, backup and restore, re-verification. Paths are the ones the learner chose
//! on screen; passphrases are used once and wiped.

use crate::dto::{RestoreDto, VerdictDto, WalletStatusDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use std::path::PathBuf;
use tauri::{Manager, Runtime, State};
use zeroize::Zeroizing;

/// Closes the wallet: it needs its passphrase again before anything can be read (a kiosk
/// session's files are deleted).
#[tauri::command(async)]
pub fn lock_wallet(state: State<'_, AppState>) -> Result<WalletStatusDto, IpcError> {
    state.end_session();
    Ok(crate::commands::wallet::status(&state))
}

/// Writes a credential's original file, byte for byte, to `path`.
#[tauri::command(async)]
pub fn export_original(
    state: State<'_, AppState>,
    id: String,
    path: String,
) -> Result<String, IpcError> {
    let path = chosen(&path)?;
    state.with_wallet(|w| w.export_original(&id, &path))?;
    Ok(path.display().to_string())
}

/// Writes an encrypted backup of the whole wallet to `path`.
#[tauri::command(async)]
pub fn backup_wallet(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
) -> Result<String, IpcError> {
    let passphrase = Zeroizing::new(passphrase);
    let path = chosen(&path)?;
    state.with_wallet(|w| w.backup(&path, &passphrase))?;
    Ok(path.display().to_string())
}

/// Merges a backup file into the open wallet.
#[tauri::command(async)]
pub fn restore_wallet(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
) -> Result<RestoreDto, IpcError> {
    let passphrase = Zeroizing::new(passphrase);
    let path = chosen(&path)?;
    let counts = state.with_wallet(|w| w.restore(&path, &passphrase))?;
    Ok(RestoreDto {
        credentials: counts.credentials,
        duplicates: counts.duplicates,
    })
}

/// Verifies one credential again now (the UI walks the list, showing progress, and may stop).
#[tauri::command(async)]
pub fn reverify_credential(
    state: State<'_, AppState>,
    id: String,
) -> Result<Option<VerdictDto>, IpcError> {
    let stored = state.with_wallet(|w| {
        w.reverify_one(&id, chrono::Utc::now())?;
        w.show(&id)
    })?;
    Ok(stored.verdict.as_ref().map(VerdictDto::from))
}

/// The folder the save fields start in: the learner's Documents (else home) folder.
#[tauri::command(async)]
pub fn default_folder<R: Runtime>(app: tauri::AppHandle<R>) -> String {
    let paths = app.path();
    paths
        .document_dir()
        .or_else(|_| paths.home_dir())
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// A path typed or confirmed on screen: must be absolute, so nothing lands somewhere unseen.
pub(crate) fn chosen(path: &str) -> Result<PathBuf, IpcError> {
    let path = PathBuf::from(path.trim());
    if path.is_absolute() && path.file_name().is_some() {
        Ok(path)
    } else {
        Err(IpcError::bad_path(&path.display().to_string()))
    }
}
