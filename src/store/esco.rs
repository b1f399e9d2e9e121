//! The ESCO database: a read-only SQLite file with an FTS5 index over every label, separate
//! from the learner's wallet (public data, so not encrypted, and replaceable as a whole).
//!
//! It is built once from the dataset compiled into the binary ([`crate::esco::dataset`]) into a
//! temporary file beside its path and renamed into place, so a half-built database is never
//! used. A database built from another dataset version is rebuilt.

use crate::esco::{dataset, normalize, tokens, Kind, SearchHit};
use crate::{Error, Result};
use flate2::read::GzDecoder;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE concept (
    id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    skill_type TEXT, reuse_level TEXT, isco_code TEXT
) STRICT;
CREATE TABLE label (
    id INTEGER PRIMARY KEY, concept INTEGER NOT NULL, lang TEXT NOT NULL,
    role TEXT NOT NULL, label TEXT NOT NULL
) STRICT;
CREATE INDEX label_by_concept ON label(concept, lang, role);
CREATE VIRTUAL TABLE label_fts USING fts5(
    norm, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE relation (
    occupation INTEGER NOT NULL, skill INTEGER NOT NULL, essential INTEGER NOT NULL,
    PRIMARY KEY (occupation, skill)
) STRICT, WITHOUT ROWID;
CREATE INDEX relation_by_skill ON relation(skill);
CREATE TABLE broader (
    child INTEGER NOT NULL, parent INTEGER NOT NULL, PRIMARY KEY (child, parent)
) STRICT, WITHOUT ROWID;
CREATE INDEX broader_by_parent ON broader(parent);
";

/// How many candidate labels a search ranks in detail. SQLite orders all matches cheaply (the
/// asked language first, preferred labels, shorter labels — the ones most likely to equal or
/// start with the query); only these few are normalised and scored, which keeps a short prefix
/// like "progr" (thousands of matches) fast.
const CANDIDATES: usize = 300;

/// An open ESCO database.
pub struct EscoDb {
    conn: Connection,
}

impl std::fmt::Debug for EscoDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EscoDb").finish_non_exhaustive()
    }
}

/// One occupation's skill requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// Skill URI.
    pub skill: String,
    /// Essential (true) or optional (false).
    pub essential: bool,
}

impl EscoDb {
    /// The default location: `<data dir>/erkend/esco-<dataset id>.db`, or `ERKEND_ESCO_DB`.
    pub fn default_path() -> PathBuf {
        if let Some(p) = std::env::var_os("ERKEND_ESCO_DB") {
            return PathBuf::from(p);
        }
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("erkend")
            .join(format!("esco-{}.db", dataset::id()))
    }

    /// Opens the database at `path`, building it first when it is missing or from another
    /// dataset. `progress(done, total)` is called while building (total = number of labels).
    pub fn open_or_build(path: &Path, progress: &mut dyn FnMut(usize, usize)) -> Result<EscoDb> {
        if let Some(db) = Self::open_current(path)? {
            return Ok(db);
        }
        build(path, progress)?;
        Self::open_current(path)?.ok_or_else(|| Error::EscoData {
            detail: "the database could not be built".into(),
        })
    }

    fn open_current(path: &Path) -> Result<Option<EscoDb>> {
        if !path.is_file() {
            return Ok(None);
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let id: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'dataset'", [], |r| {
                r.get(0)
            })
            .optional()
            .unwrap_or(None);
        Ok((id.as_deref() == Some(dataset::id().as_str())).then_some(EscoDb { conn }))
    }

    /// Prefix search over the labels of `lang` and English (`lang` ranked first), one hit per
    /// concept, best first.
    pub fn search(
        &self,
        query: &str,
        lang: &str,
        kind: Option<Kind>,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let terms = tokens(query);
        if terms.is_empty() || limit == 0 {
            return Ok(vec![]);
        }
        // Each token as a quoted prefix term, all required.
        let fts_query = terms
            .iter()
            .map(|t| format!("\"{}\"*", t.replace('"', "")))
            .collect::<Vec<_>>()
            .join(" ");
        let lang = primary_language(lang);
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.concept, l.lang, l.role, l.label, c.uri, c.kind
               FROM label_fts f JOIN label l ON l.id = f.rowid JOIN concept c ON c.id = l.concept
              WHERE label_fts MATCH ?1 AND l.lang IN (?2, 'en')
                AND (?3 IS NULL OR c.kind = ?3)
              ORDER BY l.lang = ?2 DESC, l.role = 'p' DESC, length(l.label)
              LIMIT ?4",
        )?;
        let norm_query = normalize(query.trim());
        let mut best: HashMap<i64, (f64, SearchHit)> = HashMap::new();
        let rows = stmt.query_map(
            params![fts_query, lang, kind.map(Kind::code), CANDIDATES as i64],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        )?;
        for row in rows {
            let (concept, label_lang, role, label, uri, kind_code) = row?;
            let score = score(&norm_query, &normalize(&label), label_lang == lang, &role);
            let Some(kind) = Kind::from_code(&kind_code) else {
                continue;
            };
            let better = best.get(&concept).is_none_or(|(s, _)| score > *s);
            if better {
                best.insert(
                    concept,
                    (
                        score,
                        SearchHit {
                            uri,
                            kind,
                            label,
                            lang: label_lang,
                            score,
                        },
                    ),
                );
            }
        }
        let mut hits: Vec<(i64, SearchHit)> = best.into_iter().map(|(c, (_, h))| (c, h)).collect();
        hits.sort_by(|(_, a), (_, b)| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.label.chars().count().cmp(&b.label.chars().count()))
                .then_with(|| a.uri.cmp(&b.uri))
        });
        hits.truncate(limit);
        // Show the preferred label in the requested language when ESCO has one.
        for (concept, hit) in &mut hits {
            if hit.lang != lang {
                if let Some(label) = self.preferred_label_by_id(*concept, lang)? {
                    hit.label = label;
                    hit.lang = lang.to_string();
                }
            }
        }
        Ok(hits.into_iter().map(|(_, h)| h).collect())
    }

    /// The preferred label of a concept in `lang`, else in English (with the language it is in).
    pub fn label(&self, uri: &str, lang: &str) -> Result<Option<(String, String)>> {
        let lang = primary_language(lang);
        let id: Option<i64> = self
            .conn
            .query_row("SELECT id FROM concept WHERE uri = ?1", [uri], |r| r.get(0))
            .optional()?;
        let Some(id) = id else { return Ok(None) };
        for l in [lang, "en"] {
            if let Some(label) = self.preferred_label_by_id(id, l)? {
                return Ok(Some((label, l.to_string())));
            }
        }
        Ok(None)
    }

    /// The skills an occupation requires, essential first.
    pub fn requirements(&self, occupation_uri: &str) -> Result<Vec<Requirement>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.uri, r.essential FROM relation r
               JOIN concept o ON o.id = r.occupation JOIN concept s ON s.id = r.skill
              WHERE o.uri = ?1 ORDER BY r.essential DESC, s.uri",
        )?;
        let rows = stmt.query_map([occupation_uri], |r| {
            Ok(Requirement {
                skill: r.get(0)?,
                essential: r.get::<_, i64>(1)? == 1,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every occupation with its requirements (for ranking all occupations in memory).
    pub fn all_requirements(&self) -> Result<Vec<(String, Vec<Requirement>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.uri, s.uri, r.essential FROM relation r
               JOIN concept o ON o.id = r.occupation JOIN concept s ON s.id = r.skill
              ORDER BY o.uri",
        )?;
        let mut out: Vec<(String, Vec<Requirement>)> = Vec::new();
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)? == 1,
            ))
        })?;
        for row in rows {
            let (occupation, skill, essential) = row?;
            match out.last_mut() {
                Some((o, reqs)) if *o == occupation => reqs.push(Requirement { skill, essential }),
                _ => out.push((occupation, vec![Requirement { skill, essential }])),
            }
        }
        Ok(out)
    }

    /// The ESCO skill type and reuse level of a skill (for ordering a route), `None` when the
    /// URI is not in the dataset.
    pub fn skill_info(&self, uri: &str) -> Result<Option<crate::route::SkillInfo>> {
        Ok(self
            .conn
            .prepare_cached("SELECT skill_type, reuse_level FROM concept WHERE uri = ?1")?
            .query_row([uri], |r| {
                Ok(crate::route::SkillInfo {
                    skill_type: r.get(0)?,
                    reuse_level: r.get(1)?,
                })
            })
            .optional()?)
    }

    /// True when `uri` is an occupation in the dataset.
    pub fn is_occupation(&self, uri: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM concept WHERE uri = ?1 AND kind = 'o'")?
            .query_row([uri], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// The broader concepts of a concept (skill groups, broader skills or occupations).
    pub fn broader(&self, uri: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.uri FROM broader b JOIN concept c ON c.id = b.child
               JOIN concept p ON p.id = b.parent WHERE c.uri = ?1 ORDER BY p.uri",
        )?;
        let rows = stmt.query_map([uri], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn preferred_label_by_id(&self, concept: i64, lang: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT label FROM label WHERE concept = ?1 AND lang = ?2 AND role = 'p' LIMIT 1",
            )?
            .query_row(params![concept, lang], |r| r.get(0))
            .optional()?)
    }
}

/// Ranking: the query's language first, preferred labels over alternatives, a label that
/// equals or starts with the whole query over one that merely contains the words.
fn score(norm_query: &str, norm_label: &str, in_language: bool, role: &str) -> f64 {
    let matchness = if norm_label == norm_query {
        1.0
    } else if norm_label.starts_with(norm_query) {
        0.85
    } else {
        0.7
    };
    let role = match role {
        "p" => 1.0,
        "a" => 0.9,
        _ => 0.8,
    };
    let language = if in_language { 1.0 } else { 0.75 };
    matchness * role * language
}

fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

fn build(path: &Path, progress: &mut dyn FnMut(usize, usize)) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut building = path.as_os_str().to_owned();
    building.push(".building");
    let building = PathBuf::from(building);
    let _ = std::fs::remove_file(&building);
    let mut conn = Connection::open(&building)?;
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO concept(id, uri, kind, skill_type, reuse_level, isco_code)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for_each_row(dataset::CONCEPTS, |cols| {
            let dash = |s: &str| (s != "-").then(|| s.to_string());
            insert.execute(params![
                parse_index(cols[0])?,
                cols[1],
                cols[2],
                dash(cols[3]),
                dash(cols[4]),
                dash(cols[5])
            ])?;
            Ok(())
        })?;
        let total = count_lines(dataset::LABELS)?;
        let mut label = tx.prepare(
            "INSERT INTO label(id, concept, lang, role, label) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut fts = tx.prepare("INSERT INTO label_fts(rowid, norm) VALUES (?1, ?2)")?;
        let mut done = 0usize;
        for_each_row(dataset::LABELS, |cols| {
            let id = done as i64 + 1;
            label.execute(params![
                id,
                parse_index(cols[0])?,
                cols[1],
                cols[2],
                cols[3]
            ])?;
            fts.execute(params![id, normalize(cols[3])])?;
            done += 1;
            if done % 10_000 == 0 || done == total {
                progress(done, total);
            }
            Ok(())
        })?;
        let mut relation =
            tx.prepare("INSERT INTO relation(occupation, skill, essential) VALUES (?1, ?2, ?3)")?;
        for_each_row(dataset::RELATIONS, |cols| {
            relation.execute(params![
                parse_index(cols[0])?,
                parse_index(cols[1])?,
                i64::from(cols[2] == "e")
            ])?;
            Ok(())
        })?;
        let mut broader = tx.prepare("INSERT INTO broader(child, parent) VALUES (?1, ?2)")?;
        for_each_row(dataset::BROADER, |cols| {
            broader.execute(params![parse_index(cols[0])?, parse_index(cols[1])?])?;
            Ok(())
        })?;
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('dataset', ?1), ('versions', ?2)",
            params![dataset::id(), dataset::VERSIONS],
        )?;
    }
    tx.commit()?;
    conn.execute_batch("INSERT INTO label_fts(label_fts) VALUES ('optimize'); VACUUM;")?;
    drop(conn);
    std::fs::rename(&building, path)?;
    Ok(())
}

fn for_each_row(gz: &[u8], mut f: impl FnMut(&[&str]) -> Result<()>) -> Result<()> {
    let reader = BufReader::new(GzDecoder::new(gz));
    for line in reader.lines() {
        let line = line?;
        let cols: Vec<&str> = line.split('\t').collect();
        f(&cols)?;
    }
    Ok(())
}

fn count_lines(gz: &[u8]) -> Result<usize> {
    Ok(BufReader::new(GzDecoder::new(gz)).lines().count())
}

fn parse_index(s: &str) -> Result<i64> {
    s.parse().map_err(|_| Error::EscoData {
        detail: format!("bad index {s:?}"),
    })
}
