//! The public-data folder: what Erkend learned about the outside world, kept beside the wallet
//! but outside it.
//!
//! `erkend verify` and `proof verify` never open the wallet (they need no passphrase), yet they
//! must see the installed trust lists and what an online refresh fetched. None of that is about
//! the learner: trust lists, DID documents, issuer keys, status lists and issuers' hosted copies
//! of badges are public documents. So they live in plain files in `<wallet folder>/public/`:
//! `trust-lists/` (installed lists, their original bytes, and `accepted-keys.json`) and
//! `cache/` (one JSON record per fetched URL with its date and source, and `last-refresh`).
//! The encrypted wallet's `trust_list` / `fetch_cache` tables (schema 1) stay unused for this.

use crate::{Error, Result};
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

/// The public-data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicDir {
    root: PathBuf,
}

impl PublicDir {
    /// The folder beside a wallet file: `<wallet's folder>/public`.
    pub fn beside_wallet(wallet: &Path) -> PublicDir {
        let folder = wallet.parent().unwrap_or_else(|| Path::new(""));
        PublicDir {
            root: folder.join("public"),
        }
    }

    /// A folder at an explicit path.
    pub fn at(root: &Path) -> PublicDir {
        PublicDir {
            root: root.to_path_buf(),
        }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Installed trust lists.
    pub fn lists_dir(&self) -> PathBuf {
        self.root.join("trust-lists")
    }

    /// Fetched documents.
    pub fn cache_dir(&self) -> PathBuf {
        self.root.join("cache")
    }
}

/// Writes a file atomically, creating its folder first.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::wallet::write_atomically(path, bytes)
}

/// Reads a small file, `None` when it does not exist.
pub(crate) fn read_file(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Unreadable {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
    }
}

/// RFC 3339 with seconds in UTC.
pub(crate) fn stamp(at: DateTime<Utc>) -> String {
    crate::wallet::now_rfc3339(at)
}
