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
//! [`Fetcher::with_loopback_rewrites`] (plain http) or [`Fetcher::with_extra_root_for_tests`]
//! (real TLS with a throwaway CA): Rust-only constructors that no CLI option, setting or
//! environment variable reaches, and whose targets must be on 127.0.0.1; every URL the user's
//! data names must still be https. A plain `http://` URL in a credential is never fetched: it is
//! reported as refused (`url-refused`), never silently skipped, and its check stays unchecked.
//!
//! A run can be cancelled ([`Cancel`], set from another thread): the fetcher stops waiting for
//! the request in flight at once (its answer, when it comes, is dropped unread) and the refresh
//! stops before the next one. What was fetched before is kept: each document is written whole,
//! atomically, with its own date, so a kept answer is as sound as one from a finished run. The
//! "last refresh" mark is written only by a run that was not cancelled.
//!
//! [`refresh`] fetches what a credential's checks need ([`plan`]), follows what the fetched
//! documents lead to (BadgeClass → Issuer, status list → its key), and keeps each document in
//! the [`FetchCache`] with its date and source.

pub mod age;
pub mod check;
pub mod plan;
pub mod tls;

use crate::import::Parsed;
use crate::trust::cache::{Cached, FetchCache};
use crate::{Error, Result};
use chrono::Utc;
use std::collections::HashSet;
use std::io::Read;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
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
/// How often a waiting fetch looks at its cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(50);

/// The learner's "Stop" for a running check online: cheap to clone, set from any thread.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// Asks the run holding this flag to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// True once [`Cancel::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// An HTTP client with Erkend's limits.
pub struct Fetcher {
    client: reqwest::blocking::Client,
    rewrites: Vec<(String, String)>,
    /// Test-only name overrides (host → loopback address), also used by the reachability probe.
    resolve: Vec<(String, SocketAddr)>,
    cancel: Cancel,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher")
            .field("rewrites", &self.rewrites)
            .field("resolve", &self.resolve)
            .field("cancel", &self.cancel)
            .finish()
    }
}

impl Fetcher {
    /// A client for the real network.
    pub fn new() -> Result<Fetcher> {
        Fetcher::build(Vec::new(), Vec::new(), None)
    }

    /// The same fetcher, stopped by `cancel` (see the module docs for what a stop keeps).
    pub fn with_cancel(mut self, cancel: Cancel) -> Fetcher {
        self.cancel = cancel;
        self
    }

    /// True once this fetcher's run was cancelled.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.is_cancelled()
    }

    /// For tests only: a client that sends every URL starting with a prefix to the matching
    /// `http://127.0.0.1:PORT/...` target instead. Any other target is refused.
    #[doc(hidden)]
    pub fn with_loopback_rewrites(rewrites: Vec<(String, String)>) -> Result<Fetcher> {
        if let Some((_, bad)) = rewrites.iter().find(|(_, to)| !to.starts_with(LOOPBACK)) {
            return Err(Error::UrlRefused { url: bad.clone() });
        }
        Fetcher::build(rewrites, Vec::new(), None)
    }

    /// For tests only: the production https client (platform verifier, https only, same limits)
    /// that also trusts the DER certificate `root` and sends each named host to an address on
    /// 127.0.0.1 instead of asking DNS. Host names are still verified against the certificate.
    #[doc(hidden)]
    pub fn with_extra_root_for_tests(
        root: &[u8],
        resolve: Vec<(String, SocketAddr)>,
    ) -> Result<Fetcher> {
        if let Some((host, addr)) = resolve.iter().find(|(_, a)| !a.ip().is_loopback()) {
            return Err(Error::UrlRefused {
                url: format!("https://{host} -> {addr}"),
            });
        }
        let root = reqwest::Certificate::from_der(root).map_err(|e| Error::FetchFailed {
            url: String::new(),
            reason: e.to_string(),
        })?;
        Fetcher::build(Vec::new(), resolve, Some(root))
    }

    fn build(
        rewrites: Vec<(String, String)>,
        resolve: Vec<(String, SocketAddr)>,
        extra_root: Option<reqwest::Certificate>,
    ) -> Result<Fetcher> {
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
        let mut builder = reqwest::blocking::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .redirect(policy)
            .https_only(!loopback)
            .user_agent(concat!("Erkend/", env!("CARGO_PKG_VERSION")));
        for (host, addr) in &resolve {
            builder = builder.resolve(host, *addr);
        }
        if let Some(root) = extra_root {
            builder = builder.tls_certs_merge([root]);
        }
        let client = builder.build().map_err(|e| Error::FetchFailed {
            url: String::new(),
            reason: e.to_string(),
        })?;
        Ok(Fetcher {
            client,
            rewrites,
            resolve,
            cancel: Cancel::default(),
        })
    }

    fn target(&self, url: &str) -> String {
        for (from, to) in &self.rewrites {
            if let Some(rest) = url.strip_prefix(from.as_str()) {
                return format!("{to}{rest}");
            }
        }
        url.to_string()
    }

    /// The address a test override sends `host` to, if any.
    fn resolved(&self, host: &str) -> Option<SocketAddr> {
        self.resolve
            .iter()
            .find(|(h, _)| h == host)
            .map(|(_, a)| *a)
    }

    /// Fetches one https URL. A success, 404 and 410 are answers worth keeping; other statuses
    /// and network failures are errors. When the run is cancelled while it waits, it returns
    /// [`Error::FetchCancelled`] at once and the answer is dropped when it comes.
    pub fn fetch(&self, url: &str) -> Result<Cached> {
        if !url.starts_with("https://") {
            return Err(Error::UrlRefused {
                url: url.to_string(),
            });
        }
        let cancelled = || Error::FetchCancelled {
            url: url.to_string(),
        };
        if self.is_cancelled() {
            return Err(cancelled());
        }
        // The request runs on its own thread so that a cancel need not wait for a slow server
        // (up to the request timeout); the thread ends by itself within that timeout.
        let (tx, rx) = mpsc::channel();
        let (client, owned, target) = (self.client.clone(), url.to_string(), self.target(url));
        std::thread::spawn(move || {
            let _ = tx.send(get(&client, &owned, &target));
        });
        loop {
            match rx.recv_timeout(CANCEL_POLL) {
                Ok(answer) => return answer,
                Err(mpsc::RecvTimeoutError::Timeout) if self.is_cancelled() => {
                    return Err(cancelled())
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(Error::FetchFailed {
                        url: url.to_string(),
                        reason: "the request thread stopped".into(),
                    })
                }
            }
        }
    }
}

/// One GET with Erkend's limits: `url` as named, `target` where it really goes.
fn get(client: &reqwest::blocking::Client, url: &str, target: &str) -> Result<Cached> {
    let failed = |reason: String| Error::FetchFailed {
        url: url.to_string(),
        reason,
    };
    let response = client
        .get(target)
        .header(
            "Accept",
            "application/ld+json, application/json;q=0.9, */*;q=0.1",
        )
        .send()
        .map_err(|e| tls::refused(url, &e).unwrap_or_else(|| failed(e.to_string())))?;
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

/// What a refresh did.
#[derive(Debug, Default)]
pub struct RefreshReport {
    /// URLs fetched and kept, with their HTTP status.
    pub fetched: Vec<(String, u16)>,
    /// URLs that could not be fetched, and why. What was kept before stays.
    pub failed: Vec<(String, Error)>,
    /// True when the run was cancelled before it had fetched everything.
    pub cancelled: bool,
}

/// Fetches what the checks of `parsed` need and keeps it in `cache`, then marks the refresh
/// (unless it was cancelled). `progress` is told each URL before it is fetched, with its number
/// and the number known so far.
pub fn refresh(
    parsed: &Parsed,
    fetcher: &Fetcher,
    cache: &FetchCache,
    progress: &mut dyn FnMut(&str, usize, usize),
) -> Result<RefreshReport> {
    let report = fetch_needed(parsed, fetcher, cache, progress)?;
    if !report.cancelled {
        cache.mark_refresh(Utc::now())?;
    }
    Ok(report)
}

/// [`refresh`] without the mark: each fetched document is kept whole with its date as it comes;
/// a cancel stops before the next request.
fn fetch_needed(
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
        if fetcher.is_cancelled() {
            report.cancelled = true;
            break;
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
            Err(e) => {
                report.cancelled |= matches!(e, Error::FetchCancelled { .. });
                report.failed.push((url, e));
            }
        }
    }
    report.cancelled |= fetcher.is_cancelled();
    Ok(report)
}

/// Refreshes stored credentials of a wallet (the CLI's `erkend refresh`), then verifies each
/// again from its original bytes so its stored verdict says what is known now, and marks the
/// refresh once, at the end, unless it was cancelled. Returns each credential's report, in
/// order; after a cancel, the ones not reached are absent.
pub fn refresh_stored(
    wallet: &mut crate::Wallet,
    ids: &[String],
    fetcher: &Fetcher,
    progress: &mut dyn FnMut(&str, usize, usize),
) -> Result<Vec<(String, RefreshReport)>> {
    let cache = FetchCache::new(&wallet.public_dir());
    let mut reports = Vec::with_capacity(ids.len());
    for id in ids {
        if fetcher.is_cancelled() {
            break;
        }
        let report = refresh_one_stored(wallet, id, fetcher, &cache, progress)?;
        reports.push((id.clone(), report));
    }
    if !fetcher.is_cancelled() {
        cache.mark_refresh(Utc::now())?;
    }
    Ok(reports)
}

/// Fetches what stored credential `id` needs, without marking the refresh, and verifies it
/// again. Verified again even when cancelled half-way: its stored verdict then says what the
/// answers kept now (each whole and dated) say.
pub(crate) fn refresh_one_stored(
    wallet: &mut crate::Wallet,
    id: &str,
    fetcher: &Fetcher,
    cache: &FetchCache,
    progress: &mut dyn FnMut(&str, usize, usize),
) -> Result<RefreshReport> {
    let parsed = crate::import::parse(&wallet.original_bytes(id)?)?;
    let report = fetch_needed(&parsed, fetcher, cache, progress)?;
    wallet.reverify_ids(&[id.to_string()], Utc::now())?;
    Ok(report)
}

/// Fetches a newer version of every installed trust list that names a `source`. A newer list
/// (later `issued`) by the same, already accepted signer replaces the old one; a list by any
/// other key is refused, as on installation. Returns per source URL whether a newer list was
/// installed, or why not. A cancel stops before the next list.
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
        if fetcher.is_cancelled() {
            break;
        }
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
