//! The per-learner vault session of the desktop shell: keeps the core's [`Session`] (what is
//! open, the auto-lock rule) beside the wallet slot and applies its answers: the wallet is
//! closed before a kiosk session's folder is deleted. Every command that reads the wallet first
//! asks whether the session has to lock, and so does the UI's periodic `vault_session` call. In
//! the single-wallet mode (`ERKEND_WALLET` set) nothing is ever open here, so nothing locks.

use crate::state::AppState;
use erkend::vaults::{KioskFolder, Session, VaultCard};
use erkend::Wallet;
use std::sync::MutexGuard;
use std::time::Instant;

impl AppState {
    /// The session slot (poisoned locks taken over, as for the wallet slot).
    pub fn session(&self) -> MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The picker's auto-lock minutes (the default in the single-wallet mode).
    pub fn auto_lock_minutes(&self) -> u32 {
        self.vaults
            .as_ref()
            .map_or(erkend::vaults::DEFAULT_AUTO_LOCK_MINUTES, |v| {
                v.settings().auto_lock_minutes
            })
    }

    /// Opens `wallet` as the learner's session: the vault's `card`, or a kiosk `folder`.
    pub fn begin_session(
        &self,
        wallet: Wallet,
        card: Option<VaultCard>,
        folder: Option<KioskFolder>,
    ) {
        let minutes = self.auto_lock_minutes();
        let previous = {
            let mut slot = self.wallet();
            let previous = self.session().begin(card, folder, minutes, Instant::now());
            *slot = Some(wallet);
            previous
        };
        drop(previous);
    }

    /// Locks: closes the wallet, then (for a kiosk session) deletes its files.
    pub fn end_session(&self) {
        let folder = {
            *self.wallet() = None;
            self.session().end()
        };
        drop(folder);
    }

    /// Locks the session when the core's auto-lock rule says so. Returns whether it locked now.
    pub fn lock_if_idle(&self) -> bool {
        let Some(folder) = self.session().lock_if_idle(Instant::now()) else {
            return false;
        };
        *self.wallet() = None;
        drop(folder);
        true
    }

    /// The learner did something in the window.
    pub fn note_activity(&self) {
        self.session().touch(Instant::now());
    }
}
