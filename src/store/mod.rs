//! The wallet file: SQLite with SQLCipher encryption. The only user of rusqlite.
//!
//! Guarantees:
//! - a passphrase-protected wallet is encrypted with a key derived by Argon2id (see [`kdf`]);
//!   a wallet without a passphrase is a plain SQLite file, and says so ([`Store::is_encrypted`]);
//! - a wrong passphrase, a missing passphrase or a wallet from a newer Erkend is refused before
//!   anything is written;
//! - a damaged file is copied aside and reported, never deleted or overwritten: SQLite's
//!   `quick_check` runs before the first write (and before opening writes anything, e.g. a
//!   migration), not before the first read, so the first page of a big wallet is not held back
//!   by a scan of every page ([`Store::check_integrity`]; the app runs it right after the first
//!   page is shown, the CLI right after opening). Until it has passed, the connection is
//!   `query_only` and does not fold its journal into the file on close, so an unchecked wallet
//!   is never written to, whichever code path tries;
//! - a new wallet appears at its path complete or not at all (built beside it, then renamed);
//! - every write is one transaction (WAL journal, foreign keys on).

mod backup;
mod cards;
mod credentials;
mod endorsements;
mod esco;
pub mod kdf;
mod keys;
mod migrations;
mod profile;
mod route;

pub use backup::{Restorable, RestoreCounts};
pub use cards::{match_expression, CardFacets, CardPage, CardQuery, CardSort, CredentialCard};
pub use credentials::{Inserted, StoredCredential};
pub use endorsements::{Attachment, NewEndorsement, SignerIdentity, StoredEndorsement};
pub use esco::{EscoDb, Requirement};
pub use keys::did_key;
pub use migrations::SCHEMA_VERSION;
pub use profile::SkillClaim;

use crate::{Error, Result};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Transaction};
use std::cell::OnceCell;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The header every unencrypted SQLite file starts with.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// An open wallet database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    encrypted: bool,
    /// Unset until the integrity check has run; then `None` when it passed, or where the
    /// damaged file was copied when it failed (later calls report the same copy).
    integrity: OnceCell<Option<PathBuf>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("encrypted", &self.encrypted)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Creates a new wallet at `path`, encrypted when a passphrase is given, with a fresh holder
    /// key. Refuses to touch an existing file.
    pub fn create(path: &Path, passphrase: Option<&str>, now: &str) -> Result<Store> {
        Self::create_with_kdf(path, passphrase, now, kdf::DEFAULT_PARAMS)
    }

    /// [`Store::create`] with explicit key-derivation cost (written into the file salt, so every
    /// later open pays the same). The app and the CLI always use [`kdf::DEFAULT_PARAMS`]; tests
    /// that open a wallet hundreds of times (the kill harness) use cheap ones.
    pub fn create_with_kdf(
        path: &Path,
        passphrase: Option<&str>,
        now: &str,
        params: kdf::KdfParams,
    ) -> Result<Store> {
        if path.exists() {
            return Err(Error::WalletExists {
                path: path.to_path_buf(),
            });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir)?;
        }
        // Build beside the target and rename at the end, so a crash leaves no half-made wallet.
        let building = sibling(path, ".creating");
        remove_leftovers(&building);
        let result = (|| {
            let mut conn = Connection::open(&building)?;
            quiet_cipher_log(&conn);
            let encrypted = match passphrase {
                Some(p) => {
                    let salt = kdf::new_salt(params)?;
                    let key = kdf::derive_key(p, &salt)?;
                    conn.pragma_update(
                        None,
                        "key",
                        kdf::sqlcipher_key_pragma(&key, &salt).as_str(),
                    )?;
                    true
                }
                None => false,
            };
            configure(&conn)?;
            migrations::migrate(&mut conn)?;
            let tx = conn.transaction()?;
            tx.execute(
                "INSERT INTO meta(key, value) VALUES ('created_at', ?1), ('kdf', ?2)",
                (
                    now,
                    if encrypted {
                        "argon2id-in-salt"
                    } else {
                        "none"
                    },
                ),
            )?;
            keys::create_holder_key(&tx, now)?;
            tx.commit()?;
            // Fold the WAL into the main file so the rename moves a complete wallet.
            conn.pragma_update(None, "journal_mode", "DELETE")?;
            drop(conn);
            fs::rename(&building, path)?;
            Ok(())
        })();
        if let Err(e) = result {
            remove_leftovers(&building);
            return Err(e);
        }
        Store::open(path, passphrase)
    }

    /// Opens an existing wallet. See the module docs for what is refused and how.
    pub fn open(path: &Path, passphrase: Option<&str>) -> Result<Store> {
        if !path.is_file() {
            return Err(Error::WalletNotFound {
                path: path.to_path_buf(),
            });
        }
        let header = read_header(path)?;
        let encrypted = header.as_ref() != Some(PLAIN_HEADER);
        let Some(header) = header else {
            // Shorter than a header: no Erkend wallet is ever that small.
            return Err(set_aside(path));
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        quiet_cipher_log(&conn);
        if encrypted {
            let passphrase = passphrase.ok_or(Error::PassphraseRequired)?;
            let key = kdf::derive_key(passphrase, &header)?;
            conn.pragma_update(
                None,
                "key",
                kdf::sqlcipher_key_pragma(&key, &header).as_str(),
            )?;
        }
        // The first read proves the key; nothing has been written yet.
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        }) {
            Ok(_) => {}
            Err(e) if is_not_a_database(&e) && encrypted => return Err(Error::WrongPassphrase),
            Err(e) if is_not_a_database(&e) || is_corrupt(&e) => return Err(set_aside(path)),
            Err(e) => return Err(e.into()),
        }
        migrations::refuse_newer(&conn)?;
        // Opening writes only to a wallet of an older schema or one not yet in WAL mode (a new
        // or restored file): then the check comes first, as before any other write.
        let writes_now = migrations::current_version(&conn)? < SCHEMA_VERSION || !is_wal(&conn)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            encrypted,
            integrity: OnceCell::new(),
        };
        if writes_now {
            store.check_integrity()?;
            configure(&store.conn)?;
            migrations::migrate(&mut store.conn)?;
        } else {
            configure(&store.conn)?;
            store.hold_writes(true)?;
        }
        Ok(store)
    }

    /// Runs SQLite's `quick_check` once per open wallet (later calls return the first answer).
    /// A damaged wallet is copied aside and reported as [`Error::WalletDamaged`]; it stays
    /// unwritable. Every write runs this first, so calling it is only needed to learn early.
    pub fn check_integrity(&self) -> Result<()> {
        if let Some(found) = self.integrity.get() {
            return match found {
                None => Ok(()),
                Some(copy) => Err(Error::WalletDamaged { copy: copy.clone() }),
            };
        }
        if integrity_ok(&self.conn) {
            self.hold_writes(false)?;
            let _ = self.integrity.set(None);
            return Ok(());
        }
        let copy = copy_aside(&self.path)?;
        let _ = self.integrity.set(Some(copy.clone()));
        Err(Error::WalletDamaged { copy })
    }

    /// If `e` came from reading a damaged file, the integrity check's report (the file copied
    /// aside) instead of SQLite's bare "malformed" error.
    pub fn explain(&self, e: Error) -> Error {
        match &e {
            Error::Storage(s) if is_corrupt(s) || is_not_a_database(s) => {
                self.check_integrity().err().unwrap_or(e)
            }
            _ => e,
        }
    }

    /// A write transaction, after the integrity check (see [`Store::check_integrity`]).
    fn write_tx(&mut self) -> Result<Transaction<'_>> {
        self.check_integrity()?;
        Ok(self.conn.transaction()?)
    }

    /// While unchecked: refuse writes at the SQLite level and leave the WAL unfolded on close.
    fn hold_writes(&self, hold: bool) -> Result<()> {
        self.conn.pragma_update(None, "query_only", hold)?;
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, hold)?;
        Ok(())
    }

    /// Where the wallet file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the file is encrypted with a passphrase.
    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// The schema version of the open wallet.
    pub fn schema_version(&self) -> Result<i64> {
        migrations::current_version(&self.conn)
    }

    /// Full integrity check (`PRAGMA integrity_check`), for tests and repair tools.
    pub fn integrity_check(&self) -> Result<bool> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(result == "ok")
    }

    /// The holder's `did:key`.
    pub fn holder_did(&self) -> Result<String> {
        keys::active_did(&self.conn)
    }

    /// The recovery code printed on the learner's recovery sheet, if one was made.
    pub fn recovery_code(&self) -> Result<Option<crate::backup::RecoveryCode>> {
        keys::recovery_code(&self.conn)
    }

    /// Stores (or replaces) the recovery code.
    pub fn set_recovery_code(&self, code: &crate::backup::RecoveryCode) -> Result<()> {
        self.check_integrity()?;
        keys::set_recovery_code(&self.conn, code)
    }

    /// Signs `message` with the holder key. The secret never leaves this function.
    pub fn sign_as_holder(&self, message: &[u8]) -> Result<[u8; 64]> {
        keys::sign(&self.conn, message)
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// SQLCipher logs "hmac check failed" to stderr on a wrong key; the error code says it better.
fn quiet_cipher_log(conn: &Connection) {
    let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
}

fn is_wal(conn: &Connection) -> Result<bool> {
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    Ok(mode.eq_ignore_ascii_case("wal"))
}

fn integrity_ok(conn: &Connection) -> bool {
    conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0))
        .map(|r| r == "ok")
        .unwrap_or(false)
}

fn read_header(path: &Path) -> Result<Option<[u8; 16]>> {
    let mut header = [0u8; 16];
    let mut file = fs::File::open(path)?;
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..])? {
            0 => return Ok(None),
            n => read += n,
        }
    }
    Ok(Some(header))
}

fn is_not_a_database(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase)
}

fn is_corrupt(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt)
}

/// Copies a damaged wallet aside (with its WAL, if any) and returns the error that reports it.
fn set_aside(path: &Path) -> Error {
    match copy_aside(path) {
        Ok(copy) => Error::WalletDamaged { copy },
        Err(e) => e,
    }
}

/// Copies a damaged wallet aside (with its WAL, if any); returns where the copy is.
fn copy_aside(path: &Path) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let copy = sibling(path, &format!(".damaged-{stamp}"));
    fs::copy(path, &copy)?;
    let wal = sibling(path, "-wal");
    if wal.exists() {
        let _ = fs::copy(&wal, sibling(&copy, "-wal"));
    }
    Ok(copy)
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_leftovers(building: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = fs::remove_file(sibling(building, suffix));
    }
}
