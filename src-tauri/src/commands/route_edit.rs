//! Editing the learning route from the route screen: add a step (kind, title, helper, due
//! date), remove or move one, apply the newcomer step plan. Each returns the route labelled in
//! `lang`, as `show_route` does.

use crate::dto::{NewStepDto, RouteDto};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::profile::parts::Cefr;
use erkend::route::{Helper, HelperRole, NewStep, StepDetails, StepKind};
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

/// The core's step from what the screen sent; unknown names are a bad request.
fn new_step(dto: NewStepDto) -> Result<NewStep, IpcError> {
    let kind = StepKind::parse(&dto.kind).ok_or_else(|| IpcError::bad_request("kind"))?;
    let blank = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let helper = match (blank(dto.helper_role), blank(dto.helper_name)) {
        (Some(role), Some(name)) => Some(Helper {
            role: serde_json::from_value::<HelperRole>(serde_json::Value::String(role))
                .map_err(|_| IpcError::bad_request("helper_role"))?,
            name,
            contact: None,
        }),
        _ => None,
    };
    Ok(NewStep {
        kind,
        title: dto.title.trim().to_string(),
        skills: vec![],
        details: StepDetails {
            end: blank(dto.due),
            helper,
            ..Default::default()
        },
    })
}

/// Adds a step at the end of the route.
#[tauri::command(async)]
pub fn add_route_step(
    state: State<'_, AppState>,
    step: NewStepDto,
    lang: String,
) -> Result<RouteDto, IpcError> {
    let step = new_step(step)?;
    edit(&state, &lang, |w| w.add_route_step(step, None).map(|_| ()))
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
