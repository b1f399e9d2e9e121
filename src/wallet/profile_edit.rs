//! The wallet's entry-by-entry profile edits for the app's profile screen: replace or remove a
//! language or a work experience, list and remove the learner's own (self-declared) skills.
//! Every change goes through [`Wallet::set_profile_parts`], so it is validated and stored the
//! same way as the CLI's additions.

use super::Wallet;
use crate::profile::parts::{Experience, Parts};
use crate::profile::Evidence;
use crate::store::SkillClaim;
use crate::{Error, Result};

impl Wallet {
    /// Part 3: removes the language `tag`.
    pub fn remove_language(&mut self, tag: &str) -> Result<Parts> {
        let mut parts = self.profile_parts()?;
        parts.skills.remove_language(tag)?;
        self.set_profile_parts(&parts)?;
        Ok(parts)
    }

    /// Part 3: replaces the work experience at `index` (0 = first); the ESCO skills linked to
    /// it change with it.
    pub fn replace_experience(&mut self, index: usize, experience: Experience) -> Result<Parts> {
        let mut parts = self.profile_parts()?;
        parts.skills.replace_experience(index, experience)?;
        self.set_profile_parts(&parts)?;
        Ok(parts)
    }

    /// Part 3: removes the work experience at `index`.
    pub fn remove_experience(&mut self, index: usize) -> Result<Parts> {
        let mut parts = self.profile_parts()?;
        parts.skills.remove_experience(index)?;
        self.set_profile_parts(&parts)?;
        Ok(parts)
    }

    /// The skills the learner declared themselves, oldest first.
    pub fn self_declared_skills(&self) -> Result<Vec<SkillClaim>> {
        Ok(self
            .store
            .skill_claims()?
            .into_iter()
            .filter(|c| c.evidence == Evidence::SelfDeclared.as_str())
            .collect())
    }

    /// Removes one self-declared skill (by its claim id).
    pub fn remove_self_declared_skill(&mut self, id: i64) -> Result<()> {
        if self.store.delete_self_declared_claim(id)? {
            Ok(())
        } else {
            Err(Error::ProfileInvalid {
                field: "skills.self-declared".into(),
                reason: format!("no entry {id}"),
            })
        }
    }
}
