//! Bounded JSON parsing shared by every JSON-based format.

use super::limits;
use crate::{Error, Result};

/// Parses JSON after the depth check. A UTF-8 byte-order mark is tolerated (some Windows tools
/// write one); it is not part of the JSON.
pub fn parse_limited(bytes: &[u8]) -> Result<serde_json::Value> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    limits::check_json_depth(bytes)?;
    serde_json::from_slice(bytes).map_err(|e| Error::NotJson {
        reason: e.to_string(),
    })
}
