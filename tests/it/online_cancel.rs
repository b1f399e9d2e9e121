//! Stopping "check online" half-way, against a real HTTP server on 127.0.0.1 that holds one
//! answer back until the test lets it go: the check returns at once with `cancelled`, the answer
//! fetched before the stop is kept whole with its date, the one in flight is dropped (also when
//! it arrives later), the credential not reached is untouched, and no "last refresh" mark claims
//! a refresh that did not finish.

use crate::online_http::{ob2_routes, read_path, respond, route, verified, wallet_with};
use crate::trust::ob2_bytes;
use chrono::Utc;
use erkend::online::check::check_online;
use erkend::online::{Cancel, Fetcher};
use erkend::trust::FetchCache;
use erkend::{Error, Wallet};
use std::collections::HashMap;
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

const HOST: &str = "https://badges.erkend-test.example/";
const ASSERTION: &str = "https://badges.erkend-test.example/assertions/1.json";
const BADGE: &str = "https://badges.erkend-test.example/badges/welding.json";
const ISSUER: &str = "https://badges.erkend-test.example/issuer.json";
/// How long the held answer waits at most (the test releases it long before).
const HOLD_AT_MOST: Duration = Duration::from_secs(60);

/// What the server saw and whether the held answer may go.
#[derive(Default)]
struct Log {
    accepted: usize,
    requested: Vec<String>,
    answered: Vec<String>,
    released: bool,
}

/// An HTTP/1.1 server (one thread per connection) that answers `held` only once released.
struct SlowServer {
    port: u16,
    log: Arc<(Mutex<Log>, Condvar)>,
}

impl SlowServer {
    fn start(routes: HashMap<String, Vec<u8>>, held: &str) -> SlowServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let log: Arc<(Mutex<Log>, Condvar)> = Arc::default();
        let (routes, held, shared) = (Arc::new(routes), held.to_string(), log.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                shared.0.lock().expect("log").accepted += 1;
                let (routes, held, log) = (routes.clone(), held.clone(), shared.clone());
                std::thread::spawn(move || answer(stream, &routes, &held, &log));
            }
        });
        SlowServer { port, log }
    }

    fn fetcher(&self, cancel: &Cancel) -> Fetcher {
        let base = format!("http://127.0.0.1:{}/b/", self.port);
        Fetcher::with_loopback_rewrites(vec![(HOST.into(), base)])
            .expect("fetcher")
            .with_cancel(cancel.clone())
    }

    /// Waits until `path` was asked for (or answered, with `answered`).
    fn wait_for(&self, path: &str, answered: bool) {
        let (lock, ready) = &*self.log;
        let log = lock.lock().expect("log");
        let (_log, timeout) = ready
            .wait_timeout_while(log, HOLD_AT_MOST, |l| {
                let seen = if answered { &l.answered } else { &l.requested };
                !seen.iter().any(|p| p == path)
            })
            .expect("log");
        assert!(!timeout.timed_out(), "{path} never came");
    }

    fn release(&self) {
        let (lock, ready) = &*self.log;
        lock.lock().expect("log").released = true;
        ready.notify_all();
    }

    fn requested(&self) -> Vec<String> {
        self.log.0.lock().expect("log").requested.clone()
    }
}

fn answer(
    mut stream: TcpStream,
    routes: &HashMap<String, Vec<u8>>,
    held: &str,
    log: &(Mutex<Log>, Condvar),
) {
    let Some(path) = read_path(&mut stream) else {
        return;
    };
    let (lock, ready) = log;
    lock.lock().expect("log").requested.push(path.clone());
    ready.notify_all();
    if path == held {
        let guard = lock.lock().expect("log");
        let _ = ready.wait_timeout_while(guard, HOLD_AT_MOST, |l| !l.released);
    }
    let (status, body) = route(routes, &path);
    respond(&mut stream, status, &body);
    lock.lock().expect("log").answered.push(path);
    ready.notify_all();
}

fn ob2_and_second() -> HashMap<String, Vec<u8>> {
    let mut routes = ob2_routes("/b/");
    routes.insert("/b/assertions/2.json".into(), second_assertion());
    routes
}

/// A second hosted assertion (same badge), so that "check all" has one credential not reached.
fn second_assertion() -> Vec<u8> {
    let mut doc: serde_json::Value = serde_json::from_slice(&ob2_bytes()).expect("json");
    doc["id"] = "https://badges.erkend-test.example/assertions/2.json".into();
    serde_json::to_vec(&doc).expect("json")
}

#[test]
fn cancel_mid_way_keeps_whole_dated_answers_and_claims_no_refresh() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut wallet, ids) = wallet_with(dir.path(), &[&ob2_bytes(), &second_assertion()]);
    let (first, second) = (ids[0].clone(), ids[1].clone());
    let verdicts =
        |w: &Wallet| [&first, &second].map(|id| format!("{:?}", w.show(id).expect("show").verdict));
    let before = verdicts(&wallet);
    let cache = FetchCache::new(&wallet.public_dir());

    let server = SlowServer::start(ob2_and_second(), "/b/badges/welding.json");
    let cancel = Cancel::default();
    let fetcher = server.fetcher(&cancel);
    let (checked, wallet) = std::thread::scope(|scope| {
        let run = scope.spawn(move || {
            let checked = check_online(&mut wallet, None, &fetcher, &mut |_, _| {});
            (checked, wallet)
        });
        server.wait_for("/b/badges/welding.json", false);
        cancel.cancel();
        // Returns while the server still holds the badge back: the stop did not wait for it.
        run.join().expect("check thread")
    });
    let checked = checked.expect("a cancelled check is an answer, not an error");
    assert!(checked.cancelled);
    assert!(server
        .log
        .0
        .lock()
        .expect("log")
        .answered
        .iter()
        .all(|p| p != "/b/badges/welding.json"));

    // Exactly one credential was being checked: whichever came first.
    assert_eq!(checked.credentials.len(), 1, "{:?}", checked.credentials);
    let one = &checked.credentials[0];
    let assertion_url = if one.id == first {
        ASSERTION.to_string()
    } else {
        ASSERTION.replace("1.json", "2.json")
    };
    let untouched = if one.id == first { &second } else { &first };
    let by_url: HashMap<&str, _> = one.answers.iter().map(|a| (a.url.as_str(), a)).collect();
    assert_eq!(
        by_url.len(),
        2,
        "assertion fetched, badge stopped: {:?}",
        one.answers
    );
    let fetched = by_url[assertion_url.as_str()];
    assert!(fetched.error.is_none(), "{fetched:?}");
    let stopped = by_url[BADGE];
    assert!(matches!(&stopped.error, Some(Error::FetchCancelled { url }) if url == BADGE));
    assert_eq!(stopped.fetched_at, None);
    assert!(
        !by_url.contains_key(ISSUER),
        "nothing requested after the stop"
    );

    // The store: the answer fetched before the stop is whole and dated; the one in flight is
    // not kept, even once the server lets it go; no "last refresh" mark.
    let release_and_settle = || {
        server.release();
        server.wait_for("/b/badges/welding.json", true);
        // The dropped request's own thread ends right after the answer; give it the moment.
        std::thread::sleep(Duration::from_millis(300));
    };
    release_and_settle();
    let kept = cache.get(&assertion_url).expect("assertion kept");
    assert_eq!(kept.status, 200);
    assert_eq!(
        kept.bytes(),
        if one.id == first {
            ob2_bytes()
        } else {
            second_assertion()
        },
        "kept whole"
    );
    let fetched_at = kept.fetched().expect("dated");
    // Dates are kept to the second.
    let started = checked.at - chrono::Duration::seconds(1);
    assert!(
        fetched_at >= started && fetched_at <= Utc::now(),
        "{fetched_at}"
    );
    assert_eq!(Some(fetched_at), fetched.fetched_at);
    assert!(
        cache.get(BADGE).is_none(),
        "the answer in flight was dropped"
    );
    assert!(cache.get(ISSUER).is_none());
    assert_eq!(
        cache.last_refresh(),
        None,
        "a stopped check is not a refresh"
    );
    assert_eq!(
        server.requested().len(),
        2,
        "only the assertion and the badge were asked for: {:?}",
        server.requested()
    );

    // The credential being checked was verified again against what is kept (and is not
    // verified yet: its badge is missing); the other one is as it was.
    let mut wallet = wallet;
    let after = verdicts(&wallet);
    let untouched_index = usize::from(untouched == &second);
    assert_eq!(after[untouched_index], before[untouched_index]);
    assert_ne!(verified(&wallet, &one.id), Some(true));

    // A check that runs to its end fetches the rest, verifies both and marks the refresh.
    let done = check_online(
        &mut wallet,
        None,
        &server.fetcher(&Cancel::default()),
        &mut |_, _| {},
    )
    .expect("online");
    assert!(!done.cancelled);
    assert_eq!(done.credentials.len(), 2);
    for id in [&first, &second] {
        assert_eq!(verified(&wallet, id), Some(true), "{id}");
    }
    assert!(cache.last_refresh().is_some());
}

#[test]
fn cancelled_before_it_starts_connects_to_nothing_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut wallet, ids) = wallet_with(dir.path(), &[&ob2_bytes()]);
    let id = &ids[0];
    let server = SlowServer::start(ob2_and_second(), "");
    let cancel = Cancel::default();
    cancel.cancel();
    let mut steps = 0;
    let checked = check_online(
        &mut wallet,
        Some(id),
        &server.fetcher(&cancel),
        &mut |_, _| steps += 1,
    )
    .expect("cancelled");
    assert!(checked.cancelled && checked.credentials.is_empty() && checked.lists.is_empty());
    assert_eq!(steps, 0);
    assert_eq!(
        server.log.0.lock().expect("log").accepted,
        0,
        "no connection at all"
    );
    assert!(!wallet.public_dir().cache_dir().exists(), "nothing written");
}
