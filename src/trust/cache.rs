//! The fetch cache: every document an online refresh fetched, with the date and the address it
//! really came from. Read offline by the key resolver, the status checks and the hosted check;
//! written only by `online::refresh`.

use super::public::{read_file, stamp, write_file, PublicDir};
use crate::verify::{parse_date, DocumentSource};
use crate::Result;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// One fetched document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cached {
    /// The URL asked for (as the credential names it).
    pub url: String,
    /// The URL the bytes came from (after redirects; in tests, after rewriting).
    pub source: String,
    /// HTTP status code.
    pub status: u16,
    /// `Content-Type` as sent.
    pub content_type: Option<String>,
    /// When it was fetched (RFC 3339).
    pub fetched_at: String,
    /// The body, base64.
    pub body: String,
}

impl Cached {
    /// A record for a fetched body.
    pub fn new(
        url: &str,
        source: &str,
        status: u16,
        content_type: Option<String>,
        at: DateTime<Utc>,
        body: &[u8],
    ) -> Cached {
        Cached {
            url: url.to_string(),
            source: source.to_string(),
            status,
            content_type,
            fetched_at: stamp(at),
            body: STANDARD.encode(body),
        }
    }

    /// The body bytes.
    pub fn bytes(&self) -> Vec<u8> {
        STANDARD.decode(&self.body).unwrap_or_default()
    }

    /// The body as JSON, when it is JSON and the fetch succeeded.
    pub fn json(&self) -> Option<Value> {
        if !(200..300).contains(&self.status) {
            return None;
        }
        serde_json::from_slice(&self.bytes()).ok()
    }

    /// When it was fetched.
    pub fn fetched(&self) -> Option<DateTime<Utc>> {
        parse_date(&self.fetched_at)
    }
}

/// The cache folder.
#[derive(Debug, Clone)]
pub struct FetchCache {
    dir: PathBuf,
}

impl FetchCache {
    /// The cache in a public-data folder (created on first write).
    pub fn new(public: &PublicDir) -> FetchCache {
        FetchCache {
            dir: public.cache_dir(),
        }
    }

    fn path(&self, url: &str) -> PathBuf {
        self.dir.join(format!(
            "{}.json",
            hex::encode(Sha256::digest(url.as_bytes()))
        ))
    }

    /// The record for `url` (without fragment), if one was kept. A damaged record counts as
    /// absent: the next refresh replaces it.
    pub fn get(&self, url: &str) -> Option<Cached> {
        let bytes = read_file(&self.path(url)).ok().flatten()?;
        let cached: Cached = serde_json::from_slice(&bytes).ok()?;
        (cached.url == url).then_some(cached)
    }

    /// Keeps a record, replacing an older one for the same URL.
    pub fn put(&self, cached: &Cached) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(cached).unwrap_or_default();
        write_file(&self.path(&cached.url), &bytes)
    }

    /// When an online refresh last ran, if ever.
    pub fn last_refresh(&self) -> Option<DateTime<Utc>> {
        let bytes = read_file(&self.dir.join("last-refresh")).ok().flatten()?;
        parse_date(String::from_utf8_lossy(&bytes).trim())
    }

    /// Records that an online refresh ran at `at`.
    pub fn mark_refresh(&self, at: DateTime<Utc>) -> Result<()> {
        write_file(&self.dir.join("last-refresh"), stamp(at).as_bytes())
    }
}

impl DocumentSource for FetchCache {
    fn document(&self, url: &str) -> Option<Value> {
        self.get(url).and_then(|c| c.json())
    }
}
