//! RDF literals from JSON values, byte-compatible with jsonld.js 9 `toRdf`.
//!
//! JSON numbers are JavaScript numbers there, so they are handled as `f64` here too: a number
//! whose JavaScript string form has no `.` (and is below 1e21) becomes `xsd:integer` via
//! `toFixed(0)`, anything else `xsd:double` via `toExponential(15)` with trailing zeros removed
//! (`1.5E0`). `@json` values are serialised with the JSON Canonicalization Scheme (RFC 8785).

use crate::verify::rdf::{Term, RDF_LANG_STRING, XSD_STRING};
use serde_json::Value;

pub(crate) const XSD_BOOLEAN: &str = "http://www.w3.org/2001/XMLSchema#boolean";
pub(crate) const XSD_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
pub(crate) const XSD_DOUBLE: &str = "http://www.w3.org/2001/XMLSchema#double";
pub(crate) const RDF_JSON: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON";

/// The literal for a JSON scalar with an optional coerced datatype or language.
/// Returns `None` for a string coerced to `xsd:double` that is not a number (rejected upstream).
pub(crate) fn scalar(
    value: &Value,
    datatype: Option<&str>,
    language: Option<&str>,
) -> Option<Term> {
    if datatype == Some("@json") {
        return Some(json(value));
    }
    let (lexical, default_type) = match value {
        Value::Bool(b) => (b.to_string(), XSD_BOOLEAN),
        Value::Number(n) => {
            let f = n.as_f64()?;
            if datatype == Some(XSD_DOUBLE) || is_js_double(f) {
                (xsd_double(f), XSD_DOUBLE)
            } else {
                (js_to_fixed_0(f), XSD_INTEGER)
            }
        }
        Value::String(s) if datatype == Some(XSD_DOUBLE) => {
            (xsd_double(s.trim().parse().ok()?), XSD_DOUBLE)
        }
        Value::String(s) => {
            if let (None, Some(lang)) = (datatype, language) {
                return Some(Term::Literal {
                    value: s.clone(),
                    datatype: RDF_LANG_STRING.to_owned(),
                    language: Some(lang.to_owned()),
                });
            }
            (s.clone(), XSD_STRING)
        }
        Value::Null | Value::Array(_) | Value::Object(_) => return None,
    };
    Some(Term::Literal {
        value: lexical,
        datatype: datatype.unwrap_or(default_type).to_owned(),
        language: None,
    })
}

/// An `rdf:JSON` literal holding the JCS form of `value`.
pub(crate) fn json(value: &Value) -> Term {
    let mut out = String::new();
    jcs(value, &mut out);
    Term::Literal {
        value: out,
        datatype: RDF_JSON.to_owned(),
        language: None,
    }
}

/// jsonld.js `types.isDouble`: `String(v)` contains a `.`, or `|v| >= 1e21`.
fn is_js_double(f: f64) -> bool {
    f.abs() >= 1e21 || js_number_string(f).contains('.')
}

/// JavaScript `v.toFixed(0)` for `|v| < 1e21`.
fn js_to_fixed_0(f: f64) -> String {
    if f == 0.0 {
        // `(-0).toFixed(0)` is "0".
        return "0".to_owned();
    }
    format!("{f:.0}")
}

/// `v.toExponential(15).replace(/(\d)0*e\+?/, '$1E')`.
fn xsd_double(f: f64) -> String {
    let formatted = format!("{f:.15e}");
    let (mantissa, exponent) = formatted.split_once('e').unwrap_or((&formatted, "0"));
    let mut mantissa = mantissa.trim_end_matches('0').to_owned();
    if mantissa.ends_with('.') {
        mantissa.push('0');
    }
    format!("{mantissa}E{exponent}")
}

/// ECMAScript `Number::toString` (shortest round-trip digits), as RFC 8785 requires.
pub(crate) fn js_number_string(f: f64) -> String {
    if f == 0.0 {
        return "0".to_owned();
    }
    if !f.is_finite() {
        return "null".to_owned();
    }
    let sign = if f < 0.0 { "-" } else { "" };
    // `{:e}` gives the shortest digits that round-trip: "d.ddde±x".
    let formatted = format!("{:e}", f.abs());
    let (mantissa, exponent) = formatted.split_once('e').unwrap_or((&formatted, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i32;
    let n = exponent.parse::<i32>().unwrap_or(0) + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let exp_sign = if e < 0 { '-' } else { '+' };
        let (first, rest) = digits.split_at(1);
        if rest.is_empty() {
            format!("{first}e{exp_sign}{}", e.abs())
        } else {
            format!("{first}.{rest}e{exp_sign}{}", e.abs())
        }
    };
    format!("{sign}{body}")
}

/// Minimal RFC 8785 serialisation (keys sorted by UTF-16 code units, ES number form).
// TODO(lead): switch to `crate::verify::canon::jcs` once branch `canon` is merged.
fn jcs(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&js_number_string(n.as_f64().unwrap_or(f64::NAN))),
        Value::String(s) => jcs_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs_string(k, out);
                out.push(':');
                jcs(v, out);
            }
            out.push('}');
        }
    }
}

fn jcs_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_javascript_prints_them() {
        for (f, s) in [
            (1.0, "1"),
            (1.5, "1.5"),
            (-0.0, "0"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (123.456, "123.456"),
            (0.1 + 0.2, "0.30000000000000004"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(js_number_string(f), s, "{f}");
        }
    }

    #[test]
    fn doubles_and_integers_as_jsonld_js() {
        assert_eq!(xsd_double(1.5), "1.5E0");
        assert_eq!(xsd_double(0.1), "1.0E-1");
        assert_eq!(xsd_double(-12345.678), "-1.2345678E4");
        assert_eq!(xsd_double(1e21), "1.0E21");
        let lit = |v: Value| scalar(&v, None, None).map(|t| t.to_string());
        assert_eq!(
            lit(serde_json::json!(5)).as_deref(),
            Some("\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")
        );
        assert_eq!(
            lit(serde_json::json!(5.0)).as_deref(),
            Some("\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")
        );
        assert_eq!(
            lit(serde_json::json!(2.5)).as_deref(),
            Some("\"2.5E0\"^^<http://www.w3.org/2001/XMLSchema#double>")
        );
        assert_eq!(
            lit(serde_json::json!(true)).as_deref(),
            Some("\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")
        );
    }

    #[test]
    fn jcs_sorts_keys_by_utf16_and_escapes() {
        let v = serde_json::json!({"b": [1, 2.5, "x\n"], "a": {"\u{e000}": 1, "\u{1f600}": 2}, "c": null});
        let mut out = String::new();
        jcs(&v, &mut out);
        assert_eq!(
            out,
            "{\"a\":{\"\u{1f600}\":2,\"\u{e000}\":1},\"b\":[1,2.5,\"x\\n\"],\"c\":null}"
        );
    }
}
