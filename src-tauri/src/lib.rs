//! Erkend's desktop shell: a thin Tauri 2 layer over the `erkend` core.
//!
//! The shell owns the window, the IPC commands and the state they share; it owns no domain
//! logic. Each command takes the state, calls one core function and maps the result to a DTO
//! (`dto`) or a structured error (`ipc_error`). No key material and no passphrase ever travels
//! back over IPC, and every user-visible string is formatted by the core's Fluent localizer.
#![deny(missing_docs)]

pub mod commands;
pub mod dto;
pub mod ipc_error;
pub mod session;
pub mod state;
pub mod webview_tuning;

use state::AppState;

/// Adds Erkend's state and commands to a Tauri builder (real or mock runtime).
pub fn setup<R: tauri::Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder
        .manage(state)
        .manage(commands::review::MentorSlot::default())
        .invoke_handler(tauri::generate_handler![
            commands::wallet::wallet_status,
            commands::wallet::create_wallet,
            commands::wallet::unlock_wallet,
            commands::wallet::check_wallet,
            commands::credentials::list_credentials,
            commands::credentials::show_credential,
            commands::credentials::list_cards,
            commands::credentials::card_facets,
            commands::import::import_file,
            commands::language::localize,
            commands::language::ui_language,
            commands::endorse::list_endorsements,
            commands::endorse::create_endorsement_request,
            commands::endorse::review_endorsement_request,
            commands::endorse::sign_endorsement_request,
            commands::settings::lock_wallet,
            commands::settings::export_original,
            commands::settings::backup_wallet,
            commands::settings::restore_wallet,
            commands::settings::reverify_credential,
            commands::settings::default_folder,
            commands::skills::prepare_esco,
            commands::skills::esco_progress,
            commands::skills::cancel_esco_build,
            commands::skills::search_esco,
            commands::skills::show_profile,
            commands::skills::add_skill,
            commands::skills::match_occupations,
            commands::skills::match_occupation,
            commands::skills::skill_choices,
            commands::route::show_route,
            commands::route::set_route_target,
            commands::route::set_step_status,
            commands::share::share_codes,
            commands::share::share_sheet,
            commands::share::save_proof,
            commands::share::verify_proof,
            commands::profile_edit::show_profile_parts,
            commands::profile_edit::save_person,
            commands::profile_edit::save_language,
            commands::profile_edit::remove_language,
            commands::profile_edit::save_experience,
            commands::profile_edit::remove_experience,
            commands::profile_edit::remove_own_skill,
            commands::profile_edit::match_vacancy,
            commands::route_edit::add_route_step,
            commands::route_edit::edit_route_step,
            commands::route_edit::remove_route_step,
            commands::route_edit::move_route_step,
            commands::route_edit::apply_route_template,
            commands::review::list_mentors,
            commands::review::create_mentor,
            commands::review::open_mentor,
            commands::review::close_mentor,
            commands::review::review_learner,
            commands::review::review_target,
            commands::review::prepare_observation,
            commands::review::sign_observation,
            commands::review::save_appraisal,
            commands::review::add_review_step,
            commands::review::pane_language,
            commands::vaults::vault_session,
            commands::vaults::list_vaults,
            commands::vaults::create_vault,
            commands::vaults::unlock_vault,
            commands::vaults::start_kiosk,
            commands::vaults::switch_user,
            commands::vaults::note_activity,
            commands::vaults::set_auto_lock,
            commands::vaults::check_online,
            commands::vaults::check_online_progress,
            commands::vaults::cancel_check_online,
        ])
}

/// The Tauri context generated from `tauri.conf.json`, the capabilities and `ui/`.
pub fn context<R: tauri::Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Runs the desktop app until its window is closed.
pub fn run() {
    webview_tuning::before_start();
    let state = AppState::from_environment();
    let app = setup(tauri::Builder::default(), state).build(context());
    match app {
        // On the way out the open vault is closed and a kiosk session's files are deleted.
        Ok(app) => {
            use tauri::Manager;
            if let Some(window) = app.get_webview_window("main") {
                webview_tuning::document_viewer(&window);
                webview_tuning::camera(&window);
            }
            app.run(|handle, event| {
                if let tauri::RunEvent::Exit = event {
                    handle.state::<AppState>().end_session();
                }
            })
        }
        Err(e) => {
            // Nothing can be shown without a window; stderr is the only place left to say it.
            eprintln!("erkend-app: could not start: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod contract_tests;
#[cfg(test)]
mod ipc_integrity_tests;
#[cfg(test)]
mod ipc_tests;
#[cfg(test)]
mod ipc_vault_tests;
#[cfg(test)]
mod locale_tests;
#[cfg(test)]
mod review_ipc_tests;
#[cfg(test)]
mod test_harness;
