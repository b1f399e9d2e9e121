//! Offline verification: turns a credential into a [`Verdict`] of per-check outcomes.
//!
//! Nothing here reads a clock, the network or a random source: the time of the check is passed
//! in. A bad credential is a verdict, never an error.

pub mod canon;
pub mod jsonld;
pub mod rdf;
mod verdict;

pub use verdict::{Check, CheckName, Outcome, Trust, Verdict};

use crate::import::Parsed;
use chrono::{DateTime, Utc};

/// Verifies a parsed credential at time `at`.
///
/// This build checks validity dates. Cryptographic proof checks come with the verification
/// engine; until a format's proof can be checked, its `signature` check is `unchecked`, so
/// `verified` is `null` rather than a guess.
pub fn verify(parsed: &Parsed, at: DateTime<Utc>) -> Verdict {
    let mut checks = vec![Check::unchecked(
        CheckName::Signature,
        "check-signature-not-supported-yet",
    )];
    checks.extend(verdict::validity_checks(&parsed.credential, at));
    Verdict::new(checks, at)
}
