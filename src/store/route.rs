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
        let tx = self.write_tx()?;
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
                "INSERT INTO route_step(uid, route, position, kind, title, skills, status, data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'planned', ?7)",
            )?;
            for (position, step) in steps.iter().enumerate() {
                let skills = serde_json::to_string(&step.skills).map_err(json_error)?;
                let data = serde_json::to_string(&step.details).map_err(json_error)?;
                insert.execute(params![
                    super::credentials::new_id()?,
                    route,
                    position as i64,
                    step.kind.as_str(),
                    step.title,
                    skills,
                    data
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
            "SELECT id, uid, kind, title, skills, status, data FROM route_step
              WHERE route = ?1 ORDER BY position, id",
        )?;
        let rows = stmt.query_map([route], |r| {
            Ok((
                (r.get::<_, i64>(0)?, r.get::<_, String>(1)?),
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut evidence = self.conn.prepare(
            "SELECT c.id FROM route_step_evidence e JOIN credential c ON c.rowid_ = e.credential
              WHERE e.step = ?1 ORDER BY c.rowid_",
        )?;
        let mut steps = Vec::new();
        for row in rows {
            let ((rowid, id), kind, title, skills, status, data) = row?;
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
                details: serde_json::from_str(&data).map_err(json_error)?,
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
        let tx = self.write_tx()?;
        let changed = tx.execute(
            "UPDATE route_step SET status = ?2 WHERE uid = ?1",
            params![step, status.as_str()],
        )?;
        if changed == 0 {
            return Err(Error::RouteStepNotFound { id: step.into() });
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
        let tx = self.write_tx()?;
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

impl Store {
    /// Adds a step to the route at `position` (`None`: at the end) and returns its id.
    pub fn insert_step(
        &mut self,
        step: &NewStep,
        position: Option<usize>,
        now: &str,
    ) -> Result<String> {
        let tx = self.write_tx()?;
        let route: i64 = tx
            .query_row(
                "SELECT id FROM route WHERE target_uri IS NOT NULL ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::RouteNoTarget)?;
        let mut order: Vec<String> = {
            let mut stmt =
                tx.prepare("SELECT uid FROM route_step WHERE route = ?1 ORDER BY position, id")?;
            let rows = stmt.query_map([route], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let uid = super::credentials::new_id()?;
        tx.execute(
            "INSERT INTO route_step(uid, route, position, kind, title, skills, status, data)
             VALUES (?1, ?2, 0, ?3, ?4, ?5, 'planned', ?6)",
            params![
                uid,
                route,
                step.kind.as_str(),
                step.title,
                serde_json::to_string(&step.skills).map_err(json_error)?,
                serde_json::to_string(&step.details).map_err(json_error)?
            ],
        )?;
        let at = position.unwrap_or(order.len()).min(order.len());
        order.insert(at, uid.clone());
        renumber(&tx, &order)?;
        tx.execute("UPDATE route SET updated_at = ?1", [now])?;
        tx.commit()?;
        Ok(uid)
    }

    /// Replaces a step's kind, title, skills, status and details (its id, evidence and place
    /// stay).
    pub fn update_step(&mut self, step: &Step, now: &str) -> Result<()> {
        let tx = self.write_tx()?;
        let changed = tx.execute(
            "UPDATE route_step SET kind = ?2, title = ?3, skills = ?4, status = ?5, data = ?6
              WHERE uid = ?1",
            params![
                step.id,
                step.kind.as_str(),
                step.title,
                serde_json::to_string(&step.skills).map_err(json_error)?,
                step.status.as_str(),
                serde_json::to_string(&step.details).map_err(json_error)?
            ],
        )?;
        if changed == 0 {
            return Err(Error::RouteStepNotFound {
                id: step.id.clone(),
            });
        }
        tx.execute("UPDATE route SET updated_at = ?1", [now])?;
        tx.commit()?;
        Ok(())
    }

    /// Removes a step (and its evidence links).
    pub fn delete_step(&mut self, uid: &str, now: &str) -> Result<()> {
        let tx = self.write_tx()?;
        if tx.execute("DELETE FROM route_step WHERE uid = ?1", [uid])? == 0 {
            return Err(Error::RouteStepNotFound { id: uid.into() });
        }
        tx.execute("UPDATE route SET updated_at = ?1", [now])?;
        tx.commit()?;
        Ok(())
    }

    /// Puts the route's steps in the given order (every step id exactly once).
    pub fn reorder_steps(&mut self, order: &[String], now: &str) -> Result<()> {
        let tx = self.write_tx()?;
        renumber(&tx, order)?;
        tx.execute("UPDATE route SET updated_at = ?1", [now])?;
        tx.commit()?;
        Ok(())
    }

    /// Links credentials to a step as evidence without changing its status (a stack's earned
    /// items). Linking twice is harmless.
    pub fn link_step_evidence(&mut self, step: &str, credentials: &[String]) -> Result<()> {
        let tx = self.write_tx()?;
        for credential in credentials {
            tx.execute(
                "INSERT OR IGNORE INTO route_step_evidence(step, credential)
                 SELECT s.id, c.rowid_ FROM route_step s, credential c
                  WHERE s.uid = ?1 AND c.id = ?2",
                params![step, credential],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}

fn renumber(tx: &rusqlite::Transaction<'_>, order: &[String]) -> Result<()> {
    for (position, uid) in order.iter().enumerate() {
        if tx.execute(
            "UPDATE route_step SET position = ?2 WHERE uid = ?1",
            params![uid, position as i64],
        )? == 0
        {
            return Err(Error::RouteStepNotFound { id: uid.clone() });
        }
    }
    Ok(())
}

/// Stored JSON that no longer parses means the wallet is damaged, not the input.
fn json_error(e: serde_json::Error) -> Error {
    Error::Storage(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}
