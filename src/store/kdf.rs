//! Passphrase → wallet key, with Argon2id.
//!
//! The 16-byte salt SQLCipher keeps in the clear at the start of the file carries both the
//! random salt and the Argon2id parameters, so a wallet file describes itself and needs no
//! side file that could get lost:
//!
//! ```text
//! bytes 0..12  random salt
//! byte  12     KDF id: 1 = Argon2id v1.3
//! byte  13     log2(memory in KiB)
//! byte  14     iterations
//! byte  15     lanes
//! ```

use crate::{Error, Result};
use zeroize::Zeroizing;

/// Size of the SQLCipher file salt.
pub const SALT_LEN: usize = 16;
const KDF_ARGON2ID: u8 = 1;

/// Parameters for new wallets: 64 MiB, 3 passes, 1 lane (OWASP's Argon2id guidance; about a
/// third of a second here, deliberately slow against guessing).
pub const DEFAULT_PARAMS: KdfParams = KdfParams {
    memory_log2_kib: 16,
    iterations: 3,
    lanes: 1,
};

/// The cheapest parameters a file may declare (8 MiB, 1 pass). Only for tests, where the real
/// cost would dominate the run time; the app and the CLI always use [`DEFAULT_PARAMS`].
#[doc(hidden)]
pub const TEST_PARAMS: KdfParams = KdfParams {
    memory_log2_kib: 13,
    iterations: 1,
    lanes: 1,
};

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// log2 of the memory cost in KiB.
    pub memory_log2_kib: u8,
    /// Number of passes.
    pub iterations: u8,
    /// Degree of parallelism.
    pub lanes: u8,
}

/// A fresh file salt for a new wallet, with the parameters written into it.
pub fn new_salt(params: KdfParams) -> Result<[u8; SALT_LEN]> {
    let mut salt = [0u8; SALT_LEN];
    getrandom::getrandom(&mut salt[..12]).map_err(|_| Error::NoRandomness)?;
    salt[12] = KDF_ARGON2ID;
    salt[13] = params.memory_log2_kib;
    salt[14] = params.iterations;
    salt[15] = params.lanes;
    Ok(salt)
}

/// Reads the parameters back from a file salt; `None` when the bytes are not an Erkend salt
/// (unknown KDF or parameters outside sane bounds, e.g. a damaged or foreign file).
pub fn params_of(salt: &[u8; SALT_LEN]) -> Option<KdfParams> {
    let p = KdfParams {
        memory_log2_kib: salt[13],
        iterations: salt[14],
        lanes: salt[15],
    };
    let sane = salt[12] == KDF_ARGON2ID
        && (13..=22).contains(&p.memory_log2_kib)
        && (1..=10).contains(&p.iterations)
        && (1..=8).contains(&p.lanes);
    sane.then_some(p)
}

/// Derives the 32-byte SQLCipher key from the passphrase and the file salt.
pub fn derive_key(passphrase: &str, salt: &[u8; SALT_LEN]) -> Result<Zeroizing<[u8; 32]>> {
    let params = params_of(salt).ok_or(Error::WrongPassphrase)?;
    let argon_params = argon2::Params::new(
        1u32 << params.memory_log2_kib,
        u32::from(params.iterations),
        u32::from(params.lanes),
        Some(32),
    )
    .map_err(|_| Error::WrongPassphrase)?;
    let argon = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon_params,
    );
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, key.as_mut())
        .map_err(|_| Error::WrongPassphrase)?;
    Ok(key)
}

/// The `PRAGMA key` value for a raw key with an explicit salt: `x'<key hex><salt hex>'`.
pub fn sqlcipher_key_pragma(key: &[u8; 32], salt: &[u8; SALT_LEN]) -> Zeroizing<String> {
    let mut hex_key = Zeroizing::new(hex::encode(key));
    hex_key.push_str(&hex::encode(salt));
    Zeroizing::new(format!("x'{}'", hex_key.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salt_carries_its_parameters() {
        let salt = new_salt(DEFAULT_PARAMS).expect("random");
        assert_eq!(params_of(&salt), Some(DEFAULT_PARAMS));
    }

    #[test]
    fn foreign_bytes_are_not_a_salt() {
        assert_eq!(params_of(&[0xff; SALT_LEN]), None);
        assert_eq!(params_of(b"SQLite format 3\0"), None);
    }

    #[test]
    fn same_passphrase_and_salt_give_the_same_key() {
        let salt = new_salt(TEST_PARAMS).expect("random");
        let a = derive_key("correct horse", &salt).expect("key");
        let b = derive_key("correct horse", &salt).expect("key");
        let c = derive_key("wrong horse", &salt).expect("key");
        assert_eq!(*a, *b);
        assert_ne!(*a, *c);
    }
}
