//! The command-line side of trust and refresh: `erkend trust add|list|sign|keygen`,
//! `erkend refresh [ID] [--all] [--file FILE]`, and the context `verify` uses
//! (`--trust-list FILE`, `--max-age-days N`). Kept here so `bin/erkend.rs` only wires it.

use super::{installed::Installed, list, Context, FetchCache, PublicDir};
use crate::i18n::Localizer;
use crate::online::{self, Fetcher};
use crate::{import, wallet, Error, Result, Wallet};
use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// `erkend trust ...`
#[derive(Debug, clap::Subcommand)]
pub enum TrustCommand {
    /// Install a signed trust list (refused when changed, expired or signed by an unknown key).
    Add {
        /// The list file.
        file: PathBuf,
        /// Accept this signing key (only after the publisher confirmed it to you).
        #[arg(long, value_name = "KEY")]
        accept_key: Option<String>,
    },
    /// Show the installed trust lists and the accepted keys.
    List,
    /// Sign a trust list with a key file (for organisations that publish one).
    Sign {
        /// The unsigned list (JSON).
        file: PathBuf,
        /// The 32-byte Ed25519 seed, hex (from `erkend trust keygen`).
        #[arg(long, value_name = "FILE")]
        key_file: PathBuf,
        /// Where to write the signed list.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Make a new signing key for trust lists and print its public key.
    Keygen {
        /// Where to write the secret seed (hex); keep it safe.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// `erkend refresh ...`
#[derive(Debug, clap::Args)]
pub struct RefreshArgs {
    /// Wallet id of one stored credential (from `list`).
    pub id: Option<String>,
    /// Every stored credential.
    #[arg(long, conflicts_with = "id")]
    pub all: bool,
    /// A credential file instead of the wallet (what `verify` then uses).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["id", "all"])]
    pub file: Option<PathBuf>,
}

/// What the CLI passes in.
pub struct CliEnv<'a> {
    /// Messages.
    pub l10n: &'a Localizer,
    /// `--json`.
    pub json: bool,
    /// The wallet path (the public-data folder is beside it).
    pub wallet_path: PathBuf,
}

fn out(text: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn unreadable(path: &Path, e: &std::io::Error) -> Error {
    Error::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

/// The verification context for `verify`: installed lists and kept documents beside the wallet
/// path (the wallet itself is not opened), plus `--trust-list FILE` for this run. That file must
/// be intact and valid; naming it on the command line is the acceptance of its signer.
pub fn verify_context(
    wallet_path: &Path,
    trust_list: Option<&Path>,
    max_age_days: Option<u32>,
    at: DateTime<Utc>,
) -> Result<Context> {
    let mut ctx = Context::load(&PublicDir::beside_wallet(wallet_path), at)?;
    if let Some(path) = trust_list {
        let bytes = wallet::read_input(path)?;
        ctx = ctx.with_list(list::open(&bytes, at)?);
    }
    if let Some(days) = max_age_days {
        ctx = ctx.with_max_age(Duration::days(i64::from(days)));
    }
    Ok(ctx)
}

/// Runs `erkend trust ...`.
pub fn run_trust(env: &CliEnv<'_>, command: &TrustCommand) -> Result<u8> {
    let public = PublicDir::beside_wallet(&env.wallet_path);
    let installed = Installed::new(&public);
    let now = Utc::now();
    match command {
        TrustCommand::Add { file, accept_key } => {
            let bytes = wallet::read_input(file)?;
            let added = installed.install(&bytes, accept_key.as_deref(), now)?;
            let name = added.list.display_name(env.l10n.lang()).to_string();
            if env.json {
                out(&json!({"installed": added.sha256, "name": name,
                    "signer": added.list.signer, "pinned": added.pinned,
                    "entries": added.list.entries.len()})
                .to_string());
            } else {
                let count = added.list.entries.len().to_string();
                out(&env.l10n.format(
                    "cli-trust-added",
                    &args(&[("name", &name), ("count", &count)]),
                ));
            }
        }
        TrustCommand::List => {
            let lists = installed.load(now)?;
            let accepted = installed.accepted_keys()?;
            if env.json {
                let items: Vec<Value> = lists
                    .iter()
                    .map(|l| {
                        json!({"sha256": l.sha256, "name": l.list.name, "signer": l.list.signer,
                               "pinned": l.pinned, "issued": l.list.issued,
                               "validUntil": l.list.valid_until, "entries": l.list.entries})
                    })
                    .collect();
                out(&json!({"lists": items, "acceptedKeys": accepted}).to_string());
            } else {
                out(&env.l10n.format(
                    "cli-trust-count",
                    &args(&[("count", &lists.len().to_string())]),
                ));
                for l in &lists {
                    out(&format!(
                        "{}  {}  ({})",
                        &l.sha256[..12],
                        l.list.display_name(env.l10n.lang()),
                        l.list.entries.len()
                    ));
                }
            }
        }
        TrustCommand::Sign {
            file,
            key_file,
            out: target,
        } => {
            let bytes = std::fs::read(file).map_err(|e| unreadable(file, &e))?;
            let unsigned: Value =
                serde_json::from_slice(&bytes).map_err(|e| Error::TrustListMalformed {
                    detail: e.to_string(),
                })?;
            let seed = read_seed(key_file)?;
            let signed = list::sign(&unsigned, &seed)?;
            let text = serde_json::to_vec_pretty(&signed).unwrap_or_default();
            std::fs::write(target, text).map_err(|e| unreadable(target, &e))?;
            if !env.json {
                out(&env.l10n.format(
                    "cli-trust-signed",
                    &args(&[("path", &target.display().to_string())]),
                ));
            }
        }
        TrustCommand::Keygen { out: target } => {
            let mut seed = zeroize::Zeroizing::new([0u8; 32]);
            getrandom::getrandom(seed.as_mut()).map_err(|_| Error::NoRandomness)?;
            let key = ed25519_dalek::SigningKey::from_bytes(&seed);
            let public = list::ed25519_multikey(&key.verifying_key());
            let text = zeroize::Zeroizing::new(hex::encode(seed.as_ref()));
            super::public::write_file(target, text.as_bytes())?;
            if env.json {
                out(&json!({"key": public}).to_string());
            } else {
                out(&public);
            }
        }
    }
    Ok(0)
}

fn read_seed(path: &Path) -> Result<zeroize::Zeroizing<[u8; 32]>> {
    let text =
        zeroize::Zeroizing::new(std::fs::read_to_string(path).map_err(|e| unreadable(path, &e))?);
    let mut seed = zeroize::Zeroizing::new([0u8; 32]);
    hex::decode_to_slice(text.trim(), seed.as_mut()).map_err(|_| Error::Usage {
        detail: format!("{}: not a 32-byte hex key", path.display()),
    })?;
    Ok(seed)
}

/// Runs `erkend refresh ...`: goes online for the chosen credentials, then verifies them again.
/// `open` opens the wallet (only when a wallet id or `--all` is given).
pub fn run_refresh(
    env: &CliEnv<'_>,
    refresh: &RefreshArgs,
    open: &dyn Fn() -> Result<Wallet>,
) -> Result<u8> {
    let public = PublicDir::beside_wallet(&env.wallet_path);
    let cache = FetchCache::new(&public);
    let fetcher = Fetcher::new()?;
    let mut code = 0u8;
    let mut progress = |url: &str, n: usize, total: usize| {
        if !env.json {
            let text = env.l10n.format(
                "cli-refresh-fetching",
                &args(&[
                    ("url", url),
                    ("n", &n.to_string()),
                    ("total", &total.to_string()),
                ]),
            );
            eprintln!("{text}");
        }
    };
    let mut report_line =
        |label: &str, report: &online::RefreshReport, verdict: Option<&crate::verify::Verdict>| {
            if !report.failed.is_empty() {
                code = 1;
            }
            let failed: Vec<Value> = report
                .failed
                .iter()
                .map(|(url, e)| json!({"url": url, "code": e.code(), "message": env.l10n.error(e)}))
                .collect();
            if env.json {
                out(
                    &json!({"id": label, "fetched": report.fetched.len(), "failed": failed,
                "verified": verdict.and_then(|v| v.verified), "trust": verdict.map(|v| v.trust)})
                    .to_string(),
                );
            } else {
                out(&env.l10n.format(
                    "cli-refresh-done",
                    &args(&[
                        ("id", label),
                        ("fetched", &report.fetched.len().to_string()),
                        ("failed", &report.failed.len().to_string()),
                    ]),
                ));
                for (url, e) in &report.failed {
                    out(&format!("  {url}: {}", env.l10n.error(e)));
                }
            }
        };
    if let Some(file) = &refresh.file {
        let parsed = import::parse(&wallet::read_input(file)?)?;
        let report = online::refresh(&parsed, &fetcher, &cache, &mut progress)?;
        let ctx = Context::load(&public, Utc::now())?;
        let verdict = super::assess(&parsed, Utc::now(), &ctx);
        report_line(&file.display().to_string(), &report, Some(&verdict));
        return Ok(code);
    }
    let mut wallet = open()?;
    let ids: Vec<String> = match (&refresh.id, refresh.all) {
        (Some(id), _) => vec![id.clone()],
        (None, true) => wallet.list()?.into_iter().map(|c| c.id).collect(),
        (None, false) => {
            return Err(Error::Usage {
                detail: "refresh needs a wallet id, --all or --file".into(),
            })
        }
    };
    if refresh.all {
        // Newer trust lists first, so the credentials below are judged with them.
        for (url, outcome) in online::refresh_trust_lists(&Installed::new(&public), &fetcher)? {
            let mut report = online::RefreshReport::default();
            match outcome {
                Ok(_) => report.fetched.push((url.clone(), 200)),
                Err(e) => report.failed.push((url.clone(), e)),
            }
            report_line(&url, &report, None);
        }
    }
    for (id, report) in online::refresh_stored(&mut wallet, &ids, &fetcher, &mut progress)? {
        let verdict = wallet.show(&id)?.verdict;
        report_line(&id, &report, verdict.as_ref());
    }
    Ok(code)
}
