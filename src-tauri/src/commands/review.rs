//! Review mode over IPC: the mentor's signer identity (a signer wallet of their own, opened with
//! their passphrase and kept open only in [`MentorSlot`]), the two panes' data (the learner's
//! skills with evidence and endorsers; a target occupation's matched and missing skills), the
//! observation (prepared and shown, then signed exactly as shown), the appraisal and route steps.
//!
//! Passphrases only come in; no key and no passphrase goes back. The prepared observation stays
//! in the slot, so what the mentor confirms is byte for byte what the core signs.

use crate::dto::{ConceptDto, ProfileSkillDto, RouteDto, UiLanguageDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::i18n::Localizer;
use erkend::review::{mentors, MentorSession, Observation};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};
use tauri::State;

/// The mentor whose signer wallet is open in review mode (at most one), with the observation
/// they are about to sign (the core's [`MentorSession`]).
#[derive(Debug, Default)]
pub struct MentorSlot(Mutex<Option<MentorSession>>);

impl MentorSlot {
    fn lock(&self) -> MutexGuard<'_, Option<MentorSession>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn mentor_locked() -> IpcError {
    IpcError {
        code: "review-mentor-locked".into(),
        args: BTreeMap::new(),
    }
}

/// A mentor on the picker: only what their card shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentorCardDto {
    /// The signer wallet's id.
    pub id: String,
    /// The mentor's display name.
    pub name: String,
}

/// The open mentor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentorDto {
    /// The signer wallet's id.
    pub id: String,
    /// Display name, as signed.
    pub name: String,
    /// Organisation, as signed.
    pub organisation: Option<String>,
    /// The mentor's `did:key`.
    pub did: String,
}

impl MentorDto {
    fn of(m: &MentorSession) -> Result<MentorDto, IpcError> {
        Ok(MentorDto {
            id: m.id().to_string(),
            name: m.who().name.clone(),
            organisation: m.who().organisation.clone(),
            did: m.did()?,
        })
    }
}

/// One credential in the learner's pane.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewCredentialDto {
    /// Wallet id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Issuer.
    pub issuer: String,
    /// `true` verified, `false` failed, `null` unchecked.
    pub verified: Option<bool>,
}

/// Part 4 of the profile as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppraisalDto {
    /// Who wrote it.
    pub adviser: Option<String>,
    /// The appraisal.
    pub text: Option<String>,
    /// Next steps, in order.
    pub next_steps: Vec<String>,
    /// When (`YYYY-MM-DD`).
    pub date: Option<String>,
}

impl From<&erkend::profile::parts::Appraisal> for AppraisalDto {
    fn from(a: &erkend::profile::parts::Appraisal) -> AppraisalDto {
        AppraisalDto {
            adviser: a.adviser.clone(),
            text: a.text.clone(),
            next_steps: a.next_steps.clone(),
            date: a.date.clone(),
        }
    }
}

/// The learner's pane.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewLearnerDto {
    /// The learner's `did:key` (the subject of observations).
    pub did: String,
    /// Skills, strongest evidence first, with who vouched for each.
    pub skills: Vec<ProfileSkillDto>,
    /// Credentials in the wallet.
    pub credentials: Vec<ReviewCredentialDto>,
    /// Part 4 (appraisal and next steps).
    pub appraisal: AppraisalDto,
}

/// The target occupation against the learner's skills.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewTargetDto {
    /// The occupation.
    pub occupation: ConceptDto,
    /// Share of essential skills held, in [0, 1].
    pub score: f64,
    /// Essential skills held.
    pub essential_have: usize,
    /// Essential skills required.
    pub essential_total: usize,
    /// Essential skills held.
    pub matched: Vec<ConceptDto>,
    /// Essential skills missing.
    pub missing: Vec<ConceptDto>,
}

/// What will be signed, shown before signing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PreparedObservationDto {
    /// Who signs.
    pub mentor: MentorDto,
    /// The learner's `did:key`.
    pub learner_did: String,
    /// The skill.
    pub skill: ConceptDto,
    /// The mentor's words.
    pub comment: String,
    /// What was observed.
    pub narrative: Option<String>,
    /// The exact unsigned document, as JSON text.
    pub json: String,
}

/// A signed observation, now in the learner's wallet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObservationDto {
    /// The endorsement's own id.
    pub id: String,
    /// `true` verified on import.
    pub verified: Option<bool>,
    /// The skill's evidence now.
    pub evidence: Option<String>,
}

/// The mentors with a signer wallet beside this wallet.
#[tauri::command(async)]
pub fn list_mentors(state: State<'_, AppState>) -> Result<Vec<MentorCardDto>, IpcError> {
    Ok(mentors::beside(&state.wallet_path)
        .list()?
        .into_iter()
        .map(|c| MentorCardDto {
            id: c.id,
            name: c.display_name,
        })
        .collect())
}

/// Creates a mentor's signer wallet (their own key and passphrase) and opens it.
#[tauri::command(async)]
pub fn create_mentor(
    state: State<'_, AppState>,
    slot: State<'_, MentorSlot>,
    name: String,
    organisation: Option<String>,
    passphrase: String,
) -> Result<MentorDto, IpcError> {
    let vaults = mentors::beside(&state.wallet_path);
    put(
        &slot,
        MentorSession::create(&vaults, &name, organisation.as_deref(), &passphrase)?,
    )
}

/// Opens a mentor's signer wallet with their passphrase.
#[tauri::command(async)]
pub fn open_mentor(
    state: State<'_, AppState>,
    slot: State<'_, MentorSlot>,
    id: String,
    passphrase: String,
) -> Result<MentorDto, IpcError> {
    let vaults = mentors::beside(&state.wallet_path);
    put(&slot, MentorSession::open(&vaults, &id, &passphrase)?)
}

fn put(slot: &MentorSlot, open: MentorSession) -> Result<MentorDto, IpcError> {
    let dto = MentorDto::of(&open)?;
    *slot.lock() = Some(open);
    Ok(dto)
}

/// Closes the mentor's signer wallet (leaving review mode, locking, switching mentor).
#[tauri::command(async)]
pub fn close_mentor(slot: State<'_, MentorSlot>) {
    *slot.lock() = None;
}

/// The learner's pane: skills (labelled in `lang`) with evidence and endorsers, credentials and
/// the appraisal.
#[tauri::command(async)]
pub fn review_learner(
    state: State<'_, AppState>,
    lang: String,
) -> Result<ReviewLearnerDto, IpcError> {
    state.with_esco(|_| Ok(()))?;
    let (did, profile, endorsers, stored, parts) = state.with_wallet(|w| {
        Ok((
            w.holder_did()?,
            w.profile()?,
            w.skill_endorsers()?,
            w.list()?,
            w.profile_parts()?,
        ))
    })?;
    let skills = state.with_esco(|db| {
        profile
            .iter()
            .map(|s| Ok(ProfileSkillDto::new(db, s, &lang)?.with_endorsers(&endorsers)))
            .collect::<erkend::Result<Vec<_>>>()
    })?;
    let credentials = stored
        .iter()
        .map(|s| {
            let summary = crate::dto::CredentialSummaryDto::from(s);
            ReviewCredentialDto {
                id: summary.id,
                name: summary.name,
                issuer: summary.issuer,
                verified: summary.verified,
            }
        })
        .collect();
    Ok(ReviewLearnerDto {
        did,
        skills,
        credentials,
        appraisal: AppraisalDto::from(&parts.appraisal),
    })
}

/// The target occupation's essential skills, matched and missing, labelled in `lang`.
#[tauri::command(async)]
pub fn review_target(
    state: State<'_, AppState>,
    uri: String,
    lang: String,
) -> Result<ReviewTargetDto, IpcError> {
    state.with_esco(|_| Ok(()))?;
    let m = state.with_wallet(|w| state.with_esco(|db| w.match_occupation(db, &uri)))?;
    Ok(state.with_esco(|db| {
        let label = |list: &[String]| {
            list.iter()
                .map(|u| ConceptDto::label(db, u, &lang))
                .collect::<erkend::Result<Vec<_>>>()
        };
        Ok(ReviewTargetDto {
            occupation: ConceptDto::label(db, &m.occupation, &lang)?,
            score: m.score,
            essential_have: m.essential.have,
            essential_total: m.essential.total,
            matched: label(&m.matched_essential)?,
            missing: label(&m.missing_essential)?,
        })
    })?)
}

/// Prepares the open mentor's observation of `skill` and returns exactly what would be signed;
/// `lang` is the mentor pane's language (the credential's name and the skill's label).
#[tauri::command(async)]
pub fn prepare_observation(
    state: State<'_, AppState>,
    slot: State<'_, MentorSlot>,
    skill: String,
    comment: String,
    narrative: Option<String>,
    lang: String,
) -> Result<PreparedObservationDto, IpcError> {
    let concept = state.with_esco(|db| ConceptDto::label(db, &skill, &lang))?;
    let mut guard = slot.lock();
    let mentor = guard.as_mut().ok_or_else(mentor_locked)?;
    let obs = Observation {
        skill,
        label: Some(concept.label.clone()),
        comment,
        narrative,
    };
    let (obs, prepared) =
        state.with_wallet(|learner| mentor.prepare(learner, obs, &lang, chrono::Utc::now()))?;
    Ok(PreparedObservationDto {
        mentor: MentorDto::of(mentor)?,
        learner_did: prepared.learner_did,
        skill: concept,
        comment: obs.comment,
        narrative: obs.narrative,
        json: serde_json::to_string_pretty(&prepared.document).unwrap_or_default(),
    })
}

/// Signs the prepared observation with the mentor's key and imports it into the learner's
/// wallet (verified, attached to the skill).
#[tauri::command(async)]
pub fn sign_observation(
    state: State<'_, AppState>,
    slot: State<'_, MentorSlot>,
) -> Result<ObservationDto, IpcError> {
    let mut guard = slot.lock();
    let mentor = guard.as_mut().ok_or_else(mentor_locked)?;
    let signed = state.with_wallet(|learner| mentor.sign(learner, chrono::Utc::now()))?;
    Ok(ObservationDto {
        id: signed.id,
        verified: signed.verified,
        evidence: signed.evidence,
    })
}

/// Writes the open mentor's appraisal and next steps (part 4) into the learner's profile.
#[tauri::command(async)]
pub fn save_appraisal(
    state: State<'_, AppState>,
    slot: State<'_, MentorSlot>,
    text: String,
    next_steps: Vec<String>,
) -> Result<AppraisalDto, IpcError> {
    let guard = slot.lock();
    let mentor = guard.as_ref().ok_or_else(mentor_locked)?;
    let parts = state.with_wallet(|learner| {
        mentor.save_appraisal(learner, &text, &next_steps, chrono::Utc::now())
    })?;
    Ok(AppraisalDto::from(&parts.appraisal))
}

/// Adds a route step for `skill` toward `target` with the open mentor as helper.
#[tauri::command(async)]
pub fn add_review_step(
    state: State<'_, AppState>,
    slot: State<'_, MentorSlot>,
    target: String,
    skill: String,
    lang: String,
) -> Result<RouteDto, IpcError> {
    state.with_esco(|_| Ok(()))?;
    let guard = slot.lock();
    let mentor = guard.as_ref().ok_or_else(mentor_locked)?;
    let route = state.with_wallet(|learner| {
        state.with_esco(|db| {
            mentor.add_route_step(learner, db, &target, &skill)?;
            learner.route()
        })
    })?;
    Ok(state.with_esco(|db| RouteDto::new(db, route.as_ref(), &lang))?)
}

/// A second pane's language: negotiated from `requested` without changing the window's
/// language, with its direction (for the pane's `lang` and `dir`).
#[tauri::command(async)]
pub fn pane_language(requested: Vec<String>) -> UiLanguageDto {
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    UiLanguageDto::of(&Localizer::new(&requested))
}
