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

impl Term {
    /// Writes the canonical N-Quads form of the term (escaping as rdf-canonize 5 does) to any
    /// writer. `Display` uses it too; writing straight into a `String` skips the formatting
    /// machinery, which matters on the canonicalisation hot path.
    #[inline]
    pub fn write_nquads<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        match self {
            Term::Iri(iri) => {
                out.write_str("<")?;
                write_escaped(out, iri, &IRI_ESCAPED, iri_escape)?;
                out.write_str(">")
            }
            Term::Blank(label) => {
                out.write_str("_:")?;
                out.write_str(label)
            }
            Term::Literal {
                value,
                datatype,
                language,
            } => {
                out.write_str("\"")?;
                write_escaped(out, value, &LITERAL_ESCAPED, literal_escape)?;
                out.write_str("\"")?;
                match language {
                    Some(lang) => {
                        out.write_str("@")?;
                        out.write_str(lang)
                    }
                    None if datatype == XSD_STRING => Ok(()),
                    None => {
                        out.write_str("^^<")?;
                        write_escaped(out, datatype, &IRI_ESCAPED, iri_escape)?;
                        out.write_str(">")
                    }
                }
            }
        }
    }
}

impl fmt::Display for Term {
    /// Canonical N-Quads form of the term (see [`Term::write_nquads`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_nquads(f)
    }
}

/// Writes `s`, escaping the bytes `table` marks with `escape`. Unescaped runs are written as
/// whole slices: this sits on the canonicalisation hot path, where almost nothing needs escaping.
#[inline]
fn write_escaped<W: fmt::Write>(
    f: &mut W,
    s: &str,
    table: &[bool; 256],
    escape: fn(u8) -> Escape,
) -> fmt::Result {
    // Every character that may need escaping is ASCII, so scanning bytes is exact and never
    // splits a multi-byte character.
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(offset) = first_escaped(&bytes[start..], table) {
        let i = start + offset;
        f.write_str(&s[start..i])?;
        match escape(bytes[i]) {
            Escape::Short(text) => f.write_str(text)?,
            Escape::Uchar => write!(f, "\\u{:04X}", bytes[i])?,
        }
        start = i + 1;
    }
    f.write_str(&s[start..])
}

/// The position of the first byte `table` marks. Eight bytes are looked up per branch: terms are
/// long runs of plain IRI characters, and this scan is the largest single cost of preparing a
/// dataset for canonicalisation.
#[inline]
fn first_escaped(bytes: &[u8], table: &[bool; 256]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        if chunk
            .iter()
            .fold(false, |any, &b| any | table[usize::from(b)])
        {
            return chunk
                .iter()
                .position(|&b| table[usize::from(b)])
                .map(|p| offset + p);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| table[usize::from(b)])
        .map(|p| offset + p)
}

/// How one ASCII character is escaped in canonical N-Quads.
#[derive(Clone, Copy)]
enum Escape {
    /// A fixed ECHAR such as `\n`.
    Short(&'static str),
    /// `\uXXXX` with upper-case hex digits.
    Uchar,
}

/// Bytes escaped in an IRI, as rdf-canonize 5 does: controls, space and `<>"{}|^`\`, all
/// as UCHARs.
const IRI_ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b <= 0x20 {
        t[b] = true;
        b += 1;
    }
    let specials = b"<>\"{}|^`\\";
    let mut i = 0;
    while i < specials.len() {
        t[specials[i] as usize] = true;
        i += 1;
    }
    t
};

fn iri_escape(_: u8) -> Escape {
    Escape::Uchar
}

/// Bytes escaped in a literal per RDFC-1.0 canonical N-Quads: the controls, DEL, `"` and `\`.
const LITERAL_ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0x7f] = true;
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// ECHAR for `\b \t \n \f \r " \\`, UCHAR for the other controls and DEL.
fn literal_escape(b: u8) -> Escape {
    match b {
        0x08 => Escape::Short("\\b"),
        b'\t' => Escape::Short("\\t"),
        b'\n' => Escape::Short("\\n"),
        0x0c => Escape::Short("\\f"),
        b'\r' => Escape::Short("\\r"),
        b'"' => Escape::Short("\\\""),
        b'\\' => Escape::Short("\\\\"),
        _ => Escape::Uchar,
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
    fn every_ascii_escape_matches_rdf_canonize() {
        let all: String = (0u8..=0x7f).map(char::from).collect();
        let lit = Term::Literal {
            value: all.clone(),
            datatype: "urn:dt".into(),
            language: None,
        };
        assert_eq!(
            lit.to_string(),
            "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E\\u000F\
             \\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A\\u001B\\u001C\\u001D\\u001E\\u001F\
             \x20!\\\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\u007F\"^^<urn:dt>"
        );
        let iri = Term::Iri(all[0x20..].to_owned() + "é");
        assert_eq!(
            iri.to_string(),
            "<\\u0020!\\u0022#$%&'()*+,-./0123456789:;\\u003C=\\u003E?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\u005C]\\u005E_\\u0060abcdefghijklmnopqrstuvwxyz\\u007B\\u007C\\u007D~\u{7f}é>"
        );
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
