//! The two sheets: what goes where on a proof sheet and on a route sheet.
//!
//! Facts are printed twice, side by side, once per language (each column in its own direction,
//! the learner's language on the reading side: right for right-to-left languages). Values that
//! came from credentials (names, titles, issuers) are printed as issued, in their own script.

use super::fonts::{fonts, Fonts};
use super::layout::{Block, Flow, Style, BODY, HEADING, LABEL, NAME, SMALL, TITLE};
use super::text::BaseDir;
use super::{qr, Label, ProofSheet, RouteSheet};
use crate::i18n::{direction_of, Direction, Localizer};
use crate::{Error, Result};
use std::collections::BTreeMap;

/// One language of a sheet: its messages and direction.
struct Lang {
    l10n: Localizer,
    rtl: bool,
}

impl Lang {
    fn new(tag: &str) -> Result<Lang> {
        Ok(Lang {
            l10n: Localizer::for_document(tag)?,
            rtl: direction_of(tag) == Direction::Rtl,
        })
    }

    fn text(&self, id: &str) -> String {
        self.l10n.text(id)
    }

    /// Formats a message; each value is a bidi isolate (FSI … PDI), so an ISO date or a Latin
    /// name inside an Arabic sentence keeps its own order ("2025-03-14", not "14-03-2025",
    /// which the bidi algorithm makes of digits after Arabic letters).
    fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| {
                // Numbers stay bare: Fluent selects plural forms on them.
                let value = if v.parse::<f64>().is_ok() {
                    v.to_string()
                } else {
                    format!("\u{2068}{v}\u{2069}")
                };
                (k.to_string(), value)
            })
            .collect();
        self.l10n.format(id, &args)
    }

    fn base(&self) -> BaseDir {
        if self.rtl {
            BaseDir::Rtl
        } else {
            BaseDir::Ltr
        }
    }

    /// A paragraph of this language's text, in its direction.
    fn para(&self, text: String, style: Style, after: f32) -> Block {
        Block::Para {
            text,
            style,
            base: self.base(),
            align_rtl: self.rtl,
            after,
        }
    }

    fn bullet(&self, text: String) -> Block {
        Block::Bullet {
            text,
            style: BODY,
            base: self.base(),
            align_rtl: self.rtl,
        }
    }
}

/// The two languages of a sheet and the side each column goes on.
struct Pair {
    first: Lang,
    second: Lang,
}

impl Pair {
    fn new(first: &str, second: &str) -> Result<Pair> {
        Ok(Pair {
            first: Lang::new(first)?,
            second: Lang::new(second)?,
        })
    }

    /// Two columns, built per language; the learner's language on its reading side.
    fn columns(&self, after: f32, build: impl Fn(&Lang, bool) -> Vec<Block>) -> Block {
        let first = build(&self.first, true);
        let second = build(&self.second, false);
        let columns = if self.first.rtl {
            vec![second, first]
        } else {
            vec![first, second]
        };
        Block::Columns { columns, after }
    }

    /// Text whose own script decides its order, aligned to the learner's reading side.
    fn value(&self, text: &str, style: Style, after: f32) -> Block {
        Block::Para {
            text: text.to_string(),
            style,
            base: BaseDir::Auto,
            align_rtl: self.first.rtl,
            after,
        }
    }

    fn footer(&self, id: &str) -> Vec<Block> {
        vec![
            Block::Rule { after: 4.0 },
            self.first.para(self.first.text(id), SMALL, 2.0),
            self.second.para(self.second.text(id), SMALL, 0.0),
        ]
    }
}

fn label_text(label: &Label, first: bool) -> &str {
    if first {
        &label.text
    } else {
        label.second_text()
    }
}

fn bundled_fonts() -> Result<&'static Fonts> {
    fonts().ok_or_else(|| Error::PdfWrite {
        detail: "a bundled font does not parse".into(),
    })
}

/// The proof sheet's PDF bytes and its number of pages.
pub(super) fn proof(sheet: &ProofSheet) -> Result<(Vec<u8>, usize)> {
    let (flow, pair) = proof_flow(sheet)?;
    let pages = flow.page_count();
    let title = format!(
        "{} — {}",
        pair.first.text("pdf-proof-title"),
        sheet.learner_name
    );
    Ok((flow.finish(&title, &sheet.lang)?, pages))
}

/// The pages of the proof sheet, laid out but not drawn.
pub(super) fn proof_pages(sheet: &ProofSheet) -> Result<usize> {
    Ok(proof_flow(sheet)?.0.page_count())
}

/// The proof sheet laid out on pages (shaped text, QR codes placed), ready to draw.
fn proof_flow(sheet: &ProofSheet) -> Result<(Flow<'static>, Pair)> {
    let fonts = bundled_fonts()?;
    let pair = Pair::new(&sheet.lang, &sheet.second_lang)?;
    let mut flow = Flow::new(fonts, pair.footer("pdf-proof-how-to-verify"));
    flow.push(pair.columns(6.0, |l, _| {
        vec![l.para(l.text("pdf-proof-title"), TITLE, 0.0)]
    }));
    flow.push(pair.columns(0.0, |l, _| vec![l.para(l.text("pdf-learner"), LABEL, 0.0)]));
    flow.push(pair.value(&sheet.learner_name, NAME, 4.0));
    flow.push(pair.columns(8.0, |l, _| {
        vec![l.para(l.text("pdf-proof-compare-id"), SMALL, 0.0)]
    }));
    flow.push(Block::Rule { after: 10.0 });
    if sheet.credentials.is_empty() {
        flow.push(pair.columns(0.0, |l, _| {
            vec![l.para(l.text("pdf-proof-none"), BODY, 0.0)]
        }));
    }
    for credential in &sheet.credentials {
        let mut stack = vec![pair.value(&credential.title, HEADING, 3.0)];
        if !credential.summary.trim().is_empty() {
            stack.push(pair.value(&credential.summary, BODY, 5.0));
        }
        stack.push(pair.columns(6.0, |l, first| {
            let mut col = vec![l.para(
                l.format("pdf-field-issuer", &[("issuer", &credential.issuer)]),
                BODY,
                1.0,
            )];
            if let Some(date) = &credential.issued {
                col.push(l.para(l.format("pdf-field-issued", &[("date", date)]), BODY, 1.0));
            }
            if let Some(date) = &credential.valid_until {
                col.push(l.para(
                    l.format("pdf-field-valid-until", &[("date", date)]),
                    BODY,
                    1.0,
                ));
            }
            if !credential.skills.is_empty() {
                col.push(l.para(l.text("pdf-field-skills"), LABEL, 1.0));
                col.extend(
                    credential
                        .skills
                        .iter()
                        .map(|s| l.bullet(label_text(s, first).to_string())),
                );
            }
            if credential.codes.len() > 1 {
                let count = credential.codes.len().to_string();
                col.push(l.para(
                    l.format("pdf-proof-scan-all", &[("count", &count)]),
                    SMALL,
                    0.0,
                ));
            }
            col
        }));
        let total = credential.codes.len();
        let codes = credential
            .codes
            .iter()
            .enumerate()
            .map(|(i, payload)| {
                let label = (total > 1).then(|| format!("{}/{}", i + 1, total));
                Ok((qr::encode(payload)?, label))
            })
            .collect::<Result<Vec<_>>>()?;
        if !codes.is_empty() {
            stack.push(Block::Qr {
                codes,
                print: sheet.qr,
                rtl: pair.first.rtl,
                after: 6.0,
            });
        }
        stack.push(Block::Rule { after: 10.0 });
        flow.push(Block::Stack(stack));
    }
    Ok((flow, pair))
}

pub(super) fn route(sheet: &RouteSheet) -> Result<Vec<u8>> {
    let fonts = bundled_fonts()?;
    let pair = Pair::new(&sheet.lang, &sheet.second_lang)?;
    let mut flow = Flow::new(fonts, pair.footer("pdf-route-footer"));
    flow.push(pair.columns(6.0, |l, _| {
        vec![l.para(l.text("pdf-route-title"), TITLE, 0.0)]
    }));
    if let Some(name) = &sheet.learner_name {
        flow.push(pair.columns(0.0, |l, _| vec![l.para(l.text("pdf-learner"), LABEL, 0.0)]));
        flow.push(pair.value(name, NAME, 6.0));
    }
    flow.push(pair.columns(8.0, |l, first| {
        vec![l.para(
            l.format(
                "pdf-route-target",
                &[("target", label_text(&sheet.target, first))],
            ),
            HEADING,
            0.0,
        )]
    }));
    flow.push(Block::Rule { after: 10.0 });
    if sheet.steps.is_empty() {
        flow.push(pair.columns(0.0, |l, _| {
            vec![l.para(l.text("pdf-route-no-steps"), BODY, 0.0)]
        }));
    }
    for (i, step) in sheet.steps.iter().enumerate() {
        let number = (i + 1).to_string();
        let block = pair.columns(4.0, |l, first| {
            let mut col = vec![l.para(
                l.format(
                    "pdf-route-step",
                    &[
                        ("number", &number),
                        ("title", label_text(&step.title, first)),
                    ],
                ),
                HEADING,
                2.0,
            )];
            let kind = l.text(&format!("pdf-step-kind-{}", step.kind.as_str()));
            let status = l.text(&format!("pdf-step-status-{}", step.status.as_str()));
            col.push(l.para(l.format("pdf-field-kind", &[("kind", &kind)]), BODY, 1.0));
            col.push(l.para(
                l.format("pdf-field-status", &[("status", &status)]),
                BODY,
                1.0,
            ));
            match (&step.start, &step.end) {
                (Some(start), Some(end)) => col.push(l.para(
                    l.format("pdf-field-dates", &[("start", start), ("end", end)]),
                    BODY,
                    1.0,
                )),
                (Some(date), None) => {
                    col.push(l.para(l.format("pdf-field-start", &[("date", date)]), BODY, 1.0))
                }
                (None, Some(date)) => {
                    col.push(l.para(l.format("pdf-field-end", &[("date", date)]), BODY, 1.0))
                }
                (None, None) => {}
            }
            if !step.skills.is_empty() {
                col.push(l.para(l.text("pdf-field-skills"), LABEL, 1.0));
                col.extend(
                    step.skills
                        .iter()
                        .map(|s| l.bullet(label_text(s, first).to_string())),
                );
            }
            if let Some(notes) = step.notes.as_ref().filter(|n| !n.trim().is_empty()) {
                col.push(l.para(l.format("pdf-field-notes", &[("notes", notes)]), BODY, 1.0));
            }
            col
        });
        flow.push(Block::Stack(vec![block, Block::Rule { after: 8.0 }]));
    }
    let title = format!(
        "{} — {}",
        pair.first.text("pdf-route-title"),
        sheet.target.text
    );
    flow.finish(&title, &sheet.lang)
}
