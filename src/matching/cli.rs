//! `erkend match` output: the contract's fields (`occupation`, `label`, `score`, `essential`,
//! `optional`, `missing_essential`) plus `fit`, `matched_essential`, `related_essential` and a
//! translated `explanation` ("you have 7 of 12 essential skills: ..."); and the vacancy form.

use super::Match;
use crate::i18n::Localizer;
use crate::store::EscoDb;
use crate::wallet::VacancyMatch;
use crate::Result;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Labels of URIs in `lang` (English fallback, else the URI), joined for a sentence.
fn labels(db: &EscoDb, uris: &[String], lang: &str) -> Result<String> {
    let mut out = Vec::new();
    for uri in uris {
        out.push(db.label(uri, lang)?.map_or_else(|| uri.clone(), |(l, _)| l));
    }
    Ok(out.join(", "))
}

/// The explanation sentence of a match, in the learner's language.
pub fn explain(m: &Match, db: &EscoDb, l10n: &Localizer, lang: &str) -> Result<String> {
    let mut args: BTreeMap<String, String> = BTreeMap::new();
    args.insert("have".into(), m.essential.have.to_string());
    args.insert("total".into(), m.essential.total.to_string());
    args.insert("matched".into(), labels(db, &m.matched_essential, lang)?);
    args.insert("missing".into(), labels(db, &m.missing_essential, lang)?);
    args.insert("related".into(), m.related_essential.len().to_string());
    let mut text = l10n.format("match-explain-have", &args);
    if !m.missing_essential.is_empty() {
        text.push(' ');
        text.push_str(&l10n.format("match-explain-missing", &args));
    }
    if !m.related_essential.is_empty() {
        text.push(' ');
        text.push_str(&l10n.format("match-explain-related", &args));
    }
    Ok(text)
}

/// One match as JSON (see the module docs).
pub fn match_json(m: &Match, db: &EscoDb, l10n: &Localizer, lang: &str) -> Result<Value> {
    let mut item = serde_json::to_value(m).unwrap_or(Value::Null);
    let (label, label_lang) = db
        .label(&m.occupation, lang)?
        .map_or((Value::Null, Value::Null), |(l, g)| (json!(l), json!(g)));
    item["label"] = label;
    item["lang"] = label_lang;
    item["explanation"] = json!(explain(m, db, l10n, lang)?);
    Ok(item)
}

/// A vacancy match as JSON: `skills` found (`uri`, `label`, `lang`, `matched_text`) and the
/// match of those skills against the profile.
pub fn vacancy_json(v: &VacancyMatch, db: &EscoDb, l10n: &Localizer, lang: &str) -> Result<Value> {
    let mut skills = Vec::new();
    for s in &v.skills {
        let (label, label_lang) = db
            .label(&s.uri, lang)?
            .map_or((Value::Null, Value::Null), |(l, g)| (json!(l), json!(g)));
        skills.push(json!({"uri": s.uri, "label": label, "lang": label_lang, "matched_text": s.matched_text}));
    }
    let mut result = serde_json::to_value(&v.result).unwrap_or(Value::Null);
    if let Some(o) = result.as_object_mut() {
        o.remove("occupation");
    }
    result["explanation"] = json!(explain(&v.result, db, l10n, lang)?);
    Ok(json!({"skills": skills, "match": result}))
}
