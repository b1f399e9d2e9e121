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
    ContextNotOffline(String),
    /// The document or proof cannot be canonicalised as it stands.
    Invalid(String),
}

/// RFC 8785 canonical JSON bytes.
pub(crate) fn jcs(value: &Value) -> Result<Vec<u8>, CanonError> {
    Ok(crate::verify::canon::jcs::canonicalize_to_vec(value))
}

/// Canonical N-Quads (RDFC-1.0) of the JSON-LD document's RDF dataset.
pub(crate) fn rdfc(value: &Value) -> Result<Vec<u8>, CanonError> {
    rdfc_of(value, None)
}

/// [`rdfc`] of the document as if its top-level member `skip` were absent.
pub(crate) fn rdfc_without(value: &Value, skip: &str) -> Result<Vec<u8>, CanonError> {
    rdfc_of(value, Some(skip))
}

fn rdfc_of(value: &Value, skip: Option<&str>) -> Result<Vec<u8>, CanonError> {
    use crate::verify::canon::{self, Options};
    use crate::verify::jsonld::{JsonLdError, JsonLdProcessor};
    let processor = JsonLdProcessor::global().map_err(|_| CanonError::Unavailable)?;
    let quads = match skip {
        None => processor.to_rdf(value),
        Some(key) => processor.to_rdf_without(value, key),
    };
    let quads = quads.map_err(|e| match e {
        JsonLdError::UnknownContext { url } => CanonError::ContextNotOffline(url),
        // Outside the supported subset, or a broken build: not a verdict on the credential.
        JsonLdError::Unsupported { .. } | JsonLdError::BundledContextCorrupt { .. } => {
            CanonError::Unavailable
        }
        // Safe mode: whatever JSON-LD would drop or cannot read is a credential that does not
        // verify, as in Digital Bazaar's verifier.
        other => CanonError::Invalid(other.code().to_string()),
    })?;
    let canonical = canon::canonicalize(&quads, &Options::default())
        .map_err(|e| CanonError::Invalid(e.code().to_string()))?;
    Ok(canonical.nquads.into_bytes())
}
