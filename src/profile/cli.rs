//! The `erkend profile` subcommands that fill the Skills Profile Tool's four parts, and the
//! profile's JSON and text output (the contract's `skills`, plus `pillars` and the parts).

use super::parts::{
    Appraisal, Cefr, Contact, Education, Experience, ExperienceKind, LanguageSkill, Person,
    SkillNote, Wishes,
};
use crate::i18n::Localizer;
use crate::store::EscoDb;
use crate::{Result, Wallet};
use serde_json::{json, Value};

/// Subcommands that edit the profile's parts.
#[derive(Debug, clap::Subcommand)]
pub enum PartsCommand {
    /// Part 1: the person (replaces it).
    SetPerson {
        /// Name.
        #[arg(long)]
        name: Option<String>,
        /// A language spoken (BCP 47; repeatable).
        #[arg(long = "speaks", value_name = "TAG")]
        languages: Vec<String>,
        /// E-mail address (kept in the wallet only).
        #[arg(long)]
        email: Option<String>,
        /// Telephone number (kept in the wallet only).
        #[arg(long)]
        phone: Option<String>,
        /// Address or town (kept in the wallet only).
        #[arg(long)]
        address: Option<String>,
    },
    /// Part 2: wishes (replaces them).
    SetWishes {
        /// Work wanted.
        #[arg(long)]
        work: Option<String>,
        /// An ESCO occupation wanted (repeatable).
        #[arg(long = "occupation", value_name = "URI")]
        occupations: Vec<String>,
        /// Study wishes.
        #[arg(long)]
        study: Option<String>,
        /// Language-learning wishes.
        #[arg(long)]
        language_learning: Option<String>,
        /// Self-employment plans.
        #[arg(long)]
        self_employment: Option<String>,
    },
    /// Part 3: a language with a CEFR self-assessment (replaces an earlier one).
    AddLanguage {
        /// The language (BCP 47).
        language: String,
        /// It is a mother tongue.
        #[arg(long)]
        mother_tongue: bool,
        /// Listening (A1-C2).
        #[arg(long)]
        listening: Option<String>,
        /// Reading (A1-C2).
        #[arg(long)]
        reading: Option<String>,
        /// Speaking (A1-C2).
        #[arg(long)]
        speaking: Option<String>,
        /// Writing (A1-C2).
        #[arg(long)]
        writing: Option<String>,
    },
    /// Part 3: education or training.
    AddEducation {
        /// Diploma, course or training.
        title: String,
        /// School or training body.
        #[arg(long)]
        institution: Option<String>,
        /// Country.
        #[arg(long)]
        country: Option<String>,
        /// Start (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// End.
        #[arg(long)]
        to: Option<String>,
        /// EQF level (1-8).
        #[arg(long)]
        eqf: Option<u8>,
        /// A related ESCO skill or occupation (repeatable).
        #[arg(long = "esco", value_name = "URI")]
        esco: Vec<String>,
    },
    /// Part 3: work experience, volunteer work, a language internship or work-experience place.
    AddExperience {
        /// Role or job title.
        title: String,
        /// job, volunteer, language-internship, work-experience-place or self-employed.
        #[arg(long, default_value = "job")]
        kind: String,
        /// Employer or host organisation.
        #[arg(long)]
        organisation: Option<String>,
        /// Town and/or country.
        #[arg(long)]
        place: Option<String>,
        /// Start (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// End.
        #[arg(long)]
        to: Option<String>,
        /// What was done there.
        #[arg(long)]
        description: Option<String>,
        /// A related ESCO skill or occupation (repeatable).
        #[arg(long = "esco", value_name = "URI")]
        esco: Vec<String>,
    },
    /// Part 3: a digital skill.
    AddDigital {
        /// The skill in your words.
        text: String,
        /// A related ESCO skill (repeatable).
        #[arg(long = "esco", value_name = "URI")]
        esco: Vec<String>,
    },
    /// Part 3: a soft skill.
    AddSoft {
        /// The skill in your words.
        text: String,
        /// A related ESCO skill (repeatable).
        #[arg(long = "esco", value_name = "URI")]
        esco: Vec<String>,
    },
    /// Part 4: the adviser's appraisal and next steps (replaces it).
    SetAppraisal {
        /// The adviser's name.
        #[arg(long)]
        adviser: Option<String>,
        /// The appraisal.
        #[arg(long)]
        text: Option<String>,
        /// A recommended next step (repeatable, in order).
        #[arg(long = "next-step")]
        next_steps: Vec<String>,
        /// Date (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
    },
}

fn level(text: &Option<String>) -> Result<Option<Cefr>> {
    text.as_deref().map(Cefr::parse).transpose()
}

/// Runs a parts subcommand; returns the four parts as JSON.
pub fn run(cmd: &PartsCommand, wallet: &mut Wallet) -> Result<Value> {
    let parts = match cmd {
        PartsCommand::SetPerson {
            name,
            languages,
            email,
            phone,
            address,
        } => wallet.set_person(Person {
            name: name.clone(),
            languages: languages.clone(),
            contact: Contact {
                email: email.clone(),
                phone: phone.clone(),
                address: address.clone(),
            },
        })?,
        PartsCommand::SetWishes {
            work,
            occupations,
            study,
            language_learning,
            self_employment,
        } => wallet.set_wishes(Wishes {
            work: work.clone(),
            occupations: occupations.clone(),
            study: study.clone(),
            language_learning: language_learning.clone(),
            self_employment: self_employment.clone(),
        })?,
        PartsCommand::AddLanguage {
            language,
            mother_tongue,
            listening,
            reading,
            speaking,
            writing,
        } => wallet.add_language(LanguageSkill {
            language: language.clone(),
            mother_tongue: *mother_tongue,
            listening: level(listening)?,
            reading: level(reading)?,
            speaking: level(speaking)?,
            writing: level(writing)?,
        })?,
        PartsCommand::AddEducation {
            title,
            institution,
            country,
            from,
            to,
            eqf,
            esco,
        } => wallet.add_education(Education {
            title: title.clone(),
            institution: institution.clone(),
            country: country.clone(),
            from: from.clone(),
            to: to.clone(),
            eqf_level: *eqf,
            esco: esco.clone(),
        })?,
        PartsCommand::AddExperience {
            title,
            kind,
            organisation,
            place,
            from,
            to,
            description,
            esco,
        } => wallet.add_experience(Experience {
            kind: ExperienceKind::parse(kind)?,
            title: title.clone(),
            organisation: organisation.clone(),
            place: place.clone(),
            from: from.clone(),
            to: to.clone(),
            description: description.clone(),
            esco: esco.clone(),
        })?,
        PartsCommand::AddDigital { text, esco } => wallet.add_digital_skill(SkillNote {
            text: text.clone(),
            esco: esco.clone(),
        })?,
        PartsCommand::AddSoft { text, esco } => wallet.add_soft_skill(SkillNote {
            text: text.clone(),
            esco: esco.clone(),
        })?,
        PartsCommand::SetAppraisal {
            adviser,
            text,
            next_steps,
            date,
        } => wallet.set_appraisal(Appraisal {
            adviser: adviser.clone(),
            text: text.clone(),
            next_steps: next_steps.clone(),
            date: date.clone(),
        })?,
    };
    Ok(serde_json::to_value(parts).unwrap_or(Value::Null))
}

/// The profile document: the contract's `skills` (each with `uri`, `label`, `lang`, `evidence`,
/// `sources`, plus its `pillar`), `pillars` (skill URIs per ESCO pillar) and the four parts as
/// `person`, `wishes`, `background` (part 3) and `appraisal`.
pub fn profile_json(wallet: &Wallet, db: &EscoDb, lang: &str) -> Result<Value> {
    let groups = wallet.profile_by_pillar(db)?;
    // Who vouches for each skill (endorsements and mentors' observations), by name.
    let endorsers = wallet.skill_endorsers()?;
    let mut skills = Vec::new();
    let mut pillars = serde_json::Map::new();
    for skill in wallet.profile()? {
        let (label, label_lang) = db
            .label(&skill.uri, lang)?
            .map_or((Value::Null, Value::Null), |(l, g)| (json!(l), json!(g)));
        let pillar = groups
            .iter()
            .find(|g| g.skills.iter().any(|s| s.uri == skill.uri))
            .map(|g| g.pillar.as_str());
        skills.push(json!({
            "uri": skill.uri, "label": label, "lang": label_lang,
            "evidence": skill.evidence, "sources": skill.sources, "pillar": pillar,
            "endorsers": crate::endorse::cli::endorsers_json(&endorsers, &skill.uri),
        }));
    }
    for g in &groups {
        let uris: Vec<&str> = g.skills.iter().map(|s| s.uri.as_str()).collect();
        pillars.insert(g.pillar.as_str().to_string(), json!(uris));
    }
    let parts = wallet.profile_parts()?;
    Ok(json!({
        "skills": skills,
        "pillars": pillars,
        "person": parts.person,
        "wishes": parts.wishes,
        "background": parts.skills,
        "appraisal": parts.appraisal,
    }))
}

/// The profile as text: skills grouped under their pillar's heading, in the learner's language.
pub fn profile_text(doc: &Value, l10n: &Localizer) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(name) = doc["person"]["name"].as_str() {
        lines.push(name.to_string());
    }
    for pillar in ["skills", "knowledge", "transversal", "language"] {
        let items: Vec<&Value> = doc["skills"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|s| s["pillar"].as_str().unwrap_or("skills") == pillar)
            .collect();
        if items.is_empty() {
            continue;
        }
        lines.push(l10n.text(&format!("profile-pillar-{pillar}")));
        for item in items {
            let label = item["label"]
                .as_str()
                .unwrap_or(item["uri"].as_str().unwrap_or_default());
            let evidence = l10n.text(&format!(
                "profile-evidence-{}",
                item["evidence"].as_str().unwrap_or_default()
            ));
            lines.push(format!(
                "  {label} [{}]  ({evidence})  {}",
                item["lang"].as_str().unwrap_or("-"),
                item["uri"].as_str().unwrap_or_default()
            ));
        }
    }
    lines
}
