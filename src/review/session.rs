//! One mentor's sitting beside a learner: their signer wallet, opened with their own passphrase,
//! the identity they sign as, and the observation prepared and shown but not signed yet.
//!
//! Guarantees: what is signed is exactly the last document [`MentorSession::prepare`] returned
//! (shown to mentor and learner), and only once — a second signature needs a second
//! preparation; without one, signing is refused as stale. The passphrase is used to open the
//! signer wallet and kept nowhere.

use super::{mentors, Observation, Prepared};
use crate::i18n::Localizer;
use crate::profile::parts::Parts;
use crate::store::{EscoDb, SignerIdentity};
use crate::vaults::Vaults;
use crate::{Error, Result, Wallet};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// An open mentor (see the module docs).
#[derive(Debug)]
pub struct MentorSession {
    id: String,
    wallet: Wallet,
    who: SignerIdentity,
    pending: Option<Prepared>,
}

/// A signed observation, now in the learner's wallet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// The endorsement's own id.
    pub id: String,
    /// Whether it verified on import.
    pub verified: Option<bool>,
    /// The skill's evidence level in the learner's profile now (`None`: not in the profile).
    pub evidence: Option<String>,
}

impl MentorSession {
    /// Creates a mentor's signer wallet in `vaults` (their key, their non-empty passphrase) and
    /// opens it.
    pub fn create(
        vaults: &Vaults,
        name: &str,
        organisation: Option<&str>,
        passphrase: &str,
    ) -> Result<MentorSession> {
        // An empty passphrase is refused by the vaults: anyone at the shared PC could sign.
        let (card, wallet, who) = mentors::create(vaults, name, organisation, passphrase)?;
        Ok(MentorSession::new(card.id, wallet, who))
    }

    /// Opens mentor `id`'s signer wallet with their passphrase.
    pub fn open(vaults: &Vaults, id: &str, passphrase: &str) -> Result<MentorSession> {
        let (wallet, who) = mentors::open(vaults, id, passphrase)?;
        Ok(MentorSession::new(id.to_string(), wallet, who))
    }

    fn new(id: String, wallet: Wallet, who: SignerIdentity) -> MentorSession {
        MentorSession {
            id,
            wallet,
            who,
            pending: None,
        }
    }

    /// The signer wallet's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Who the mentor signs as.
    pub fn who(&self) -> &SignerIdentity {
        &self.who
    }

    /// The mentor's `did:key`.
    pub fn did(&self) -> Result<String> {
        self.wallet.holder_did()
    }

    /// Prepares the observation `obs` of `learner`'s skill (its label as the mentor reads it in
    /// `lang`, which also names the credential) and keeps it for [`Self::sign`]; returns the
    /// observation as it will be signed (a blank narrative dropped) and the exact document.
    pub fn prepare(
        &mut self,
        learner: &Wallet,
        mut obs: Observation,
        lang: &str,
        at: DateTime<Utc>,
    ) -> Result<(Observation, Prepared)> {
        let label = obs.label.clone().unwrap_or_else(|| obs.skill.clone());
        let name = Localizer::for_tag(lang)?.format(
            "review-observation-name",
            &BTreeMap::from([("skill".to_string(), label)]),
        );
        obs.narrative = obs.narrative.filter(|n| !n.trim().is_empty());
        // A failed preparation leaves nothing to sign: the mentor must see what they sign.
        self.pending = None;
        let prepared = super::prepare_observation(&mut self.wallet, learner, &obs, &name, at)?;
        self.pending = Some(prepared.clone());
        Ok((obs, prepared))
    }

    /// Signs the prepared observation with the mentor's key and imports it into `learner`'s
    /// wallet; refused as stale when nothing is prepared (or it was signed already).
    pub fn sign(&mut self, learner: &mut Wallet, at: DateTime<Utc>) -> Result<Signed> {
        let prepared = self.pending.take().ok_or(Error::ReviewObservationStale)?;
        let skill = prepared
            .document
            .pointer("/credentialSubject/alignment/0/targetUrl")
            .and_then(serde_json::Value::as_str)
            .map(String::from);
        let (signed, outcome) = super::sign_observation(&self.wallet, learner, &prepared, at)?;
        let evidence = learner
            .profile()?
            .into_iter()
            .find(|s| Some(&s.uri) == skill.as_ref())
            .map(|s| s.evidence.as_str().to_string());
        Ok(Signed {
            id: signed["id"].as_str().unwrap_or_default().to_string(),
            verified: outcome.verdict.verified,
            evidence,
        })
    }

    /// Writes the mentor's appraisal and next steps into `learner`'s profile (part 4).
    pub fn save_appraisal(
        &self,
        learner: &mut Wallet,
        text: &str,
        next_steps: &[String],
        at: DateTime<Utc>,
    ) -> Result<Parts> {
        super::save_appraisal(learner, &self.who, text, next_steps, at)
    }

    /// Adds a route step for `skill` toward `target` with the mentor as helper; returns the
    /// step's id.
    pub fn add_route_step(
        &self,
        learner: &mut Wallet,
        esco: &EscoDb,
        target: &str,
        skill: &str,
    ) -> Result<String> {
        super::add_route_step(learner, esco, target, skill, &self.who)
    }
}
