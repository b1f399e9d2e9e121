//! A small, strict N-Quads parser (RDF 1.1 N-Quads grammar) into [`Quad`]s.
//!
//! It exists to run the W3C RDFC-1.0 test suite and for differential tests, not to read
//! credentials (those arrive as JSON-LD). Guarantees: every IRI is absolute (has a scheme), blank
//! node labels and language tags follow the grammar, ECHAR and UCHAR escapes are decoded (a UCHAR
//! naming a surrogate or a value beyond U+10FFFF is an error), and the result is a set: a quad
//! that repeats an earlier one is dropped, keeping the first occurrence's position, as
//! rdf-canonize's parser does.

use std::collections::HashSet;

use crate::verify::rdf::{Quad, Term, RDF_LANG_STRING, XSD_STRING};

/// Why an N-Quads document could not be parsed, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("N-Quads line {line}, column {column}: {reason}")]
pub struct NQuadsError {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What was wrong.
    pub reason: &'static str,
}

/// Parses an N-Quads document. Empty lines and `#` comments are allowed; duplicate quads are
/// dropped.
pub fn parse(input: &str) -> Result<Vec<Quad>, NQuadsError> {
    let mut quads = Vec::new();
    let mut seen = HashSet::new();
    for (n, physical) in input.split('\n').enumerate() {
        // EOL is any run of CR and LF, so a lone CR also ends a statement.
        for line in physical.split('\r') {
            let mut cursor = Cursor::new(line, n + 1);
            if let Some(quad) = cursor.statement()? {
                if seen.insert(quad.clone()) {
                    quads.push(quad);
                }
            }
        }
    }
    Ok(quads)
}

/// Reading position within one line.
struct Cursor<'a> {
    line_text: &'a str,
    rest: &'a str,
    line: usize,
}

impl<'a> Cursor<'a> {
    fn new(line_text: &'a str, line: usize) -> Self {
        Cursor {
            line_text,
            rest: line_text,
            line,
        }
    }

    fn error(&self, reason: &'static str) -> NQuadsError {
        let consumed = &self.line_text[..self.line_text.len() - self.rest.len()];
        NQuadsError {
            line: self.line,
            column: consumed.chars().count() + 1,
            reason,
        }
    }

    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.rest = &self.rest[c.len_utf8()..];
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.rest = &self.rest[c.len_utf8()..];
            true
        } else {
            false
        }
    }

    fn skip_ws(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t']);
    }

    /// True at the end of the line or at a comment.
    fn at_end(&self) -> bool {
        matches!(self.peek(), None | Some('#'))
    }

    /// One statement, or `None` for a blank or comment-only line.
    fn statement(&mut self) -> Result<Option<Quad>, NQuadsError> {
        self.skip_ws();
        if self.at_end() {
            return Ok(None);
        }
        let subject = match self.peek() {
            Some('<') => self.iri()?,
            Some('_') => self.blank()?,
            _ => return Err(self.error("expected an IRI or a blank node as subject")),
        };
        self.skip_ws();
        if self.peek() != Some('<') {
            return Err(self.error("expected an IRI as predicate"));
        }
        let predicate = self.iri()?;
        self.skip_ws();
        let object = match self.peek() {
            Some('<') => self.iri()?,
            Some('_') => self.blank()?,
            Some('"') => self.literal()?,
            _ => return Err(self.error("expected an IRI, blank node or literal as object")),
        };
        self.skip_ws();
        let graph = match self.peek() {
            Some('<') => Some(self.iri()?),
            Some('_') => Some(self.blank()?),
            _ => None,
        };
        self.skip_ws();
        if !self.eat('.') {
            return Err(self.error("expected '.' at the end of the statement"));
        }
        self.skip_ws();
        if !self.at_end() {
            return Err(self.error("unexpected text after the statement"));
        }
        Ok(Some(Quad {
            subject,
            predicate,
            object,
            graph,
        }))
    }

    fn iri(&mut self) -> Result<Term, NQuadsError> {
        Ok(Term::Iri(self.iri_text()?))
    }

    /// `IRIREF`, decoded; requires an absolute IRI.
    fn iri_text(&mut self) -> Result<String, NQuadsError> {
        if !self.eat('<') {
            return Err(self.error("expected '<'"));
        }
        let mut out = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error("unterminated IRI")),
                Some('>') => break,
                Some('\\') => match self.bump() {
                    Some('u') => out.push(self.hex_char(4)?),
                    Some('U') => out.push(self.hex_char(8)?),
                    _ => return Err(self.error("only \\u and \\U escapes are allowed in an IRI")),
                },
                Some(c) if c <= ' ' || "<\"{}|^`".contains(c) => {
                    return Err(self.error("character not allowed in an IRI"))
                }
                Some(c) => out.push(c),
            }
        }
        if !has_scheme(&out) {
            return Err(self.error("IRI is not absolute"));
        }
        Ok(out)
    }

    /// `BLANK_NODE_LABEL`.
    fn blank(&mut self) -> Result<Term, NQuadsError> {
        if !(self.eat('_') && self.eat(':')) {
            return Err(self.error("expected '_:'"));
        }
        let start = self.rest;
        match self.bump() {
            Some(c) if is_pn_chars_u(c) || c.is_ascii_digit() => {}
            _ => return Err(self.error("bad first character in a blank node label")),
        }
        while let Some(c) = self.peek() {
            if is_pn_chars(c) || c == '.' {
                self.bump();
            } else {
                break;
            }
        }
        // A label may not end in '.', so trailing dots belong to what follows (the statement's
        // terminator, as in `_:a <p> _:b.`).
        let mut label = &start[..start.len() - self.rest.len()];
        while let Some(shorter) = label.strip_suffix('.') {
            label = shorter;
        }
        self.rest = &start[label.len()..];
        Ok(Term::Blank(label.to_owned()))
    }

    /// `STRING_LITERAL_QUOTE` with an optional datatype or language tag.
    fn literal(&mut self) -> Result<Term, NQuadsError> {
        self.eat('"');
        let mut value = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error("unterminated literal")),
                Some('"') => break,
                Some('\\') => {
                    let c = match self.bump() {
                        Some('t') => '\t',
                        Some('b') => '\u{8}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('f') => '\u{c}',
                        Some('"') => '"',
                        Some('\'') => '\'',
                        Some('\\') => '\\',
                        Some('u') => self.hex_char(4)?,
                        Some('U') => self.hex_char(8)?,
                        _ => return Err(self.error("unknown escape in a literal")),
                    };
                    value.push(c);
                }
                Some(c) => value.push(c),
            }
        }
        if self.rest.starts_with("^^") {
            self.rest = &self.rest[2..];
            let datatype = self.iri_text()?;
            return Ok(Term::Literal {
                value,
                datatype,
                language: None,
            });
        }
        if self.eat('@') {
            let start = self.rest;
            let primary = self
                .rest
                .trim_start_matches(|c: char| c.is_ascii_alphabetic());
            if primary.len() == self.rest.len() {
                return Err(self.error("empty language tag"));
            }
            self.rest = primary;
            while let Some(after) = self.rest.strip_prefix('-') {
                let sub = after.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
                if sub.len() == after.len() {
                    return Err(self.error("empty language subtag"));
                }
                self.rest = sub;
            }
            let language = start[..start.len() - self.rest.len()].to_owned();
            return Ok(Term::Literal {
                value,
                datatype: RDF_LANG_STRING.to_owned(),
                language: Some(language),
            });
        }
        Ok(Term::Literal {
            value,
            datatype: XSD_STRING.to_owned(),
            language: None,
        })
    }

    /// The character named by `digits` hex digits after `\u` or `\U`.
    fn hex_char(&mut self, digits: usize) -> Result<char, NQuadsError> {
        let hex = self
            .rest
            .get(..digits)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("bad \\u or \\U escape"))?;
        let code = u32::from_str_radix(hex, 16).map_err(|_| self.error("bad hex escape"))?;
        let c = char::from_u32(code).ok_or_else(|| self.error("escape names no character"))?;
        self.rest = &self.rest[digits..];
        Ok(c)
    }
}

/// `scheme ":"` at the start, per RFC 3986.
fn has_scheme(iri: &str) -> bool {
    let Some((scheme, _)) = iri.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn is_pn_chars_base(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

fn is_pn_chars_u(c: char) -> bool {
    is_pn_chars_base(c) || c == '_' || c == ':'
}

fn is_pn_chars(c: char) -> bool {
    is_pn_chars_u(c)
        || matches!(c, '-' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Quad {
        let mut quads = parse(line).unwrap();
        assert_eq!(quads.len(), 1, "{line}");
        quads.remove(0)
    }

    fn fails(line: &str) -> NQuadsError {
        parse(line).expect_err(line)
    }

    #[test]
    fn parses_every_position() {
        let q = one("_:s <http://ex/p> \"v\"@en-GB _:g . # comment");
        assert_eq!(q.subject, Term::Blank("s".into()));
        assert_eq!(q.predicate, Term::Iri("http://ex/p".into()));
        assert_eq!(
            q.object,
            Term::Literal {
                value: "v".into(),
                datatype: RDF_LANG_STRING.into(),
                language: Some("en-GB".into())
            }
        );
        assert_eq!(q.graph, Some(Term::Blank("g".into())));
    }

    #[test]
    fn no_whitespace_needed_between_terms() {
        let q = one("<urn:a><urn:b>\"x\"^^<urn:dt><urn:g>.");
        assert_eq!(q.graph, Some(Term::Iri("urn:g".into())));
        let q = one("_:a <urn:p> _:b.");
        assert_eq!(q.object, Term::Blank("b".into()));
    }

    #[test]
    fn decodes_echar_and_uchar() {
        let q = one(r#"<urn:s> <urn:\u0070> "\t\b\n\r\f\"\'\\\u00e9\U0001F303" ."#);
        assert_eq!(q.predicate, Term::Iri("urn:p".into()));
        let Term::Literal { value, .. } = q.object else {
            panic!("not a literal")
        };
        assert_eq!(value, "\t\u{8}\n\r\u{c}\"'\\é🌃");
    }

    #[test]
    fn drops_duplicates_and_blank_lines() {
        let doc =
            "<urn:s> <urn:p> <urn:o> .\r\n\n  \n<urn:s> <urn:p> <urn:o> .\r<urn:s> <urn:p> _:b .";
        assert_eq!(parse(doc).unwrap().len(), 2);
    }

    #[test]
    fn rejects_what_the_grammar_rejects() {
        assert_eq!(
            fails("<urn:s> <urn:p> <urn:o>").reason,
            "expected '.' at the end of the statement"
        );
        assert_eq!(fails("<s> <urn:p> <urn:o> .").reason, "IRI is not absolute");
        assert_eq!(
            fails("<urn:a b> <urn:p> <urn:o> .").reason,
            "character not allowed in an IRI"
        );
        assert_eq!(fails("\"lit\" <urn:p> <urn:o> .").line, 1);
        assert_eq!(
            fails("<urn:s> _:p <urn:o> .").reason,
            "expected an IRI as predicate"
        );
        assert_eq!(
            fails("<urn:s> <urn:p> \"\\x\" .").reason,
            "unknown escape in a literal"
        );
        assert_eq!(
            fails("<urn:s> <urn:p> \"\\uD800\" .").reason,
            "escape names no character"
        );
        assert_eq!(
            fails("<urn:s> <urn:p> \"a\"@ .").reason,
            "empty language tag"
        );
        assert_eq!(
            fails("_:-a <urn:p> <urn:o> .").reason,
            "bad first character in a blank node label"
        );
        assert_eq!(
            fails("<urn:s> <urn:p> <urn:o> . <urn:x>").reason,
            "unexpected text after the statement"
        );
        let e = fails("<urn:s> <urn:p> <urn:o> .\n<urn:s> <urn:p> \"open .");
        assert_eq!((e.line, e.reason), (2, "unterminated literal"));
    }
}
