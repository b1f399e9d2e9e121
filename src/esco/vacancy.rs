//! Vacancy text to ESCO skills, offline and deterministic: n-gram matching over normalised
//! labels (preferred and alternative) in the vacancy's language.
//!
//! The text and every label go through the same [`super::tokens`] (case, accents and Arabic
//! letter variants folded). Scanning left to right, the longest run of tokens that equals a
//! whole label wins and the scan continues after it; a run that equals no label moves on by one
//! token. A label also counts without a parenthesised qualifier ("Python (computerprogrammering)"
//! matches "Python"), but only when no label matches the bare words. Where a phrase is the label
//! of several concepts, concepts whose *preferred* label it is win over those where it is an
//! alternative label. One-token matches need at least three letters, so "IT" in a sentence is not
//! taken for a skill by accident. Same dictionary and text: same result, in text order.

use super::tokens;
use std::collections::{BTreeSet, HashMap};

/// How many tokens the longest label has that is worth matching (longer ones never occur
/// verbatim in a vacancy).
const MAX_TOKENS: usize = 8;

/// How well a phrase names a concept: a preferred label beats an alternative, which beats a
/// label with its qualifier dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    Qualifier,
    Alternative,
    Preferred,
}

/// Normalised label phrases of one language, each with the concepts it names.
#[derive(Debug, Default)]
pub struct Dictionary {
    phrases: HashMap<String, (Strength, BTreeSet<i64>)>,
}

/// One skill found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The concept (ESCO database id).
    pub concept: i64,
    /// The normalised words that matched.
    pub phrase: String,
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// Adds one label of `concept` (`preferred` for its preferred label).
    pub fn add(&mut self, label: &str, concept: i64, preferred: bool) {
        let strength = if preferred {
            Strength::Preferred
        } else {
            Strength::Alternative
        };
        self.insert(tokens(label), concept, strength);
        if let Some(open) = label.find('(') {
            self.insert(tokens(&label[..open]), concept, Strength::Qualifier);
        }
    }

    fn insert(&mut self, words: Vec<String>, concept: i64, strength: Strength) {
        if words.is_empty() || words.len() > MAX_TOKENS {
            return;
        }
        if words.len() == 1 && words[0].chars().count() < 3 {
            return;
        }
        let entry = self
            .phrases
            .entry(words.join(" "))
            .or_insert((strength, BTreeSet::new()));
        if strength > entry.0 {
            *entry = (strength, BTreeSet::new());
        }
        if strength == entry.0 {
            entry.1.insert(concept);
        }
    }

    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// True when no label was added.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The concepts named in `text`, each once, in the order they first appear.
    pub fn find(&self, text: &str) -> Vec<Found> {
        let words = tokens(text);
        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let longest = (1..=MAX_TOKENS.min(words.len() - i)).rev().find_map(|n| {
                let phrase = words[i..i + n].join(" ");
                self.phrases.get(&phrase).map(|(_, c)| (n, phrase, c))
            });
            match longest {
                Some((n, phrase, concepts)) => {
                    for &concept in concepts {
                        if !found.iter().any(|f| f.concept == concept) {
                            found.push(Found {
                                concept,
                                phrase: phrase.clone(),
                            });
                        }
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict() -> Dictionary {
        let mut d = Dictionary::new();
        d.add("Python (computerprogrammering)", 1, true);
        d.add("programmeren", 2, true);
        d.add("samenwerken in teams", 3, true);
        d.add("samenwerken", 4, true);
        d.add("teamwerk", 3, false);
        d.add("IT", 5, true);
        d.add("samenwerken", 6, false);
        d
    }

    #[test]
    fn longest_labels_win_in_text_order() {
        let found = dict()
            .find("Wij zoeken iemand die SAMENWERKEN in teams leuk vindt, Python kent en IT.");
        let concepts: Vec<i64> = found.iter().map(|f| f.concept).collect();
        assert_eq!(concepts, [3, 1]);
        assert_eq!(found[0].phrase, "samenwerken in teams");
    }

    #[test]
    fn preferred_labels_beat_alternative_ones() {
        let found = dict().find("samenwerken en teamwerk");
        let concepts: Vec<i64> = found.iter().map(|f| f.concept).collect();
        assert_eq!(concepts, [4, 3]);
    }
}
