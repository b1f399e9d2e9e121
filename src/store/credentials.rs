//! The `credential` table and its companions (skills, verification reports; cards and the
//! search index through `cards`).

use super::Store;
use crate::import::Parsed;
use crate::model::Credential;
use crate::verify::Verdict;
use crate::{Error, Result};
use rusqlite::{params, OptionalExtension, Row};
use sha2::{Digest, Sha256};

/// Verifier capability level recorded with each report; when it grows, stored credentials whose
/// latest report is older are re-verified. 1: validity dates only; 2: signatures (Data
/// Integrity, JOSE, OB 2.0 JWS) and issuer binding; 3: a CLR bundle's nested credentials, and
/// an OB 2.0 issuer that is only linked is unchecked.
pub const ENGINE_LEVEL: i64 = 3;

/// What storing a parsed credential did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inserted {
    /// Stored under this new wallet id.
    New(String),
    /// The same credential was already stored under this id; nothing changed.
    Duplicate(String),
}

impl Inserted {
    /// Whether the credential is new, and its wallet id.
    pub fn into_parts(self) -> (bool, String) {
        match self {
            Inserted::New(id) => (true, id),
            Inserted::Duplicate(id) => (false, id),
        }
    }
}

/// A stored credential with its latest verdict.
#[derive(Debug, Clone)]
pub struct StoredCredential {
    /// The wallet's own id.
    pub id: String,
    /// Contract format name.
    pub format: String,
    /// Container it arrived in.
    pub container: String,
    /// File name it was imported from.
    pub source_name: Option<String>,
    /// When it was imported (RFC 3339).
    pub imported_at: String,
    /// Hex SHA-256 of the original bytes, computed from the stored bytes when read.
    pub sha256: String,
    /// The normalised model.
    pub credential: Credential,
    /// Latest verification report.
    pub verdict: Option<Verdict>,
}

impl Store {
    /// Stores a credential with its original bytes and first verdict, in one transaction, and
    /// each credential nested in it (a CLR bundle's achievements, with their own verdicts) linked
    /// to it in the same transaction. Returns [`Inserted::Duplicate`] without writing when the
    /// same content is already stored; a nested credential already stored on its own is left
    /// where it is.
    pub fn insert_credential(
        &mut self,
        original: &[u8],
        source_name: Option<&str>,
        parsed: &Parsed,
        verdict: &Verdict,
        nested: &[(Vec<u8>, &Parsed, Verdict)],
        now: &str,
    ) -> Result<Inserted> {
        let item = (original, source_name, parsed, verdict, nested);
        self.insert_credentials(&[item], now)?
            .pop()
            // One item in, one outcome out.
            .ok_or(Error::Storage(rusqlite::Error::QueryReturnedNoRows))
    }

    /// [`Store::insert_credential`] for many credentials in ONE transaction (bulk import: one
    /// disk sync instead of one per credential). All or nothing: a storage error rolls every one
    /// of them back.
    #[allow(clippy::type_complexity)]
    pub fn insert_credentials(
        &mut self,
        items: &[(
            &[u8],
            Option<&str>,
            &Parsed,
            &Verdict,
            &[(Vec<u8>, &Parsed, Verdict)],
        )],
        now: &str,
    ) -> Result<Vec<Inserted>> {
        let tx = self.write_tx()?;
        let mut out = Vec::with_capacity(items.len());
        for &(original, source_name, parsed, verdict, nested) in items {
            let (inserted, rowid) =
                insert_one(&tx, original, source_name, parsed, verdict, None, now)?;
            if let Some(parent) = rowid {
                for (bytes, child, child_verdict) in nested {
                    insert_one(
                        &tx,
                        bytes,
                        source_name,
                        child,
                        child_verdict,
                        Some(parent),
                        now,
                    )?;
                }
            }
            out.push(inserted);
        }
        tx.commit()?;
        Ok(out)
    }

    /// Wallet ids of the credentials nested in a stored credential, in import order.
    pub fn nested_ids(&self, id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.id FROM credential c JOIN credential p ON c.parent = p.rowid_
              WHERE p.id = ?1 ORDER BY c.rowid_",
        )?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every top-level stored credential, newest import first.
    pub fn list_credentials(&self) -> Result<Vec<StoredCredential>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT_STORED} WHERE c.parent IS NULL ORDER BY c.rowid_ DESC"
        ))?;
        let rows = stmt.query_map([], stored_from_row)?;
        rows.map(|r| r?).collect()
    }

    /// One stored credential by wallet id.
    pub fn get_credential(&self, id: &str) -> Result<StoredCredential> {
        self.conn
            .query_row(
                &format!("{SELECT_STORED} WHERE c.id = ?1"),
                [id],
                stored_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::CredentialNotFound { id: id.into() })?
    }

    /// The original bytes of a stored credential, exactly as imported.
    pub fn original_bytes(&self, id: &str) -> Result<Vec<u8>> {
        self.conn
            .query_row("SELECT original FROM credential WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::CredentialNotFound { id: id.into() })
    }

    /// Wallet ids of every credential (nested ones too) whose latest verification report was
    /// made by an older verifier than this one.
    pub fn ids_verified_by_older_engine(&self) -> Result<Vec<String>> {
        // Runs at every open: the rowids come from an index, not from a scan of the credential
        // rows with their originals (10,000 credentials: 32 ms instead of 85-120 ms).
        let mut stmt = self.conn.prepare(
            "SELECT c.id FROM credential c
              WHERE c.rowid_ IN (
                SELECT p.rowid_ FROM credential p INDEXED BY credential_by_parent
                 WHERE coalesce((SELECT v.engine FROM verification v
                                  WHERE v.credential = p.rowid_
                                  ORDER BY v.id DESC LIMIT 1), 0) < ?1)
              ORDER BY c.rowid_",
        )?;
        let rows = stmt.query_map([ENGINE_LEVEL], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Number of stored credentials.
    pub fn count_credentials(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM credential", [], |r| r.get(0))?)
    }

    /// Deletes a stored credential with everything that hangs on it (its nested credentials,
    /// skills, reports, endorsements, route evidence, card and search entry), in one
    /// transaction.
    pub fn delete_credential(&mut self, id: &str) -> Result<()> {
        let tx = self.write_tx()?;
        if tx.execute("DELETE FROM credential WHERE id = ?1", [id])? == 0 {
            return Err(Error::CredentialNotFound { id: id.into() });
        }
        tx.commit()?;
        Ok(())
    }

    /// Records a new verdict for a stored credential (re-verification).
    pub fn record_verdict(&mut self, id: &str, verdict: &Verdict) -> Result<()> {
        let tx = self.write_tx()?;
        let rowid: i64 = tx
            .query_row("SELECT rowid_ FROM credential WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::CredentialNotFound { id: id.into() })?;
        insert_verdict(&tx, rowid, verdict)?;
        tx.commit()?;
        Ok(())
    }
}

/// One credential row with its skills, search entry and verdict, inside the caller's
/// transaction; returns what happened and the new row's rowid. `now` is the import time
/// recorded (a restore passes the original one).
pub(super) fn insert_one(
    tx: &rusqlite::Transaction<'_>,
    original: &[u8],
    source_name: Option<&str>,
    parsed: &Parsed,
    verdict: &Verdict,
    parent: Option<i64>,
    now: &str,
) -> Result<(Inserted, Option<i64>)> {
    let existing: Option<String> = tx
        .query_row(
            "SELECT id FROM credential WHERE content_key = ?1",
            [&parsed.content_key],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        return Ok((Inserted::Duplicate(id), None));
    }
    let id = new_id()?;
    let model = serde_json::to_string(&parsed.credential).map_err(json_error)?;
    tx.execute(
        "INSERT INTO credential(id, content_key, sha256, original, source_name, format,
                                container, imported_at, model, parent)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id,
            parsed.content_key,
            hex::encode(Sha256::digest(original)),
            original,
            source_name,
            parsed.format.as_str(),
            parsed.container.as_str(),
            now,
            model,
            parent
        ],
    )?;
    let rowid = tx.last_insert_rowid();
    for uri in &parsed.credential.skills {
        tx.execute(
            "INSERT OR IGNORE INTO credential_skill(credential, uri) VALUES (?1, ?2)",
            params![rowid, uri],
        )?;
    }
    super::cards::index_credential(
        tx,
        rowid,
        parent,
        &parsed.credential,
        parsed.format.as_str(),
    )?;
    insert_verdict(tx, rowid, verdict)?;
    Ok((Inserted::New(id), Some(rowid)))
}

const SELECT_STORED: &str = "SELECT c.id, c.format, c.container, c.source_name, c.imported_at,
        c.original, c.model,
        (SELECT report FROM verification v WHERE v.credential = c.rowid_ ORDER BY v.id DESC LIMIT 1)
    FROM credential c";

fn stored_from_row(row: &Row<'_>) -> rusqlite::Result<Result<StoredCredential>> {
    let original: Vec<u8> = row.get(5)?;
    let model: String = row.get(6)?;
    let report: Option<String> = row.get(7)?;
    let stored = (|| {
        Ok(StoredCredential {
            id: row.get(0)?,
            format: row.get(1)?,
            container: row.get(2)?,
            source_name: row.get(3)?,
            imported_at: row.get(4)?,
            sha256: hex::encode(Sha256::digest(&original)),
            credential: serde_json::from_str(&model).map_err(json_error)?,
            verdict: report
                .map(|r| serde_json::from_str(&r))
                .transpose()
                .map_err(json_error)?,
        })
    })();
    Ok(stored)
}

fn insert_verdict(tx: &rusqlite::Transaction<'_>, rowid: i64, verdict: &Verdict) -> Result<()> {
    let trust = serde_json::to_value(verdict.trust).map_err(json_error)?;
    tx.execute(
        "INSERT INTO verification(credential, checked_at, engine, verified, trust, report)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            rowid,
            verdict.checked_at.to_rfc3339(),
            ENGINE_LEVEL,
            verdict.verified,
            trust.as_str().unwrap_or("amber"),
            serde_json::to_string(verdict).map_err(json_error)?
        ],
    )?;
    super::cards::set_card_verdict(tx, rowid, verdict)
}

/// A new wallet id: 16 random bytes as hex, so ids never reveal order or content.
pub(super) fn new_id() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).map_err(|_| Error::NoRandomness)?;
    Ok(hex::encode(bytes))
}

/// Stored JSON that no longer parses means the wallet is damaged, not the input.
pub(super) fn json_error(e: serde_json::Error) -> Error {
    Error::Storage(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}
