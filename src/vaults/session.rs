//! What is open on a shared PC in vault mode — one learner's vault, a kiosk (guest) session, or
//! nothing — and the auto-lock rule that closes it.
//!
//! The rule: an open session locks once the learner has done nothing for the picker's
//! auto-lock minutes ([`IdleLock`], clock passed in). The caller checks before every use of the
//! wallet and on the UI's periodic status call, so an abandoned window locks even when nobody
//! touches it; the UI is told once that the lock came from the timer. The wallet itself stays
//! with the caller (it is also used without vaults); ending a session hands back the kiosk
//! folder, which the caller drops only after closing the wallet inside it.

use super::{IdleLock, KioskFolder, VaultCard};
use std::time::Instant;

/// The vault session (see the module docs).
#[derive(Debug)]
pub struct Session {
    card: Option<VaultCard>,
    kiosk: Option<KioskFolder>,
    idle: IdleLock,
    locked_by_idle: bool,
}

impl Session {
    /// Nothing open, with the auto-lock set to `minutes`.
    pub fn closed(minutes: u32, now: Instant) -> Session {
        Session {
            card: None,
            kiosk: None,
            idle: IdleLock::new(minutes, now),
            locked_by_idle: false,
        }
    }

    /// Opens a session at `now`: a vault's `card`, or a kiosk `folder` (one of the two: a
    /// session is open exactly while it holds one), locking after `minutes`
    /// without activity. Returns the previous kiosk folder, if any (drop it once its wallet is
    /// closed): two learners never share a session.
    pub fn begin(
        &mut self,
        card: Option<VaultCard>,
        folder: Option<KioskFolder>,
        minutes: u32,
        now: Instant,
    ) -> Option<KioskFolder> {
        let previous = self.end();
        self.card = card;
        self.kiosk = folder;
        self.idle = IdleLock::new(minutes, now);
        previous
    }

    /// Ends the session; returns the kiosk folder to drop after its wallet is closed.
    pub fn end(&mut self) -> Option<KioskFolder> {
        self.card = None;
        self.kiosk.take()
    }

    /// Whether the session must lock at `now`; when it must, it is ended here (the caller then
    /// closes the wallet) and the UI will be told once, by [`Session::take_locked_by_idle`].
    pub fn lock_if_idle(&mut self, now: Instant) -> Option<Option<KioskFolder>> {
        if !(self.is_open() && self.idle.expired(now)) {
            return None;
        }
        self.locked_by_idle = true;
        Some(self.end())
    }

    /// True once after the timer locked the session.
    pub fn take_locked_by_idle(&mut self) -> bool {
        std::mem::take(&mut self.locked_by_idle)
    }

    /// The learner did something at `now`.
    pub fn touch(&mut self, now: Instant) {
        self.idle.touch(now);
    }

    /// Changes the auto-lock minutes; the time since the last activity still counts.
    pub fn set_minutes(&mut self, minutes: u32) {
        self.idle.set_minutes(minutes);
    }

    /// Restarts the auto-lock as if the last activity was at `at` (for tests that cannot wait
    /// minutes, and for a caller that restores a session).
    pub fn restart_idle(&mut self, minutes: u32, at: Instant) {
        self.idle = IdleLock::new(minutes, at);
    }

    /// The open vault's card (`None` when locked or in a kiosk session).
    pub fn card(&self) -> Option<&VaultCard> {
        self.card.as_ref()
    }

    /// True while a kiosk (guest) session is open.
    pub fn is_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// True while a vault or kiosk session is open.
    pub fn is_open(&self) -> bool {
        self.card.is_some() || self.kiosk.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn card(name: &str) -> VaultCard {
        serde_json::from_value(serde_json::json!({"id": name, "display_name": name})).expect("card")
    }

    #[test]
    fn an_open_session_locks_once_after_the_idle_minutes_and_says_so_once() {
        let t0 = Instant::now();
        let minute = Duration::from_secs(60);
        let mut s = Session::closed(10, t0);
        assert!(s.lock_if_idle(t0 + 60 * minute).is_none(), "nothing open");
        assert!(s.begin(Some(card("a")), None, 2, t0).is_none());
        assert_eq!(s.card().map(|c| c.id.as_str()), Some("a"));
        s.touch(t0 + minute);
        assert!(s.lock_if_idle(t0 + 2 * minute).is_none());
        assert!(s.lock_if_idle(t0 + 3 * minute).is_some());
        assert!(!s.is_open() && s.card().is_none());
        assert!(s.take_locked_by_idle());
        assert!(!s.take_locked_by_idle(), "told once");
        // Ended by hand: not an idle lock.
        s.begin(Some(card("b")), None, 2, t0);
        s.end();
        assert!(!s.take_locked_by_idle());
    }
}
