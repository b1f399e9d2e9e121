//! The state every command shares, built once at start-up.
//!
//! Owns the wallet path, the open wallet (absent until it is created or unlocked) and the
//! localizer of the UI's current language. Locks are held only for the length of one core call.

use erkend::i18n::Localizer;
use erkend::store::EscoDb;
use erkend::vaults::{Startup, Vaults};
use erkend::{Error, Wallet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

/// Shared state of the desktop app.
#[derive(Debug)]
pub struct AppState {
    /// Where the wallet file is (or will be created).
    pub wallet_path: PathBuf,
    /// Where the read-only ESCO database is (built there on first use).
    pub esco_path: PathBuf,
    wallet: Mutex<Option<Wallet>>,
    esco: Mutex<Option<EscoDb>>,
    esco_done: AtomicUsize,
    esco_total: AtomicUsize,
    esco_stops: AtomicUsize,
    localizer: Mutex<Localizer>,
    started: Instant,
    first_command_seen: AtomicBool,
    report_startup: bool,
    /// The learners' vaults on this PC; `None` in the single-wallet mode (`ERKEND_WALLET`).
    pub vaults: Option<Vaults>,
    pub(crate) session: Mutex<erkend::vaults::Session>,
    /// How far "check online" is: `(done, total)`.
    pub(crate) online_done: AtomicUsize,
    pub(crate) online_total: AtomicUsize,
    /// Stops the running "check online" (each run puts its own flag here).
    pub(crate) online_cancel: Mutex<erkend::online::Cancel>,
}

impl AppState {
    /// State for a wallet at `wallet_path`, with the UI in the environment's language.
    pub fn new(wallet_path: PathBuf) -> AppState {
        AppState {
            wallet_path,
            esco_path: EscoDb::default_path(),
            wallet: Mutex::new(None),
            esco: Mutex::new(None),
            esco_done: AtomicUsize::new(0),
            esco_total: AtomicUsize::new(0),
            esco_stops: AtomicUsize::new(0),
            localizer: Mutex::new(Localizer::from_environment()),
            started: Instant::now(),
            first_command_seen: AtomicBool::new(false),
            report_startup: std::env::var_os("ERKEND_STARTUP_TIMING").is_some(),
            vaults: None,
            session: Mutex::new(erkend::vaults::Session::closed(
                erkend::vaults::DEFAULT_AUTO_LOCK_MINUTES,
                Instant::now(),
            )),
            online_done: AtomicUsize::new(0),
            online_total: AtomicUsize::new(0),
            online_cancel: Mutex::default(),
        }
    }

    /// State for the learners' vaults under `root`: the app starts at the profile picker.
    pub fn with_vaults(root: PathBuf) -> AppState {
        // No single wallet file in this mode: the path is the folder, which `wallet_status`
        // reports as absent and `create_wallet` refuses to overwrite.
        let mut state = AppState::new(root.clone());
        state.vaults = Some(Vaults::at(root));
        state
    }

    /// State from the environment: one wallet at `ERKEND_WALLET` (as the CLI reads it) when set,
    /// else the learners' vaults under `ERKEND_VAULTS` or the platform's vaults folder; a wallet
    /// from before vaults stays the one opened until a vault exists (`Startup::choose`).
    pub fn from_environment() -> AppState {
        let var = |name: &str| std::env::var_os(name).filter(|p| !p.is_empty());
        match Startup::choose(
            var("ERKEND_WALLET").map(PathBuf::from),
            var("ERKEND_VAULTS").map(PathBuf::from),
            &Wallet::default_path(),
            Vaults::default_root(),
        ) {
            Startup::Wallet(path) => AppState::new(path),
            Startup::Vaults(root) => AppState::with_vaults(root),
        }
    }

    /// The open wallet slot. A poisoned lock is taken over: the wallet's own transactions keep
    /// the file consistent, so a panic elsewhere must not lock the learner out.
    pub fn wallet(&self) -> MutexGuard<'_, Option<Wallet>> {
        self.wallet.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the open wallet, or fails with `wallet-locked` when none is open.
    pub fn with_wallet<T>(
        &self,
        f: impl FnOnce(&mut Wallet) -> erkend::Result<T>,
    ) -> Result<T, crate::ipc_error::IpcError> {
        self.lock_if_idle();
        let mut slot = self.wallet();
        let wallet = slot
            .as_mut()
            .ok_or_else(crate::ipc_error::IpcError::wallet_locked)?;
        Ok(f(wallet)?)
    }

    /// Runs `f` on the ESCO database, building it first when this is its first use (which takes
    /// a while: [`AppState::esco_progress`] reports how far it is).
    pub fn with_esco<T>(&self, f: impl FnOnce(&EscoDb) -> erkend::Result<T>) -> erkend::Result<T> {
        // Stops counted from here: one pressed while this call waited for the lock (another
        // call was building) stops it too, rather than starting a build no bar shows; one
        // pressed before it began does not.
        let stops_before = self.esco_stops.load(Ordering::SeqCst);
        let stopped = || self.esco_stops.load(Ordering::SeqCst) != stops_before;
        let mut slot = self.esco.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_none() {
            if stopped() {
                return Err(Error::EscoBuildStopped);
            }
            let built = EscoDb::open_or_build_until(
                &self.esco_path,
                &mut |done, total| {
                    self.esco_total.store(total, Ordering::Relaxed);
                    self.esco_done.store(done, Ordering::Relaxed);
                },
                &stopped,
            );
            if built.is_err() {
                // The progress bar starts from nothing on the next try.
                self.esco_done.store(0, Ordering::Relaxed);
                self.esco_total.store(0, Ordering::Relaxed);
            }
            *slot = Some(built?);
        }
        match slot.as_ref() {
            Some(db) => f(db),
            None => Err(Error::EscoData {
                detail: "not open".into(),
            }),
        }
    }

    /// Stops a running build of the ESCO database (the waiting command answers `esco-stopped`).
    pub fn stop_esco_build(&self) {
        self.esco_stops.fetch_add(1, Ordering::SeqCst);
    }

    /// How far building the ESCO database is: `(done, total)`; `(0, 0)` when nothing is built.
    pub fn esco_progress(&self) -> (usize, usize) {
        (
            self.esco_done.load(Ordering::Relaxed),
            self.esco_total.load(Ordering::Relaxed),
        )
    }

    /// The localizer for `lang`, rebuilt only when the language changes.
    pub fn localizer(&self, lang: &str) -> erkend::Result<MutexGuard<'_, Localizer>> {
        let mut current = self.localizer.lock().unwrap_or_else(|e| e.into_inner());
        if current.lang() != lang {
            *current = Localizer::for_tag(lang)?;
        }
        Ok(current)
    }

    /// Replaces the localizer with one negotiated from `requested` (best first).
    pub fn negotiate(&self, requested: &[&str]) -> MutexGuard<'_, Localizer> {
        let mut current = self.localizer.lock().unwrap_or_else(|e| e.into_inner());
        if !requested.is_empty() {
            *current = Localizer::new(requested);
        }
        current
    }

    /// Opens a wallet that has no passphrase as soon as it is seen, so the learner is not asked
    /// to "unlock" something that has no lock. Encrypted wallets stay closed.
    pub fn open_if_unprotected(&self) -> Result<(), Error> {
        let mut slot = self.wallet();
        if slot.is_some() || !self.wallet_path.is_file() {
            return Ok(());
        }
        match Wallet::open(&self.wallet_path, None) {
            Ok(w) => {
                *slot = Some(w);
                Ok(())
            }
            Err(Error::PassphraseRequired) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// With `ERKEND_STARTUP_TIMING` set, prints once how long after start the UI's first command
    /// arrived (the launch-to-interactive time the e2e run records).
    pub fn note_command(&self) {
        if self.report_startup && !self.first_command_seen.swap(true, Ordering::Relaxed) {
            eprintln!(
                "erkend-app: first command {} ms after start",
                self.started.elapsed().as_millis()
            );
        }
    }
}
