//! The ESCO database: a read-only SQLite file with an FTS5 index over every label, separate
//! from the learner's wallet (public data, so not encrypted, and replaceable as a whole).
//!
//! It is built once from the dataset compiled into the binary ([`crate::esco::dataset`]) into a
//! temporary file beside its path and renamed into place, so a half-built database is never
//! used. A database built from another dataset version is rebuilt.

use crate::esco::pillar;
use crate::esco::vacancy::Dictionary;
use crate::esco::{dataset, normalize, tokens, Kind, Pillar, SearchHit};
use crate::matching::RelationIndex;
use crate::{Error, Result};
use flate2::read::GzDecoder;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE concept (
    id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    skill_type TEXT, reuse_level TEXT, isco_code TEXT, pillar TEXT
) STRICT;
-- Label ids are given in search order: by language, then preferred before alternative before
-- hidden, then shorter first. A search reads one language's id range in id order and stops
-- after enough candidates, instead of sorting every match of a short prefix.
CREATE TABLE lang_range (lang TEXT PRIMARY KEY, lo INTEGER NOT NULL, hi INTEGER NOT NULL) STRICT;
CREATE TABLE label (
    id INTEGER PRIMARY KEY, concept INTEGER NOT NULL, lang TEXT NOT NULL,
    role TEXT NOT NULL, label TEXT NOT NULL
) STRICT;
CREATE INDEX label_by_concept ON label(concept, lang, role);
CREATE VIRTUAL TABLE label_fts USING fts5(
    norm, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE TABLE relation (
    occupation INTEGER NOT NULL, skill INTEGER NOT NULL, essential INTEGER NOT NULL,
    PRIMARY KEY (occupation, skill)
) STRICT, WITHOUT ROWID;
CREATE INDEX relation_by_skill ON relation(skill);
-- Every relation packed into one blob (occupation, skill: u32 LE; essential: u8), sorted by
-- occupation: ranking all occupations reads it in one step instead of 124k rows.
CREATE TABLE packed (name TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT;
CREATE TABLE broader (
    child INTEGER NOT NULL, parent INTEGER NOT NULL, PRIMARY KEY (child, parent)
) STRICT, WITHOUT ROWID;
CREATE INDEX broader_by_parent ON broader(parent);
";

/// How many candidate labels per language a search ranks in detail. Label ids follow search
/// order (preferred labels first, shorter first: the ones most likely to equal or start with the
/// query), so reading the first few matches of one language's id range is enough; a short prefix
/// like "progr" (thousands of matches) never sorts them all.
const CANDIDATES: usize = 150;

/// Layout of the database this code builds (4: labels in search order, per-language id ranges,
/// pillars, and FTS5 prefix indexes for 1-3 letters, which make the first keystrokes of a
/// search-as-you-type as fast as longer words; 5: relations packed in one blob); part of the key that decides whether an existing
/// file is current (a new layout rebuilds it).
const LAYOUT: u32 = 5;

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
        Self::open_or_build_until(path, progress, &|| false)
    }

    /// As [`EscoDb::open_or_build`], but a build stops once `stopped()` says so (asked with each
    /// progress step, about every 10,000 labels, and before the finished file is put in place):
    /// the half-built file is deleted and the error is `esco-stopped`; the next call builds from
    /// the start.
    pub fn open_or_build_until(
        path: &Path,
        progress: &mut dyn FnMut(usize, usize),
        stopped: &dyn Fn() -> bool,
    ) -> Result<EscoDb> {
        if let Some(db) = Self::open_current(path)? {
            return Ok(db);
        }
        // One builder at a time, across threads and processes (two app windows, parallel
        // tests): a second builder would delete the first one's half-built file under it. The
        // one that waited finds the database built and only opens it.
        let _building = build_lock(path)?;
        if let Some(db) = Self::open_current(path)? {
            return Ok(db);
        }
        build(path, progress, stopped)?;
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
        Ok((id.as_deref() == Some(current_key().as_str())).then_some(EscoDb { conn }))
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
        self.search_where(query, lang, kind, limit, Some(CANDIDATES), &|_| true)
    }

    /// As [`EscoDb::search`], but only concepts in `among` (e.g. the skills a wallet holds).
    /// Every label that matches is considered, not only the first candidates, so a rare
    /// concept of `among` is found even when thousands of others match the same prefix.
    pub fn search_among(
        &self,
        query: &str,
        lang: &str,
        among: &HashSet<String>,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        self.search_where(query, lang, None, limit, None, &|uri| among.contains(uri))
    }

    /// The search itself: `candidates` bounds the matching labels read per language (`None`:
    /// all), `keep` drops concepts before ranking.
    fn search_where(
        &self,
        query: &str,
        lang: &str,
        kind: Option<Kind>,
        limit: usize,
        candidates: Option<usize>,
        keep: &dyn Fn(&str) -> bool,
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
              WHERE label_fts MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3
                AND (?4 IS NULL OR c.kind = ?4)
              ORDER BY f.rowid LIMIT ?5",
        )?;
        let norm_query = normalize(query.trim());
        let mut best: HashMap<i64, (f64, SearchHit)> = HashMap::new();
        let mut rows = Vec::new();
        let langs: &[&str] = if lang == "en" { &["en"] } else { &[lang, "en"] };
        for &range_lang in langs {
            let Some((lo, hi)) = self.lang_range(range_lang)? else {
                continue;
            };
            let found = stmt.query_map(
                // SQLite reads a negative LIMIT as none.
                params![
                    fts_query,
                    lo,
                    hi,
                    kind.map(Kind::code),
                    candidates.map_or(-1, |c| c as i64)
                ],
                |r| {
                    // A one-letter search of a wallet's skills matches tens of thousands of
                    // labels: those of concepts the caller does not keep are not copied out.
                    let uri = r.get_ref(4)?.as_str()?;
                    if !keep(uri) {
                        return Ok(None);
                    }
                    Ok(Some((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        uri.to_string(),
                        r.get::<_, String>(5)?,
                    )))
                },
            )?;
            for row in found {
                rows.extend(row?);
            }
        }
        for (concept, label_lang, role, label, uri, kind_code) in rows {
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
            .prepare_cached("SELECT skill_type, reuse_level, pillar FROM concept WHERE uri = ?1")?
            .query_row([uri], |r| {
                Ok(crate::route::SkillInfo {
                    skill_type: r.get(0)?,
                    reuse_level: r.get(1)?,
                    pillar: r
                        .get::<_, Option<String>>(2)?
                        .as_deref()
                        .and_then(Pillar::from_code),
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

    /// The first and last label id of a language (labels are stored in search order).
    fn lang_range(&self, lang: &str) -> Result<Option<(i64, i64)>> {
        Ok(self
            .conn
            .prepare_cached("SELECT lo, hi FROM lang_range WHERE lang = ?1")?
            .query_row([lang], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// The ESCO pillar of a skill (skills, knowledge, transversal, language), `None` when the
    /// URI is not a skill in the dataset.
    pub fn pillar(&self, uri: &str) -> Result<Option<Pillar>> {
        let code: Option<Option<String>> = self
            .conn
            .prepare_cached("SELECT pillar FROM concept WHERE uri = ?1 AND kind = 's'")?
            .query_row([uri], |r| r.get(0))
            .optional()?;
        Ok(code.flatten().as_deref().and_then(Pillar::from_code))
    }

    /// Database ids of the given URIs (unknown URIs are left out).
    pub fn concept_ids<'a>(
        &self,
        uris: impl IntoIterator<Item = &'a str>,
    ) -> Result<HashMap<&'a str, i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM concept WHERE uri = ?1")?;
        let mut out = HashMap::new();
        for uri in uris {
            if let Some(id) = stmt.query_row([uri], |r| r.get(0)).optional()? {
                out.insert(uri, id);
            }
        }
        Ok(out)
    }

    /// The URI of a database id.
    pub fn uri_of(&self, id: i64) -> Result<String> {
        Ok(self
            .conn
            .prepare_cached("SELECT uri FROM concept WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    /// For each given skill id, the skills directly broader or narrower than it (skill-to-skill
    /// links only; skill groups are left out): (given, related) pairs.
    pub fn related_skills(&self, ids: impl IntoIterator<Item = i64>) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT b.parent FROM broader b JOIN concept c ON c.id = b.parent
              WHERE b.child = ?1 AND c.kind = 's'
             UNION
             SELECT b.child FROM broader b JOIN concept c ON c.id = b.child
              WHERE b.parent = ?1 AND c.kind = 's'",
        )?;
        let mut out = Vec::new();
        for id in ids {
            for other in stmt.query_map([id], |r| r.get::<_, i64>(0))? {
                out.push((id, other?));
            }
        }
        Ok(out)
    }

    /// Every occupation's requirements as ids, for ranking all occupations: one blob read and
    /// decoded (no joins, no strings, no row-by-row reading).
    pub fn relation_index(&self) -> Result<RelationIndex> {
        let blob: Vec<u8> = self
            .conn
            .prepare_cached("SELECT data FROM packed WHERE name = 'relations'")?
            .query_row([], |r| r.get(0))?;
        if !blob.len().is_multiple_of(9) {
            return Err(Error::EscoData {
                detail: "packed relations are damaged".into(),
            });
        }
        let word = |b: &[u8]| i64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        Ok(RelationIndex::from_rows(
            blob.chunks_exact(9)
                .map(|c| (word(&c[0..4]), word(&c[4..8]), c[8] == 1)),
        ))
    }

    /// The requirements of one occupation as ids.
    pub fn requirement_ids(&self, occupation: i64) -> Result<Vec<(i64, bool)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT skill, essential FROM relation WHERE occupation = ?1")?;
        let rows = stmt.query_map([occupation], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)? == 1))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The skill labels of one language that could occur in `text` — those whose first word is
    /// a word of the text (FTS5 initial-token queries) — as a vacancy dictionary. Gives the same
    /// matches as [`EscoDb::skill_dictionary`] for that text, without normalising every label.
    pub fn skill_dictionary_for(&self, text: &str, lang: &str) -> Result<Dictionary> {
        let lang = primary_language(lang);
        let mut dictionary = Dictionary::new();
        let Some((lo, hi)) = self.lang_range(lang)? else {
            return Ok(dictionary);
        };
        let words: std::collections::BTreeSet<String> = tokens(text).into_iter().collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.label, l.concept, l.role = 'p' FROM label_fts f
               JOIN label l ON l.id = f.rowid JOIN concept c ON c.id = l.concept
              WHERE label_fts MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3
                AND l.role IN ('p', 'a') AND c.kind = 's'",
        )?;
        for word in words {
            let query = format!("^\"{}\"", word.replace('"', ""));
            add_labels(&mut dictionary, stmt.query(params![query, lo, hi])?)?;
        }
        Ok(dictionary)
    }

    /// The skill labels of one language (preferred and alternative) as a vacancy dictionary.
    pub fn skill_dictionary(&self, lang: &str) -> Result<Dictionary> {
        let lang = primary_language(lang);
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.label, l.concept, l.role = 'p' FROM label l JOIN concept c ON c.id = l.concept
              WHERE l.lang = ?1 AND l.role IN ('p', 'a') AND c.kind = 's' ORDER BY l.id",
        )?;
        let mut dictionary = Dictionary::new();
        add_labels(&mut dictionary, stmt.query([lang])?)?;
        Ok(dictionary)
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

/// Packs sorted relations: occupation and skill as u32 little-endian, essential as one byte.
fn pack_relations(rows: &[(i64, i64, bool)]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(rows.len() * 9);
    for &(occupation, skill, essential) in rows {
        for id in [occupation, skill] {
            let id = u32::try_from(id).map_err(|_| Error::EscoData {
                detail: format!("index {id} out of range"),
            })?;
            out.extend_from_slice(&id.to_le_bytes());
        }
        out.push(u8::from(essential));
    }
    Ok(out)
}

/// Adds (label, concept, preferred) rows to a vacancy dictionary.
fn add_labels(dictionary: &mut Dictionary, mut rows: rusqlite::Rows<'_>) -> Result<()> {
    while let Some(r) = rows.next()? {
        dictionary.add(&r.get::<_, String>(0)?, r.get(1)?, r.get(2)?);
    }
    Ok(())
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

/// What `meta.dataset` says in a current database: the dataset id and the layout.
fn current_key() -> String {
    format!("{}-layout{LAYOUT}", dataset::id())
}

fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// An exclusive lock on `<path>.lock` (created beside the database), held until dropped.
fn build_lock(path: &Path) -> Result<std::fs::File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(PathBuf::from(name))?;
    file.lock()?;
    Ok(file)
}

fn build(
    path: &Path,
    progress: &mut dyn FnMut(usize, usize),
    stopped: &dyn Fn() -> bool,
) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut building = path.as_os_str().to_owned();
    building.push(".building");
    let building = PathBuf::from(building);
    let _ = std::fs::remove_file(&building);
    let built = build_into(&building, progress, stopped);
    if built.is_err() {
        // Stopped or failed: no half-built file is left behind.
        let _ = std::fs::remove_file(&building);
    }
    built?;
    std::fs::rename(&building, path)?;
    Ok(())
}

fn build_into(
    building: &Path,
    progress: &mut dyn FnMut(usize, usize),
    stopped: &dyn Fn() -> bool,
) -> Result<()> {
    let check = || {
        if stopped() {
            Err(Error::EscoBuildStopped)
        } else {
            Ok(())
        }
    };
    let mut conn = Connection::open(building)?;
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    {
        // The hierarchy first: a skill's pillar is stored with the concept.
        let mut parents: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut broader_rows = Vec::new();
        for_each_row(dataset::BROADER, |cols| {
            let (child, parent) = (parse_index(cols[0])?, parse_index(cols[1])?);
            parents.entry(child).or_default().push(parent);
            broader_rows.push((child, parent));
            Ok(())
        })?;
        let mut concepts = Vec::new();
        let mut roots: HashMap<i64, Pillar> = HashMap::new();
        for_each_row(dataset::CONCEPTS, |cols| {
            let dash = |s: &str| (s != "-").then(|| s.to_string());
            let id = parse_index(cols[0])?;
            if let Some(p) = Pillar::of_root(cols[1]) {
                roots.insert(id, p);
            }
            concepts.push((
                id,
                cols[1].to_string(),
                cols[2].to_string(),
                dash(cols[3]),
                dash(cols[4]),
                dash(cols[5]),
            ));
            Ok(())
        })?;
        let mut insert = tx.prepare(
            "INSERT INTO concept(id, uri, kind, skill_type, reuse_level, isco_code, pillar)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (id, uri, kind, skill_type, reuse, isco) in &concepts {
            let pillar = (kind == "s")
                .then(|| pillar::pillar_of(*id, &parents, &roots, skill_type.as_deref()).code());
            insert.execute(params![id, uri, kind, skill_type, reuse, isco, pillar])?;
        }
        // Labels in search order (see the schema): language, role, length.
        let mut labels: Vec<(String, u8, usize, i64, String)> = Vec::new();
        for_each_row(dataset::LABELS, |cols| {
            let role = match cols[2] {
                "p" => 0,
                "a" => 1,
                _ => 2,
            };
            labels.push((
                cols[1].to_string(),
                role,
                cols[3].chars().count(),
                parse_index(cols[0])?,
                cols[3].to_string(),
            ));
            Ok(())
        })?;
        labels.sort();
        let total = labels.len();
        let mut label = tx.prepare(
            "INSERT INTO label(id, concept, lang, role, label) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut fts = tx.prepare("INSERT INTO label_fts(rowid, norm) VALUES (?1, ?2)")?;
        let mut range = tx.prepare(
            "INSERT INTO lang_range(lang, lo, hi) VALUES (?1, ?2, ?2)
             ON CONFLICT(lang) DO UPDATE SET hi = excluded.hi",
        )?;
        for (done, (lang, role, _, concept, text)) in labels.iter().enumerate() {
            let id = done as i64 + 1;
            let role = ["p", "a", "h"][usize::from(*role)];
            label.execute(params![id, concept, lang, role, text])?;
            fts.execute(params![id, normalize(text)])?;
            range.execute(params![lang, id])?;
            if (done + 1) % 10_000 == 0 || done + 1 == total {
                progress(done + 1, total);
                check()?;
            }
        }
        let mut relation =
            tx.prepare("INSERT INTO relation(occupation, skill, essential) VALUES (?1, ?2, ?3)")?;
        let mut packed: Vec<(i64, i64, bool)> = Vec::new();
        for_each_row(dataset::RELATIONS, |cols| {
            let row = (parse_index(cols[0])?, parse_index(cols[1])?, cols[2] == "e");
            relation.execute(params![row.0, row.1, i64::from(row.2)])?;
            packed.push(row);
            Ok(())
        })?;
        packed.sort();
        tx.execute(
            "INSERT INTO packed(name, data) VALUES ('relations', ?1)",
            [pack_relations(&packed)?],
        )?;
        let mut broader = tx.prepare("INSERT INTO broader(child, parent) VALUES (?1, ?2)")?;
        for (child, parent) in broader_rows {
            broader.execute(params![child, parent])?;
        }
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('dataset', ?1), ('versions', ?2)",
            params![current_key(), dataset::VERSIONS],
        )?;
    }
    check()?;
    tx.commit()?;
    conn.execute_batch("INSERT INTO label_fts(label_fts) VALUES ('optimize'); VACUUM;")?;
    // Optimising and vacuuming take seconds on an old PC, with the bar at 100 %: a Stop
    // pressed meanwhile still counts.
    check()
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

fn parse_index(s: &str) -> Result<i64> {
    s.parse().map_err(|_| Error::EscoData {
        detail: format!("bad index {s:?}"),
    })
}
