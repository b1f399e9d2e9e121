//! Erkend core: the learner's wallet without any window around it.
//!
//! The core owns the domain model, the encrypted wallet store, import of outside credential
//! formats, offline verification and the Fluent messages. It has no Tauri, no webview and no
//! network: the desktop shell (`src-tauri`) and the CLI (`src/bin/erkend.rs`) are thin callers.
//! See `ARCHITECTURE.md` for the code map and the invariants.
#![deny(missing_docs)]

pub mod backup;
pub mod completeness;
pub mod endorse;
pub mod error;
pub mod esco;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod import;
pub mod matching;
pub mod model;
pub mod online;
pub mod pdf;
pub mod profile;
pub mod proof;
pub mod review;
pub mod route;
pub mod sign;
pub mod status;
pub mod store;
pub mod trust;
pub mod vaults;
pub mod verify;
pub mod wallet;

pub use error::{Error, ErrorCode, Result};
pub use wallet::Wallet;
