//! Why a proof code could not be made or read. Each variant has its own kebab-case code
//! (`proof-…`), translated as `error-proof-…` in `locales/*/errors.ftl`; the crate's
//! [`Error::Proof`](crate::Error::Proof) carries it across the CLI and IPC.

use std::collections::BTreeMap;

/// Everything that can stop a proof from being exported or decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// A character outside the Base45 alphabet (lower case, UTF-8, a byte-mode mangling).
    #[error("character {position} is not Base45")]
    Base45Character {
        /// Zero-based position in the Base45 text.
        position: usize,
    },
    /// Base45 text of length `3k + 1`, which no byte string encodes to.
    #[error("Base45 text of {length} characters cannot be complete")]
    Base45Length {
        /// Length of the Base45 text.
        length: usize,
    },
    /// A Base45 group whose value does not fit its bytes (non-canonical text).
    #[error("Base45 group at {position} is out of range")]
    Base45Overflow {
        /// Position of the group's first character.
        position: usize,
    },
    /// The text does not start with a prefix this build knows (`LW1:` or `LWC1:`).
    #[error("not an Erkend proof code (unknown prefix)")]
    UnknownPrefix,
    /// The format byte names an encoding this build does not know.
    #[error("unknown proof format byte {byte}")]
    UnknownFormat {
        /// The byte, as two hex digits.
        byte: String,
    },
    /// The code carries no data after its prefix.
    #[error("the proof code is empty")]
    Empty,
    /// A code's text is longer than any code Erkend makes (refused before decoding).
    #[error("a proof code of {length} characters is over the limit of {limit}")]
    TooLong {
        /// Characters in the code.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// A chunk header (`LWC1:i/n/SET:`) is malformed.
    #[error("malformed chunk header: {detail}")]
    ChunkHeader {
        /// What is wrong.
        detail: String,
    },
    /// A chunk set claims more chunks than the limit.
    #[error("a chunk set of {total} codes is over the limit of {limit}")]
    TooManyChunks {
        /// Chunks claimed.
        total: usize,
        /// The limit.
        limit: usize,
    },
    /// The same chunk of a set was given twice.
    #[error("chunk {index} of set {set} appears twice")]
    ChunkDuplicate {
        /// Set id.
        set: String,
        /// Chunk number (1-based).
        index: usize,
    },
    /// Some chunks of a set are missing.
    #[error("set {set} is incomplete: missing {missing}")]
    ChunkMissing {
        /// Set id.
        set: String,
        /// The missing chunk numbers, e.g. "2/3".
        missing: String,
    },
    /// Chunks with one set id do not belong together (different totals, or their data does
    /// not hash to the set id).
    #[error("the chunks of set {set} do not belong together")]
    ChunkMixed {
        /// Set id.
        set: String,
    },
    /// The compressed data inflates beyond the limit (a "zip bomb").
    #[error("the proof inflates beyond {limit} bytes")]
    InflateTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The compressed data is damaged or cut short.
    #[error("the compressed proof data is damaged or cut short")]
    InflateDamaged,
    /// The compressed data names a preset dictionary other than the one its format requires, or
    /// none when one is required (or one when none is allowed).
    #[error("the compressed proof data uses the wrong dictionary")]
    WrongDictionary,
    /// Bytes follow the end of the compressed or CBOR data.
    #[error("unexpected bytes after the end of the proof data")]
    TrailingBytes,
    /// The proof card's COSE/CBOR structure is malformed.
    #[error("malformed proof card: {detail}")]
    CardMalformed {
        /// What is wrong.
        detail: String,
    },
    /// The proof card's protected header is not exactly `{1: -8}` (EdDSA).
    #[error("the proof card uses an algorithm other than EdDSA")]
    CardAlgorithm,
    /// A credential is too large for the printable codes (e.g. it embeds images).
    #[error("the credential needs {bytes} bytes, more than {codes} printable codes hold")]
    TooLargeForCodes {
        /// Size of the encoded credential in bytes.
        bytes: usize,
        /// The most codes a proof uses.
        codes: usize,
    },
    /// No QR code (or no Erkend proof code) was found in an image or PDF.
    #[error("no proof code found")]
    NoCodes,
    /// An image file could not be decoded.
    #[error("the image cannot be read: {detail}")]
    ImageUnreadable {
        /// The decoder's reason.
        detail: String,
    },
    /// A PDF file could not be read or rendered.
    #[error("the PDF cannot be read: {detail}")]
    PdfUnreadable {
        /// The reason.
        detail: String,
    },
    /// The output or input file type (by extension) is not one proofs support.
    #[error("unsupported proof file type: {ext}")]
    FileType {
        /// The extension given.
        ext: String,
    },
    /// A link code was asked for a credential without a hosted verification address.
    #[error("this credential has no hosted verification address")]
    NoHostedUrl,
}

impl ProofError {
    /// The stable kebab-case code (the Fluent id is `error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            ProofError::Base45Character { .. } => "proof-base45-character",
            ProofError::Base45Length { .. } => "proof-base45-length",
            ProofError::Base45Overflow { .. } => "proof-base45-overflow",
            ProofError::UnknownPrefix => "proof-unknown-prefix",
            ProofError::UnknownFormat { .. } => "proof-unknown-format",
            ProofError::Empty => "proof-empty",
            ProofError::TooLong { .. } => "proof-too-long",
            ProofError::ChunkHeader { .. } => "proof-chunk-header",
            ProofError::TooManyChunks { .. } => "proof-too-many-chunks",
            ProofError::ChunkDuplicate { .. } => "proof-chunk-duplicate",
            ProofError::ChunkMissing { .. } => "proof-chunk-missing",
            ProofError::ChunkMixed { .. } => "proof-chunk-mixed",
            ProofError::InflateTooLarge { .. } => "proof-inflate-too-large",
            ProofError::InflateDamaged => "proof-inflate-damaged",
            ProofError::WrongDictionary => "proof-wrong-dictionary",
            ProofError::TrailingBytes => "proof-trailing-bytes",
            ProofError::CardMalformed { .. } => "proof-card-malformed",
            ProofError::CardAlgorithm => "proof-card-algorithm",
            ProofError::TooLargeForCodes { .. } => "proof-too-large-for-codes",
            ProofError::NoCodes => "proof-no-codes",
            ProofError::ImageUnreadable { .. } => "proof-image-unreadable",
            ProofError::PdfUnreadable { .. } => "proof-pdf-unreadable",
            ProofError::FileType { .. } => "proof-file-type",
            ProofError::NoHostedUrl => "proof-no-hosted-url",
        }
    }

    /// The arguments of the Fluent message, by variable name.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut args = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            args.insert(k.to_string(), v);
        };
        match self {
            ProofError::Base45Character { position } | ProofError::Base45Overflow { position } => {
                put("position", position.to_string())
            }
            ProofError::Base45Length { length } => put("length", length.to_string()),
            ProofError::UnknownFormat { byte } => put("byte", byte.clone()),
            ProofError::TooLong { length, limit } => {
                put("length", length.to_string());
                put("limit", limit.to_string());
            }
            ProofError::ChunkHeader { detail }
            | ProofError::CardMalformed { detail }
            | ProofError::ImageUnreadable { detail }
            | ProofError::PdfUnreadable { detail } => put("detail", detail.clone()),
            ProofError::TooManyChunks { total, limit } => {
                put("total", total.to_string());
                put("limit", limit.to_string());
            }
            ProofError::ChunkDuplicate { set, index } => {
                put("set", set.clone());
                put("index", index.to_string());
            }
            ProofError::ChunkMissing { set, missing } => {
                put("set", set.clone());
                put("missing", missing.clone());
            }
            ProofError::ChunkMixed { set } => put("set", set.clone()),
            ProofError::InflateTooLarge { limit } => put("limit", limit.to_string()),
            ProofError::TooLargeForCodes { bytes, codes } => {
                put("bytes", bytes.to_string());
                put("codes", codes.to_string());
            }
            ProofError::FileType { ext } => put("ext", ext.clone()),
            ProofError::UnknownPrefix
            | ProofError::Empty
            | ProofError::InflateDamaged
            | ProofError::WrongDictionary
            | ProofError::TrailingBytes
            | ProofError::CardAlgorithm
            | ProofError::NoCodes
            | ProofError::NoHostedUrl => {}
        }
        args
    }
}
