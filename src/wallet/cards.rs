//! The wallet list at scale (the facade's part): pages of cards, searched, filtered and sorted
//! in the store, coloured with the trust lists installed now.

use super::Wallet;
use crate::store::{CardFacets, CardPage, CardQuery};
use crate::Result;
use chrono::Utc;
use std::io::Write;

impl Wallet {
    /// One page of the credential list. Cards carry only what the list shows; `show` gives the
    /// whole credential. A page that meets a damaged file reports the damage
    /// (`wallet-damaged`), as [`Wallet::check_integrity`] would.
    pub fn credential_cards(&self, query: &CardQuery) -> Result<CardPage> {
        self.cards_page(query).map_err(|e| self.store.explain(e))
    }

    fn cards_page(&self, query: &CardQuery) -> Result<CardPage> {
        let now = Utc::now();
        let context = self.trust_context(now);
        let lists = context.lists();
        let trusted: Vec<String> = self
            .store
            .card_issuer_ids()?
            .into_iter()
            .filter(|id| lists.is_trusted_issuer(id, now))
            .collect();
        self.store.credential_cards(query, &trusted)
    }

    /// The values the list's filters offer (issuers, years, skills).
    pub fn card_facets(&self) -> Result<CardFacets> {
        self.store.card_facets()
    }

    /// Removes a stored credential and everything that hangs on it (nested credentials, reports,
    /// endorsements, route evidence, its card and search entry), in one transaction.
    pub fn delete_credential(&mut self, id: &str) -> Result<()> {
        self.store.delete_credential(id)
    }
}

/// `erkend list`'s optional paging and search (an extension of the contract: without them,
/// `list` prints every credential as before).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListArgs {
    /// At most this many credentials (one page).
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Skip this many credentials first.
    #[arg(long, value_name = "N")]
    pub offset: Option<u32>,
    /// Only credentials with words starting with these (name, issuer, learner, description,
    /// skill names; every word must match).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Order: date-desc, date-asc, issuer, name, status (default: newest import first).
    #[arg(long, value_name = "ORDER")]
    pub sort: Option<String>,
}

impl ListArgs {
    /// True when any option was given (the paged list answers), else the whole list does.
    pub fn is_paged(&self) -> bool {
        self.limit.is_some()
            || self.offset.is_some()
            || self.search.is_some()
            || self.sort.is_some()
    }
}

/// `erkend list` with [`ListArgs`]: the contract's list fields for one page of cards (JSON), or
/// the count of matching credentials and one line per card (text).
pub fn list_page(
    wallet: &Wallet,
    l10n: &crate::i18n::Localizer,
    json: bool,
    args: &ListArgs,
) -> Result<u8> {
    let page = wallet.credential_cards(&crate::store::CardQuery {
        search: args.search.clone(),
        sort: crate::store::CardSort::from_name(args.sort.as_deref().unwrap_or("")),
        offset: args.offset.unwrap_or(0),
        limit: args.limit.unwrap_or(u32::MAX),
        ..Default::default()
    })?;
    let mut out = std::io::stdout().lock();
    if json {
        let items: Vec<serde_json::Value> = page
            .cards
            .iter()
            .map(|c| {
                serde_json::json!({
                    "id": c.id, "name": c.name, "issuer": c.issuer, "format": c.format,
                    "issued": c.issued, "verified": c.verified, "trust": c.trust,
                    "skills": c.skills,
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&items).unwrap_or_default();
        let _ = writeln!(out, "{text}");
        return Ok(0);
    }
    let count = page.matching.to_string();
    let count = l10n.format("cli-list-count", &[("count".to_string(), count)].into());
    let _ = writeln!(out, "{count}");
    for c in &page.cards {
        let verified = l10n.text(match c.verified {
            Some(true) => "verified-true",
            Some(false) => "verified-false",
            None => "verified-null",
        });
        let issued = c.issued.as_deref().unwrap_or_default();
        let _ = writeln!(
            out,
            "{}  {}  —  {}  ({}, {issued}, {verified})",
            c.id, c.name, c.issuer, c.format
        );
    }
    Ok(0)
}
