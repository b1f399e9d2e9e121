//! The `route`, `route_step` and `route_step_evidence` tables: the learner's one learning route.
//!
//! Setting a target replaces the whole route (target and steps) in one transaction; completing
//! steps marks them and links their evidence in one transaction.

use super::Store;
use crate::route::{NewStep, Route, Step, StepKind, StepStatus};
use crate::{Error, Result};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// Replaces the learner's route with a new target and steps, in one transaction.
    pub fn set_route(
        &mut self,
        target_uri: &str,
        target_label: &str,
        steps: &[NewStep],
        now: &str,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        // Steps and their evidence links go with the route (ON DELETE CASCADE).
        tx.execute("DELETE FROM route", [])?;
        tx.execute(
            "INSERT INTO route(target_uri, target_label, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?3)",
            params![target_uri, target_label, now],
        )?;
        let route = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO route_step(uid, route, position, kind, title, skills, status)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'planned')",
            )?;
            for (position, step) in steps.iter().enumerate() {
                let skills = serde_json::to_string(&step.skills).map_err(json_error)?;
                insert.execute(params![
                    super::credentials::new_id()?,
                    route,
                    position as i64,
                    step.kind.as_str(),
                    step.title,
                    skills
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The learner's route with its steps in order, or `None` when no target is set.
    pub fn route(&self) -> Result<Option<Route>> {
        let head: Option<(i64, Option<String>, Option<String>)> = self
            .conn
            .query_row(
                "SELECT id, target_uri, target_label FROM route ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((route, Some(target), label)) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(
            "SELECT id, uid, kind, title, skills, status FROM route_step
              WHERE route = ?1 ORDER BY position, id",
        )?;
        let rows = stmt.query_map([route], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut evidence = self.conn.prepare(
            "SELECT c.id FROM route_step_evidence e JOIN credential c ON c.rowid_ = e.credential
              WHERE e.step = ?1 ORDER BY c.rowid_",
        )?;
        let mut steps = Vec::new();
        for row in rows {
            let (rowid, id, kind, title, skills, status) = row?;
            let damaged = |what: &str| {
                Error::Storage(rusqlite::Error::InvalidColumnType(
                    0,
                    format!("route_step.{what}"),
                    rusqlite::types::Type::Text,
                ))
            };
            steps.push(Step {
                id,
                kind: StepKind::parse(&kind).ok_or_else(|| damaged("kind"))?,
                title,
                skills: serde_json::from_str(&skills).map_err(json_error)?,
                status: StepStatus::parse(&status).ok_or_else(|| damaged("status"))?,
                evidence: evidence
                    .query_map([rowid], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?,
            });
        }
        Ok(Some(Route {
            target,
            target_label: label.unwrap_or_default(),
            steps,
        }))
    }

    /// Sets one step's status.
    pub fn set_step_status(&mut self, step: &str, status: StepStatus, now: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE route_step SET status = ?2 WHERE uid = ?1",
            params![step, status.as_str()],
        )?;
        if changed == 0 {
            return Err(Error::Usage {
                detail: format!("no route step {step}"),
            });
        }
        tx.execute("UPDATE route SET updated_at = ?1", [now])?;
        tx.commit()?;
        Ok(())
    }

    /// Marks the given steps `done` and links `credential` (a wallet id) to each, in one
    /// transaction. Linking twice is harmless.
    pub fn complete_steps(&mut self, steps: &[String], credential: &str, now: &str) -> Result<()> {
        if steps.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        let credential_row: i64 = tx
            .query_row(
                "SELECT rowid_ FROM credential WHERE id = ?1",
                [credential],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::CredentialNotFound {
                id: credential.into(),
            })?;
        for uid in steps {
            tx.execute(
                "UPDATE route_step SET status = 'done' WHERE uid = ?1",
                [uid],
            )?;
            tx.execute(
                "INSERT OR IGNORE INTO route_step_evidence(step, credential)
                 SELECT id, ?2 FROM route_step WHERE uid = ?1",
                params![uid, credential_row],
            )?;
        }
        tx.execute("UPDATE route SET updated_at = ?1", [now])?;
        tx.commit()?;
        Ok(())
    }
}

/// Stored JSON that no longer parses means the wallet is damaged, not the input.
fn json_error(e: serde_json::Error) -> Error {
    Error::Storage(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}
