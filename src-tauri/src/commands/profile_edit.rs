//! Editing the skills profile from the profile screen (part 1 person, part 3 languages and work
//! experience with ESCO links, the learner's own skills) and matching a pasted vacancy. Every
//! edit returns the parts as they are now, labelled in `lang`.

use crate::dto::{LanguageDto, PersonDto, ProfilePartsDto, VacancyDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::profile::parts::{Experience, Parts};
use erkend::Wallet;
use tauri::State;

/// Runs one edit on the wallet, then returns the parts and own skills labelled in `lang`.
fn edit(
    state: &AppState,
    lang: &str,
    change: impl FnOnce(&mut Wallet) -> erkend::Result<()>,
) -> Result<ProfilePartsDto, IpcError> {
    // The ESCO database opens first, never while the wallet lock is held (see `skills`).
    state.with_esco(|_| Ok(()))?;
    let (parts, own): (Parts, _) = state.with_wallet(|w| {
        change(w)?;
        Ok((w.profile_parts()?, w.self_declared_skills()?))
    })?;
    Ok(state.with_esco(|db| ProfilePartsDto::new(db, &parts, &own, lang))?)
}

/// The profile's person, languages, work experience and own skills.
#[tauri::command(async)]
pub fn show_profile_parts(
    state: State<'_, AppState>,
    lang: String,
) -> Result<ProfilePartsDto, IpcError> {
    edit(&state, &lang, |_| Ok(()))
}

/// Part 1: replaces the person.
#[tauri::command(async)]
pub fn save_person(
    state: State<'_, AppState>,
    person: PersonDto,
    lang: String,
) -> Result<ProfilePartsDto, IpcError> {
    edit(&state, &lang, |w| {
        w.set_person(person.into_person()).map(|_| ())
    })
}

/// Part 3: adds a language, or replaces the entry for the same language.
#[tauri::command(async)]
pub fn save_language(
    state: State<'_, AppState>,
    language: LanguageDto,
    lang: String,
) -> Result<ProfilePartsDto, IpcError> {
    edit(&state, &lang, |w| {
        w.add_language(language.into_skill()?).map(|_| ())
    })
}

/// Part 3: removes a language.
#[tauri::command(async)]
pub fn remove_language(
    state: State<'_, AppState>,
    language: String,
    lang: String,
) -> Result<ProfilePartsDto, IpcError> {
    edit(&state, &lang, |w| w.remove_language(&language).map(|_| ()))
}

/// Part 3: adds a work experience (`index` null) or replaces the one at `index`.
#[tauri::command(async)]
pub fn save_experience(
    state: State<'_, AppState>,
    index: Option<usize>,
    experience: Experience,
    lang: String,
) -> Result<ProfilePartsDto, IpcError> {
    edit(&state, &lang, |w| {
        match index {
            Some(i) => w.replace_experience(i, experience),
            None => w.add_experience(experience),
        }
        .map(|_| ())
    })
}

/// Part 3: removes the work experience at `index`.
#[tauri::command(async)]
pub fn remove_experience(
    state: State<'_, AppState>,
    index: usize,
    lang: String,
) -> Result<ProfilePartsDto, IpcError> {
    edit(&state, &lang, |w| w.remove_experience(index).map(|_| ()))
}

/// Removes one of the learner's own (self-declared) skills.
#[tauri::command(async)]
pub fn remove_own_skill(
    state: State<'_, AppState>,
    id: i64,
    lang: String,
) -> Result<ProfilePartsDto, IpcError> {
    edit(&state, &lang, |w| w.remove_self_declared_skill(id))
}

/// A vacancy text (written in `language`) turned into ESCO skills and matched against the
/// profile; labels in `lang`.
#[tauri::command(async)]
pub fn match_vacancy(
    state: State<'_, AppState>,
    text: String,
    language: String,
    lang: String,
) -> Result<VacancyDto, IpcError> {
    if text.trim().is_empty() {
        return Err(IpcError::bad_request("text"));
    }
    state.with_esco(|_| Ok(()))?;
    let m = state.with_wallet(|w| state.with_esco(|db| w.match_vacancy(db, &text, &language)))?;
    Ok(state.with_esco(|db| VacancyDto::new(db, &m, &lang))?)
}
