//! The `skill_claim` table: skills that do not come from a stored credential.

use super::Store;
use crate::Result;
use rusqlite::params;

/// A stored skill claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillClaim {
    /// Row id (sources are named `claim:<id>`).
    pub id: i64,
    /// ESCO skill URI.
    pub uri: String,
    /// `self-declared`, `mentor-observed` or `endorsed`.
    pub evidence: String,
    /// The learner's note.
    pub note: Option<String>,
}

impl Store {
    /// Records a skill claim in one transaction and returns its id.
    pub fn add_skill_claim(
        &mut self,
        uri: &str,
        evidence: &str,
        note: Option<&str>,
        now: &str,
    ) -> Result<i64> {
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT INTO skill_claim(uri, evidence, note, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![uri, evidence, note, now],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Every skill claim, oldest first.
    pub fn skill_claims(&self) -> Result<Vec<SkillClaim>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, uri, evidence, note FROM skill_claim ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(SkillClaim {
                id: r.get(0)?,
                uri: r.get(1)?,
                evidence: r.get(2)?,
                note: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// The stored JSON of one profile part (`person`, `wishes`, `skills`, `appraisal`).
    pub fn profile_part(&self, part: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "SELECT data FROM profile_part WHERE part = ?1",
                [part],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Replaces one profile part's JSON, in one transaction.
    pub fn set_profile_part(&mut self, part: &str, data: &str, now: &str) -> Result<()> {
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT INTO profile_part(part, data, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(part) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            params![part, data, now],
        )?;
        tx.commit()?;
        Ok(())
    }
}

impl Store {
    /// Removes one self-declared skill claim; `false` when there is no such self-declared claim
    /// (claims backed by a mentor or an endorsement are not the learner's to drop here).
    pub fn delete_self_declared_claim(&mut self, id: i64) -> Result<bool> {
        let tx = self.write_tx()?;
        let removed = tx.execute(
            "DELETE FROM skill_claim WHERE id = ?1 AND evidence = 'self-declared'",
            [id],
        )?;
        tx.commit()?;
        Ok(removed == 1)
    }
}
