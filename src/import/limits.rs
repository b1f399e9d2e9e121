//! Limits that stop hostile or broken files before they cost memory or time.

use crate::{Error, Result};

/// Largest input file accepted (10 MiB): real badges, even baked images, are far smaller.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Deepest JSON nesting accepted. Real credentials nest about 8 levels; serde_json's own
/// recursion limit (128) would give a less clear error.
pub const MAX_JSON_DEPTH: usize = 64;

/// Largest text chunk (iTXt/tEXt/zTXt) read from a baked PNG, and the largest any compressed
/// text may inflate to: a badge is a few kilobytes, even with an embedded image.
pub const MAX_TEXT_BYTES: u64 = 4 * 1024 * 1024;

/// Most chunks accepted in one PNG. Encoders split image data into chunks of 8-64 KiB, so a
/// 10 MiB PNG needs far fewer; thousands of tiny chunks only cost time.
pub const MAX_PNG_CHUNKS: usize = 4096;

/// Largest width or height accepted in a PNG header. Nothing decodes pixels here, but a header
/// claiming 100000x100000 marks a decompression bomb for whoever shows the image next.
pub const MAX_IMAGE_SIDE: u64 = 16384;

/// Most credentials nested in one bundle (CLR), counted over all levels.
pub const MAX_NESTED: usize = 100;

/// Refuses inputs over [`MAX_FILE_BYTES`].
pub fn check_size(size: u64) -> Result<()> {
    if size > MAX_FILE_BYTES {
        return Err(Error::FileTooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// Refuses JSON text nesting deeper than [`MAX_JSON_DEPTH`], scanning the bytes without parsing
/// them (strings are skipped, so brackets inside them do not count).
pub fn check_json_depth(bytes: &[u8]) -> Result<()> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_JSON_DEPTH {
                    return Err(Error::TooDeep {
                        limit: MAX_JSON_DEPTH,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        let deep = "[".repeat(MAX_JSON_DEPTH + 1);
        assert!(check_json_depth(deep.as_bytes()).is_err());
        let in_string = format!("\"{}\"", "[".repeat(1000));
        assert!(check_json_depth(in_string.as_bytes()).is_ok());
        let escaped_quote = format!("\"\\\"{}\"", "{".repeat(1000));
        assert!(check_json_depth(escaped_quote.as_bytes()).is_ok());
    }

    #[test]
    fn size_limit_is_inclusive() {
        assert!(check_size(MAX_FILE_BYTES).is_ok());
        assert_eq!(
            check_size(MAX_FILE_BYTES + 1).unwrap_err().code(),
            "file-too-large"
        );
    }
}
