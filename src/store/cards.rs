//! The wallet list at scale: one card row per credential (only what a card shows and what the
//! list sorts and filters by) and a full-text index over its words and skill names.
//!
//! Guarantees:
//! - Cards and the index are written by the insert path inside the credential's own
//!   transaction, and a verdict's colour inputs with the verdict; a delete takes both with it
//!   (foreign key for the card, a trigger for the index). A crash leaves all or none.
//! - A page is a slice of one total order (every sort ends with the row id), so the pages of one
//!   query, read with nothing written in between, hold every matching credential exactly once.
//! - Search text is never FTS syntax: it is cut into normalised tokens (the ESCO search's
//!   folding: case, accents, Arabic-script variants), each quoted and prefix-matched, all
//!   required.

use super::Store;
use crate::model::{display_text, Credential};
use crate::verify::{Outcome, Trust, Verdict};
use crate::Result;
use rusqlite::types::{Type, Value};
use rusqlite::{params, params_from_iter, Transaction};

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CardSort {
    /// Newest import first.
    #[default]
    Imported,
    /// Newest issue date first (no date last).
    IssuedNewest,
    /// Oldest issue date first (no date first).
    IssuedOldest,
    /// By issuer, then name.
    Issuer,
    /// By name.
    Name,
    /// Failed first, then amber, then green.
    Status,
}

impl CardSort {
    /// The sort the UI and CLI name `date-desc`, `date-asc`, `issuer`, `name`, `status`
    /// (anything else: newest import first).
    pub fn from_name(name: &str) -> CardSort {
        match name {
            "date-desc" => CardSort::IssuedNewest,
            "date-asc" => CardSort::IssuedOldest,
            "issuer" => CardSort::Issuer,
            "name" => CardSort::Name,
            "status" => CardSort::Status,
            _ => CardSort::Imported,
        }
    }
}

/// Which cards, in which order, which slice.
#[derive(Debug, Clone, Default)]
pub struct CardQuery {
    /// Words the card's name, issuer, learner, description or skill names start with.
    pub search: Option<String>,
    /// Only this issuer (as the card shows it).
    pub issuer: Option<String>,
    /// Only credentials aligned to this skill URI.
    pub skill: Option<String>,
    /// Only this trust colour.
    pub trust: Option<Trust>,
    /// Only credentials issued in this year (`YYYY`).
    pub year: Option<String>,
    /// Order.
    pub sort: CardSort,
    /// Cards skipped.
    pub offset: u32,
    /// At most this many cards.
    pub limit: u32,
}

/// One credential as a list card shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialCard {
    /// The wallet's own id.
    pub id: String,
    /// Display name (NFC).
    pub name: String,
    /// The issuer's display name (or id).
    pub issuer: String,
    /// The learner's name, when stated.
    pub learner: Option<String>,
    /// Issue date as written.
    pub issued: Option<String>,
    /// Contract format name.
    pub format: String,
    /// Of the latest verification report.
    pub verified: Option<bool>,
    /// Trust colour with the installed trust lists applied.
    pub trust: Trust,
    /// Skill URIs the credential is aligned to.
    pub skills: Vec<String>,
}

/// One page of cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardPage {
    /// Cards matching the query (all pages).
    pub matching: u64,
    /// Credentials the list shows with no query at all.
    pub total: u64,
    /// This page.
    pub cards: Vec<CredentialCard>,
}

/// The values the list's filters offer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CardFacets {
    /// Issuers as cards show them, sorted.
    pub issuers: Vec<String>,
    /// Issue years (`YYYY`), newest first.
    pub years: Vec<String>,
}

impl Store {
    /// A page of cards. `trusted_issuers`: the issuer ids on an installed trust list now (see
    /// [`Store::card_issuer_ids`]); they turn a clean, verified card green.
    pub fn credential_cards(
        &self,
        query: &CardQuery,
        trusted_issuers: &[String],
    ) -> Result<CardPage> {
        let mut sql = Bound::default();
        let trust = trust_expression(&mut sql, trusted_issuers);
        let mut filter = String::from("c.top = 1");
        if let Some(search) = query.search.as_deref() {
            if let Some(expr) = match_expression(search) {
                let p = sql.bind(expr);
                filter.push_str(&format!(
                    " AND c.credential IN (SELECT k.owner FROM credential_text
                         JOIN credential_card k ON k.credential = credential_text.rowid
                         WHERE credential_text MATCH {p})"
                ));
            }
        }
        if let Some(issuer) = &query.issuer {
            filter.push_str(&format!(" AND c.issuer = {}", sql.bind(issuer.clone())));
        }
        if let Some(skill) = &query.skill {
            filter.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM credential_skill s
                     WHERE s.credential = c.credential AND s.uri = {})",
                sql.bind(skill.clone())
            ));
        }
        if let Some(colour) = query.trust {
            filter.push_str(&format!(" AND {trust} = {}", sql.bind(trust_rank(colour))));
        }
        if let Some(year) = &query.year {
            filter.push_str(&format!(
                " AND substr(c.issued, 1, 4) = {}",
                sql.bind(year.clone())
            ));
        }
        let order = match query.sort {
            CardSort::Imported => "c.credential DESC".to_string(),
            CardSort::IssuedNewest => "c.issued_key DESC, c.credential DESC".into(),
            CardSort::IssuedOldest => "c.issued_key ASC, c.credential ASC".into(),
            CardSort::Issuer => "c.issuer_key, c.name_key, c.credential".into(),
            CardSort::Name => "c.name_key, c.credential".into(),
            CardSort::Status => format!("{trust}, c.credential DESC"),
        };
        let matching: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM credential_card c WHERE {filter}"),
            params_from_iter(sql.params.iter()),
            |r| r.get(0),
        )?;
        let total: i64 = self.conn.query_row(
            "SELECT count(*) FROM credential_card WHERE top = 1",
            [],
            |r| r.get(0),
        )?;
        let limit = sql.bind(i64::from(query.limit));
        let offset = sql.bind(i64::from(query.offset));
        let mut stmt = self.conn.prepare(&format!(
            "SELECT cr.id, c.name, c.issuer, c.learner, c.issued, c.format, c.verified, {trust},
                    c.skills
               FROM credential_card c JOIN credential cr ON cr.rowid_ = c.credential
              WHERE {filter} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
        ))?;
        let cards = stmt
            .query_map(params_from_iter(sql.params.iter()), |r| {
                let skills: String = r.get(8)?;
                Ok(CredentialCard {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    issuer: r.get(2)?,
                    learner: r.get(3)?,
                    issued: r.get(4)?,
                    format: r.get(5)?,
                    verified: r.get(6)?,
                    trust: trust_of_rank(r.get(7)?),
                    // Written by `index_credential` from a Vec<String>; unreadable = damaged.
                    skills: serde_json::from_str(&skills).map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(8, Type::Text, Box::new(e))
                    })?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(CardPage {
            matching: matching.unsigned_abs(),
            total: total.unsigned_abs(),
            cards,
        })
    }

    /// Every distinct issuer id on a card, so the caller can ask the trust lists about each.
    pub fn card_issuer_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT issuer_id FROM credential_card WHERE issuer_id IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// True when every credential has exactly one card and one search entry, nothing else is
    /// in either, and FTS5's own integrity check passes (for tests and repair tools).
    pub fn cards_consistent(&self) -> Result<bool> {
        // FTS5's check is written as an INSERT, which an unchecked wallet refuses.
        self.check_integrity()?;
        self.conn.execute(
            "INSERT INTO credential_text(credential_text) VALUES ('integrity-check')",
            [],
        )?;
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM credential) = (SELECT count(*) FROM credential_card)
                AND (SELECT count(*) FROM credential) = (SELECT count(*) FROM credential_text)
                AND NOT EXISTS (SELECT 1 FROM credential_text t
                                 WHERE t.rowid NOT IN (SELECT rowid_ FROM credential))
                AND NOT EXISTS (SELECT 1 FROM credential_card k
                                 WHERE k.credential NOT IN (SELECT rowid_ FROM credential))",
            [],
            |r| r.get(0),
        )?)
    }

    /// The values the list's filters offer, from the cards of credentials of their own.
    pub fn card_facets(&self) -> Result<CardFacets> {
        let strings = |sql: &str| -> Result<Vec<String>> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let years = strings(
            "SELECT DISTINCT substr(issued, 1, 4) FROM credential_card
              WHERE top = 1 AND issued IS NOT NULL ORDER BY 1 DESC",
        )?;
        Ok(CardFacets {
            issuers: strings(
                "SELECT issuer FROM credential_card WHERE top = 1
                  GROUP BY issuer ORDER BY min(issuer_key), issuer",
            )?,
            years: years
                .into_iter()
                .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .collect(),
        })
    }

    /// Each skill named by the cards of credentials of their own, with how many credentials
    /// name it, most named first (the wallet's skill filter searches these).
    pub fn card_skill_counts(&self) -> Result<Vec<(String, u64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.uri, count(DISTINCT s.credential) AS n FROM credential_skill s
               JOIN credential_card c ON c.credential = s.credential AND c.top = 1
              GROUP BY s.uri ORDER BY n DESC, s.uri",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Positional parameters numbered as they are bound, so one expression can be reused.
#[derive(Default)]
struct Bound {
    params: Vec<Value>,
}

impl Bound {
    fn bind(&mut self, value: impl Into<Value>) -> String {
        self.params.push(value.into());
        format!("?{}", self.params.len())
    }
}

/// The card's trust colour as a rank (0 red, 1 amber, 2 green), as
/// `Verdict::apply_issuer_trust` decides it: red when a check failed, green when verified with
/// nothing unchecked by an issuer on a list, amber otherwise (also with no report yet).
fn trust_expression(sql: &mut Bound, trusted_issuers: &[String]) -> String {
    let trusted = if trusted_issuers.is_empty() {
        "0".to_string()
    } else {
        let ids: Vec<String> = trusted_issuers
            .iter()
            .map(|id| sql.bind(id.clone()))
            .collect();
        format!("c.issuer_id IN ({})", ids.join(", "))
    };
    format!(
        "(CASE WHEN c.verified = 0 THEN 0
               WHEN c.verified = 1 AND c.all_checked = 1 AND {trusted} THEN 2 ELSE 1 END)"
    )
}

fn trust_rank(trust: Trust) -> i64 {
    match trust {
        Trust::Red => 0,
        Trust::Amber => 1,
        Trust::Green => 2,
    }
}

fn trust_of_rank(rank: i64) -> Trust {
    match rank {
        0 => Trust::Red,
        2 => Trust::Green,
        _ => Trust::Amber,
    }
}

/// The FTS5 query for what a person typed: every token quoted (so `"`, `*`, `(`, `-`, `NEAR`,
/// `OR` are words, never syntax) and prefix-matched; `None` when nothing searchable is left.
pub fn match_expression(text: &str) -> Option<String> {
    let terms: Vec<String> = crate::esco::tokens(text)
        .iter()
        .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Writes the card and the index entry of a newly inserted credential (inside its transaction).
pub(super) fn index_credential(
    tx: &Transaction<'_>,
    rowid: i64,
    parent: Option<i64>,
    credential: &Credential,
    format: &str,
) -> Result<()> {
    let c = credential;
    let name = display_text(c.display_name());
    let issuer = display_text(c.issuer_label());
    let issued_key = c.issued.as_deref().map(|d| {
        crate::verify::parse_date(d)
            .map(crate::wallet::now_rfc3339)
            .unwrap_or_else(|| d.to_string())
    });
    tx.execute(
        "INSERT INTO credential_card(credential, top, owner, name, name_key, issuer, issuer_key,
                                     issuer_id, learner, issued, issued_key, format, skills)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            rowid,
            parent.is_none(),
            parent.unwrap_or(rowid),
            name,
            crate::esco::normalize(&name),
            issuer,
            crate::esco::normalize(&issuer),
            c.issuer.id,
            c.subject.name.as_deref().map(display_text),
            c.issued,
            issued_key,
            format,
            serde_json::to_string(&c.skills).map_err(super::credentials::json_error)?
        ],
    )?;
    let achievement = c.achievement.as_ref();
    let mut names = vec![c.name.as_str()];
    names.extend(achievement.and_then(|a| a.name.as_deref()));
    let mut descriptions: Vec<&str> = c.description.iter().map(String::as_str).collect();
    descriptions.extend(achievement.and_then(|a| a.description.as_deref()));
    let mut skills: Vec<&str> = achievement
        .map(|a| {
            a.alignments
                .iter()
                .filter_map(|al| al.target_name.as_deref())
                .collect()
        })
        .unwrap_or_default();
    skills.extend(c.learning_outcomes.iter().map(|o| o.title.as_str()));
    let words = |parts: &[&str]| crate::esco::tokens(&parts.join(" ")).join(" ");
    tx.execute(
        "INSERT INTO credential_text(rowid, name, issuer, learner, description, skills)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            rowid,
            words(&names),
            words(&[c.issuer_label()]),
            words(&[c.subject.name.as_deref().unwrap_or("")]),
            words(&descriptions),
            words(&skills)
        ],
    )?;
    Ok(())
}

/// Records what the card's colour depends on from a credential's latest verdict.
pub(super) fn set_card_verdict(tx: &Transaction<'_>, rowid: i64, verdict: &Verdict) -> Result<()> {
    let all_checked = verdict
        .checks
        .iter()
        .all(|c| c.outcome != Outcome::Unchecked);
    tx.execute(
        "UPDATE credential_card SET verified = ?1, all_checked = ?2 WHERE credential = ?3",
        params![verdict.verified, all_checked, rowid],
    )?;
    Ok(())
}

/// Schema 2's back-fill: a card and an index entry for every credential already stored, with
/// its latest verdict, inside the migration's transaction.
pub(super) fn backfill(tx: &Transaction<'_>) -> Result<()> {
    // rowid, parent, format, model JSON, latest report JSON
    type Row = (i64, Option<i64>, String, String, Option<String>);
    let rows: Vec<Row> = {
        let mut stmt = tx.prepare(
            "SELECT c.rowid_, c.parent, c.format, c.model,
                    (SELECT report FROM verification v WHERE v.credential = c.rowid_
                      ORDER BY v.id DESC LIMIT 1)
               FROM credential c ORDER BY c.rowid_",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (rowid, parent, format, model, report) in rows {
        let credential: Credential =
            serde_json::from_str(&model).map_err(super::credentials::json_error)?;
        index_credential(tx, rowid, parent, &credential, &format)?;
        if let Some(report) = report {
            let verdict: Verdict =
                serde_json::from_str(&report).map_err(super::credentials::json_error)?;
            set_card_verdict(tx, rowid, &verdict)?;
        }
    }
    Ok(())
}
