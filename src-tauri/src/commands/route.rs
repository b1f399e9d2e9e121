//! The learning route: its target (an ESCO occupation) and the steps toward it.

use crate::dto::RouteDto;
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::route::StepStatus;
use tauri::State;

/// The route, labelled in `lang` (`target` null when none is set).
#[tauri::command(async)]
pub fn show_route(state: State<'_, AppState>, lang: String) -> Result<RouteDto, IpcError> {
    let route = state.with_wallet(|w| w.route())?;
    Ok(state.with_esco(|db| RouteDto::new(db, route.as_ref(), &lang))?)
}

/// Sets the target occupation; the core proposes a step per missing essential skill.
#[tauri::command(async)]
pub fn set_route_target(
    state: State<'_, AppState>,
    uri: String,
    lang: String,
) -> Result<RouteDto, IpcError> {
    state.with_esco(|_| Ok(()))?;
    let route = state.with_wallet(|w| state.with_esco(|db| w.set_route_target(db, &uri)))?;
    Ok(state.with_esco(|db| RouteDto::new(db, Some(&route), &lang))?)
}

/// Sets one step's status (`planned`, `in-progress`, `done`) and returns the route.
#[tauri::command(async)]
pub fn set_step_status(
    state: State<'_, AppState>,
    step: String,
    status: String,
    lang: String,
) -> Result<RouteDto, IpcError> {
    let status = StepStatus::parse(&status).ok_or_else(|| IpcError::bad_request("status"))?;
    let route = state.with_wallet(|w| {
        w.set_route_step_status(&step, status)?;
        w.route()
    })?;
    Ok(state.with_esco(|db| RouteDto::new(db, route.as_ref(), &lang))?)
}
