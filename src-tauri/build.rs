//! Generates the Tauri context (config, capabilities, embedded `ui/`) at compile time.
//!
//! The app manifest lists our commands, so each gets its own `allow-<command>` permission and
//! the capability file can grant exactly those (an unlisted command is refused by Tauri's ACL).

/// Every command the UI may call; keep in step with `generate_handler!` in `src/lib.rs`.
const COMMANDS: &[&str] = &[
    "wallet_status",
    "create_wallet",
    "unlock_wallet",
    "list_credentials",
    "show_credential",
    "list_cards",
    "card_facets",
    "import_file",
    "localize",
    "ui_language",
    "list_endorsements",
    "create_endorsement_request",
    "review_endorsement_request",
    "sign_endorsement_request",
    "lock_wallet",
    "export_original",
    "backup_wallet",
    "restore_wallet",
    "reverify_credential",
    "default_folder",
    "prepare_esco",
    "esco_progress",
    "search_esco",
    "show_profile",
    "add_skill",
    "match_occupations",
    "match_occupation",
    "label_concepts",
    "show_route",
    "set_route_target",
    "set_step_status",
    "share_codes",
    "share_sheet",
    "save_proof",
    "verify_proof",
    "show_profile_parts",
    "save_person",
    "save_language",
    "remove_language",
    "save_experience",
    "remove_experience",
    "remove_own_skill",
    "match_vacancy",
    "add_route_step",
    "remove_route_step",
    "move_route_step",
    "apply_route_template",
    "list_mentors",
    "create_mentor",
    "open_mentor",
    "close_mentor",
    "review_learner",
    "review_target",
    "prepare_observation",
    "sign_observation",
    "save_appraisal",
    "add_review_step",
    "pane_language",
    "vault_session",
    "list_vaults",
    "create_vault",
    "unlock_vault",
    "start_kiosk",
    "switch_user",
    "note_activity",
    "set_auto_lock",
    "check_online",
    "check_online_progress",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
