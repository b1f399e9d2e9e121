//! Per-learner vaults on one shared PC, and the kiosk vault that leaves nothing behind.
//!
//! Each learner's wallet is its own encrypted file in its own folder under the vaults root:
//! `<root>/<vault-id>/wallet.db` plus `card.json`, the only thing stored in plain form — the
//! display name and avatar the learner chose to show on the profile picker (both may be left
//! empty: the picker then shows a neutral "learner" card). Nothing else about a vault can be
//! read without its passphrase; removing or renaming a vault needs the passphrase too, so one
//! person at a shared PC cannot erase another's proofs.
//!
//! The kiosk (guest) vault lives in a private folder in memory-backed storage where there is
//! one (`/dev/shm`), is encrypted with a random key that only this process holds, and is deleted
//! when it is closed; leftovers of a crashed kiosk session are unreadable and swept at the next
//! start.

mod idle;
mod session;

pub use session::Session;

pub use idle::{
    IdleLock, PickerSettings, DEFAULT_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
};

use crate::{Error, Result, Wallet};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Longest display name accepted on a card, in characters.
const MAX_NAME_CHARS: usize = 60;
/// Longest avatar (an emoji or a few letters), in characters.
const MAX_AVATAR_CHARS: usize = 8;
/// Largest card file read back, in bytes (it is plain text others could have put there).
const MAX_CARD_BYTES: u64 = 4096;
const CARD_FILE: &str = "card.json";
const WALLET_FILE: &str = "wallet.db";
const KIOSK_PREFIX: &str = "erkend-kiosk-";

/// What the profile picker shows of a vault: only what its learner chose to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultCard {
    /// The vault's folder name: random, says nothing about the learner.
    pub id: String,
    /// The name the learner chose to show ("" = show nothing).
    #[serde(default)]
    pub display_name: String,
    /// An emoji or initials ("" = a neutral icon).
    #[serde(default)]
    pub avatar: String,
}

impl VaultCard {
    /// What the picker shows as the card's picture: the chosen avatar, else the initials of the
    /// display name (first letters of its first two words), else nothing (a neutral icon).
    pub fn picture(&self) -> String {
        if !self.avatar.is_empty() {
            return self.avatar.clone();
        }
        self.display_name
            .split_whitespace()
            .take(2)
            .filter_map(|word| word.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    }
}

/// The folder that holds the vaults of every learner on this computer.
#[derive(Debug, Clone)]
pub struct Vaults {
    root: PathBuf,
}

/// What the desktop app opens at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Startup {
    /// One wallet file, no profile picker (`ERKEND_WALLET`, or a wallet from before vaults).
    Wallet(PathBuf),
    /// The profile picker over the vaults in this folder.
    Vaults(PathBuf),
}

impl Startup {
    /// Chooses from the environment's `ERKEND_WALLET` and `ERKEND_VAULTS` (either may be unset),
    /// the single wallet earlier versions of the app kept at `legacy_wallet`, and the platform's
    /// `default_root` for vaults. A legacy wallet is opened as before for as long as no vault
    /// exists beside it: a learner who upgrades must find their proofs, not an empty picker.
    pub fn choose(
        wallet_env: Option<PathBuf>,
        vaults_env: Option<PathBuf>,
        legacy_wallet: &Path,
        default_root: PathBuf,
    ) -> Startup {
        if let Some(wallet) = wallet_env {
            return Startup::Wallet(wallet);
        }
        if let Some(root) = vaults_env {
            return Startup::Vaults(root);
        }
        let no_vaults = Vaults::at(default_root.clone())
            .list()
            .is_ok_and(|cards| cards.is_empty());
        if no_vaults && legacy_wallet.is_file() {
            Startup::Wallet(legacy_wallet.to_path_buf())
        } else {
            Startup::Vaults(default_root)
        }
    }
}

impl Vaults {
    /// The vaults under `root` (created on first use).
    pub fn at(root: impl Into<PathBuf>) -> Vaults {
        Vaults { root: root.into() }
    }

    /// The platform's vaults folder (`~/.local/share/erkend/vaults` on Linux).
    pub fn default_root() -> PathBuf {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("erkend")
            .join("vaults")
    }

    /// The folder the vaults are in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The picker's settings (auto-lock), shared by every vault here.
    pub fn settings(&self) -> PickerSettings {
        PickerSettings::read(&self.root)
    }

    /// Saves the picker's settings.
    pub fn set_settings(&self, settings: &PickerSettings) -> Result<()> {
        settings.write(&self.root)
    }

    /// The card of vault `id`, which must exist.
    pub fn card(&self, id: &str) -> Result<VaultCard> {
        self.wallet_path(id)?;
        Ok(read_card(&self.root.join(id), id))
    }

    /// Every vault's card, ordered by display name (then id). Folders without a readable card
    /// are still listed, with an empty card, so no wallet ever disappears from the picker.
    pub fn list(&self) -> Result<Vec<VaultCard>> {
        let entries = match std::fs::read_dir(&self.root) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e.into()),
        };
        let mut cards = Vec::new();
        for entry in entries {
            let entry = entry?;
            let Some(id) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if !is_vault_id(&id) || !entry.path().join(WALLET_FILE).is_file() {
                continue;
            }
            cards.push(read_card(&entry.path(), &id));
        }
        cards.sort_by(|a, b| {
            (a.display_name.to_lowercase(), &a.id).cmp(&(b.display_name.to_lowercase(), &b.id))
        });
        Ok(cards)
    }

    /// Creates a new vault with its own passphrase and the card its learner chose. An empty
    /// passphrase is refused: on a shared PC it would leave the vault open to everyone.
    pub fn create(
        &self,
        display_name: &str,
        avatar: &str,
        passphrase: &str,
    ) -> Result<(VaultCard, Wallet)> {
        if passphrase.is_empty() {
            return Err(Error::PassphraseRequired);
        }
        let card = VaultCard {
            id: new_vault_id()?,
            display_name: checked(display_name, MAX_NAME_CHARS, "display-name")?,
            avatar: checked(avatar, MAX_AVATAR_CHARS, "avatar")?,
        };
        let dir = self.root.join(&card.id);
        std::fs::create_dir_all(&self.root)?;
        create_private_dir(&dir)?;
        let created = Wallet::create(&dir.join(WALLET_FILE), Some(passphrase))
            .and_then(|wallet| write_card(&dir, &card).map(|()| wallet));
        match created {
            Ok(wallet) => Ok((card, wallet)),
            Err(e) => {
                let _ = std::fs::remove_dir_all(&dir);
                Err(e)
            }
        }
    }

    /// Opens a vault with its passphrase.
    pub fn open(&self, id: &str, passphrase: &str) -> Result<Wallet> {
        Wallet::open(&self.wallet_path(id)?, Some(passphrase))
    }

    /// Changes what the picker shows; proves the passphrase first.
    pub fn update_card(
        &self,
        id: &str,
        passphrase: &str,
        display_name: &str,
        avatar: &str,
    ) -> Result<VaultCard> {
        drop(self.open(id, passphrase)?);
        let card = VaultCard {
            id: id.to_owned(),
            display_name: checked(display_name, MAX_NAME_CHARS, "display-name")?,
            avatar: checked(avatar, MAX_AVATAR_CHARS, "avatar")?,
        };
        write_card(&self.root.join(id), &card)?;
        Ok(card)
    }

    /// Deletes a vault for good; proves the passphrase first.
    pub fn remove(&self, id: &str, passphrase: &str) -> Result<()> {
        drop(self.open(id, passphrase)?);
        std::fs::remove_dir_all(self.root.join(id))?;
        Ok(())
    }

    /// The wallet file of vault `id`, which must exist.
    pub fn wallet_path(&self, id: &str) -> Result<PathBuf> {
        let path = self.root.join(id).join(WALLET_FILE);
        if !is_vault_id(id) || !path.is_file() {
            return Err(Error::VaultNotFound { id: id.to_owned() });
        }
        Ok(path)
    }
}

/// A guest wallet that leaves nothing behind: encrypted with a random key held only by this
/// value, in a private folder that is deleted when the value is dropped.
#[derive(Debug)]
pub struct Kiosk {
    folder: Option<KioskFolder>,
    wallet: Option<Wallet>,
}

/// A kiosk session's folder, removed when this value is dropped. Held apart from the wallet by
/// callers that keep the wallet with their other wallets ([`Kiosk::split`]); drop the wallet
/// first so the database is closed before its files go.
#[derive(Debug)]
pub struct KioskFolder {
    dir: PathBuf,
}

impl KioskFolder {
    /// Where the session's files are.
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for KioskFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Kiosk {
    /// Starts a kiosk session, first sweeping what a crashed earlier session left behind.
    pub fn start() -> Result<Kiosk> {
        let base = kiosk_base();
        sweep_kiosk_leftovers(&base);
        let mut suffix = [0u8; 16];
        getrandom::getrandom(&mut suffix).map_err(|_| Error::NoRandomness)?;
        let dir = base.join(format!("{KIOSK_PREFIX}{}", hex::encode(suffix)));
        create_private_dir(&dir)?;
        let mut key = Zeroizing::new([0u8; 32]);
        getrandom::getrandom(key.as_mut()).map_err(|_| Error::NoRandomness)?;
        let passphrase = Zeroizing::new(hex::encode(key.as_slice()));
        match Wallet::create(&dir.join(WALLET_FILE), Some(&passphrase)) {
            Ok(wallet) => Ok(Kiosk {
                folder: Some(KioskFolder { dir }),
                wallet: Some(wallet),
            }),
            Err(e) => {
                let _ = std::fs::remove_dir_all(&dir);
                Err(e)
            }
        }
    }

    /// The guest's wallet.
    pub fn wallet(&mut self) -> &mut Wallet {
        match &mut self.wallet {
            Some(wallet) => wallet,
            None => unreachable!("the wallet is taken only in drop"),
        }
    }

    /// Where the session's files are (for tests that check they are gone).
    pub fn folder(&self) -> &Path {
        match &self.folder {
            Some(folder) => folder.path(),
            None => unreachable!("the folder is taken only in drop or split"),
        }
    }

    /// The wallet and the folder guard, for a caller that keeps the wallet in its own slot.
    pub fn split(mut self) -> (Wallet, KioskFolder) {
        match (self.wallet.take(), self.folder.take()) {
            (Some(wallet), Some(folder)) => (wallet, folder),
            _ => unreachable!("both are present until drop or split"),
        }
    }
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        // Close the database before its files go.
        self.wallet.take();
        self.folder.take();
    }
}

/// Memory-backed storage where the system has it, else the temporary folder.
fn kiosk_base() -> PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    }
}

/// Removes kiosk folders of sessions that ended without cleaning up (their key died with
/// them, so they are unreadable anyway).
fn sweep_kiosk_leftovers(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        // Another user's leftovers are not ours to judge: the sticky bit of /dev/shm and /tmp
        // makes their removal fail, which is ignored.
        if !name.starts_with(KIOSK_PREFIX) {
            continue;
        }
        // A session that is still running holds its wallet open; a folder younger than a
        // minute may be such a session that just started, so leave those.
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 60);
        if old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    Ok(())
}

fn new_vault_id() -> Result<String> {
    let mut id = [0u8; 8];
    getrandom::getrandom(&mut id).map_err(|_| Error::NoRandomness)?;
    Ok(hex::encode(id))
}

fn is_vault_id(id: &str) -> bool {
    id.len() == 16
        && id
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// Trims, refuses control characters and overlong values.
fn checked(value: &str, max_chars: usize, field: &'static str) -> Result<String> {
    let value = value.trim();
    if value.chars().count() > max_chars || value.chars().any(char::is_control) {
        return Err(Error::VaultCardInvalid { field, max_chars });
    }
    Ok(value.to_owned())
}

fn write_card(dir: &Path, card: &VaultCard) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(card).map_err(|e| Error::Usage {
        detail: format!("vault card: {e}"),
    })?;
    crate::wallet::write_atomically(&dir.join(CARD_FILE), &bytes)
}

/// The card in `dir`, or an empty one when it is missing, damaged or oversized: the vault must
/// stay reachable even if its card is not.
fn read_card(dir: &Path, id: &str) -> VaultCard {
    let empty = VaultCard {
        id: id.to_owned(),
        display_name: String::new(),
        avatar: String::new(),
    };
    let path = dir.join(CARD_FILE);
    let small = std::fs::metadata(&path).is_ok_and(|m| m.len() <= MAX_CARD_BYTES);
    if !small {
        return empty;
    }
    let Ok(bytes) = std::fs::read(&path) else {
        return empty;
    };
    match serde_json::from_slice::<VaultCard>(&bytes) {
        Ok(card) => VaultCard {
            id: id.to_owned(),
            display_name: checked(&card.display_name, MAX_NAME_CHARS, "display-name")
                .unwrap_or_default(),
            avatar: checked(&card.avatar, MAX_AVATAR_CHARS, "avatar").unwrap_or_default(),
        },
        Err(_) => empty,
    }
}
