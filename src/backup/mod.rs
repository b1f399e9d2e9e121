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

/// The first eight bytes of every backup file.
pub const MAGIC: &[u8; 8] = b"ERKENDBK";
/// The container format version this build writes and reads.
pub const FORMAT_VERSION: u8 = 1;
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
    let cipher = XChaCha20Poly1305::new(key.as_ref().into());
    let ciphertext = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            AeadPayload {
                msg: &plain,
                aad: &header,
            },
        )
        .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?;
    let mut out = header;
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

/// Checks the header and decrypts. Every failure is one of the typed backup errors; nothing
/// is returned unless the whole file authenticated.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Payload> {
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
    if bytes.len() < HEADER_LEN {
        return Err(Error::BackupTruncated);
    }
    let version = bytes[8];
    if version != FORMAT_VERSION {
        return Err(Error::BackupUnsupportedVersion {
            found: u32::from(version),
            supported: u32::from(FORMAT_VERSION),
        });
    }
    let (header, body) = bytes.split_at(HEADER_LEN);
    let mut salt = [0u8; SALT_LEN];
    salt.copy_from_slice(&header[9..9 + SALT_LEN]);
    let nonce = &header[9 + SALT_LEN..9 + SALT_LEN + NONCE_LEN];
    let mut len = [0u8; 8];
    len.copy_from_slice(&header[HEADER_LEN - 8..]);
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
    // Parameters outside sane bounds come from a damaged header; refuse before deriving so a
    // hostile file cannot ask for gigabytes of Argon2 memory.
    if kdf::params_of(&salt).is_none() {
        return Err(Error::BackupWrongPassphraseOrDamaged);
    }
    let key =
        kdf::derive_key(passphrase, &salt).map_err(|_| Error::BackupWrongPassphraseOrDamaged)?;
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
    // Authenticated, so the writer made it: only a newer writer's schema can be at fault here.
    let schema = serde_json::from_slice::<SchemaOnly>(&plain)
        .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?
        .schema;
    if schema != PAYLOAD_SCHEMA {
        return Err(Error::BackupUnsupportedVersion {
            found: schema,
            supported: PAYLOAD_SCHEMA,
        });
    }
    serde_json::from_slice(&plain).map_err(|_| Error::BackupWrongPassphraseOrDamaged)
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfParams = KdfParams {
        memory_log2_kib: 13,
        iterations: 1,
        lanes: 1,
    };

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
        bytes[8] = 2;
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
}
