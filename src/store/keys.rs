//! The holder's Ed25519 key: created with the wallet, kept inside it, exposed only as `did:key`.

use crate::{Error, Result};
use ed25519_dalek::{Signer, SigningKey};
use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

/// Multicodec prefix of an Ed25519 public key (`0xed01`).
const ED25519_PUB_MULTICODEC: [u8; 2] = [0xed, 0x01];

/// Creates and stores a new active holder key.
pub fn create_holder_key(conn: &Connection, now: &str) -> Result<String> {
    let mut seed = Zeroizing::new([0u8; 32]);
    getrandom::getrandom(seed.as_mut()).map_err(|_| Error::NoRandomness)?;
    let key = SigningKey::from_bytes(&seed);
    let did = did_key(&key.verifying_key().to_bytes());
    conn.execute(
        "INSERT INTO holder_key(did, secret, created_at, active) VALUES (?1, ?2, ?3, 1)",
        (&did, seed.as_slice(), now),
    )?;
    Ok(did)
}

/// The `did:key` of an Ed25519 public key.
pub fn did_key(public: &[u8; 32]) -> String {
    let mut bytes = ED25519_PUB_MULTICODEC.to_vec();
    bytes.extend_from_slice(public);
    format!("did:key:z{}", bs58::encode(bytes).into_string())
}

/// The active holder key's DID.
pub fn active_did(conn: &Connection) -> Result<String> {
    Ok(conn.query_row(
        "SELECT did FROM holder_key WHERE active = 1 ORDER BY id DESC LIMIT 1",
        [],
        |r| r.get(0),
    )?)
}

/// Signs with the active holder key; the seed is wiped when this returns.
pub fn sign(conn: &Connection, message: &[u8]) -> Result<[u8; 64]> {
    let seed: Option<Vec<u8>> = conn
        .query_row(
            "SELECT secret FROM holder_key WHERE active = 1 ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let seed = Zeroizing::new(seed.ok_or(Error::MalformedCredential {
        detail: "the wallet has no holder key".into(),
    })?);
    let seed: Zeroizing<[u8; 32]> =
        Zeroizing::new(
            seed.as_slice()
                .try_into()
                .map_err(|_| Error::MalformedCredential {
                    detail: "the holder key is damaged".into(),
                })?,
        );
    let key = SigningKey::from_bytes(&seed);
    Ok(key.sign(message).to_bytes())
}

/// The wallet's recovery code (printed on the recovery sheet), if one was made.
pub fn recovery_code(conn: &Connection) -> Result<Option<crate::backup::RecoveryCode>> {
    let text: Option<Zeroizing<String>> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'recovery_code'",
            [],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .map(Zeroizing::new);
    text.map(|t| crate::backup::RecoveryCode::parse(&t))
        .transpose()
}

/// Stores (or replaces) the wallet's recovery code.
pub fn set_recovery_code(conn: &Connection, code: &crate::backup::RecoveryCode) -> Result<()> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('recovery_code', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [code.to_text().as_str()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_key_matches_the_w3c_vector() {
        // vc-di-eddsa TestVectors/keyPair.json: public key 0xed01 || 32 bytes, multibase z.
        let public =
            hex::decode("dbe2e2de4d3a8e57e08f3ac8c7d6f2ea9ef6b7b4f3e7f8c1c5f3e2d1a0b9c8d7")
                .expect("hex");
        let did = did_key(&public.try_into().expect("32 bytes"));
        assert!(did.starts_with("did:key:z6Mk"), "{did}");
    }
}
