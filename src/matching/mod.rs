//! Occupation matching: rank ESCO occupations by how much of each the learner already has.
//!
//! Deterministic and explainable. For one occupation with essential skills E and optional O:
//!
//! - A requirement is **held** when the profile has that exact skill, and **related** when it
//!   does not but holds a skill directly broader or narrower than it in the ESCO skills hierarchy
//!   (skill-to-skill links only: skill groups are too coarse to say anything).
//! - `score` = (essential held + ½ · essential related) / |E|, in [0, 1]: the contract's "share
//!   of the occupation's essential skills held", where a related skill counts as half held
//!   ([`RELATED_CREDIT`]). With no related skills it is exactly the plain share.
//! - `fit` in [0, 1] adds what the score leaves out: essential skills weigh twice as much as
//!   optional ones ([`ESSENTIAL_WEIGHT`]) and each skill counts with the weight of its evidence
//!   ([`evidence_weight`]: a verified credential 1.0, an endorsement 0.9, a mentor's observation
//!   0.8, the learner's own word 0.6), a related one at half that.
//! - Order: `score` (descending), then the number of the occupation's skills held (essential and
//!   optional), then the number of essential skills held (an occupation that needs what the
//!   learner has beats one where it is merely optional), then `fit`, then the occupation URI. So
//!   the contract's order — share of essential skills held first, then the number held — stands;
//!   evidence and optional skills decide among equals.
//! - `missing_essential` lists exactly the essential skills not held (related ones included:
//!   partial credit is not holding), in URI order; `related_essential` says which held skill
//!   gave partial credit for which.
//!
//! Pure: no SQL, no clock. Ranking thousands of occupations allocates nothing per occupation;
//! only the top `limit` get their skill lists.

pub mod cli;

use crate::profile::Evidence;
use crate::store::Requirement;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// How much a related (broader/narrower) skill counts, relative to the skill itself.
pub const RELATED_CREDIT: f64 = 0.5;
/// How much an essential skill weighs in `fit` relative to an optional one.
pub const ESSENTIAL_WEIGHT: f64 = 2.0;

/// What one piece of evidence is worth in `fit`.
pub fn evidence_weight(evidence: Evidence) -> f64 {
    match evidence {
        Evidence::VerifiedCredential => 1.0,
        Evidence::Endorsed => 0.9,
        Evidence::MentorObserved => 0.8,
        Evidence::SelfDeclared => 0.6,
    }
}

/// Held / total counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Count {
    /// How many the profile holds.
    pub have: usize,
    /// How many there are.
    pub total: usize,
}

/// A requirement given partial credit, and the held skill that gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// The required skill.
    pub skill: String,
    /// The held skill that is broader or narrower than it.
    pub via: String,
}

/// One ranked occupation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// Occupation URI.
    pub occupation: String,
    /// Share of essential skills held (related ones at half), in [0, 1].
    pub score: f64,
    /// Weighted fit (evidence, optional skills), in [0, 1].
    pub fit: f64,
    /// Essential skills held / required.
    pub essential: Count,
    /// Optional skills held / listed.
    pub optional: Count,
    /// Essential skills not held, in URI order.
    pub missing_essential: Vec<String>,
    /// Essential skills held exactly, in URI order.
    pub matched_essential: Vec<String>,
    /// Essential skills not held but related to a held one (partial credit).
    pub related_essential: Vec<Related>,
}

/// What the learner holds: each skill with its strongest evidence, and the skills related to
/// them with the held skill they come from (its evidence and key).
#[derive(Debug, Clone)]
pub struct Holdings<K> {
    /// Held skills.
    pub exact: HashMap<K, Evidence>,
    /// Skills directly broader or narrower than a held one (not held themselves).
    pub related: HashMap<K, (Evidence, K)>,
}

impl<K: Eq + Hash + Copy> Holdings<K> {
    /// Holdings from held skills and (held, related) skill pairs; the strongest evidence wins
    /// when several held skills relate to the same one.
    pub fn new(
        exact: HashMap<K, Evidence>,
        links: impl IntoIterator<Item = (K, K)>,
    ) -> Holdings<K> {
        let mut related: HashMap<K, (Evidence, K)> = HashMap::new();
        for (held, other) in links {
            let Some(&evidence) = exact.get(&held) else {
                continue;
            };
            if exact.contains_key(&other) {
                continue;
            }
            let entry = related.entry(other).or_insert((evidence, held));
            if evidence > entry.0 {
                *entry = (evidence, held);
            }
        }
        Holdings { exact, related }
    }
}

/// The counts and weights of one occupation, computed without allocating.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Tally {
    essential: (usize, usize),
    optional: (usize, usize),
    essential_related: usize,
    weighted: f64,
    weight_total: f64,
}

impl Tally {
    fn of<K: Eq + Hash + Copy>(
        requirements: impl Iterator<Item = (K, bool)>,
        held: &Holdings<K>,
    ) -> Tally {
        let mut t = Tally::default();
        for (skill, essential) in requirements {
            let weight = if essential { ESSENTIAL_WEIGHT } else { 1.0 };
            t.weight_total += weight;
            let count = if essential {
                &mut t.essential
            } else {
                &mut t.optional
            };
            count.1 += 1;
            if let Some(&evidence) = held.exact.get(&skill) {
                count.0 += 1;
                t.weighted += weight * evidence_weight(evidence);
            } else if let Some(&(evidence, _)) = held.related.get(&skill) {
                t.essential_related += usize::from(essential);
                t.weighted += weight * RELATED_CREDIT * evidence_weight(evidence);
            }
        }
        t
    }

    fn score(&self) -> f64 {
        let (have, total) = self.essential;
        if total == 0 {
            0.0
        } else {
            (have as f64 + RELATED_CREDIT * self.essential_related as f64) / total as f64
        }
    }

    fn fit(&self) -> f64 {
        if self.weight_total == 0.0 {
            0.0
        } else {
            self.weighted / self.weight_total
        }
    }

    fn held(&self) -> usize {
        self.essential.0 + self.optional.0
    }
}

/// Ranks occupations given as (key, requirements) and returns the best `limit`, each with its
/// full explanation; `name` turns a key (occupation or skill) into its URI.
pub fn rank_by<K, I>(
    occupations: impl IntoIterator<Item = (K, I)>,
    held: &Holdings<K>,
    limit: usize,
    name: impl Fn(K) -> String,
) -> Vec<Match>
where
    K: Eq + Hash + Copy + Ord,
    I: Iterator<Item = (K, bool)> + Clone,
{
    let mut tallies: Vec<(K, I, Tally)> = occupations
        .into_iter()
        .map(|(o, reqs)| {
            let t = Tally::of(reqs.clone(), held);
            (o, reqs, t)
        })
        .filter(|(_, _, t)| t.essential.1 > 0)
        .collect();
    // Only the order matters for all but the top few, and names are costly: compare keys.
    tallies.sort_by(|a, b| {
        b.2.score()
            .total_cmp(&a.2.score())
            .then_with(|| b.2.held().cmp(&a.2.held()))
            .then_with(|| b.2.essential.0.cmp(&a.2.essential.0))
            .then_with(|| b.2.fit().total_cmp(&a.2.fit()))
            .then_with(|| a.0.cmp(&b.0))
    });
    tallies.truncate(limit);
    let mut out: Vec<Match> = tallies
        .into_iter()
        .map(|(o, reqs, t)| explain(name(o), reqs, t, held, &name))
        .collect();
    // Keys need not sort like URIs; make the final tie-break the URI, as documented.
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| {
                (b.essential.have + b.optional.have).cmp(&(a.essential.have + a.optional.have))
            })
            .then_with(|| b.essential.have.cmp(&a.essential.have))
            .then_with(|| b.fit.total_cmp(&a.fit))
            .then_with(|| a.occupation.cmp(&b.occupation))
    });
    out
}

/// One occupation's match with its explanation.
pub fn score_by<K, I>(
    occupation: &str,
    requirements: I,
    held: &Holdings<K>,
    name: impl Fn(K) -> String,
) -> Match
where
    K: Eq + Hash + Copy,
    I: Iterator<Item = (K, bool)> + Clone,
{
    let t = Tally::of(requirements.clone(), held);
    explain(occupation.to_string(), requirements, t, held, &name)
}

fn explain<K: Eq + Hash + Copy>(
    occupation: String,
    requirements: impl Iterator<Item = (K, bool)>,
    t: Tally,
    held: &Holdings<K>,
    name: &impl Fn(K) -> String,
) -> Match {
    let mut missing = Vec::new();
    let mut matched = Vec::new();
    let mut related = Vec::new();
    for (skill, _) in requirements.filter(|(_, essential)| *essential) {
        if held.exact.contains_key(&skill) {
            matched.push(name(skill));
        } else {
            missing.push(name(skill));
            if let Some(&(_, via)) = held.related.get(&skill) {
                related.push(Related {
                    skill: name(skill),
                    via: name(via),
                });
            }
        }
    }
    missing.sort();
    matched.sort();
    related.sort_by(|a, b| a.skill.cmp(&b.skill));
    Match {
        occupation,
        score: t.score(),
        fit: t.fit(),
        essential: Count {
            have: t.essential.0,
            total: t.essential.1,
        },
        optional: Count {
            have: t.optional.0,
            total: t.optional.1,
        },
        missing_essential: missing,
        matched_essential: matched,
        related_essential: related,
    }
}

/// Every occupation's requirements as database ids, grouped by occupation: what ranking reads.
/// Built from integer rows, so loading it costs no string work.
#[derive(Debug, Clone, Default)]
pub struct RelationIndex {
    occupations: Vec<(i64, usize, usize)>,
    requirements: Vec<(i64, bool)>,
}

impl RelationIndex {
    /// From (occupation, skill, essential) rows sorted by occupation.
    pub fn from_rows(rows: impl IntoIterator<Item = (i64, i64, bool)>) -> RelationIndex {
        let mut index = RelationIndex::default();
        for (occupation, skill, essential) in rows {
            let at = index.requirements.len();
            match index.occupations.last_mut() {
                Some((o, _, end)) if *o == occupation => *end = at + 1,
                _ => index.occupations.push((occupation, at, at + 1)),
            }
            index.requirements.push((skill, essential));
        }
        index
    }

    /// Each occupation with its requirements.
    pub fn iter(
        &self,
    ) -> impl Iterator<Item = (i64, std::iter::Copied<std::slice::Iter<'_, (i64, bool)>>)> {
        self.occupations
            .iter()
            .map(|&(o, start, end)| (o, self.requirements[start..end].iter().copied()))
    }

    /// Number of occupations.
    pub fn len(&self) -> usize {
        self.occupations.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.occupations.is_empty()
    }
}

/// Scores one occupation against held skill URIs (exact holdings only).
pub fn score(occupation: &str, requirements: &[Requirement], held: &HashSet<&str>) -> Match {
    let h = strings(held);
    score_by(
        occupation,
        requirements.iter().map(|r| (r.skill.as_str(), r.essential)),
        &h,
        str::to_string,
    )
}

/// Ranks occupations given with their requirements for held skill URIs (exact holdings only),
/// best first.
pub fn rank<'a>(
    occupations: impl IntoIterator<Item = (&'a str, &'a [Requirement])>,
    held: &HashSet<&str>,
    limit: usize,
) -> Vec<Match> {
    let h = strings(held);
    rank_by(
        occupations
            .into_iter()
            .map(|(o, reqs)| (o, reqs.iter().map(|r| (r.skill.as_str(), r.essential)))),
        &h,
        limit,
        str::to_string,
    )
}

/// Holdings from a plain set of skill URIs: all self-declared, nothing related.
fn strings<'a>(held: &HashSet<&'a str>) -> Holdings<&'a str> {
    Holdings {
        exact: held.iter().map(|s| (*s, Evidence::SelfDeclared)).collect(),
        related: HashMap::new(),
    }
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
        assert_eq!(ranked[1].matched_essential, ["s1", "s2"]);
        assert_eq!(ranked[1].essential, Count { have: 2, total: 3 });
    }

    fn holdings(
        exact: &[(&'static str, Evidence)],
        links: &[(&'static str, &'static str)],
    ) -> Holdings<&'static str> {
        Holdings::new(exact.iter().copied().collect(), links.iter().copied())
    }

    #[test]
    fn a_related_skill_counts_half_and_stays_missing() {
        let reqs = [("s1", true), ("s2", true)];
        let h = holdings(
            &[
                ("s1", Evidence::VerifiedCredential),
                ("n2", Evidence::Endorsed),
            ],
            &[("n2", "s2")],
        );
        let m = score_by("o", reqs.iter().copied(), &h, str::to_string);
        assert_eq!(m.score, 0.75);
        assert_eq!(m.missing_essential, ["s2"]);
        assert_eq!(
            m.related_essential,
            [Related {
                skill: "s2".into(),
                via: "n2".into()
            }]
        );
        // fit: (2·1.0 + 2·0.5·0.9) / 4
        assert!((m.fit - 0.725).abs() < 1e-12, "{}", m.fit);
    }

    #[test]
    fn evidence_and_optional_skills_decide_among_equal_shares() {
        let o1 = [("e1", true), ("x", false)];
        let o2 = [("e2", true), ("y", false)];
        let h = holdings(
            &[
                ("e1", Evidence::SelfDeclared),
                ("e2", Evidence::VerifiedCredential),
                ("x", Evidence::SelfDeclared),
                ("y", Evidence::SelfDeclared),
            ],
            &[],
        );
        let ranked = rank_by(
            [("o1", o1.iter().copied()), ("o2", o2.iter().copied())],
            &h,
            5,
            str::to_string,
        );
        let order: Vec<&str> = ranked.iter().map(|m| m.occupation.as_str()).collect();
        assert_eq!(order, ["o2", "o1"]);
        assert_eq!(ranked[0].score, ranked[1].score);
        assert!(ranked[0].fit > ranked[1].fit);
    }

    #[test]
    fn relation_index_groups_rows_by_occupation() {
        let index = RelationIndex::from_rows([(1, 10, true), (1, 11, false), (2, 10, true)]);
        assert_eq!(index.len(), 2);
        let groups: Vec<(i64, Vec<(i64, bool)>)> =
            index.iter().map(|(o, r)| (o, r.collect())).collect();
        assert_eq!(
            groups,
            [(1, vec![(10, true), (11, false)]), (2, vec![(10, true)])]
        );
    }
}
