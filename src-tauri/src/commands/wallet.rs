//! Creating, unlocking and inspecting the wallet. Passphrases arrive here, are used once and are
//! wiped; they never go back to the UI.

use crate::dto::WalletStatusDto;
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::Wallet;
use tauri::State;
use zeroize::Zeroizing;

/// Where the wallet is, whether it exists, is open and is protected. A wallet without a
/// passphrase is opened on sight.
#[tauri::command(async)]
pub fn wallet_status(state: State<'_, AppState>) -> Result<WalletStatusDto, IpcError> {
    state.note_command();
    state.open_if_unprotected()?;
    Ok(status(&state))
}

/// Creates the wallet, protected by `passphrase` when one is given (without one, the UI has
/// warned that anyone using this computer can read it).
#[tauri::command(async)]
pub fn create_wallet(
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> Result<WalletStatusDto, IpcError> {
    let passphrase = passphrase.map(Zeroizing::new);
    let wallet = Wallet::create(
        &state.wallet_path,
        passphrase.as_deref().map(|p| p.as_str()),
    )?;
    *state.wallet() = Some(wallet);
    Ok(status(&state))
}

/// Opens the existing wallet with its passphrase.
#[tauri::command(async)]
pub fn unlock_wallet(
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> Result<WalletStatusDto, IpcError> {
    let passphrase = passphrase.map(Zeroizing::new);
    let wallet = Wallet::open(
        &state.wallet_path,
        passphrase.as_deref().map(|p| p.as_str()),
    )?;
    *state.wallet() = Some(wallet);
    Ok(status(&state))
}

/// Checks the open wallet for damage. Kept off the way to the first page (on a big wallet it
/// takes longer than that page): the UI calls it once the first page is on screen. A damaged
/// wallet is closed, and the error names where its copy was kept; it was never written to.
#[tauri::command(async)]
pub fn check_wallet(state: State<'_, AppState>) -> Result<(), IpcError> {
    let checked = state.with_wallet(|w| Ok(w.check_integrity()))?;
    if let Err(erkend::Error::WalletDamaged { .. }) = &checked {
        *state.wallet() = None;
    }
    Ok(checked?)
}

/// The wallet's status as the UI sees it.
pub fn status(state: &AppState) -> WalletStatusDto {
    let slot = state.wallet();
    let exists = state.wallet_path.is_file();
    WalletStatusDto {
        path: state.wallet_path.display().to_string(),
        exists,
        unlocked: slot.is_some(),
        // A closed wallet that exists is encrypted: an unprotected one was opened on sight.
        encrypted: match slot.as_ref() {
            Some(w) => Some(w.is_encrypted()),
            None => exists.then_some(true),
        },
    }
}
