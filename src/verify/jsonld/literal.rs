//! RDF literals from JSON values, byte-compatible with jsonld.js 9 `toRdf`.
//!
//! JSON numbers are JavaScript numbers there, so they are handled as `f64` here too: a number
//! whose JavaScript string form has no `.` (and is below 1e21) becomes `xsd:integer` via
//! `toFixed(0)`, anything else `xsd:double` via `toExponential(15)` with trailing zeros removed
//! (`1.5E0`). `@json` values are serialised with the JSON Canonicalization Scheme (RFC 8785,
//! [`crate::verify::canon::jcs`]).

use crate::verify::canon::jcs;
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
    Term::Literal {
        value: jcs::canonicalize(value),
        datatype: RDF_JSON.to_owned(),
        language: None,
    }
}

/// jsonld.js `types.isDouble`: `String(v)` contains a `.`, or `|v| >= 1e21`.
fn is_js_double(f: f64) -> bool {
    let mut js = String::new();
    jcs::write_number(f, &mut js);
    f.abs() >= 1e21 || js.contains('.')
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
