//! Strict CBOR reading for proof data: one item, nesting bounded, nothing after it.

use super::ProofError;
use ciborium::Value;

/// Deepest nesting a proof's CBOR may have (a card is three levels deep).
const MAX_DEPTH: usize = 16;

/// Reads exactly one CBOR item from `bytes`.
pub fn from_slice(bytes: &[u8]) -> Result<Value, ProofError> {
    let mut rest = bytes;
    let value: Value = ciborium::de::from_reader_with_recursion_limit(&mut rest, MAX_DEPTH)
        .map_err(|e| ProofError::CardMalformed {
            detail: e.to_string(),
        })?;
    if !rest.is_empty() {
        return Err(ProofError::TrailingBytes);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict() {
        assert_eq!(
            from_slice(&[0x01]).expect("one item"),
            Value::Integer(1.into())
        );
        assert_eq!(from_slice(&[0x01, 0x02]), Err(ProofError::TrailingBytes));
        assert!(matches!(
            from_slice(&[0x82, 0x01]),
            Err(ProofError::CardMalformed { .. })
        ));
        // 100 nested arrays.
        let deep = [vec![0x81u8; 100], vec![0x01]].concat();
        assert!(matches!(
            from_slice(&deep),
            Err(ProofError::CardMalformed { .. })
        ));
    }
}
