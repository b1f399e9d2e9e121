//! The encrypted backup file format (pure: bytes in, bytes out; no file system, no store).
//!
//! ```text
//! bytes 0..8    magic "ERKENDBK"
//! byte  8       format version (1)
//! bytes 9..25   Argon2id salt with its parameters inside (see store::kdf)
//! bytes 25..49  XChaCha20-Poly1305 nonce (random)
//! bytes 49..57  ciphertext length, u64 little-endian
//! bytes 57..    ciphertext of the JSON payload, with the 16-byte tag
//! ```
//!
//! Version 2 is written when the wallet has a recovery code ([`recovery`]): the payload is
//! encrypted with a random data key, and that key is wrapped once per key slot, so the file
//! opens with the passphrase or with the code on the recovery sheet:
//!
//! ```text
//! bytes 0..8    magic "ERKENDBK"
//! byte  8       format version (2)
//! byte  9       number of key slots n (1 or 2)
//! n × 89 bytes  slot: kind (1 passphrase, 2 recovery code), 16-byte salt (for kind 1 with the
//!               Argon2id parameters inside), 24-byte nonce, data key wrapped (32 + 16 tag)
//! 24 bytes      payload nonce; then the ciphertext length (u64 LE) and the ciphertext
//! ```
//!
//! Guarantees:
//! - the whole header is the AEAD's associated data: changing the version, the KDF parameters,
//!   the nonce or the length makes opening fail exactly as a wrong passphrase does;
//! - the payload (credentials, holder key secrets, profile) exists in plain only in memory, and
//!   the plaintext buffers are wiped when dropped;
//! - a file is judged in a fixed order, each with its own error: not a backup (wrong magic),
//!   truncated (shorter than its header or its declared length), unsupported version, too large,
//!   then wrong passphrase or damaged (the AEAD cannot tell those two apart).

use crate::store::kdf::{self, KdfParams, SALT_LEN};
use crate::{Error, Result};
use chacha20poly1305::aead::{Aead, KeyInit, Payload as AeadPayload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

pub mod recovery;
pub use recovery::RecoveryCode;

const SLOT_PASSPHRASE: u8 = 1;
const SLOT_RECOVERY: u8 = 2;
const SLOT_LEN: usize = 1 + SALT_LEN + NONCE_LEN + 32 + TAG_LEN;
const MAX_SLOTS: usize = 2;

/// What opens a backup.
#[derive(Debug, Clone, Copy)]
pub enum Secret<'a> {
    /// The wallet's (or the separate backup) passphrase.
    Passphrase(&'a str),
    /// The code printed on the recovery sheet (version 2 files only).
    Recovery(&'a RecoveryCode),
}

/// The first eight bytes of every backup file.
pub const MAGIC: &[u8; 8] = b"ERKENDBK";
/// The container format version this build writes and reads.
pub const FORMAT_VERSION: u8 = 1;
/// The container version with key slots (passphrase and recovery code).
pub const FORMAT_VERSION_SLOTS: u8 = 2;
/// The payload document's schema version this build writes and reads.
pub const PAYLOAD_SCHEMA: u32 = 1;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Length of the header (magic, version, salt, nonce, ciphertext length).
pub const HEADER_LEN: usize = 8 + 1 + SALT_LEN + NONCE_LEN + 8;
/// Largest ciphertext accepted: a wallet of many credentials fits easily; a hostile length field
/// cannot make us allocate more.
pub const MAX_CIPHERTEXT: u64 = 512 * 1024 * 1024;

/// Everything a wallet needs to be rebuilt. Lives in memory only; written solely encrypted.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Payload {
    /// [`PAYLOAD_SCHEMA`] of the writer.
    pub schema: u32,
    /// The wallet's schema version when the backup was made.
    pub wallet_schema: i64,
    /// When the backup was made (RFC 3339).
    pub created_at: String,
    /// Top-level credentials, oldest import first (nested ones are re-derived on restore).
    pub credentials: Vec<BackupCredential>,
    /// Skill claims that do not come from a credential.
    pub skill_claims: Vec<BackupClaim>,
    /// The holder's keys, secrets included.
    pub holder_keys: Vec<BackupKey>,
    /// Skills profile parts (person, wishes, appraisal).
    pub profile_parts: Vec<BackupProfilePart>,
    /// Learning routes with their steps.
    pub routes: Vec<BackupRoute>,
    /// Endorsements received (attached or kept), imported again on restore. Absent from
    /// backups written before endorsements were stored.
    #[serde(default)]
    pub endorsements: Vec<BackupEndorsement>,
    /// The wallet's recovery code, so a wallet restored with it keeps opening later backups
    /// with the same sheet. Absent when none was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_code: Option<String>,
}

/// One received endorsement: its original bytes go through the normal import path on restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupEndorsement {
    /// The original bytes, standard base64.
    pub original: String,
    /// When it was first imported (RFC 3339).
    pub imported_at: String,
}

/// One stored credential: enough to import it again through the normal parse and verify path.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BackupCredential {
    /// The original bytes, standard base64.
    pub original: String,
    /// File name it was imported from.
    pub source_name: Option<String>,
    /// When it was first imported (RFC 3339); kept through restore.
    pub imported_at: String,
    /// Contract format name at backup time (informative; restore detects it again).
    pub format: String,
    /// Duplicate-detection key at backup time (route evidence refers to credentials by it).
    pub content_key: String,
}

/// One skill claim row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupClaim {
    /// ESCO skill URI.
    pub uri: String,
    /// Evidence level.
    pub evidence: String,
    /// Signed statement or endorsement id, if any.
    pub source: Option<String>,
    /// The learner's note.
    pub note: Option<String>,
    /// When it was claimed.
    pub created_at: String,
}

/// One holder key. The secret is wiped from memory when the value is dropped.
#[derive(Clone, Serialize, Deserialize)]
pub struct BackupKey {
    /// The key's `did:key`.
    pub did: String,
    /// The 32-byte Ed25519 seed, standard base64.
    pub secret: String,
    /// When the key was made.
    pub created_at: String,
    /// Whether it was the active key.
    pub active: bool,
}

impl std::fmt::Debug for BackupKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupKey")
            .field("did", &self.did)
            .field("active", &self.active)
            .finish_non_exhaustive()
    }
}

impl Drop for BackupKey {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

/// One skills-profile part.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BackupProfilePart {
    /// Part name.
    pub part: String,
    /// Its JSON document.
    pub data: String,
    /// Last change.
    pub updated_at: String,
}

/// A learning route with its steps.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BackupRoute {
    /// Target occupation URI.
    pub target_uri: Option<String>,
    /// Target label.
    pub target_label: Option<String>,
    /// Created.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
    /// Steps in order.
    pub steps: Vec<BackupStep>,
}

/// One route step.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BackupStep {
    /// Stable step id.
    pub uid: String,
    /// Position in the route.
    pub position: i64,
    /// Step kind.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Skills JSON array.
    pub skills: String,
    /// Status.
    pub status: String,
    /// Extra data JSON.
    pub data: String,
    /// Content keys of the credentials that are evidence for this step.
    pub evidence: Vec<String>,
}

/// Encrypts a payload into a backup file's bytes with the default (slow) KDF parameters.
pub fn seal(payload: &Payload, passphrase: &str) -> Result<Vec<u8>> {
    seal_with_params(payload, passphrase, kdf::DEFAULT_PARAMS)
}

/// Encrypts with the given KDF parameters. Backups the app writes use [`seal`]; cheaper
/// parameters exist for tests, where Argon2id at full cost would dominate the run time.
pub fn seal_with_params(payload: &Payload, passphrase: &str, params: KdfParams) -> Result<Vec<u8>> {
    let plain = Zeroizing::new(serde_json::to_vec(payload).map_err(|e| Error::Usage {
        detail: format!("backup payload: {e}"),
    })?);
    let salt = kdf::new_salt(params)?;
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::getrandom(&mut nonce).map_err(|_| Error::NoRandomness)?;
    let ct_len = (plain.len() + TAG_LEN) as u64;
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    header.push(FORMAT_VERSION);
    header.extend_from_slice(&salt);
    header.extend_from_slice(&nonce);
    header.extend_from_slice(&ct_len.to_le_bytes());
    let key = kdf::derive_key(passphrase, &salt)?;
    let ciphertext = encrypt(&key, &nonce, &plain, &header)?;
    let mut out = header;
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

/// Checks the header and decrypts with the passphrase. Every failure is one of the typed backup
/// errors; nothing is returned unless the whole file authenticated.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Payload> {
    open_with(bytes, Secret::Passphrase(passphrase))
}

/// [`open`] with either secret. A recovery code opens only version 2 files that have its slot.
pub fn open_with(bytes: &[u8], secret: Secret<'_>) -> Result<Payload> {
    if bytes.len() < MAGIC.len() {
        return Err(if MAGIC.starts_with(bytes) {
            Error::BackupTruncated
        } else {
            Error::BackupNotABackup
        });
    }
    if &bytes[..MAGIC.len()] != MAGIC {
        return Err(Error::BackupNotABackup);
    }
    let Some(&version) = bytes.get(8) else {
        return Err(Error::BackupTruncated);
    };
    let (header_len, key) = match version {
        FORMAT_VERSION => {
            if bytes.len() < HEADER_LEN {
                return Err(Error::BackupTruncated);
            }
            let Secret::Passphrase(passphrase) = secret else {
                return Err(Error::BackupWrongPassphraseOrDamaged);
            };
            let mut salt = [0u8; SALT_LEN];
            salt.copy_from_slice(&bytes[9..9 + SALT_LEN]);
            (HEADER_LEN, passphrase_key(passphrase, &salt)?)
        }
        FORMAT_VERSION_SLOTS => open_slots(bytes, secret)?,
        _ => {
            return Err(Error::BackupUnsupportedVersion {
                found: u32::from(version),
                supported: u32::from(FORMAT_VERSION_SLOTS),
            })
        }
    };
    let (header, body) = bytes.split_at(header_len);
    let nonce = &header[header_len - 8 - NONCE_LEN..header_len - 8];
    let mut len = [0u8; 8];
    len.copy_from_slice(&header[header_len - 8..]);
    let ct_len = u64::from_le_bytes(len);
    if ct_len > MAX_CIPHERTEXT {
        return Err(Error::BackupTooLarge {
            size: ct_len,
            limit: MAX_CIPHERTEXT,
        });
    }
    if (body.len() as u64) < ct_len {
        return Err(Error::BackupTruncated);
    }
    if (body.len() as u64) > ct_len || ct_len < TAG_LEN as u64 {
        // Bytes after the end, or a length no ciphertext can have: altered, not cut.
        return Err(Error::BackupWrongPassphraseOrDamaged);
    }
    let cipher = XChaCha20Poly1305::new(key.as_ref().into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                AeadPayload {
                    msg: body,
                    aad: header,
                },
            )
            .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?,
    );
    decode_payload(&plain)
}

/// Reads the decrypted payload document. Authenticated, so the writer made it: only a newer
/// writer's schema (or a writer's bug) can be at fault here, and both end in a typed error.
pub(crate) fn decode_payload(plain: &[u8]) -> Result<Payload> {
    let schema = serde_json::from_slice::<SchemaOnly>(plain)
        .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?
        .schema;
    if schema != PAYLOAD_SCHEMA {
        return Err(Error::BackupUnsupportedVersion {
            found: schema,
            supported: PAYLOAD_SCHEMA,
        });
    }
    serde_json::from_slice(plain).map_err(|_| Error::BackupWrongPassphraseOrDamaged)
}

/// The Argon2id key of a passphrase slot (or of a version 1 file).
fn passphrase_key(passphrase: &str, salt: &[u8; SALT_LEN]) -> Result<Zeroizing<[u8; 32]>> {
    // Parameters outside sane bounds come from a damaged header; refuse before deriving so a
    // hostile file cannot ask for gigabytes of Argon2 memory.
    if kdf::params_of(salt).is_none() {
        return Err(Error::BackupWrongPassphraseOrDamaged);
    }
    kdf::derive_key(passphrase, salt).map_err(|_| Error::BackupWrongPassphraseOrDamaged)
}

/// Reads a version 2 header and unwraps the data key from the slot `secret` fits. Returns the
/// header's length and the data key.
fn open_slots(bytes: &[u8], secret: Secret<'_>) -> Result<(usize, Zeroizing<[u8; 32]>)> {
    let Some(&count) = bytes.get(9) else {
        return Err(Error::BackupTruncated);
    };
    let count = usize::from(count);
    if count == 0 || count > MAX_SLOTS {
        return Err(Error::BackupWrongPassphraseOrDamaged);
    }
    let header_len = 10 + count * SLOT_LEN + NONCE_LEN + 8;
    if bytes.len() < header_len {
        return Err(Error::BackupTruncated);
    }
    let wanted = match secret {
        Secret::Passphrase(_) => SLOT_PASSPHRASE,
        Secret::Recovery(_) => SLOT_RECOVERY,
    };
    for slot in bytes[10..10 + count * SLOT_LEN].chunks(SLOT_LEN) {
        if slot[0] != wanted {
            continue;
        }
        let mut salt = [0u8; SALT_LEN];
        salt.copy_from_slice(&slot[1..1 + SALT_LEN]);
        let slot_key = match secret {
            Secret::Passphrase(p) => passphrase_key(p, &salt)?,
            Secret::Recovery(code) => code.slot_key(&salt),
        };
        let nonce = &slot[1 + SALT_LEN..1 + SALT_LEN + NONCE_LEN];
        let wrapped = &slot[1 + SALT_LEN + NONCE_LEN..];
        let aad = slot_aad(count as u8, &slot[..1 + SALT_LEN]);
        let unwrapped = Zeroizing::new(
            XChaCha20Poly1305::new(slot_key.as_ref().into())
                .decrypt(
                    XNonce::from_slice(nonce),
                    AeadPayload {
                        msg: wrapped,
                        aad: &aad,
                    },
                )
                .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?,
        );
        let mut key = Zeroizing::new([0u8; 32]);
        if unwrapped.len() != key.len() {
            return Err(Error::BackupWrongPassphraseOrDamaged);
        }
        key.copy_from_slice(&unwrapped);
        return Ok((header_len, key));
    }
    Err(Error::BackupWrongPassphraseOrDamaged)
}

/// What a slot's wrapping authenticates: the file kind and version, the slot count, and the
/// slot's own kind and salt.
fn slot_aad(count: u8, kind_and_salt: &[u8]) -> Vec<u8> {
    let mut aad = MAGIC.to_vec();
    aad.push(FORMAT_VERSION_SLOTS);
    aad.push(count);
    aad.extend_from_slice(kind_and_salt);
    aad
}

/// Encrypts a payload so that it opens with the passphrase or with the recovery code (format
/// version 2). `params` are the passphrase slot's Argon2id parameters.
pub fn seal_with_recovery(
    payload: &Payload,
    passphrase: &str,
    code: &RecoveryCode,
    params: KdfParams,
) -> Result<Vec<u8>> {
    let plain = Zeroizing::new(serde_json::to_vec(payload).map_err(|e| Error::Usage {
        detail: format!("backup payload: {e}"),
    })?);
    let mut data_key = Zeroizing::new([0u8; 32]);
    getrandom::getrandom(data_key.as_mut()).map_err(|_| Error::NoRandomness)?;
    const COUNT: u8 = 2;
    let mut header = MAGIC.to_vec();
    header.push(FORMAT_VERSION_SLOTS);
    header.push(COUNT);
    for kind in [SLOT_PASSPHRASE, SLOT_RECOVERY] {
        let salt = if kind == SLOT_PASSPHRASE {
            kdf::new_salt(params)?
        } else {
            let mut salt = [0u8; SALT_LEN];
            getrandom::getrandom(&mut salt).map_err(|_| Error::NoRandomness)?;
            salt
        };
        let slot_key = if kind == SLOT_PASSPHRASE {
            kdf::derive_key(passphrase, &salt)?
        } else {
            code.slot_key(&salt)
        };
        let nonce = random_nonce()?;
        let mut kind_and_salt = vec![kind];
        kind_and_salt.extend_from_slice(&salt);
        let wrapped = encrypt(
            &slot_key,
            &nonce,
            data_key.as_slice(),
            &slot_aad(COUNT, &kind_and_salt),
        )?;
        header.extend_from_slice(&kind_and_salt);
        header.extend_from_slice(&nonce);
        header.extend_from_slice(&wrapped);
    }
    let nonce = random_nonce()?;
    header.extend_from_slice(&nonce);
    header.extend_from_slice(&((plain.len() + TAG_LEN) as u64).to_le_bytes());
    let ciphertext = encrypt(&data_key, &nonce, &plain, &header)?;
    header.extend_from_slice(&ciphertext);
    Ok(header)
}

/// XChaCha20-Poly1305 encryption of `msg` with `aad` authenticated alongside.
fn encrypt(key: &[u8; 32], nonce: &[u8; NONCE_LEN], msg: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
    XChaCha20Poly1305::new(key.into())
        .encrypt(XNonce::from_slice(nonce), AeadPayload { msg, aad })
        .map_err(|_| Error::BackupWrongPassphraseOrDamaged)
}

fn random_nonce() -> Result<[u8; NONCE_LEN]> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::getrandom(&mut nonce).map_err(|_| Error::NoRandomness)?;
    Ok(nonce)
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfParams = kdf::TEST_PARAMS;

    fn sample() -> Payload {
        Payload {
            schema: PAYLOAD_SCHEMA,
            wallet_schema: 1,
            created_at: "2026-11-23T09:00:00Z".into(),
            skill_claims: vec![BackupClaim {
                uri: "http://data.europa.eu/esco/skill/abc".into(),
                evidence: "self-declared".into(),
                source: None,
                note: Some("Fatima kan lassen".into()),
                created_at: "2026-11-23T09:00:00Z".into(),
            }],
            ..Payload::default()
        }
    }

    #[test]
    fn round_trip() {
        let bytes = seal_with_params(&sample(), "pass", CHEAP).expect("seal");
        assert_eq!(&bytes[..8], MAGIC);
        let back = open(&bytes, "pass").expect("open");
        assert_eq!(back.skill_claims, sample().skill_claims);
        assert!(!bytes.windows(6).any(|w| w == b"Fatima"));
    }

    #[test]
    fn wrong_passphrase() {
        let bytes = seal_with_params(&sample(), "pass", CHEAP).expect("seal");
        assert_eq!(
            open(&bytes, "Pass").expect_err("wrong").code(),
            "backup-wrong-passphrase-or-damaged"
        );
    }

    #[test]
    fn every_cut_is_refused_as_truncated() {
        let bytes = seal_with_params(&sample(), "pass", CHEAP).expect("seal");
        for cut in 0..bytes.len() {
            let e = open(&bytes[..cut], "pass").expect_err("cut");
            assert_eq!(e.code(), "backup-truncated", "cut at {cut}");
        }
    }

    #[test]
    fn every_header_byte_is_authenticated() {
        let bytes = seal_with_params(&sample(), "pass", CHEAP).expect("seal");
        for i in 0..HEADER_LEN {
            let mut bad = bytes.clone();
            bad[i] ^= 0x01;
            assert!(open(&bad, "pass").is_err(), "flip at {i}");
        }
    }

    #[test]
    fn foreign_and_future_files() {
        assert_eq!(
            open(b"SQLite format 3\0....", "p").expect_err("x").code(),
            "backup-not-a-backup"
        );
        let mut bytes = seal_with_params(&sample(), "pass", CHEAP).expect("seal");
        bytes[8] = 3;
        assert_eq!(
            open(&bytes, "pass").expect_err("x").code(),
            "backup-unsupported-version"
        );
        let mut huge = bytes.clone();
        huge[8] = FORMAT_VERSION;
        huge[HEADER_LEN - 8..HEADER_LEN].copy_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(
            open(&huge, "pass").expect_err("x").code(),
            "backup-too-large"
        );
    }

    #[test]
    fn every_backup_error_has_a_message_in_every_bundled_language() {
        let errors = [
            Error::BackupNotABackup,
            Error::BackupTruncated,
            Error::BackupUnsupportedVersion {
                found: 2,
                supported: 1,
            },
            Error::BackupTooLarge { size: 9, limit: 1 },
            Error::BackupWrongPassphraseOrDamaged,
            Error::BackupPassphraseRequired,
        ];
        for lang in ["en", "nl", "ar"] {
            let l10n = crate::i18n::Localizer::for_tag(lang).expect("bundled");
            for e in &errors {
                let id = format!("error-{}", e.code());
                assert!(l10n.has(&id), "{lang}: {id}");
                assert!(!l10n.error(e).contains("error-"), "{lang}: {id}");
            }
        }
    }

    #[test]
    fn slots_open_with_either_secret_and_any_altered_byte_fails() {
        let code = RecoveryCode::generate().expect("code");
        let bytes = seal_with_recovery(&sample(), "pass", &code, CHEAP).expect("seal");
        assert_eq!(bytes[8], FORMAT_VERSION_SLOTS);
        assert!(open(&bytes, "pass").is_ok());
        assert!(open_with(&bytes, Secret::Recovery(&code)).is_ok());
        assert!(matches!(
            open(&bytes, "wrong"),
            Err(Error::BackupWrongPassphraseOrDamaged)
        ));
        let other = RecoveryCode::generate().expect("code");
        assert!(open_with(&bytes, Secret::Recovery(&other)).is_err());
        // A version 1 file has no recovery slot.
        let v1 = seal_with_params(&sample(), "pass", CHEAP).expect("seal");
        assert!(open_with(&v1, Secret::Recovery(&code)).is_err());
        // Every byte of the header and a sample of the body is covered.
        for i in (8..bytes.len()).step_by(7) {
            let mut altered = bytes.clone();
            altered[i] ^= 0x20;
            assert!(
                open_with(&altered, Secret::Recovery(&code)).is_err(),
                "byte {i}"
            );
        }
        assert!(matches!(
            open_with(&bytes[..100], Secret::Recovery(&code)),
            Err(Error::BackupTruncated)
        ));
    }
}
