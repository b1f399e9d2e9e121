//! "Check online" as the app runs it, for one stored credential or for all of them and the
//! installed trust lists: only when the learner presses the button, with progress, and with the
//! date of every answer it leaves behind.
//!
//! Guarantee: without a network it fails with [`Error::Offline`] *before anything is written* —
//! no cache entry, no "last refreshed" mark, no new verdict. It first checks that the servers it
//! needs can be reached at all (name lookup and a TCP connection to the first few distinct
//! hosts; no request is sent), because the fetches themselves cannot tell "no network" from
//! "this server said no", and a refresh that ran offline would still mark itself as done.
//!
//! Cancelled (the fetcher's [`super::Cancel`]), it stops before the next request and returns
//! what it did with `cancelled` set: the answers fetched until then are kept (each written whole
//! with its own date; throwing them away would only make the learner fetch them again), the
//! credential being checked is verified again against them, credentials not reached are left as
//! they were, and the "last refresh" mark is not written — it is written only by a run that
//! checked everything it set out to check.

use super::age::Age;
use super::{refresh_one_stored, refresh_trust_lists, Fetcher, RefreshReport, CONNECT_TIMEOUT};
use crate::import;
use crate::trust::{FetchCache, Installed};
use crate::verify::Verdict;
use crate::{Error, Result, Wallet};
use chrono::{DateTime, Utc};
use std::net::{TcpStream, ToSocketAddrs};

/// Distinct hosts tried before the network counts as unreachable.
const HOSTS_TRIED: usize = 3;

/// One document a check needed: fetched now, or failed now (then the older kept answer, if any,
/// still stands and its date says how old it is).
#[derive(Debug)]
pub struct Answer {
    /// The URL as the credential or trust list names it.
    pub url: String,
    /// Why it could not be fetched now; `None` when it was.
    pub error: Option<Error>,
    /// When the answer now kept for this URL was fetched (`None`: nothing kept).
    pub fetched_at: Option<DateTime<Utc>>,
    /// How old that answer was when the check started, as it is said.
    pub age: Age,
}

/// What checking one credential online gave.
#[derive(Debug)]
pub struct CredentialCheck {
    /// The wallet's id of the credential.
    pub id: String,
    /// Its name, for the result list.
    pub name: String,
    /// Each document its checks needed.
    pub answers: Vec<Answer>,
    /// Its verdict after verifying it again with what is known now.
    pub verdict: Option<Verdict>,
}

/// The whole result of a "check online".
#[derive(Debug)]
pub struct OnlineCheck {
    /// When the check ran.
    pub at: DateTime<Utc>,
    /// Installed trust lists that name where newer versions are published (only for "all").
    pub lists: Vec<Answer>,
    /// The credentials checked (those whose checks need nothing online are left out; after a
    /// cancel, also those not reached).
    pub credentials: Vec<CredentialCheck>,
    /// True when the learner stopped the check before it was done.
    pub cancelled: bool,
}

impl OnlineCheck {
    fn empty(at: DateTime<Utc>, cancelled: bool) -> OnlineCheck {
        OnlineCheck {
            at,
            lists: Vec::new(),
            credentials: Vec::new(),
            cancelled,
        }
    }
}

/// Checks credential `one` (or, with `None`, every credential and the installed trust lists)
/// online, then verifies each again. `progress(done, total)` is called before each step. A
/// cancel through the fetcher's flag ends it early with `cancelled` set (see the module docs).
pub fn check_online(
    wallet: &mut Wallet,
    one: Option<&str>,
    fetcher: &Fetcher,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<OnlineCheck> {
    let at = Utc::now();
    let ids: Vec<String> = match one {
        Some(id) => vec![wallet.show(id)?.id],
        None => wallet.list()?.into_iter().map(|c| c.id).collect(),
    };
    // Only credentials whose checks need something online take part. Each is parsed again
    // when its turn comes: holding every parsed credential through a check of a large wallet
    // costs more memory than a second parse costs time next to the fetches.
    let mut needs = Vec::new();
    let mut first_urls = Vec::new();
    for id in ids {
        let urls = super::plan::first_urls(&import::parse(&wallet.original_bytes(&id)?)?);
        if !urls.is_empty() {
            first_urls.extend(urls);
            needs.push(id);
        }
    }
    let public = wallet.public_dir();
    let installed = Installed::new(&public);
    if one.is_none() {
        first_urls.extend(
            installed
                .load(at)?
                .into_iter()
                .filter_map(|l| l.list.source),
        );
    }
    if first_urls.is_empty() {
        return Ok(OnlineCheck::empty(at, false));
    }
    match reach_any(fetcher, &first_urls) {
        Err(Error::FetchCancelled { .. }) => return Ok(OnlineCheck::empty(at, true)),
        other => other?,
    }

    let cache = FetchCache::new(&public);
    let total = needs.len() + usize::from(one.is_none());
    let mut lists = Vec::new();
    if one.is_none() {
        progress(0, total);
        for (url, outcome) in refresh_trust_lists(&installed, fetcher)? {
            // A list is installed, not cached: a list checked now is as of now, and one that
            // failed keeps its installed version, whose check date is not known here.
            let fetched_at = outcome.is_ok().then(Utc::now);
            lists.push(Answer {
                fetched_at,
                age: Age::between(fetched_at, at),
                error: outcome.err(),
                url,
            });
        }
    }
    let offset = total - needs.len();
    let mut credentials = Vec::with_capacity(needs.len());
    for (n, id) in needs.iter().enumerate() {
        if fetcher.is_cancelled() {
            break;
        }
        progress(offset + n, total);
        let report = refresh_one_stored(wallet, id, fetcher, &cache, &mut |_, _, _| {})?;
        let stored = wallet.show(id)?;
        credentials.push(CredentialCheck {
            id: id.clone(),
            name: stored.credential.name.clone(),
            answers: answers(report, &cache, at),
            verdict: stored.verdict,
        });
    }
    let cancelled = fetcher.is_cancelled();
    if !cancelled {
        cache.mark_refresh(Utc::now())?;
        progress(total, total);
    }
    Ok(OnlineCheck {
        at,
        lists,
        credentials,
        cancelled,
    })
}

fn answers(report: RefreshReport, cache: &FetchCache, at: DateTime<Utc>) -> Vec<Answer> {
    let fetched = report.fetched.into_iter().map(|(url, _)| (url, None));
    let failed = report.failed.into_iter().map(|(url, e)| (url, Some(e)));
    fetched
        .chain(failed)
        .map(|(url, error)| {
            let fetched_at = cache.get(&url).and_then(|c| c.fetched());
            Answer {
                fetched_at,
                age: Age::between(fetched_at, at),
                error,
                url,
            }
        })
        .collect()
}

/// Succeeds when at least one of the first few distinct hosts of `urls` accepts a connection.
fn reach_any(fetcher: &Fetcher, urls: &[String]) -> Result<()> {
    let mut hosts: Vec<(String, String)> = Vec::new();
    // Plain http URLs are refused, never fetched: they say nothing about the network.
    for url in urls.iter().filter(|u| u.starts_with("https://")) {
        let Ok(shown) = reqwest::Url::parse(url) else {
            continue;
        };
        let target = fetcher.target(url);
        let Ok(real) = reqwest::Url::parse(&target) else {
            continue;
        };
        let (Some(host), Some(port)) = (real.host_str(), real.port_or_known_default()) else {
            continue;
        };
        let address = match fetcher.resolved(host) {
            Some(addr) => addr.to_string(),
            None => format!("{host}:{port}"),
        };
        if hosts.iter().all(|(a, _)| *a != address) {
            hosts.push((address, shown.host_str().unwrap_or(host).to_string()));
        }
        if hosts.len() == HOSTS_TRIED {
            break;
        }
    }
    if hosts.is_empty() {
        // Nothing will be fetched (only refused addresses): nothing to reach.
        return Ok(());
    }
    let first = hosts.first().map(|(_, shown)| shown.clone());
    for (address, shown) in &hosts {
        if fetcher.is_cancelled() {
            return Err(Error::FetchCancelled { url: shown.clone() });
        }
        let Ok(addrs) = address.to_socket_addrs() else {
            continue;
        };
        for addr in addrs {
            if TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT).is_ok() {
                return Ok(());
            }
        }
    }
    Err(Error::Offline {
        host: first.unwrap_or_default(),
    })
}
