//! `erkend route export`: the wallet's learning route as a printed, bilingual sheet.
//!
//! The CLI (and later the desktop app) call [`export_route`]; it reads the route from the
//! wallet, names the target and one-skill steps with their ESCO labels in both languages, and
//! writes the PDF from [`super::route_sheet`].

use super::{default_second_language, route_sheet, Label, RouteSheet, RouteSheetStep};
use crate::store::EscoDb;
use crate::{Result, Wallet};
use std::path::Path;

/// What `route export` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteExport {
    /// Number of steps on the sheet.
    pub steps: usize,
    /// The sheet's first language.
    pub lang: String,
    /// The sheet's second language.
    pub second_lang: String,
}

/// An ESCO concept's label in both languages, or `fallback` where ESCO has none.
fn esco_label(esco: &EscoDb, uri: &str, lang: &str, second: &str, fallback: &str) -> Result<Label> {
    let first = esco
        .label(uri, lang)?
        .map_or_else(|| fallback.to_string(), |(l, _)| l);
    let other = esco
        .label(uri, second)?
        .map_or_else(|| fallback.to_string(), |(l, _)| l);
    Ok(if other == first {
        Label::new(first)
    } else {
        Label::with_second(first, other)
    })
}

/// The wallet's route as a sheet in `lang` and its default second language (Dutch, or English
/// when `lang` is Dutch); `None` when no route target is set.
pub fn route_sheet_of(wallet: &Wallet, esco: &EscoDb, lang: &str) -> Result<Option<RouteSheet>> {
    let Some(route) = wallet.route()? else {
        return Ok(None);
    };
    let second = default_second_language(lang);
    let target = esco_label(esco, &route.target, lang, second, &route.target_label)?;
    let mut steps = Vec::with_capacity(route.steps.len());
    for step in &route.steps {
        // A step about one skill is titled by that skill, as `route show` does.
        let title = match step.skills.as_slice() {
            [skill] => esco_label(esco, skill, lang, second, &step.title)?,
            _ => Label::new(step.title.clone()),
        };
        let skills = if step.skills.len() > 1 {
            step.skills
                .iter()
                .map(|s| esco_label(esco, s, lang, second, s))
                .collect::<Result<Vec<_>>>()?
        } else {
            Vec::new()
        };
        steps.push(RouteSheetStep {
            kind: step.kind,
            title,
            skills,
            status: step.status,
            start: None,
            end: None,
            notes: None,
        });
    }
    Ok(Some(RouteSheet {
        learner_name: None,
        lang: lang.to_string(),
        second_lang: second.to_string(),
        target,
        steps,
    }))
}

/// Writes the wallet's route sheet to `out`; `None` (and nothing written) when no route is set.
pub fn export_route(
    wallet: &Wallet,
    esco: &EscoDb,
    lang: &str,
    out: &Path,
) -> Result<Option<RouteExport>> {
    let Some(sheet) = route_sheet_of(wallet, esco, lang)? else {
        return Ok(None);
    };
    let pdf = route_sheet(&sheet)?;
    std::fs::write(out, pdf)?;
    Ok(Some(RouteExport {
        steps: sheet.steps.len(),
        lang: sheet.lang,
        second_lang: sheet.second_lang,
    }))
}
