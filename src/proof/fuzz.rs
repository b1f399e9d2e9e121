//! Entry points of the proof fuzz targets (`fuzz/fuzz_targets/proof_*.rs`), kept in the library
//! so `cargo test` replays the committed corpora through exactly the same code. Each one panics
//! only when a property the decoders guarantee is broken.

use super::{base45, card, codes, deflate};
use chrono::DateTime;

/// Base45: whatever decodes must re-encode to the same text (strict means canonical).
pub fn base45(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(bytes) = base45::decode(text) {
        assert_eq!(
            base45::encode(&bytes),
            text,
            "Base45 decoding is not canonical"
        );
    }
}

/// Chunk reassembly: one line per code; never panics, never yields more results than lines.
pub fn chunks(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let lines: Vec<&str> = text.split('\n').collect();
    let results = codes::assemble(&lines);
    assert!(results.len() <= lines.len());
}

/// Inflate: the first byte picks dictionary and limit; output never exceeds the limit.
pub fn inflate(data: &[u8]) {
    let Some((&mode, body)) = data.split_first() else {
        return;
    };
    let dict = (mode & 1 == 1).then_some(deflate::OB3_VOCAB_V1);
    let limit = if mode & 2 == 2 {
        deflate::CARD_LIMIT
    } else {
        deflate::CREDENTIAL_LIMIT
    };
    if let Ok(out) = deflate::inflate(body, dict, limit) {
        assert!(out.len() <= limit);
    }
}

/// Proof cards: decoding and verifying never panics; a card without a trusted signer is never
/// verified.
pub fn card(data: &[u8]) {
    let at = DateTime::from_timestamp(1_770_000_000, 0).unwrap_or_default();
    if let Ok(report) = card::verify(data, at, &card::NobodyTrusted) {
        assert_ne!(report.verdict.verified, Some(true));
    }
}
