//! zlib with and without the preset dictionary, and the capped, strict inflate every decoder
//! goes through.
//!
//! Guarantees of [`inflate`]: it never holds more than `limit + 1` output bytes (a "zip bomb" is
//! refused as soon as it passes the limit), it refuses a stream cut short, bytes after the end of
//! the stream, and a dictionary other than the one the format names — including a stream that
//! names a dictionary where none is allowed or none where one is required.

use super::ProofError;
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// The preset dictionary `ob3-vocab-v1` (formats 0x08 and 0x09). A compatibility contract:
/// never changed in place; `tools/proof/build-dict.py` says how it was built.
pub const OB3_VOCAB_V1: &[u8] = include_bytes!("dict/ob3-vocab-v1.bin");

/// Inflate limit for a credential (format 0x03, 0x08, 0x09).
pub const CREDENTIAL_LIMIT: usize = 16 * 1024;
/// Inflate limit for a compressed proof card (format 0x02).
pub const CARD_LIMIT: usize = 2 * 1024;

/// Adler-32 (RFC 1950), the id a zlib stream gives its preset dictionary.
pub fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// Compresses `data` as a zlib stream at level 9, with `dictionary` when given.
pub fn compress(data: &[u8], dictionary: Option<&[u8]>) -> Vec<u8> {
    let mut c = Compress::new(Compression::best(), true);
    if let Some(dict) = dictionary {
        // Cannot fail on a fresh stream; an error would only lose compression, never data.
        let _ = c.set_dictionary(dict);
    }
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    loop {
        let consumed = c.total_in() as usize;
        let status = c.compress_vec(&data[consumed..], &mut out, FlushCompress::Finish);
        match status {
            Ok(Status::StreamEnd) => return out,
            Ok(_) => out.reserve(out.capacity().max(64)),
            // zlib's deflate cannot fail on valid parameters; keep the loop total anyway.
            Err(_) => return out,
        }
    }
}

/// Inflates a zlib stream strictly (see the module docs), with `dictionary` required when given
/// and forbidden when `None`.
pub fn inflate(
    data: &[u8],
    dictionary: Option<&[u8]>,
    limit: usize,
) -> Result<Vec<u8>, ProofError> {
    // RFC 1950 header: CMF, FLG; FLG bit 5 (FDICT) says a dictionary id follows.
    let [cmf, flg, ..] = data else {
        return Err(ProofError::InflateDamaged);
    };
    if cmf & 0x0F != 8 || (u16::from(*cmf) * 256 + u16::from(*flg)) % 31 != 0 {
        return Err(ProofError::InflateDamaged);
    }
    let has_dict = flg & 0x20 != 0;
    if has_dict != dictionary.is_some() {
        return Err(ProofError::WrongDictionary);
    }
    if let Some(dict) = dictionary {
        let id = data.get(2..6).ok_or(ProofError::InflateDamaged)?;
        if id != adler32(dict).to_be_bytes() {
            return Err(ProofError::WrongDictionary);
        }
    }
    let mut d = Decompress::new(true);
    let mut out: Vec<u8> = Vec::with_capacity((limit + 1).min(4096));
    loop {
        if out.len() > limit {
            return Err(ProofError::InflateTooLarge { limit });
        }
        if out.len() == out.capacity() {
            let grow = out.capacity().max(1024).min(limit + 1 - out.len());
            out.reserve_exact(grow);
        }
        let (in_before, out_before) = (d.total_in(), out.len());
        let consumed = in_before as usize;
        match d.decompress_vec(&data[consumed..], &mut out, FlushDecompress::None) {
            Ok(Status::StreamEnd) => break,
            Ok(_) => {
                let progressed = d.total_in() != in_before || out.len() != out_before;
                if !progressed && out.len() < out.capacity() {
                    // Input exhausted before the end of the stream.
                    return Err(ProofError::InflateDamaged);
                }
            }
            Err(e) => match (e.needs_dictionary(), dictionary) {
                (Some(_), Some(dict)) => {
                    // The id was checked against this dictionary above.
                    d.set_dictionary(dict)
                        .map_err(|_| ProofError::WrongDictionary)?;
                }
                (Some(_), None) => return Err(ProofError::WrongDictionary),
                (None, _) => return Err(ProofError::InflateDamaged),
            },
        }
    }
    if out.len() > limit {
        return Err(ProofError::InflateTooLarge { limit });
    }
    if d.total_in() as usize != data.len() {
        return Err(ProofError::TrailingBytes);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn the_v1_dictionary_never_changes() {
        // A compatibility contract: printed codes name this dictionary by its Adler-32.
        assert_eq!(
            hex::encode(Sha256::digest(OB3_VOCAB_V1)),
            "ddb950bb2ea1d24db7da7777fdb69ea64d9e2920bc14233f81fb67f94afcf033"
        );
        assert_eq!(OB3_VOCAB_V1.len(), 4308);
    }

    #[test]
    fn adler32_matches_rfc_1950() {
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
        assert_eq!(adler32(b""), 1);
    }

    #[test]
    fn round_trip_with_and_without_dictionary() {
        let text = br#"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"]}"#;
        for dict in [None, Some(OB3_VOCAB_V1)] {
            let z = compress(text, dict);
            assert_eq!(inflate(&z, dict, 1024).expect("inflates"), text);
        }
        assert!(compress(text, Some(OB3_VOCAB_V1)).len() < compress(text, None).len());
    }

    #[test]
    fn strictness() {
        let text = vec![b'a'; 5000];
        let with = compress(&text, Some(OB3_VOCAB_V1));
        let without = compress(&text, None);
        // Wrong or absent dictionary, both ways.
        assert_eq!(inflate(&with, None, 9000), Err(ProofError::WrongDictionary));
        assert_eq!(
            inflate(&without, Some(OB3_VOCAB_V1), 9000),
            Err(ProofError::WrongDictionary)
        );
        assert_eq!(
            inflate(&with, Some(b"another dictionary"), 9000),
            Err(ProofError::WrongDictionary)
        );
        // Zip bomb.
        assert_eq!(
            inflate(&without, None, 4999),
            Err(ProofError::InflateTooLarge { limit: 4999 })
        );
        assert_eq!(inflate(&without, None, 5000).expect("fits").len(), 5000);
        // Trailing bytes.
        let mut trailing = without.clone();
        trailing.push(0);
        assert_eq!(
            inflate(&trailing, None, 9000),
            Err(ProofError::TrailingBytes)
        );
        // Truncated at every byte boundary.
        for cut in 0..without.len() {
            assert!(inflate(&without[..cut], None, 9000).is_err(), "cut {cut}");
        }
        for cut in 0..with.len() {
            assert!(
                inflate(&with[..cut], Some(OB3_VOCAB_V1), 9000).is_err(),
                "cut {cut}"
            );
        }
    }

    #[test]
    fn bomb_of_megabytes_is_refused_at_the_limit() {
        let bomb = compress(&vec![0u8; 5 * 1024 * 1024], None);
        assert!(bomb.len() < 8 * 1024, "{}", bomb.len());
        assert_eq!(
            inflate(&bomb, None, CREDENTIAL_LIMIT),
            Err(ProofError::InflateTooLarge {
                limit: CREDENTIAL_LIMIT
            })
        );
    }
}
