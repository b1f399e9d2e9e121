//! The canonical bytes a Data Integrity suite hashes: JCS (RFC 8785) for `eddsa-jcs-2022`,
//! JSON-LD `toRdf` + RDFC-1.0 N-Quads for the RDF suites.
//!
//! This is the one seam between the suites and the canonicalisers (`crate::verify::canon`,
//! `crate::verify::jsonld`), so that a change in their API touches only this file. Until a
//! canonicaliser is part of the build, its suite reports [`CanonError::Unavailable`] and the
//! signature stays `unchecked`.

use serde_json::Value;

/// Why a document could not be canonicalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CanonError {
    /// This build has no canonicaliser for the suite.
    Unavailable,
    /// A JSON-LD context the document needs is not bundled (it would have to be fetched).
    // Made by the JSON-LD document loader once it is part of the build.
    #[allow(dead_code)]
    ContextNotOffline(String),
    /// The document or proof cannot be canonicalised as it stands.
    Invalid(String),
}

/// RFC 8785 canonical JSON bytes.
pub(crate) fn jcs(value: &Value) -> Result<Vec<u8>, CanonError> {
    Ok(crate::verify::canon::jcs::canonicalize_to_vec(value))
}

/// Canonical N-Quads (RDFC-1.0) of the JSON-LD document's RDF dataset.
pub(crate) fn rdfc(_value: &Value) -> Result<Vec<u8>, CanonError> {
    Err(CanonError::Unavailable)
}
