//! RFC 8785 JSON Canonicalization Scheme (JCS) over [`serde_json::Value`].
//!
//! Guarantees: object members sorted by their names' UTF-16 code units, no whitespace, strings
//! escaped exactly as ECMAScript's `JSON.stringify` does, and numbers written as ECMAScript's
//! `Number.prototype.toString` writes the IEEE-754 double they denote (shortest round-trip
//! digits; exponent form from 1e21 and below 1e-6; `-0` as `0`). Integers that serde_json holds
//! as `u64`/`i64` are first rounded to the nearest double, as a JavaScript verifier would.
//!
//! What JCS leaves to the parser stays there: duplicate member names and the precision of the
//! input's number text are serde_json's business.

use serde_json::Value;

/// The canonical form of `value`.
pub fn canonicalize(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

/// The canonical form of `value` as UTF-8 bytes, ready to hash or sign.
pub fn canonicalize_to_vec(value: &Value) -> Vec<u8> {
    canonicalize(value).into_bytes()
}

fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => {
            // serde_json numbers are finite: an f64, or a u64/i64 that `as_f64` rounds to the
            // nearest double (what JavaScript's parser would have produced).
            write_number(n.as_f64().unwrap_or_default(), out);
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Value::Object(members) => {
            let mut sorted: Vec<(&String, &Value)> = members.iter().collect();
            sorted.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (name, member)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(name, out);
                out.push(':');
                write_value(member, out);
            }
            out.push('}');
        }
    }
}

/// A JSON string as `JSON.stringify` writes it: `"` and `\` escaped, the controls that have a
/// short form as `\b \t \n \f \r`, the other controls as `\u00xx` (lower-case hex), everything
/// else (DEL, U+2028, non-ASCII) as is.
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(short);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Appends `x` as ECMAScript's `Number.prototype.toString` would (ECMA-262, Number::toString).
/// `x` must be finite; JSON has no NaN or infinities.
pub fn write_number(x: f64, out: &mut String) {
    if x == 0.0 {
        // Both +0 and -0.
        out.push('0');
        return;
    }
    if x < 0.0 {
        out.push('-');
    }
    let mut buffer = zmij::Buffer::new();
    let shortest = buffer.format_finite(x.abs());
    let (digits, n) = decimal_digits(shortest);
    let k = digits.len() as i32;
    let digits = digits.as_str();
    if k <= n && n <= 21 {
        // An integer: the digits, then n-k zeros.
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = n - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&e.unsigned_abs().to_string());
    }
}

/// The significant digits `s` (no leading or trailing zeros) and the exponent `n` such that the
/// value is `0.s × 10^n`, read from a shortest round-trip rendering such as `1.5e-7` or `120.0`.
fn decimal_digits(shortest: &str) -> (String, i32) {
    let (mantissa, exponent) = match shortest.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (shortest, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int_part.chars().chain(frac_part.chars()).collect();
    // value = all × 10^(exponent - frac_len)
    let mut scale = exponent - frac_part.len() as i32;
    let trimmed_end = all.trim_end_matches('0');
    scale += (all.len() - trimmed_end.len()) as i32;
    let digits = trimmed_end.trim_start_matches('0').to_owned();
    let n = scale + digits.len() as i32;
    (digits, n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn number(x: f64) -> String {
        let mut s = String::new();
        write_number(x, &mut s);
        s
    }

    #[test]
    fn numbers_follow_ecmascript() {
        for (x, expected) in [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-1.5, "-1.5"),
            (56.0, "56"),
            (4.5, "4.5"),
            (0.002, "0.002"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e-6, "0.000001"),
            (5e-7, "5e-7"),
            (1.5e-7, "1.5e-7"),
            (1e30, "1e+30"),
            (1e-27, "1e-27"),
            (9007199254740993.0, "9007199254740992"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (5e-324, "5e-324"),
            (0.1 + 0.2, "0.30000000000000004"),
        ] {
            assert_eq!(number(x), expected, "{x:e}");
        }
    }

    #[test]
    fn parsed_numbers_keep_their_nearest_double() {
        // Needs serde_json's `float_roundtrip`: the fast parser lands one ULP off here and
        // would print 333333333.33333325.
        for (text, expected) in [
            ("333333333.33333329", "333333333.3333333"),
            ("4.50", "4.5"),
            ("1E30", "1e+30"),
            ("0.000000000000000000000000001", "1e-27"),
            ("-0.0", "0"),
            ("100000000000000000000000", "1e+23"),
        ] {
            let v: Value = serde_json::from_str(text).unwrap();
            assert_eq!(canonicalize(&v), expected, "{text}");
        }
    }

    #[test]
    fn big_integers_round_to_doubles() {
        assert_eq!(canonicalize(&json!(u64::MAX)), "18446744073709552000");
        assert_eq!(canonicalize(&json!(i64::MIN)), "-9223372036854776000");
        assert_eq!(
            canonicalize(&json!(9007199254740993u64)),
            "9007199254740992"
        );
    }

    #[test]
    fn strings_escape_like_json_stringify() {
        assert_eq!(
            canonicalize(&json!("\"\\/\u{8}\t\n\u{c}\r\u{1}\u{1f}\u{7f}\u{2028}é😂")),
            "\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0001\\u001f\u{7f}\u{2028}é😂\""
        );
    }

    #[test]
    fn keys_sort_by_utf16_code_units() {
        // U+FB33 sorts after U+1F602 by code point but before it in UTF-16 (0xD83D < 0xFB33).
        let v = json!({"\u{fb33}": 1, "\u{1f602}": 2, "\u{20ac}": 3, "a": 4, "": 5, "A": 6});
        assert_eq!(
            canonicalize(&v),
            "{\"\":5,\"A\":6,\"a\":4,\"\u{20ac}\":3,\"\u{1f602}\":2,\"\u{fb33}\":1}"
        );
    }

    #[test]
    fn nested_structures_have_no_whitespace() {
        let v = json!({"b": [1, {"d": null, "c": true}], "a": {}});
        assert_eq!(
            canonicalize(&v),
            "{\"a\":{},\"b\":[1,{\"c\":true,\"d\":null}]}"
        );
        assert_eq!(canonicalize_to_vec(&json!([])), b"[]");
    }
}
