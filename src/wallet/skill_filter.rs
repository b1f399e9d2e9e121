//! The wallet list's skill filter: the skills the learner's credentials name, searched by
//! their ESCO label in the learner's language. A wallet of thousands of credentials can name
//! thousands of skills; the filter offers the few that match what was typed (or the most
//! named ones), never all of them at once.

use super::Wallet;
use crate::esco::normalize;
use crate::store::EscoDb;
use crate::Result;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// One skill the filter offers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillChoice {
    /// The skill's URI (an ESCO URI, or another framework's).
    pub uri: String,
    /// Its ESCO label and that label's language; `None` for a skill ESCO does not know.
    pub label: Option<(String, String)>,
    /// How many of the wallet's credentials name it.
    pub credentials: u64,
}

impl Wallet {
    /// At most `limit` skills of the wallet's credentials for the filter: with an empty `query`
    /// the most named ones; else those whose ESCO label (in `lang`, else English) has words
    /// starting with the query's, best match first, then skills outside ESCO whose URI
    /// contains the query.
    pub fn skill_choices(
        &self,
        esco: &EscoDb,
        query: &str,
        lang: &str,
        limit: usize,
    ) -> Result<Vec<SkillChoice>> {
        let counts = self.store.card_skill_counts()?;
        let count_of: HashMap<&str, u64> = counts.iter().map(|(u, n)| (u.as_str(), *n)).collect();
        let choice = |uri: &str, label| SkillChoice {
            uri: uri.to_string(),
            label,
            credentials: count_of.get(uri).copied().unwrap_or(0),
        };
        if query.trim().is_empty() {
            return counts
                .iter()
                .take(limit)
                .map(|(uri, _)| Ok(choice(uri, esco.label(uri, lang)?)))
                .collect();
        }
        let held: HashSet<String> = counts.iter().map(|(u, _)| u.clone()).collect();
        let mut found: Vec<SkillChoice> = esco
            .search_among(query, lang, &held, limit)?
            .into_iter()
            .map(|hit| choice(&hit.uri, Some((hit.label, hit.lang))))
            .collect();
        let wanted = normalize(query.trim());
        for (uri, _) in &counts {
            if found.len() >= limit {
                break;
            }
            if normalize(uri).contains(&wanted) && esco.label(uri, lang)?.is_none() {
                found.push(choice(uri, None));
            }
        }
        Ok(found)
    }
}
