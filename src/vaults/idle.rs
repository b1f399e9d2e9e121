//! Auto-lock after inactivity, and the picker's settings that apply to every vault on this PC.
//!
//! [`IdleLock`] is a pure timer: the caller says when the learner last did something and asks
//! whether the wallet should be locked now, passing the clock in, so it is tested without
//! sleeping. [`PickerSettings`] live beside the vaults in `settings.json` — plain text, because
//! they hold nothing about any learner (only how many minutes of inactivity lock a vault).

use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::time::{Duration, Instant};

/// Fewest minutes of inactivity before a vault locks itself.
pub const MIN_AUTO_LOCK_MINUTES: u32 = 1;
/// Most minutes: a shared PC must never keep a vault open indefinitely.
pub const MAX_AUTO_LOCK_MINUTES: u32 = 120;
/// The default: long enough to read a credential, short enough for a walk-away.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;
const SETTINGS_FILE: &str = "settings.json";
/// Largest settings file read back, in bytes.
const MAX_SETTINGS_BYTES: u64 = 4096;

/// Locks after a stretch without activity.
#[derive(Debug, Clone, Copy)]
pub struct IdleLock {
    after: Duration,
    last: Instant,
}

impl IdleLock {
    /// A timer that fires `minutes` after the last activity, counting from `now`.
    pub fn new(minutes: u32, now: Instant) -> IdleLock {
        IdleLock {
            after: Duration::from_secs(u64::from(minutes) * 60),
            last: now,
        }
    }

    /// The learner did something at `now` (a key press, a click, a command).
    pub fn touch(&mut self, now: Instant) {
        // Activity reports can arrive out of order (the UI sends them asynchronously).
        self.last = self.last.max(now);
    }

    /// Changes the time without activity that locks; the count since the last activity stays.
    pub fn set_minutes(&mut self, minutes: u32) {
        self.after = Duration::from_secs(u64::from(minutes) * 60);
    }

    /// Whether the wallet must be locked at `now`.
    pub fn expired(&self, now: Instant) -> bool {
        now.saturating_duration_since(self.last) >= self.after
    }

    /// Time left before it locks (zero once expired).
    pub fn remaining(&self, now: Instant) -> Duration {
        self.after
            .saturating_sub(now.saturating_duration_since(self.last))
    }
}

/// Settings of the picker, shared by every vault on this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickerSettings {
    /// Minutes without activity after which an open vault locks itself.
    pub auto_lock_minutes: u32,
}

impl Default for PickerSettings {
    fn default() -> PickerSettings {
        PickerSettings {
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
        }
    }
}

impl PickerSettings {
    /// Settings with `minutes` of auto-lock, refused outside the allowed range.
    pub fn with_auto_lock(minutes: u32) -> Result<PickerSettings> {
        if !(MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES).contains(&minutes) {
            return Err(Error::AutoLockInvalid {
                min: MIN_AUTO_LOCK_MINUTES,
                max: MAX_AUTO_LOCK_MINUTES,
            });
        }
        Ok(PickerSettings {
            auto_lock_minutes: minutes,
        })
    }

    /// The settings in `root`; the defaults when there are none or they are damaged (a damaged
    /// file must not keep anyone out of their vault, and the defaults are the safe choice).
    pub fn read(root: &Path) -> PickerSettings {
        let path = root.join(SETTINGS_FILE);
        let small = std::fs::metadata(&path).is_ok_and(|m| m.len() <= MAX_SETTINGS_BYTES);
        let read = small
            .then(|| std::fs::read(&path).ok())
            .flatten()
            .and_then(|bytes| serde_json::from_slice::<PickerSettings>(&bytes).ok())
            .and_then(|s| PickerSettings::with_auto_lock(s.auto_lock_minutes).ok());
        read.unwrap_or_default()
    }

    /// Saves the settings in `root`.
    pub fn write(&self, root: &Path) -> Result<()> {
        std::fs::create_dir_all(root)?;
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| Error::Usage {
            detail: format!("picker settings: {e}"),
        })?;
        crate::wallet::write_atomically(&root.join(SETTINGS_FILE), &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_only_after_the_whole_stretch_without_activity() {
        let t0 = Instant::now();
        let mut lock = IdleLock::new(10, t0);
        let minute = Duration::from_secs(60);
        assert!(!lock.expired(t0 + 9 * minute));
        lock.touch(t0 + 9 * minute);
        assert!(!lock.expired(t0 + 18 * minute));
        assert_eq!(lock.remaining(t0 + 18 * minute), minute);
        // A late report of older activity does not push the deadline back.
        lock.touch(t0 + minute);
        assert!(lock.expired(t0 + 19 * minute));
        lock.set_minutes(1);
        assert!(lock.expired(t0 + 10 * minute));
        assert_eq!(lock.remaining(t0 + 30 * minute), Duration::ZERO);
    }

    #[test]
    fn settings_are_bounded_and_fall_back_to_defaults() {
        assert!(PickerSettings::with_auto_lock(0).is_err());
        assert!(PickerSettings::with_auto_lock(121).is_err());
        let dir = tempfile::tempdir().expect("tmp");
        assert_eq!(PickerSettings::read(dir.path()), PickerSettings::default());
        let five = PickerSettings::with_auto_lock(5).expect("valid");
        five.write(dir.path()).expect("write");
        assert_eq!(PickerSettings::read(dir.path()), five);
        std::fs::write(
            dir.path().join(SETTINGS_FILE),
            br#"{"auto_lock_minutes":0}"#,
        )
        .expect("write");
        assert_eq!(PickerSettings::read(dir.path()), PickerSettings::default());
    }
}
