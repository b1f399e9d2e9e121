//! Printed documents: the one place in Erkend that writes PDF.
//!
//! Two sheets are built here, both A4 and bilingual (the learner's language and a second one,
//! Dutch by default): [`proof_sheet`] — credentials with their offline-verifiable QR codes — and
//! [`route_sheet`] — the learner's route to a job. Callers pass plain data ([`ProofSheet`],
//! [`RouteSheet`]); every fixed string comes from the Fluent messages in `locales/<lang>/pdf.ftl`.
//!
//! Guarantees:
//! - Text is shaped (rustybuzz) with the bundled Noto fonts (`ui/fonts/`, OFL), chosen per
//!   script with fallback, embedded as subsets; lines are wrapped and ordered with the Unicode
//!   bidirectional algorithm, so Arabic, Farsi and Pashto read right to left and mix with Latin
//!   names and URIs, and Tigrinya (Ethiopic) and Cyrillic render with their own glyphs. The PDF's
//!   text layer maps glyphs back to the original (logical) text.
//! - QR codes are vector paths drawn from the encoder's module matrix, never bitmaps, with a
//!   module pitch of a whole number of printer dots ([`QrPrint`]; 7 dots at 300 dpi by default),
//!   placed on the printer's dot grid, with a quiet zone, and labelled `i/n` when a credential
//!   needs several codes.
//! - No clock, no randomness, no file system: the same input gives the same bytes.

mod fonts;
mod layout;
mod qr;
mod sheets;
mod text;

pub mod cli;

use crate::route::{StepKind, StepStatus};
use crate::Result;

/// A text with an optional translation for the sheet's second language (e.g. an ESCO skill
/// label in the learner's language and in Dutch). Without one, `text` is printed in both.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Label {
    /// The text in the sheet's first (the learner's) language, or as it was issued.
    pub text: String,
    /// The same in the sheet's second language, when known and different.
    pub second: Option<String>,
}

impl Label {
    /// A label with the same text in both languages.
    pub fn new(text: impl Into<String>) -> Label {
        Label {
            text: text.into(),
            second: None,
        }
    }

    /// A label with a translation for the second language.
    pub fn with_second(text: impl Into<String>, second: impl Into<String>) -> Label {
        Label {
            text: text.into(),
            second: Some(second.into()),
        }
    }

    /// The text to print in the second language.
    pub fn second_text(&self) -> &str {
        self.second.as_deref().unwrap_or(&self.text)
    }
}

impl From<&str> for Label {
    fn from(text: &str) -> Label {
        Label::new(text)
    }
}

/// How QR codes are printed. The module pitch is a whole number of printer dots, so no module
/// is rasterised unevenly (research note on QR proofs, section 4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrPrint {
    /// The printer resolution the pitch is planned for (dots per inch).
    pub dpi: u32,
    /// Printer dots per QR module (7 at 300 dpi = 0.593 mm; 6 is the minimum for large codes).
    pub dots_per_module: u32,
    /// Light modules around the code (4 by the QR standard).
    pub quiet_zone: u32,
}

impl Default for QrPrint {
    fn default() -> QrPrint {
        QrPrint {
            dpi: 300,
            dots_per_module: 7,
            quiet_zone: 4,
        }
    }
}

impl QrPrint {
    /// The module pitch in PDF points (1/72 inch).
    pub fn module_pt(&self) -> f32 {
        self.dots_per_module as f32 * 72.0 / self.dpi as f32
    }
}

/// One credential on a proof sheet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProofCredential {
    /// The achievement or credential name, as issued.
    pub title: String,
    /// The issuer's name, as issued.
    pub issuer: String,
    /// Issue date as it should be printed (ISO `YYYY-MM-DD` reads the same in every language).
    pub issued: Option<String>,
    /// End of validity, when the credential has one.
    pub valid_until: Option<String>,
    /// The skills it shows (e.g. ESCO labels), in the first and second language.
    pub skills: Vec<Label>,
    /// A human-readable summary (e.g. the achievement's description or criteria).
    pub summary: String,
    /// The QR payload strings, in chunk order (`LW1:…`, or `LWC1:1/2/…`, `LWC1:2/2/…`). Each is
    /// drawn as one code; with more than one, each is labelled `i/n`.
    pub codes: Vec<String>,
}

/// A printed proof: the learner's chosen credentials with their QR codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofSheet {
    /// The learner's name as it appears in the credentials (any script).
    pub learner_name: String,
    /// The first language (the learner's), a BCP 47 tag such as `ar` or `ti`.
    pub lang: String,
    /// The second language; [`default_second_language`] unless the learner chose another.
    pub second_lang: String,
    /// The credentials, in print order.
    pub credentials: Vec<ProofCredential>,
    /// How the QR codes are printed.
    pub qr: QrPrint,
}

impl ProofSheet {
    /// An empty sheet for a learner in `lang`, with Dutch (or English for Dutch) as the second
    /// language and the default QR print settings.
    pub fn new(learner_name: impl Into<String>, lang: &str) -> ProofSheet {
        ProofSheet {
            learner_name: learner_name.into(),
            lang: lang.to_string(),
            second_lang: default_second_language(lang).to_string(),
            credentials: Vec::new(),
            qr: QrPrint::default(),
        }
    }
}

/// One step of a route sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSheetStep {
    /// What kind of step it is (printed through `pdf-step-kind-<kind>`).
    pub kind: StepKind,
    /// The step's title in both languages.
    pub title: Label,
    /// The skills the step should prove.
    pub skills: Vec<Label>,
    /// Planned, in progress or done (printed through `pdf-step-status-<status>`).
    pub status: StepStatus,
    /// When the step starts or started, as printed.
    pub start: Option<String>,
    /// When the step ends or ended, as printed.
    pub end: Option<String>,
    /// Free notes (who helps, where), as written.
    pub notes: Option<String>,
}

/// A printed learning route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSheet {
    /// The learner's name, when known.
    pub learner_name: Option<String>,
    /// The first language (the learner's).
    pub lang: String,
    /// The second language ([`default_second_language`] by default).
    pub second_lang: String,
    /// The target occupation or qualification.
    pub target: Label,
    /// The steps, in route order.
    pub steps: Vec<RouteSheetStep>,
}

/// The second language of a sheet when the learner chose none: Dutch, or English when the
/// learner's own language is Dutch.
pub fn default_second_language(lang: &str) -> &'static str {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    if primary.eq_ignore_ascii_case("nl") {
        "en"
    } else {
        "nl"
    }
}

/// Builds the A4 proof sheet as PDF bytes.
///
/// Fails with [`crate::Error::PdfQrTooLarge`] when a payload does not fit one QR code at error
/// correction level M, and [`crate::Error::BadLanguage`] for a language tag that does not parse.
pub fn proof_sheet(sheet: &ProofSheet) -> Result<Vec<u8>> {
    Ok(sheets::proof(sheet)?.0)
}

/// [`proof_sheet`] with its number of pages (known from the layout, so nothing is parsed back).
pub fn proof_sheet_counted(sheet: &ProofSheet) -> Result<(Vec<u8>, usize)> {
    sheets::proof(sheet)
}

/// How many A4 pages [`proof_sheet`] makes of `sheet`, from the layout alone (text shaped and
/// codes placed, nothing drawn or embedded), with the same errors. The Share screen asks this
/// each time the selection changes, so it must not cost a whole PDF.
pub fn proof_sheet_pages(sheet: &ProofSheet) -> Result<usize> {
    sheets::proof_pages(sheet)
}

/// Builds the A4 route sheet as PDF bytes.
pub fn route_sheet(sheet: &RouteSheet) -> Result<Vec<u8>> {
    sheets::route(sheet)
}
