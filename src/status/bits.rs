//! Decoding status list bitstrings: GZIP, base64url, optionally multibase (`u` prefix).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use std::io::Read;

/// Largest decompressed bitstring accepted: 16 Mi entries. The spec's minimum is 16 KiB
/// (131,072 entries); far larger ones are an attempt to exhaust memory.
const MAX_BITSTRING_BYTES: u64 = 2 * 1024 * 1024;

/// The decompressed bitstring.
fn decode(encoded: &str, multibase: bool) -> Option<Vec<u8>> {
    let body = if multibase {
        // Bitstring Status List v1.0 requires multibase base64url (`u`); some issuers omit it.
        encoded.strip_prefix('u').unwrap_or(encoded)
    } else {
        encoded
    };
    let compressed = URL_SAFE_NO_PAD.decode(body.trim_end_matches('=')).ok()?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(compressed.as_slice())
        .take(MAX_BITSTRING_BYTES + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() as u64 <= MAX_BITSTRING_BYTES).then_some(out)
}

/// The bit at `index` (index 0 is the most significant bit of the first byte), `None` when
/// the list cannot be decoded or is shorter than the index.
pub fn bit(encoded: &str, multibase: bool, index: u64) -> Option<bool> {
    let bits = decode(encoded, multibase)?;
    let byte = bits.get(usize::try_from(index / 8).ok()?)?;
    Some(byte & (0x80 >> (index % 8)) != 0)
}

/// Encodes a bitstring (GZIP, base64url, `u` prefix when `multibase`) — for issuers' tools and
/// tests.
pub fn encode(bits: &[u8], multibase: bool) -> String {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = gz.write_all(bits);
    let body = URL_SAFE_NO_PAD.encode(gz.finish().unwrap_or_default());
    if multibase {
        format!("u{body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_read_from_the_left() {
        let mut raw = vec![0u8; 16 * 1024];
        raw[2] = 0b0000_0001; // index 23
        for multibase in [true, false] {
            let enc = encode(&raw, multibase);
            assert_eq!(bit(&enc, multibase, 23), Some(true));
            assert_eq!(bit(&enc, multibase, 22), Some(false));
            assert_eq!(bit(&enc, multibase, 0), Some(false));
            assert_eq!(bit(&enc, multibase, 16 * 1024 * 8), None);
        }
    }
}
