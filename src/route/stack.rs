//! Stacking: a step that groups several credentials which together make a larger one. Progress
//! is n of m items earned. An item is earned by a credential in the wallet that is aligned to
//! *all* of the item's ESCO skills, or whose achievement name equals the item's (without case,
//! surrounding space ignored); each item is earned by its first such credential in wallet
//! order, and one credential may earn several items. Verified or not: as for the other steps, the
//! route asks "is there evidence", and each credential's verdict is shown beside it.

use super::StepDetails;
use serde::Serialize;
use std::collections::HashSet;

/// A credential in the wallet, as stacking sees it.
#[derive(Debug, Clone)]
pub struct Held<'a> {
    /// Wallet id.
    pub id: &'a str,
    /// Its ESCO skills.
    pub skills: HashSet<&'a str>,
    /// Its names (credential name, achievement name).
    pub names: Vec<&'a str>,
}

/// How much of a stack is earned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StackProgress {
    /// Items earned.
    pub earned: usize,
    /// Items in the stack.
    pub total: usize,
    /// Per item, in order: the wallet id of the credential that earned it.
    pub items: Vec<Option<String>>,
}

impl StackProgress {
    /// True when every item is earned (and there is at least one).
    pub fn complete(&self) -> bool {
        self.total > 0 && self.earned == self.total
    }
}

/// The progress of a step's stack over the wallet's credentials (in wallet order).
pub fn stack_progress(details: &StepDetails, credentials: &[Held<'_>]) -> StackProgress {
    let items: Vec<Option<String>> = details
        .stack
        .iter()
        .map(|item| {
            let name = item.achievement.as_deref().map(str::trim);
            credentials
                .iter()
                .find(|c| {
                    let by_skills = !item.skills.is_empty()
                        && item.skills.iter().all(|s| c.skills.contains(s.as_str()));
                    let by_name = name.is_some_and(|n| {
                        !n.is_empty() && c.names.iter().any(|m| m.trim().eq_ignore_ascii_case(n))
                    });
                    by_skills || by_name
                })
                .map(|c| c.id.to_string())
        })
        .collect();
    StackProgress {
        earned: items.iter().filter(|i| i.is_some()).count(),
        total: items.len(),
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::super::StackItem;
    use super::*;

    #[test]
    fn items_are_earned_by_all_their_skills_or_by_name() {
        let details = StepDetails {
            stack: vec![
                StackItem {
                    skills: vec!["s:a".into(), "s:b".into()],
                    achievement: None,
                },
                StackItem {
                    skills: vec![],
                    achievement: Some("HACCP Basics".into()),
                },
                StackItem {
                    skills: vec!["s:c".into()],
                    achievement: None,
                },
            ],
            ..Default::default()
        };
        let held = [
            Held {
                id: "c1",
                skills: ["s:a"].into_iter().collect(),
                names: vec!["one"],
            },
            Held {
                id: "c2",
                skills: ["s:a", "s:b"].into_iter().collect(),
                names: vec!["two"],
            },
            Held {
                id: "c3",
                skills: HashSet::new(),
                names: vec!["haccp basics "],
            },
        ];
        let p = stack_progress(&details, &held);
        assert_eq!(
            p.items,
            [Some("c2".to_string()), Some("c3".to_string()), None]
        );
        assert_eq!((p.earned, p.total, p.complete()), (2, 3, false));
    }
}
