//! EU micro-credential elements (ECTS, workload, EQF/NQF level, assessment, participation,
//! quality assurance, language) from the places issuers put them:
//!
//! - OB 3.0 natively: `creditsAvailable`, `inLanguage`, and alignments to the EQF
//!   (`targetUrl` `http://data.europa.eu/snb/eqf/N`, `targetFramework` "EQF", or Edubadges'
//!   `targetType` `ext:EQFLevel`) and to national frameworks (`ext:NLQFLevel`, "NLQF").
//! - Edubadges' OB 2.0 extensions (`extensions:ECTSExtension {ECTS}`,
//!   `extensions:StudyLoadExtension {StudyLoad}`, `extensions:TimeInvestmentExtension`,
//!   `extensions:EQFExtension {EQF}`, `extensions:LanguageExtension`) and the properties of its
//!   OB 3.0 extension (`studyLoad`, `timeInvestment`, `assessmentType`, `participation`,
//!   `qualityAssurance`, ...), matched by name without case or prefix so both spellings land in
//!   the same field.
//!
//! Only what is stated is filled in; nothing is guessed from free text.

use super::lenient::{lang_text, list, number, text};
use crate::model::{Alignment, MicroCredential};
use serde_json::Value;

/// The EQF concept namespace used by Europass and in OB 3.0 alignments.
const EQF_PREFIX: &str = "http://data.europa.eu/snb/eqf/";

/// Fills `m` from the properties of an achievement / BadgeClass (and its extensions), without
/// overwriting what is already known.
pub fn from_properties(v: &Value, m: &mut MicroCredential) {
    walk(v, m, 0);
}

/// Fills the EQF / national level from alignments.
pub fn from_alignments(alignments: &[Alignment], raw: &[&Value], m: &mut MicroCredential) {
    for (a, raw) in alignments.iter().zip(raw) {
        let framework = a.framework.as_deref().unwrap_or("").to_ascii_uppercase();
        let target_type = text(raw.get("targetType")).unwrap_or_default();
        let code = text(raw.get("targetCode"));
        let is_eqf = a.target_url.starts_with(EQF_PREFIX)
            || framework.contains("EQF")
            || framework.contains("EUROPEAN QUALIFICATIONS")
            || target_type.eq_ignore_ascii_case("ext:EQFLevel");
        let is_nqf = !is_eqf
            && (framework.contains("QF") || target_type.to_ascii_uppercase().ends_with("QFLEVEL"));
        if is_eqf && m.eqf_level.is_none() {
            m.eqf_level = [
                code.as_deref(),
                Some(a.target_url.as_str()),
                a.target_name.as_deref(),
            ]
            .into_iter()
            .flatten()
            .find_map(eqf_level);
        } else if is_nqf && m.nqf_level.is_none() {
            m.nqf_level = a.target_name.clone().or(code);
        }
    }
}

// Deep enough for `extensions:X { ... }` inside a BadgeClass inside an assertion.
const MAX_WALK_DEPTH: usize = 4;

fn walk(v: &Value, m: &mut MicroCredential, depth: usize) {
    let Some(o) = v.as_object() else { return };
    for (key, value) in o {
        match normalise_key(key).as_str() {
            "ects" | "creditsavailable" | "ectscredits" | "ectscreditpoints" => {
                set_num(&mut m.ects, number_in(value))
            }
            "studyload" | "timeinvestment" | "workload" | "volumeoflearning" => {
                set_num(&mut m.workload_hours, hours(value))
            }
            "eqf" | "eqflevel" if m.eqf_level.is_none() => m.eqf_level = level_value(value),
            "nlqf" | "nlqflevel" | "nqf" | "nqflevel" => {
                set_text(&mut m.nqf_level, concept_label(value))
            }
            "assessmenttype" | "typeofassessment" => {
                set_text(&mut m.assessment_type, concept_label(value))
            }
            "participation" | "formofparticipation" | "modeofparticipation" => {
                set_text(&mut m.participation, concept_label(value))
            }
            "qualityassurance" => set_text(&mut m.quality_assurance, concept_label(value)),
            "language" | "inlanguage" | "languageofinstruction" => {
                set_text(&mut m.language, concept_label(value))
            }
            // Alignments and endorsements are read elsewhere; results are the learner's, not
            // the achievement's.
            "alignment" | "endorsement" | "endorsementjwt" | "result" | "proof" => {}
            _ if depth < MAX_WALK_DEPTH && value.is_object() => walk(value, m, depth + 1),
            _ => {}
        }
    }
}

/// `extensions:ECTSExtension` → `ectsextension` → `ects`; `@language` and `type` stay distinct.
fn normalise_key(key: &str) -> String {
    let key = key.rsplit(':').next().unwrap_or(key);
    let key: String = key
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    key.strip_suffix("extension")
        .map(str::to_string)
        .unwrap_or(key)
}

fn set_num(slot: &mut Option<f64>, v: Option<f64>) {
    if slot.is_none() {
        *slot = v;
    }
}

fn set_text(slot: &mut Option<String>, v: Option<String>) {
    if slot.is_none() {
        *slot = v.filter(|s| !s.trim().is_empty());
    }
}

/// The label of a concept (`prefLabel`, `name`), a plain string, or the value of an extension
/// object whose single property holds it (`{"Language": "nl_NL"}`).
pub fn concept_label(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) => lang_text(o.get("prefLabel"))
            .or_else(|| lang_text(o.get("name")))
            .or_else(|| lang_text(o.get("title")))
            .or_else(|| {
                o.iter()
                    .filter(|(k, _)| !k.starts_with('@') && *k != "type" && *k != "id")
                    .find_map(|(_, x)| text(Some(x)))
            })
            .or_else(|| text(o.get("id"))),
        Value::Number(n) => Some(n.to_string()),
        other => lang_text(Some(other)),
    }
}

/// A number, or the numeric property of an extension object (`{"ECTS": 2.5}`).
fn number_in(v: &Value) -> Option<f64> {
    match v {
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| !k.starts_with('@') && *k != "type" && *k != "id")
            .find_map(|(_, x)| number(Some(x))),
        other => number(Some(other)),
    }
}

/// Hours from a number, a numeric string, an ISO 8601 duration (`PT60H`, `P2DT4H`), or an
/// extension object holding one of those.
pub fn hours(v: &Value) -> Option<f64> {
    match v {
        Value::String(s) if s.starts_with('P') => iso_duration_hours(s),
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| !k.starts_with('@') && *k != "type")
            .find_map(|(_, x)| hours(x)),
        other => number(Some(other)),
    }
}

fn iso_duration_hours(s: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut in_time = false;
    let mut num = String::new();
    for c in s.chars().skip(1) {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' | ',' => num.push(if c == ',' { '.' } else { c }),
            unit => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                total += n * match (in_time, unit) {
                    (false, 'Y') => 365.0 * 24.0,
                    (false, 'M') => 30.0 * 24.0,
                    (false, 'W') => 7.0 * 24.0,
                    (false, 'D') => 24.0,
                    (true, 'H') => 1.0,
                    (true, 'M') => 1.0 / 60.0,
                    (true, 'S') => 1.0 / 3600.0,
                    _ => return None,
                };
            }
        }
    }
    num.is_empty().then_some(total)
}

fn level_value(v: &Value) -> Option<u8> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u8::try_from(n).ok()),
        Value::Object(o) => text(o.get("id")).and_then(|id| eqf_level(&id)).or_else(|| {
            o.iter()
                .filter(|(k, _)| !k.starts_with('@') && *k != "type")
                .find_map(|(_, x)| level_value(x))
        }),
        other => text(Some(other)).and_then(|s| eqf_level(&s)),
    }
}

/// An EQF level (1-8) from `6`, `Level 6`, `EQF 6` or `http://data.europa.eu/snb/eqf/6`.
pub fn eqf_level(s: &str) -> Option<u8> {
    let s = s.strip_prefix(EQF_PREFIX).unwrap_or(s);
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok().filter(|l| (1..=8).contains(l))
}

/// The raw alignment objects under `alignment`, for [`from_alignments`].
pub fn raw_alignments(v: &Value) -> Vec<&Value> {
    list(v.get("alignment"))
        .into_iter()
        .filter(|a| a.get("targetUrl").is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn edubadges_ob2_extensions_are_read() {
        let badge = json!({
            "extensions:ECTSExtension": {"@context": "x", "type": ["Extension"], "ECTS": 2.5},
            "extensions:StudyLoadExtension": {"type": ["Extension"], "StudyLoad": 70},
            "extensions:EQFExtension": {"type": ["Extension"], "EQF": 6},
            "extensions:LanguageExtension": {"type": ["Extension"], "Language": "nl_NL"}
        });
        let mut m = MicroCredential::default();
        from_properties(&badge, &mut m);
        assert_eq!(m.ects, Some(2.5));
        assert_eq!(m.workload_hours, Some(70.0));
        assert_eq!(m.eqf_level, Some(6));
        assert_eq!(m.language.as_deref(), Some("nl_NL"));
    }

    #[test]
    fn durations_and_levels() {
        assert_eq!(iso_duration_hours("PT60H"), Some(60.0));
        assert_eq!(iso_duration_hours("P1DT2H"), Some(26.0));
        assert_eq!(eqf_level("http://data.europa.eu/snb/eqf/6"), Some(6));
        assert_eq!(eqf_level("Level 4"), Some(4));
        assert_eq!(eqf_level("Level 12"), None);
    }
}
