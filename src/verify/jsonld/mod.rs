//! JSON-LD 1.1 expansion straight to RDF quads, over the bundled contexts only, in safe mode.
//!
//! This module owns the step from a credential's JSON to the RDF dataset that an
//! `eddsa-rdfc-2022` (or `Ed25519Signature2020`) signature covers. It guarantees:
//!
//! * **No network, ever.** Context URLs are served from the contexts compiled into the binary
//!   (`contexts/`, checked against the SHA-256 values in `contexts/index.json` before first use);
//!   any other URL fails with [`JsonLdError::UnknownContext`].
//! * **Safe mode**, with the same contract as jsonld.js `safe: true` (which Digital Bazaar's `vc`
//!   library uses): whatever JSON-LD would silently drop (a property or type that no context
//!   defines, a relative IRI, an empty or `@id`-only top-level node, a free-floating value, an
//!   invalid language tag) is an error instead. Otherwise unsigned extra claims could ride along
//!   on a credential whose signature checks out. A `null` property value is the one thing dropped
//!   silently, as jsonld.js does: it states "no value" and carries no claim. Where jsonld.js
//!   tolerates malformed input by ignoring part of it (`@language` on a node object, two keys
//!   aliasing `@type` on a value object) this module is stricter and rejects the document.
//!   Keys of `@index` maps and `@index` values are accepted, as jsonld.js does, but they never
//!   reach the RDF, so no signature covers them: they must not be shown as signed data.
//! * **A subset, rejected outside it.** Everything the bundled VC, Data Integrity, OB and CLR
//!   contexts use is supported: type- and property-scoped contexts, `@protected`, `@propagate`,
//!   `@vocab`, compact IRIs, `@type: @id`/`@vocab`/datatype coercion, `@json` (JCS), `@language`
//!   and language maps, `@container` `@set`/`@list`/`@language`/`@index`/`@graph`, embedded
//!   context objects and URL lists, `@context: null`. `@reverse`, `@nest`, `@included`,
//!   `@direction`, `@import`, `@base`, `@id`/`@type` maps and property-valued indexes fail with
//!   [`JsonLdError::Unsupported`] rather than being guessed at.
//!
//! Speed comes from processing each context once: processed active contexts are cached by
//! (active context, local context), covering the document's context list, type-scoped and
//! property-scoped contexts, so a warm document is a JSON walk with hash lookups that emits quads
//! directly (see `shared/research/verify-speed.md`).

mod bundle;
mod context;
mod literal;
mod walk;

use crate::verify::rdf::Quad;
use context::Contexts;
use serde_json::Value;
use std::sync::OnceLock;

/// Why a document could not be turned into RDF. Each variant names what was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonLdError {
    /// A context URL that is not bundled; nothing is ever fetched.
    #[error("unknown JSON-LD context {url}: only bundled contexts are used")]
    UnknownContext {
        /// The URL as written in the document or context.
        url: String,
    },
    /// A property name that no active context defines (JSON-LD would drop it with its value).
    #[error("property \"{term}\" is not defined by any context")]
    UndefinedTerm {
        /// The property name as written.
        term: String,
    },
    /// A `type` value that no context defines and that is not an absolute IRI.
    #[error("type \"{value}\" is not defined by any context")]
    UndefinedType {
        /// The type as written.
        value: String,
    },
    /// A relative IRI in `@id`, `@type`, `@vocab` or an IRI-valued property (no base IRI exists).
    #[error("relative IRI \"{value}\" where an absolute IRI is required")]
    RelativeIri {
        /// The value as written.
        value: String,
    },
    /// Something JSON-LD expansion would drop; `what` is jsonld.js's event code for it
    /// (`empty object`, `object with only @id`, `free-floating scalar`, `null @value value`,
    /// `reserved term`, `reserved @id value`, `blank node predicate`).
    #[error("JSON-LD would drop part of the document ({what})")]
    Dropped {
        /// What would be dropped.
        what: &'static str,
    },
    /// A language tag that is not well-formed BCP 47.
    #[error("invalid language tag \"{tag}\"")]
    InvalidLanguage {
        /// The tag as written.
        tag: String,
    },
    /// A context tried to redefine a protected term outside a property-scoped context.
    #[error("context redefines the protected term \"{term}\"")]
    ProtectedTermRedefinition {
        /// The term.
        term: String,
    },
    /// `@context: null` where protected terms are active.
    #[error("context nullification would discard protected terms")]
    InvalidContextNullification,
    /// A malformed context (bad term definition, cycle, wrong value type).
    #[error("invalid JSON-LD context: {reason}")]
    InvalidContext {
        /// What is wrong.
        reason: String,
    },
    /// A malformed document (bad `@id`, value object or list object).
    #[error("invalid JSON-LD document: {reason}")]
    InvalidDocument {
        /// What is wrong.
        reason: String,
    },
    /// A JSON-LD feature outside the supported subset.
    #[error("unsupported JSON-LD feature: {feature}")]
    Unsupported {
        /// The keyword or construct.
        feature: &'static str,
    },
    /// The document nests deeper, or chains more contexts, than any credential needs.
    #[error("document too complex: {what}")]
    TooComplex {
        /// Which limit was hit.
        what: &'static str,
    },
    /// A bundled context file does not match `contexts/index.json` (a broken build).
    #[error("bundled context {file} is corrupt: {reason}")]
    BundledContextCorrupt {
        /// The file under `contexts/`.
        file: String,
        /// What did not match.
        reason: String,
    },
}

impl JsonLdError {
    /// A stable kebab-case code for the error (for the UI and logs).
    pub fn code(&self) -> &'static str {
        match self {
            JsonLdError::UnknownContext { .. } => "jsonld-unknown-context",
            JsonLdError::UndefinedTerm { .. } => "jsonld-undefined-term",
            JsonLdError::UndefinedType { .. } => "jsonld-undefined-type",
            JsonLdError::RelativeIri { .. } => "jsonld-relative-iri",
            JsonLdError::Dropped { .. } => "jsonld-dropped",
            JsonLdError::InvalidLanguage { .. } => "jsonld-invalid-language",
            JsonLdError::ProtectedTermRedefinition { .. } => "jsonld-protected-term",
            JsonLdError::InvalidContextNullification => "jsonld-context-nullification",
            JsonLdError::InvalidContext { .. } => "jsonld-invalid-context",
            JsonLdError::InvalidDocument { .. } => "jsonld-invalid-document",
            JsonLdError::Unsupported { .. } => "jsonld-unsupported",
            JsonLdError::TooComplex { .. } => "jsonld-too-complex",
            JsonLdError::BundledContextCorrupt { .. } => "jsonld-bundle-corrupt",
        }
    }
}

/// Turns JSON-LD documents into RDF quads using the bundled contexts, in safe mode.
///
/// Build it once and share it (it is `Send + Sync`); processed contexts are cached inside, so
/// later documents that use the same contexts skip context processing entirely.
pub struct JsonLdProcessor {
    contexts: Contexts,
}

impl JsonLdProcessor {
    /// Reads the bundle's index and builds an empty context cache; each bundled context is
    /// checked and parsed when a document first names it.
    pub fn new() -> Result<Self, JsonLdError> {
        Ok(JsonLdProcessor {
            contexts: Contexts::new(bundle::Bundle::get()?),
        })
    }

    /// A process-wide processor, built on first use.
    pub fn global() -> Result<&'static JsonLdProcessor, JsonLdError> {
        static GLOBAL: OnceLock<Result<JsonLdProcessor, JsonLdError>> = OnceLock::new();
        GLOBAL
            .get_or_init(JsonLdProcessor::new)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The RDF dataset of `document` (JSON-LD `toRdf` after expansion), deduplicated.
    ///
    /// Blank nodes get labels `b0`, `b1`, ... in the order they are met; canonicalisation
    /// relabels them. The order of the quads carries no meaning.
    pub fn to_rdf(&self, document: &Value) -> Result<Vec<Quad>, JsonLdError> {
        walk::to_rdf(&self.contexts, document)
    }

    /// [`to_rdf`](Self::to_rdf) of `document` as if its top-level member `skip` were absent,
    /// without copying the document (a Data Integrity proof covers the credential without its
    /// `proof`).
    pub fn to_rdf_without(&self, document: &Value, skip: &str) -> Result<Vec<Quad>, JsonLdError> {
        walk::to_rdf_without(&self.contexts, document, skip)
    }

    /// Whether `url` is served from the bundle (aliases included).
    pub fn is_bundled(&self, url: &str) -> bool {
        self.contexts.bundle().contains(url)
    }
}

impl std::fmt::Debug for JsonLdProcessor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonLdProcessor").finish_non_exhaustive()
    }
}
