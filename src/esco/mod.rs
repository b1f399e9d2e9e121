//! ESCO, the EU's skills and occupations taxonomy, shipped with the app and searched offline.
//!
//! The compact dataset in `data/esco/` (derived by `tools/esco/derive.py`, see its README) is
//! compiled into the binary; [`crate::store::EscoDb`] turns it once into a read-only SQLite
//! database with an FTS5 index over every label, separate from the learner's wallet. This module
//! owns the domain side: kinds, search hits, and the text normalisation that makes search
//! prefix-, case- and accent-insensitive in Latin, Arabic and Cyrillic scripts.

pub mod dataset;
mod normalize;
pub(crate) mod pillar;
pub mod vacancy;

pub use normalize::{normalize, tokens};
pub use pillar::Pillar;

use serde::Serialize;

/// The attribution ESCO's licence asks for; shown in About and in exports.
pub const ATTRIBUTION: &str =
    "This service uses the ESCO classification of the European Commission.";

/// What kind of ESCO concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A skill or knowledge concept.
    Skill,
    /// An occupation.
    Occupation,
    /// A group in the skills hierarchy.
    SkillGroup,
    /// An ISCO-08 occupation group.
    IscoGroup,
}

impl Kind {
    /// The one-letter code used in the dataset and the database.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Skill => "s",
            Kind::Occupation => "o",
            Kind::SkillGroup => "g",
            Kind::IscoGroup => "i",
        }
    }

    /// From the one-letter code.
    pub fn from_code(code: &str) -> Option<Kind> {
        match code {
            "s" => Some(Kind::Skill),
            "o" => Some(Kind::Occupation),
            "g" => Some(Kind::SkillGroup),
            "i" => Some(Kind::IscoGroup),
            _ => None,
        }
    }

    /// From the CLI name (`skill`, `occupation`).
    pub fn parse(name: &str) -> Option<Kind> {
        match name {
            "skill" => Some(Kind::Skill),
            "occupation" => Some(Kind::Occupation),
            "skill-group" => Some(Kind::SkillGroup),
            "isco-group" => Some(Kind::IscoGroup),
            _ => None,
        }
    }
}

/// One search result: a concept with the label to show and the language of that label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// The concept's ESCO URI.
    pub uri: String,
    /// Its kind.
    pub kind: Kind,
    /// The label to show: the preferred label in the requested language when ESCO has one,
    /// else the label that matched (a visible fallback, e.g. English).
    pub label: String,
    /// Language of `label`.
    pub lang: String,
    /// Relevance in (0, 1]; higher is better. Deterministic for the same data and query.
    pub score: f64,
}
