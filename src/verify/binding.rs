//! Issuer binding: is the key that signed a credential controlled by the credential's issuer?
//!
//! A valid signature proves only that *someone* signed. The `issuer` check ties that someone to
//! the issuer the credential names: for a self-describing issuer (`did:key`, `did:jwk`) the
//! answer is known offline (same DID or not); for an issuer that must be resolved (`did:web`,
//! `https:`) and a key controlled by another party, it can only be answered online, so the check
//! is `unchecked`, never passed.

use super::keys::did_of;
use super::verdict::{Check, CheckName};

/// True for DIDs whose whole document follows from the identifier itself.
fn self_describing(id: &str) -> bool {
    id.starts_with("did:key:") || id.starts_with("did:jwk:")
}

/// The `issuer` check for one signing key controller.
pub(crate) fn issuer_check(issuer: &str, controller: &str) -> Check {
    issuer_check_any(issuer, &[controller])
}

/// The `issuer` check when several keys signed (a proof set): passed when any of them is the
/// issuer's.
pub(crate) fn issuer_check_any(issuer: &str, controllers: &[&str]) -> Check {
    let issuer_did = did_of(issuer);
    if let Some(c) = controllers.iter().find(|c| did_of(c) == issuer_did) {
        return Check::passed(CheckName::Issuer, "check-issuer-matches")
            .with_arg("issuer", issuer)
            .with_arg("controller", *c);
    }
    let other = controllers.first().copied().unwrap_or_default();
    if self_describing(issuer_did) {
        // A did:key / did:jwk issuer has exactly the keys its identifier encodes: any other
        // controller is someone else.
        Check::failed(CheckName::Issuer, "check-issuer-mismatch")
            .with_arg("issuer", issuer)
            .with_arg("controller", other)
    } else {
        Check::unchecked(CheckName::Issuer, "check-issuer-needs-network")
            .with_arg("issuer", issuer)
            .with_arg("controller", other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::Outcome;

    #[test]
    fn same_did_passes_other_did_key_fails_web_issuer_is_unchecked() {
        let a = "did:key:z6MkA";
        assert_eq!(issuer_check(a, a).outcome, Outcome::Passed);
        assert_eq!(issuer_check(a, "did:key:z6MkB").outcome, Outcome::Failed);
        assert_eq!(
            issuer_check("https://example.org/issuer", "did:key:z6MkB").outcome,
            Outcome::Unchecked
        );
        assert_eq!(
            issuer_check("did:web:example.org", "did:web:example.org").outcome,
            Outcome::Passed
        );
        assert_eq!(
            issuer_check_any(a, &["did:key:z6MkB", a]).outcome,
            Outcome::Passed
        );
    }
}
