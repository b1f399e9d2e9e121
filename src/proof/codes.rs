//! The text of proof codes (research §4.2): envelopes, the `LW1:` / `LWC1:` framing, chunk
//! planning for export and strict reassembly for import.
//!
//! ```text
//! qr-text = "LW1:" B45(env)                              ; one code
//!         / "LWC1:" idx "/" total "/" set ":" B45(slice)  ; chunk, 1 <= idx <= total <= 8
//! set     = 4 uppercase hex = SHA-256(env)[0..2]
//! env     = fmt (1 byte) || body
//! ```
//!
//! Every text is in the QR alphanumeric character set, so it is encoded in alphanumeric mode and
//! survives any scanner's charset conversion. Reassembly refuses what does not add up: a chunk
//! given twice, a missing chunk, chunks whose totals differ or whose data does not hash to their
//! set id, more than [`MAX_CHUNKS`], over-long texts, unknown prefixes and formats.

use super::{base45, deflate, ProofError};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use qrcode::{EcLevel, QrCode, Version};
use sha2::{Digest, Sha256};

/// Prefix of a whole code.
pub const WHOLE_PREFIX: &str = "LW1:";
/// Prefix of a chunk.
pub const CHUNK_PREFIX: &str = "LWC1:";
/// Most chunks a set may have (the research's hard cap; export uses at most [`EXPORT_CHUNKS`]).
pub const MAX_CHUNKS: usize = 8;
/// Most codes one exported credential uses.
pub const EXPORT_CHUNKS: usize = 3;
/// Longest code text accepted: a little above what one v25-M code holds (1,451), which is the
/// largest code Erkend prints. Anything longer is refused before decoding.
pub const MAX_CODE_CHARS: usize = 1_600;
/// Longest proof-card text accepted (research §0 point 5).
pub const MAX_CARD_CHARS: usize = 1_200;
/// The largest single code Erkend prints (QR version 25, error correction M).
const SINGLE_VERSION: i16 = 25;
/// The largest chunk code Erkend prints (QR version 20, error correction M).
const CHUNK_VERSION: i16 = 20;

/// The format byte: what an envelope's body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Fmt {
    /// A COSE_Sign1 proof card (tag 18), uncompressed.
    Card = 0x01,
    /// A COSE_Sign1 proof card, zlib without dictionary (accepted; Erkend writes 0x01).
    CardZlib = 0x02,
    /// The credential's bytes, zlib without dictionary (accepted; Erkend writes 0x08/0x09).
    Zlib = 0x03,
    /// The credential's bytes, zlib with the preset dictionary `ob3-vocab-v1`.
    ZlibDictV1 = 0x08,
    /// A VC-JWT repacked losslessly as CBOR `[header, payload, signature]` (decoded bytes),
    /// zlib with `ob3-vocab-v1`.
    JwtDictV1 = 0x09,
}

impl Fmt {
    fn from_byte(b: u8) -> Result<Fmt, ProofError> {
        Ok(match b {
            0x01 => Fmt::Card,
            0x02 => Fmt::CardZlib,
            0x03 => Fmt::Zlib,
            0x08 => Fmt::ZlibDictV1,
            0x09 => Fmt::JwtDictV1,
            _ => {
                return Err(ProofError::UnknownFormat {
                    byte: format!("{b:02x}"),
                })
            }
        })
    }
    fn is_card(self) -> bool {
        matches!(self, Fmt::Card | Fmt::CardZlib)
    }
}

/// What a complete code (or chunk set) carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// A credential exactly as signed: the original JSON bytes, or the compact JWS text.
    Credential(Vec<u8>),
    /// A proof card: the COSE_Sign1 bytes (still to be verified).
    Card(Vec<u8>),
}

/// A decoded proof: its content, the format byte it came in, and how many codes carried it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The format byte.
    pub fmt: Fmt,
    /// The content.
    pub content: Content,
    /// Codes that carried it (1 for a whole code).
    pub codes: usize,
}

/// The envelope of a credential: format 0x09 for a compact JWS that repacks losslessly, else
/// format 0x08 over the exact bytes given.
pub fn credential_envelope(signed: &[u8]) -> Vec<u8> {
    if let Some(parts) = jws_parts(signed) {
        let value = ciborium::Value::Array(parts.into_iter().map(ciborium::Value::Bytes).collect());
        let mut cbor = Vec::new();
        if ciborium::into_writer(&value, &mut cbor).is_ok() {
            let mut env = vec![Fmt::JwtDictV1 as u8];
            env.extend(deflate::compress(&cbor, Some(deflate::OB3_VOCAB_V1)));
            return env;
        }
    }
    let mut env = vec![Fmt::ZlibDictV1 as u8];
    env.extend(deflate::compress(signed, Some(deflate::OB3_VOCAB_V1)));
    env
}

/// The envelope of a proof card (format 0x01: compression does not pay on signed CBOR).
pub fn card_envelope(cose: &[u8]) -> Vec<u8> {
    let mut env = vec![Fmt::Card as u8];
    env.extend_from_slice(cose);
    env
}

/// The three decoded parts of a compact JWS, when re-encoding them gives the text back exactly.
fn jws_parts(signed: &[u8]) -> Option<Vec<Vec<u8>>> {
    let text = std::str::from_utf8(signed).ok()?;
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let decoded: Vec<Vec<u8>> = parts
        .iter()
        .map(|p| URL_SAFE_NO_PAD.decode(p).ok())
        .collect::<Option<_>>()?;
    let lossless = decoded
        .iter()
        .zip(&parts)
        .all(|(d, p)| URL_SAFE_NO_PAD.encode(d) == *p);
    lossless.then_some(decoded)
}

/// The set id of an envelope: the first two bytes of its SHA-256, as uppercase hex.
fn set_id(env: &[u8]) -> String {
    hex::encode_upper(&Sha256::digest(env)[..2])
}

/// Whether `text` fits a QR code of `version` at error correction M.
fn fits(text: &str, version: i16) -> bool {
    QrCode::with_version(text.as_bytes(), Version::Normal(version), EcLevel::M).is_ok()
}

/// The code texts for an envelope: one code up to version 25-M, else two or three chunks of at
/// most version 20-M each, else [`ProofError::TooLargeForCodes`] (the caller suggests a link).
pub fn plan(env: &[u8]) -> Result<Vec<String>, ProofError> {
    let whole = format!("{WHOLE_PREFIX}{}", base45::encode(env));
    if fits(&whole, SINGLE_VERSION) {
        return Ok(vec![whole]);
    }
    let set = set_id(env);
    for n in 2..=EXPORT_CHUNKS {
        let size = env.len().div_ceil(n);
        let texts: Vec<String> = env
            .chunks(size)
            .enumerate()
            .map(|(i, slice)| {
                format!(
                    "{CHUNK_PREFIX}{}/{}/{set}:{}",
                    i + 1,
                    n,
                    base45::encode(slice)
                )
            })
            .collect();
        if texts.len() == n && texts.iter().all(|t| fits(t, CHUNK_VERSION)) {
            return Ok(texts);
        }
    }
    Err(ProofError::TooLargeForCodes {
        bytes: env.len(),
        codes: EXPORT_CHUNKS,
    })
}

/// One parsed code text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code {
    /// A whole code: the envelope.
    Whole(Vec<u8>),
    /// One chunk of a set.
    Chunk {
        /// 1-based position.
        index: usize,
        /// Chunks in the set.
        total: usize,
        /// Set id (4 uppercase hex digits).
        set: String,
        /// This chunk's slice of the envelope.
        data: Vec<u8>,
    },
}

/// A strictly decimal count from 1 to 99 without leading zeros.
fn count(text: &str) -> Option<usize> {
    let ok = !text.is_empty()
        && text.len() <= 2
        && text.bytes().all(|b| b.is_ascii_digit())
        && !text.starts_with('0');
    ok.then(|| text.parse().ok()).flatten()
}

/// Parses one code text (strictly: see the module docs).
pub fn parse(text: &str) -> Result<Code, ProofError> {
    if text.len() > MAX_CODE_CHARS {
        return Err(ProofError::TooLong {
            length: text.len(),
            limit: MAX_CODE_CHARS,
        });
    }
    if let Some(b45) = text.strip_prefix(WHOLE_PREFIX) {
        let env = base45::decode(b45)?;
        if env.is_empty() {
            return Err(ProofError::Empty);
        }
        let fmt = Fmt::from_byte(env[0])?;
        if fmt.is_card() && text.len() > MAX_CARD_CHARS {
            return Err(ProofError::TooLong {
                length: text.len(),
                limit: MAX_CARD_CHARS,
            });
        }
        return Ok(Code::Whole(env));
    }
    let Some(rest) = text.strip_prefix(CHUNK_PREFIX) else {
        return Err(ProofError::UnknownPrefix);
    };
    let bad = |detail: &str| ProofError::ChunkHeader {
        detail: detail.to_string(),
    };
    let mut fields = rest.splitn(4, [':', '/']);
    let (Some(index), Some(total), Some(set), Some(b45)) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(bad("expected i/n/SET:"));
    };
    // The separators must be exactly "/", "/", ":" in that order.
    let header_len = index.len() + total.len() + set.len() + 3;
    if rest.as_bytes().get(index.len()) != Some(&b'/')
        || rest.as_bytes().get(index.len() + total.len() + 1) != Some(&b'/')
        || rest.as_bytes().get(header_len - 1) != Some(&b':')
    {
        return Err(bad("expected i/n/SET:"));
    }
    let (Some(index), Some(total)) = (count(index), count(total)) else {
        return Err(bad("chunk numbers"));
    };
    if total > MAX_CHUNKS {
        return Err(ProofError::TooManyChunks {
            total,
            limit: MAX_CHUNKS,
        });
    }
    if index > total {
        return Err(bad("chunk number above the total"));
    }
    if set.len() != 4
        || !set
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    {
        return Err(bad("set id"));
    }
    let data = base45::decode(b45)?;
    if data.is_empty() {
        return Err(ProofError::Empty);
    }
    Ok(Code::Chunk {
        index,
        total,
        set: set.to_string(),
        data,
    })
}

/// Decodes an envelope into its content: checks the format byte, inflates with the format's
/// dictionary and limit, and unpacks a repacked JWS.
pub fn open(env: &[u8]) -> Result<Decoded, ProofError> {
    let (&first, body) = env.split_first().ok_or(ProofError::Empty)?;
    let fmt = Fmt::from_byte(first)?;
    let dict = Some(deflate::OB3_VOCAB_V1);
    let content = match fmt {
        Fmt::Card => {
            if body.len() > deflate::CARD_LIMIT {
                return Err(ProofError::InflateTooLarge {
                    limit: deflate::CARD_LIMIT,
                });
            }
            Content::Card(body.to_vec())
        }
        Fmt::CardZlib => Content::Card(deflate::inflate(body, None, deflate::CARD_LIMIT)?),
        Fmt::Zlib => Content::Credential(deflate::inflate(body, None, deflate::CREDENTIAL_LIMIT)?),
        Fmt::ZlibDictV1 => {
            Content::Credential(deflate::inflate(body, dict, deflate::CREDENTIAL_LIMIT)?)
        }
        Fmt::JwtDictV1 => {
            let cbor = deflate::inflate(body, dict, deflate::CREDENTIAL_LIMIT)?;
            Content::Credential(unpack_jws(&cbor)?)
        }
    };
    if matches!(&content, Content::Credential(c) | Content::Card(c) if c.is_empty()) {
        return Err(ProofError::Empty);
    }
    Ok(Decoded {
        fmt,
        content,
        codes: 1,
    })
}

/// CBOR `[header, payload, signature]` → the compact JWS text.
fn unpack_jws(cbor: &[u8]) -> Result<Vec<u8>, ProofError> {
    let malformed = |detail: &str| ProofError::CardMalformed {
        detail: detail.to_string(),
    };
    let value = super::cbor::from_slice(cbor)?;
    let ciborium::Value::Array(items) = value else {
        return Err(malformed("a repacked JWS must be an array"));
    };
    let parts: Vec<String> = items
        .iter()
        .map(|v| v.as_bytes().map(|b| URL_SAFE_NO_PAD.encode(b)))
        .collect::<Option<_>>()
        .ok_or_else(|| malformed("a repacked JWS holds byte strings"))?;
    if parts.len() != 3 {
        return Err(malformed("a repacked JWS has three parts"));
    }
    Ok(parts.join(".").into_bytes())
}

/// Reassembles and opens every proof in a list of code texts (the order of the texts does not
/// matter). One result per whole code and per chunk set, in order of first appearance; a text
/// that cannot be parsed is its own error result.
pub fn assemble<S: AsRef<str>>(texts: &[S]) -> Vec<Result<Decoded, ProofError>> {
    struct Set {
        id: String,
        chunks: Vec<(usize, usize, Vec<u8>)>,
        slot: usize,
    }
    let mut results: Vec<Option<Result<Decoded, ProofError>>> = Vec::new();
    let mut sets: Vec<Set> = Vec::new();
    for text in texts {
        match parse(text.as_ref()) {
            Ok(Code::Whole(env)) => results.push(Some(open(&env))),
            Ok(Code::Chunk {
                index,
                total,
                set,
                data,
            }) => match sets.iter_mut().find(|s| s.id == set) {
                Some(s) => s.chunks.push((index, total, data)),
                None => {
                    sets.push(Set {
                        id: set,
                        chunks: vec![(index, total, data)],
                        slot: results.len(),
                    });
                    results.push(None);
                }
            },
            Err(e) => results.push(Some(Err(e))),
        }
    }
    for set in sets {
        results[set.slot] = Some(join(&set.id, set.chunks));
    }
    results.into_iter().flatten().collect()
}

/// Joins the chunks of one set and opens the envelope.
fn join(set: &str, mut chunks: Vec<(usize, usize, Vec<u8>)>) -> Result<Decoded, ProofError> {
    let total = chunks[0].1;
    if chunks.iter().any(|c| c.1 != total) {
        return Err(ProofError::ChunkMixed {
            set: set.to_string(),
        });
    }
    chunks.sort_by_key(|c| c.0);
    if let Some(w) = chunks.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(ProofError::ChunkDuplicate {
            set: set.to_string(),
            index: w[0].0,
        });
    }
    let missing: Vec<String> = (1..=total)
        .filter(|i| !chunks.iter().any(|c| c.0 == *i))
        .map(|i| format!("{i}/{total}"))
        .collect();
    if !missing.is_empty() {
        return Err(ProofError::ChunkMissing {
            set: set.to_string(),
            missing: missing.join(", "),
        });
    }
    let env: Vec<u8> = chunks.into_iter().flat_map(|c| c.2).collect();
    if set_id(&env) != set {
        return Err(ProofError::ChunkMixed {
            set: set.to_string(),
        });
    }
    let mut decoded = open(&env)?;
    decoded.codes = total;
    Ok(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunked(env: &[u8], n: usize) -> Vec<String> {
        let set = set_id(env);
        env.chunks(env.len().div_ceil(n))
            .enumerate()
            .map(|(i, s)| format!("LWC1:{}/{n}/{set}:{}", i + 1, base45::encode(s)))
            .collect()
    }

    #[test]
    fn whole_and_chunked_round_trip_in_any_order() {
        let env = credential_envelope(br#"{"name":"test"}"#);
        let whole = format!("LW1:{}", base45::encode(&env));
        let one = assemble(&[whole]);
        assert_eq!(
            one,
            vec![Ok(Decoded {
                fmt: Fmt::ZlibDictV1,
                content: Content::Credential(br#"{"name":"test"}"#.to_vec()),
                codes: 1
            })]
        );
        let mut parts = chunked(&env, 3);
        parts.reverse();
        let three = assemble(&parts);
        assert_eq!(three.len(), 1);
        assert_eq!(three[0].as_ref().expect("joins").codes, 3);
    }

    #[test]
    fn chunk_failures() {
        let env = credential_envelope(br#"{"name":"a somewhat longer test credential"}"#);
        let parts = chunked(&env, 3);
        // Missing.
        let r = assemble(&parts[..2]);
        assert!(matches!(&r[0], Err(ProofError::ChunkMissing { missing, .. }) if missing == "3/3"));
        // Duplicate.
        let dup = [
            parts[0].clone(),
            parts[0].clone(),
            parts[1].clone(),
            parts[2].clone(),
        ];
        assert!(matches!(
            &assemble(&dup)[0],
            Err(ProofError::ChunkDuplicate { index: 1, .. })
        ));
        // Mixed: a chunk of another envelope relabelled with this set id.
        let other = credential_envelope(br#"{"name":"another credential, same set label"}"#);
        let foreign = chunked(&other, 3)[1].clone();
        let set = set_id(&env);
        let relabelled = format!("LWC1:2/3/{set}:{}", foreign.split(':').nth(2).unwrap_or(""));
        let mixed = [parts[0].clone(), relabelled, parts[2].clone()];
        assert!(matches!(
            &assemble(&mixed)[0],
            Err(ProofError::ChunkMixed { .. })
        ));
        // Mixed totals.
        let wrong_total = parts[1].replacen("/3/", "/4/", 1);
        let mixed = [parts[0].clone(), wrong_total, parts[2].clone()];
        assert!(matches!(
            &assemble(&mixed)[0],
            Err(ProofError::ChunkMixed { .. })
        ));
        // Two sets: one result each, in order of appearance.
        let other_parts = chunked(&other, 2);
        let both = [
            other_parts[1].clone(),
            parts[0].clone(),
            other_parts[0].clone(),
            parts[1].clone(),
            parts[2].clone(),
        ];
        let r = assemble(&both);
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(Result::is_ok));
    }

    #[test]
    fn header_failures() {
        for (text, code) in [
            ("LWC1:9/17/ABCD:BB8", "proof-too-many-chunks"),
            ("LWC1:0/2/ABCD:BB8", "proof-chunk-header"),
            ("LWC1:3/2/ABCD:BB8", "proof-chunk-header"),
            ("LWC1:01/2/ABCD:BB8", "proof-chunk-header"),
            ("LWC1:1/2/abcd:BB8", "proof-chunk-header"),
            ("LWC1:1/2/ABC:BB8", "proof-chunk-header"),
            ("LWC1:1:2/ABCD:BB8", "proof-chunk-header"),
            ("LWC1:1/2/ABCD", "proof-chunk-header"),
            ("LWC1:1/2/ABCD:", "proof-empty"),
            ("LW1:", "proof-empty"),
            ("LW2:BB8", "proof-unknown-prefix"),
            ("lw1:BB8", "proof-unknown-prefix"),
            ("HC1:BB8", "proof-unknown-prefix"),
            // 0x07 is no format.
            ("LW1:70", "proof-unknown-format"),
        ] {
            let got = parse(text).map(|_| ()).map_err(|e| e.code());
            assert_eq!(got, Err(code), "{text}");
        }
        let long = format!("LW1:{}", "0".repeat(MAX_CODE_CHARS));
        assert!(matches!(parse(&long), Err(ProofError::TooLong { .. })));
    }

    #[test]
    fn jws_repacks_losslessly_or_not_at_all() {
        // A trailing newline would be lost by repacking: that one is carried as bytes instead.
        for (jws, fmt) in [
            (
                &b"eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl"[..],
                Fmt::JwtDictV1,
            ),
            (
                b"eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl\n",
                Fmt::ZlibDictV1,
            ),
        ] {
            let env = credential_envelope(jws);
            assert_eq!(env[0], fmt as u8);
            let content = open(&env).expect("opens").content;
            assert_eq!(content, Content::Credential(jws.to_vec()));
        }
    }
}
