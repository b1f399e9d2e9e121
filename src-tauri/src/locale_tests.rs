//! Every bundled locale against the base locale (`en`), file by file: every message and
//! attribute present, no ids the base does not know, every variable of the base message used
//! (and no other), every file marked with whether a native speaker reviewed it, and no message
//! simply copied from English. Plural forms are checked by Fluent itself at run time (CLDR rules
//! per language); here, a message with a plural selector must keep its `*[other]` default.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};

/// The header note saying whether a native speaker reviewed the file (English, or the Dutch
/// wording the Dutch files were written with).
const REVIEW_NOTES: &[&str] = &[
    "Reviewed by a native speaker",
    "Nagekeken door een moedertaalspreker",
];

/// Message (or `message.attribute`) id → the variables it references.
type Vars = BTreeMap<String, BTreeSet<String>>;

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars);
        }
    }
}

fn walk_expression(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => walk_inline(i, vars),
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars);
            for v in variants {
                walk_pattern(&v.value, vars);
            }
        }
    }
}

fn walk_inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars);
            }
        }
        _ => {}
    }
}

/// The messages of one FTL source; parse errors fail the test.
fn messages(name: &str, src: &str) -> Vars {
    let resource = parse(src).unwrap_or_else(|(_, errors)| panic!("{name}: {errors:?}"));
    let mut out = Vars::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                walk_pattern(value, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                walk_pattern(&a.value, &mut vars);
                out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    out
}

fn texts(src: &str) -> BTreeMap<String, String> {
    src.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, _)| !id.starts_with(['#', ' ', '-']))
        .map(|(id, v)| (id.to_string(), v.to_string()))
        .collect()
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let base: BTreeMap<&str, &str> = erkend::i18n::sources("en").into_iter().collect();
    assert!(base.len() >= 4, "en has app, errors, checks and cli");
    let mut problems = Vec::new();
    for tag in erkend::i18n::available_locales() {
        if tag == "en" {
            continue;
        }
        let files: BTreeMap<&str, &str> = erkend::i18n::sources(tag).into_iter().collect();
        for (file, base_src) in &base {
            let Some(src) = files.get(file) else {
                problems.push(format!("{tag}/{file} is missing"));
                continue;
            };
            if !src
                .lines()
                .take(6)
                .any(|l| l.starts_with('#') && REVIEW_NOTES.iter().any(|note| l.contains(note)))
            {
                problems.push(format!("{tag}/{file}: no review note in the header"));
            }
            let want = messages(&format!("en/{file}"), base_src);
            let have = messages(&format!("{tag}/{file}"), src);
            for (id, vars) in &want {
                // Endonyms are terms of the base locale, the same in every language.
                if id.starts_with("language-option-") {
                    continue;
                }
                match have.get(id) {
                    None => problems.push(format!("{tag}/{file}: missing {id}")),
                    Some(v) if v != vars => problems.push(format!(
                        "{tag}/{file}: {id} uses {v:?}, the base uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in have.keys().filter(|id| !want.contains_key(*id)) {
                problems.push(format!("{tag}/{file}: unknown id {id}"));
            }
            // A translation is written in its own language: long English sentences copied
            // over are caught here (short ones such as "Open Badges 3.0" may rightly be equal).
            let en = texts(base_src);
            for (id, text) in texts(src) {
                if text.split_whitespace().count() >= 4 && en.get(&id) == Some(&text) {
                    problems.push(format!("{tag}/{file}: {id} is English"));
                }
            }
        }
        for file in files.keys().filter(|f| !base.contains_key(*f)) {
            problems.push(format!("{tag}/{file}: no such file in en"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plurals_follow_each_languages_rules() {
    // Fluent picks the CLDR category; the message must give the right form for it.
    let format = |tag: &str, n: &str| {
        erkend::i18n::Localizer::new(&[tag]).format(
            "wallet-count",
            &BTreeMap::from([
                ("shown".to_string(), n.to_string()),
                ("total".to_string(), n.to_string()),
            ]),
        )
    };
    assert_eq!(format("en", "1"), "1 of 1 credential shown");
    assert_eq!(format("en", "3"), "3 of 3 credentials shown");
    // Numbers come in each language's own digits (Arabic-Indic, Persian): read them as Latin.
    let latin = |text: String| -> String {
        text.chars()
            .map(|c| match c {
                '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30).unwrap_or(c),
                '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 0x30).unwrap_or(c),
                _ => c,
            })
            .collect()
    };
    for tag in erkend::i18n::available_locales() {
        let one = latin(format(tag, "1"));
        let many = latin(format(tag, "7"));
        assert!(
            one.contains('1') && many.contains('7'),
            "{tag}: {one} / {many}"
        );
    }
}
