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
                write_escaped(f, iri, iri_escape)?;
                f.write_str(">")
            }
            Term::Blank(label) => write!(f, "_:{label}"),
            Term::Literal {
                value,
                datatype,
                language,
            } => {
                f.write_str("\"")?;
                write_escaped(f, value, literal_escape)?;
                f.write_str("\"")?;
                match language {
                    Some(lang) => write!(f, "@{lang}"),
                    None if datatype == XSD_STRING => Ok(()),
                    None => {
                        f.write_str("^^<")?;
                        write_escaped(f, datatype, iri_escape)?;
                        f.write_str(">")
                    }
                }
            }
        }
    }
}

/// Writes `s`, replacing each character for which `escape` gives a replacement. Unescaped runs
/// are written as whole slices: this sits on the canonicalisation hot path, where almost nothing
/// needs escaping.
fn write_escaped(
    f: &mut fmt::Formatter<'_>,
    s: &str,
    escape: fn(u8) -> Option<Escape>,
) -> fmt::Result {
    let mut start = 0;
    // Every character that may need escaping is ASCII, so scanning bytes is exact and never
    // splits a multi-byte character.
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if let Some(e) = escape(b) {
            f.write_str(&s[start..i])?;
            match e {
                Escape::Short(text) => f.write_str(text)?,
                Escape::Uchar => write!(f, "\\u{:04X}", b)?,
            }
            start = i + 1;
        }
    }
    f.write_str(&s[start..])
}

/// How one ASCII character is escaped in canonical N-Quads.
#[derive(Clone, Copy)]
enum Escape {
    /// A fixed ECHAR such as `\n`.
    Short(&'static str),
    /// `\uXXXX` with upper-case hex digits.
    Uchar,
}

/// IRI escaping as rdf-canonize 5 does it: controls, space and `<>"{}|^`\` become UCHARs.
fn iri_escape(b: u8) -> Option<Escape> {
    match b {
        0..=0x20 | b'<' | b'>' | b'"' | b'{' | b'}' | b'|' | b'^' | b'`' | b'\\' => {
            Some(Escape::Uchar)
        }
        _ => None,
    }
}

/// Literal escaping per RDFC-1.0 canonical N-Quads: ECHAR for `\b \t \n \f \r " \\`, UCHAR
/// for the other controls and DEL, everything else as is.
fn literal_escape(b: u8) -> Option<Escape> {
    match b {
        0x08 => Some(Escape::Short("\\b")),
        b'\t' => Some(Escape::Short("\\t")),
        b'\n' => Some(Escape::Short("\\n")),
        0x0c => Some(Escape::Short("\\f")),
        b'\r' => Some(Escape::Short("\\r")),
        b'"' => Some(Escape::Short("\\\"")),
        b'\\' => Some(Escape::Short("\\\\")),
        0..=0x1f | 0x7f => Some(Escape::Uchar),
        _ => None,
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
