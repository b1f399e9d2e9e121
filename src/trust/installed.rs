//! Installed trust lists and the keys the user accepted for them.
//!
//! A list is installed only when its signer is Erkend's own pinned key or a key the user
//! accepted — either earlier (recorded in `accepted-keys.json` with the date and the list it
//! came with) or now, by naming it explicitly (`erkend trust add FILE --accept-key KEY`). The
//! original bytes are kept, and every list is checked again (signature and validity) each time
//! it is loaded, so a file changed on disk afterwards is ignored, never trusted.

use super::list::{self, TrustList};
use super::public::{read_file, stamp, write_file, PublicDir};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// The public key of Erkend's own trust list (Ed25519 Multikey), pinned in the app: lists it
/// signs install without asking.
pub const PINNED_KEYS: &[&str] = &["z6MknZLg3b7oiuNemygFNieM36dkmj8CApsH6HABp5XR6uTf"];

/// A key the user accepted for trust lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AcceptedKey {
    /// The Multikey.
    pub key: String,
    /// When it was accepted (RFC 3339).
    pub accepted_at: String,
    /// The name of the list it was accepted with (English or first).
    pub list_name: String,
}

/// One installed list as loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct InstalledList {
    /// SHA-256 (hex) of its bytes: its id on this computer.
    pub sha256: String,
    /// The verified list.
    pub list: TrustList,
    /// True when signed by Erkend's pinned key.
    pub pinned: bool,
}

/// The installed lists of one public-data folder.
#[derive(Debug, Clone)]
pub struct Installed {
    dir: PathBuf,
}

impl Installed {
    /// The lists of a public-data folder.
    pub fn new(public: &PublicDir) -> Installed {
        Installed {
            dir: public.lists_dir(),
        }
    }

    fn accepted_path(&self) -> PathBuf {
        self.dir.join("accepted-keys.json")
    }

    /// The keys the user accepted, oldest first.
    pub fn accepted_keys(&self) -> Result<Vec<AcceptedKey>> {
        Ok(read_file(&self.accepted_path())?
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default())
    }

    /// True when lists signed by `key` may be installed.
    pub fn is_accepted(&self, key: &str) -> Result<bool> {
        Ok(PINNED_KEYS.contains(&key) || self.accepted_keys()?.iter().any(|k| k.key == key))
    }

    /// Verifies and installs a list. `accept_key`, when given, is the key the user explicitly
    /// accepts for this list; it must be the list's signer. Returns the installed list.
    pub fn install(
        &self,
        bytes: &[u8],
        accept_key: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<InstalledList> {
        let list = list::open(bytes, at)?;
        let known = self.is_accepted(&list.signer)?;
        match accept_key {
            _ if known => {}
            Some(key) if key == list.signer => {
                let mut keys = self.accepted_keys()?;
                keys.push(AcceptedKey {
                    key: key.to_string(),
                    accepted_at: stamp(at),
                    list_name: list.display_name("en").to_string(),
                });
                write_file(
                    &self.accepted_path(),
                    &serde_json::to_vec_pretty(&keys).unwrap_or_default(),
                )?;
            }
            _ => {
                return Err(Error::TrustListUnknownSigner {
                    key: list.signer.clone(),
                })
            }
        }
        let sha256 = hex::encode(Sha256::digest(bytes));
        write_file(&self.dir.join(format!("{sha256}.json")), bytes)?;
        Ok(InstalledList {
            pinned: PINNED_KEYS.contains(&list.signer.as_str()),
            sha256,
            list,
        })
    }

    /// Removes an installed list by its SHA-256 (hex). Nothing happens when it is not there.
    pub fn remove(&self, sha256: &str) -> Result<()> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(());
        }
        match std::fs::remove_file(self.dir.join(format!("{sha256}.json"))) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }

    /// Every installed list that still verifies, is valid at `at` and whose signer is still
    /// accepted; the others are skipped (they count for nothing).
    pub fn load(&self, at: DateTime<Utc>) -> Result<Vec<InstalledList>> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e.into()),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && p.file_name().is_some_and(|n| n != "accepted-keys.json")
            })
            .collect();
        paths.sort();
        let mut lists = Vec::new();
        for path in paths {
            let Some(bytes) = read_file(&path)? else {
                continue;
            };
            let Ok(list) = list::open(&bytes, at) else {
                continue;
            };
            if self.is_accepted(&list.signer)? {
                lists.push(InstalledList {
                    sha256: hex::encode(Sha256::digest(&bytes)),
                    pinned: PINNED_KEYS.contains(&list.signer.as_str()),
                    list,
                });
            }
        }
        Ok(lists)
    }
}
