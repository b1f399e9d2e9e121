//! Unbaking SVG badges: `<openbadges:assertion verify="...">` (OB 2.0) and
//! `<openbadges:credential>` (OB 3.0). The badge is the element's text or CDATA (JSON or a
//! JWS); when that is empty, the `verify` attribute (a JWS, or the URL of a hosted assertion).
//!
//! XML is read with quick-xml, which never reads a DTD and never expands entities beyond the
//! five predefined ones and character references. On top of that, a DOCTYPE with an internal
//! subset or an ENTITY declaration is refused outright ([`Error::XmlDoctypeRefused`]):
//! entity-expansion ("billion laughs") and external-entity attacks both need one, and no badge
//! does. A plain `<!DOCTYPE svg PUBLIC ...>` (as SVG editors and 1EdTech's samples write) is
//! allowed: its DTD is never fetched, so it cannot define anything.

use super::Payload;
use crate::{Error, Result};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::Reader;

fn malformed(detail: impl std::fmt::Display) -> Error {
    Error::SvgMalformed {
        detail: detail.to_string(),
    }
}

/// Element names that carry a badge. The prefix is matched as written: every baker in the wild
/// binds `openbadges`, and resolving namespaces buys nothing against a hostile file.
fn is_badge_element(name: &[u8]) -> bool {
    matches!(name, b"openbadges:assertion" | b"openbadges:credential")
}

/// Returns the badge payload baked into an SVG.
pub fn unbake(bytes: &[u8]) -> Result<Payload> {
    let text = std::str::from_utf8(bytes).map_err(|_| malformed("the SVG is not UTF-8"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.expand_empty_elements = false;

    // Inside a badge element: the verify attribute and the text gathered so far.
    let mut inside: Option<(Option<String>, String)> = None;
    let mut saw_svg = false;
    loop {
        let event = reader.read_event().map_err(malformed)?;
        match event {
            Event::DocType(d) => {
                // `<!DOCTYPE svg PUBLIC "..." "...svg11.dtd">` is what SVG editors write; the
                // external DTD is never read, so it can define nothing. An internal subset
                // (`[...]`) is where entities are declared: refuse it.
                let decl = d.decode().map_err(malformed)?;
                if decl.contains('[') || decl.to_ascii_uppercase().contains("ENTITY") {
                    return Err(Error::XmlDoctypeRefused);
                }
            }
            Event::Start(e) if inside.is_none() => {
                saw_svg |= e.local_name().as_ref() == b"svg";
                if is_badge_element(e.name().as_ref()) {
                    inside = Some((attribute(&e, b"verify")?, String::new()));
                }
            }
            Event::Empty(e) if inside.is_none() && is_badge_element(e.name().as_ref()) => {
                return payload(attribute(&e, b"verify")?, String::new());
            }
            Event::Text(t) => {
                if let Some((_, buf)) = inside.as_mut() {
                    buf.push_str(&t.xml10_content().map_err(malformed)?);
                }
            }
            Event::CData(c) => {
                if let Some((_, buf)) = inside.as_mut() {
                    buf.push_str(&c.xml10_content().map_err(malformed)?);
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, buf)) = inside.as_mut() {
                    let name = r.decode().map_err(malformed)?;
                    if let Some(c) = r.resolve_char_ref().map_err(malformed)? {
                        buf.push(c);
                    } else if let Some(s) = resolve_predefined_entity(&name) {
                        buf.push_str(s);
                    } else {
                        // No DTD is read, so no other entity can be defined.
                        return Err(malformed(format!("undefined entity &{name};")));
                    }
                }
            }
            Event::End(e) if is_badge_element(e.name().as_ref()) => {
                if let Some((verify, buf)) = inside.take() {
                    return payload(verify, buf);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_svg {
        return Err(malformed("no <svg> element"));
    }
    Err(Error::NoBadgeData)
}

fn attribute(e: &quick_xml::events::BytesStart<'_>, key: &[u8]) -> Result<Option<String>> {
    for a in e.attributes() {
        let a = a.map_err(malformed)?;
        if a.key.as_ref() == key {
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(malformed)?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}

/// The element's content when it has any, else its `verify` attribute.
fn payload(verify: Option<String>, content: String) -> Result<Payload> {
    if !content.trim().is_empty() {
        return Ok(Payload::from_text(content));
    }
    match verify {
        Some(v) if !v.trim().is_empty() => Ok(Payload::from_text(v)),
        _ => Err(Error::NoBadgeData),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(svg: &str) -> &'static str {
        unbake(svg.as_bytes()).map(|_| ()).unwrap_err().code()
    }

    #[test]
    fn reads_cdata_text_and_verify_attribute() {
        let cdata = r#"<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://e.org/a"><![CDATA[{"a":1}]]></openbadges:assertion></svg>"#;
        assert_eq!(
            unbake(cdata.as_bytes()).expect("cdata"),
            Payload::Json(b"{\"a\":1}".to_vec())
        );
        let escaped =
            r#"<svg><openbadges:credential>{&quot;b&quot;:2}</openbadges:credential></svg>"#;
        assert_eq!(
            unbake(escaped.as_bytes()).expect("text"),
            Payload::Json(b"{\"b\":2}".to_vec())
        );
        let jws = r#"<svg><openbadges:credential verify="eyJhbGciOiJFZERTQSJ9.e30.c2ln"/></svg>"#;
        assert_eq!(
            unbake(jws.as_bytes()).expect("verify"),
            Payload::Jws("eyJhbGciOiJFZERTQSJ9.e30.c2ln".into())
        );
        let url = r#"<svg><openbadges:assertion verify="https://e.org/a.json"><![CDATA[]]></openbadges:assertion></svg>"#;
        assert_eq!(
            unbake(url.as_bytes()).expect("url"),
            Payload::Url("https://e.org/a.json".into())
        );
    }

    #[test]
    fn doctypes_entities_and_garbage_are_refused() {
        let lol = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><svg><openbadges:assertion>&b;</openbadges:assertion></svg>"#;
        assert_eq!(code(lol), "xml-doctype-refused");
        let undefined = r#"<svg><openbadges:assertion>&xxe;</openbadges:assertion></svg>"#;
        assert_eq!(code(undefined), "svg-malformed");
        assert_eq!(code("<svg><g></svg>"), "svg-malformed");
        assert_eq!(code("<svg><g/></svg>"), "no-badge-data");
        let public = r#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg><openbadges:credential>{}</openbadges:credential></svg>"#;
        assert!(unbake(public.as_bytes()).is_ok());
    }
}
