//! The core's error type and its wire contract.
//!
//! Every variant says what happened, in words a caller can act on. [`Error::code`] gives a flat
//! kebab-case code; the UI and the CLI show the Fluent message `error-<code>` (and the hint
//! `hint-<code>` when one exists) with [`Error::args`] as its arguments. Nothing here carries a
//! passphrase or key material.
//!
//! A credential that fails verification is *not* an error: it is a verdict (see `verify`).

use std::collections::BTreeMap;
use std::path::PathBuf;

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A stable kebab-case error code, e.g. `wrong-passphrase`. It is part of the IPC and CLI contract.
pub type ErrorCode = &'static str;

/// Everything that can stop a core operation from running.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No wallet file exists at the path.
    #[error("no wallet at {path}")]
    WalletNotFound {
        /// Where the wallet was looked for.
        path: PathBuf,
    },
    /// `init` was asked to create a wallet where one already exists.
    #[error("a wallet already exists at {path}")]
    WalletExists {
        /// The existing file.
        path: PathBuf,
    },
    /// The wallet is encrypted and the passphrase does not open it. Nothing was changed.
    #[error("the passphrase does not open this wallet")]
    WrongPassphrase,
    /// A recovery code does not read back: a character is wrong, missing or extra.
    #[error("this is not a valid recovery code")]
    RecoveryCodeInvalid,
    /// No vault with this id exists on this computer.
    #[error("no vault {id} on this computer")]
    VaultNotFound {
        /// The vault id asked for.
        id: String,
    },
    /// A vault card's display name or avatar is too long or has control characters.
    #[error("the vault's {field} is too long (at most {max_chars} characters) or has control characters")]
    VaultCardInvalid {
        /// `display-name` or `avatar`.
        field: &'static str,
        /// The limit in characters.
        max_chars: usize,
    },
    /// The wallet is encrypted and no passphrase was given.
    #[error("this wallet is protected by a passphrase")]
    PassphraseRequired,
    /// The wallet was written by a newer Erkend whose schema this build does not know.
    #[error("wallet schema {found} is newer than this app supports ({supported})")]
    WalletTooNew {
        /// Schema version found in the file.
        found: i64,
        /// Newest schema version this build knows.
        supported: i64,
    },
    /// The wallet file is damaged. A copy was set aside; the original was not deleted.
    #[error("the wallet file is damaged; a copy was saved at {copy}")]
    WalletDamaged {
        /// Where the damaged file was copied to.
        copy: PathBuf,
    },
    /// An input file is larger than the import limit.
    #[error("file is {size} bytes, the limit is {limit}")]
    FileTooLarge {
        /// Size of the input in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// An input file is empty.
    #[error("the file is empty")]
    EmptyFile,
    /// An input path is a directory or something else that is not a regular file.
    #[error("{path} is not a file")]
    NotAFile {
        /// The path given.
        path: PathBuf,
    },
    /// An input file could not be read.
    #[error("cannot read {path}: {reason}")]
    Unreadable {
        /// The path given.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
    /// The input is not JSON (nor any other supported form).
    #[error("not a credential: the content is not valid JSON ({reason})")]
    NotJson {
        /// The parser's reason.
        reason: String,
    },
    /// The JSON nests deeper than the limit (a hostile or broken file).
    #[error("the JSON nests deeper than {limit} levels")]
    TooDeep {
        /// The depth limit.
        limit: usize,
    },
    /// The input parses, but is no credential format Erkend knows.
    #[error("unsupported credential format: {detail}")]
    UnsupportedFormat {
        /// What was recognised, or why not.
        detail: String,
    },
    /// The input looks like a known format but a required part is missing or malformed.
    #[error("malformed credential: {detail}")]
    MalformedCredential {
        /// What is wrong.
        detail: String,
    },
    /// A compact JWS/JWT is truncated or malformed (wrong number of parts, bad base64url, a
    /// header that is not a JSON object, a missing signature).
    #[error("malformed JWS: {detail}")]
    JwsMalformed {
        /// What is wrong.
        detail: String,
    },
    /// A PNG file is damaged: wrong signature, a chunk that runs past the end, a checksum that
    /// does not match, or a missing or misplaced header chunk.
    #[error("damaged PNG: {detail}")]
    PngDamaged {
        /// What is wrong.
        detail: String,
    },
    /// A PNG chunk declares more bytes than the limit allows.
    #[error("a PNG chunk declares {size} bytes, the limit is {limit}")]
    PngChunkTooLarge {
        /// The declared size.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A PNG has more chunks than the limit allows.
    #[error("the PNG has more than {limit} chunks")]
    PngTooManyChunks {
        /// The limit.
        limit: usize,
    },
    /// An image declares larger dimensions than the limit allows.
    #[error("the image claims {width}x{height} pixels, the limit is {limit} per side")]
    ImageTooLarge {
        /// Declared width in pixels.
        width: u64,
        /// Declared height in pixels.
        height: u64,
        /// The per-side limit.
        limit: u64,
    },
    /// Compressed data inflates beyond the limit (a "zip bomb").
    #[error("compressed data inflates beyond {limit} bytes")]
    DecompressedTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// An image (PNG or SVG) carries no badge data.
    #[error("the image carries no badge")]
    NoBadgeData,
    /// A baked image holds only the web address of a hosted assertion, not the assertion; the
    /// badge cannot be read offline.
    #[error("the image only points to a badge at {url}")]
    BakedUrlOnly {
        /// The address the image points to (never fetched).
        url: String,
    },
    /// An XML (SVG) document declares a DOCTYPE or entities; refused because entity expansion
    /// and external entities are classic attacks and no badge needs them.
    #[error("the SVG declares a DOCTYPE or entities, which are refused")]
    XmlDoctypeRefused,
    /// An SVG is not well-formed XML.
    #[error("malformed SVG: {detail}")]
    SvgMalformed {
        /// The XML parser's reason.
        detail: String,
    },
    /// A bundle (CLR) carries more nested credentials than the limit allows.
    #[error("more than {limit} nested credentials")]
    TooManyNested {
        /// The limit.
        limit: usize,
    },
    /// No stored credential has this wallet id.
    #[error("no credential with id {id}")]
    CredentialNotFound {
        /// The id asked for.
        id: String,
    },
    /// A language tag could not be parsed.
    #[error("unknown language tag {tag}")]
    BadLanguage {
        /// The tag given.
        tag: String,
    },
    /// The bundled ESCO data or the ESCO database built from it is unusable.
    #[error("ESCO data problem: {detail}")]
    EscoData {
        /// What is wrong.
        detail: String,
    },
    /// The learner stopped building the ESCO database: nothing of it was kept, and the next
    /// screen that needs it builds it again.
    #[error("building the ESCO database was stopped")]
    EscoBuildStopped,
    /// A command-line argument is not valid.
    #[error("invalid argument: {detail}")]
    Usage {
        /// The argument in question.
        detail: String,
    },
    /// The wallet database failed below us (disk full, I/O error, ...).
    #[error("wallet storage failed: {0}")]
    Storage(#[from] rusqlite::Error),
    /// A file system operation failed.
    #[error("file system error: {0}")]
    Io(#[from] std::io::Error),
    /// The operating system could not give us random bytes for keys or salts.
    #[error("no secure randomness available")]
    NoRandomness,
    /// A file given as a backup does not start like an Erkend backup.
    #[error("not an Erkend backup file")]
    BackupNotABackup,
    /// The backup file ends before its header or its declared length: cut short.
    #[error("the backup file is cut short")]
    BackupTruncated,
    /// The backup was written by a newer Erkend (container or payload version).
    #[error("backup version {found} is newer than this app supports ({supported})")]
    BackupUnsupportedVersion {
        /// Version found in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The backup declares more data than the limit allows.
    #[error("the backup declares {size} bytes, the limit is {limit}")]
    BackupTooLarge {
        /// Declared size.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The backup does not open: the passphrase is wrong or the file was altered (authenticated
    /// encryption cannot tell these apart). Nothing was changed.
    #[error("the backup does not open: wrong passphrase, or the file was changed or damaged")]
    BackupWrongPassphraseOrDamaged,
    /// A backup needs a passphrase and none was given (the wallet itself has none).
    #[error("a backup needs a passphrase")]
    BackupPassphraseRequired,
    /// A Data Integrity proof could not be made (the document cannot be canonicalised).
    #[error("cannot sign: {detail}")]
    SigningFailed {
        /// What is wrong.
        detail: String,
    },
    /// Signing needs the signer's display name and none is stored or given (`--name`).
    #[error("a display name for the signer is needed")]
    SignerNameRequired,
    /// An endorsement request file is not one Erkend can read.
    #[error("not a valid endorsement request: {detail}")]
    EndorsementRequestInvalid {
        /// What is wrong.
        detail: String,
    },
    /// The credential to endorse has no own `id`, so an endorsement could not point at it.
    #[error("credential {id} has no own id to endorse")]
    EndorseTargetHasNoId {
        /// The wallet id of the credential.
        id: String,
    },
    /// A trust list file is not a trust list (not JSON, fields missing or of the wrong kind).
    #[error("not a trust list: {detail}")]
    TrustListMalformed {
        /// What is wrong.
        detail: String,
    },
    /// A trust list's signature does not match its content: it was changed after signing.
    #[error("the trust list was changed after it was signed")]
    TrustListTampered,
    /// A trust list is past its end of validity (or not valid yet).
    #[error("the trust list is not valid at this time (valid until {until})")]
    TrustListExpired {
        /// The list's end (or start) of validity as written.
        until: String,
    },
    /// A trust list is signed by a key that is neither Erkend's own nor one the user accepted.
    #[error("the trust list is signed by an unknown key {key}")]
    TrustListUnknownSigner {
        /// The signer's public key (multibase), for the user to compare and accept.
        key: String,
    },
    /// An online refresh was asked for a URL that is not `https:`.
    #[error("refused to fetch {url}: only https addresses are fetched")]
    UrlRefused {
        /// The URL.
        url: String,
    },
    /// An online fetch failed (no network, timeout, TLS, too many redirects, HTTP error).
    #[error("could not fetch {url}: {reason}")]
    FetchFailed {
        /// The URL.
        url: String,
        /// What went wrong.
        reason: String,
    },
    /// A fetched document is larger than the limit.
    #[error("{url} sent more than {limit} bytes")]
    FetchTooLarge {
        /// The URL.
        url: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A skills-profile entry is not valid (an empty required field, a date or CEFR level that
    /// does not parse, a link that is not an ESCO skill or occupation).
    #[error("profile entry not valid: {field}: {reason}")]
    ProfileInvalid {
        /// The field in question.
        field: String,
        /// What is wrong with it.
        reason: String,
    },
    /// No step of the learning route has this id.
    #[error("no route step {id}")]
    RouteStepNotFound {
        /// The id asked for.
        id: String,
    },
    /// The learning route has no target yet, so steps cannot be added.
    #[error("the learning route has no target yet")]
    RouteNoTarget,
    /// A route step was given an empty title.
    #[error("a route step needs a title")]
    RouteStepTitleEmpty,
    /// A route step's date is not a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day).
    #[error("{date} is not a date like 2026-05-31")]
    RouteStepDateInvalid {
        /// The text given.
        date: String,
    },
    /// A route step's helper has a role without a name, or a name without a role.
    #[error("a helper needs both a role and a name")]
    RouteStepHelperIncomplete,
    /// A proof code could not be made or read (see [`crate::proof::ProofError`]).
    #[error(transparent)]
    Proof(#[from] crate::proof::ProofError),
    /// A QR payload is too long for one QR code at error correction level M (version 40).
    #[error("a QR payload of {chars} characters does not fit one code")]
    PdfQrTooLarge {
        /// Length of the payload in characters.
        chars: usize,
    },
    /// The PDF could not be written (a defect, not a user mistake).
    #[error("the PDF could not be written: {detail}")]
    PdfWrite {
        /// What went wrong.
        detail: String,
    },
    /// In review mode the signer's key is one the learner's own wallet holds: an observation
    /// signed with it would be the learner vouching for themselves.
    #[error("the signer's key belongs to the learner's own wallet")]
    ReviewSignerIsLearner,
    /// A prepared observation no longer matches the open mentor or learner (prepare it again).
    #[error("the prepared observation is for another signer or learner")]
    ReviewObservationStale,
    /// "Check online" could not reach the first server it needed (no network, no name
    /// resolution, connection refused): nothing was fetched and nothing was changed.
    #[error("offline: could not reach {host}")]
    Offline {
        /// The host that could not be reached.
        host: String,
    },
    /// The learner stopped "check online" while this URL was being fetched; its answer, if one
    /// comes, is dropped.
    #[error("stopped before {url} answered")]
    FetchCancelled {
        /// The URL.
        url: String,
    },
    /// A server's TLS certificate was refused (another site's, out of date, untrusted).
    #[error("the certificate of {url} was refused ({})", problem.as_str())]
    CertificateRefused {
        /// The URL.
        url: String,
        /// What was wrong with it.
        problem: crate::online::tls::CertificateProblem,
    },
    /// The auto-lock time is outside the allowed range.
    #[error("auto-lock must be between {min} and {max} minutes")]
    AutoLockInvalid {
        /// Fewest minutes allowed.
        min: u32,
        /// Most minutes allowed.
        max: u32,
    },
}

impl Error {
    /// The stable kebab-case code of this error (the Fluent id is `error-<code>`).
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::WalletNotFound { .. } => "wallet-not-found",
            Error::WalletExists { .. } => "wallet-exists",
            Error::WrongPassphrase => "wrong-passphrase",
            Error::PassphraseRequired => "passphrase-required",
            Error::VaultNotFound { .. } => "vault-not-found",
            Error::RecoveryCodeInvalid => "recovery-code-invalid",
            Error::VaultCardInvalid { .. } => "vault-card-invalid",
            Error::WalletTooNew { .. } => "wallet-too-new",
            Error::WalletDamaged { .. } => "wallet-damaged",
            Error::FileTooLarge { .. } => "file-too-large",
            Error::EmptyFile => "empty-file",
            Error::NotAFile { .. } => "not-a-file",
            Error::Unreadable { .. } => "unreadable",
            Error::NotJson { .. } => "not-json",
            Error::TooDeep { .. } => "too-deep",
            Error::UnsupportedFormat { .. } => "unsupported-format",
            Error::MalformedCredential { .. } => "malformed-credential",
            Error::JwsMalformed { .. } => "jws-malformed",
            Error::PngDamaged { .. } => "png-damaged",
            Error::PngChunkTooLarge { .. } => "png-chunk-too-large",
            Error::PngTooManyChunks { .. } => "png-too-many-chunks",
            Error::ImageTooLarge { .. } => "image-too-large",
            Error::DecompressedTooLarge { .. } => "decompressed-too-large",
            Error::NoBadgeData => "no-badge-data",
            Error::BakedUrlOnly { .. } => "baked-url-only",
            Error::XmlDoctypeRefused => "xml-doctype-refused",
            Error::SvgMalformed { .. } => "svg-malformed",
            Error::TooManyNested { .. } => "too-many-nested",
            Error::CredentialNotFound { .. } => "credential-not-found",
            Error::BadLanguage { .. } => "bad-language",
            Error::EscoData { .. } => "esco-data",
            Error::EscoBuildStopped => "esco-stopped",
            Error::Usage { .. } => "usage",
            Error::Storage(_) => "storage",
            Error::Io(_) => "io",
            Error::NoRandomness => "no-randomness",
            Error::BackupNotABackup => "backup-not-a-backup",
            Error::BackupTruncated => "backup-truncated",
            Error::BackupUnsupportedVersion { .. } => "backup-unsupported-version",
            Error::BackupTooLarge { .. } => "backup-too-large",
            Error::BackupWrongPassphraseOrDamaged => "backup-wrong-passphrase-or-damaged",
            Error::BackupPassphraseRequired => "backup-passphrase-required",
            Error::SigningFailed { .. } => "signing-failed",
            Error::SignerNameRequired => "signer-name-required",
            Error::EndorsementRequestInvalid { .. } => "endorsement-request-invalid",
            Error::EndorseTargetHasNoId { .. } => "endorse-target-has-no-id",
            Error::TrustListMalformed { .. } => "trust-list-malformed",
            Error::TrustListTampered => "trust-list-tampered",
            Error::TrustListExpired { .. } => "trust-list-expired",
            Error::TrustListUnknownSigner { .. } => "trust-list-unknown-signer",
            Error::UrlRefused { .. } => "url-refused",
            Error::FetchFailed { .. } => "fetch-failed",
            Error::FetchTooLarge { .. } => "fetch-too-large",
            Error::ProfileInvalid { .. } => "profile-invalid",
            Error::RouteStepNotFound { .. } => "route-step-not-found",
            Error::RouteNoTarget => "route-no-target",
            Error::RouteStepTitleEmpty => "route-step-title-empty",
            Error::RouteStepDateInvalid { .. } => "route-step-date-invalid",
            Error::RouteStepHelperIncomplete => "route-step-helper-incomplete",
            Error::Proof(e) => e.code(),
            Error::PdfQrTooLarge { .. } => "pdf-qr-too-large",
            Error::PdfWrite { .. } => "pdf-write",
            Error::ReviewSignerIsLearner => "review-signer-is-learner",
            Error::ReviewObservationStale => "review-observation-stale",
            Error::Offline { .. } => "offline",
            Error::FetchCancelled { .. } => "fetch-cancelled",
            Error::CertificateRefused { .. } => "certificate-refused",
            Error::AutoLockInvalid { .. } => "auto-lock-invalid",
        }
    }

    /// The arguments of the Fluent message, by variable name.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut args = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            args.insert(k.to_string(), v);
        };
        match self {
            Error::WalletNotFound { path } | Error::WalletExists { path } => {
                put("path", path.display().to_string())
            }
            Error::WalletTooNew { found, supported } => {
                put("found", found.to_string());
                put("supported", supported.to_string());
            }
            Error::WalletDamaged { copy } => put("copy", copy.display().to_string()),
            Error::VaultNotFound { id } => put("id", id.clone()),
            Error::VaultCardInvalid { field, max_chars } => {
                put("field", field.to_string());
                put("max", max_chars.to_string());
            }
            Error::FileTooLarge { size, limit } => {
                put("size", size.to_string());
                put("limit", limit.to_string());
            }
            Error::NotAFile { path } => put("path", path.display().to_string()),
            Error::Unreadable { path, reason } => {
                put("path", path.display().to_string());
                put("reason", reason.clone());
            }
            Error::NotJson { reason } => put("reason", reason.clone()),
            Error::TooDeep { limit } => put("limit", limit.to_string()),
            Error::ProfileInvalid { field, reason } => {
                put("field", field.clone());
                put("reason", reason.clone());
            }
            Error::RouteStepNotFound { id } => put("id", id.clone()),
            Error::RouteStepDateInvalid { date } => put("date", date.clone()),
            Error::RouteStepTitleEmpty
            | Error::RouteStepHelperIncomplete
            | Error::EscoBuildStopped => {}
            Error::UnsupportedFormat { detail }
            | Error::MalformedCredential { detail }
            | Error::EscoData { detail }
            | Error::Usage { detail } => put("detail", detail.clone()),
            Error::JwsMalformed { detail }
            | Error::PngDamaged { detail }
            | Error::SvgMalformed { detail } => put("detail", detail.clone()),
            Error::PngChunkTooLarge { size, limit } => {
                put("size", size.to_string());
                put("limit", limit.to_string());
            }
            Error::PngTooManyChunks { limit } | Error::TooManyNested { limit } => {
                put("limit", limit.to_string())
            }
            Error::ImageTooLarge {
                width,
                height,
                limit,
            } => {
                put("width", width.to_string());
                put("height", height.to_string());
                put("limit", limit.to_string());
            }
            Error::DecompressedTooLarge { limit } => put("limit", limit.to_string()),
            Error::BakedUrlOnly { url } => put("url", url.clone()),
            Error::NoBadgeData | Error::XmlDoctypeRefused => {}
            Error::CredentialNotFound { id } => put("id", id.clone()),
            Error::BadLanguage { tag } => put("tag", tag.clone()),
            Error::Storage(e) => put("reason", e.to_string()),
            Error::Io(e) => put("reason", e.to_string()),
            Error::WrongPassphrase | Error::PassphraseRequired | Error::EmptyFile => {}
            Error::NoRandomness => {}
            Error::BackupUnsupportedVersion { found, supported } => {
                put("found", found.to_string());
                put("supported", supported.to_string());
            }
            Error::BackupTooLarge { size, limit } => {
                put("size", size.to_string());
                put("limit", limit.to_string());
            }
            Error::BackupNotABackup
            | Error::BackupTruncated
            | Error::BackupWrongPassphraseOrDamaged
            | Error::BackupPassphraseRequired
            | Error::RouteNoTarget => {}
            Error::SigningFailed { detail } | Error::EndorsementRequestInvalid { detail } => {
                put("detail", detail.clone())
            }
            Error::SignerNameRequired | Error::RecoveryCodeInvalid => {}
            Error::EndorseTargetHasNoId { id } => put("id", id.clone()),
            Error::TrustListMalformed { detail } => put("detail", detail.clone()),
            Error::TrustListTampered => {}
            Error::TrustListExpired { until } => put("until", until.clone()),
            Error::TrustListUnknownSigner { key } => put("key", key.clone()),
            Error::UrlRefused { url } => put("url", url.clone()),
            Error::FetchFailed { url, reason } => {
                put("url", url.clone());
                put("reason", reason.clone());
            }
            Error::FetchTooLarge { url, limit } => {
                put("url", url.clone());
                put("limit", limit.to_string());
            }
            Error::Proof(e) => args = e.args(),
            Error::PdfQrTooLarge { chars } => put("chars", chars.to_string()),
            Error::PdfWrite { detail } => put("detail", detail.clone()),
            Error::ReviewSignerIsLearner | Error::ReviewObservationStale => {}
            Error::Offline { host } => put("host", host.clone()),
            Error::FetchCancelled { url } => put("url", url.clone()),
            Error::CertificateRefused { url, problem } => {
                put("url", url.clone());
                put("problem", problem.as_str().to_string());
            }
            Error::AutoLockInvalid { min, max } => {
                put("min", min.to_string());
                put("max", max.to_string());
            }
        }
        args
    }

    /// True for errors about the input given (CLI exit 2 for a single file, `rejected` in import).
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::FileTooLarge { .. }
                | Error::EmptyFile
                | Error::NotAFile { .. }
                | Error::Unreadable { .. }
                | Error::NotJson { .. }
                | Error::TooDeep { .. }
                | Error::UnsupportedFormat { .. }
                | Error::MalformedCredential { .. }
                | Error::JwsMalformed { .. }
                | Error::PngDamaged { .. }
                | Error::PngChunkTooLarge { .. }
                | Error::PngTooManyChunks { .. }
                | Error::ImageTooLarge { .. }
                | Error::DecompressedTooLarge { .. }
                | Error::NoBadgeData
                | Error::BakedUrlOnly { .. }
                | Error::XmlDoctypeRefused
                | Error::SvgMalformed { .. }
                | Error::TooManyNested { .. }
                | Error::Proof(_)
        )
    }
}
