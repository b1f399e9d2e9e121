//! The skills side: ESCO search, the skills profile and occupation matching. ESCO labels come in
//! the language the UI asks for, with a marked fallback where ESCO has none.

use crate::dto::{EscoHitDto, MatchDto, ProfileSkillDto, ProgressDto, SkillChoiceDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::esco::Kind;
use tauri::State;

/// Most hits a search returns; a list longer than this is not read by anyone.
const SEARCH_LIMIT: usize = 25;

/// Opens the ESCO database, building it on first use (poll [`esco_progress`] meanwhile).
#[tauri::command(async)]
pub fn prepare_esco(state: State<'_, AppState>) -> Result<(), IpcError> {
    Ok(state.with_esco(|_| Ok(()))?)
}

/// Stops building the ESCO database; the command waiting for it answers `esco-stopped`.
#[tauri::command(async)]
pub fn cancel_esco_build(state: State<'_, AppState>) {
    state.stop_esco_build();
}

/// How far building the ESCO database is.
#[tauri::command(async)]
pub fn esco_progress(state: State<'_, AppState>) -> ProgressDto {
    let (done, total) = state.esco_progress();
    ProgressDto { done, total }
}

/// Searches ESCO labels (prefix, accent-insensitive) of `kind` (`skill`, `occupation`; any
/// when absent), best first, labelled in `lang`.
#[tauri::command(async)]
pub fn search_esco(
    state: State<'_, AppState>,
    query: String,
    kind: Option<String>,
    lang: String,
) -> Result<Vec<EscoHitDto>, IpcError> {
    let kind = match kind.as_deref() {
        Some(name) => Some(Kind::parse(name).ok_or_else(|| IpcError::bad_request("kind"))?),
        None => None,
    };
    let hits = state.with_esco(|db| db.search(&query, &lang, kind, SEARCH_LIMIT))?;
    Ok(hits.iter().map(|h| EscoHitDto::new(h, &lang)).collect())
}

/// The skills profile, strongest evidence first, labelled in `lang`.
#[tauri::command(async)]
pub fn show_profile(
    state: State<'_, AppState>,
    lang: String,
) -> Result<Vec<ProfileSkillDto>, IpcError> {
    let (skills, endorsers) = state.with_wallet(|w| Ok((w.profile()?, w.skill_endorsers()?)))?;
    Ok(state.with_esco(|db| {
        skills
            .iter()
            .map(|s| Ok(ProfileSkillDto::new(db, s, &lang)?.with_endorsers(&endorsers)))
            .collect()
    })?)
}

/// Adds a skill the learner declares themselves (the weakest evidence).
#[tauri::command(async)]
pub fn add_skill(state: State<'_, AppState>, uri: String) -> Result<(), IpcError> {
    state.with_wallet(|w| w.add_self_declared_skill(&uri, None).map(|_| ()))
}

/// Occupations ranked by fit for the profile (the `limit` best), labelled in `lang`.
#[tauri::command(async)]
pub fn match_occupations(
    state: State<'_, AppState>,
    lang: String,
    limit: usize,
) -> Result<Vec<MatchDto>, IpcError> {
    // The ESCO database is opened first and never while the wallet lock is held, so a long
    // first build does not block the wallet screens.
    state.with_esco(|_| Ok(()))?;
    let matches = state.with_wallet(|w| state.with_esco(|db| w.rank_occupations(db, limit)))?;
    Ok(state.with_esco(|db| {
        matches
            .iter()
            .map(|m| MatchDto::new(db, m, &lang))
            .collect()
    })?)
}

/// The fit of one occupation (picked by search), labelled in `lang`.
#[tauri::command(async)]
pub fn match_occupation(
    state: State<'_, AppState>,
    uri: String,
    lang: String,
) -> Result<MatchDto, IpcError> {
    state.with_esco(|_| Ok(()))?;
    let m = state.with_wallet(|w| state.with_esco(|db| w.match_occupation(db, &uri)))?;
    Ok(state.with_esco(|db| MatchDto::new(db, &m, &lang))?)
}

/// The skills of the wallet's credentials that match `query` (the most named ones when it is
/// empty), labelled in `lang`, for the wallet list's skill filter.
#[tauri::command(async)]
pub fn skill_choices(
    state: State<'_, AppState>,
    query: String,
    lang: String,
) -> Result<Vec<SkillChoiceDto>, IpcError> {
    state.with_esco(|_| Ok(()))?;
    let choices = state
        .with_wallet(|w| state.with_esco(|db| w.skill_choices(db, &query, &lang, SEARCH_LIMIT)))?;
    Ok(choices
        .into_iter()
        .map(|c| SkillChoiceDto::new(c, &lang))
        .collect())
}
