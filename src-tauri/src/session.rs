//! The per-learner vault session of the desktop shell: which vault (or kiosk guest session) is
//! open, and the auto-lock timer fed by the UI's activity reports.
//!
//! The timer itself is the core's [`IdleLock`]; the shell only keeps it and enforces it: every
//! command that reads the wallet first locks it when the learner has been away too long, and the
//! UI's periodic `vault_session` call does the same, so an abandoned window locks even when
//! nobody touches it. In the single-wallet mode (`ERKEND_WALLET` set) there is no session and
//! nothing here runs.

use crate::state::AppState;
use erkend::vaults::{IdleLock, KioskFolder, VaultCard};
use erkend::Wallet;
use std::sync::atomic::Ordering;
use std::sync::MutexGuard;
use std::time::Instant;

/// What is open in vault mode.
#[derive(Debug)]
pub struct VaultSession {
    /// The open vault's card (`None` when locked or in a kiosk session).
    pub card: Option<VaultCard>,
    /// The kiosk session's folder, removed when this is dropped (after the wallet).
    pub kiosk: Option<KioskFolder>,
    /// Locks the open vault after inactivity.
    pub idle: IdleLock,
    /// Whether a vault or kiosk session is open (and the idle timer running).
    pub open: bool,
}

impl VaultSession {
    /// Nothing open, with the timer set to `minutes`.
    pub fn closed(minutes: u32) -> VaultSession {
        VaultSession {
            card: None,
            kiosk: None,
            idle: IdleLock::new(minutes, Instant::now()),
            open: false,
        }
    }
}

impl AppState {
    /// The session slot (poisoned locks taken over, as for the wallet slot).
    pub fn session(&self) -> MutexGuard<'_, VaultSession> {
        self.session.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Opens `wallet` as the learner's session: the vault's `card`, or a kiosk `folder`.
    pub fn begin_session(
        &self,
        wallet: Wallet,
        card: Option<VaultCard>,
        folder: Option<KioskFolder>,
    ) {
        // Whatever was open before is closed first, so two learners never share a session.
        self.end_session();
        let minutes = self
            .vaults
            .as_ref()
            .map_or(erkend::vaults::DEFAULT_AUTO_LOCK_MINUTES, |v| {
                v.settings().auto_lock_minutes
            });
        *self.wallet() = Some(wallet);
        let mut session = self.session();
        session.card = card;
        session.kiosk = folder;
        session.idle = IdleLock::new(minutes, Instant::now());
        session.open = true;
    }

    /// Locks: closes the wallet, then (for a kiosk session) deletes its files.
    pub fn end_session(&self) {
        let folder = {
            *self.wallet() = None;
            let mut session = self.session();
            session.open = false;
            session.card = None;
            session.kiosk.take()
        };
        drop(folder);
    }

    /// Locks the session when the learner has been away longer than the auto-lock time.
    /// Returns whether it locked now.
    pub fn lock_if_idle(&self) -> bool {
        let expired = {
            let session = self.session();
            session.open && session.idle.expired(Instant::now())
        };
        if expired {
            self.end_session();
            self.locked_by_idle.store(true, Ordering::Relaxed);
        }
        expired
    }

    /// The learner did something in the window.
    pub fn note_activity(&self) {
        self.session().idle.touch(Instant::now());
    }
}
