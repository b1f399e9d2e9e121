//! What the online tests' small servers share: reading one request's path, writing one answer,
//! the hosted OB 2.0 fixtures by path, and a wallet holding given credentials.

use crate::support::fixture;
use chrono::Utc;
use erkend::Wallet;
use std::collections::HashMap;
use std::io::{Read, Write};

/// The path of one HTTP/1.1 request read from `stream` (`None` when it ended first).
pub(crate) fn read_path(stream: &mut impl Read) -> Option<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let text = String::from_utf8_lossy(&buf);
    Some(text.split_whitespace().nth(1).unwrap_or("/").to_string())
}

/// Writes one JSON answer and asks to close the connection.
pub(crate) fn respond(stream: &mut impl Write, status: u16, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}

/// The answer `routes` give for `path`: 200 with the body, or 404.
pub(crate) fn route(routes: &HashMap<String, Vec<u8>>, path: &str) -> (u16, Vec<u8>) {
    routes
        .get(path)
        .map(|b| (200, b.clone()))
        .unwrap_or((404, b"not found".to_vec()))
}

/// The hosted OB 2.0 fixtures (assertion, BadgeClass, Issuer) at their URL paths under `prefix`.
pub(crate) fn ob2_routes(prefix: &str) -> HashMap<String, Vec<u8>> {
    [
        ("assertions/1.json", "assertion.json"),
        ("badges/welding.json", "badge.json"),
        ("issuer.json", "issuer.json"),
    ]
    .into_iter()
    .map(|(path, file)| {
        let bytes = std::fs::read(fixture(&format!("trust/ob2/{file}"))).expect("fixture");
        (format!("{prefix}{path}"), bytes)
    })
    .collect()
}

/// A new wallet in `dir` holding `credentials`, with their ids in order.
pub(crate) fn wallet_with(dir: &std::path::Path, credentials: &[&[u8]]) -> (Wallet, Vec<String>) {
    let mut wallet = Wallet::create(&dir.join("wallet.db"), None).expect("wallet");
    let ids = credentials
        .iter()
        .enumerate()
        .map(|(n, bytes)| {
            let name = format!("{n}.json");
            wallet
                .import_bytes(bytes, Some(&name), Utc::now())
                .expect("import")
                .id
        })
        .collect();
    (wallet, ids)
}

/// Whether the stored verdict of `id` says verified.
pub(crate) fn verified(wallet: &Wallet, id: &str) -> Option<bool> {
    wallet
        .show(id)
        .expect("show")
        .verdict
        .and_then(|v| v.verified)
}
