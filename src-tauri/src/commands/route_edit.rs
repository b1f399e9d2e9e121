//! Editing the learning route from the route screen: add a step (kind, title, helper, due
//! date), change one's title, helper and due date, remove or move one, apply the newcomer step
//! plan. Each returns the route labelled in
//! `lang`, as `show_route` does.

use crate::dto::{NewStepDto, RouteDto, StepEditDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::profile::parts::Cefr;
use erkend::route::{HelperRole, StepForm, StepKind};
use erkend::Wallet;
use tauri::State;

fn edit(
    state: &AppState,
    lang: &str,
    change: impl FnOnce(&mut Wallet) -> erkend::Result<()>,
) -> Result<RouteDto, IpcError> {
    state.with_esco(|_| Ok(()))?;
    let route = state.with_wallet(|w| {
        change(w)?;
        w.route()
    })?;
    Ok(state.with_esco(|db| RouteDto::new(db, route.as_ref(), lang))?)
}

/// The core's form from what the screen sent; an unknown role is a bad request.
fn form(dto: StepEditDto) -> Result<StepForm, IpcError> {
    let helper_role = match dto.helper_role.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(role) => {
            Some(HelperRole::parse(role).ok_or_else(|| IpcError::bad_request("helper_role"))?)
        }
    };
    Ok(StepForm {
        title: dto.title,
        helper_role,
        helper_name: dto.helper_name,
        due: dto.due,
    })
}

/// Adds a step at the end of the route.
#[tauri::command(async)]
pub fn add_route_step(
    state: State<'_, AppState>,
    step: NewStepDto,
    lang: String,
) -> Result<RouteDto, IpcError> {
    let kind = StepKind::parse(&step.kind).ok_or_else(|| IpcError::bad_request("kind"))?;
    let form = form(step.fields)?;
    edit(&state, &lang, |w| {
        w.add_route_step_from(kind, &form).map(|_| ())
    })
}

/// Changes a step's title (`None`: kept), helper and due date (blank: removed).
#[tauri::command(async)]
pub fn edit_route_step(
    state: State<'_, AppState>,
    step: String,
    change: StepEditDto,
    lang: String,
) -> Result<RouteDto, IpcError> {
    let form = form(change)?;
    edit(&state, &lang, |w| {
        w.edit_route_step(&step, &form).map(|_| ())
    })
}

/// Removes a step.
#[tauri::command(async)]
pub fn remove_route_step(
    state: State<'_, AppState>,
    step: String,
    lang: String,
) -> Result<RouteDto, IpcError> {
    edit(&state, &lang, |w| w.remove_route_step(&step))
}

/// Moves a step to `position` (0 = first).
#[tauri::command(async)]
pub fn move_route_step(
    state: State<'_, AppState>,
    step: String,
    position: usize,
    lang: String,
) -> Result<RouteDto, IpcError> {
    edit(&state, &lang, |w| {
        w.move_route_step(&step, position).map(|_| ())
    })
}

/// Appends the newcomer step plan for learning `language` up to `level` (`A1` … `C2`).
#[tauri::command(async)]
pub fn apply_route_template(
    state: State<'_, AppState>,
    language: String,
    level: String,
    lang: String,
) -> Result<RouteDto, IpcError> {
    let level = Cefr::parse(&level).map_err(|_| IpcError::bad_request("level"))?;
    edit(&state, &lang, |w| {
        w.apply_route_template(&language, level).map(|_| ())
    })
}
