//! The https path for real, on 127.0.0.1: a throwaway certificate authority and server
//! certificates made at test time (rcgen), a rustls server in the test serving the hosted OB 2.0
//! fixtures, and the production client (platform verifier, https only) told to trust that CA
//! through its test-only constructor. Shows that a hosted credential verifies over https, that a
//! certificate for another host, from an unknown CA, or out of date is refused with a typed,
//! translated error and nothing kept, and that a plain `http://` address in a credential is
//! refused visibly and never contacted.

use crate::online_http::{ob2_routes, read_path, respond, route, verified, wallet_with};
use crate::support::fixture;
use erkend::i18n::Localizer;
use erkend::online::check::check_online;
use erkend::online::tls::CertificateProblem;
use erkend::online::{self, Fetcher};
use erkend::trust::{FetchCache, PublicDir};
use erkend::{import, Error};
use rcgen::{
    date_time_ymd, BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::collections::HashMap;
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

const HOSTNAME: &str = "badges.erkend-test.example";

/// A certificate authority made for one test.
struct Ca {
    der: CertificateDer<'static>,
    issuer: Issuer<'static, KeyPair>,
}

impl Ca {
    fn new(name: &str) -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate().expect("key");
        let der = params.self_signed(&key).expect("CA").der().clone();
        Ca {
            der,
            issuer: Issuer::new(params, key),
        }
    }

    /// A server certificate for `host`, optionally valid only in 2020.
    fn server_cert(
        &self,
        host: &str,
        expired: bool,
    ) -> (CertificateDer<'static>, PrivateKeyDer<'static>) {
        let mut params = CertificateParams::new(vec![host.to_string()]).expect("params");
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        if expired {
            params.not_before = date_time_ymd(2020, 1, 1);
            params.not_after = date_time_ymd(2020, 12, 31);
        }
        let key = KeyPair::generate().expect("key");
        let cert = params.signed_by(&key, &self.issuer).expect("cert");
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        (cert.der().clone(), key)
    }
}

/// An HTTPS/1.1 server on 127.0.0.1 with one certificate; counts connections.
struct TlsServer {
    addr: SocketAddr,
    connections: Arc<AtomicUsize>,
}

impl TlsServer {
    fn start(cert: (CertificateDer<'static>, PrivateKeyDer<'static>)) -> TlsServer {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_no_client_auth()
            .with_single_cert(vec![cert.0], cert.1)
            .expect("server config");
        let config = Arc::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let connections = Arc::new(AtomicUsize::new(0));
        let (count, routes) = (connections.clone(), Arc::new(ob2_routes("/")));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                count.fetch_add(1, Ordering::SeqCst);
                let (config, routes) = (config.clone(), routes.clone());
                std::thread::spawn(move || serve(stream, config, &routes));
            }
        });
        TlsServer { addr, connections }
    }

    /// The production client, trusting `ca`, with the test host sent here.
    fn fetcher(&self, ca: &Ca) -> Fetcher {
        Fetcher::with_extra_root_for_tests(&ca.der, vec![(HOSTNAME.into(), self.addr)])
            .expect("fetcher")
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

/// One request over TLS. A refused handshake simply ends the connection.
fn serve(stream: TcpStream, config: Arc<rustls::ServerConfig>, routes: &HashMap<String, Vec<u8>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let conn = rustls::ServerConnection::new(config).expect("connection");
    let mut tls = rustls::StreamOwned::new(conn, stream);
    let Some(path) = read_path(&mut tls) else {
        return;
    };
    let (status, body) = route(routes, &path);
    respond(&mut tls, status, &body);
    tls.conn.send_close_notify();
    let _ = tls.flush();
}

fn assertion() -> Vec<u8> {
    std::fs::read(fixture("trust/ob2/assertion.json")).expect("fixture")
}

#[test]
fn a_hosted_credential_verifies_over_real_https() {
    let ca = Ca::new("Erkend test CA");
    let server = TlsServer::start(ca.server_cert(HOSTNAME, false));
    let dir = tempfile::tempdir().expect("tmp");
    let (mut wallet, ids) = wallet_with(dir.path(), &[&assertion()]);
    let id = &ids[0];
    assert_ne!(verified(&wallet, id), Some(true));
    let checked = check_online(&mut wallet, Some(id), &server.fetcher(&ca), &mut |_, _| {})
        .expect("online over https");
    let answers = &checked.credentials[0].answers;
    assert_eq!(answers.len(), 3, "{answers:?}");
    assert!(answers.iter().all(|a| a.error.is_none()), "{answers:?}");
    assert_eq!(verified(&wallet, id), Some(true));
    let kept = FetchCache::new(&wallet.public_dir())
        .get(&format!("https://{HOSTNAME}/issuer.json"))
        .expect("kept");
    assert_eq!(kept.source, format!("https://{HOSTNAME}/issuer.json"));
}

/// Refreshes the hosted fixture against `server` and returns why each URL failed.
fn refused(server: &TlsServer, ca: &Ca) -> (Vec<Error>, PublicDir, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tmp");
    let public = PublicDir::at(dir.path());
    let parsed = import::parse(&assertion()).expect("parses");
    let report = online::refresh(
        &parsed,
        &server.fetcher(ca),
        &FetchCache::new(&public),
        &mut |_, _, _| {},
    )
    .expect("refresh");
    assert!(report.fetched.is_empty(), "{:?}", report.fetched);
    (
        report.failed.into_iter().map(|(_, e)| e).collect(),
        public,
        dir,
    )
}

fn check_refused(server: &TlsServer, ca: &Ca, problem: CertificateProblem) {
    let (errors, public, _dir) = refused(server, ca);
    assert!(!errors.is_empty());
    for e in &errors {
        assert!(
            matches!(e, Error::CertificateRefused { problem: p, .. } if *p == problem),
            "{e:?}"
        );
        assert_eq!(e.code(), "certificate-refused");
    }
    assert!(
        FetchCache::new(&public)
            .get(&format!("https://{HOSTNAME}/assertions/1.json"))
            .is_none(),
        "nothing kept from a refused server"
    );
    // Said in every language, with the address, and differently per problem.
    let english = Localizer::for_tag("en").expect("en").error(&errors[0]);
    for tag in erkend::i18n::bundled_locales() {
        let text = Localizer::for_tag(tag).expect("locale").error(&errors[0]);
        assert!(text.contains(HOSTNAME), "{tag}: {text}");
        assert!(!text.contains("error-"), "{tag}: {text}");
        if tag != "en" {
            assert_ne!(text, english, "{tag} not translated");
        }
    }
}

#[test]
fn a_certificate_for_another_host_is_refused() {
    let ca = Ca::new("Erkend test CA");
    let server = TlsServer::start(ca.server_cert("elsewhere.erkend-test.example", false));
    check_refused(&server, &ca, CertificateProblem::WrongHost);
}

#[test]
fn a_certificate_from_an_unknown_authority_is_refused() {
    let (trusted, other) = (Ca::new("Erkend test CA"), Ca::new("Someone else's CA"));
    let server = TlsServer::start(other.server_cert(HOSTNAME, false));
    check_refused(&server, &trusted, CertificateProblem::Untrusted);
}

#[test]
fn an_expired_certificate_is_refused() {
    let ca = Ca::new("Erkend test CA");
    let server = TlsServer::start(ca.server_cert(HOSTNAME, true));
    check_refused(&server, &ca, CertificateProblem::Expired);
}

#[test]
fn the_problems_read_differently() {
    let l10n = Localizer::for_tag("en").expect("en");
    let texts: std::collections::HashSet<String> = [
        CertificateProblem::WrongHost,
        CertificateProblem::Expired,
        CertificateProblem::Untrusted,
        CertificateProblem::Invalid,
    ]
    .into_iter()
    .map(|problem| {
        l10n.error(&Error::CertificateRefused {
            url: "https://x.example/".into(),
            problem,
        })
    })
    .collect();
    assert_eq!(texts.len(), 4, "{texts:?}");
}

#[test]
fn plain_http_addresses_are_refused_visibly_and_never_contacted() {
    // Policy: a credential's http:// address is never fetched (a hosted badge or revocation
    // list over plain http could be changed on the way). It is reported as refused, so the
    // learner sees why that check stays unchecked; no connection is made.
    let ca = Ca::new("Erkend test CA");
    let server = TlsServer::start(ca.server_cert(HOSTNAME, false));
    let plain = String::from_utf8(assertion())
        .expect("utf8")
        .replace("https://", "http://");
    let dir = tempfile::tempdir().expect("tmp");
    let (mut wallet, ids) = wallet_with(dir.path(), &[plain.as_bytes()]);
    let id = &ids[0];
    let checked =
        check_online(&mut wallet, Some(id), &server.fetcher(&ca), &mut |_, _| {}).expect("check");
    let answers = &checked.credentials[0].answers;
    assert!(!answers.is_empty());
    for a in answers {
        assert!(a.url.starts_with("http://"), "{a:?}");
        assert!(matches!(a.error, Some(Error::UrlRefused { .. })), "{a:?}");
        assert_eq!(a.fetched_at, None);
    }
    assert_eq!(
        server.connections(),
        0,
        "a plain http address was contacted"
    );
    assert_ne!(verified(&wallet, id), Some(true));
    // And the test constructor itself cannot point a host anywhere but this machine.
    assert!(matches!(
        Fetcher::with_extra_root_for_tests(
            &ca.der,
            vec![(HOSTNAME.into(), "10.0.0.1:443".parse().expect("addr"))]
        ),
        Err(Error::UrlRefused { .. })
    ));
}
