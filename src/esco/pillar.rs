//! ESCO's four skill pillars (skills, knowledge, transversal, language), found by walking the
//! skills hierarchy up to its roots. Used to group a profile and to put transversal and language
//! skills early in a route.

use serde::Serialize;
use std::collections::HashMap;

/// The top of the ESCO skills hierarchy a skill belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pillar {
    /// "skills" (S): skill/competence concepts.
    Skills,
    /// "knowledge" (K).
    Knowledge,
    /// "transversal skills and competences" (T).
    Transversal,
    /// "language skills and knowledge" (L).
    Language,
}

/// The four roots of the ESCO skills hierarchy (v1.1.1 and v1.2.1 share them).
const ROOTS: [(&str, Pillar); 4] = [
    (
        "http://data.europa.eu/esco/skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9",
        Pillar::Skills,
    ),
    (
        "http://data.europa.eu/esco/skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22",
        Pillar::Knowledge,
    ),
    (
        "http://data.europa.eu/esco/skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e",
        Pillar::Transversal,
    ),
    (
        "http://data.europa.eu/esco/skill/e35a5936-091d-4e87-bafe-f264e55bd656",
        Pillar::Language,
    ),
];

impl Pillar {
    /// The one-letter code stored in the ESCO database.
    pub fn code(self) -> &'static str {
        match self {
            Pillar::Skills => "s",
            Pillar::Knowledge => "k",
            Pillar::Transversal => "t",
            Pillar::Language => "l",
        }
    }

    /// From the one-letter code.
    pub fn from_code(code: &str) -> Option<Pillar> {
        [
            Pillar::Skills,
            Pillar::Knowledge,
            Pillar::Transversal,
            Pillar::Language,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }

    /// The contract name (`skills`, `knowledge`, `transversal`, `language`).
    pub fn as_str(self) -> &'static str {
        match self {
            Pillar::Skills => "skills",
            Pillar::Knowledge => "knowledge",
            Pillar::Transversal => "transversal",
            Pillar::Language => "language",
        }
    }

    /// The pillar a root URI stands for.
    pub fn of_root(uri: &str) -> Option<Pillar> {
        ROOTS.iter().find(|(u, _)| *u == uri).map(|(_, p)| *p)
    }
}

/// The pillar of concept `id`, from the roots reachable through `parents`. Many skills are
/// filed under several branches (v1.1 links thousands of occupational skills into the
/// transversal hierarchy as well), so the most specific reading wins: language when reachable,
/// else the skills or knowledge pillar when reachable (both: the skill type decides), else
/// transversal. A skill the hierarchy does not reach (new in v1.2) falls back to its skill type
/// (`k` knowledge, else skills).
pub fn pillar_of(
    id: i64,
    parents: &HashMap<i64, Vec<i64>>,
    roots: &HashMap<i64, Pillar>,
    skill_type: Option<&str>,
) -> Pillar {
    let mut seen = vec![id];
    let mut queue = vec![id];
    let mut found: Vec<Pillar> = Vec::new();
    while let Some(next) = queue.pop() {
        if let Some(p) = roots.get(&next) {
            found.push(*p);
        }
        for parent in parents.get(&next).into_iter().flatten() {
            if !seen.contains(parent) {
                seen.push(*parent);
                queue.push(*parent);
            }
        }
    }
    let by_type = if skill_type == Some("k") {
        Pillar::Knowledge
    } else {
        Pillar::Skills
    };
    let has = |p: Pillar| found.contains(&p);
    if has(Pillar::Language) {
        Pillar::Language
    } else if has(Pillar::Skills) && has(Pillar::Knowledge) {
        by_type
    } else if has(Pillar::Skills) {
        Pillar::Skills
    } else if has(Pillar::Knowledge) {
        Pillar::Knowledge
    } else if has(Pillar::Transversal) {
        Pillar::Transversal
    } else {
        by_type
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_wins_then_skills_then_transversal_and_unreached_skills_use_their_type() {
        let roots: HashMap<i64, Pillar> = [
            (1, Pillar::Skills),
            (2, Pillar::Language),
            (3, Pillar::Transversal),
        ]
        .into();
        let parents: HashMap<i64, Vec<i64>> = [
            (10, vec![11]),
            (11, vec![1, 2]),
            (20, vec![1, 3]),
            (30, vec![3]),
        ]
        .into();
        assert_eq!(pillar_of(10, &parents, &roots, Some("c")), Pillar::Language);
        assert_eq!(pillar_of(20, &parents, &roots, Some("c")), Pillar::Skills);
        assert_eq!(
            pillar_of(30, &parents, &roots, Some("c")),
            Pillar::Transversal
        );
        assert_eq!(
            pillar_of(99, &parents, &roots, Some("k")),
            Pillar::Knowledge
        );
        assert_eq!(pillar_of(99, &parents, &roots, None), Pillar::Skills);
        for p in ["s", "k", "t", "l"] {
            assert_eq!(Pillar::from_code(p).map(Pillar::code), Some(p));
        }
    }
}
