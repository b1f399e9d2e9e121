//! Canonicalisation: the exact bytes a Data Integrity proof is computed over.
//!
//! - [`rdfc`]: W3C RDF Dataset Canonicalization (RDFC-1.0) over [`crate::verify::rdf::Quad`]s,
//!   used by the `*-rdfc-*` cryptosuites. Bounded work: hostile graphs fail with a typed error.
//! - [`jcs`]: RFC 8785 JSON Canonicalization Scheme, used by the `*-jcs-*` cryptosuites.
//! - [`nquads`]: a strict N-Quads parser, so the W3C test suite and differential tests can feed
//!   [`rdfc`].
//!
//! Everything here is a pure function of its input: no clock, no network, no randomness.

pub mod jcs;
pub mod nquads;
pub mod rdfc;

pub use rdfc::{canonicalize, CanonError, Canonical, HashAlgorithm, Options};
