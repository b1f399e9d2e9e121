//! Strict Base45 (RFC 9285): the text encoding of every proof code.
//!
//! Base45 uses exactly the 45 characters of the QR alphanumeric mode, so a code is dense and no
//! scanner's charset conversion can mangle it. Decoding is strict: a character outside the
//! alphabet, a length of `3k + 1`, or a group whose value does not fit its bytes (`> 0xFFFF` for
//! three characters, `> 0xFF` for two) is refused. Because every byte sequence has exactly one
//! encoding, strict decoding also makes the text canonical: re-encoding gives the input back.

use super::ProofError;

/// The alphabet, in value order (RFC 9285 section 4).
const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Encodes bytes as Base45 text.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    for pair in bytes.chunks(2) {
        let (n, digits) = match pair {
            [a, b] => ((*a as usize) * 256 + *b as usize, 3),
            [a] => (*a as usize, 2),
            _ => unreachable!("chunks(2) yields one or two bytes"),
        };
        let mut n = n;
        for _ in 0..digits {
            out.push(ALPHABET[n % 45] as char);
            n /= 45;
        }
    }
    out
}

/// The value of one Base45 character, or `None` outside the alphabet.
fn value(c: u8) -> Option<usize> {
    ALPHABET.iter().position(|&a| a == c)
}

/// Decodes Base45 text strictly (see the module docs).
pub fn decode(text: &str) -> Result<Vec<u8>, ProofError> {
    let bytes = text.as_bytes();
    if bytes.len() % 3 == 1 {
        return Err(ProofError::Base45Length {
            length: bytes.len(),
        });
    }
    let mut out = Vec::with_capacity(bytes.len() / 3 * 2 + 1);
    for (group, chunk) in bytes.chunks(3).enumerate() {
        let mut n = 0usize;
        let mut weight = 1usize;
        for (i, &c) in chunk.iter().enumerate() {
            let v = value(c).ok_or(ProofError::Base45Character {
                position: group * 3 + i,
            })?;
            n += v * weight;
            weight *= 45;
        }
        if chunk.len() == 3 {
            if n > 0xFFFF {
                return Err(ProofError::Base45Overflow {
                    position: group * 3,
                });
            }
            out.push((n >> 8) as u8);
            out.push((n & 0xFF) as u8);
        } else {
            if n > 0xFF {
                return Err(ProofError::Base45Overflow {
                    position: group * 3,
                });
            }
            out.push(n as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_9285_examples() {
        // RFC 9285 section 4.3 and 4.4.
        for (raw, text) in [
            (&b"AB"[..], "BB8"),
            (b"Hello!!", "%69 VD92EX0"),
            (b"base-45", "UJCLQE7W581"),
            (b"ietf!", "QED8WEX0"),
            (b"", ""),
        ] {
            assert_eq!(encode(raw), text);
            assert_eq!(decode(text).expect("decodes"), raw);
        }
    }

    #[test]
    fn strictness() {
        assert!(matches!(
            decode("GGW"),
            Err(ProofError::Base45Overflow { .. })
        ));
        // ":::" = 44 + 44*45 + 44*2025 = 91124 > 0xFFFF.
        assert!(matches!(
            decode(":::"),
            Err(ProofError::Base45Overflow { .. })
        ));
        // Two characters above 0xFF.
        assert!(matches!(
            decode("::"),
            Err(ProofError::Base45Overflow { .. })
        ));
        assert!(matches!(
            decode("BB8B"),
            Err(ProofError::Base45Length { length: 4 })
        ));
        assert!(matches!(
            decode("bb8"),
            Err(ProofError::Base45Character { position: 0 })
        ));
        assert!(matches!(
            decode("BB\u{e9}"),
            Err(ProofError::Base45Character { .. }) | Err(ProofError::Base45Length { .. })
        ));
    }

    #[test]
    fn every_two_byte_value_round_trips() {
        for n in 0..=0xFFFFu32 {
            let raw = [(n >> 8) as u8, n as u8];
            assert_eq!(decode(&encode(&raw)).expect("decodes"), raw);
        }
    }
}
