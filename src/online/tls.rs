//! Why a server's certificate was refused, read from the TLS library's own error (not from its
//! text), so the learner sees "this certificate is for another site" or "check the computer's
//! date" instead of a transport message.

use crate::Error;
use rustls::CertificateError;

/// What was wrong with a server's certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertificateProblem {
    /// The certificate names other sites than the one asked for.
    WrongHost,
    /// The certificate is out of its validity period (or the computer's clock is wrong).
    Expired,
    /// No trusted authority vouches for the certificate.
    Untrusted,
    /// Anything else wrong with it (revoked, bad signature, wrong purpose, damaged).
    Invalid,
}

impl CertificateProblem {
    /// The kebab-case name the messages select on.
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateProblem::WrongHost => "wrong-host",
            CertificateProblem::Expired => "expired",
            CertificateProblem::Untrusted => "untrusted",
            CertificateProblem::Invalid => "invalid",
        }
    }

    fn of(error: &CertificateError) -> CertificateProblem {
        match error {
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                CertificateProblem::WrongHost
            }
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => CertificateProblem::Expired,
            CertificateError::UnknownIssuer => CertificateProblem::Untrusted,
            _ => CertificateProblem::Invalid,
        }
    }
}

/// [`Error::CertificateRefused`] when a request failed because the server's certificate was
/// refused; `None` for every other failure.
pub(super) fn refused(url: &str, error: &(dyn std::error::Error + 'static)) -> Option<Error> {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = next {
        // io::Error's `source()` skips the error it wraps: look inside it explicitly.
        let inner = e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .map(|b| b as &(dyn std::error::Error + 'static));
        for candidate in [Some(e), inner].into_iter().flatten() {
            if let Some(rustls::Error::InvalidCertificate(c)) =
                candidate.downcast_ref::<rustls::Error>()
            {
                return Some(Error::CertificateRefused {
                    url: url.to_string(),
                    problem: CertificateProblem::of(c),
                });
            }
        }
        next = inner.or_else(|| e.source());
    }
    None
}
