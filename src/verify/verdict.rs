//! The verdict: what was checked, what passed, what failed, what could not be checked offline.

use crate::model::Credential;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Clock skew tolerated on validity dates, so a credential issued "now" on a machine whose clock
/// is a little behind does not show as not-yet-valid.
const ALLOWED_SKEW_SECONDS: i64 = 300;

/// One named check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckName {
    /// Each proof checked cryptographically against its verification method.
    Signature,
    /// The proof's key is controlled by the credential's issuer.
    Issuer,
    /// A hosted OB 2.0 assertion matches the issuer's hosted copy.
    Hosted,
    /// The credential has not expired.
    Expiry,
    /// The credential is already valid.
    NotBefore,
    /// Revocation / suspension status.
    Status,
    /// Structure against the format's schema.
    Schema,
    /// Each credential nested in a bundle (CLR 2.0) verified on its own.
    Nested,
}

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The check was made and passed.
    Passed,
    /// The check was made and failed.
    Failed,
    /// The check could not be made (offline, or not supported by this build).
    Unchecked,
}

/// One check with its outcome and a Fluent message id plus arguments explaining it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// Which check.
    pub check: CheckName,
    /// Its outcome.
    pub outcome: Outcome,
    /// Fluent message id that explains the outcome.
    pub message: String,
    /// Arguments for the message.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl Check {
    fn new(check: CheckName, outcome: Outcome, message: &str) -> Check {
        Check {
            check,
            outcome,
            message: message.to_string(),
            args: BTreeMap::new(),
        }
    }
    /// A passed check.
    pub fn passed(check: CheckName, message: &str) -> Check {
        Check::new(check, Outcome::Passed, message)
    }
    /// A failed check.
    pub fn failed(check: CheckName, message: &str) -> Check {
        Check::new(check, Outcome::Failed, message)
    }
    /// A check that could not be made.
    pub fn unchecked(check: CheckName, message: &str) -> Check {
        Check::new(check, Outcome::Unchecked, message)
    }
    /// Adds a message argument.
    pub fn with_arg(mut self, name: &str, value: impl Into<String>) -> Check {
        self.args.insert(name.to_string(), value.into());
        self
    }
}

/// Trust colour of a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trust {
    /// Verified, issuer on an installed trust list, nothing unchecked.
    Green,
    /// Nothing failed, but the issuer is unknown or something could not be checked.
    Amber,
    /// Something failed.
    Red,
}

/// The result of verifying one credential.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// `true`: the decisive check passed and none failed; `false`: a check failed; `null`:
    /// nothing failed but the decisive check could not be made.
    pub verified: Option<bool>,
    /// Trust colour.
    pub trust: Trust,
    /// Every check made, in order.
    pub checks: Vec<Check>,
    /// When the checks were made (the time passed in).
    pub checked_at: DateTime<Utc>,
}

impl Verdict {
    /// Derives `verified` and `trust` from the checks. The decisive checks are the `hosted`
    /// check of a hosted assertion when present, else every `signature` check (one per proof)
    /// together with the `issuer` check: a valid signature by a key that cannot be tied to the
    /// issuer proves nothing about the issuer, so it must not make the credential verified.
    /// Trust-list membership comes later; until then a verified credential is amber.
    pub fn new(checks: Vec<Check>, checked_at: DateTime<Utc>) -> Verdict {
        let any_failed = checks.iter().any(|c| c.outcome == Outcome::Failed);
        let hosted = checks.iter().any(|c| c.check == CheckName::Hosted);
        let is_decisive = |c: &&Check| {
            if hosted {
                c.check == CheckName::Hosted
            } else {
                matches!(c.check, CheckName::Signature | CheckName::Issuer)
            }
        };
        let mut decisive = checks.iter().filter(is_decisive).peekable();
        let has_proof_check = hosted || checks.iter().any(|c| c.check == CheckName::Signature);
        let verified = if any_failed {
            Some(false)
        } else if has_proof_check
            && decisive.peek().is_some()
            && decisive.all(|c| c.outcome == Outcome::Passed)
        {
            Some(true)
        } else {
            None
        };
        let trust = match verified {
            Some(false) => Trust::Red,
            _ => Trust::Amber,
        };
        Verdict {
            verified,
            trust,
            checks,
            checked_at,
        }
    }
}

impl Verdict {
    /// Sets the trust colour once trust lists have been consulted: green when the credential
    /// verified, nothing is `unchecked` and its issuer is on an installed list; red when it did
    /// not verify; amber otherwise (an unknown issuer is amber, never a failed check).
    pub fn apply_issuer_trust(&mut self, issuer_on_list: bool) {
        let all_checked = self.checks.iter().all(|c| c.outcome != Outcome::Unchecked);
        self.trust = match self.verified {
            Some(false) => Trust::Red,
            Some(true) if issuer_on_list && all_checked => Trust::Green,
            _ => Trust::Amber,
        };
    }
}

/// Parses a date as OB/VC documents write it: RFC 3339, or a date-time without offset (UTC).
pub fn parse_date(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(d) = DateTime::parse_from_rfc3339(text) {
        return Some(d.with_timezone(&Utc));
    }
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
        .ok()
        .map(|n| n.and_utc())
}

/// The `expiry` and `not-before` checks from the credential's validity window.
pub(crate) fn validity_checks(credential: &Credential, at: DateTime<Utc>) -> Vec<Check> {
    let skew = Duration::seconds(ALLOWED_SKEW_SECONDS);
    let mut checks = Vec::new();
    if let Some(until) = credential.valid_until.as_deref() {
        checks.push(match parse_date(until) {
            Some(d) if at > d + skew => {
                Check::failed(CheckName::Expiry, "check-expired").with_arg("date", until)
            }
            Some(_) => {
                Check::passed(CheckName::Expiry, "check-not-expired").with_arg("date", until)
            }
            None => Check::failed(CheckName::Expiry, "check-bad-date").with_arg("date", until),
        });
    }
    if let Some(from) = credential.valid_from.as_deref() {
        checks.push(match parse_date(from) {
            Some(d) if at + skew < d => {
                Check::failed(CheckName::NotBefore, "check-not-yet-valid").with_arg("date", from)
            }
            Some(_) => {
                Check::passed(CheckName::NotBefore, "check-valid-from").with_arg("date", from)
            }
            None => Check::failed(CheckName::NotBefore, "check-bad-date").with_arg("date", from),
        });
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        parse_date(s).expect("date")
    }

    #[test]
    fn unchecked_signature_gives_null_and_amber() {
        let v = Verdict::new(
            vec![Check::unchecked(CheckName::Signature, "x")],
            at("2026-01-01T00:00:00Z"),
        );
        assert_eq!((v.verified, v.trust), (None, Trust::Amber));
    }

    #[test]
    fn any_failure_is_false_and_red() {
        let v = Verdict::new(
            vec![
                Check::passed(CheckName::Signature, "x"),
                Check::failed(CheckName::Expiry, "y"),
            ],
            at("2026-01-01T00:00:00Z"),
        );
        assert_eq!((v.verified, v.trust), (Some(false), Trust::Red));
    }

    #[test]
    fn passed_signature_is_true_and_amber_without_trust_list() {
        let v = Verdict::new(
            vec![Check::passed(CheckName::Signature, "x")],
            at("2026-01-01T00:00:00Z"),
        );
        assert_eq!((v.verified, v.trust), (Some(true), Trust::Amber));
    }

    #[test]
    fn unchecked_issuer_binding_keeps_verified_null() {
        let v = Verdict::new(
            vec![
                Check::passed(CheckName::Signature, "x"),
                Check::unchecked(CheckName::Issuer, "y"),
            ],
            at("2026-01-01T00:00:00Z"),
        );
        assert_eq!((v.verified, v.trust), (None, Trust::Amber));
        let hosted = Verdict::new(
            vec![Check::unchecked(CheckName::Hosted, "h")],
            at("2026-01-01T00:00:00Z"),
        );
        assert_eq!(hosted.verified, None);
    }

    #[test]
    fn green_needs_a_listed_issuer_and_nothing_unchecked() {
        let t = at("2026-01-01T00:00:00Z");
        let mut v = Verdict::new(vec![Check::passed(CheckName::Signature, "x")], t);
        v.apply_issuer_trust(true);
        assert_eq!(v.trust, Trust::Green);
        v.apply_issuer_trust(false);
        assert_eq!(v.trust, Trust::Amber);
        let mut open = Verdict::new(
            vec![
                Check::passed(CheckName::Signature, "x"),
                Check::unchecked(CheckName::Status, "s"),
            ],
            t,
        );
        open.apply_issuer_trust(true);
        assert_eq!((open.verified, open.trust), (Some(true), Trust::Amber));
        let mut bad = Verdict::new(vec![Check::failed(CheckName::Signature, "x")], t);
        bad.apply_issuer_trust(true);
        assert_eq!(bad.trust, Trust::Red);
    }

    #[test]
    fn validity_window_is_judged_at_the_given_time() {
        let c = Credential {
            valid_from: Some("2025-01-01T00:00:00Z".into()),
            valid_until: Some("2025-12-31T00:00:00Z".into()),
            ..Default::default()
        };
        let outcomes = |t| {
            validity_checks(&c, at(t))
                .iter()
                .map(|c| c.outcome)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            outcomes("2025-06-01T00:00:00Z"),
            [Outcome::Passed, Outcome::Passed]
        );
        assert_eq!(
            outcomes("2026-06-01T00:00:00Z"),
            [Outcome::Failed, Outcome::Passed]
        );
        assert_eq!(
            outcomes("2024-06-01T00:00:00Z"),
            [Outcome::Passed, Outcome::Failed]
        );
    }
}
