//! The command-line side of endorsements: `erkend endorse` (the contract's form plus
//! `--achievement`, `--request`, `--subject`, `--narrative`, `--organisation`, `--suite`,
//! `--dry-run`), `erkend request-endorsement` and `erkend attest`, and the JSON `show` and
//! `profile` print for endorsements. `src/bin/erkend.rs` only dispatches here.
//!
//! What is signed is always shown first: the review lines go to stdout before the file is
//! written (and with `--dry-run` nothing is signed at all).

use super::attest::{Attestation, EvidenceLabels};
use super::request::EndorsementRequest;
use super::wallet::{EndorserInfo, RequestFor, SignAs};
use super::Target;
use crate::i18n::Localizer;
use crate::sign::Cryptosuite;
use crate::store::{EscoDb, SignerIdentity};
use crate::{Error, Result, Wallet};
use chrono::Utc;
use clap::{ArgGroup, Args};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// `erkend endorse`.
#[derive(Args, Debug)]
#[command(group(ArgGroup::new("target").required(true)))]
pub struct EndorseArgs {
    /// The own id of the credential to endorse (e.g. urn:uuid:…), not its wallet id.
    #[arg(long, value_name = "CREDENTIAL-ID-URI", group = "target")]
    pub about: Option<String>,
    /// The id of an achievement to endorse.
    #[arg(long, value_name = "URI", group = "target")]
    pub achievement: Option<String>,
    /// An ESCO skill URI: endorse the learner's skill (a mentor's observation).
    #[arg(long, value_name = "URI", group = "target")]
    pub skill: Option<String>,
    /// A learner's endorsement request (JSON file or QR payload text).
    #[arg(long, value_name = "FILE", group = "target")]
    pub request: Option<PathBuf>,
    /// Your words (the endorsementComment).
    #[arg(long)]
    pub comment: String,
    /// For --skill: what you observed.
    #[arg(long)]
    pub narrative: Option<String>,
    /// For --skill: the learner's DID.
    #[arg(long, value_name = "DID")]
    pub subject: Option<String>,
    /// Who signs and how.
    #[command(flatten)]
    pub signer: SignerArgs,
    /// Show what would be signed, sign nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Where to write the EndorsementCredential.
    #[arg(long, value_name = "FILE", required_unless_present = "dry_run")]
    pub out: Option<PathBuf>,
}

/// The signer options `endorse` and `attest` share.
#[derive(Args, Debug)]
pub struct SignerArgs {
    /// Your display name (remembered by the wallet).
    #[arg(long)]
    pub name: Option<String>,
    /// Your organisation (remembered by the wallet).
    #[arg(long)]
    pub organisation: Option<String>,
    /// eddsa-rdfc-2022 (default) or eddsa-jcs-2022.
    #[arg(long, default_value = "eddsa-rdfc-2022")]
    pub suite: String,
}

impl SignerArgs {
    /// The cryptosuite asked for.
    fn suite(&self) -> Result<Cryptosuite> {
        Cryptosuite::parse(&self.suite).ok_or_else(|| Error::Usage {
            detail: format!("--suite {}", self.suite),
        })
    }

    /// The stored identity, updated with what was given now. Called once the input is known
    /// to be good, so a refused command stores nothing.
    fn identity(&self, wallet: &mut Wallet) -> Result<SignerIdentity> {
        wallet.signer_identity(self.name.as_deref(), self.organisation.as_deref())
    }
}

/// `erkend request-endorsement`.
#[derive(Args, Debug)]
#[command(group(ArgGroup::new("what").required(true)))]
pub struct RequestArgs {
    /// Wallet id of the credential to have endorsed.
    #[arg(long, value_name = "ID", group = "what")]
    pub credential: Option<String>,
    /// Wallet id of the credential whose achievement is to be endorsed.
    #[arg(long, value_name = "ID", group = "what")]
    pub achievement: Option<String>,
    /// An ESCO skill URI to have observed.
    #[arg(long, value_name = "URI", group = "what")]
    pub skill: Option<String>,
    /// What you ask the endorser to look at.
    #[arg(long)]
    pub narrative: Option<String>,
    /// Your name, shown to the endorser.
    #[arg(long)]
    pub name: Option<String>,
    /// Where to write the request (`.txt`: one line of QR payload text; else JSON).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// `erkend attest`.
#[derive(Args, Debug)]
pub struct AttestArgs {
    /// The learner's DID.
    #[arg(long, value_name = "DID")]
    pub subject: String,
    /// Title of the placement or achievement.
    #[arg(long)]
    pub title: String,
    /// achievementType: ApprenticeshipCertificate, Assessment, Award, Certificate,
    /// ext:WorkBasedLearning.
    #[arg(long = "type", default_value = "ApprenticeshipCertificate")]
    pub achievement_type: String,
    /// A description of the placement.
    #[arg(long)]
    pub description: Option<String>,
    /// ESCO skill URIs shown (repeat).
    #[arg(long, value_name = "URI")]
    pub skill: Vec<String>,
    /// A task carried out (repeat).
    #[arg(long)]
    pub task: Vec<String>,
    /// A learning goal reached (repeat).
    #[arg(long)]
    pub goal: Vec<String>,
    /// Your evaluation.
    #[arg(long)]
    pub evaluation: Option<String>,
    /// Was the work in service of learning? yes or no.
    #[arg(long, value_name = "yes|no")]
    pub in_service_of_learning: Option<String>,
    /// Where the work took place.
    #[arg(long)]
    pub place: Option<String>,
    /// First day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Who signs and how.
    #[command(flatten)]
    pub signer: SignerArgs,
    /// Where to write the credential.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// `erkend endorse`: review, sign, write.
pub fn endorse(wallet: &mut Wallet, l10n: &Localizer, json: bool, a: &EndorseArgs) -> Result<u8> {
    let suite = a.signer.suite()?;
    let request = match &a.request {
        Some(path) => Some(EndorsementRequest::parse(&crate::wallet::read_input(
            path,
        )?)?),
        None => None,
    };
    let target = match (&request, &a.about, &a.achievement, &a.skill) {
        (Some(r), ..) => r.target(),
        (None, Some(id), ..) => Target::Credential(id.clone()),
        (None, None, Some(id), _) => Target::Achievement(id.clone()),
        (None, None, None, Some(uri)) => {
            if !crate::wallet::is_esco_skill(uri) {
                return Err(Error::Usage {
                    detail: format!("{uri} is not an ESCO skill URI"),
                });
            }
            Target::Skill {
                uri: uri.clone(),
                label: esco_label(uri, l10n.lang()),
                learner: a.subject.clone(),
                narrative: a.narrative.clone(),
            }
        }
        _ => {
            return Err(Error::Usage {
                detail: "--about, --achievement, --skill or --request".into(),
            })
        }
    };
    let who = a.signer.identity(wallet)?;
    let did = wallet.holder_did()?;
    let shown_target = request
        .as_ref()
        .and_then(|r| r.about.name.clone())
        .or_else(|| match &target {
            Target::Skill { label, .. } => label.clone(),
            _ => None,
        })
        .unwrap_or_else(|| match &target {
            Target::Skill { uri, .. } => uri.clone(),
            other => other.subject_id().to_string(),
        });
    let review = review_lines(l10n, &who, &did, &target, request.as_ref(), &a.comment);
    if !json {
        for line in &review {
            outln(line);
        }
    }
    let mut report = json!({
        "endorser": {"did": did, "name": who.name, "organisation": who.organisation},
        "about": {"kind": target.kind(), "id": target.subject_id()},
        "comment": a.comment, "suite": suite.as_str(), "review": review,
        "request": request.as_ref().map(|r| r.nonce.clone()),
    });
    let Some(out) = a.out.as_ref().filter(|_| !a.dry_run) else {
        report["out"] = Value::Null;
        report["id"] = Value::Null;
        finish(json, &report, &l10n.text("cli-endorse-dry-run"));
        return Ok(0);
    };
    let name = l10n.format("cli-endorse-credential-name", &arg("target", &shown_target));
    let id = request.as_ref().map(EndorsementRequest::endorsement_id);
    let by = SignAs {
        who: &who,
        suite,
        at: Utc::now(),
    };
    let signed = wallet.sign_endorsement(&target, &a.comment, &name, id, by)?;
    write_json(out, &signed)?;
    report["out"] = json!(out.display().to_string());
    report["id"] = signed["id"].clone();
    let done = l10n.format("cli-endorse-done", &arg("path", &out.display().to_string()));
    finish(json, &report, &done);
    Ok(0)
}

/// `erkend request-endorsement`: writes the request file (or QR payload text).
pub fn request(wallet: &mut Wallet, l10n: &Localizer, json: bool, a: &RequestArgs) -> Result<u8> {
    let what = match (&a.credential, &a.achievement, &a.skill) {
        (Some(id), ..) => RequestFor::Credential(id.clone()),
        (None, Some(id), _) => RequestFor::Achievement(id.clone()),
        (None, None, Some(uri)) => RequestFor::Skill(uri.clone(), esco_label(uri, l10n.lang())),
        _ => {
            return Err(Error::Usage {
                detail: "--credential, --achievement or --skill".into(),
            })
        }
    };
    let r =
        wallet.endorsement_request(&what, a.name.as_deref(), a.narrative.as_deref(), Utc::now())?;
    let qr = a
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    let text = if qr { r.to_qr_text() } else { r.to_json() };
    std::fs::write(&a.out, format!("{text}\n"))?;
    let shown = a.out.display().to_string();
    let report = json!({"out": shown, "nonce": r.nonce, "learner": r.learner.did,
                        "about": r.about, "qr": qr});
    finish(
        json,
        &report,
        &l10n.format("cli-request-done", &arg("path", &shown)),
    );
    Ok(0)
}

/// `erkend attest`: a supervisor's signed work-based-learning credential.
pub fn attest(wallet: &mut Wallet, l10n: &Localizer, json: bool, a: &AttestArgs) -> Result<u8> {
    let suite = a.signer.suite()?;
    for uri in &a.skill {
        if !crate::wallet::is_esco_skill(uri) {
            return Err(Error::Usage {
                detail: format!("{uri} is not an ESCO skill URI"),
            });
        }
    }
    let in_service = match a.in_service_of_learning.as_deref() {
        None => None,
        Some("yes") => Some(true),
        Some("no") => Some(false),
        Some(other) => {
            return Err(Error::Usage {
                detail: format!("--in-service-of-learning {other}"),
            })
        }
    };
    let who = a.signer.identity(wallet)?;
    let attestation = Attestation {
        subject: a.subject.clone(),
        title: a.title.clone(),
        achievement_type: a.achievement_type.clone(),
        description: a.description.clone(),
        skills: a
            .skill
            .iter()
            .map(|u| (u.clone(), esco_label(u, l10n.lang())))
            .collect(),
        tasks: a.task.clone(),
        goals: a.goal.clone(),
        evaluation: a.evaluation.clone(),
        in_service_of_learning: in_service,
        place: a.place.clone(),
        from: a.from.clone(),
        until: a.until.clone(),
    };
    let labels = EvidenceLabels {
        tasks: l10n.text("attest-evidence-tasks"),
        goals: l10n.text("attest-evidence-goals"),
        evaluation: l10n.text("attest-evidence-evaluation"),
        yes: l10n.text("attest-answer-yes"),
        no: l10n.text("attest-answer-no"),
        place: l10n.text("attest-evidence-place"),
    };
    let by = SignAs {
        who: &who,
        suite,
        at: Utc::now(),
    };
    let signed = wallet.sign_attestation(&attestation, &labels, by)?;
    write_json(&a.out, &signed)?;
    let shown = a.out.display().to_string();
    let report = json!({"out": shown, "id": signed["id"], "issuer": signed["issuer"],
                        "subject": a.subject, "suite": suite.as_str()});
    finish(
        json,
        &report,
        &l10n.format("cli-attest-done", &arg("path", &shown)),
    );
    Ok(0)
}

/// `show`'s `endorsements`: `[{"id", "endorser", "comment", "verified", "embedded"}]` — the
/// ones attached to the credential (`id` is the endorsement's wallet id), then the ones it
/// carries inside itself (`embedded: true`, `id` is the endorsement's own id, verified now).
pub fn endorsements_json(wallet: &Wallet, credential: &str) -> Result<Value> {
    let mut out: Vec<Value> = wallet
        .endorsements_of(credential)?
        .iter()
        .map(|e| {
            json!({
                "id": e.id, "endorser": e.endorser, "comment": e.comment,
                "verified": e.verdict.as_ref().and_then(|v| v.verified),
                "trust": e.verdict.as_ref().map(|v| v.trust),
                "imported_at": e.imported_at, "embedded": false,
            })
        })
        .collect();
    // A credential whose bytes no longer parse still shows its attached endorsements.
    for e in wallet.embedded_endorsements(credential).unwrap_or_default() {
        out.push(
            json!({"id": e.id, "endorser": e.endorser, "comment": e.comment,
                        "verified": e.verified, "embedded": true}),
        );
    }
    Ok(Value::Array(out))
}

/// `profile`'s per-skill `endorsers`, by skill URI.
pub fn endorsers_json(endorsers: &BTreeMap<String, Vec<EndorserInfo>>, uri: &str) -> Value {
    json!(endorsers.get(uri).map(Vec::as_slice).unwrap_or_default())
}

fn review_lines(
    l10n: &Localizer,
    who: &SignerIdentity,
    did: &str,
    target: &Target,
    request: Option<&EndorsementRequest>,
    comment: &str,
) -> Vec<String> {
    let signer = match &who.organisation {
        Some(org) => format!("{} ({org})", who.name),
        None => who.name.clone(),
    };
    let mut lines = vec![l10n.format(
        "cli-endorse-review",
        &args(&[("name", &signer), ("did", did)]),
    )];
    let kind = l10n.text(&format!("cli-endorse-kind-{}", target.kind()));
    let id = match target {
        Target::Skill { uri, .. } => uri.as_str(),
        other => other.subject_id(),
    };
    lines.push(l10n.format(
        "cli-endorse-review-about",
        &args(&[("kind", &kind), ("id", id)]),
    ));
    if let Some(about) = request.map(|r| &r.about) {
        if let Some(name) = about.name.as_ref().filter(|_| about.kind != "skill") {
            lines.push(l10n.format(
                "cli-endorse-review-summary",
                &args(&[
                    ("name", name),
                    ("issuer", about.issuer.as_deref().unwrap_or("-")),
                    ("issued", about.issued.as_deref().unwrap_or("-")),
                ]),
            ));
        }
        if !about.skills.is_empty() {
            let skills = about.skills.join(", ");
            lines.push(l10n.format("cli-endorse-review-skills", &arg("skills", &skills)));
        }
    }
    let learner = request
        .map(|r| match &r.learner.name {
            Some(n) => format!("{n} ({})", r.learner.did),
            None => r.learner.did.clone(),
        })
        .or_else(|| match target {
            Target::Skill { learner, .. } => learner.clone(),
            _ => None,
        });
    if let Some(learner) = learner {
        lines.push(l10n.format("cli-endorse-review-learner", &arg("learner", &learner)));
    }
    lines.push(l10n.format("cli-endorse-review-comment", &arg("comment", comment)));
    lines
}

/// The ESCO label of a skill in `lang`, when the ESCO database is at hand (never built here:
/// building it is slow, and a label is a nicety, the URI is what is signed).
fn esco_label(uri: &str, lang: &str) -> Option<String> {
    let path = EscoDb::default_path();
    if !path.exists() {
        return None;
    }
    let db = EscoDb::open_or_build(&path, &mut |_, _| {}).ok()?;
    db.label(uri, lang).ok().flatten().map(|(label, _)| label)
}

fn write_json(path: &Path, doc: &Value) -> Result<()> {
    let mut text = serde_json::to_string_pretty(doc).map_err(|e| Error::SigningFailed {
        detail: e.to_string(),
    })?;
    text.push('\n');
    std::fs::write(path, text)?;
    Ok(())
}

fn finish(json: bool, report: &Value, text: &str) {
    if json {
        outln(&serde_json::to_string_pretty(report).unwrap_or_default());
    } else {
        outln(text);
    }
}

/// Prints a line, ignoring a closed stdout.
fn outln(text: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

fn arg(k: &str, v: &str) -> BTreeMap<String, String> {
    args(&[(k, v)])
}

fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
