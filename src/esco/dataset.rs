//! The compact ESCO dataset compiled into the binary (see `data/esco/README.md`).

use sha2::{Digest, Sha256};

/// `concepts.tsv.gz`: index, uri, kind, skill type, reuse level, ISCO code.
pub const CONCEPTS: &[u8] = include_bytes!("../../data/esco/concepts.tsv.gz");
/// `labels.tsv.gz`: concept index, language, role, label.
pub const LABELS: &[u8] = include_bytes!("../../data/esco/labels.tsv.gz");
/// `relations.tsv.gz`: occupation index, skill index, essential/optional.
pub const RELATIONS: &[u8] = include_bytes!("../../data/esco/relations.tsv.gz");
/// `broader.tsv.gz`: child index, parent index.
pub const BROADER: &[u8] = include_bytes!("../../data/esco/broader.tsv.gz");

/// ESCO versions the data comes from (for About and the database's metadata).
pub const VERSIONS: &str = "ESCO v1.2.1 (occupation, skill-group and ISCO labels, skill collections in en/nl/fr/ar/uk), v1.1.1 (English skills, occupation-skill relations, hierarchy), v1.0 (French/Spanish skill labels)";

/// A short identifier of this dataset: the first 12 hex digits of the SHA-256 over all files.
/// A database built from other data is rebuilt.
pub fn id() -> String {
    let mut h = Sha256::new();
    for part in [CONCEPTS, LABELS, RELATIONS, BROADER] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part);
    }
    hex::encode(&h.finalize()[..6])
}
