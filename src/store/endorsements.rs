//! The `endorsement` table (endorsements received, with their original bytes) and the signer
//! identity (this wallet owner's display name and organisation, kept as the `signer` profile part).
//!
//! An endorsement row points at a stored credential (`credential`), at a skill (`skill_uri`), or
//! at nothing yet: an endorsement of a credential that is not in the wallet is kept unattached
//! and attached when that credential arrives. What it endorses is re-read from the original
//! bytes when needed, so no derived column can drift from what was signed.

use super::credentials::{new_id, Inserted};
use super::Store;
use crate::verify::Verdict;
use crate::Result;
use rusqlite::{params, OptionalExtension};
use sha2::{Digest, Sha256};

/// Where an endorsement is attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attachment {
    /// To the stored credential with this wallet id.
    Credential(String),
    /// To this ESCO skill of the learner.
    Skill(String),
    /// Not (yet) to anything in the wallet.
    None,
}

/// A stored endorsement with its latest verdict.
#[derive(Debug, Clone)]
pub struct StoredEndorsement {
    /// The wallet's own id of the endorsement.
    pub id: String,
    /// Where it is attached.
    pub attachment: Attachment,
    /// The endorser's display name (else DID) as signed.
    pub endorser: Option<String>,
    /// The `endorsementComment`.
    pub comment: Option<String>,
    /// When it was imported.
    pub imported_at: String,
    /// The verdict at import.
    pub verdict: Option<Verdict>,
    /// The original bytes, exactly as imported.
    pub original: Vec<u8>,
}

/// What the wallet owner signs as.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignerIdentity {
    /// Display name (a person).
    pub name: String,
    /// Organisation, when signing for one.
    #[serde(default)]
    pub organisation: Option<String>,
}

/// A new endorsement row.
#[derive(Debug)]
pub struct NewEndorsement<'a> {
    /// Original bytes.
    pub original: &'a [u8],
    /// Duplicate detection by content (`Parsed::content_key`).
    pub content_key: &'a str,
    /// Where it goes.
    pub attachment: &'a Attachment,
    /// Endorser's display name.
    pub endorser: Option<&'a str>,
    /// The comment.
    pub comment: Option<&'a str>,
    /// Verdict at import.
    pub verdict: &'a Verdict,
    /// Import time (RFC 3339).
    pub now: &'a str,
}

const SELECT: &str = "SELECT e.id, c.id, e.skill_uri, e.endorser, e.comment, e.imported_at,
        e.report, e.original
    FROM endorsement e LEFT JOIN credential c ON c.rowid_ = e.credential";

impl Store {
    /// Stores an endorsement in one transaction; a duplicate (same content) changes nothing.
    pub fn insert_endorsement(&mut self, e: &NewEndorsement<'_>) -> Result<Inserted> {
        let tx = self.write_tx()?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM endorsement WHERE content_key = ?1",
                [e.content_key],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            return Ok(Inserted::Duplicate(id));
        }
        let credential = match e.attachment {
            Attachment::Credential(id) => Some(rowid_of(&tx, id)?),
            _ => None,
        };
        let skill = match e.attachment {
            Attachment::Skill(uri) => Some(uri.as_str()),
            _ => None,
        };
        let id = new_id()?;
        tx.execute(
            "INSERT INTO endorsement(id, credential, skill_uri, content_key, sha256, original,
                                     endorser, comment, imported_at, report)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id,
                credential,
                skill,
                e.content_key,
                hex::encode(Sha256::digest(e.original)),
                e.original,
                e.endorser,
                e.comment,
                e.now,
                serde_json::to_string(e.verdict).ok(),
            ],
        )?;
        tx.commit()?;
        Ok(Inserted::New(id))
    }

    /// Attaches a stored, unattached endorsement to a stored credential.
    pub fn attach_endorsement(&mut self, endorsement: &str, credential: &str) -> Result<()> {
        let tx = self.write_tx()?;
        let rowid = rowid_of(&tx, credential)?;
        tx.execute(
            "UPDATE endorsement SET credential = ?1 WHERE id = ?2 AND credential IS NULL
                AND skill_uri IS NULL",
            params![rowid, endorsement],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every stored endorsement, oldest first.
    pub fn endorsements(&self) -> Result<Vec<StoredEndorsement>> {
        self.query_endorsements(&format!("{SELECT} ORDER BY e.rowid_"), [])
    }

    /// The endorsements attached to one stored credential, oldest first.
    pub fn endorsements_of(&self, credential: &str) -> Result<Vec<StoredEndorsement>> {
        self.query_endorsements(
            &format!("{SELECT} WHERE c.id = ?1 ORDER BY e.rowid_"),
            [credential],
        )
    }

    fn query_endorsements<P: rusqlite::Params>(
        &self,
        sql: &str,
        p: P,
    ) -> Result<Vec<StoredEndorsement>> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(p, |r| {
            let credential: Option<String> = r.get(1)?;
            let skill: Option<String> = r.get(2)?;
            let report: Option<String> = r.get(6)?;
            Ok(StoredEndorsement {
                id: r.get(0)?,
                attachment: match (credential, skill) {
                    (Some(c), _) => Attachment::Credential(c),
                    (None, Some(s)) => Attachment::Skill(s),
                    (None, None) => Attachment::None,
                },
                endorser: r.get(3)?,
                comment: r.get(4)?,
                imported_at: r.get(5)?,
                // A report that no longer reads is "not checked", never "verified".
                verdict: report.and_then(|r| serde_json::from_str(&r).ok()),
                original: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The wallet id of the newest stored credential whose own `id` is `own_id`, or whose
    /// achievement's id is `own_id` (with `achievement`).
    pub fn credential_by_own_id(&self, own_id: &str, achievement: bool) -> Result<Option<String>> {
        let path = if achievement {
            "$.achievement.id"
        } else {
            "$.credential_id"
        };
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM credential WHERE json_extract(model, ?1) = ?2
                  ORDER BY rowid_ DESC LIMIT 1",
                params![path, own_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Every holder DID this wallet has held (a restore may add earlier ones).
    pub fn holder_dids(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT did FROM holder_key ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The stored signer identity, if one was given.
    pub fn signer_identity(&self) -> Result<Option<SignerIdentity>> {
        let data: Option<String> = self
            .conn
            .query_row(
                "SELECT data FROM profile_part WHERE part = 'signer'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(data.and_then(|d| serde_json::from_str(&d).ok()))
    }

    /// Stores the signer identity (replacing an earlier one).
    pub fn set_signer_identity(&mut self, identity: &SignerIdentity, now: &str) -> Result<()> {
        let data = serde_json::to_string(identity).map_err(|e| {
            crate::Error::Storage(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
        })?;
        self.check_integrity()?;
        self.conn.execute(
            "INSERT INTO profile_part(part, data, updated_at) VALUES ('signer', ?1, ?2)
             ON CONFLICT(part) DO UPDATE SET data = excluded.data,
                                             updated_at = excluded.updated_at",
            params![data, now],
        )?;
        Ok(())
    }
}

/// Every endorsement as a backup holds it, inside the backup's snapshot transaction.
pub(super) fn backup_rows(
    tx: &rusqlite::Transaction<'_>,
) -> Result<Vec<crate::backup::BackupEndorsement>> {
    use base64::Engine;
    let mut stmt = tx.prepare("SELECT original, imported_at FROM endorsement ORDER BY rowid_")?;
    let rows = stmt.query_map([], |r| {
        Ok(crate::backup::BackupEndorsement {
            original: base64::engine::general_purpose::STANDARD.encode(r.get::<_, Vec<u8>>(0)?),
            imported_at: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn rowid_of(tx: &rusqlite::Transaction<'_>, id: &str) -> Result<i64> {
    tx.query_row("SELECT rowid_ FROM credential WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| crate::Error::CredentialNotFound { id: id.into() })
}
