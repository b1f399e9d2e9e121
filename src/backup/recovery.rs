//! Recovery codes: a random secret printed on the learner's recovery sheet, so that a
//! forgotten passphrase is not the end. Every backup made while the wallet has a recovery code
//! opens with either the passphrase or the code (two key slots, see `backup`).
//!
//! A code is 16 random bytes plus a 4-byte SHA-256 check, written as 32 Crockford base32
//! characters in eight groups of four (`7K3M-…`). Reading is forgiving where people make
//! mistakes — case, spaces and dashes, `O`/`I`/`L` for `0`/`1`/`1` — and strict everywhere
//! else: a mistyped character fails the check instead of opening nothing useful. 128 random
//! bits need no slow key derivation; the key is SHA-256 over a domain tag, a per-backup salt
//! and the code.

use crate::{Error, Result};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const SECRET_LEN: usize = 16;
const CHECK_LEN: usize = 4;
const KEY_DOMAIN: &[u8] = b"erkend recovery code v1";

/// A recovery code (the secret bytes; wiped when dropped).
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode {
    secret: Zeroizing<[u8; SECRET_LEN]>,
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(…)")
    }
}

impl RecoveryCode {
    /// A new random code.
    pub fn generate() -> Result<RecoveryCode> {
        let mut secret = Zeroizing::new([0u8; SECRET_LEN]);
        getrandom::getrandom(secret.as_mut()).map_err(|_| Error::NoRandomness)?;
        Ok(RecoveryCode { secret })
    }

    /// A code with the given secret: for tests and fuzzing, which need one that never changes.
    pub(crate) fn from_secret(secret: [u8; SECRET_LEN]) -> RecoveryCode {
        RecoveryCode {
            secret: Zeroizing::new(secret),
        }
    }

    /// Reads a code as a person typed or a scanner read it.
    pub fn parse(text: &str) -> Result<RecoveryCode> {
        let mut bits: u64 = 0;
        let mut nbits = 0;
        let mut bytes = Zeroizing::new(Vec::with_capacity(SECRET_LEN + CHECK_LEN));
        for c in text.chars() {
            let value = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' => continue,
                'O' => 0,
                'I' | 'L' => 1,
                c => match ALPHABET.iter().position(|&a| char::from(a) == c) {
                    Some(v) => v as u64,
                    None => return Err(Error::RecoveryCodeInvalid),
                },
            };
            bits = (bits << 5) | value;
            nbits += 5;
            if nbits >= 8 {
                nbits -= 8;
                bytes.push((bits >> nbits) as u8);
                bits &= (1 << nbits) - 1;
            }
        }
        bits.zeroize();
        if bytes.len() != SECRET_LEN + CHECK_LEN || nbits != 0 {
            return Err(Error::RecoveryCodeInvalid);
        }
        let (secret, check) = bytes.split_at(SECRET_LEN);
        if Sha256::digest(secret)[..CHECK_LEN] != *check {
            return Err(Error::RecoveryCodeInvalid);
        }
        let mut out = Zeroizing::new([0u8; SECRET_LEN]);
        out.copy_from_slice(secret);
        Ok(RecoveryCode { secret: out })
    }

    /// The code as printed: 32 characters in groups of four. Secret: never log it.
    pub fn to_text(&self) -> Zeroizing<String> {
        let mut bytes = Zeroizing::new(self.secret.to_vec());
        bytes.extend_from_slice(&Sha256::digest(self.secret.as_slice())[..CHECK_LEN]);
        let mut text = Zeroizing::new(String::with_capacity(40));
        let (mut bits, mut nbits): (u64, u32) = (0, 0);
        let mut written = 0;
        for &b in bytes.iter() {
            bits = (bits << 8) | u64::from(b);
            nbits += 8;
            while nbits >= 5 {
                nbits -= 5;
                if written > 0 && written % 4 == 0 {
                    text.push('-');
                }
                text.push(char::from(ALPHABET[((bits >> nbits) & 31) as usize]));
                written += 1;
            }
        }
        bits.zeroize();
        text
    }

    /// The key that wraps a backup's data key in this code's slot.
    pub(crate) fn slot_key(&self, salt: &[u8]) -> Zeroizing<[u8; 32]> {
        let mut hasher = Sha256::new();
        hasher.update(KEY_DOMAIN);
        hasher.update(salt);
        hasher.update(self.secret.as_slice());
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&hasher.finalize());
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_forgivingly_but_a_typo_fails_the_check() {
        let code = RecoveryCode::generate().expect("random");
        let text = code.to_text();
        assert_eq!(text.len(), 39, "32 characters and 7 dashes");
        assert_eq!(RecoveryCode::parse(&text).expect("parse"), code);
        let sloppy = text.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(RecoveryCode::parse(&sloppy).expect("parse"), code);

        let mut typo: Vec<char> = text.chars().collect();
        typo[5] = if typo[5] == 'A' { 'B' } else { 'A' };
        let typo: String = typo.into_iter().collect();
        assert!(matches!(
            RecoveryCode::parse(&typo),
            Err(Error::RecoveryCodeInvalid)
        ));
        assert!(RecoveryCode::parse(&text[..30]).is_err(), "too short");
        assert!(RecoveryCode::parse("U").is_err(), "not in the alphabet");
        assert_eq!(format!("{code:?}"), "RecoveryCode(…)", "never printed");
    }
}
