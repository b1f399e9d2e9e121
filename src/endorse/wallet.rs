//! The wallet side of endorsements: signing as this wallet's owner, attaching what arrives, and
//! what endorsements are worth in the skills profile.
//!
//! Rules (see also `ARCHITECTURE.md`):
//! - An imported endorsement whose subject is a stored credential's own id (or its achievement's
//!   id) is attached to it. One about a skill — subject the skill itself or this wallet's holder
//!   DID, with an ESCO alignment — is attached to that skill. Anything else is kept unattached
//!   (reported `imported` with `attached: false`) and attached when the credential it endorses is
//!   imported later; it raises nothing meanwhile. One about someone else's DID stays unattached.
//! - Only a verified endorsement by a key this wallet has never held raises evidence: a
//!   credential or achievement endorsement makes its credential's ESCO skills `endorsed`; a
//!   skill endorsement makes that skill `mentor-observed`. A self-signed one never raises.

use super::attest::{build_attestation, Attestation, EvidenceLabels};
use super::request::{About, EndorsementRequest, Party, REQUEST_TYPE};
use super::{build_endorsement, new_urn_uuid, EndorsementInfo, Target};
use crate::import::Parsed;
use crate::profile::{Evidence, SkillSource};
use crate::sign::{sign_document, Cryptosuite};
use crate::store::{
    Attachment, NewEndorsement, SignerIdentity, StoredCredential, StoredEndorsement,
};
use crate::verify::Verdict;
use crate::wallet::{is_esco_skill, now_rfc3339, ImportOutcome};
use crate::{Error, Result, Wallet};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// What importing an endorsement did, beside the usual import outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndorsementImported {
    /// Wallet id of the credential it was attached to.
    pub attached_to: Option<String>,
    /// The ESCO skill it was attached to.
    pub skill: Option<String>,
}

impl EndorsementImported {
    /// True when attached to a credential or a skill.
    pub fn attached(&self) -> bool {
        self.attached_to.is_some() || self.skill.is_some()
    }
}

/// Who endorsed a skill, for the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndorserInfo {
    /// Display name as signed.
    pub name: Option<String>,
    /// Organisation as signed.
    pub organisation: Option<String>,
    /// The endorser's DID.
    pub did: Option<String>,
    /// What the endorsement gives the skill.
    pub evidence: Evidence,
    /// The profile source id (`endorsement:<wallet id>`).
    pub source: String,
}

/// Who signs, with which suite, when.
#[derive(Debug, Clone, Copy)]
pub struct SignAs<'a> {
    /// The signer's identity as it goes into the document.
    pub who: &'a SignerIdentity,
    /// The cryptosuite.
    pub suite: Cryptosuite,
    /// The signing time (`validFrom` and the proof's `created`).
    pub at: DateTime<Utc>,
}

/// The name of the endorsement answering `request`, in `l10n`'s language.
pub fn answer_name(request: &EndorsementRequest, l10n: &crate::i18n::Localizer) -> String {
    let target = request
        .about
        .name
        .clone()
        .unwrap_or_else(|| request.about.id.clone());
    let mut args = BTreeMap::new();
    args.insert("target".to_string(), target);
    l10n.format("cli-endorse-credential-name", &args)
}

/// What the learner asks to have endorsed.
#[derive(Debug, Clone)]
pub enum RequestFor {
    /// A stored credential (wallet id).
    Credential(String),
    /// The achievement of a stored credential (wallet id).
    Achievement(String),
    /// An ESCO skill (with its label when known).
    Skill(String, Option<String>),
}

impl Wallet {
    /// The identity this wallet signs as. A `name` or `organisation` given now is stored first
    /// (and kept for next time); without any, signing needs one stored earlier.
    pub fn signer_identity(
        &mut self,
        name: Option<&str>,
        organisation: Option<&str>,
    ) -> Result<SignerIdentity> {
        let stored = self.store().signer_identity()?;
        let clean = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
        let (name, organisation) = (clean(name), clean(organisation));
        if name.is_none() && organisation.is_none() {
            return stored.ok_or(Error::SignerNameRequired);
        }
        let identity = SignerIdentity {
            name: name
                .or_else(|| stored.as_ref().map(|s| s.name.clone()))
                .ok_or(Error::SignerNameRequired)?,
            organisation: organisation.or_else(|| stored.and_then(|s| s.organisation)),
        };
        self.store_mut()
            .set_signer_identity(&identity, &now_rfc3339(Utc::now()))?;
        Ok(identity)
    }

    /// Signs an endorsement of `target` as this wallet's owner. `id` is the endorsement's own id
    /// (a request's answer id), else a fresh `urn:uuid:`.
    pub fn sign_endorsement(
        &self,
        target: &Target,
        comment: &str,
        name: &str,
        id: Option<String>,
        by: SignAs<'_>,
    ) -> Result<Value> {
        let SignAs { who, suite, at } = by;
        let did = self.holder_did()?;
        let id = match id {
            Some(id) => id,
            None => new_urn_uuid()?,
        };
        let now = now_rfc3339(at);
        let doc = build_endorsement(
            target,
            &EndorsementInfo {
                id: &id,
                name,
                did: &did,
                who,
                comment,
                valid_from: &now,
            },
        )?;
        sign_document(&doc, suite, &did, &now, |m| self.store().sign_as_holder(m))
    }

    /// Answers an endorsement request as this wallet's owner: its id answers the request,
    /// `name` is the endorsement's name (see [`answer_name`]).
    pub fn answer_request(
        &self,
        request: &EndorsementRequest,
        comment: &str,
        name: &str,
        by: SignAs<'_>,
    ) -> Result<Value> {
        let id = Some(request.endorsement_id());
        self.sign_endorsement(&request.target(), comment, name, id, by)
    }

    /// Signs a work-based-learning attestation issued by this wallet's owner.
    pub fn sign_attestation(
        &self,
        attestation: &Attestation,
        labels: &EvidenceLabels,
        by: SignAs<'_>,
    ) -> Result<Value> {
        let SignAs { who, suite, at } = by;
        let did = self.holder_did()?;
        let now = now_rfc3339(at);
        let doc = build_attestation(
            attestation,
            labels,
            &new_urn_uuid()?,
            &new_urn_uuid()?,
            &did,
            who,
            &now,
        )?;
        sign_document(&doc, suite, &did, &now, |m| self.store().sign_as_holder(m))
    }

    /// An endorsement request for something in this wallet.
    pub fn endorsement_request(
        &self,
        what: &RequestFor,
        learner_name: Option<&str>,
        narrative: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<EndorsementRequest> {
        let summary = |s: &StoredCredential, kind: &str, id: String| About {
            kind: kind.into(),
            id,
            name: Some(crate::model::display_text(s.credential.display_name())),
            issuer: Some(crate::model::display_text(s.credential.issuer_label())),
            issued: s.credential.issued.clone(),
            skills: s.credential.skills.clone(),
        };
        let about = match what {
            RequestFor::Credential(wallet_id) => {
                let s = self.show(wallet_id)?;
                let own = s.credential.credential_id.clone().ok_or_else(|| {
                    Error::EndorseTargetHasNoId {
                        id: wallet_id.clone(),
                    }
                })?;
                summary(&s, "credential", own)
            }
            RequestFor::Achievement(wallet_id) => {
                let s = self.show(wallet_id)?;
                let own = s
                    .credential
                    .achievement
                    .as_ref()
                    .and_then(|a| a.id.clone())
                    .ok_or_else(|| Error::EndorseTargetHasNoId {
                        id: wallet_id.clone(),
                    })?;
                summary(&s, "achievement", own)
            }
            RequestFor::Skill(uri, label) => {
                if !is_esco_skill(uri) {
                    return Err(Error::Usage {
                        detail: format!("{uri} is not an ESCO skill URI"),
                    });
                }
                About {
                    kind: "skill".into(),
                    id: uri.clone(),
                    name: label.clone(),
                    issuer: None,
                    issued: None,
                    skills: vec![uri.clone()],
                }
            }
        };
        let nonce = new_urn_uuid()?;
        Ok(EndorsementRequest {
            kind: REQUEST_TYPE.into(),
            version: 1,
            nonce: nonce.trim_start_matches("urn:uuid:").into(),
            learner: Party {
                did: self.holder_did()?,
                name: learner_name.map(String::from),
            },
            about,
            narrative: narrative.map(String::from),
            created: now_rfc3339(at),
        })
    }

    /// Stores an imported `EndorsementCredential` and attaches it (see the module rules).
    pub(crate) fn import_endorsement(
        &mut self,
        bytes: &[u8],
        parsed: &Parsed,
        verdict: Verdict,
        at: DateTime<Utc>,
    ) -> Result<ImportOutcome> {
        let attachment = self.attachment_for(parsed)?;
        let endorser = parsed.credential.issuer.name.as_deref().or(parsed
            .credential
            .issuer
            .id
            .as_deref());
        let comment = endorsement_comment(&parsed.document);
        let inserted = self.store_mut().insert_endorsement(&NewEndorsement {
            original: bytes,
            content_key: &parsed.content_key,
            attachment: &attachment,
            endorser,
            comment: comment.as_deref(),
            verdict: &verdict,
            now: &now_rfc3339(at),
        })?;
        let (new, id) = inserted.into_parts();
        let (attached_to, skill) = match attachment {
            Attachment::Credential(c) => (Some(c), None),
            Attachment::Skill(s) => (None, Some(s)),
            Attachment::None => (None, None),
        };
        Ok(ImportOutcome {
            new,
            id,
            format: parsed.format,
            verdict,
            endorsement: Some(EndorsementImported { attached_to, skill }),
        })
    }

    /// Where an endorsement belongs in this wallet.
    fn attachment_for(&self, parsed: &Parsed) -> Result<Attachment> {
        let Some(subject) = parsed.credential.endorses() else {
            return Ok(Attachment::None);
        };
        for achievement in [false, true] {
            if let Some(c) = self.store().credential_by_own_id(subject, achievement)? {
                return Ok(Attachment::Credential(c));
            }
        }
        let skill = parsed
            .credential
            .skills
            .iter()
            .find(|s| is_esco_skill(s))
            .cloned();
        if let Some(skill) = skill {
            if subject == skill || self.store().holder_dids()?.iter().any(|d| d == subject) {
                return Ok(Attachment::Skill(skill));
            }
        }
        Ok(Attachment::None)
    }

    /// Attaches kept, unattached endorsements of a credential that has just been stored.
    pub(crate) fn attach_pending_endorsements(&mut self, credential: &str) -> Result<()> {
        let stored = self.show(credential)?;
        let ids: Vec<&str> = [
            stored.credential.credential_id.as_deref(),
            stored
                .credential
                .achievement
                .as_ref()
                .and_then(|a| a.id.as_deref()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if ids.is_empty() {
            return Ok(());
        }
        for e in self.store().endorsements()? {
            if e.attachment != Attachment::None {
                continue;
            }
            let Ok(parsed) = crate::import::parse(&e.original) else {
                continue;
            };
            if parsed
                .credential
                .endorses()
                .is_some_and(|s| ids.contains(&s))
            {
                self.store_mut().attach_endorsement(&e.id, credential)?;
            }
        }
        Ok(())
    }

    /// Imports a backup's endorsements again through the normal path (verified now, attached
    /// where their subject is); one that no longer parses is skipped, never fatal.
    pub(crate) fn restore_endorsements(&mut self, payload: &crate::backup::Payload) -> Result<()> {
        use base64::Engine;
        let at = Utc::now();
        for e in &payload.endorsements {
            let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(e.original.as_bytes())
            else {
                continue;
            };
            let Ok(parsed) = crate::import::parse(&bytes) else {
                continue;
            };
            if parsed.credential.endorses().is_some() {
                let verdict = crate::verify::verify(&parsed, at);
                self.import_endorsement(&bytes, &parsed, verdict, at)?;
            }
        }
        Ok(())
    }

    /// The endorsements a stored credential carries inside itself, each verified now.
    pub fn embedded_endorsements(
        &self,
        credential: &str,
    ) -> Result<Vec<super::embedded::EmbeddedEndorsement>> {
        let parsed = crate::import::parse(&self.original_bytes(credential)?)?;
        Ok(super::embedded::embedded(&parsed.document, Utc::now()))
    }

    /// The endorsements attached to a stored credential.
    pub fn endorsements_of(&self, credential: &str) -> Result<Vec<StoredEndorsement>> {
        self.store().endorsements_of(credential)
    }

    /// Every stored endorsement (attached or not).
    pub fn endorsements(&self) -> Result<Vec<StoredEndorsement>> {
        self.store().endorsements()
    }

    /// The profile evidence endorsements give: one source per (skill, endorsement), with who
    /// gave it. Only verified endorsements by a key this wallet never held count.
    pub fn endorsement_evidence(&self) -> Result<Vec<(SkillSource, EndorserInfo)>> {
        let own = self.store().holder_dids()?;
        let mut out = Vec::new();
        for e in self.store().endorsements()? {
            if e.verdict.as_ref().and_then(|v| v.verified) != Some(true) {
                continue;
            }
            let Ok(parsed) = crate::import::parse(&e.original) else {
                continue;
            };
            let did = parsed.credential.issuer.id.clone();
            if did.as_ref().is_none_or(|d| own.contains(d)) {
                continue;
            }
            let (skills, evidence) = match &e.attachment {
                Attachment::Credential(c) => {
                    let skills = self.show(c)?.credential.skills;
                    (skills, Evidence::Endorsed)
                }
                Attachment::Skill(s) => (vec![s.clone()], Evidence::MentorObserved),
                Attachment::None => continue,
            };
            let source = format!("endorsement:{}", e.id);
            let organisation = parsed
                .document
                .pointer("/issuer/parentOrg/name")
                .and_then(Value::as_str)
                .map(String::from);
            for uri in skills.into_iter().filter(|s| is_esco_skill(s)) {
                out.push((
                    SkillSource {
                        uri,
                        evidence,
                        source: source.clone(),
                    },
                    EndorserInfo {
                        name: parsed.credential.issuer.name.clone(),
                        organisation: organisation.clone(),
                        did: did.clone(),
                        evidence,
                        source: source.clone(),
                    },
                ));
            }
        }
        Ok(out)
    }

    /// Who endorsed each skill, by ESCO URI (for the profile's `endorsers`).
    pub fn skill_endorsers(&self) -> Result<BTreeMap<String, Vec<EndorserInfo>>> {
        let mut map: BTreeMap<String, Vec<EndorserInfo>> = BTreeMap::new();
        for (source, who) in self.endorsement_evidence()? {
            let list = map.entry(source.uri).or_default();
            if !list.contains(&who) {
                list.push(who);
            }
        }
        Ok(map)
    }
}

/// The `endorsementComment` of an endorsement document (a VC-JWT's `vc` claim, or the document).
pub(crate) fn endorsement_comment(doc: &Value) -> Option<String> {
    let doc = doc.get("vc").unwrap_or(doc);
    let subject = match doc.get("credentialSubject") {
        Some(Value::Array(list)) => list.first(),
        other => other,
    };
    subject
        .and_then(|s| s.get("endorsementComment"))
        .and_then(Value::as_str)
        .map(String::from)
}
