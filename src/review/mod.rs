//! Review mode: a mentor, coach or supervisor sits beside the learner, looks at the learner's
//! skills against a target occupation, and records what they saw.
//!
//! Owns three things and guarantees one rule:
//! - the mentor's signer identity ([`mentors`]): a key of the mentor's own, in an encrypted
//!   signer wallet beside the learner's, opened with the mentor's passphrase;
//! - the observation: an OB 3.0 `EndorsementCredential` of one ESCO skill of the learner,
//!   prepared first (the exact document is shown before anything is signed), then signed with
//!   the mentor's key and imported into the learner's wallet through the normal import path
//!   (verified, attached to the skill);
//! - the mentor's appraisal and next steps (Skills Profile Tool part 4) and route steps.
//!
//! The rule: a learner alone never raises a skill above self-declared. An observation is signed
//! only by a key the learner's wallet has never held, and the profile counts it only because
//! it verifies and is not self-signed (`endorse::wallet`); nothing here writes evidence directly.

pub mod mentors;
mod session;

pub use session::{MentorSession, Signed};

use crate::endorse::{build_endorsement, new_urn_uuid, EndorsementInfo, Target};
use crate::profile::parts::{Appraisal, Parts};
use crate::route::{Helper, HelperRole, StepDetails};
use crate::route::{NewStep, StepKind};
use crate::sign::{sign_document, Cryptosuite};
use crate::store::{EscoDb, SignerIdentity};
use crate::wallet::{is_esco_skill, now_rfc3339, ImportOutcome};
use crate::{Error, Result, Wallet};
use chrono::{DateTime, Utc};
use serde_json::Value;

/// What a mentor saw the learner do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    /// ESCO skill URI.
    pub skill: String,
    /// The skill's label, as the mentor reads it.
    pub label: Option<String>,
    /// The mentor's words (the `endorsementComment`).
    pub comment: String,
    /// What was observed, when and where (the `evidence` narrative).
    pub narrative: Option<String>,
}

/// An observation ready to sign: the exact document, shown to both before signing.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// The unsigned `EndorsementCredential`.
    pub document: Value,
    /// The mentor's `did:key`.
    pub mentor_did: String,
    /// The learner's `did:key` (its subject).
    pub learner_did: String,
    /// Who signs.
    pub mentor: SignerIdentity,
}

/// Prepares the observation `obs` of `learner`'s skill by the mentor whose signer wallet is
/// `mentor`; `name` is the credential's name (localised by the caller). Refuses a mentor whose
/// key the learner's wallet holds: that would be the learner vouching for themselves.
pub fn prepare_observation(
    mentor: &mut Wallet,
    learner: &Wallet,
    obs: &Observation,
    name: &str,
    at: DateTime<Utc>,
) -> Result<Prepared> {
    if !is_esco_skill(&obs.skill) {
        return Err(Error::Usage {
            detail: format!("{} is not an ESCO skill URI", obs.skill),
        });
    }
    let mentor_did = mentor.holder_did()?;
    if learner.store().holder_dids()?.contains(&mentor_did) {
        return Err(Error::ReviewSignerIsLearner);
    }
    let who = mentor.signer_identity(None, None)?;
    let learner_did = learner.holder_did()?;
    let target = Target::Skill {
        uri: obs.skill.clone(),
        label: obs.label.clone(),
        learner: Some(learner_did.clone()),
        narrative: obs.narrative.clone(),
    };
    let document = build_endorsement(
        &target,
        &EndorsementInfo {
            id: &new_urn_uuid()?,
            name,
            did: &mentor_did,
            who: &who,
            comment: &obs.comment,
            valid_from: &now_rfc3339(at),
        },
    )?;
    Ok(Prepared {
        document,
        mentor_did,
        learner_did,
        mentor: who,
    })
}

/// Signs exactly the prepared document with the mentor's key (eddsa-rdfc-2022), then imports
/// it into the learner's wallet, where it is verified and attached to the skill.
pub fn sign_observation(
    mentor: &Wallet,
    learner: &mut Wallet,
    prepared: &Prepared,
    at: DateTime<Utc>,
) -> Result<(Value, ImportOutcome)> {
    // The prepared document must still be the mentor's, about this learner: the slot it was
    // kept in could have outlived a switch of wallet.
    let did = mentor.holder_did()?;
    let issuer = prepared
        .document
        .pointer("/issuer/id")
        .and_then(Value::as_str);
    let subject = prepared
        .document
        .pointer("/credentialSubject/id")
        .and_then(Value::as_str);
    if issuer != Some(did.as_str()) || subject != Some(learner.holder_did()?.as_str()) {
        return Err(Error::ReviewObservationStale);
    }
    if learner.store().holder_dids()?.contains(&did) {
        return Err(Error::ReviewSignerIsLearner);
    }
    let created = prepared
        .document
        .get("validFrom")
        .and_then(Value::as_str)
        .map(String::from)
        .unwrap_or_else(|| now_rfc3339(at));
    let signed = sign_document(
        &prepared.document,
        Cryptosuite::EddsaRdfc2022,
        &did,
        &created,
        |m| mentor.store().sign_as_holder(m),
    )?;
    let bytes = serde_json::to_vec_pretty(&signed).map_err(|e| Error::SigningFailed {
        detail: e.to_string(),
    })?;
    let outcome = learner.import_bytes(&bytes, Some("review-observation.json"), at)?;
    Ok((signed, outcome))
}

/// Writes the mentor's appraisal and next steps into part 4 of the learner's profile, with the
/// mentor as its adviser and today as its date. Empty next steps are dropped.
pub fn save_appraisal(
    learner: &mut Wallet,
    mentor: &SignerIdentity,
    text: &str,
    next_steps: &[String],
    at: DateTime<Utc>,
) -> Result<Parts> {
    let adviser = match mentor.organisation.as_deref() {
        Some(org) => format!("{} ({org})", mentor.name),
        None => mentor.name.clone(),
    };
    let text = text.trim();
    learner.set_appraisal(Appraisal {
        adviser: Some(adviser),
        text: (!text.is_empty()).then(|| text.to_string()),
        next_steps: next_steps
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
        date: Some(at.format("%Y-%m-%d").to_string()),
    })
}

/// Adds a route step for `skill` toward `target` with the mentor as its helper; returns the
/// step's id. A learner without a route gets one toward `target` first (the core proposes its
/// steps); a skill that already has a step keeps it and gains the mentor as helper.
pub fn add_route_step(
    learner: &mut Wallet,
    esco: &EscoDb,
    target: &str,
    skill: &str,
    mentor: &SignerIdentity,
) -> Result<String> {
    if !is_esco_skill(skill) {
        return Err(Error::Usage {
            detail: format!("{skill} is not an ESCO skill URI"),
        });
    }
    let route = match learner.route()? {
        Some(route) => route,
        None => learner.set_route_target(esco, target)?,
    };
    let helper = Helper {
        role: HelperRole::Mentor,
        name: mentor.name.clone(),
        contact: None,
    };
    if let Some(step) = route.steps.iter().find(|s| s.skills == [skill]) {
        let id = step.id.clone();
        learner.update_route_step(&id, |s| s.details.helper = Some(helper))?;
        return Ok(id);
    }
    let title = esco
        .label(skill, "en")?
        .map(|(label, _)| label)
        .unwrap_or_else(|| skill.to_string());
    learner.add_route_step(
        NewStep {
            kind: StepKind::EarnCredential,
            title,
            skills: vec![skill.to_string()],
            details: StepDetails {
                helper: Some(helper),
                ..StepDetails::default()
            },
        },
        None,
    )
}
