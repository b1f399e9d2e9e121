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
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
