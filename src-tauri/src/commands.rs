//! IPC commands, one file per area. Each command is a few lines: take the state, call one core
//! function, map the result to a DTO or an [`IpcError`](crate::ipc_error::IpcError).

pub mod credentials;
pub mod endorse;
pub mod import;
pub mod language;
pub mod profile_edit;
pub mod review;
pub mod route;
pub mod route_edit;
pub mod settings;
pub mod share;
pub mod skills;
pub mod vaults;
pub mod wallet;
