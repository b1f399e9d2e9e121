//! Export of everything a backup holds, and its merge back in one transaction.
//!
//! Merge rules (never drop, never duplicate): credentials by content key, skill claims by
//! (uri, note, created_at), holder keys by DID, profile parts by name (the wallet's own wins),
//! route steps by uid; a route is restored only into a wallet that has none.

use super::credentials::insert_one;
use super::Store;
use crate::backup::{
    BackupClaim, BackupCredential, BackupKey, BackupProfilePart, BackupRoute, BackupStep, Payload,
    PAYLOAD_SCHEMA,
};
use crate::import::Parsed;
use crate::verify::Verdict;
use crate::{Error, Result};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rusqlite::{params, OptionalExtension};
use zeroize::Zeroizing;

/// A credential from a backup, parsed and verified again, ready to be stored.
#[derive(Debug)]
pub struct Restorable<'a> {
    /// Its original bytes.
    pub original: &'a [u8],
    /// The file name it was first imported from.
    pub source_name: Option<&'a str>,
    /// When it was first imported (kept).
    pub imported_at: &'a str,
    /// The fresh parse.
    pub parsed: &'a Parsed,
    /// The fresh verdict.
    pub verdict: &'a Verdict,
    /// Nested credentials (a bundle's), with their fresh verdicts.
    pub nested: Vec<(Vec<u8>, &'a Parsed, Verdict)>,
}

/// What a restore added (everything else was already there).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RestoreCounts {
    /// Credentials newly stored.
    pub credentials: usize,
    /// Credentials already present.
    pub duplicates: usize,
    /// Skill claims added.
    pub skill_claims: usize,
    /// Holder keys added.
    pub holder_keys: usize,
    /// Profile parts added.
    pub profile_parts: usize,
    /// Routes added.
    pub routes: usize,
}

impl Store {
    /// Everything a backup holds, read in one snapshot. Holder key secrets are included: the
    /// caller must only ever write this encrypted.
    pub fn export_backup(&mut self, created_at: &str) -> Result<Payload> {
        let wallet_schema = self.schema_version()?;
        let tx = self.conn.transaction()?;
        let credentials = {
            let mut stmt = tx.prepare(
                "SELECT original, source_name, imported_at, format, content_key FROM credential
                  WHERE parent IS NULL ORDER BY rowid_",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(BackupCredential {
                    original: STANDARD.encode(r.get::<_, Vec<u8>>(0)?),
                    source_name: r.get(1)?,
                    imported_at: r.get(2)?,
                    format: r.get(3)?,
                    content_key: r.get(4)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let skill_claims = {
            let mut stmt = tx.prepare(
                "SELECT uri, evidence, source, note, created_at FROM skill_claim ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(BackupClaim {
                    uri: r.get(0)?,
                    evidence: r.get(1)?,
                    source: r.get(2)?,
                    note: r.get(3)?,
                    created_at: r.get(4)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let holder_keys = {
            let mut stmt =
                tx.prepare("SELECT did, secret, created_at, active FROM holder_key ORDER BY id")?;
            let rows = stmt.query_map([], |r| {
                let secret = Zeroizing::new(r.get::<_, Vec<u8>>(1)?);
                Ok(BackupKey {
                    did: r.get(0)?,
                    secret: STANDARD.encode(secret.as_slice()),
                    created_at: r.get(2)?,
                    active: r.get::<_, i64>(3)? != 0,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let profile_parts = {
            let mut stmt =
                tx.prepare("SELECT part, data, updated_at FROM profile_part ORDER BY part")?;
            let rows = stmt.query_map([], |r| {
                Ok(BackupProfilePart {
                    part: r.get(0)?,
                    data: r.get(1)?,
                    updated_at: r.get(2)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let mut routes = Vec::new();
        {
            let mut stmt = tx.prepare(
                "SELECT id, target_uri, target_label, created_at, updated_at FROM route ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    BackupRoute {
                        target_uri: r.get(1)?,
                        target_label: r.get(2)?,
                        created_at: r.get(3)?,
                        updated_at: r.get(4)?,
                        steps: Vec::new(),
                    },
                ))
            })?;
            for row in rows {
                routes.push(row?);
            }
        }
        let mut out_routes = Vec::new();
        for (id, mut route) in routes {
            let mut stmt = tx.prepare(
                "SELECT id, uid, position, kind, title, skills, status, data FROM route_step
                  WHERE route = ?1 ORDER BY position, id",
            )?;
            let steps = stmt.query_map([id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    BackupStep {
                        uid: r.get(1)?,
                        position: r.get(2)?,
                        kind: r.get(3)?,
                        title: r.get(4)?,
                        skills: r.get(5)?,
                        status: r.get(6)?,
                        data: r.get(7)?,
                        evidence: Vec::new(),
                    },
                ))
            })?;
            for step in steps {
                let (step_id, mut step) = step?;
                let mut ev = tx.prepare(
                    "SELECT c.content_key FROM route_step_evidence e
                       JOIN credential c ON c.rowid_ = e.credential WHERE e.step = ?1",
                )?;
                let keys = ev.query_map([step_id], |r| r.get(0))?;
                step.evidence = keys.collect::<rusqlite::Result<_>>()?;
                route.steps.push(step);
            }
            out_routes.push(route);
        }
        let endorsements = super::endorsements::backup_rows(&tx)?;
        let recovery_code = super::keys::recovery_code(&tx)?.map(|c| c.to_text().to_string());
        tx.commit()?;
        Ok(Payload {
            schema: PAYLOAD_SCHEMA,
            wallet_schema,
            created_at: created_at.to_string(),
            credentials,
            skill_claims,
            holder_keys,
            profile_parts,
            routes: out_routes,
            endorsements,
            recovery_code,
        })
    }

    /// Merges a backup into this wallet in ONE transaction: either all of it lands or nothing.
    /// `adopt_keys` (restore into a wallet made for it) makes the backup's active key the active
    /// one; otherwise the wallet keeps its own active key and the backup's keys join inactive.
    pub fn restore_backup(
        &mut self,
        payload: &Payload,
        credentials: &[Restorable<'_>],
        adopt_keys: bool,
    ) -> Result<RestoreCounts> {
        let mut counts = RestoreCounts::default();
        let tx = self.write_tx()?;
        for c in credentials {
            let (_, rowid) = insert_one(
                &tx,
                c.original,
                c.source_name,
                c.parsed,
                c.verdict,
                None,
                c.imported_at,
            )?;
            match rowid {
                Some(parent) => {
                    counts.credentials += 1;
                    for (bytes, child, verdict) in &c.nested {
                        insert_one(
                            &tx,
                            bytes,
                            c.source_name,
                            child,
                            verdict,
                            Some(parent),
                            c.imported_at,
                        )?;
                    }
                }
                None => counts.duplicates += 1,
            }
        }
        for claim in &payload.skill_claims {
            let exists: Option<i64> = tx
                .query_row(
                    "SELECT id FROM skill_claim WHERE uri = ?1 AND note IS ?2 AND created_at = ?3",
                    params![claim.uri, claim.note, claim.created_at],
                    |r| r.get(0),
                )
                .optional()?;
            if exists.is_none() {
                tx.execute(
                    "INSERT INTO skill_claim(uri, evidence, source, note, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        claim.uri,
                        claim.evidence,
                        claim.source,
                        claim.note,
                        claim.created_at
                    ],
                )?;
                counts.skill_claims += 1;
            }
        }
        // A wallet made from the backup keeps its recovery code, so the same sheet keeps
        // opening its later backups; a wallet merged into keeps its own.
        if let Some(text) = &payload.recovery_code {
            let code = crate::backup::RecoveryCode::parse(text)
                .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?;
            if adopt_keys || super::keys::recovery_code(&tx)?.is_none() {
                super::keys::set_recovery_code(&tx, &code)?;
            }
        }
        if adopt_keys && payload.holder_keys.iter().any(|k| k.active) {
            tx.execute("UPDATE holder_key SET active = 0", [])?;
        }
        for key in &payload.holder_keys {
            let secret = Zeroizing::new(
                STANDARD
                    .decode(key.secret.as_bytes())
                    .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?,
            );
            if secret.len() != 32 {
                return Err(Error::BackupWrongPassphraseOrDamaged);
            }
            let active = adopt_keys && key.active;
            let added = tx.execute(
                "INSERT OR IGNORE INTO holder_key(did, secret, created_at, active)
                 VALUES (?1, ?2, ?3, ?4)",
                params![key.did, secret.as_slice(), key.created_at, active],
            )?;
            if added == 0 && active {
                tx.execute(
                    "UPDATE holder_key SET active = 1 WHERE did = ?1",
                    params![key.did],
                )?;
            }
            counts.holder_keys += added;
        }
        for part in &payload.profile_parts {
            counts.profile_parts += tx.execute(
                "INSERT OR IGNORE INTO profile_part(part, data, updated_at) VALUES (?1, ?2, ?3)",
                params![part.part, part.data, part.updated_at],
            )?;
        }
        let has_route: bool = tx.query_row("SELECT count(*) > 0 FROM route", [], |r| r.get(0))?;
        if !has_route {
            for route in &payload.routes {
                tx.execute(
                    "INSERT INTO route(target_uri, target_label, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![
                        route.target_uri,
                        route.target_label,
                        route.created_at,
                        route.updated_at
                    ],
                )?;
                let route_id = tx.last_insert_rowid();
                counts.routes += 1;
                for step in &route.steps {
                    let added = tx.execute(
                        "INSERT OR IGNORE INTO route_step(uid, route, position, kind, title,
                                                          skills, status, data)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![
                            step.uid,
                            route_id,
                            step.position,
                            step.kind,
                            step.title,
                            step.skills,
                            step.status,
                            step.data
                        ],
                    )?;
                    if added == 0 {
                        continue;
                    }
                    let step_id = tx.last_insert_rowid();
                    for key in &step.evidence {
                        // Content keys are recomputed on restore; evidence whose credential is
                        // not in this wallet is left out rather than invented.
                        tx.execute(
                            "INSERT OR IGNORE INTO route_step_evidence(step, credential)
                             SELECT ?1, rowid_ FROM credential WHERE content_key = ?2",
                            params![step_id, key],
                        )?;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(counts)
    }
}
