//! `erkend`: the wallet's command-line twin. The contract is `../shared/interfaces.md`:
//! names, JSON fields and exit codes there are exact.

use chrono::Utc;
use clap::{Parser, Subcommand};
use erkend::esco::Kind;
use erkend::i18n::Localizer;
use erkend::store::{EscoDb, StoredCredential};
use erkend::verify::{Check, Verdict};
use erkend::{wallet, Error, Wallet};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use zeroize::Zeroizing;

/// `println!` that ignores a closed stdout (e.g. `erkend list | head`) instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Exit code: the command ran but something was rejected or did not verify.
const EXIT_REJECTED: u8 = 1;
/// Exit code: usage error, unreadable input, wrong passphrase, damaged wallet.
const EXIT_FAILURE: u8 = 2;

#[derive(Parser)]
#[command(
    name = "erkend",
    version,
    about = "Erkend learner wallet (command line)"
)]
struct Cli {
    /// Wallet file (default: $ERKEND_WALLET, else the platform data folder).
    #[arg(long, global = true, value_name = "PATH")]
    wallet: Option<PathBuf>,
    /// Language of messages (BCP 47 tag; default from the environment).
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    /// Machine-readable output.
    #[arg(long, global = true)]
    json: bool,
    /// Read the wallet passphrase from this file (else $ERKEND_PASSPHRASE).
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    /// An extra signed trust list for this run (`verify`).
    #[arg(long, global = true, value_name = "FILE")]
    trust_list: Option<PathBuf>,
    /// Kept status lists and hosted copies older than this many days count as stale.
    #[arg(long, global = true, value_name = "DAYS")]
    max_age_days: Option<u32>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the wallet file (encrypted when a passphrase is given).
    Init,
    /// Verify credentials and store them, keeping the original bytes.
    Import {
        /// Credential files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Verify credentials without importing them.
    Verify {
        /// Credential files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Judge validity at this time (RFC 3339; default: now).
        #[arg(long, value_name = "RFC3339")]
        at: Option<String>,
    },
    /// List the stored credentials.
    List(erkend::wallet::cards::ListArgs),
    /// Show one stored credential with its latest verification report.
    Show {
        /// Wallet id (from `list`).
        id: String,
    },
    /// The skills profile (every ESCO skill with its strongest evidence).
    Profile {
        #[command(subcommand)]
        command: Option<ProfileCommand>,
    },
    /// Occupations ranked by how many of their essential skills the profile holds.
    Match {
        /// Only this occupation (ESCO URI).
        #[arg(long, value_name = "URI")]
        occupation: Option<String>,
        /// At most this many occupations.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Match a vacancy text (in the language of --lang) instead of the occupations.
        #[arg(long, value_name = "FILE")]
        vacancy: Option<PathBuf>,
    },
    /// The bundled ESCO taxonomy (offline).
    Esco {
        #[command(subcommand)]
        command: EscoCommand,
    },
    /// Write an encrypted backup of the whole wallet ($ERKEND_BACKUP_PASSPHRASE, else the
    /// wallet passphrase).
    Backup {
        /// Backup file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write the recovery sheet: the code that opens every backup made from now on, also when
    /// the passphrase is forgotten ($ERKEND_RECOVERY_CODE gives it to `restore`).
    RecoverySheet {
        /// Sheet to write (`.txt`).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Make a new code (backups made before open only with the old sheet or the passphrase).
        #[arg(long)]
        renew: bool,
    },
    /// Restore a backup: into a new wallet path it creates the wallet, into an existing wallet it
    /// merges without dropping or duplicating.
    Restore {
        /// Backup file to read.
        file: PathBuf,
    },
    /// The learning route toward an occupation.
    Route {
        #[command(subcommand)]
        command: RouteCommand,
    },
    /// Sign an Open Badges 3.0 EndorsementCredential with this wallet's key.
    Endorse(erkend::endorse::cli::EndorseArgs),
    /// Write an endorsement request for a mentor, coach or supervisor to sign.
    RequestEndorsement(erkend::endorse::cli::RequestArgs),
    /// Sign a work-based-learning attestation (an OB 3.0 credential issued by you).
    Attest(erkend::endorse::cli::AttestArgs),
    /// Trust lists: install, show, sign.
    Trust {
        #[command(subcommand)]
        command: erkend::trust::cli::TrustCommand,
    },
    /// Check online, only when asked: fetch what the checks need, then verify again.
    Refresh(erkend::trust::cli::RefreshArgs),
    /// Shareable proofs: QR codes that verify offline.
    Proof {
        #[command(subcommand)]
        command: ProofCommand,
    },
    /// Write the original bytes of a stored credential.
    Export {
        /// Wallet id (from `list`).
        id: String,
        /// Output file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum ProofCommand {
    /// Write a proof (.pdf, .png or .txt by the extension of --out) for stored credentials.
    Export {
        /// Wallet ids (from `list`).
        #[arg(long = "credential", value_name = "ID", required = true, num_args = 1..)]
        credentials: Vec<String>,
        /// Output file: .pdf, .png or .txt.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also a proof card signed with the wallet's key (a summary, not verified on its own).
        #[arg(long)]
        card: bool,
        /// Also a link code, for credentials with a hosted verification address (goes online).
        #[arg(long)]
        link: bool,
    },
    /// Verify a proof offline from a .txt, .png/.jpg or .pdf file.
    Verify {
        /// Proof file.
        file: PathBuf,
        /// Judge validity at this time (RFC 3339; default: now).
        #[arg(long, value_name = "RFC3339")]
        at: Option<String>,
    },
}

#[derive(Subcommand)]
enum ProfileCommand {
    /// Add a self-declared skill.
    AddSkill {
        /// ESCO skill URI.
        uri: String,
        /// A note in the learner's words.
        #[arg(long)]
        note: Option<String>,
    },
    #[command(flatten)]
    Parts(Box<erkend::profile::cli::PartsCommand>),
}

#[derive(Subcommand)]
enum RouteCommand {
    /// Set the target occupation and propose steps for the missing essential skills.
    SetTarget {
        /// ESCO occupation URI.
        uri: String,
    },
    /// Show the route and its steps.
    Show,
    #[command(flatten)]
    Edit(Box<erkend::route::cli::EditCommand>),
    /// Print the route as a PDF in `--lang` and Dutch (English when `--lang` is Dutch).
    Export {
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum EscoCommand {
    /// Search skills and occupations by label, prefix- and accent-insensitive.
    Search {
        /// Words to look for (each matches as a prefix).
        query: String,
        /// Only this kind: skill or occupation.
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_FAILURE } else { 0 });
        }
    };
    let l10n = match cli.lang.as_deref() {
        Some(tag) => match Localizer::for_tag(tag) {
            Ok(l) => l,
            Err(e) => return fail(&Localizer::from_environment(), &e),
        },
        None => Localizer::from_environment(),
    };
    match run(&cli, &l10n) {
        Ok(code) => ExitCode::from(code),
        Err(e) => fail(&l10n, &e),
    }
}

fn fail(l10n: &Localizer, e: &Error) -> ExitCode {
    eprintln!("erkend: {}", l10n.error(e));
    if let Some(hint) = l10n.hint(e) {
        eprintln!("{hint}");
    }
    ExitCode::from(EXIT_FAILURE)
}

fn run(cli: &Cli, l10n: &Localizer) -> Result<u8, Error> {
    match &cli.command {
        Command::Init => init(cli, l10n),
        Command::Import { files } => import(cli, l10n, files),
        Command::Verify { files, at } => verify(cli, l10n, files, at.as_deref()),
        Command::List(a) if a.is_paged() => {
            erkend::wallet::cards::list_page(&open_wallet(cli)?, l10n, cli.json, a)
        }
        Command::List(_) => list(cli, l10n),
        Command::Show { id } => show(cli, l10n, id),
        Command::Export { id, out } => export(cli, l10n, id, out),
        Command::Endorse(a) => {
            erkend::endorse::cli::endorse(&mut open_wallet(cli)?, l10n, cli.json, a)
        }
        Command::RequestEndorsement(a) => {
            erkend::endorse::cli::request(&mut open_wallet(cli)?, l10n, cli.json, a)
        }
        Command::Attest(a) => {
            erkend::endorse::cli::attest(&mut open_wallet(cli)?, l10n, cli.json, a)
        }
        Command::Trust { command } => erkend::trust::cli::run_trust(&trust_env(cli, l10n), command),
        Command::Refresh(r) => {
            erkend::trust::cli::run_refresh(&trust_env(cli, l10n), r, &|| open_wallet(cli))
        }
        Command::Proof { command } => proof(cli, l10n, command),
        Command::Backup { out } => backup(cli, l10n, out),
        Command::Restore { file } => restore(cli, l10n, file),
        Command::RecoverySheet { out, renew } => recovery_sheet(cli, l10n, out, *renew),
        Command::Profile { command: None } => profile(cli, l10n),
        Command::Profile {
            command: Some(ProfileCommand::AddSkill { uri, note }),
        } => add_skill(cli, uri, note.as_deref()),
        Command::Profile {
            command: Some(ProfileCommand::Parts(cmd)),
        } => edit_json(cli, |w| erkend::profile::cli::run(cmd, w)),
        Command::Match {
            vacancy: Some(file),
            ..
        } => match_vacancy(cli, l10n, file),
        Command::Match {
            occupation, limit, ..
        } => match_occupations(cli, l10n, occupation.as_deref(), *limit),
        Command::Route {
            command: RouteCommand::Edit(cmd),
        } => edit_json(cli, |w| erkend::route::cli::run(cmd, w)),
        Command::Route {
            command: RouteCommand::SetTarget { uri },
        } => route_set_target(cli, l10n, uri),
        Command::Route {
            command: RouteCommand::Show,
        } => route_show(cli, l10n),
        Command::Route {
            command: RouteCommand::Export { out },
        } => route_export(cli, l10n, out),
        Command::Esco {
            command: EscoCommand::Search { query, kind, limit },
        } => esco_search(cli, l10n, query, kind.as_deref(), *limit),
    }
}

fn trust_env<'a>(cli: &Cli, l10n: &'a Localizer) -> erkend::trust::cli::CliEnv<'a> {
    erkend::trust::cli::CliEnv {
        l10n,
        json: cli.json,
        wallet_path: wallet_path(cli),
    }
}

fn wallet_path(cli: &Cli) -> PathBuf {
    cli.wallet
        .clone()
        .or_else(|| std::env::var_os("ERKEND_WALLET").map(PathBuf::from))
        .unwrap_or_else(Wallet::default_path)
}

/// The passphrase from `--passphrase-file` or `ERKEND_PASSPHRASE`; never from the command line.
fn passphrase(cli: &Cli) -> Result<Option<Zeroizing<String>>, Error> {
    if let Some(file) = &cli.passphrase_file {
        let text =
            Zeroizing::new(
                std::fs::read_to_string(file).map_err(|e| Error::Unreadable {
                    path: file.clone(),
                    reason: e.to_string(),
                })?,
            );
        let trimmed = text.trim_end_matches(['\n', '\r']);
        return Ok(Some(Zeroizing::new(trimmed.to_string())));
    }
    Ok(std::env::var("ERKEND_PASSPHRASE")
        .ok()
        .filter(|p| !p.is_empty())
        .map(Zeroizing::new))
}

fn open_wallet(cli: &Cli) -> Result<Wallet, Error> {
    let pass = passphrase(cli)?;
    let wallet = Wallet::open(&wallet_path(cli), pass.as_deref().map(String::as_str))?;
    // The CLI has no first page to show early: it checks before doing anything.
    wallet.check_integrity()?;
    Ok(wallet)
}

fn init(cli: &Cli, l10n: &Localizer) -> Result<u8, Error> {
    let path = wallet_path(cli);
    let pass = passphrase(cli)?;
    let wallet = Wallet::create(&path, pass.as_deref().map(String::as_str))?;
    let shown = path.display().to_string();
    if cli.json {
        print_json(&json!({
            "wallet": shown,
            "encrypted": wallet.is_encrypted(),
            "holder": wallet.holder_did()?,
        }));
    } else {
        let id = if wallet.is_encrypted() {
            "cli-init-done-encrypted"
        } else {
            "cli-init-done-plain"
        };
        outln!("{}", l10n.format(id, &args(&[("path", &shown)])));
    }
    Ok(0)
}

fn import(cli: &Cli, l10n: &Localizer, files: &[PathBuf]) -> Result<u8, Error> {
    let mut wallet = open_wallet(cli)?;
    let mut code = 0;
    let mut fatal = None;
    // Verified on both cores and stored a chunk per transaction; lines come in file order.
    wallet.import_files(files, Utc::now(), |i, result| {
        if fatal.is_some() {
            return;
        }
        let shown = files[i].display().to_string();
        let line = match result {
            Ok(outcome) => {
                let status = if outcome.new { "imported" } else { "duplicate" };
                if !cli.json {
                    let id = match &outcome.endorsement {
                        Some(e) if e.attached() => format!("cli-import-endorsement-{status}"),
                        Some(_) => format!("cli-import-endorsement-kept-{status}"),
                        None => format!("cli-import-{status}"),
                    };
                    outln!(
                        "{}",
                        l10n.format(&id, &args(&[("file", &shown), ("id", &outcome.id)]))
                    );
                }
                let mut line = json!({
                    "file": shown, "status": status, "id": outcome.id,
                    "format": outcome.format.as_str(), "verified": outcome.verdict.verified,
                    "error": null,
                });
                if let Some(e) = &outcome.endorsement {
                    line["endorsement"] = json!({"attached": e.attached(),
                        "attached_to": e.attached_to, "skill": e.skill});
                }
                line
            }
            Err(e) if e.is_input_error() => {
                code = EXIT_REJECTED;
                if !cli.json {
                    let reason = l10n.error(&e);
                    outln!(
                        "{}",
                        l10n.format(
                            "cli-import-rejected",
                            &args(&[("file", &shown), ("reason", &reason)])
                        )
                    );
                }
                json!({
                    "file": shown, "status": "rejected", "id": null, "format": null,
                    "verified": null, "error": error_json(l10n, &e),
                })
            }
            // Storage failures stop the run: the wallet, not the input, is in trouble.
            Err(e) => {
                fatal = Some(e);
                return;
            }
        };
        if cli.json {
            print_json_line(&line);
        }
    })?;
    fatal.map_or(Ok(code), Err)
}

fn verify(cli: &Cli, l10n: &Localizer, files: &[PathBuf], at: Option<&str>) -> Result<u8, Error> {
    let at = erkend::proof::cli::parse_at(at)?;
    let context = erkend::trust::cli::verify_context(
        &wallet_path(cli),
        cli.trust_list.as_deref(),
        cli.max_age_days,
        at,
    )?;
    let mut code = 0u8;
    wallet::verify_files(files, at, &context, |i, result| {
        let shown = files[i].display().to_string();
        let line = match result {
            Ok((parsed, verdict)) => {
                if verdict.verified != Some(true) {
                    code = code.max(EXIT_REJECTED);
                }
                let c = &parsed.credential;
                let mut line = verdict_json(l10n, &verdict);
                line["file"] = json!(shown);
                line["format"] = json!(parsed.format.as_str());
                line["credential"] = json!({
                    "name": c.display_name(), "issuer": c.issuer_label(), "subject": c.subject.name,
                    "issued": c.issued, "skills": c.skills,
                });
                line["error"] = Value::Null;
                line
            }
            Err(e) => {
                code = EXIT_FAILURE;
                json!({"file": shown, "format": null, "verified": null, "trust": "red",
                       "checks": [], "credential": null, "error": error_json(l10n, &e)})
            }
        };
        if cli.json {
            print_json_line(&line);
        } else {
            print_verify_text(l10n, &line);
        }
    });
    Ok(code)
}

fn list(cli: &Cli, l10n: &Localizer) -> Result<u8, Error> {
    let wallet = open_wallet(cli)?;
    let stored = wallet.list()?;
    if cli.json {
        let items: Vec<Value> = stored.iter().map(summary_json).collect();
        print_json(&Value::Array(items));
        return Ok(0);
    }
    outln!(
        "{}",
        l10n.format(
            "cli-list-count",
            &args(&[("count", &stored.len().to_string())])
        )
    );
    for s in &stored {
        let (name, issuer, issued) = wallet::summary_fields(&s.credential);
        let verified = verified_word(l10n, s.verdict.as_ref().and_then(|v| v.verified));
        outln!(
            "{}  {}  —  {}  ({}, {}, {})",
            s.id,
            name,
            issuer,
            s.format,
            issued.unwrap_or_default(),
            verified
        );
    }
    Ok(0)
}

fn show(cli: &Cli, l10n: &Localizer, id: &str) -> Result<u8, Error> {
    let wallet = open_wallet(cli)?;
    let s = wallet.show(id)?;
    let mut doc = serde_json::to_value(&s.credential).unwrap_or(Value::Null);
    doc["id"] = json!(s.id);
    doc["format"] = json!(s.format);
    doc["container"] = json!(s.container);
    doc["source_name"] = json!(s.source_name);
    doc["imported_at"] = json!(s.imported_at);
    doc["sha256"] = json!(s.sha256);
    doc["endorsements"] = erkend::endorse::cli::endorsements_json(&wallet, &s.id)?;
    doc["nested"] = json!(wallet.nested_ids(&s.id)?);
    doc["micro_completeness"] = json!(wallet.micro_completeness(&s.id)?);
    match &s.verdict {
        Some(v) => {
            let report = verdict_json(l10n, v);
            for key in ["verified", "trust", "checks", "checked_at"] {
                doc[key] = report[key].clone();
            }
        }
        None => {
            doc["verified"] = Value::Null;
            doc["trust"] = json!("amber");
            doc["checks"] = json!([]);
        }
    }
    if cli.json {
        print_json(&doc);
    } else {
        outln!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    }
    Ok(0)
}

fn export(cli: &Cli, l10n: &Localizer, id: &str, out: &Path) -> Result<u8, Error> {
    let wallet = open_wallet(cli)?;
    let bytes = wallet.original_bytes(id)?;
    std::fs::write(out, bytes)?;
    if !cli.json {
        outln!(
            "{}",
            l10n.format(
                "cli-export-done",
                &args(&[("path", &out.display().to_string())])
            )
        );
    }
    Ok(0)
}

/// The backup passphrase: `ERKEND_BACKUP_PASSPHRASE` when set, else the wallet's passphrase.
fn backup_passphrase(cli: &Cli) -> Result<Zeroizing<String>, Error> {
    if let Some(p) = std::env::var("ERKEND_BACKUP_PASSPHRASE")
        .ok()
        .filter(|p| !p.is_empty())
    {
        return Ok(Zeroizing::new(p));
    }
    passphrase(cli)?.ok_or(Error::BackupPassphraseRequired)
}

fn backup(cli: &Cli, l10n: &Localizer, out: &Path) -> Result<u8, Error> {
    // Checked before the wallet opens, so a missing passphrase touches nothing.
    let pass = backup_passphrase(cli)?;
    let mut wallet = open_wallet(cli)?;
    wallet.backup(out, &pass)?;
    let count = wallet.list()?.len();
    let shown = out.display().to_string();
    if cli.json {
        print_json(&json!({"backup": shown, "credentials": count}));
    } else {
        outln!(
            "{}",
            l10n.format(
                "cli-backup-done",
                &args(&[("path", &shown), ("count", &count.to_string())])
            )
        );
    }
    Ok(0)
}

/// Writes the recovery sheet as text: the code, in groups, with what it is for.
fn recovery_sheet(cli: &Cli, l10n: &Localizer, out: &Path, renew: bool) -> Result<u8, Error> {
    let mut wallet = open_wallet(cli)?;
    let code = wallet.recovery_code(renew)?;
    let sheet = Zeroizing::new(format!(
        "{}\n\n    {}\n\n{}\n",
        l10n.format("recovery-sheet-title", &BTreeMap::new()),
        code.to_text().as_str(),
        l10n.format("recovery-sheet-explain", &BTreeMap::new()),
    ));
    erkend::wallet::write_private_file(out, sheet.as_bytes())?;
    let shown = out.display().to_string();
    if cli.json {
        print_json(&json!({"recovery_sheet": shown}));
    } else {
        outln!(
            "{}",
            l10n.format("cli-recovery-sheet-done", &args(&[("path", &shown)]))
        );
    }
    Ok(0)
}

fn restore(cli: &Cli, l10n: &Localizer, file: &Path) -> Result<u8, Error> {
    // The backup is read, authenticated and decrypted before the wallet is opened or created:
    // a wrong passphrase or a damaged file changes nothing.
    let payload = match std::env::var("ERKEND_RECOVERY_CODE") {
        Ok(text) if !text.trim().is_empty() => {
            let code = erkend::backup::RecoveryCode::parse(&Zeroizing::new(text))?;
            wallet::read_backup_with(file, erkend::backup::Secret::Recovery(&code))?
        }
        _ => wallet::read_backup(file, &backup_passphrase(cli)?)?,
    };
    let path = wallet_path(cli);
    let wallet_pass = passphrase(cli)?;
    let wallet_pass = wallet_pass.as_deref().map(String::as_str);
    let counts = if path.exists() {
        Wallet::open(&path, wallet_pass)?.restore_payload(&payload, false)?
    } else {
        Wallet::create_from_backup(&path, wallet_pass, &payload)?.1
    };
    if cli.json {
        print_json(&json!({
            "wallet": path.display().to_string(),
            "credentials": counts.credentials,
            "duplicates": counts.duplicates,
            "skill_claims": counts.skill_claims,
            "holder_keys": counts.holder_keys,
            "profile_parts": counts.profile_parts,
            "routes": counts.routes,
        }));
    } else {
        outln!(
            "{}",
            l10n.format(
                "cli-restore-done",
                &args(&[
                    ("count", &counts.credentials.to_string()),
                    ("duplicates", &counts.duplicates.to_string())
                ])
            )
        );
    }
    Ok(0)
}

/// The language ESCO labels are shown in: the one asked for, else the message language.
fn esco_lang<'a>(cli: &'a Cli, l10n: &'a Localizer) -> &'a str {
    cli.lang.as_deref().unwrap_or(l10n.lang())
}

fn profile(cli: &Cli, l10n: &Localizer) -> Result<u8, Error> {
    let wallet = open_wallet(cli)?;
    let db = esco_db(l10n)?;
    let doc = erkend::profile::cli::profile_json(&wallet, &db, esco_lang(cli, l10n))?;
    if cli.json {
        print_json(&doc);
    } else {
        for line in erkend::profile::cli::profile_text(&doc, l10n) {
            outln!("{line}");
        }
    }
    Ok(0)
}

/// Runs a wallet edit and prints its JSON with `--json` (nothing otherwise: exit 0 says it).
fn edit_json(
    cli: &Cli,
    edit: impl FnOnce(&mut Wallet) -> Result<Value, Error>,
) -> Result<u8, Error> {
    let mut wallet = open_wallet(cli)?;
    let doc = edit(&mut wallet)?;
    if cli.json {
        print_json(&doc);
    }
    Ok(0)
}

fn add_skill(cli: &Cli, uri: &str, note: Option<&str>) -> Result<u8, Error> {
    let mut wallet = open_wallet(cli)?;
    let id = wallet.add_self_declared_skill(uri, note)?;
    if cli.json {
        print_json(
            &json!({"uri": uri, "evidence": "self-declared", "source": format!("claim:{id}")}),
        );
    }
    Ok(0)
}

fn match_occupations(
    cli: &Cli,
    l10n: &Localizer,
    occupation: Option<&str>,
    limit: usize,
) -> Result<u8, Error> {
    let wallet = open_wallet(cli)?;
    let db = esco_db(l10n)?;
    let matches = match occupation {
        Some(uri) => vec![wallet.match_occupation(&db, uri)?],
        None => wallet.rank_occupations(&db, limit)?,
    };
    let lang = esco_lang(cli, l10n);
    let mut items = Vec::new();
    for m in &matches {
        items.push(erkend::matching::cli::match_json(m, &db, l10n, lang)?);
    }
    if cli.json {
        print_json(&Value::Array(items));
    } else {
        for (m, item) in matches.iter().zip(&items) {
            outln!(
                "{:>5.1} %  {}  ({}/{})  {}",
                m.score * 100.0,
                item["label"].as_str().unwrap_or_default(),
                m.essential.have,
                m.essential.total,
                m.occupation
            );
            outln!(
                "         {}",
                item["explanation"].as_str().unwrap_or_default()
            );
        }
    }
    Ok(0)
}

fn match_vacancy(cli: &Cli, l10n: &Localizer, file: &Path) -> Result<u8, Error> {
    let text = String::from_utf8(wallet::read_input(file)?).map_err(|e| Error::Unreadable {
        path: file.to_path_buf(),
        reason: e.to_string(),
    })?;
    let wallet = open_wallet(cli)?;
    let db = esco_db(l10n)?;
    let lang = esco_lang(cli, l10n);
    let result = wallet.match_vacancy(&db, &text, lang)?;
    let doc = erkend::matching::cli::vacancy_json(&result, &db, l10n, lang)?;
    if cli.json {
        print_json(&doc);
    } else {
        for skill in doc["skills"].as_array().into_iter().flatten() {
            outln!(
                "{}  [{}]  {}",
                skill["label"].as_str().unwrap_or_default(),
                skill["lang"].as_str().unwrap_or_default(),
                skill["uri"].as_str().unwrap_or_default()
            );
        }
        outln!(
            "{}",
            doc["match"]["explanation"].as_str().unwrap_or_default()
        );
    }
    Ok(0)
}

fn route_set_target(cli: &Cli, l10n: &Localizer, uri: &str) -> Result<u8, Error> {
    let mut wallet = open_wallet(cli)?;
    let db = esco_db(l10n)?;
    let route = wallet.set_route_target(&db, uri)?;
    print_route(cli, l10n, &db, &wallet, &route)
}

fn route_show(cli: &Cli, l10n: &Localizer) -> Result<u8, Error> {
    let wallet = open_wallet(cli)?;
    let Some(route) = wallet.route()? else {
        if cli.json {
            print_json(&json!({"target": null, "steps": []}));
        } else {
            outln!("{}", l10n.text("cli-route-none"));
        }
        return Ok(0);
    };
    let db = esco_db(l10n)?;
    print_route(cli, l10n, &db, &wallet, &route)
}

/// Writes the route sheet (PDF); exit 2 without a route, as nothing was written.
fn route_export(cli: &Cli, l10n: &Localizer, out: &Path) -> Result<u8, Error> {
    let wallet = open_wallet(cli)?;
    let db = esco_db(l10n)?;
    let Some(done) = erkend::pdf::cli::export_route(&wallet, &db, esco_lang(cli, l10n), out)?
    else {
        eprintln!("{}", l10n.text("cli-route-none"));
        return Ok(EXIT_FAILURE);
    };
    let path = out.display().to_string();
    if cli.json {
        print_json(&json!({"out": path, "steps": done.steps, "lang": done.lang,
            "second_lang": done.second_lang}));
    } else {
        let count = done.steps.to_string();
        outln!(
            "{}",
            l10n.format(
                "pdf-cli-route-exported",
                &args(&[("path", &path), ("count", &count)])
            )
        );
    }
    Ok(0)
}

/// Prints a route; a step about one skill is titled with that skill's label in `--lang`.
fn print_route(
    cli: &Cli,
    l10n: &Localizer,
    db: &EscoDb,
    wallet: &Wallet,
    route: &erkend::route::Route,
) -> Result<u8, Error> {
    let lang = esco_lang(cli, l10n);
    let doc = erkend::route::cli::route_json(wallet, route, db, l10n, lang)?;
    if cli.json {
        print_json(&doc);
        return Ok(0);
    }
    let target = db
        .label(&route.target, lang)?
        .map_or(route.target_label.clone(), |(l, _)| l);
    for line in erkend::route::cli::route_text(&doc, &target, l10n) {
        outln!("{line}");
    }
    Ok(0)
}

/// Opens the ESCO database, building it on first use with progress on stderr.
fn esco_db(l10n: &Localizer) -> Result<EscoDb, Error> {
    let mut last = usize::MAX;
    EscoDb::open_or_build(&EscoDb::default_path(), &mut |done, total| {
        let percent = done * 100 / total.max(1);
        if percent / 10 != last / 10 {
            last = percent;
            let text = l10n.format(
                "cli-esco-building",
                &args(&[("percent", &percent.to_string())]),
            );
            eprintln!("{text}");
        }
    })
}

fn esco_search(
    cli: &Cli,
    l10n: &Localizer,
    query: &str,
    kind: Option<&str>,
    limit: usize,
) -> Result<u8, Error> {
    let kind = match kind {
        Some(name) => Some(Kind::parse(name).ok_or_else(|| Error::Usage {
            detail: format!("--kind {name}"),
        })?),
        None => None,
    };
    let db = esco_db(l10n)?;
    // ESCO has labels in languages the UI may not be translated into yet (fr, uk, es): search
    // in the language asked for, not the negotiated message language.
    let lang = esco_lang(cli, l10n);
    let hits = db.search(query, lang, kind, limit)?;
    if cli.json {
        print_json(&serde_json::to_value(&hits).unwrap_or(Value::Null));
    } else {
        for hit in &hits {
            outln!("{}  [{}]  {}", hit.label, hit.lang, hit.uri);
        }
    }
    Ok(0)
}

fn summary_json(s: &StoredCredential) -> Value {
    let c = &s.credential;
    json!({
        "id": s.id,
        "name": erkend::model::display_text(c.display_name()),
        "issuer": erkend::model::display_text(c.issuer_label()),
        "format": s.format,
        "issued": c.issued,
        "verified": s.verdict.as_ref().and_then(|v| v.verified),
        "trust": s.verdict.as_ref().map(|v| v.trust),
        "skills": c.skills,
    })
}

fn verdict_json(l10n: &Localizer, v: &Verdict) -> Value {
    json!({
        "verified": v.verified,
        "trust": v.trust,
        "checks": v.checks.iter().map(|c| check_json(l10n, c)).collect::<Vec<_>>(),
        "checked_at": wallet::now_rfc3339(v.checked_at),
    })
}

fn check_json(l10n: &Localizer, c: &Check) -> Value {
    json!({
        "check": c.check,
        "outcome": c.outcome,
        "message": l10n.format(&c.message, &c.args),
        "code": c.message,
    })
}

fn error_json(l10n: &Localizer, e: &Error) -> Value {
    json!({"code": e.code(), "message": l10n.error(e), "args": e.args()})
}

fn print_verify_text(l10n: &Localizer, line: &Value) {
    let file = line["file"].as_str().unwrap_or_default();
    if let Some(message) = line["error"]["message"].as_str() {
        outln!("{file}: {message}");
        return;
    }
    let verified = verified_word(l10n, line["verified"].as_bool());
    let name = line["credential"]["name"].as_str().unwrap_or_default();
    outln!("{file}: {name} — {verified}");
    for check in line["checks"].as_array().into_iter().flatten() {
        outln!(
            "  [{}] {}: {}",
            check["outcome"].as_str().unwrap_or_default(),
            check["check"].as_str().unwrap_or_default(),
            check["message"].as_str().unwrap_or_default()
        );
    }
}

fn verified_word(l10n: &Localizer, verified: Option<bool>) -> String {
    l10n.text(match verified {
        Some(true) => "verified-true",
        Some(false) => "verified-false",
        None => "verified-null",
    })
}

fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn print_json(v: &Value) {
    outln!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}

fn print_json_line(v: &Value) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", serde_json::to_string(v).unwrap_or_default());
    // Flush per line so a script reading the stream sees each result as it happens.
    let _ = out.flush();
}

fn proof(cli: &Cli, l10n: &Localizer, command: &ProofCommand) -> Result<u8, Error> {
    match command {
        ProofCommand::Export {
            credentials,
            out,
            card,
            link,
        } => {
            let wallet = open_wallet(cli)?;
            let opts = erkend::proof::cli::ExportOptions {
                ids: credentials,
                out,
                card: *card,
                link: *link,
            };
            let summary = erkend::proof::cli::export(&wallet, l10n, &opts)?;
            if cli.json {
                print_json(&summary);
            } else {
                let shown = out.display().to_string();
                outln!(
                    "{}",
                    l10n.format("cli-proof-exported", &args(&[("path", &shown)]))
                );
            }
            Ok(0)
        }
        ProofCommand::Verify { file, at } => {
            let at = erkend::proof::cli::parse_at(at.as_deref())?;
            let trust = erkend::proof::NobodyTrusted;
            let (lines, code) = erkend::proof::cli::verify(l10n, file, at, &trust);
            for line in &lines {
                if cli.json {
                    print_json_line(line);
                } else {
                    let _ = write!(
                        std::io::stdout().lock(),
                        "{}",
                        erkend::proof::cli::text(l10n, line)
                    );
                }
            }
            Ok(code)
        }
    }
}
