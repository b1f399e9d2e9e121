//! Errors as they cross IPC: structured data, never a preformatted string.
//!
//! The UI receives `{code, args}` and shows the Fluent message `error-<code>` (and `hint-<code>`
//! when one exists) through the `localize` command, so it never matches on text. Codes come from
//! `erkend::Error::code()`; the few the shell adds itself are listed on [`IpcError`].

use serde::Serialize;
use std::collections::BTreeMap;

/// A command error: a stable kebab-case code plus the message arguments.
///
/// Shell-only codes: `wallet-locked` (a command needs the wallet, but none is open) and
/// `bad-request` (the UI sent something the command cannot use), `bad-path` (a save or open
/// path that is not a full path to a file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    /// Stable code; the Fluent id is `error-<code>`.
    pub code: String,
    /// Message arguments by variable name.
    pub args: BTreeMap<String, String>,
}

impl IpcError {
    /// No wallet is open (not created yet, or still locked).
    pub fn wallet_locked() -> IpcError {
        IpcError {
            code: "wallet-locked".into(),
            args: BTreeMap::new(),
        }
    }

    /// The request lacks what the command needs; `what` names the missing part.
    pub fn bad_request(what: &str) -> IpcError {
        IpcError {
            code: "bad-request".into(),
            args: BTreeMap::from([("what".to_string(), what.to_string())]),
        }
    }
}

impl IpcError {
    /// A path the learner typed is not a full path to a file.
    pub fn bad_path(path: &str) -> IpcError {
        IpcError {
            code: "bad-path".into(),
            args: BTreeMap::from([("path".to_string(), path.to_string())]),
        }
    }
}

impl From<erkend::Error> for IpcError {
    fn from(e: erkend::Error) -> IpcError {
        IpcError {
            code: e.code().to_string(),
            args: e.args(),
        }
    }
}
