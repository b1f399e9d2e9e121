//! The wallet facade: what the CLI and the desktop shell call. One method per user action.

use crate::backup::{self, Payload};
use crate::import::{self, Parsed};
use crate::model::{Credential, ESCO_PREFIX};
use crate::profile::{self, Evidence, ProfileSkill, SkillSource};
use crate::route::{self, Route};
use crate::store::kdf::KdfParams;
use crate::store::{EscoDb, Restorable, RestoreCounts, Store, StoredCredential};
use crate::verify::{self, Verdict};
use crate::{Error, Result};
use chrono::{DateTime, SecondsFormat, Utc};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub mod cards;
mod profile_edit;
mod route_edit;
mod skill_filter;
mod skills;
pub use skill_filter::SkillChoice;
pub use skills::{PillarGroup, VacancyMatch, VacancySkill};

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
    /// For an `EndorsementCredential`: where it was attached (it is not a credential of `list`).
    pub endorsement: Option<crate::endorse::wallet::EndorsementImported>,
}

impl Wallet {
    /// Creates a new wallet file (encrypted when a passphrase is given).
    pub fn create(path: &Path, passphrase: Option<&str>) -> Result<Wallet> {
        Ok(Wallet {
            store: Store::create(path, passphrase, &now_rfc3339(Utc::now()))?,
        })
    }

    /// [`Wallet::create`] with explicit key-derivation cost; see [`Store::create_with_kdf`].
    pub fn create_with_kdf(
        path: &Path,
        passphrase: Option<&str>,
        params: crate::store::kdf::KdfParams,
    ) -> Result<Wallet> {
        Ok(Wallet {
            store: Store::create_with_kdf(path, passphrase, &now_rfc3339(Utc::now()), params)?,
        })
    }

    /// Opens an existing wallet. Credentials last verified by an older, less capable verifier
    /// are verified again now, so an upgrade that can check more shows it at once.
    ///
    /// SQLite's integrity check is not part of opening (on 10,000 credentials it takes longer
    /// than everything else before the first page): call [`Wallet::check_integrity`] right
    /// after the first page. Until it has passed, every write runs it first, so a damaged
    /// wallet is never written to.
    pub fn open(path: &Path, passphrase: Option<&str>) -> Result<Wallet> {
        let mut wallet = Wallet {
            store: Store::open(path, passphrase)?,
        };
        let stale = wallet
            .store
            .ids_verified_by_older_engine()
            .map_err(|e| wallet.store.explain(e))?;
        wallet.reverify(&stale, Utc::now())?;
        Ok(wallet)
    }

    /// Checks the wallet file for damage (SQLite's `quick_check`, once per open wallet). A
    /// damaged file is copied aside and reported as `wallet-damaged` with the copy's path; it is
    /// never written to. The CLI runs this right after opening, the app right after the first
    /// page of the wallet is on screen.
    pub fn check_integrity(&self) -> Result<()> {
        self.store.check_integrity()
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

    /// The underlying store, writable (for the core's own modules beside this facade).
    pub(crate) fn store_mut(&mut self) -> &mut Store {
        &mut self.store
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
        let context = self.trust_context(at);
        let verdict = crate::trust::assess(&parsed, at, &context);
        if parsed.credential.endorses().is_some() {
            return self.import_endorsement(bytes, &parsed, verdict, at);
        }
        // A bundle's nested credentials are stored as credentials of their own, linked to it.
        let nested: Vec<(Vec<u8>, &Parsed, Verdict)> = parsed
            .nested
            .iter()
            .map(|child| {
                let v = crate::trust::assess(child, at, &context);
                (nested_bytes(child), child, v)
            })
            .collect();
        let inserted = self.store.insert_credential(
            bytes,
            source_name,
            &parsed,
            &verdict,
            &nested,
            &now_rfc3339(at),
        )?;
        let (new, id) = inserted.into_parts();
        // Also for a duplicate: what failed on an earlier import of it is tried again.
        self.after_stored(&id, &now_rfc3339(at));
        Ok(ImportOutcome {
            new,
            id,
            format: parsed.format,
            verdict,
            endorsement: None,
        })
    }

    /// What follows storing credential `id`: route progress and kept endorsements. The
    /// credential is stored whatever happens here: a route that cannot be updated or an
    /// endorsement that cannot be attached must not turn a good import into a failed one; the
    /// next import of it tries again.
    fn after_stored(&mut self, id: &str, now: &str) {
        let _ = self.apply_route_progress(id, now);
        let _ = self.attach_pending_endorsements(id);
    }

    /// Reads a file (with the size limit applied before reading it whole) and imports it.
    pub fn import_file(&mut self, path: &Path, at: DateTime<Utc>) -> Result<ImportOutcome> {
        let bytes = read_input(path)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        self.import_bytes(&bytes, name.as_deref(), at)
    }

    /// Imports many files as [`Wallet::import_file`] does each, faster: read, parsed and verified
    /// on both cores with Ed25519 checks batched (same verdicts, see `verify::batch`), and stored
    /// a chunk at a time in one transaction each. Calls `each(index, outcome)` in the order of
    /// `paths`; an input error is that file's outcome. A storage error stops the run and is
    /// returned (files of the chunk it hit are not stored, and get no outcome).
    pub fn import_files(
        &mut self,
        paths: &[PathBuf],
        at: DateTime<Utc>,
        mut each: impl FnMut(usize, Result<ImportOutcome>),
    ) -> Result<()> {
        let mut seed = [0u8; 32];
        let seed = getrandom::getrandom(&mut seed).ok().map(|()| seed);
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        let mut pending: Vec<(usize, verify::bulk::Read)> = Vec::new();
        let mut failure: Option<Error> = None;
        verify::bulk::read_inputs(
            paths,
            |p| read_input(p),
            at,
            seed,
            threads,
            |i, read| {
                if failure.is_some() {
                    return;
                }
                pending.push((i, read));
                if pending.len() >= IMPORT_CHUNK || i + 1 == paths.len() {
                    let chunk = std::mem::take(&mut pending);
                    if let Err(e) = self.store_chunk(paths, chunk, at, &mut each) {
                        failure = Some(e);
                    }
                }
            },
        );
        failure.map_or(Ok(()), Err)
    }

    /// Stores one chunk of read inputs in one transaction and reports each outcome.
    fn store_chunk(
        &mut self,
        paths: &[PathBuf],
        chunk: Vec<(usize, verify::bulk::Read)>,
        at: DateTime<Utc>,
        each: &mut impl FnMut(usize, Result<ImportOutcome>),
    ) -> Result<()> {
        let now = now_rfc3339(at);
        // The batched offline verdicts, completed with trust lists and kept documents exactly
        // as `import_bytes` judges one file.
        let context = self.trust_context(at);
        let chunk: Vec<(usize, verify::bulk::Read)> = chunk
            .into_iter()
            .map(|(i, read)| {
                let read = read.map(|(bytes, parsed, offline)| {
                    let verdict = crate::trust::complete(&parsed, offline, at, &context);
                    (bytes, parsed, verdict)
                });
                (i, read)
            })
            .collect();
        let names: Vec<Option<String>> = chunk
            .iter()
            .map(|(i, _)| {
                paths[*i]
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
            })
            .collect();
        let nested: Vec<Vec<(Vec<u8>, &Parsed, Verdict)>> = chunk
            .iter()
            .map(|(_, read)| match read {
                Ok((_, parsed, _)) => parsed
                    .nested
                    .iter()
                    .map(|child| {
                        let verdict = crate::trust::assess(child, at, &context);
                        (nested_bytes(child), child, verdict)
                    })
                    .collect(),
                Err(_) => Vec::new(),
            })
            .collect();
        let items: Vec<_> = chunk
            .iter()
            .zip(&names)
            .zip(&nested)
            .filter_map(|(((_, read), name), nested)| {
                let (bytes, parsed, verdict) = read.as_ref().ok()?;
                // Endorsements are attached, not listed: stored one by one below.
                if parsed.credential.endorses().is_some() {
                    return None;
                }
                Some((
                    bytes.as_slice(),
                    name.as_deref(),
                    parsed,
                    verdict,
                    nested.as_slice(),
                ))
            })
            .collect();
        let mut inserted = self.store.insert_credentials(&items, &now)?.into_iter();
        drop(items);
        drop(nested);
        for (i, read) in chunk {
            let outcome = match read {
                Err(e) => Err(e),
                Ok((bytes, parsed, verdict)) if parsed.credential.endorses().is_some() => {
                    self.import_endorsement(&bytes, &parsed, verdict, at)
                }
                Ok((_, parsed, verdict)) => {
                    let Some(done) = inserted.next() else {
                        continue;
                    };
                    let (new, id) = done.into_parts();
                    if new {
                        self.after_stored(&id, &now);
                    }
                    Ok(ImportOutcome {
                        new,
                        id,
                        format: parsed.format,
                        verdict,
                        endorsement: None,
                    })
                }
            };
            each(i, outcome);
        }
        Ok(())
    }

    /// Every stored credential, newest first.
    pub fn list(&self) -> Result<Vec<StoredCredential>> {
        let mut all = self.store.list_credentials()?;
        let context = self.trust_context(Utc::now());
        for stored in &mut all {
            crate::trust::recolour(stored, &context, Utc::now());
        }
        Ok(all)
    }

    /// One stored credential.
    pub fn show(&self, id: &str) -> Result<StoredCredential> {
        let mut stored = self.store.get_credential(id)?;
        crate::trust::recolour(&mut stored, &self.trust_context(Utc::now()), Utc::now());
        Ok(stored)
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
        let context = self.trust_context(at);
        for id in ids {
            // Stored bytes parsed once already; if a newer parser refuses them, keep the old
            // verdict rather than lose the credential from view.
            let Ok(parsed) = import::parse(&self.original_bytes(id)?) else {
                continue;
            };
            let verdict = crate::trust::assess(&parsed, at, &context);
            self.store.record_verdict(id, &verdict)?;
        }
        Ok(ids.len())
    }

    /// Verifies the given stored credentials again (e.g. after an online refresh) and records
    /// the new verdicts.
    pub fn reverify_ids(&mut self, ids: &[String], at: DateTime<Utc>) -> Result<usize> {
        self.reverify(ids, at)
    }

    /// The public-data folder beside this wallet (trust lists, fetched documents).
    pub fn public_dir(&self) -> crate::trust::PublicDir {
        crate::trust::PublicDir::beside_wallet(self.store.path())
    }

    /// Installed trust lists and kept documents, as verification at `at` uses them. A public
    /// folder that cannot be read counts as empty: verification then says less, never more.
    pub fn trust_context(&self, at: DateTime<Utc>) -> crate::trust::Context {
        crate::trust::Context::load(&self.public_dir(), at).unwrap_or_default()
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
        sources.extend(self.endorsement_evidence()?.into_iter().map(|(s, _)| s));
        for claim in self.store.skill_claims()? {
            // Only self-declared claims exist until signed observations and endorsements are
            // verified on their way in; anything else recorded here counts as self-declared.
            sources.push(SkillSource {
                uri: claim.uri,
                evidence: Evidence::SelfDeclared,
                source: format!("claim:{}", claim.id),
            });
        }
        sources.extend(self.part_skill_sources()?);
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
        let all = self.all_credentials()?;
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
        self.apply_stack_progress(now)?;
        Ok(())
    }

    /// Verifies one stored credential again at `at` and records the new verdict, so a caller
    /// can re-verify many with progress and stop between two.
    pub fn reverify_one(&mut self, id: &str, at: DateTime<Utc>) -> Result<()> {
        self.show(id)?;
        self.reverify(&[id.to_string()], at).map(|_| ())
    }

    /// Writes the original bytes of a stored credential to `path`, exactly as imported (the
    /// file appears complete or not at all).
    pub fn export_original(&self, id: &str, path: &Path) -> Result<()> {
        write_atomically(path, &self.original_bytes(id)?)
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
        // With a recovery code, the backup opens with the code on the sheet as well.
        let bytes = match self.store.recovery_code()? {
            Some(code) => backup::seal_with_recovery(&payload, passphrase, &code, params)?,
            None => backup::seal_with_params(&payload, passphrase, params)?,
        };
        write_atomically(path, &bytes)
    }

    /// The wallet's recovery code, made on first use (`renew` replaces it: backups made
    /// before then open only with the old sheet or the passphrase). Secret: show it only on
    /// the recovery sheet.
    pub fn recovery_code(&mut self, renew: bool) -> Result<backup::RecoveryCode> {
        if !renew {
            if let Some(code) = self.store.recovery_code()? {
                return Ok(code);
            }
        }
        let code = backup::RecoveryCode::generate()?;
        self.store.set_recovery_code(&code)?;
        Ok(code)
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
        let context = self.trust_context(at);
        let mut checked = Vec::with_capacity(originals.len());
        for bytes in &originals {
            let parsed = import::parse(bytes)?;
            let verdict = crate::trust::assess(&parsed, at, &context);
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
                    .map(|child| {
                        let v = crate::trust::assess(child, at, &context);
                        (nested_bytes(child), child, v)
                    })
                    .collect(),
            })
            .collect();
        let counts = self.store.restore_backup(payload, &items, adopt_keys)?;
        // After the credentials, so each endorsement finds what it endorses.
        self.restore_endorsements(payload)?;
        Ok(counts)
    }
}

/// Reads and decrypts a backup file, refusing one larger than any backup can be before reading.
pub fn read_backup(path: &Path, passphrase: &str) -> Result<Payload> {
    read_backup_with(path, backup::Secret::Passphrase(passphrase))
}

/// [`read_backup`] with a passphrase or the recovery code from the recovery sheet.
pub fn read_backup_with(path: &Path, secret: backup::Secret<'_>) -> Result<Payload> {
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
    backup::open_with(&bytes, secret)
}

/// Writes a file only its owner can read (a recovery sheet, an export), atomically.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically(path, bytes)
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
/// `path`, so a crash leaves either the old file or the complete new one. Owner-only on Unix.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
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

/// Verifies many files without importing them, as `erkend verify` needs: on both
/// cores, with Ed25519 checks batched (same verdicts, see `verify::batch`), then completed with
/// what the trust lists and kept documents say. Calls `each(index, result)` in the order of
/// `paths`.
pub fn verify_files(
    paths: &[PathBuf],
    at: DateTime<Utc>,
    context: &crate::trust::Context,
    mut each: impl FnMut(usize, Result<(Parsed, Verdict)>),
) {
    // Fresh randomness for the batch weights; without it, every signature is checked alone.
    let mut seed = [0u8; 32];
    let seed = getrandom::getrandom(&mut seed).ok().map(|()| seed);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    verify::bulk::verify_inputs(
        paths,
        |p| read_input(p),
        at,
        seed,
        threads,
        |i, result| {
            // Not a credential file: perhaps an Erkend proof (code text, or an image of codes).
            let result = result.or_else(|e| {
                let proof = read_input(&paths[i])
                    .ok()
                    .and_then(|bytes| crate::proof::credential_in_proof(&paths[i], &bytes, at));
                proof.unwrap_or(Err(e))
            });
            each(
                i,
                result.map(|(parsed, offline)| {
                    let verdict = crate::trust::complete(&parsed, offline, at, context);
                    (parsed, verdict)
                }),
            )
        },
    );
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

/// Files stored per transaction by [`Wallet::import_files`].
const IMPORT_CHUNK: usize = 500;

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
