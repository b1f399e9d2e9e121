//! RDF terms and quads: the meeting point of JSON-LD `toRdf` and RDF canonicalisation.

use std::fmt;

/// An RDF term in subject, predicate, object or graph position.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    /// An absolute IRI (without angle brackets).
    Iri(String),
    /// A blank node label without the `_:` prefix.
    Blank(String),
    /// A literal with its datatype IRI and optional language tag (and base direction).
    Literal {
        /// The lexical form.
        value: String,
        /// Datatype IRI; `xsd:string` or `rdf:langString` when not otherwise typed.
        datatype: String,
        /// Language tag, for `rdf:langString`.
        language: Option<String>,
    },
}

/// A quad; `graph` is `None` for the default graph.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Quad {
    /// Subject (IRI or blank node).
    pub subject: Term,
    /// Predicate (IRI).
    pub predicate: Term,
    /// Object (any term).
    pub object: Term,
    /// Graph name, `None` for the default graph.
    pub graph: Option<Term>,
}

/// `xsd:string`.
pub const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";
/// `rdf:langString`.
pub const RDF_LANG_STRING: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

impl fmt::Display for Term {
    /// Canonical N-Quads form of the term (escaping as rdf-canonize does).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Iri(iri) => {
                f.write_str("<")?;
                for c in iri.chars() {
                    match c {
                        '<' | '>' | '"' | '{' | '}' | '|' | '^' | '`' | '\\' => {
                            write!(f, "\\u{:04X}", c as u32)?
                        }
                        c if (c as u32) <= 0x20 => write!(f, "\\u{:04X}", c as u32)?,
                        c => write!(f, "{c}")?,
                    }
                }
                f.write_str(">")
            }
            Term::Blank(label) => write!(f, "_:{label}"),
            Term::Literal {
                value,
                datatype,
                language,
            } => {
                f.write_str("\"")?;
                for c in value.chars() {
                    match c {
                        '\u{8}' => f.write_str("\\b")?,
                        '\t' => f.write_str("\\t")?,
                        '\n' => f.write_str("\\n")?,
                        '\u{c}' => f.write_str("\\f")?,
                        '\r' => f.write_str("\\r")?,
                        '"' => f.write_str("\\\"")?,
                        '\\' => f.write_str("\\\\")?,
                        c if (c as u32) < 0x20 || c == '\u{7f}' => {
                            write!(f, "\\u{:04X}", c as u32)?
                        }
                        c => write!(f, "{c}")?,
                    }
                }
                f.write_str("\"")?;
                match language {
                    Some(lang) => write!(f, "@{lang}"),
                    None if datatype == XSD_STRING => Ok(()),
                    None => write!(f, "^^{}", Term::Iri(datatype.clone())),
                }
            }
        }
    }
}

impl fmt::Display for Quad {
    /// One canonical N-Quads line, with its trailing newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} ", self.subject, self.predicate, self.object)?;
        if let Some(g) = &self.graph {
            write!(f, "{g} ")?;
        }
        f.write_str(".\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_escaping_matches_rdf_canonize() {
        let t = Term::Literal {
            value: "a\"b\\c\nd\u{1}".into(),
            datatype: XSD_STRING.into(),
            language: None,
        };
        assert_eq!(t.to_string(), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    #[test]
    fn quad_line_has_graph_when_named() {
        let q = Quad {
            subject: Term::Blank("c14n0".into()),
            predicate: Term::Iri("http://ex/p".into()),
            object: Term::Iri("http://ex/o".into()),
            graph: Some(Term::Blank("c14n1".into())),
        };
        assert_eq!(
            q.to_string(),
            "_:c14n0 <http://ex/p> <http://ex/o> _:c14n1 .\n"
        );
    }
}
