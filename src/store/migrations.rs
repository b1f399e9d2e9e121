//! Schema versions in `PRAGMA user_version`; each upgrade runs inside one transaction.
//!
//! Released migrations are append-only: a wallet written by any released Erkend opens in every
//! later one. A wallet whose version is newer than [`SCHEMA_VERSION`] is refused untouched.

use crate::{Error, Result};
use rusqlite::Connection;

/// The migrations, in order; the schema version after migration `i` is `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_cards.sql"),
];

/// Rust steps that fill what a migration's SQL created, run right after that SQL in its
/// transaction: (schema version the migration reaches, step).
type Backfill = fn(&rusqlite::Transaction<'_>) -> Result<()>;
const BACKFILLS: &[(i64, Backfill)] = &[(2, super::cards::backfill)];

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The schema version recorded in the file.
pub fn current_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Refuses a wallet from a newer Erkend before anything is written to it.
pub fn refuse_newer(conn: &Connection) -> Result<()> {
    let found = current_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(Error::WalletTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the schema up to [`SCHEMA_VERSION`], one transaction per step.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    refuse_newer(conn)?;
    let from = current_version(conn)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        for (_, step) in BACKFILLS.iter().filter(|(v, _)| *v == index as i64 + 1) {
            step(&tx)?;
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
