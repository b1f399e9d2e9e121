//! Active contexts: the JSON-LD 1.1 Context Processing and Create Term Definition algorithms,
//! IRI expansion, and the cache of processed contexts.
//!
//! Processing follows jsonld.js 9 step for step where the bundled contexts can tell the
//! difference (term definitions compared for protection, `@propagate`, prefix flags). A context
//! derived only from bundled contexts is *interned*: kept in the cache for the life of the
//! processor and keyed by (pointer of the active context, pointer of the bundled local context,
//! flags). A context that involves an object embedded in a document is never interned, so cached
//! pointers always point at live contexts and a document cannot grow the cache beyond
//! [`MAX_CACHED`] entries.

use super::bundle::Bundle;
use super::JsonLdError;
use foldhash::HashMap;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::sync::{Arc, PoisonError, RwLock};

/// Shared handle to a processed active context.
pub(crate) type Ctx = Arc<ActiveContext>;

/// At most this many processed contexts are cached; the bundled contexts need a few dozen.
const MAX_CACHED: usize = 4096;
/// Term-map copies (context objects processed, non-propagated contexts set up) allowed per
/// document. With a cold cache the largest test document (a CLR with nested OB credentials)
/// needs 54, an OB 3.0 credential 18; warm, they need none. Each copy costs microseconds.
pub(crate) const MAX_CONTEXT_WORK: usize = 512;
/// Nesting of remote contexts (a context URL whose document names more URLs).
const MAX_REMOTE_DEPTH: usize = 16;

/// A processed active context.
#[derive(Clone, Default)]
pub(crate) struct ActiveContext {
    /// Term definitions by term.
    pub terms: HashMap<String, TermDef>,
    /// `@vocab`.
    pub vocab: Option<String>,
    /// Default `@language` (lower case).
    pub language: Option<String>,
    /// The context to return to when a type-scoped (non-propagated) context ends.
    pub previous: Option<Ctx>,
    /// Terms that alias `@type` (usually `type`), so nodes find their types without expanding
    /// every key.
    pub type_aliases: Vec<String>,
    /// Whether any term is protected (guards `@context: null`).
    has_protected: bool,
    /// Held by the cache for the processor's lifetime, so its address is a valid cache key.
    interned: bool,
}

/// Which `@container` keywords a term carries.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct Container {
    pub list: bool,
    pub set: bool,
    pub language: bool,
    pub index: bool,
    pub graph: bool,
}

/// A term definition.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TermDef {
    /// IRI mapping; `None` when the term is explicitly mapped to `null`.
    pub iri: Option<String>,
    /// May be used as the prefix of a compact IRI.
    prefix: bool,
    protected: bool,
    /// `@type`: `@id`, `@vocab`, `@json`, `@none` or a datatype IRI.
    pub type_mapping: Option<String>,
    pub container: Container,
    /// `@language`: `Some(None)` when explicitly `null`.
    pub language: Option<Option<String>>,
    /// The scoped context, unprocessed.
    pub context: Option<Local>,
}

impl TermDef {
    /// Equal apart from the protected flag (the protected-redefinition rule).
    fn same_as(&self, other: &TermDef) -> bool {
        self.iri == other.iri
            && self.prefix == other.prefix
            && self.type_mapping == other.type_mapping
            && self.container == other.container
            && self.language == other.language
            && self.context == other.context
    }
}

/// An unprocessed local context held by a term definition.
#[derive(Clone, Debug)]
pub(crate) enum Local {
    /// Part of a bundled context document (lives for the whole process).
    Static(&'static Value),
    /// Part of a context object embedded in a document.
    Owned(Arc<Value>),
}

impl PartialEq for Local {
    fn eq(&self, other: &Self) -> bool {
        self.as_ref().value() == other.as_ref().value()
    }
}

impl Local {
    pub(crate) fn as_ref(&self) -> LocalRef<'_> {
        match self {
            Local::Static(v) => LocalRef::Static(v),
            Local::Owned(v) => LocalRef::Doc(v),
        }
    }
}

/// A local context being processed: bundled (cacheable) or from a document.
#[derive(Clone, Copy)]
pub(crate) enum LocalRef<'a> {
    Static(&'static Value),
    Doc(&'a Value),
}

impl<'a> LocalRef<'a> {
    fn value(self) -> &'a Value {
        match self {
            LocalRef::Static(v) => v,
            LocalRef::Doc(v) => v,
        }
    }

    /// The member `key`, keeping track of whether it is bundled.
    fn get(self, key: &str) -> Option<LocalRef<'a>> {
        match self {
            LocalRef::Static(v) => v.get(key).map(LocalRef::Static),
            LocalRef::Doc(v) => v.get(key).map(LocalRef::Doc),
        }
    }

    fn to_owned_local(self) -> Local {
        match self {
            LocalRef::Static(v) => Local::Static(v),
            LocalRef::Doc(v) => Local::Owned(Arc::new(v.clone())),
        }
    }
}

/// Takes one unit of a document's context-processing allowance.
fn spend(work: &mut usize) -> Result<(), JsonLdError> {
    *work = work.checked_sub(1).ok_or(JsonLdError::TooComplex {
        what: "context processing",
    })?;
    Ok(())
}

/// The bundle plus the cache of processed contexts.
pub(crate) struct Contexts {
    bundle: &'static Bundle,
    root: Ctx,
    cache: RwLock<HashMap<(usize, usize, bool, bool), Ctx>>,
}

impl Contexts {
    pub(crate) fn new(bundle: &'static Bundle) -> Self {
        Contexts {
            bundle,
            root: Arc::new(ActiveContext {
                interned: true,
                ..ActiveContext::default()
            }),
            cache: RwLock::new(HashMap::default()),
        }
    }

    pub(crate) fn bundle(&self) -> &'static Bundle {
        self.bundle
    }

    /// The initial (empty) active context.
    pub(crate) fn root(&self) -> &Ctx {
        &self.root
    }

    /// Processes `local` on top of `active` (the Context Processing algorithm), from the cache
    /// when both are bundled.
    pub(crate) fn process(
        &self,
        active: &Ctx,
        local: LocalRef<'_>,
        override_protected: bool,
        propagate: bool,
        work: &mut usize,
    ) -> Result<Ctx, JsonLdError> {
        self.process_depth(active, local, override_protected, propagate, 0, work)
    }

    fn process_depth(
        &self,
        active: &Ctx,
        local: LocalRef<'_>,
        override_protected: bool,
        propagate: bool,
        depth: usize,
        work: &mut usize,
    ) -> Result<Ctx, JsonLdError> {
        let LocalRef::Static(value) = local else {
            return self.apply(active, local, override_protected, propagate, depth, work);
        };
        if !active.interned {
            return self.apply(active, local, override_protected, propagate, depth, work);
        }
        let key = (
            Arc::as_ptr(active) as usize,
            value as *const Value as usize,
            override_protected,
            propagate,
        );
        if let Some(hit) = self
            .cache
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
        {
            return Ok(hit.clone());
        }
        let processed = self.apply(active, local, override_protected, propagate, depth, work)?;
        let mut cache = self.cache.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(hit) = cache.get(&key) {
            return Ok(hit.clone());
        }
        if processed.interned {
            cache.insert(key, processed.clone());
            return Ok(processed);
        }
        if cache.len() >= MAX_CACHED {
            return Ok(processed);
        }
        let mut owned = Arc::try_unwrap(processed).unwrap_or_else(|shared| (*shared).clone());
        owned.interned = true;
        let interned = Arc::new(owned);
        cache.insert(key, interned.clone());
        Ok(interned)
    }

    /// The Context Processing algorithm proper, for one local context (string, null, object or
    /// an array of them).
    fn apply(
        &self,
        active: &Ctx,
        local: LocalRef<'_>,
        override_protected: bool,
        propagate: bool,
        depth: usize,
        work: &mut usize,
    ) -> Result<Ctx, JsonLdError> {
        if depth > MAX_REMOTE_DEPTH {
            return Err(JsonLdError::TooComplex {
                what: "nested context URLs",
            });
        }
        let items: Vec<LocalRef<'_>> = match local {
            LocalRef::Static(Value::Array(a)) => a.iter().map(LocalRef::Static).collect(),
            LocalRef::Doc(Value::Array(a)) => a.iter().map(LocalRef::Doc).collect(),
            single => vec![single],
        };
        // As jsonld.js: only the first context's `@propagate` counts, before anything is applied.
        let propagate = items
            .first()
            .and_then(|first| first.get("@propagate"))
            .and_then(|p| p.value().as_bool())
            .unwrap_or(propagate);
        // Every copy of a term map costs; a document gets a fixed allowance, so neither embedded
        // contexts on every node nor long context lists can turn it into minutes of work or fill
        // the cache. Context URLs already processed are served from the cache for free.
        let mut result = active.clone();
        if !propagate && result.previous.is_none() {
            spend(work)?;
            let mut copy = (**active).clone();
            copy.previous = Some(active.clone());
            copy.interned = false;
            result = Arc::new(copy);
        }
        for item in items {
            match item.value() {
                Value::Null => {
                    if !override_protected && result.has_protected {
                        return Err(JsonLdError::InvalidContextNullification);
                    }
                    result = self.root.clone();
                }
                Value::String(url) => {
                    let doc = self
                        .bundle
                        .document(url)
                        .ok_or_else(|| JsonLdError::UnknownContext { url: url.clone() })??;
                    let inner = doc.get("@context").ok_or_else(|| {
                        invalid_context("a bundled context document has no @context")
                    })?;
                    result = self.process_depth(
                        &result,
                        LocalRef::Static(inner),
                        override_protected,
                        true,
                        depth + 1,
                        work,
                    )?;
                }
                Value::Object(map) => {
                    spend(work)?;
                    result = Arc::new(self.define(&result, item, map, override_protected)?);
                }
                _ => {
                    return Err(invalid_context(
                        "a context must be a URL, an object or null",
                    ))
                }
            }
        }
        Ok(result)
    }

    /// Applies one context object.
    fn define(
        &self,
        active: &Ctx,
        local: LocalRef<'_>,
        map: &Map<String, Value>,
        override_protected: bool,
    ) -> Result<ActiveContext, JsonLdError> {
        let mut result = (**active).clone();
        result.interned = false;
        if let Some(version) = map.get("@version") {
            if version.as_f64() != Some(1.1) {
                return Err(invalid_context("@version must be 1.1"));
            }
        }
        if map.contains_key("@import") {
            return Err(JsonLdError::Unsupported { feature: "@import" });
        }
        if map.get("@base").is_some_and(|b| !b.is_null()) {
            return Err(JsonLdError::Unsupported { feature: "@base" });
        }
        if map.get("@direction").is_some_and(|d| !d.is_null()) {
            return Err(JsonLdError::Unsupported {
                feature: "@direction",
            });
        }
        if map.get("@propagate").is_some_and(|p| !p.is_boolean()) {
            return Err(invalid_context("@propagate must be a boolean"));
        }
        let protected_default = match map.get("@protected") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(invalid_context("@protected must be a boolean")),
        };
        match map.get("@vocab") {
            None => {}
            Some(Value::Null) => result.vocab = None,
            Some(Value::String(v)) => {
                let expanded = expand_iri(&result, v, true)
                    .map(Cow::into_owned)
                    .unwrap_or_default();
                if !is_absolute_iri(&expanded) {
                    return Err(JsonLdError::RelativeIri { value: v.clone() });
                }
                result.vocab = Some(expanded);
            }
            Some(_) => return Err(invalid_context("@vocab must be a string or null")),
        }
        match map.get("@language") {
            None => {}
            Some(Value::Null) => result.language = None,
            Some(Value::String(l)) => {
                check_language(l)?;
                result.language = Some(l.to_lowercase());
            }
            Some(_) => return Err(invalid_context("@language must be a string or null")),
        }
        let mut defining = Defining {
            local,
            defined: HashMap::default(),
            protected_default,
            override_protected,
        };
        for term in map.keys() {
            if matches!(
                term.as_str(),
                "@base"
                    | "@direction"
                    | "@import"
                    | "@language"
                    | "@propagate"
                    | "@protected"
                    | "@version"
                    | "@vocab"
            ) {
                continue;
            }
            defining.term(&mut result, term)?;
        }
        result.type_aliases = result
            .terms
            .iter()
            .filter(|(_, def)| def.iri.as_deref() == Some("@type"))
            .map(|(term, _)| term.clone())
            .collect();
        Ok(result)
    }
}

/// State of one run of Create Term Definition over a local context object.
struct Defining<'a> {
    local: LocalRef<'a>,
    /// `false` while a term is being defined (cycle detection), `true` once done.
    defined: HashMap<String, bool>,
    protected_default: bool,
    override_protected: bool,
}

impl Defining<'_> {
    fn has(&self, term: &str) -> bool {
        self.local.value().get(term).is_some()
    }

    /// The Create Term Definition algorithm.
    fn term(&mut self, ctx: &mut ActiveContext, term: &str) -> Result<(), JsonLdError> {
        match self.defined.get(term) {
            Some(true) => return Ok(()),
            Some(false) => return Err(invalid_context("cyclic IRI mapping")),
            None => {}
        }
        self.defined.insert(term.to_owned(), false);
        let Some(value) = self.local.get(term) else {
            return Err(invalid_context("term missing from its context"));
        };
        if term == "@type" {
            // JSON-LD 1.1 allows `"@type": {"@container": "@set"}`; it changes nothing for RDF.
            let ok = value.value().as_object().is_some_and(|m| {
                !m.is_empty()
                    && m.iter().all(|(k, v)| match k.as_str() {
                        "@container" => v == "@set",
                        "@protected" => v.is_boolean(),
                        _ => false,
                    })
            });
            if !ok {
                return Err(invalid_context("keyword redefinition of @type"));
            }
            self.defined.insert(term.to_owned(), true);
            return Ok(());
        }
        if is_keyword(term) {
            return Err(invalid_context("keyword redefinition"));
        }
        if looks_like_keyword(term) {
            return Err(JsonLdError::Dropped {
                what: "reserved term",
            });
        }
        if term.is_empty() {
            return Err(invalid_context("empty term"));
        }
        let previous = ctx.terms.remove(term);
        let simple = matches!(value.value(), Value::String(_) | Value::Null);
        let field = |key: &str| -> Option<LocalRef<'_>> {
            if simple {
                (key == "@id").then_some(value)
            } else {
                value.get(key)
            }
        };
        if !simple {
            let Some(obj) = value.value().as_object() else {
                return Err(invalid_context(
                    "a term definition must be a string or an object",
                ));
            };
            for key in obj.keys() {
                match key.as_str() {
                    "@container" | "@id" | "@language" | "@type" | "@context" | "@prefix"
                    | "@protected" => {}
                    "@direction" if obj[key].is_null() => {}
                    "@reverse" => {
                        return Err(JsonLdError::Unsupported {
                            feature: "@reverse",
                        })
                    }
                    "@nest" => return Err(JsonLdError::Unsupported { feature: "@nest" }),
                    "@index" => {
                        return Err(JsonLdError::Unsupported {
                            feature: "property-valued @index",
                        })
                    }
                    "@direction" => {
                        return Err(JsonLdError::Unsupported {
                            feature: "@direction",
                        })
                    }
                    _ => return Err(invalid_context("unknown key in a term definition")),
                }
            }
        }
        let colon = term.find(':').filter(|&i| i > 0);
        let mut iri: Option<Option<String>> = None;
        let mut prefix = false;
        if let Some(id) = field("@id") {
            match id.value() {
                Value::Null => iri = Some(None),
                Value::String(id) if !is_keyword(id) && looks_like_keyword(id) => {
                    return Err(JsonLdError::Dropped {
                        what: "reserved @id value",
                    })
                }
                Value::String(id) if id != term => {
                    let expanded = self
                        .expand(ctx, id)?
                        .filter(|e| is_absolute_iri(e) || is_keyword(e))
                        .ok_or_else(|| invalid_context("invalid IRI mapping"))?;
                    if term_looks_like_iri(term) {
                        // A term shaped like an IRI must map to what it would expand to anyway.
                        let saved = self.defined.insert(term.to_owned(), true);
                        let own = self.expand(ctx, term)?;
                        if let Some(saved) = saved {
                            self.defined.insert(term.to_owned(), saved);
                        }
                        if own.as_deref() != Some(expanded.as_str()) {
                            return Err(invalid_context(
                                "term in the form of an IRI maps elsewhere",
                            ));
                        }
                    }
                    prefix = simple
                        && colon.is_none()
                        && expanded.ends_with([':', '/', '?', '#', '[', ']', '@']);
                    iri = Some(Some(expanded));
                }
                Value::String(_) => {}
                _ => return Err(invalid_context("@id must be a string or null")),
            }
        }
        let iri = match iri {
            Some(iri) => iri,
            None => Some(if let Some(colon) = colon {
                let (pre, suffix) = (&term[..colon], &term[colon + 1..]);
                if self.has(pre) {
                    self.term(ctx, pre)?;
                }
                match ctx.terms.get(pre) {
                    Some(def) => match &def.iri {
                        Some(base) => format!("{base}{suffix}"),
                        None => return Err(invalid_context("prefix mapped to null")),
                    },
                    None => term.to_owned(),
                }
            } else if let Some(vocab) = &ctx.vocab {
                format!("{vocab}{term}")
            } else {
                return Err(invalid_context("term has no IRI and no @vocab applies"));
            }),
        };
        let protected = match field("@protected").map(LocalRef::value) {
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(invalid_context("@protected must be a boolean")),
            None => self.protected_default,
        };
        self.defined.insert(term.to_owned(), true);
        let type_mapping = match field("@type").map(LocalRef::value) {
            None => None,
            Some(Value::String(t))
                if matches!(t.as_str(), "@id" | "@vocab" | "@json" | "@none") =>
            {
                Some(t.clone())
            }
            Some(Value::String(t)) => {
                let expanded = self
                    .expand(ctx, t)?
                    .filter(|e| is_absolute_iri(e) && !e.starts_with("_:"))
                    .ok_or_else(|| invalid_context("invalid type mapping"))?;
                Some(expanded)
            }
            Some(_) => return Err(invalid_context("@type must be a string")),
        };
        let container = match field("@container").map(LocalRef::value) {
            None => Container::default(),
            Some(c) => parse_container(c)?,
        };
        let language = match field("@language").map(LocalRef::value) {
            _ if type_mapping.is_some() => None,
            None => None,
            Some(Value::Null) => Some(None),
            Some(Value::String(l)) => {
                check_language(l)?;
                Some(Some(l.to_lowercase()))
            }
            Some(_) => return Err(invalid_context("@language must be a string or null")),
        };
        if let Some(p) = field("@prefix").map(LocalRef::value) {
            let Value::Bool(p) = p else {
                return Err(invalid_context("@prefix must be a boolean"));
            };
            if term.contains([':', '/']) || iri.as_deref().is_some_and(is_keyword) {
                return Err(invalid_context("invalid @prefix"));
            }
            prefix = *p;
        }
        if matches!(iri.as_deref(), Some("@context" | "@preserve")) {
            return Err(invalid_context("invalid keyword alias"));
        }
        let mut def = TermDef {
            iri,
            prefix,
            protected,
            type_mapping,
            container,
            language,
            context: field("@context").map(LocalRef::to_owned_local),
        };
        if let Some(previous) = previous {
            if previous.protected && !self.override_protected {
                def.protected = true;
                if !def.same_as(&previous) {
                    return Err(JsonLdError::ProtectedTermRedefinition {
                        term: term.to_owned(),
                    });
                }
            }
        }
        ctx.has_protected |= def.protected;
        ctx.terms.insert(term.to_owned(), def);
        Ok(())
    }

    /// IRI expansion (vocabulary-relative) while the local context is being defined.
    fn expand(
        &mut self,
        ctx: &mut ActiveContext,
        value: &str,
    ) -> Result<Option<String>, JsonLdError> {
        if is_keyword(value) {
            return Ok(Some(value.to_owned()));
        }
        if looks_like_keyword(value) {
            return Ok(None);
        }
        if self.has(value) && self.defined.get(value) != Some(&true) {
            self.term(ctx, value)?;
        }
        if let Some(colon) = value.find(':').filter(|&i| i > 0) {
            let pre = &value[..colon];
            if self.has(pre) {
                self.term(ctx, pre)?;
            }
        }
        Ok(expand_iri(ctx, value, true).map(Cow::into_owned))
    }
}

fn parse_container(value: &Value) -> Result<Container, JsonLdError> {
    let names: Vec<&str> = match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| invalid_context("@container values must be strings"))
            })
            .collect::<Result<_, _>>()?,
        Value::Null => vec![],
        _ => return Err(invalid_context("invalid @container")),
    };
    let mut c = Container::default();
    for name in &names {
        match *name {
            "@list" => c.list = true,
            "@set" => c.set = true,
            "@language" => c.language = true,
            "@index" => c.index = true,
            "@graph" => c.graph = true,
            "@id" | "@type" => {
                return Err(JsonLdError::Unsupported {
                    feature: "@id and @type maps",
                })
            }
            _ => return Err(invalid_context("invalid @container")),
        }
    }
    let others = names.len() - usize::from(c.set);
    let valid = if c.list {
        names.len() == 1
    } else if c.graph {
        !c.language && !c.index
    } else {
        others <= 1
    };
    if !valid {
        return Err(if c.graph && c.index {
            JsonLdError::Unsupported {
                feature: "@graph with @index container",
            }
        } else {
            invalid_context("invalid @container combination")
        });
    }
    Ok(c)
}

fn invalid_context(reason: &str) -> JsonLdError {
    JsonLdError::InvalidContext {
        reason: reason.to_owned(),
    }
}

/// IRI expansion against an active context (no base IRI: relative results stay relative, and
/// callers reject them). `vocab` selects vocabulary-relative expansion (terms and `@vocab`).
/// `None` means the value maps to nothing (a term defined as `null`, or a reserved `@word`).
pub(crate) fn expand_iri<'a>(
    ctx: &'a ActiveContext,
    value: &'a str,
    vocab: bool,
) -> Option<Cow<'a, str>> {
    if is_keyword(value) {
        return Some(Cow::Borrowed(value));
    }
    if looks_like_keyword(value) {
        return None;
    }
    if vocab {
        if let Some(def) = ctx.terms.get(value) {
            return def.iri.as_deref().map(Cow::Borrowed);
        }
    }
    if let Some(colon) = value.bytes().position(|b| b == b':').filter(|&i| i > 0) {
        let (pre, suffix) = (&value[..colon], &value[colon + 1..]);
        if pre == "_" || suffix.starts_with("//") {
            return Some(Cow::Borrowed(value));
        }
        if let Some(def) = ctx.terms.get(pre) {
            if def.prefix {
                if let Some(base) = &def.iri {
                    return Some(Cow::Owned(format!("{base}{suffix}")));
                }
            }
        }
        if is_absolute_iri(value) {
            return Some(Cow::Borrowed(value));
        }
    }
    if vocab {
        if let Some(v) = &ctx.vocab {
            return Some(Cow::Owned(format!("{v}{value}")));
        }
    }
    Some(Cow::Borrowed(value))
}

/// jsonld.js's test for an absolute IRI or blank node identifier:
/// `^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$` (where `+-.` is the range `+ , - .`).
pub(crate) fn is_absolute_iri(value: &str) -> bool {
    let Some(colon) = value.bytes().position(|b| b == b':') else {
        return false;
    };
    let (scheme, rest) = (&value.as_bytes()[..colon], &value[colon + 1..]);
    let scheme_ok = scheme == b"_"
        || scheme.first().is_some_and(u8::is_ascii_alphabetic)
            && scheme
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || (b'+'..=b'.').contains(&b));
    scheme_ok && !contains_js_whitespace(rest)
}

/// JavaScript's `\s`: Unicode White_Space plus U+FEFF. IRIs are nearly always ASCII (and some
/// are long `data:` URLs), so bytes are scanned first and characters only past the first
/// non-ASCII byte.
fn contains_js_whitespace(s: &str) -> bool {
    // Branch-free per 16-byte chunk so the common all-printable-ASCII case vectorises.
    let suspicious = s.as_bytes().chunks(16).any(|chunk| {
        chunk
            .iter()
            .fold(false, |acc, &b| acc | (b <= b' ') | (b >= 0x80))
    });
    suspicious
        && s.chars().any(|c| {
            // Rust's White_Space includes U+0085, which JavaScript's `\s` does not.
            (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
        })
}

/// A JSON-LD 1.1 keyword.
pub(crate) fn is_keyword(value: &str) -> bool {
    value.starts_with('@')
        && matches!(
            value,
            "@base"
                | "@container"
                | "@context"
                | "@default"
                | "@direction"
                | "@embed"
                | "@explicit"
                | "@graph"
                | "@id"
                | "@import"
                | "@included"
                | "@index"
                | "@json"
                | "@language"
                | "@list"
                | "@nest"
                | "@none"
                | "@omitDefault"
                | "@prefix"
                | "@preserve"
                | "@protected"
                | "@requireAll"
                | "@reverse"
                | "@set"
                | "@type"
                | "@value"
                | "@version"
                | "@vocab"
        )
}

/// `^@[a-zA-Z]+$`: reserved for future keywords, ignored by JSON-LD (an error here).
pub(crate) fn looks_like_keyword(value: &str) -> bool {
    value
        .strip_prefix('@')
        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// jsonld.js's `/(?::[^:])|\//`: a colon followed by a non-colon, or a slash.
fn term_looks_like_iri(term: &str) -> bool {
    term.contains('/')
        || term
            .char_indices()
            .any(|(i, c)| c == ':' && term[i + 1..].chars().next().is_some_and(|n| n != ':'))
}

/// BCP 47 as jsonld.js checks it: `^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$`.
pub(crate) fn check_language(tag: &str) -> Result<(), JsonLdError> {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(())
    } else {
        Err(JsonLdError::InvalidLanguage {
            tag: tag.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_iri_follows_jsonld_js() {
        for yes in [
            "did:key:z6Mk",
            "urn:uuid:1",
            "_:b0",
            "https://a/b",
            "a,b:c",
            "data:x",
        ] {
            assert!(is_absolute_iri(yes), "{yes}");
        }
        for no in ["Profile", "1a:b", ":x", "https://a/b c", "/rel", ""] {
            assert!(!is_absolute_iri(no), "{no}");
        }
    }

    #[test]
    fn keywords_and_reserved_words() {
        assert!(is_keyword("@graph"));
        assert!(!is_keyword("@foo"));
        assert!(looks_like_keyword("@foo"));
        assert!(!looks_like_keyword("@"));
        assert!(!looks_like_keyword("@foo1"));
    }

    #[test]
    fn language_tags() {
        assert!(check_language("en").is_ok());
        assert!(check_language("zh-Hant-TW").is_ok());
        assert!(check_language("en_US").is_err());
        assert!(check_language("").is_err());
    }

    #[test]
    fn iri_like_terms() {
        assert!(term_looks_like_iri("schema:name"));
        assert!(term_looks_like_iri("a/b"));
        assert!(!term_looks_like_iri("name"));
        assert!(!term_looks_like_iri("name:"));
    }
}
