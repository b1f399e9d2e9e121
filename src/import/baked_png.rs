//! Unbaking PNG badges: finds the `openbadges` (OB 2.0) or `openbadgecredential` (OB 3.0)
//! text chunk and returns its value, without decoding a single pixel.
//!
//! The chunk reader is our own and guarded: the signature must be PNG's, `IHDR` must come first
//! with dimensions within [`MAX_IMAGE_SIDE`], every chunk's CRC must match, no chunk may claim
//! more than the file holds, text chunks are limited to [`MAX_TEXT_BYTES`] (also after
//! inflating), and at most [`MAX_PNG_CHUNKS`] chunks are read.

use super::limits::{MAX_IMAGE_SIDE, MAX_PNG_CHUNKS, MAX_TEXT_BYTES};
use super::Payload;
use crate::{Error, Result};
use flate2::read::ZlibDecoder;
use std::io::Read;

/// The 8-byte PNG signature.
pub const SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";

/// The keywords that carry a badge: OB 2.0 and OB 3.0.
const KEYWORDS: [&[u8]; 2] = [b"openbadges", b"openbadgecredential"];

fn damaged(detail: impl Into<String>) -> Error {
    Error::PngDamaged {
        detail: detail.into(),
    }
}

/// Returns the badge payload baked into a PNG.
pub fn unbake(bytes: &[u8]) -> Result<Payload> {
    let mut rest = bytes
        .strip_prefix(SIGNATURE.as_slice())
        .ok_or_else(|| damaged("not a PNG signature"))?;
    let mut found: Option<String> = None;
    let mut count = 0usize;
    loop {
        count += 1;
        if count > MAX_PNG_CHUNKS {
            return Err(Error::PngTooManyChunks {
                limit: MAX_PNG_CHUNKS,
            });
        }
        if rest.len() < 12 {
            return Err(damaged("the file ends inside a chunk header (no IEND)"));
        }
        let len = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as u64;
        let kind = &rest[4..8];
        // PNG caps chunk lengths at 2^31-1; a text chunk that claims more than we would ever
        // read is refused before anything is read, whatever the file's real length.
        let is_text = matches!(kind, b"iTXt" | b"tEXt" | b"zTXt");
        if is_text && len > MAX_TEXT_BYTES {
            return Err(Error::PngChunkTooLarge {
                size: len,
                limit: MAX_TEXT_BYTES,
            });
        }
        let total = 12 + len as usize;
        if len > (1 << 31) - 1 || rest.len() < total {
            return Err(damaged(format!(
                "chunk {} claims {len} bytes, more than the file holds",
                String::from_utf8_lossy(kind)
            )));
        }
        let data = &rest[8..8 + len as usize];
        let crc = u32::from_be_bytes([
            rest[total - 4],
            rest[total - 3],
            rest[total - 2],
            rest[total - 1],
        ]);
        // Under the fuzzer (`cfg(fuzzing)`, set by cargo-fuzz) the checksum is not enforced:
        // random mutations almost never fix it up, so the reader behind it would go untested.
        if !cfg!(fuzzing) && crc32(&rest[4..8 + len as usize]) != crc {
            return Err(damaged(format!(
                "chunk {} has a wrong checksum",
                String::from_utf8_lossy(kind)
            )));
        }
        if count == 1 {
            if kind != b"IHDR" || len < 8 {
                return Err(damaged("the first chunk is not IHDR"));
            }
            let width = u32::from_be_bytes([data[0], data[1], data[2], data[3]]) as u64;
            let height = u32::from_be_bytes([data[4], data[5], data[6], data[7]]) as u64;
            if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
                return Err(Error::ImageTooLarge {
                    width,
                    height,
                    limit: MAX_IMAGE_SIDE,
                });
            }
        }
        if found.is_none() {
            found = match kind {
                b"iTXt" => itxt(data)?,
                b"tEXt" => text_chunk(data),
                b"zTXt" => ztxt(data)?,
                _ => None,
            };
        }
        rest = &rest[total..];
        if kind == b"IEND" {
            break;
        }
    }
    let value = found.ok_or(Error::NoBadgeData)?;
    Ok(Payload::from_text(value))
}

/// Splits `keyword\0rest` and returns `rest` when the keyword is a badge keyword.
fn badge_keyword(data: &[u8]) -> Option<&[u8]> {
    let nul = data.iter().position(|&b| b == 0)?;
    KEYWORDS.contains(&&data[..nul]).then(|| &data[nul + 1..])
}

/// `iTXt`: keyword, compression flag, method, language tag, translated keyword, UTF-8 text.
fn itxt(data: &[u8]) -> Result<Option<String>> {
    let Some(rest) = badge_keyword(data) else {
        return Ok(None);
    };
    if rest.len() < 2 {
        return Err(damaged("iTXt chunk is cut short"));
    }
    let (compressed, rest) = (rest[0] == 1, &rest[2..]);
    let skip_field = |r: &[u8]| -> Result<usize> {
        r.iter()
            .position(|&b| b == 0)
            .map(|p| p + 1)
            .ok_or_else(|| damaged("iTXt chunk is cut short"))
    };
    let lang_end = skip_field(rest)?;
    let rest = &rest[lang_end..];
    let tk_end = skip_field(rest)?;
    let text = &rest[tk_end..];
    let bytes = if compressed {
        inflate(text)?
    } else {
        text.to_vec()
    };
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| damaged("iTXt text is not UTF-8"))
}

/// `tEXt`: keyword and Latin-1 text. Some bakers write UTF-8 anyway; valid UTF-8 is taken as
/// such, anything else is read as Latin-1 as the PNG standard says.
fn text_chunk(data: &[u8]) -> Option<String> {
    badge_keyword(data).map(latin1_or_utf8)
}

/// `zTXt`: keyword, compression method, zlib-compressed Latin-1 text.
fn ztxt(data: &[u8]) -> Result<Option<String>> {
    let Some(rest) = badge_keyword(data) else {
        return Ok(None);
    };
    let compressed = rest
        .get(1..)
        .ok_or_else(|| damaged("zTXt chunk is cut short"))?;
    Ok(Some(latin1_or_utf8(&inflate(compressed)?)))
}

fn latin1_or_utf8(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Inflates zlib data, stopping as soon as the output passes [`MAX_TEXT_BYTES`].
pub fn inflate(data: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    ZlibDecoder::new(data)
        .take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| damaged(format!("compressed text does not inflate: {e}")))?;
    if out.len() as u64 > MAX_TEXT_BYTES {
        return Err(Error::DecompressedTooLarge {
            limit: MAX_TEXT_BYTES,
        });
    }
    Ok(out)
}

/// CRC-32 (ISO-HDLC, as PNG uses), bitwise: chunks are small and this runs once per import.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// Builds a PNG chunk (length, type, data, CRC). Used by tests and fuzz seeds to make
/// well-formed or hostile images.
pub fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(12 + data.len());
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc_input = kind.to_vec();
    crc_input.extend_from_slice(data);
    out.extend_from_slice(&crc32(&crc_input).to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::ZlibEncoder;
    use flate2::Compression;
    use std::io::Write;

    fn ihdr(w: u32, h: u32) -> Vec<u8> {
        let mut d = w.to_be_bytes().to_vec();
        d.extend_from_slice(&h.to_be_bytes());
        d.extend_from_slice(&[8, 6, 0, 0, 0]);
        chunk(b"IHDR", &d)
    }

    fn png(chunks: &[Vec<u8>]) -> Vec<u8> {
        let mut out = SIGNATURE.to_vec();
        out.extend(ihdr(1, 1));
        chunks.iter().for_each(|c| out.extend_from_slice(c));
        out.extend(chunk(b"IEND", b""));
        out
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::best());
        e.write_all(data).expect("write");
        e.finish().expect("finish")
    }

    fn code(bytes: &[u8]) -> &'static str {
        unbake(bytes).map(|_| ()).unwrap_err().code()
    }

    #[test]
    fn crc_matches_the_png_iend_constant() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    }

    #[test]
    fn reads_itxt_plain_and_compressed_text_and_ztxt() {
        let plain = png(&[chunk(b"iTXt", b"openbadges\0\0\0\0\0{\"a\":1}")]);
        assert_eq!(
            unbake(&plain).expect("itxt"),
            Payload::Json(b"{\"a\":1}".to_vec())
        );
        let mut c = b"openbadgecredential\0\x01\0en\0\0".to_vec();
        c.extend(zlib(b"{\"b\":2}"));
        assert_eq!(
            unbake(&png(&[chunk(b"iTXt", &c)])).expect("compressed"),
            Payload::Json(b"{\"b\":2}".to_vec())
        );
        let t = png(&[chunk(b"tEXt", b"openbadges\0https://example.org/a.json")]);
        assert_eq!(
            unbake(&t).expect("text"),
            Payload::Url("https://example.org/a.json".into())
        );
        let mut z = b"openbadges\0\0".to_vec();
        z.extend(zlib(b"eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        assert_eq!(
            unbake(&png(&[chunk(b"zTXt", &z)])).expect("ztxt"),
            Payload::Jws("eyJhbGciOiJSUzI1NiJ9.e30.c2ln".into())
        );
    }

    #[test]
    fn hostile_images_give_their_codes() {
        assert_eq!(code(&png(&[])), "no-badge-data");
        let mut big = SIGNATURE.to_vec();
        big.extend(ihdr(100_000, 100_000));
        assert_eq!(code(&big), "image-too-large");
        let mut bomb = b"openbadges\0\0".to_vec();
        bomb.extend(zlib(&vec![b' '; (MAX_TEXT_BYTES + 10) as usize]));
        assert_eq!(
            code(&png(&[chunk(b"zTXt", &bomb)])),
            "decompressed-too-large"
        );
        let many: Vec<Vec<u8>> = (0..MAX_PNG_CHUNKS)
            .map(|_| chunk(b"tIME", b"1234567"))
            .collect();
        assert_eq!(code(&png(&many)), "png-too-many-chunks");
        let mut bad_crc = png(&[chunk(b"tEXt", b"openbadges\0{}")]);
        let n = bad_crc.len() - 13;
        bad_crc[n] ^= 1;
        assert_eq!(code(&bad_crc), "png-damaged");
        assert_eq!(code(&png(&[])[..30]), "png-damaged");
        let mut huge = SIGNATURE.to_vec();
        huge.extend(ihdr(1, 1));
        huge.extend(0x7FFF_FFF0u32.to_be_bytes());
        huge.extend(b"iTXtopenbadges\0");
        assert_eq!(code(&huge), "png-chunk-too-large");
    }
}
