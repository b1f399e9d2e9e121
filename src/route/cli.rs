//! The `erkend route` editing subcommands (add, change, remove, move steps; apply the newcomer
//! template) and the route's JSON and text output. The binary only dispatches here, so the
//! contract's shape lives next to the route it describes.

use super::{
    Helper, HelperRole, NewStep, PracticalKind, Route, StackItem, StepDetails, StepKind, StepStatus,
};
use crate::i18n::Localizer;
use crate::profile::parts::{Cefr, ExperienceKind};
use crate::store::EscoDb;
use crate::{Error, Result, Wallet};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Route-editing subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum EditCommand {
    /// Add a step to the route.
    AddStep {
        /// earn-credential, work-based-learning, language-goal or practical.
        #[arg(long)]
        kind: String,
        /// What the step is.
        #[arg(long)]
        title: String,
        /// ESCO skill the step should prove (repeatable).
        #[arg(long = "skill", value_name = "URI")]
        skills: Vec<String>,
        /// Place in the route (0 = first; default: last).
        #[arg(long)]
        position: Option<usize>,
        /// The step's details.
        #[command(flatten)]
        details: DetailArgs,
    },
    /// Change a step; only the options given change.
    UpdateStep {
        /// Step id (from `route show --json`).
        id: String,
        /// New kind.
        #[arg(long)]
        kind: Option<String>,
        /// New title.
        #[arg(long)]
        title: Option<String>,
        /// Replace the step's ESCO skills (repeatable).
        #[arg(long = "skill", value_name = "URI")]
        skills: Vec<String>,
        /// planned, in-progress or done.
        #[arg(long)]
        status: Option<String>,
        /// The step's details.
        #[command(flatten)]
        details: DetailArgs,
    },
    /// Remove a step.
    RemoveStep {
        /// Step id.
        id: String,
    },
    /// Move a step to another place (0 = first).
    MoveStep {
        /// Step id.
        id: String,
        /// New place.
        position: usize,
    },
    /// Add the newcomer step plan: language, diploma recognition, job centre, work
    /// experience, network, applying.
    ApplyTemplate {
        /// Language to learn (BCP 47).
        #[arg(long, default_value = "nl")]
        language: String,
        /// CEFR level to reach.
        #[arg(long, default_value = "B1")]
        level: String,
    },
}

/// A step's details as options (each one given replaces that field).
#[derive(Debug, Default, clap::Args)]
pub struct DetailArgs {
    /// Start date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    start: Option<String>,
    /// End or due date.
    #[arg(long)]
    end: Option<String>,
    /// Notes.
    #[arg(long)]
    notes: Option<String>,
    /// Who helps: mentor, coach or supervisor (with --helper-name).
    #[arg(long)]
    helper_role: Option<String>,
    /// The helper's name.
    #[arg(long)]
    helper_name: Option<String>,
    /// How to reach the helper.
    #[arg(long)]
    helper_contact: Option<String>,
    /// Work-based learning: volunteer, language-internship, work-experience-place, job.
    #[arg(long)]
    placement: Option<String>,
    /// Work-based learning: the place.
    #[arg(long)]
    place: Option<String>,
    /// Work-based learning: the supervisor.
    #[arg(long)]
    supervisor: Option<String>,
    /// Work-based learning: a learning goal (repeatable; replaces the list).
    #[arg(long = "goal")]
    goals: Vec<String>,
    /// Language goal: the language (BCP 47).
    #[arg(long)]
    language: Option<String>,
    /// Language goal: the CEFR level (A1-C2).
    #[arg(long)]
    level: Option<String>,
    /// Practical step: diploma-recognition, job-centre-registration, network-meeting,
    /// applying, other.
    #[arg(long)]
    practical: Option<String>,
    /// A stack item (repeatable; replaces the stack): ESCO skill URIs separated by commas, or
    /// an achievement name.
    #[arg(long = "stack", value_name = "ITEM")]
    stack: Vec<String>,
}

impl DetailArgs {
    /// Applies the options given to `d`.
    fn apply(&self, d: &mut StepDetails) -> Result<()> {
        let set = |field: &mut Option<String>, value: &Option<String>| {
            if value.is_some() {
                field.clone_from(value);
            }
        };
        set(&mut d.start, &self.start);
        set(&mut d.end, &self.end);
        set(&mut d.notes, &self.notes);
        set(&mut d.place, &self.place);
        set(&mut d.supervisor, &self.supervisor);
        set(&mut d.language, &self.language);
        if let Some(name) = &self.helper_name {
            let role = self.helper_role.as_deref().unwrap_or("mentor");
            d.helper = Some(Helper {
                role: named::<HelperRole>("helper-role", role)?,
                name: name.clone(),
                contact: self.helper_contact.clone(),
            });
        }
        if let Some(p) = &self.placement {
            d.placement = Some(ExperienceKind::parse(p)?);
        }
        if !self.goals.is_empty() {
            d.learning_goals.clone_from(&self.goals);
        }
        if let Some(level) = &self.level {
            d.cefr = Some(Cefr::parse(level)?);
        }
        if let Some(p) = &self.practical {
            d.practical = Some(named::<PracticalKind>("practical", p)?);
        }
        if !self.stack.is_empty() {
            d.stack = self.stack.iter().map(|item| stack_item(item)).collect();
        }
        Ok(())
    }
}

fn stack_item(text: &str) -> StackItem {
    if text.starts_with("http://") || text.starts_with("https://") {
        StackItem {
            skills: text
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            achievement: None,
        }
    } else {
        StackItem {
            skills: vec![],
            achievement: Some(text.trim().to_string()),
        }
    }
}

/// A kebab-case name of a serde enum, or a usage error naming the option.
fn named<T: serde::de::DeserializeOwned>(option: &str, value: &str) -> Result<T> {
    serde_json::from_value(Value::String(value.to_string())).map_err(|_| Error::Usage {
        detail: format!("--{option} {value}"),
    })
}

fn kind(name: &str) -> Result<StepKind> {
    StepKind::parse(name).ok_or_else(|| Error::Usage {
        detail: format!("--kind {name}"),
    })
}

/// Runs an editing subcommand; returns what to print with `--json`.
pub fn run(cmd: &EditCommand, wallet: &mut Wallet) -> Result<Value> {
    match cmd {
        EditCommand::AddStep {
            kind: k,
            title,
            skills,
            position,
            details,
        } => {
            let mut d = StepDetails::default();
            details.apply(&mut d)?;
            let step = NewStep {
                kind: kind(k)?,
                title: title.clone(),
                skills: skills.clone(),
                details: d,
            };
            let id = wallet.add_route_step(step, *position)?;
            Ok(json!({ "id": id }))
        }
        EditCommand::UpdateStep {
            id,
            kind: k,
            title,
            skills,
            status,
            details,
        } => {
            let k = k.as_deref().map(kind).transpose()?;
            let status = match status {
                Some(s) => Some(StepStatus::parse(s).ok_or_else(|| Error::Usage {
                    detail: format!("--status {s}"),
                })?),
                None => None,
            };
            let mut d = wallet
                .route()?
                .and_then(|r| r.steps.into_iter().find(|s| s.id == *id))
                .ok_or_else(|| Error::RouteStepNotFound { id: id.clone() })?
                .details;
            details.apply(&mut d)?;
            wallet.update_route_step(id, |step| {
                if let Some(k) = k {
                    step.kind = k;
                }
                if let Some(t) = title {
                    step.title.clone_from(t);
                }
                if !skills.is_empty() {
                    step.skills.clone_from(skills);
                }
                if let Some(s) = status {
                    step.status = s;
                }
                step.details = d;
            })?;
            Ok(json!({ "id": id }))
        }
        EditCommand::RemoveStep { id } => {
            wallet.remove_route_step(id)?;
            Ok(json!({ "id": id, "removed": true }))
        }
        EditCommand::MoveStep { id, position } => {
            wallet.move_route_step(id, *position)?;
            Ok(json!({ "id": id, "position": position }))
        }
        EditCommand::ApplyTemplate { language, level } => {
            let route = wallet.apply_route_template(language, Cefr::parse(level)?)?;
            Ok(json!({ "steps": route.steps.len() }))
        }
    }
}

/// The route as the contract prints it (`target`, `steps` with `id`, `kind`, `title`, `skills`,
/// `status`, `evidence`), plus each step's `details` and, for a stack, its `stack` progress.
/// Titles follow `lang`: a step about one skill shows that skill's label, a template step its
/// translated title.
pub fn route_json(
    wallet: &Wallet,
    route: &Route,
    db: &EscoDb,
    l10n: &Localizer,
    lang: &str,
) -> Result<Value> {
    let stacks = wallet.route_stacks()?;
    let mut steps = Vec::new();
    for step in &route.steps {
        let title = match (&step.details.template, step.skills.as_slice()) {
            (Some(id), _) => l10n.text(id),
            (None, [skill]) if step.kind == StepKind::EarnCredential => db
                .label(skill, lang)?
                .map_or(step.title.clone(), |(l, _)| l),
            _ => step.title.clone(),
        };
        steps.push(json!({
            "id": step.id, "kind": step.kind.as_str(), "title": title,
            "skills": step.skills, "status": step.status.as_str(), "evidence": step.evidence,
            "details": step.details, "stack": stacks.get(&step.id),
        }));
    }
    Ok(json!({"target": route.target, "steps": steps}))
}

/// The route as text lines in the learner's language.
pub fn route_text(doc: &Value, target: &str, l10n: &Localizer) -> Vec<String> {
    let steps = doc["steps"].as_array().cloned().unwrap_or_default();
    let mut lines = vec![l10n.format(
        "cli-route-target",
        &args(&[("target", target), ("count", &steps.len().to_string())]),
    )];
    for (n, step) in steps.iter().enumerate() {
        let status = l10n.text(&format!(
            "cli-route-status-{}",
            step["status"].as_str().unwrap_or_default()
        ));
        let mut line = format!(
            "{:>3}. [{}] {}",
            n + 1,
            status,
            step["title"].as_str().unwrap_or_default()
        );
        if let (Some(earned), Some(total)) = (
            step["stack"]["earned"].as_u64(),
            step["stack"]["total"].as_u64(),
        ) {
            line.push_str("  ");
            line.push_str(&l10n.format(
                "route-stack-progress",
                &args(&[
                    ("earned", &earned.to_string()),
                    ("total", &total.to_string()),
                ]),
            ));
        }
        lines.push(line);
    }
    lines
}

fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
