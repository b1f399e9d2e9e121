//! "Check online" as the app's button runs it (`online::check`): without a network it fails with
//! `offline` and changes nothing — no kept document, no "last refresh" mark, no new verdict; with
//! the test server it fetches what each credential needs and dates every answer; a wallet whose
//! credentials need nothing online makes no connection at all.

use crate::support::fixture;
use crate::trust::{ob2_bytes, serve_ob2, Server};
use chrono::Utc;
use erkend::online::check::check_online;
use erkend::online::Fetcher;
use erkend::{Error, Wallet};
use std::net::TcpListener;
use std::path::Path;

const HOST: &str = "https://badges.erkend-test.example/";

/// A fetcher whose test host goes to a loopback port nothing listens on: the network as a
/// machine without one sees it.
fn unplugged() -> Fetcher {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    Fetcher::with_loopback_rewrites(vec![(HOST.into(), format!("http://127.0.0.1:{port}/b/"))])
        .expect("fetcher")
}

/// Every file under `dir`, with its bytes: what "changes nothing" is measured against.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push((
                path.display().to_string(),
                std::fs::read(&path).expect("read"),
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn offline_check_fails_clearly_and_changes_nothing_then_online_dates_every_answer() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut wallet = Wallet::create(&dir.path().join("wallet.db"), None).expect("wallet");
    let hosted = wallet
        .import_bytes(&ob2_bytes(), Some("assertion.json"), Utc::now())
        .expect("import hosted");
    wallet
        .import_file(&fixture("e2e/ob3-0002.json"), Utc::now())
        .expect("import did:key");
    let hosted_id = hosted.id;
    let before = wallet.show(&hosted_id).expect("show").verdict;
    let public_before = files(wallet.public_dir().root());

    let mut steps = Vec::new();
    let offline = check_online(&mut wallet, None, &unplugged(), &mut |d, t| {
        steps.push((d, t))
    });
    match offline {
        Err(Error::Offline { host }) => assert_eq!(host, "badges.erkend-test.example"),
        other => panic!("expected offline, got {other:?}"),
    }
    assert!(steps.is_empty(), "no step started: {steps:?}");
    assert_eq!(files(wallet.public_dir().root()), public_before);
    assert_eq!(
        format!("{:?}", wallet.show(&hosted_id).expect("show").verdict),
        format!("{before:?}")
    );

    let server = Server::start();
    serve_ob2(&server);
    let checked = check_online(&mut wallet, None, &server.fetcher(), &mut |d, t| {
        steps.push((d, t))
    })
    .expect("online");
    // The did:key credential needs nothing online; the hosted one needs assertion, badge, issuer.
    assert_eq!(checked.credentials.len(), 1);
    let one = &checked.credentials[0];
    assert_eq!(one.id, hosted_id);
    assert_eq!(one.answers.len(), 3, "{:?}", one.answers);
    for answer in &one.answers {
        assert!(answer.error.is_none(), "{answer:?}");
        let age = checked.at - answer.fetched_at.expect("dated");
        assert!(age.num_seconds().abs() < 60, "{answer:?}");
    }
    assert_eq!(one.verdict.as_ref().and_then(|v| v.verified), Some(true));
    assert_eq!(steps.first(), Some(&(0, 2)));
    assert_eq!(steps.last(), Some(&(2, 2)));

    // Later, offline again: the kept answers stay, with their dates.
    let again = check_online(&mut wallet, Some(&hosted_id), &unplugged(), &mut |_, _| {});
    assert!(matches!(again, Err(Error::Offline { .. })));
    assert_eq!(
        wallet
            .show(&hosted_id)
            .expect("show")
            .verdict
            .and_then(|v| v.verified),
        Some(true)
    );
}

#[test]
fn a_wallet_that_needs_nothing_online_makes_no_connection() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut wallet = Wallet::create(&dir.path().join("wallet.db"), None).expect("wallet");
    let id = wallet
        .import_file(&fixture("e2e/ob3-0002.json"), Utc::now())
        .expect("import")
        .id;
    let server = Server::start();
    for one in [None, Some(id.as_str())] {
        let checked = check_online(&mut wallet, one, &server.fetcher(), &mut |_, _| {})
            .expect("nothing to do");
        assert!(checked.credentials.is_empty() && checked.lists.is_empty());
    }
    assert_eq!(server.hits(), 0);
    assert!(matches!(
        check_online(&mut wallet, Some("nope"), &server.fetcher(), &mut |_, _| {}),
        Err(Error::CredentialNotFound { .. })
    ));
}
