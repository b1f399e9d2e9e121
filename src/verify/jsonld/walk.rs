//! The expansion walk: JSON-LD expansion and `toRdf` in one pass, emitting quads directly.
//!
//! The walk mirrors jsonld.js 9 `expand` (context revert for type-scoped contexts, then the
//! property-scoped context, the embedded context, the type-scoped contexts in sorted order) and
//! its node-map `toRdf`. Wherever expansion would drop something the walk returns an error, so a
//! document either maps completely to RDF or not at all.

use super::context::Contexts;
use super::context::{
    check_language, expand_iri, is_absolute_iri, is_keyword, Container, Ctx, LocalRef,
    MAX_CONTEXT_WORK,
};
use super::literal;
use super::JsonLdError;
use crate::verify::rdf::{Quad, Term};
use foldhash::HashMap;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::hash::BuildHasher;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_FIRST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
const RDF_REST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
const RDF_NIL: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";

/// Node objects nested deeper than this are refused (credentials nest about 10 deep; the
/// importer refuses JSON deeper than 64 anyway). Keeps the recursion far from the stack's end.
const MAX_DEPTH: usize = 64;

/// Expands `document` and returns its quads, sorted and deduplicated.
pub(crate) fn to_rdf(contexts: &Contexts, document: &Value) -> Result<Vec<Quad>, JsonLdError> {
    to_rdf_counting(contexts, document, None).map(|(quads, _)| quads)
}

/// [`to_rdf`] of the document as if its top-level member `skip` were absent (the unsecured
/// document of a Data Integrity proof is the credential without `proof`), without copying it.
pub(crate) fn to_rdf_without(
    contexts: &Contexts,
    document: &Value,
    skip: &str,
) -> Result<Vec<Quad>, JsonLdError> {
    to_rdf_counting(contexts, document, Some(skip)).map(|(quads, _)| quads)
}

/// [`to_rdf`], also returning how much of the context-processing allowance it used.
fn to_rdf_counting(
    contexts: &Contexts,
    document: &Value,
    skip_top: Option<&str>,
) -> Result<(Vec<Quad>, usize), JsonLdError> {
    let mut walk = Walk {
        skip_top,
        contexts,
        quads: Vec::with_capacity(64),
        next_blank: 0,
        labels: HashMap::default(),
        depth: 0,
        context_work: MAX_CONTEXT_WORK,
    };
    let root = contexts.root().clone();
    let mut out = Vec::new();
    match document {
        Value::Object(map) => {
            walk.object(&root, Prop::TOP, map, &None, false, false, true, &mut out)?
        }
        Value::Array(_) => {
            walk.element(&root, Prop::TOP, document, &None, false, false, &mut out)?
        }
        _ => {
            return Err(JsonLdError::Dropped {
                what: "free-floating scalar",
            })
        }
    }
    Ok((dedup(walk.quads), MAX_CONTEXT_WORK - walk.context_work))
}

/// Drops repeated quads, keeping the first of each, as the node map of jsonld.js does (it merges
/// nodes and never adds a value twice). Quads are compared only when their hashes collide, so
/// the common case (no duplicates) hashes each quad once and moves nothing.
fn dedup(quads: Vec<Quad>) -> Vec<Quad> {
    let state = foldhash::quality::FixedState::default();
    let mut hashes: Vec<(u64, usize)> = quads
        .iter()
        .enumerate()
        .map(|(i, q)| (state.hash_one(q), i))
        .collect();
    hashes.sort_unstable();
    let mut drop = vec![false; quads.len()];
    let mut any = false;
    for run in hashes
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() > 1)
    {
        for (k, &(_, i)) in run.iter().enumerate() {
            if run[..k]
                .iter()
                .any(|&(_, j)| !drop[j] && quads[j] == quads[i])
            {
                drop[i] = true;
                any = true;
            }
        }
    }
    if !any {
        return quads;
    }
    quads
        .into_iter()
        .zip(drop)
        .filter_map(|(q, dropped)| (!dropped).then_some(q))
        .collect()
}

/// The active property an element is the value of.
#[derive(Clone, Copy)]
struct Prop<'a> {
    /// The key as written; `None` at the top of the document.
    key: Option<&'a str>,
    /// The key expands to `@graph` (elements of a `@graph` member are top-level nodes of a graph).
    graph_keyword: bool,
    /// The key's `@container` in the node's context.
    container: Container,
}

impl Prop<'_> {
    const TOP: Prop<'static> = Prop {
        key: None,
        graph_keyword: false,
        container: Container {
            list: false,
            set: false,
            language: false,
            index: false,
            graph: false,
        },
    };

    /// Whether jsonld.js drops empty, `@id`-only, value and list objects here.
    fn drops_unsafe_objects(&self, inside_list: bool) -> bool {
        !inside_list && (self.key.is_none() || self.graph_keyword || self.container.graph)
    }
}

/// An expanded value: a term, or a list whose RDF collection is built once it is attached.
enum Item {
    Term(Term),
    List(Vec<Item>),
}

struct Walk<'c> {
    /// A top-level member treated as absent.
    skip_top: Option<&'c str>,
    contexts: &'c Contexts,
    quads: Vec<Quad>,
    next_blank: u32,
    /// Blank node labels written in the document, mapped to fresh ones.
    labels: HashMap<String, String>,
    depth: usize,
    /// What is left of the per-document allowance for uncached context processing.
    context_work: usize,
}

impl Walk<'_> {
    fn blank(&mut self) -> Term {
        let label = format!("b{}", self.next_blank);
        self.next_blank += 1;
        Term::Blank(label)
    }

    /// The term for an expanded, absolute IRI or blank node identifier.
    fn node_term(&mut self, iri: &str) -> Term {
        match iri.strip_prefix("_:") {
            Some(label) => {
                if let Some(mapped) = self.labels.get(label) {
                    return Term::Blank(mapped.clone());
                }
                let Term::Blank(fresh) = self.blank() else {
                    unreachable!("blank() makes blank nodes")
                };
                self.labels.insert(label.to_owned(), fresh.clone());
                Term::Blank(fresh)
            }
            None => Term::Iri(iri.to_owned()),
        }
    }

    fn emit(&mut self, subject: &Term, predicate: &str, object: Term, graph: &Option<Term>) {
        self.quads.push(Quad {
            subject: subject.clone(),
            predicate: Term::Iri(predicate.to_owned()),
            object,
            graph: graph.clone(),
        });
    }

    /// An item as an RDF object; lists become `rdf:first`/`rdf:rest` collections in `graph`.
    fn item_term(&mut self, item: Item, graph: &Option<Term>) -> Term {
        match item {
            Item::Term(t) => t,
            Item::List(items) if items.is_empty() => Term::Iri(RDF_NIL.to_owned()),
            Item::List(items) => {
                let nodes: Vec<Term> = items.iter().map(|_| self.blank()).collect();
                for (i, item) in items.into_iter().enumerate() {
                    let object = self.item_term(item, graph);
                    self.emit(&nodes[i], RDF_FIRST, object, graph);
                    let rest = nodes
                        .get(i + 1)
                        .cloned()
                        .unwrap_or_else(|| Term::Iri(RDF_NIL.to_owned()));
                    self.emit(&nodes[i], RDF_REST, rest, graph);
                }
                nodes
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| Term::Iri(RDF_NIL.to_owned()))
            }
        }
    }

    /// jsonld.js `api.expand` for any element, appending what it expands to onto `out`.
    #[allow(clippy::too_many_arguments)]
    fn element(
        &mut self,
        ctx: &Ctx,
        prop: Prop<'_>,
        element: &Value,
        graph: &Option<Term>,
        inside_list: bool,
        inside_index: bool,
        out: &mut Vec<Item>,
    ) -> Result<(), JsonLdError> {
        match element {
            Value::Null => Ok(()),
            Value::Array(items) => {
                let in_list = inside_list || prop.container.list;
                for e in items {
                    if in_list && e.is_array() {
                        let mut inner = Vec::new();
                        self.element(ctx, prop, e, graph, false, inside_index, &mut inner)?;
                        out.push(Item::List(inner));
                    } else {
                        self.element(ctx, prop, e, graph, false, inside_index, out)?;
                    }
                }
                Ok(())
            }
            Value::Object(map) => {
                self.object(ctx, prop, map, graph, inside_list, inside_index, false, out)
            }
            scalar => {
                if !inside_list && (prop.key.is_none() || prop.graph_keyword) {
                    return Err(JsonLdError::Dropped {
                        what: "free-floating scalar",
                    });
                }
                let term = self.scalar(ctx, prop.key, scalar)?;
                out.push(Item::Term(term));
                Ok(())
            }
        }
    }

    /// jsonld.js `_expandValue` followed by `_objectToRDF` for a JSON scalar.
    fn scalar(&mut self, ctx: &Ctx, key: Option<&str>, value: &Value) -> Result<Term, JsonLdError> {
        let def = key.and_then(|k| ctx.terms.get(k));
        let type_mapping = def.and_then(|d| d.type_mapping.as_deref());
        if let Value::String(s) = value {
            match type_mapping {
                Some("@id") => return self.iri_value(ctx, s, false),
                Some("@vocab") => return self.iri_value(ctx, s, true),
                _ => {}
            }
        }
        let datatype = type_mapping.filter(|t| !matches!(*t, "@id" | "@vocab" | "@none"));
        let language = match (datatype, value) {
            (None, Value::String(_)) => match def.and_then(|d| d.language.as_ref()) {
                Some(explicit) => explicit.as_deref(),
                None => ctx.language.as_deref(),
            },
            _ => None,
        };
        literal::scalar(value, datatype, language).ok_or(JsonLdError::Unsupported {
            feature: "non-numeric string coerced to xsd:double",
        })
    }

    /// A string coerced to an IRI (`@type: @id` or `@vocab`).
    fn iri_value(&mut self, ctx: &Ctx, value: &str, vocab: bool) -> Result<Term, JsonLdError> {
        match expand_iri(ctx, value, vocab) {
            Some(iri) if is_absolute_iri(&iri) => Ok(self.node_term(&iri)),
            Some(_) => Err(JsonLdError::RelativeIri {
                value: value.to_owned(),
            }),
            None => Err(JsonLdError::Dropped {
                what: "reserved @id value",
            }),
        }
    }

    /// jsonld.js `api.expand` for an object: contexts first, then a value, list, set or node
    /// object. `root` marks the document itself (whose lone `@graph` is the default graph).
    #[allow(clippy::too_many_arguments)]
    fn object(
        &mut self,
        ctx: &Ctx,
        prop: Prop<'_>,
        map: &Map<String, Value>,
        graph: &Option<Term>,
        inside_list: bool,
        inside_index: bool,
        root: bool,
        out: &mut Vec<Item>,
    ) -> Result<(), JsonLdError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(JsonLdError::TooComplex {
                what: "nesting depth",
            });
        }
        let result = self.object_inner(ctx, prop, map, graph, inside_list, inside_index, root, out);
        self.depth -= 1;
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn object_inner(
        &mut self,
        ctx: &Ctx,
        prop: Prop<'_>,
        map: &Map<String, Value>,
        graph: &Option<Term>,
        inside_list: bool,
        inside_index: bool,
        root: bool,
        out: &mut Vec<Item>,
    ) -> Result<(), JsonLdError> {
        // A type-scoped context does not reach into nested nodes, except value objects and
        // bare references.
        let mut active = ctx.clone();
        if let Some(previous) = &ctx.previous {
            let mut revert = !inside_index;
            if revert && map.len() <= 2 && !map.contains_key("@context") {
                for key in map.keys() {
                    match expand_iri(ctx, key, true).as_deref() {
                        Some("@value") => {
                            revert = false;
                            break;
                        }
                        Some("@id") if map.len() == 1 => {
                            revert = false;
                            break;
                        }
                        _ => {}
                    }
                }
            }
            if revert {
                active = previous.clone();
            }
        }
        if let Some(scoped) = prop
            .key
            .and_then(|k| ctx.terms.get(k))
            .and_then(|d| d.context.as_ref())
        {
            active = self.contexts.process(
                &active,
                scoped.as_ref(),
                true,
                true,
                &mut self.context_work,
            )?;
        }
        if let Some(local) = map.get("@context") {
            active = self.contexts.process(
                &active,
                LocalRef::Doc(local),
                false,
                true,
                &mut self.context_work,
            )?;
        }
        let type_scoped = active.clone();

        // Type-scoped contexts, in lexicographic order of the types as written.
        let mut types: Vec<&str> = Vec::new();
        let skip = if root { self.skip_top } else { None };
        for (key, value) in map {
            if skip == Some(key.as_str()) {
                continue;
            }
            if key == "@type" || active.type_aliases.iter().any(|a| a == key) {
                let start = types.len();
                match value {
                    Value::String(t) => types.push(t),
                    Value::Array(ts) => {
                        for t in ts {
                            types.push(
                                t.as_str()
                                    .ok_or_else(|| invalid("@type values must be strings"))?,
                            );
                        }
                    }
                    _ => return Err(invalid("@type values must be strings")),
                }
                types[start..].sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
                for t in &types[start..] {
                    if let Some(scoped) = type_scoped.terms.get(*t).and_then(|d| d.context.as_ref())
                    {
                        active = self.contexts.process(
                            &active,
                            scoped.as_ref(),
                            false,
                            false,
                            &mut self.context_work,
                        )?;
                    }
                }
            }
        }

        // Sort the keys into keywords and properties. Types are taken from every key that
        // expands to `@type` here, not only those seen above: a type-scoped context may alias it.
        let mut id: Option<&Value> = None;
        let mut value: Option<&Value> = None;
        let mut list: Option<&Value> = None;
        let mut set: Option<&Value> = None;
        let mut graph_value: Option<(&str, &Value)> = None;
        let mut language: Option<&Value> = None;
        let mut index = false;
        let mut type_values: Vec<&Value> = Vec::new();
        let mut properties: Vec<(&str, Cow<'_, str>, &Value)> = Vec::new();
        for (key, v) in map {
            if key == "@context" || skip == Some(key.as_str()) {
                continue;
            }
            let expanded = match expand_iri(&active, key, true) {
                Some(e) if is_keyword(&e) || is_absolute_iri(&e) => e,
                _ => return Err(JsonLdError::UndefinedTerm { term: key.clone() }),
            };
            let slot = match expanded.as_ref() {
                "@id" => &mut id,
                "@value" => &mut value,
                "@list" => &mut list,
                "@set" => &mut set,
                "@language" => &mut language,
                "@type" => {
                    type_values.push(v);
                    continue;
                }
                "@index" => {
                    if index || !v.is_string() {
                        return Err(invalid("@index must be one string"));
                    }
                    index = true;
                    continue;
                }
                "@graph" => {
                    if graph_value.replace((key.as_str(), v)).is_some() {
                        return Err(invalid("colliding keywords"));
                    }
                    continue;
                }
                "@reverse" => {
                    return Err(JsonLdError::Unsupported {
                        feature: "@reverse",
                    })
                }
                "@nest" => return Err(JsonLdError::Unsupported { feature: "@nest" }),
                "@included" => {
                    return Err(JsonLdError::Unsupported {
                        feature: "@included",
                    })
                }
                "@direction" => {
                    return Err(JsonLdError::Unsupported {
                        feature: "@direction",
                    })
                }
                e if is_keyword(e) => {
                    return Err(JsonLdError::Unsupported {
                        feature: "keyword used as a property",
                    })
                }
                e => {
                    if e.starts_with("_:") {
                        return Err(JsonLdError::Dropped {
                            what: "blank node predicate",
                        });
                    }
                    properties.push((key.as_str(), expanded, v));
                    continue;
                }
            };
            if slot.replace(v).is_some() {
                return Err(invalid("colliding keywords"));
            }
        }

        if let Some(v) = value {
            if id.is_some() || list.is_some() || set.is_some() || graph_value.is_some() {
                return Err(invalid("invalid value object"));
            }
            if !properties.is_empty() {
                return Err(invalid("invalid value object"));
            }
            if prop.drops_unsafe_objects(inside_list) {
                return Err(JsonLdError::Dropped {
                    what: "object with only @value",
                });
            }
            let term = self.value_object(&type_scoped, &type_values, v, language)?;
            out.push(Item::Term(term));
            return Ok(());
        }
        if language.is_some() {
            return Err(invalid("@language outside a value object"));
        }
        if let Some(l) = list {
            if id.is_some()
                || set.is_some()
                || graph_value.is_some()
                || !type_values.is_empty()
                || !properties.is_empty()
            {
                return Err(invalid("invalid list object"));
            }
            if prop.drops_unsafe_objects(inside_list) {
                return Err(JsonLdError::Dropped {
                    what: "object with only @list",
                });
            }
            let inner = self.nested_prop(&active, prop);
            let mut items = Vec::new();
            self.element(&active, inner, l, graph, true, false, &mut items)?;
            out.push(Item::List(items));
            return Ok(());
        }
        if let Some(s) = set {
            if id.is_some()
                || graph_value.is_some()
                || !type_values.is_empty()
                || !properties.is_empty()
            {
                return Err(invalid("invalid set object"));
            }
            if prop.container.graph {
                return Err(JsonLdError::Unsupported {
                    feature: "@set object in a @graph container",
                });
            }
            let inner = self.nested_prop(&active, prop);
            return self.element(&active, inner, s, graph, false, inside_index, out);
        }

        // A node object.
        let count = usize::from(id.is_some())
            + usize::from(!type_values.is_empty())
            + usize::from(index)
            + usize::from(graph_value.is_some())
            + properties
                .iter()
                .filter(|(key, _, v)| !v.is_null() || is_json_term(&active, key))
                .count();
        if prop.drops_unsafe_objects(inside_list) {
            if count == 0 {
                return Err(JsonLdError::Dropped {
                    what: "empty object",
                });
            }
            if count == 1 && id.is_some() {
                return Err(JsonLdError::Dropped {
                    what: "object with only @id",
                });
            }
        }
        let subject = match id {
            None => self.blank(),
            Some(Value::String(s)) => match expand_iri(&active, s, false) {
                Some(iri) if is_absolute_iri(&iri) => self.node_term(&iri),
                Some(_) => return Err(JsonLdError::RelativeIri { value: s.clone() }),
                None => {
                    return Err(JsonLdError::Dropped {
                        what: "reserved @id value",
                    })
                }
            },
            Some(_) => return Err(invalid("@id must be a string")),
        };
        let mut node_types: Vec<&str> = Vec::new();
        for value in &type_values {
            match value {
                Value::String(t) => node_types.push(t),
                Value::Array(ts) => {
                    for t in ts {
                        node_types.push(
                            t.as_str()
                                .ok_or_else(|| invalid("@type values must be strings"))?,
                        );
                    }
                }
                _ => return Err(invalid("@type values must be strings")),
            }
        }
        for t in &node_types {
            let iri = match expand_iri(&type_scoped, t, true) {
                Some(iri) if is_absolute_iri(&iri) => iri.into_owned(),
                _ if t.contains(':') => {
                    return Err(JsonLdError::RelativeIri {
                        value: (*t).to_owned(),
                    })
                }
                _ => {
                    return Err(JsonLdError::UndefinedType {
                        value: (*t).to_owned(),
                    })
                }
            };
            let object = self.node_term(&iri);
            self.emit(&subject, RDF_TYPE, object, graph);
        }
        if let Some((key, g)) = graph_value {
            // The document's lone `@graph` is the default graph (jsonld.js unwraps it).
            let name = if root && count == 1 {
                graph.clone()
            } else {
                Some(subject.clone())
            };
            let inner = Prop {
                key: Some(key),
                graph_keyword: true,
                container: Container::default(),
            };
            let mut nodes = Vec::new();
            self.element(&active, inner, g, &name, false, false, &mut nodes)?;
        }
        for (key, predicate, v) in properties {
            self.property(&active, &subject, key, &predicate, v, graph)?;
        }
        out.push(Item::Term(subject));
        Ok(())
    }

    /// The active property for the contents of a `@list` or `@set` object.
    fn nested_prop<'k>(&self, active: &Ctx, prop: Prop<'k>) -> Prop<'k> {
        Prop {
            container: prop
                .key
                .and_then(|k| active.terms.get(k))
                .map(|d| d.container)
                .unwrap_or_default(),
            ..prop
        }
    }

    /// Expands one property of a node and emits its quads.
    fn property(
        &mut self,
        active: &Ctx,
        subject: &Term,
        key: &str,
        predicate: &str,
        value: &Value,
        graph: &Option<Term>,
    ) -> Result<(), JsonLdError> {
        let def = active.terms.get(key);
        let is_json = is_json_term(active, key);
        if value.is_null() && !is_json {
            return Ok(());
        }
        let term_ctx = match def.and_then(|d| d.context.as_ref()) {
            Some(scoped) => self.contexts.process(
                active,
                scoped.as_ref(),
                true,
                true,
                &mut self.context_work,
            )?,
            None => active.clone(),
        };
        let container = def.map(|d| d.container).unwrap_or_default();
        let prop = Prop {
            key: Some(key),
            graph_keyword: false,
            container,
        };
        let mut items = Vec::new();
        if is_json {
            items.push(Item::Term(literal::json(value)));
        } else if let (true, Value::Object(languages)) = (container.language, value) {
            self.language_map(&term_ctx, languages, &mut items)?;
        } else if let (true, Value::Object(indexed)) = (container.index, value) {
            for v in indexed.values() {
                self.element(&term_ctx, prop, v, graph, false, true, &mut items)?;
            }
        } else if container.graph {
            let mut elements = Vec::new();
            flatten(value, &mut elements);
            for e in elements {
                if !e.is_object() {
                    return Err(JsonLdError::Dropped {
                        what: "object with only @value",
                    });
                }
                // Each value is a node in its own graph, named by a fresh blank node.
                let name = self.blank();
                let mut nodes = Vec::new();
                self.element(
                    &term_ctx,
                    prop,
                    e,
                    &Some(name.clone()),
                    false,
                    false,
                    &mut nodes,
                )?;
                items.push(Item::Term(name));
            }
        } else {
            self.element(&term_ctx, prop, value, graph, false, false, &mut items)?;
        }
        if container.list {
            let already_list = !value.is_array() && matches!(items.as_slice(), [Item::List(_)]);
            if !already_list {
                items = vec![Item::List(items)];
            }
        }
        for item in items {
            let object = self.item_term(item, graph);
            self.emit(subject, predicate, object, graph);
        }
        Ok(())
    }

    /// A `@container: @language` map.
    fn language_map(
        &mut self,
        ctx: &Ctx,
        languages: &Map<String, Value>,
        items: &mut Vec<Item>,
    ) -> Result<(), JsonLdError> {
        for (tag, values) in languages {
            let none = expand_iri(ctx, tag, true).as_deref() == Some("@none");
            if !none {
                check_language(tag)?;
            }
            let mut strings = Vec::new();
            flatten(values, &mut strings);
            for v in strings {
                let Value::String(s) = v else {
                    return Err(invalid("language map values must be strings"));
                };
                items.push(Item::Term(if none {
                    Term::Literal {
                        value: s.clone(),
                        datatype: crate::verify::rdf::XSD_STRING.to_owned(),
                        language: None,
                    }
                } else {
                    Term::Literal {
                        value: s.clone(),
                        datatype: crate::verify::rdf::RDF_LANG_STRING.to_owned(),
                        language: Some(tag.to_lowercase()),
                    }
                }));
            }
        }
        Ok(())
    }

    /// A value object (`@value` with `@type` or `@language`).
    fn value_object(
        &mut self,
        type_scoped: &Ctx,
        type_values: &[&Value],
        value: &Value,
        language: Option<&Value>,
    ) -> Result<Term, JsonLdError> {
        let datatype = if let Some(raw) = type_values.first() {
            let (1, Value::String(t)) = (type_values.len(), raw) else {
                return Err(invalid("a value object's @type must be one string"));
            };
            match expand_iri(type_scoped, t, true) {
                Some(e) if e == "@json" => Some("@json".to_owned()),
                Some(e) if is_absolute_iri(&e) && !e.starts_with("_:") => Some(e.into_owned()),
                Some(_) if t.contains(':') => {
                    return Err(JsonLdError::RelativeIri { value: t.clone() })
                }
                _ => return Err(JsonLdError::UndefinedType { value: t.clone() }),
            }
        } else {
            None
        };
        let language = match language {
            None | Some(Value::Null) => None,
            Some(Value::String(l)) => {
                check_language(l)?;
                Some(l.to_lowercase())
            }
            Some(_) => return Err(invalid("@language must be a string")),
        };
        if datatype.is_some() && language.is_some() {
            return Err(invalid(
                "a value object cannot have both @type and @language",
            ));
        }
        if datatype.as_deref() == Some("@json") {
            return Ok(literal::json(value));
        }
        match value {
            Value::Null => Err(JsonLdError::Dropped {
                what: "null @value value",
            }),
            Value::Object(_) | Value::Array(_) => Err(invalid("@value must be a scalar")),
            Value::String(_) => literal::scalar(value, datatype.as_deref(), language.as_deref())
                .ok_or(JsonLdError::Unsupported {
                    feature: "non-numeric string typed xsd:double",
                }),
            _ if language.is_some() => Err(invalid("only strings may be language-tagged")),
            _ => {
                literal::scalar(value, datatype.as_deref(), None).ok_or(JsonLdError::Unsupported {
                    feature: "number outside the f64 range",
                })
            }
        }
    }
}

/// A term typed `@json`, whose `null` is a value (`"null"^^rdf:JSON`), not an absence.
fn is_json_term(ctx: &Ctx, key: &str) -> bool {
    ctx.terms.get(key).and_then(|d| d.type_mapping.as_deref()) == Some("@json")
}

/// The leaves of nested arrays (JSON-LD flattens arrays outside lists).
fn flatten<'v>(value: &'v Value, out: &mut Vec<&'v Value>) {
    match value {
        Value::Array(items) => items.iter().for_each(|i| flatten(i, out)),
        Value::Null => {}
        v => out.push(v),
    }
}

fn invalid(reason: &str) -> JsonLdError {
    JsonLdError::InvalidDocument {
        reason: reason.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::jsonld::bundle::Bundle;

    fn fixture(rel: &str) -> Value {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(rel);
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json")
    }

    #[test]
    fn cold_documents_stay_well_inside_the_context_allowance() {
        for rel in [
            "openbadges3/validator-samples/clr20/complex.json",
            "openbadges3/validator-samples/ob30/complete.json",
            "peers/js-ed25519signature2020/ob3-0001.json",
        ] {
            let contexts = Contexts::new(Bundle::get().expect("bundle"));
            let (_, cold) = to_rdf_counting(&contexts, &fixture(rel), None).expect(rel);
            let (_, warm) = to_rdf_counting(&contexts, &fixture(rel), None).expect(rel);
            assert!(cold <= MAX_CONTEXT_WORK / 4, "{rel}: {cold}");
            assert_eq!(warm, 0, "{rel}: a warm document processes no context");
        }
    }

    #[test]
    fn embedded_contexts_on_every_node_run_out_of_allowance() {
        let contexts = Contexts::new(Bundle::get().expect("bundle"));
        let node = serde_json::json!({"@context": {"p": "https://example.org/p"}, "p": "leaf"});
        let doc = serde_json::json!({
            "@context": {"q": "https://example.org/q"},
            "q": vec![node; MAX_CONTEXT_WORK + 1]
        });
        assert_eq!(
            to_rdf(&contexts, &doc),
            Err(JsonLdError::TooComplex {
                what: "context processing"
            })
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let contexts = Contexts::new(Bundle::get().expect("bundle"));
        let mut doc = serde_json::json!({"p": "leaf"});
        for _ in 0..MAX_DEPTH {
            doc = serde_json::json!({"p": doc});
        }
        doc["@context"] = serde_json::json!({"p": "https://example.org/p"});
        assert_eq!(
            to_rdf(&contexts, &doc),
            Err(JsonLdError::TooComplex {
                what: "nesting depth"
            })
        );
    }
}
