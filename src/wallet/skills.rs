//! The wallet's skills-profile, matching and completeness actions (the facade's part for the
//! EU Skills Profile Tool, occupation and vacancy matching, micro-credential completeness).

use super::{is_esco_skill, now_rfc3339, Wallet};
use crate::completeness::{self, Completeness};
use crate::esco::Pillar;
use crate::matching::{self, Holdings, Match};
use crate::profile::parts::{
    Appraisal, Education, Experience, LanguageSkill, Parts, Person, SkillNote, Wishes, PART_NAMES,
};
use crate::profile::ProfileSkill;
use crate::store::EscoDb;
use crate::{Error, Result};
use chrono::Utc;
use serde::Serialize;
use std::collections::HashMap;

/// Profile skills of one ESCO pillar.
#[derive(Debug, Clone, Serialize)]
pub struct PillarGroup {
    /// The pillar.
    pub pillar: Pillar,
    /// Its skills, in profile order.
    pub skills: Vec<ProfileSkill>,
}

/// A skill found in a vacancy text.
#[derive(Debug, Clone, Serialize)]
pub struct VacancySkill {
    /// ESCO skill URI.
    pub uri: String,
    /// The (normalised) words of the text that named it.
    pub matched_text: String,
}

/// A vacancy turned into ESCO skills and matched against the profile.
#[derive(Debug, Clone, Serialize)]
pub struct VacancyMatch {
    /// The skills found, in text order.
    pub skills: Vec<VacancySkill>,
    /// The match, with every skill found counted as essential (`occupation` is empty).
    #[serde(rename = "match")]
    pub result: Match,
}

impl Wallet {
    /// The four Skills Profile Tool parts (empty parts when nothing was stored yet).
    pub fn profile_parts(&self) -> Result<Parts> {
        let mut parts = Parts::default();
        for name in PART_NAMES {
            let Some(json) = self.store.profile_part(name)? else {
                continue;
            };
            let damaged = |e: serde_json::Error| {
                Error::Storage(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
            };
            match name {
                "person" => parts.person = serde_json::from_str(&json).map_err(damaged)?,
                "wishes" => parts.wishes = serde_json::from_str(&json).map_err(damaged)?,
                "skills" => parts.skills = serde_json::from_str(&json).map_err(damaged)?,
                _ => parts.appraisal = serde_json::from_str(&json).map_err(damaged)?,
            }
        }
        Ok(parts)
    }

    /// Validates and stores all four parts (each part in its own row).
    pub fn set_profile_parts(&mut self, parts: &Parts) -> Result<()> {
        parts.validate()?;
        let now = now_rfc3339(Utc::now());
        let values = [
            serde_json::to_string(&parts.person),
            serde_json::to_string(&parts.wishes),
            serde_json::to_string(&parts.skills),
            serde_json::to_string(&parts.appraisal),
        ];
        for (name, value) in PART_NAMES.iter().zip(values) {
            let json = value.map_err(|e| {
                Error::Storage(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
            })?;
            if self.store.profile_part(name)?.as_deref() != Some(json.as_str()) {
                self.store.set_profile_part(name, &json, &now)?;
            }
        }
        Ok(())
    }

    /// Reads the parts, lets `change` edit them, validates and stores the result.
    pub fn update_profile_parts(&mut self, change: impl FnOnce(&mut Parts)) -> Result<Parts> {
        let mut parts = self.profile_parts()?;
        change(&mut parts);
        self.set_profile_parts(&parts)?;
        Ok(parts)
    }

    /// Part 1: sets the person.
    pub fn set_person(&mut self, person: Person) -> Result<Parts> {
        self.update_profile_parts(|p| p.person = person)
    }

    /// Part 2: sets the wishes.
    pub fn set_wishes(&mut self, wishes: Wishes) -> Result<Parts> {
        self.update_profile_parts(|p| p.wishes = wishes)
    }

    /// Part 3: adds (or replaces) a language with its CEFR self-assessment.
    pub fn add_language(&mut self, language: LanguageSkill) -> Result<Parts> {
        self.update_profile_parts(|p| p.skills.set_language(language))
    }

    /// Part 3: adds education or training.
    pub fn add_education(&mut self, education: Education) -> Result<Parts> {
        self.update_profile_parts(|p| p.skills.education.push(education))
    }

    /// Part 3: adds work experience (paid, volunteer, language internship, work-experience
    /// place, self-employed).
    pub fn add_experience(&mut self, experience: Experience) -> Result<Parts> {
        self.update_profile_parts(|p| p.skills.experience.push(experience))
    }

    /// Part 3: adds a digital skill.
    pub fn add_digital_skill(&mut self, skill: SkillNote) -> Result<Parts> {
        self.update_profile_parts(|p| p.skills.digital.push(skill))
    }

    /// Part 3: adds a soft skill.
    pub fn add_soft_skill(&mut self, skill: SkillNote) -> Result<Parts> {
        self.update_profile_parts(|p| p.skills.soft.push(skill))
    }

    /// Part 4: sets the adviser's appraisal and next steps.
    pub fn set_appraisal(&mut self, appraisal: Appraisal) -> Result<Parts> {
        self.update_profile_parts(|p| p.appraisal = appraisal)
    }

    /// The profile's skills grouped by ESCO pillar (skills, knowledge, transversal, language;
    /// only pillars that have skills), each group in profile order. A skill not in the bundled
    /// ESCO data counts under skills.
    pub fn profile_by_pillar(&self, esco: &EscoDb) -> Result<Vec<PillarGroup>> {
        let mut groups: Vec<PillarGroup> = [
            Pillar::Skills,
            Pillar::Knowledge,
            Pillar::Transversal,
            Pillar::Language,
        ]
        .into_iter()
        .map(|pillar| PillarGroup {
            pillar,
            skills: vec![],
        })
        .collect();
        for skill in self.profile()? {
            let pillar = esco.pillar(&skill.uri)?.unwrap_or(Pillar::Skills);
            if let Some(g) = groups.iter_mut().find(|g| g.pillar == pillar) {
                g.skills.push(skill);
            }
        }
        groups.retain(|g| !g.skills.is_empty());
        Ok(groups)
    }

    /// What the profile holds, as ESCO database ids with evidence and related skills.
    fn holdings(&self, esco: &EscoDb) -> Result<Holdings<i64>> {
        let profile = self.profile()?;
        let ids = esco.concept_ids(profile.iter().map(|s| s.uri.as_str()))?;
        let exact: HashMap<i64, crate::profile::Evidence> = profile
            .iter()
            .filter_map(|s| ids.get(s.uri.as_str()).map(|id| (*id, s.evidence)))
            .collect();
        let links = esco.related_skills(exact.keys().copied())?;
        Ok(Holdings::new(exact, links))
    }

    /// Every ESCO occupation ranked by fit for this profile, best `limit` first (see
    /// [`crate::matching`] for the rule).
    pub fn rank_occupations(&self, esco: &EscoDb, limit: usize) -> Result<Vec<Match>> {
        let held = self.holdings(esco)?;
        let index = esco.relation_index()?;
        let names = uri_cache(esco);
        Ok(matching::rank_by(index.iter(), &held, limit, |id| {
            names(id)
        }))
    }

    /// One occupation's match for this profile.
    pub fn match_occupation(&self, esco: &EscoDb, uri: &str) -> Result<Match> {
        let held = self.holdings(esco)?;
        let id = *esco
            .concept_ids([uri])?
            .get(uri)
            .ok_or_else(|| Error::Usage {
                detail: format!("{uri} is not an ESCO occupation URI"),
            })?;
        let reqs = esco.requirement_ids(id)?;
        let names = uri_cache(esco);
        Ok(matching::score_by(uri, reqs.iter().copied(), &held, |k| {
            names(k)
        }))
    }

    /// A vacancy text turned into ESCO skills by label matching in `lang` (see
    /// [`crate::esco::vacancy`]) and matched against this profile, every skill found counting
    /// as essential.
    pub fn match_vacancy(&self, esco: &EscoDb, text: &str, lang: &str) -> Result<VacancyMatch> {
        let found = esco.skill_dictionary_for(text, lang)?.find(text);
        let held = self.holdings(esco)?;
        let names = uri_cache(esco);
        let result = matching::score_by("", found.iter().map(|f| (f.concept, true)), &held, |k| {
            names(k)
        });
        let skills = found
            .iter()
            .map(|f| VacancySkill {
                uri: names(f.concept),
                matched_text: f.phrase.clone(),
            })
            .collect();
        Ok(VacancyMatch { skills, result })
    }

    /// Which EU micro-credential elements a stored credential carries.
    pub fn micro_completeness(&self, id: &str) -> Result<Completeness> {
        let stored = self.show(id)?;
        // The issuer's country is read from the document; stored bytes that no longer parse
        // still give every other element from the stored model.
        let document = crate::import::parse(&self.original_bytes(id)?)
            .ok()
            .map(|p| p.document);
        Ok(completeness::check(&stored.credential, document.as_ref()))
    }

    /// Adds skills linked in the profile parts to the skill sources (self-declared: the learner
    /// says so, in context).
    pub(super) fn part_skill_sources(&self) -> Result<Vec<crate::profile::SkillSource>> {
        Ok(self
            .profile_parts()?
            .linked_skills()
            .into_iter()
            .filter(|(uri, _)| is_esco_skill(uri))
            .map(|(uri, source)| crate::profile::SkillSource {
                uri,
                evidence: crate::profile::Evidence::SelfDeclared,
                source,
            })
            .collect())
    }
}

/// Id to URI through the ESCO database; an id it does not know shows as `esco:<id>` (it came
/// from the same database, so that means the file changed under us).
fn uri_cache(esco: &EscoDb) -> impl Fn(i64) -> String + '_ {
    move |id| esco.uri_of(id).unwrap_or_else(|_| format!("esco:{id}"))
}
