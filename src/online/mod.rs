//! The only code that touches the network, and only when the user asks ("check online" for one
//! credential or all; `erkend refresh`). Nothing here runs in the background.
//!
//! [`Fetcher`] is a blocking `reqwest` client over rustls (ring provider; no OpenSSL): https
//! only, 10 s to connect, 30 s per request, at most 3 redirects (each to https), bodies over
//! 4 MiB refused. Blocking because the core is synchronous and a refresh is a short, user-
//! started sequence of a few requests; reqwest's blocking client runs its small runtime on one
//! helper thread that lives only as long as the `Fetcher`. Callers inside an async runtime (the
//! desktop shell) call it from a blocking task.
//!
//! Tests map credential URLs to a server on 127.0.0.1 with
//! [`Fetcher::with_loopback_rewrites`]: a Rust-only constructor that no CLI option, setting or
//! environment variable reaches, and whose targets must be `http://127.0.0.1:PORT/`; every URL
//! the user's data names must still be https.
//!
//! [`refresh`] fetches what a credential's checks need ([`plan`]), follows what the fetched
//! documents lead to (BadgeClass → Issuer, status list → its key), and keeps each document in
//! the [`FetchCache`] with its date and source.

pub mod check;
pub mod plan;

use crate::import::Parsed;
use crate::trust::cache::{Cached, FetchCache};
use crate::{Error, Result};
use chrono::Utc;
use std::collections::HashSet;
use std::io::Read;
use std::time::Duration;

/// Largest document fetched.
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;
/// Redirects followed per request.
const MAX_REDIRECTS: usize = 3;
/// Documents fetched per credential at most (keys, lists, badge, issuer, and what they lead to).
const MAX_DOCUMENTS: usize = 32;
/// Time to connect.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Time for a whole request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The only host a test rewrite may point at.
const LOOPBACK: &str = "http://127.0.0.1:";

/// An HTTP client with Erkend's limits.
pub struct Fetcher {
    client: reqwest::blocking::Client,
    rewrites: Vec<(String, String)>,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher")
            .field("rewrites", &self.rewrites)
            .finish()
    }
}

impl Fetcher {
    /// A client for the real network.
    pub fn new() -> Result<Fetcher> {
        Fetcher::build(Vec::new())
    }

    /// For tests only: a client that sends every URL starting with a prefix to the matching
    /// `http://127.0.0.1:PORT/...` target instead. Any other target is refused.
    #[doc(hidden)]
    pub fn with_loopback_rewrites(rewrites: Vec<(String, String)>) -> Result<Fetcher> {
        if let Some((_, bad)) = rewrites.iter().find(|(_, to)| !to.starts_with(LOOPBACK)) {
            return Err(Error::UrlRefused { url: bad.clone() });
        }
        Fetcher::build(rewrites)
    }

    fn build(rewrites: Vec<(String, String)>) -> Result<Fetcher> {
        // reqwest is built without a bundled provider; ring is ours. A second install (another
        // Fetcher) is refused by rustls and harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let loopback = !rewrites.is_empty();
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            let secure = attempt.url().scheme() == "https"
                || (loopback && attempt.url().as_str().starts_with(LOOPBACK));
            if attempt.previous().len() >= MAX_REDIRECTS {
                attempt.error("too many redirects")
            } else if !secure {
                attempt.error("redirect to a non-https address")
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::blocking::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .redirect(policy)
            .https_only(!loopback)
            .user_agent(concat!("Erkend/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::FetchFailed {
                url: String::new(),
                reason: e.to_string(),
            })?;
        Ok(Fetcher { client, rewrites })
    }

    fn target(&self, url: &str) -> String {
        for (from, to) in &self.rewrites {
            if let Some(rest) = url.strip_prefix(from.as_str()) {
                return format!("{to}{rest}");
            }
        }
        url.to_string()
    }

    /// Fetches one https URL. A success, 404 and 410 are answers worth keeping; other statuses
    /// and network failures are errors.
    pub fn fetch(&self, url: &str) -> Result<Cached> {
        if !url.starts_with("https://") {
            return Err(Error::UrlRefused {
                url: url.to_string(),
            });
        }
        let failed = |reason: String| Error::FetchFailed {
            url: url.to_string(),
            reason,
        };
        let target = self.target(url);
        let response = self
            .client
            .get(&target)
            .header(
                "Accept",
                "application/ld+json, application/json;q=0.9, */*;q=0.1",
            )
            .send()
            .map_err(|e| failed(e.to_string()))?;
        let status = response.status().as_u16();
        if !(response.status().is_success() || status == 404 || status == 410) {
            return Err(failed(format!("HTTP {status}")));
        }
        if response.content_length().is_some_and(|n| n > MAX_BYTES) {
            return Err(Error::FetchTooLarge {
                url: url.to_string(),
                limit: MAX_BYTES,
            });
        }
        let source = response.url().to_string();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let mut body = Vec::new();
        response
            .take(MAX_BYTES + 1)
            .read_to_end(&mut body)
            .map_err(|e| failed(e.to_string()))?;
        if body.len() as u64 > MAX_BYTES {
            return Err(Error::FetchTooLarge {
                url: url.to_string(),
                limit: MAX_BYTES,
            });
        }
        Ok(Cached::new(
            url,
            &source,
            status,
            content_type,
            Utc::now(),
            &body,
        ))
    }
}

/// What a refresh did.
#[derive(Debug, Default)]
pub struct RefreshReport {
    /// URLs fetched and kept, with their HTTP status.
    pub fetched: Vec<(String, u16)>,
    /// URLs that could not be fetched, and why. What was kept before stays.
    pub failed: Vec<(String, Error)>,
}

/// Fetches what the checks of `parsed` need and keeps it in `cache`. `progress` is told each URL
/// before it is fetched, with its number and the number known so far.
pub fn refresh(
    parsed: &Parsed,
    fetcher: &Fetcher,
    cache: &FetchCache,
    progress: &mut dyn FnMut(&str, usize, usize),
) -> Result<RefreshReport> {
    let mut queue = plan::first_urls(parsed);
    let mut seen: HashSet<String> = HashSet::new();
    let mut report = RefreshReport::default();
    let mut next = 0;
    while next < queue.len() && seen.len() < MAX_DOCUMENTS {
        let url = queue[next].clone();
        next += 1;
        if !seen.insert(url.clone()) {
            continue;
        }
        progress(&url, seen.len(), queue.len());
        match fetcher.fetch(&url) {
            Ok(cached) => {
                cache.put(&cached)?;
                if let Some(doc) = cached.json() {
                    queue.extend(plan::follow_ups(&doc));
                }
                report.fetched.push((url, cached.status));
            }
            Err(e) => report.failed.push((url, e)),
        }
    }
    cache.mark_refresh(Utc::now())?;
    Ok(report)
}

/// Refreshes stored credentials of a wallet (the app's "check online" for one or all), then
/// verifies each again from its original bytes so its stored verdict says what is known now.
/// Returns each credential's report, in order.
pub fn refresh_stored(
    wallet: &mut crate::Wallet,
    ids: &[String],
    fetcher: &Fetcher,
    progress: &mut dyn FnMut(&str, usize, usize),
) -> Result<Vec<(String, RefreshReport)>> {
    let cache = FetchCache::new(&wallet.public_dir());
    let mut reports = Vec::with_capacity(ids.len());
    for id in ids {
        let parsed = crate::import::parse(&wallet.original_bytes(id)?)?;
        let report = refresh(&parsed, fetcher, &cache, progress)?;
        wallet.reverify_ids(std::slice::from_ref(id), Utc::now())?;
        reports.push((id.clone(), report));
    }
    Ok(reports)
}

/// Fetches a newer version of every installed trust list that names a `source`. A newer list
/// (later `issued`) by the same, already accepted signer replaces the old one; a list by any
/// other key is refused, as on installation. Returns per source URL whether a newer list was
/// installed, or why not.
pub fn refresh_trust_lists(
    installed: &crate::trust::Installed,
    fetcher: &Fetcher,
) -> Result<Vec<(String, Result<bool>)>> {
    let now = Utc::now();
    let mut results = Vec::new();
    for current in installed.load(now)? {
        let Some(source) = current.list.source.clone() else {
            continue;
        };
        let outcome = fetcher.fetch(&source).and_then(|cached| {
            if !(200..300).contains(&cached.status) {
                return Err(Error::FetchFailed {
                    url: source.clone(),
                    reason: format!("HTTP {}", cached.status),
                });
            }
            let fetched = crate::trust::list::open(&cached.bytes(), now)?;
            let newer = crate::verify::parse_date(&fetched.issued)
                > crate::verify::parse_date(&current.list.issued);
            if fetched.signer != current.list.signer {
                return Err(Error::TrustListUnknownSigner {
                    key: fetched.signer,
                });
            }
            if newer {
                installed.install(&cached.bytes(), None, now)?;
                installed.remove(&current.sha256)?;
            }
            Ok(newer)
        });
        results.push((source, outcome));
    }
    Ok(results)
}
