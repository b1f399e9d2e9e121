//! Occupation matching: rank ESCO occupations by how much of each the learner already has.
//!
//! Deterministic and explainable: an occupation's score is the share of its essential skills
//! the profile holds (in [0, 1]); ties go to the occupation where more of its skills (essential
//! and optional) are held, then to the URI. Every match lists the essential skills still missing.
//! Pure: no SQL, no clock.

use crate::store::Requirement;
use serde::Serialize;
use std::collections::HashSet;

/// Held / total counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Count {
    /// How many the profile holds.
    pub have: usize,
    /// How many there are.
    pub total: usize,
}

/// One ranked occupation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// Occupation URI.
    pub occupation: String,
    /// Share of essential skills held, in [0, 1].
    pub score: f64,
    /// Essential skills held / required.
    pub essential: Count,
    /// Optional skills held / listed.
    pub optional: Count,
    /// Essential skills not held, in URI order.
    pub missing_essential: Vec<String>,
}

/// Held/total counts of one occupation, without allocating (ranking scores thousands).
fn counts(requirements: &[Requirement], held: &HashSet<&str>) -> (Count, Count) {
    let mut essential = Count { have: 0, total: 0 };
    let mut optional = Count { have: 0, total: 0 };
    for r in requirements {
        let count = if r.essential {
            &mut essential
        } else {
            &mut optional
        };
        count.total += 1;
        count.have += usize::from(held.contains(r.skill.as_str()));
    }
    (essential, optional)
}

fn share(c: Count) -> f64 {
    if c.total == 0 {
        0.0
    } else {
        c.have as f64 / c.total as f64
    }
}

/// Scores one occupation against the held skills.
pub fn score(occupation: &str, requirements: &[Requirement], held: &HashSet<&str>) -> Match {
    let (essential, optional) = counts(requirements, held);
    let mut missing: Vec<String> = requirements
        .iter()
        .filter(|r| r.essential && !held.contains(r.skill.as_str()))
        .map(|r| r.skill.clone())
        .collect();
    missing.sort();
    Match {
        occupation: occupation.to_string(),
        score: share(essential),
        essential,
        optional,
        missing_essential: missing,
    }
}

/// Ranks every occupation (that has essential skills) for the held skills, best first.
pub fn rank<'a>(
    occupations: impl IntoIterator<Item = (&'a str, &'a [Requirement])>,
    held: &HashSet<&str>,
    limit: usize,
) -> Vec<Match> {
    let mut matches: Vec<Match> = occupations
        .into_iter()
        .map(|(o, reqs)| score(o, reqs, held))
        .filter(|m| m.essential.total > 0)
        .collect();
    matches.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| {
                (b.essential.have + b.optional.have).cmp(&(a.essential.have + a.optional.have))
            })
            .then_with(|| a.occupation.cmp(&b.occupation))
    });
    matches.truncate(limit);
    matches
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(skill: &str, essential: bool) -> Requirement {
        Requirement {
            skill: skill.into(),
            essential,
        }
    }

    #[test]
    fn share_of_essentials_decides_then_the_number_held() {
        let a = vec![req("s1", true), req("s2", true), req("s3", false)];
        let b = vec![req("s1", true), req("s9", true)];
        let c = vec![
            req("s1", true),
            req("s2", true),
            req("s4", true),
            req("s3", false),
        ];
        let held: HashSet<&str> = ["s1", "s2", "s3"].into_iter().collect();
        let ranked = rank(
            [
                ("a", a.as_slice()),
                ("b", b.as_slice()),
                ("c", c.as_slice()),
            ],
            &held,
            10,
        );
        let order: Vec<&str> = ranked.iter().map(|m| m.occupation.as_str()).collect();
        assert_eq!(order, ["a", "c", "b"]);
        assert_eq!(ranked[0].score, 1.0);
        assert!(ranked[0].missing_essential.is_empty());
        assert_eq!(ranked[1].missing_essential, ["s4"]);
        assert_eq!(ranked[1].essential, Count { have: 2, total: 3 });
    }
}
