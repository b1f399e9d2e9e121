//! The wallet facade: what the CLI and the desktop shell call. One method per user action.

use crate::backup::{self, Payload};
use crate::import::{self, Parsed};
use crate::model::{Credential, ESCO_PREFIX};
use crate::profile::{self, Evidence, ProfileSkill, SkillSource};
use crate::route::{self, Route};
use crate::store::kdf::KdfParams;
use crate::store::{EscoDb, Inserted, Restorable, RestoreCounts, Store, StoredCredential};
use crate::verify::{self, Verdict};
use crate::{Error, Result};
use chrono::{DateTime, SecondsFormat, Utc};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// An open learner wallet.
#[derive(Debug)]
pub struct Wallet {
    store: Store,
}

/// What importing one input did.
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    /// `true` when newly stored, `false` when it was already in the wallet.
    pub new: bool,
    /// Wallet id of the stored credential.
    pub id: String,
    /// Detected format.
    pub format: crate::model::Format,
    /// Verdict at import (for a duplicate: the verdict computed now, not stored).
    pub verdict: Verdict,
}

impl Wallet {
    /// Creates a new wallet file (encrypted when a passphrase is given).
    pub fn create(path: &Path, passphrase: Option<&str>) -> Result<Wallet> {
        Ok(Wallet {
            store: Store::create(path, passphrase, &now_rfc3339(Utc::now()))?,
        })
    }

    /// Opens an existing wallet. Credentials last verified by an older, less capable verifier
    /// are verified again now, so an upgrade that can check more shows it at once.
    pub fn open(path: &Path, passphrase: Option<&str>) -> Result<Wallet> {
        let mut wallet = Wallet {
            store: Store::open(path, passphrase)?,
        };
        wallet.reverify(&wallet.store.ids_verified_by_older_engine()?, Utc::now())?;
        Ok(wallet)
    }

    /// The platform's default wallet path (`~/.local/share/erkend/wallet.db` on Linux).
    pub fn default_path() -> PathBuf {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("erkend")
            .join("wallet.db")
    }

    /// The underlying store (for tests and tools that check integrity).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// True when the wallet file is encrypted with a passphrase.
    pub fn is_encrypted(&self) -> bool {
        self.store.is_encrypted()
    }

    /// Parses, verifies and stores one file's bytes. Unparseable input is an `Err` and changes
    /// nothing; a credential that fails verification is stored with its failing verdict.
    pub fn import_bytes(
        &mut self,
        bytes: &[u8],
        source_name: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<ImportOutcome> {
        let parsed = import::parse(bytes)?;
        let verdict = verify::verify(&parsed, at);
        // A bundle's nested credentials are stored as credentials of their own, linked to it.
        let nested: Vec<(Vec<u8>, &Parsed, Verdict)> = parsed
            .nested
            .iter()
            .map(|child| (nested_bytes(child), child, verify::verify(child, at)))
            .collect();
        let inserted = self.store.insert_credential(
            bytes,
            source_name,
            &parsed,
            &verdict,
            &nested,
            &now_rfc3339(at),
        )?;
        let (new, id) = match inserted {
            Inserted::New(id) => (true, id),
            Inserted::Duplicate(id) => (false, id),
        };
        // The credential is stored whatever happens here: a route that cannot be updated must
        // not turn a good import into a failed one, and the next import tries again.
        let _ = self.apply_route_progress(&id, &now_rfc3339(at));
        Ok(ImportOutcome {
            new,
            id,
            format: parsed.format,
            verdict,
        })
    }

    /// Reads a file (with the size limit applied before reading it whole) and imports it.
    pub fn import_file(&mut self, path: &Path, at: DateTime<Utc>) -> Result<ImportOutcome> {
        let bytes = read_input(path)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        self.import_bytes(&bytes, name.as_deref(), at)
    }

    /// Every stored credential, newest first.
    pub fn list(&self) -> Result<Vec<StoredCredential>> {
        self.store.list_credentials()
    }

    /// One stored credential.
    pub fn show(&self, id: &str) -> Result<StoredCredential> {
        self.store.get_credential(id)
    }

    /// Wallet ids of the credentials nested in a stored one (a CLR bundle's achievements).
    pub fn nested_ids(&self, id: &str) -> Result<Vec<String>> {
        self.store.nested_ids(id)
    }

    /// The credential's picture as a `data:` URI, for showing it without any network: the baked
    /// image itself for a baked PNG/SVG, else an embedded `data:image/...` image. Remote images
    /// are never fetched, so they give `None`.
    pub fn image_data_uri(&self, stored: &StoredCredential) -> Result<Option<String>> {
        use base64::Engine;
        let mime = match stored.container.as_str() {
            "png" => Some("image/png"),
            "svg" => Some("image/svg+xml"),
            _ => None,
        };
        if let Some(mime) = mime {
            let bytes = self.original_bytes(&stored.id)?;
            let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
            return Ok(Some(format!("data:{mime};base64,{encoded}")));
        }
        Ok(stored
            .credential
            .image
            .as_deref()
            .filter(|uri| is_displayable_image(uri))
            .map(str::to_string))
    }

    /// The original bytes of a stored credential, exactly as imported.
    pub fn original_bytes(&self, id: &str) -> Result<Vec<u8>> {
        self.store.original_bytes(id)
    }

    /// Re-verifies every stored top-level credential at `at` and records the new verdicts.
    pub fn reverify_all(&mut self, at: DateTime<Utc>) -> Result<usize> {
        let ids: Vec<String> = self.list()?.into_iter().map(|c| c.id).collect();
        self.reverify(&ids, at)
    }

    /// Verifies the given stored credentials again from their original bytes.
    fn reverify(&mut self, ids: &[String], at: DateTime<Utc>) -> Result<usize> {
        for id in ids {
            // Stored bytes parsed once already; if a newer parser refuses them, keep the old
            // verdict rather than lose the credential from view.
            let Ok(parsed) = import::parse(&self.original_bytes(id)?) else {
                continue;
            };
            let verdict = verify::verify(&parsed, at);
            self.store.record_verdict(id, &verdict)?;
        }
        Ok(ids.len())
    }

    /// The skills profile: credential alignments and skill claims, strongest evidence first.
    pub fn profile(&self) -> Result<Vec<ProfileSkill>> {
        let mut sources = Vec::new();
        for stored in self.list()? {
            let evidence =
                profile::credential_evidence(stored.verdict.as_ref().and_then(|v| v.verified));
            for uri in &stored.credential.skills {
                if is_esco_skill(uri) {
                    sources.push(SkillSource {
                        uri: uri.clone(),
                        evidence,
                        source: stored.id.clone(),
                    });
                }
            }
        }
        for claim in self.store.skill_claims()? {
            // Only self-declared claims exist until signed observations and endorsements are
            // verified on their way in; anything else recorded here counts as self-declared.
            sources.push(SkillSource {
                uri: claim.uri,
                evidence: Evidence::SelfDeclared,
                source: format!("claim:{}", claim.id),
            });
        }
        Ok(profile::build(sources))
    }

    /// Adds a self-declared skill. Higher evidence comes only from signed credentials.
    pub fn add_self_declared_skill(&mut self, uri: &str, note: Option<&str>) -> Result<i64> {
        if !is_esco_skill(uri) {
            return Err(Error::Usage {
                detail: format!("{uri} is not an ESCO skill URI"),
            });
        }
        self.store.add_skill_claim(
            uri,
            Evidence::SelfDeclared.as_str(),
            note,
            &now_rfc3339(Utc::now()),
        )
    }

    /// Sets the learning route's target (an ESCO occupation URI) and proposes one step per
    /// essential skill of it the profile does not hold yet. Replaces any earlier route.
    pub fn set_route_target(&mut self, esco: &EscoDb, uri: &str) -> Result<Route> {
        if !esco.is_occupation(uri)? {
            return Err(Error::Usage {
                detail: format!("{uri} is not an ESCO occupation URI"),
            });
        }
        let profile = self.profile()?;
        let held: HashSet<&str> = profile.iter().map(|s| s.uri.as_str()).collect();
        let requirements = esco.requirements(uri)?;
        let steps = route::suggest(&requirements, &held, |skill| {
            let info = esco.skill_info(skill).ok().flatten().unwrap_or_default();
            let title = english_label(esco, skill);
            (info, title)
        });
        let label = english_label(esco, uri);
        self.store
            .set_route(uri, &label, &steps, &now_rfc3339(Utc::now()))?;
        self.route()?.ok_or_else(|| Error::EscoData {
            detail: "the route was not stored".into(),
        })
    }

    /// The learning route, or `None` when no target is set.
    pub fn route(&self) -> Result<Option<Route>> {
        self.store.route()
    }

    /// Sets one route step's status by hand (`planned`, `in-progress`, `done`).
    pub fn set_route_step_status(&mut self, step: &str, status: route::StepStatus) -> Result<()> {
        self.store
            .set_step_status(step, status, &now_rfc3339(Utc::now()))
    }

    /// Applies automatic progress for a stored credential (and the ones nested in it): see the
    /// rule in [`crate::route`].
    fn apply_route_progress(&mut self, id: &str, now: &str) -> Result<()> {
        let Some(current) = self.route()? else {
            return Ok(());
        };
        let mut arrived = vec![id.to_string()];
        arrived.extend(self.nested_ids(id)?);
        let mut all = self.list()?;
        for top in all.clone() {
            for child in self.nested_ids(&top.id)? {
                all.push(self.show(&child)?);
            }
        }
        let held: HashSet<&str> = all
            .iter()
            .flat_map(|c| c.credential.skills.iter().map(String::as_str))
            .collect();
        let mut steps = current.steps;
        for credential in &arrived {
            let Some(stored) = all.iter().find(|c| c.id == *credential) else {
                continue;
            };
            let skills: HashSet<&str> = stored
                .credential
                .skills
                .iter()
                .map(String::as_str)
                .collect();
            let done = route::progress(&steps, &skills, &held);
            self.store.complete_steps(&done, credential, now)?;
            for step in steps.iter_mut().filter(|s| done.contains(&s.id)) {
                step.status = route::StepStatus::Done;
            }
        }
        Ok(())
    }

    /// The holder's `did:key`.
    pub fn holder_did(&self) -> Result<String> {
        self.store.holder_did()
    }

    /// Writes an encrypted backup of the whole wallet to `path`, atomically: the file appears
    /// complete or not at all, and an existing file there is replaced only by a complete one.
    pub fn backup(&mut self, path: &Path, passphrase: &str) -> Result<()> {
        self.backup_with_params(path, passphrase, crate::store::kdf::DEFAULT_PARAMS)
    }

    /// [`Wallet::backup`] with chosen Argon2id parameters. For tests only: the app and the CLI
    /// always use the default (slow) ones.
    #[doc(hidden)]
    pub fn backup_with_params(
        &mut self,
        path: &Path,
        passphrase: &str,
        params: KdfParams,
    ) -> Result<()> {
        // `--out` naming the wallet itself would replace the wallet with its own backup.
        if let (Ok(out), Ok(own)) = (path.canonicalize(), self.store.path().canonicalize()) {
            if out == own {
                return Err(Error::Usage {
                    detail: format!("{} is the wallet itself", path.display()),
                });
            }
        }
        let payload = self.store.export_backup(&now_rfc3339(Utc::now()))?;
        let bytes = backup::seal_with_params(&payload, passphrase, params)?;
        write_atomically(path, &bytes)
    }

    /// Restores a backup file into this wallet, merging: nothing already here is dropped and
    /// nothing is stored twice. The file is checked and decrypted before anything is written;
    /// the merge is one transaction.
    pub fn restore(&mut self, path: &Path, passphrase: &str) -> Result<RestoreCounts> {
        let payload = read_backup(path, passphrase)?;
        self.restore_payload(&payload, false)
    }

    /// Creates a new wallet at `wallet_path` from a decrypted backup; the backup's holder key
    /// becomes the active one. On failure the new wallet file is removed again.
    pub fn create_from_backup(
        wallet_path: &Path,
        wallet_passphrase: Option<&str>,
        payload: &Payload,
    ) -> Result<(Wallet, RestoreCounts)> {
        let mut wallet = Wallet::create(wallet_path, wallet_passphrase)?;
        match wallet.restore_payload(payload, true) {
            Ok(counts) => Ok((wallet, counts)),
            Err(e) => {
                drop(wallet);
                for suffix in ["", "-wal", "-shm"] {
                    let mut name = wallet_path.as_os_str().to_owned();
                    name.push(suffix);
                    let _ = std::fs::remove_file(PathBuf::from(name));
                }
                Err(e)
            }
        }
    }

    /// Merges a decrypted backup. Every credential goes through the normal parse and verify path
    /// again (verdicts are as of now); a credential that no longer parses stops the whole restore
    /// before anything is written.
    pub fn restore_payload(
        &mut self,
        payload: &Payload,
        adopt_keys: bool,
    ) -> Result<RestoreCounts> {
        use base64::Engine;
        let at = Utc::now();
        let mut originals = Vec::with_capacity(payload.credentials.len());
        for c in &payload.credentials {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(c.original.as_bytes())
                .map_err(|_| Error::BackupWrongPassphraseOrDamaged)?;
            originals.push(bytes);
        }
        let mut checked = Vec::with_capacity(originals.len());
        for bytes in &originals {
            let parsed = import::parse(bytes)?;
            let verdict = verify::verify(&parsed, at);
            checked.push((parsed, verdict));
        }
        let items: Vec<Restorable<'_>> = payload
            .credentials
            .iter()
            .zip(&originals)
            .zip(&checked)
            .map(|((c, bytes), (parsed, verdict))| Restorable {
                original: bytes,
                source_name: c.source_name.as_deref(),
                imported_at: &c.imported_at,
                parsed,
                verdict,
                nested: parsed
                    .nested
                    .iter()
                    .map(|child| (nested_bytes(child), child, verify::verify(child, at)))
                    .collect(),
            })
            .collect();
        self.store.restore_backup(payload, &items, adopt_keys)
    }
}

/// Reads and decrypts a backup file, refusing one larger than any backup can be before reading.
pub fn read_backup(path: &Path, passphrase: &str) -> Result<Payload> {
    let unreadable = |e: std::io::Error| Error::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let limit = backup::MAX_CIPHERTEXT + backup::HEADER_LEN as u64;
    if meta.len() > limit {
        return Err(Error::BackupTooLarge {
            size: meta.len(),
            limit,
        });
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    backup::open(&bytes, passphrase)
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
/// `path`, so a crash leaves either the old file or the complete new one. Owner-only on Unix.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut suffix = [0u8; 8];
    getrandom::getrandom(&mut suffix).map_err(|_| Error::NoRandomness)?;
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".tmp-{}", hex::encode(suffix)));
    let temp = PathBuf::from(name);
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// The bytes a nested credential is kept as: its compact JWS text exactly, or its JSON document
/// serialised (the bundle's own original bytes stay untouched beside it).
fn nested_bytes(child: &Parsed) -> Vec<u8> {
    use base64::Engine;
    match &child.jws {
        Some(jws) => format!(
            "{}.{}",
            jws.signing_input,
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&jws.signature)
        )
        .into_bytes(),
        None => serde_json::to_vec(&child.document).unwrap_or_default(),
    }
}

/// The English preferred label of an ESCO concept, or its URI when it has none.
fn english_label(esco: &EscoDb, uri: &str) -> String {
    esco.label(uri, "en")
        .ok()
        .flatten()
        .map_or_else(|| uri.to_string(), |(label, _)| label)
}

/// Parses and verifies a file without storing it (the `verify` command).
pub fn verify_file(path: &Path, at: DateTime<Utc>) -> Result<(Parsed, Verdict)> {
    let bytes = read_input(path)?;
    let parsed = match import::parse(&bytes) {
        Ok(parsed) => parsed,
        // Not a credential file: perhaps an Erkend proof (code text, or an image of codes).
        Err(e) => return crate::proof::credential_in_proof(path, &bytes, at).unwrap_or(Err(e)),
    };
    let verdict = verify::verify(&parsed, at);
    Ok((parsed, verdict))
}

/// Reads an input file, refusing directories and files over the size limit before reading.
pub fn read_input(path: &Path) -> Result<Vec<u8>> {
    let unreadable = |e: std::io::Error| Error::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    import::check_size(meta.len())?;
    let bytes = std::fs::read(path).map_err(unreadable)?;
    import::check_size(bytes.len() as u64)?;
    Ok(bytes)
}

/// Largest embedded image shown (a `data:` URI); bigger ones are not worth the memory.
const MAX_IMAGE_URI: usize = 2 * 1024 * 1024;

/// An embedded raster or SVG image in a `data:` URI (SVG in an `<img>` runs no scripts).
fn is_displayable_image(uri: &str) -> bool {
    uri.len() <= MAX_IMAGE_URI
        && ["png", "jpeg", "gif", "webp", "svg+xml"].iter().any(|t| {
            uri.starts_with(&format!("data:image/{t};"))
                || uri.starts_with(&format!("data:image/{t},"))
        })
}

/// True for an ESCO skill (or knowledge) concept URI.
pub fn is_esco_skill(uri: &str) -> bool {
    uri.strip_prefix(ESCO_PREFIX)
        .is_some_and(|rest| rest.starts_with("skill/"))
}

/// RFC 3339 in UTC with seconds, as the contract writes dates.
pub fn now_rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// What the list and the UI show of a credential: its display fields.
pub fn summary_fields(c: &Credential) -> (String, String, Option<String>) {
    (
        crate::model::display_text(c.display_name()),
        crate::model::display_text(c.issuer_label()),
        c.issued.clone(),
    )
}
