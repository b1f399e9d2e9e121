//! The profile picker and lock (per-learner vaults, a kiosk guest session, switch user,
//! auto-lock) and "check online". Each command calls the core (`erkend::vaults`,
//! `erkend::online::check`); passphrases are used once and wiped, never sent back.

use crate::dto::{ProgressDto, VerdictDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::online::check::{self, Answer, OnlineCheck};
use erkend::online::{Cancel, Fetcher};
use erkend::vaults::{Kiosk, PickerSettings, VaultCard, Vaults};
use serde::Serialize;
use std::sync::atomic::Ordering;
use tauri::State;
use zeroize::Zeroizing;

/// A vault as the picker shows it: only what its learner chose to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VaultCardDto {
    /// The vault's random id.
    pub id: String,
    /// The name the learner chose to show ("" = none).
    pub display_name: String,
    /// The card's picture: the chosen avatar, else initials, else "" (a neutral icon).
    pub picture: String,
}

impl From<&VaultCard> for VaultCardDto {
    fn from(c: &VaultCard) -> VaultCardDto {
        VaultCardDto {
            id: c.id.clone(),
            display_name: c.display_name.clone(),
            picture: c.picture(),
        }
    }
}

/// What is open, and how the picker behaves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VaultSessionDto {
    /// True when the app runs with learners' vaults (false: one wallet, `ERKEND_WALLET`).
    pub vaults: bool,
    /// The open vault (`None` when locked or in a kiosk session).
    pub open: Option<VaultCardDto>,
    /// True while a kiosk (guest) session is open.
    pub kiosk: bool,
    /// Minutes without activity that lock an open vault.
    pub auto_lock_minutes: u32,
    /// True once after the idle timer locked the session (the UI says why it is back).
    pub locked_by_idle: bool,
}

/// One document behind a check, and how old the answer now kept for it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerDto {
    /// The URL as the credential or trust list names it.
    pub url: String,
    /// Why it could not be fetched now (`None`: fetched now).
    pub error: Option<IpcError>,
    /// When the kept answer was fetched (RFC 3339), if any answer is kept.
    pub fetched_at: Option<String>,
    /// That age as it is said, decided by the core: the UI only translates it.
    pub age: AgeDto,
}

/// An answer's age: the Fluent message and its count (`$n`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgeDto {
    /// The message id (`online-age-days`, ...).
    pub id: &'static str,
    /// The number it counts, if any.
    pub n: Option<i64>,
}

/// One credential checked online.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckedCredentialDto {
    /// The wallet's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Each document its checks needed.
    pub answers: Vec<AnswerDto>,
    /// Its verdict after verifying it again.
    pub verdict: Option<VerdictDto>,
}

/// The result of "check online".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OnlineCheckDto {
    /// When the check ran (RFC 3339).
    pub checked_at: String,
    /// Trust lists checked for newer versions.
    pub lists: Vec<AnswerDto>,
    /// Credentials checked (those needing nothing online are not listed).
    pub credentials: Vec<CheckedCredentialDto>,
    /// True when the learner stopped the check before it was done.
    pub cancelled: bool,
}

fn answer(a: &Answer) -> AnswerDto {
    AnswerDto {
        url: a.url.clone(),
        error: a.error.as_ref().map(|e| IpcError {
            code: e.code().to_string(),
            args: e.args(),
        }),
        fetched_at: a.fetched_at.map(erkend::wallet::now_rfc3339),
        age: AgeDto {
            id: a.age.message_id(),
            n: a.age.count(),
        },
    }
}

impl From<&OnlineCheck> for OnlineCheckDto {
    fn from(c: &OnlineCheck) -> OnlineCheckDto {
        OnlineCheckDto {
            checked_at: erkend::wallet::now_rfc3339(c.at),
            lists: c.lists.iter().map(answer).collect(),
            credentials: c
                .credentials
                .iter()
                .map(|k| CheckedCredentialDto {
                    id: k.id.clone(),
                    name: k.name.clone(),
                    answers: k.answers.iter().map(answer).collect(),
                    verdict: k.verdict.as_ref().map(VerdictDto::from),
                })
                .collect(),
            cancelled: c.cancelled,
        }
    }
}

/// The vaults, or `bad-request` in the single-wallet mode.
fn vaults(state: &AppState) -> Result<&Vaults, IpcError> {
    state
        .vaults
        .as_ref()
        .ok_or_else(|| IpcError::bad_request("vaults"))
}

/// The session as the UI sees it. Also enforces the auto-lock.
pub fn session(state: &AppState) -> VaultSessionDto {
    state.lock_if_idle();
    let minutes = state.auto_lock_minutes();
    let mut session = state.session();
    VaultSessionDto {
        vaults: state.vaults.is_some(),
        open: session.card().map(VaultCardDto::from),
        kiosk: session.is_kiosk(),
        auto_lock_minutes: minutes,
        locked_by_idle: session.take_locked_by_idle(),
    }
}

/// Where the app stands: vault mode or not, what is open, the auto-lock time. The UI calls it
/// at start and every few seconds while a vault is open, which also locks an abandoned one.
#[tauri::command(async)]
pub fn vault_session(state: State<'_, AppState>) -> VaultSessionDto {
    state.note_command();
    session(&state)
}

/// The cards of every vault on this computer.
#[tauri::command(async)]
pub fn list_vaults(state: State<'_, AppState>) -> Result<Vec<VaultCardDto>, IpcError> {
    Ok(vaults(&state)?
        .list()?
        .iter()
        .map(VaultCardDto::from)
        .collect())
}

/// Creates a vault with its own passphrase and opens it.
#[tauri::command(async)]
pub fn create_vault(
    state: State<'_, AppState>,
    display_name: String,
    avatar: String,
    passphrase: String,
) -> Result<VaultSessionDto, IpcError> {
    let passphrase = Zeroizing::new(passphrase);
    let (card, wallet) = vaults(&state)?.create(&display_name, &avatar, &passphrase)?;
    state.begin_session(wallet, Some(card), None);
    Ok(session(&state))
}

/// Opens vault `id` with its passphrase.
#[tauri::command(async)]
pub fn unlock_vault(
    state: State<'_, AppState>,
    id: String,
    passphrase: String,
) -> Result<VaultSessionDto, IpcError> {
    let passphrase = Zeroizing::new(passphrase);
    let vaults = vaults(&state)?;
    let card = vaults.card(&id)?;
    let wallet = vaults.open(&id, &passphrase)?;
    state.begin_session(wallet, Some(card), None);
    Ok(session(&state))
}

/// Starts a guest session that leaves nothing behind when it ends.
#[tauri::command(async)]
pub fn start_kiosk(state: State<'_, AppState>) -> Result<VaultSessionDto, IpcError> {
    vaults(&state)?;
    let (wallet, folder) = Kiosk::start()?.split();
    state.begin_session(wallet, None, Some(folder));
    Ok(session(&state))
}

/// Locks the open vault (a kiosk session's files are deleted) and goes back to the picker.
#[tauri::command(async)]
pub fn switch_user(state: State<'_, AppState>) -> VaultSessionDto {
    state.end_session();
    session(&state)
}

/// The learner did something in the window: the auto-lock counts from now.
#[tauri::command(async)]
pub fn note_activity(state: State<'_, AppState>) {
    state.note_activity();
}

/// Sets the minutes without activity that lock a vault (for every vault on this computer).
#[tauri::command(async)]
pub fn set_auto_lock(
    state: State<'_, AppState>,
    minutes: u32,
) -> Result<VaultSessionDto, IpcError> {
    let settings = PickerSettings::with_auto_lock(minutes)?;
    vaults(&state)?.set_settings(&settings)?;
    state.session().set_minutes(minutes);
    Ok(session(&state))
}

/// Goes online, now and only now, for credential `id` (or, without one, every credential and
/// the installed trust lists), then verifies them again. Without a network: `offline`, and
/// nothing changed.
#[tauri::command(async)]
pub fn check_online(
    state: State<'_, AppState>,
    id: Option<String>,
) -> Result<OnlineCheckDto, IpcError> {
    state.online_done.store(0, Ordering::Relaxed);
    state.online_total.store(0, Ordering::Relaxed);
    let cancel = Cancel::default();
    if let Ok(mut current) = state.online_cancel.lock() {
        *current = cancel.clone();
    }
    // reqwest's blocking client must not run on an async runtime's thread: a plain one it is.
    let state: &AppState = &state;
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let fetcher = Fetcher::new()?.with_cancel(cancel);
                let checked = state.with_wallet(|w| {
                    check::check_online(w, id.as_deref(), &fetcher, &mut |done, total| {
                        state.online_total.store(total, Ordering::Relaxed);
                        state.online_done.store(done, Ordering::Relaxed);
                    })
                })?;
                Ok(OnlineCheckDto::from(&checked))
            })
            .join()
            .unwrap_or_else(|_| Err(IpcError::bad_request("check-online")))
    })
}

/// Stops the running "check online" (no-op when none runs): it returns at once with
/// `cancelled`, keeping what it fetched whole and dated.
#[tauri::command(async)]
pub fn cancel_check_online(state: State<'_, AppState>) {
    if let Ok(current) = state.online_cancel.lock() {
        current.cancel();
    }
}

/// How far "check online" is.
#[tauri::command(async)]
pub fn check_online_progress(state: State<'_, AppState>) -> ProgressDto {
    ProgressDto {
        done: state.online_done.load(Ordering::Relaxed),
        total: state.online_total.load(Ordering::Relaxed),
    }
}
