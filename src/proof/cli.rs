//! The `erkend proof export|verify` commands as functions the CLI calls (contract:
//! `interfaces.md`): they return the JSON the CLI prints and its exit code, so `bin/erkend.rs`
//! only parses arguments.

use super::{card, Found, ProofError};
use crate::i18n::Localizer;
use crate::verify::{Check, CheckName, Verdict};
use crate::{Error, Result, Wallet};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::path::Path;

/// Exit code: a proof did not verify.
const EXIT_NOT_VERIFIED: u8 = 1;
/// Exit code: unreadable or undecodable input.
const EXIT_INPUT: u8 = 2;

/// The time of a check: `--at` (RFC 3339) when given, else now.
pub fn parse_at(text: Option<&str>) -> Result<DateTime<Utc>> {
    match text {
        Some(text) => Ok(DateTime::parse_from_rfc3339(text)
            .map_err(|e| Error::MalformedCredential {
                detail: format!("--at {text}: {e}"),
            })?
            .with_timezone(&Utc)),
        None => Ok(Utc::now()),
    }
}

/// Options of `proof export`.
pub struct ExportOptions<'a> {
    /// Wallet ids of the credentials.
    pub ids: &'a [String],
    /// Output file; its extension picks the type.
    pub out: &'a Path,
    /// Also a holder-signed proof card (B) per credential.
    pub card: bool,
    /// Also a link code (C) per credential (refused for credentials without a hosted address).
    pub link: bool,
}

/// Writes a proof file for stored credentials; returns the JSON summary
/// `{"out", "credentials": [{"id", "codes": [..], "versions": [..]}]}`.
pub fn export(wallet: &Wallet, l10n: &Localizer, opts: &ExportOptions) -> Result<Value> {
    let ext = opts
        .out
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !matches!(ext.as_str(), "txt" | "png" | "pdf") {
        return Err(ProofError::FileType { ext }.into());
    }
    let now = Utc::now();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut summary = Vec::new();
    for id in opts.ids {
        let original = wallet.original_bytes(id)?;
        let mut texts = super::credential_codes(&original)?;
        if opts.card || opts.link {
            let parsed = crate::import::parse(&original)?;
            if opts.card {
                let public = holder_public(wallet)?;
                let store = wallet.store();
                let sign = |m: &[u8]| store.sign_as_holder(m);
                texts.push(super::holder_card(&parsed, &original, &public, &sign, now)?);
            }
            if opts.link {
                texts.push(super::link_code(&parsed)?);
            }
        }
        let versions = texts
            .iter()
            .map(|t| super::render::matrix(t).map(|m| m.version))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        summary.push(json!({"id": id, "codes": texts, "versions": versions}));
        rows.push(texts);
    }
    let bytes = match ext.as_str() {
        "txt" => rows
            .iter()
            .flatten()
            .map(|t| format!("{t}\n"))
            .collect::<String>()
            .into_bytes(),
        "png" => {
            let all: Vec<String> = rows.iter().flatten().cloned().collect();
            super::render::png(&all, super::render::DOTS_PER_MODULE)?
        }
        _ => pdf(wallet, l10n.lang(), None, opts.ids, &rows)?,
    };
    std::fs::write(opts.out, bytes).map_err(|e| Error::Unreadable {
        path: opts.out.to_path_buf(),
        reason: e.to_string(),
    })?;
    Ok(json!({"out": opts.out.display().to_string(), "credentials": summary}))
}

/// The A4 proof sheet (laid out by `crate::pdf`): the learner's name, each credential with its
/// summary and skills, and its codes, in `lang` plus `second` (the default second language
/// when `None`).
pub(crate) fn pdf(
    wallet: &Wallet,
    lang: &str,
    second: Option<&str>,
    ids: &[String],
    rows: &[Vec<String>],
) -> Result<Vec<u8>> {
    crate::pdf::proof_sheet(&proof_sheet(wallet, lang, second, ids, rows)?)
}

/// What the proof sheet of the chosen credentials shows (see [`pdf`]), not yet laid out.
pub(crate) fn proof_sheet(
    wallet: &Wallet,
    lang: &str,
    second: Option<&str>,
    ids: &[String],
    rows: &[Vec<String>],
) -> Result<crate::pdf::ProofSheet> {
    use crate::pdf::{Label, ProofCredential, ProofSheet};
    let date = |d: &Option<String>| d.as_deref().map(|d| d.chars().take(10).collect());
    let mut credentials = Vec::new();
    let mut learner = String::new();
    for (id, codes) in ids.iter().zip(rows) {
        let c = wallet.show(id)?.credential;
        if learner.is_empty() {
            learner = c.subject.name.clone().unwrap_or_default();
        }
        let achievement = c.achievement.as_ref();
        // Skill labels as the issuer named them (alignment target names), else the URI.
        let skills = c
            .skills
            .iter()
            .map(|uri| {
                let name = achievement
                    .and_then(|a| a.alignments.iter().find(|al| &al.target_url == uri))
                    .and_then(|al| al.target_name.clone());
                Label::new(name.unwrap_or_else(|| uri.clone()))
            })
            .collect();
        let summary = achievement
            .and_then(|a| a.description.clone().or_else(|| a.criteria.clone()))
            .or_else(|| c.description.clone())
            .unwrap_or_default();
        credentials.push(ProofCredential {
            title: c.display_name().to_string(),
            issuer: c.issuer_label().to_string(),
            issued: date(&c.issued).or_else(|| date(&c.valid_from)),
            valid_until: date(&c.valid_until),
            skills,
            summary,
            codes: codes.clone(),
        });
    }
    let mut sheet = ProofSheet::new(learner, lang);
    if let Some(second) = second {
        sheet.second_lang = second.to_string();
    }
    sheet.credentials = credentials;
    Ok(sheet)
}

/// The holder's Ed25519 public key, from the wallet's `did:key`.
fn holder_public(wallet: &Wallet) -> Result<[u8; 32]> {
    let did = wallet.holder_did()?;
    let bad = || Error::MalformedCredential {
        detail: "the wallet's holder key is not an Ed25519 did:key".into(),
    };
    let multibase = did.strip_prefix("did:key:z").ok_or_else(bad)?;
    let bytes = bs58::decode(multibase).into_vec().map_err(|_| bad())?;
    match bytes.strip_prefix(&[0xed, 0x01][..]) {
        Some(key) => key.try_into().map_err(|_| bad()),
        None => Err(bad()),
    }
}

/// Verifies a proof file; returns one JSON line per proof found and the exit code.
pub fn verify(
    l10n: &Localizer,
    file: &Path,
    at: DateTime<Utc>,
    trust: &dyn card::CardTrust,
) -> (Vec<Value>, u8) {
    let shown = file.display().to_string();
    let found = match super::verify_file(file, at, trust) {
        Ok(found) => found,
        Err(e) => return (vec![failed_line(l10n, &shown, &e)], EXIT_INPUT),
    };
    let mut code = 0u8;
    let mut lines = Vec::new();
    for f in found {
        let line = match f {
            Found::Credential {
                parsed,
                verdict,
                codes,
            } => {
                let c = &parsed.credential;
                let mut line = verdict_json(l10n, &verdict);
                line["format"] = json!(parsed.format.as_str());
                line["proof"] = json!("credential");
                line["codes"] = json!(codes);
                line["credential"] = json!({
                    "name": c.display_name(), "issuer": c.issuer_label(),
                    "subject": c.subject.name, "issued": c.issued, "skills": c.skills,
                });
                line
            }
            Found::Card(report) => {
                let cl = &report.claims;
                let mut line = verdict_json(l10n, &report.verdict);
                line["format"] = json!("erkend-card");
                line["proof"] = json!("card");
                line["signer"] = json!(report.signer);
                line["summary"] = json!(report.verdict.verified != Some(true));
                line["credential"] = json!({
                    "name": cl.achievement, "issuer": cl.issuer_name,
                    "subject": cl.holder_name,
                    "issued": cl.not_before.and_then(|t| DateTime::<Utc>::from_timestamp(t, 0))
                        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
                    "skills": cl.skills,
                    "digest": hex::encode(cl.credential_digest),
                });
                line
            }
            Found::Link(url) => {
                let verdict = Verdict::new(
                    vec![
                        Check::unchecked(CheckName::Hosted, "check-link-not-fetched")
                            .with_arg("url", url.as_str()),
                    ],
                    at,
                );
                let mut line = verdict_json(l10n, &verdict);
                line["format"] = json!("link");
                line["proof"] = json!("link");
                line["link"] = json!(url);
                line["credential"] = Value::Null;
                line
            }
            Found::Failed(e) => {
                code = code.max(EXIT_INPUT);
                lines.push(failed_line(l10n, &shown, &e));
                continue;
            }
        };
        if line["verified"] != json!(true) {
            code = code.max(EXIT_NOT_VERIFIED);
        }
        let mut line = line;
        line["file"] = json!(shown);
        line["error"] = Value::Null;
        lines.push(line);
    }
    (lines, code)
}

fn failed_line(l10n: &Localizer, file: &str, e: &Error) -> Value {
    json!({"file": file, "format": null, "verified": null, "trust": "red", "checks": [],
           "credential": null,
           "error": {"code": e.code(), "message": l10n.error(e), "args": e.args()}})
}

/// The verdict fields of a JSON line, as `erkend verify` writes them.
fn verdict_json(l10n: &Localizer, v: &Verdict) -> Value {
    let checks: Vec<Value> = v
        .checks
        .iter()
        .map(|c| {
            json!({"check": c.check, "outcome": c.outcome,
                   "message": l10n.format(&c.message, &c.args), "code": c.message})
        })
        .collect();
    json!({
        "verified": v.verified,
        "trust": v.trust,
        "checks": checks,
        "checked_at": v.checked_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    })
}

/// The human-readable form of one verify line: the verdict, the signed holder name prominent
/// with the reminder to compare it with an ID document, then each check.
pub fn text(l10n: &Localizer, line: &Value) -> String {
    let str_of = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let arg = |pairs: &[(&str, String)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    };
    let file = str_of(&line["file"]);
    if let Some(message) = line["error"]["message"].as_str() {
        return format!("{file}: {message}\n");
    }
    let verdict = match (line["verified"].as_bool(), line["proof"].as_str()) {
        (Some(true), _) => "cli-proof-verified",
        (Some(false), _) => "cli-proof-not-verified",
        (None, Some("card")) => "cli-proof-summary",
        (None, _) => "cli-proof-unchecked",
    };
    let name = str_of(&line["credential"]["name"]);
    let mut out = format!(
        "{file}: {}\n",
        l10n.format(verdict, &arg(&[("name", name)]))
    );
    if let Some(holder) = line["credential"]["subject"].as_str() {
        out.push_str(&l10n.format("cli-proof-holder", &arg(&[("name", holder.to_string())])));
        out.push('\n');
    }
    if let Some(url) = line["link"].as_str() {
        out.push_str(&l10n.format("cli-proof-link", &arg(&[("url", url.to_string())])));
        out.push('\n');
    }
    for check in line["checks"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "  [{}] {}: {}\n",
            str_of(&check["outcome"]),
            str_of(&check["check"]),
            str_of(&check["message"])
        ));
    }
    out
}
