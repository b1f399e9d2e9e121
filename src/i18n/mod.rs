//! Fluent messages for every user-facing string, shared by the CLI and the desktop UI.
//!
//! The messages live in `locales/<lang>/*.ftl` and are compiled into the core (see `build.rs`).
//! Negotiation follows fluent-langneg with the base locale (`en`) always last, so a message
//! missing in a translation falls back instead of showing an id.
//! Numbers in arguments are written in each language's own digits ([`digits_of`]: CLDR's
//! default numbering, the same the webview's `Intl` uses for dates), without ICU.

use crate::{Error, Result};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The base locale: always complete, always the last fallback.
pub const BASE_LOCALE: &str = "en";

/// Languages written right to left (by primary language subtag).
const RTL_LANGUAGES: &[&str] = &["ar", "fa", "prs", "ps", "he", "ur", "ckb", "dv", "yi"];

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// A negotiated chain of message bundles, best match first and the base locale last.
pub struct Localizer {
    bundles: Vec<FluentBundle<FluentResource>>,
    lang: String,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    /// Negotiates the languages the whole UI speaks ([`available_locales`]) against the
    /// requested tags (best first).
    pub fn new(requested: &[&str]) -> Localizer {
        Localizer::negotiate(requested, &available_locales())
    }

    /// For printed sheets: like [`Localizer::for_tag`], but also over languages that so far only
    /// have some message files ([`bundled_locales`], e.g. Tigrinya `pdf.ftl`). A UI must not use
    /// this: it would get a right-to-left layout around English text for Farsi.
    pub fn for_document(tag: &str) -> Result<Localizer> {
        tag.parse::<LanguageIdentifier>()
            .map_err(|_| Error::BadLanguage { tag: tag.into() })?;
        Ok(Localizer::negotiate(&[tag], &bundled_locales()))
    }

    fn negotiate(requested: &[&str], tags: &[&str]) -> Localizer {
        let available: Vec<LanguageIdentifier> =
            tags.iter().filter_map(|t| t.parse().ok()).collect();
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|t| t.parse().ok()).collect();
        let base: LanguageIdentifier = BASE_LOCALE.parse().expect("base locale tag");
        let mut chain: Vec<String> = negotiate_languages(
            &requested,
            &available,
            Some(&base),
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .map(|l| l.to_string())
        .collect();
        chain.retain(|t| t != BASE_LOCALE);
        chain.push(BASE_LOCALE.to_string());
        let bundles = chain.iter().filter_map(|tag| bundle(tag)).collect();
        Localizer {
            lang: chain[0].clone(),
            bundles,
        }
    }

    /// Like [`Localizer::new`] for one tag, refusing tags that do not parse.
    pub fn for_tag(tag: &str) -> Result<Localizer> {
        tag.parse::<LanguageIdentifier>()
            .map_err(|_| Error::BadLanguage { tag: tag.into() })?;
        Ok(Localizer::new(&[tag]))
    }

    /// From the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, then the OS setting).
    pub fn from_environment() -> Localizer {
        let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty() && v != "C" && v != "POSIX");
        let tag = from_env
            .map(|v| v.split(['.', '@']).next().unwrap_or("").replace('_', "-"))
            .or_else(sys_locale::get_locale)
            .unwrap_or_else(|| BASE_LOCALE.to_string());
        Localizer::new(&[tag.as_str()])
    }

    /// The negotiated language tag (the best match).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The text direction of the negotiated language.
    pub fn direction(&self) -> Direction {
        direction_of(&self.lang)
    }

    /// Formats message `id` with arguments, falling back along the chain. An id missing
    /// everywhere is returned as itself, so the gap is visible rather than silent.
    pub fn format(&self, id: &str, args: &BTreeMap<String, String>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            // Numbers go in as numbers so plural selection works.
            match v.parse::<f64>() {
                Ok(n) if !v.is_empty() && v.trim() == v => {
                    fluent_args.set(k.as_str(), FluentValue::from(n))
                }
                _ => fluent_args.set(k.as_str(), FluentValue::from(v.as_str())),
            }
        }
        let (id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for bundle in &self.bundles {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = vec![];
                let args = (!args.is_empty()).then_some(&fluent_args);
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// Formats a message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &BTreeMap::new())
    }

    /// The translated message for an error (`error-<code>`).
    pub fn error(&self, error: &Error) -> String {
        self.format(&format!("error-{}", error.code()), &error.args())
    }

    /// The hint for an error (`hint-<code>`), when the locale chain has one.
    pub fn hint(&self, error: &Error) -> Option<String> {
        let id = format!("hint-{}", error.code());
        let text = self.format(&id, &error.args());
        (text != id).then_some(text)
    }

    /// Whether any bundle in the chain has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }
}

/// The languages the whole app can be shown in (those with the UI's `app.ftl`).
pub fn available_locales() -> Vec<&'static str> {
    BUNDLED
        .iter()
        .filter(|(_, files)| files.iter().any(|(name, _)| *name == "app.ftl"))
        .map(|(tag, _)| *tag)
        .collect()
}

/// Every language tag with messages in this build, including languages that so far only have
/// some files (e.g. only `pdf.ftl`, for printed sheets); the rest falls back to `en`.
pub fn bundled_locales() -> Vec<&'static str> {
    BUNDLED.iter().map(|(tag, _)| *tag).collect()
}

/// Text direction for a language tag.
pub fn direction_of(tag: &str) -> Direction {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if RTL_LANGUAGES.contains(&primary.as_str()) || tag.contains("Arab") {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// The digits a language writes numbers with: CLDR's default numbering system for it ("arab"
/// for Arabic, "arabext" for Dari, Farsi and Pashto, "latn" for the rest), the same the webview's
/// `Intl` uses, so a count in a message and a date beside it agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789.
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic).
    ArabicIndic,
    /// ۰۱۲۳۴۵۶۷۸۹ (extended Arabic-Indic, as in Persian).
    Persian,
}

impl Digits {
    /// The character of zero in these digits (`None`: the Latin ones, written as they are).
    fn zero(self) -> Option<char> {
        match self {
            Digits::Latin => None,
            Digits::ArabicIndic => Some('\u{0660}'),
            Digits::Persian => Some('\u{06F0}'),
        }
    }

    /// A whole number written in these digits (as a message's count appears).
    pub fn write(self, n: u64) -> String {
        match self.zero() {
            None => n.to_string(),
            Some(zero) => native(&n.to_string(), zero),
        }
    }
}

/// The digits of a language tag (by primary language subtag; a `-u-nu-latn` extension asks
/// for Latin digits).
pub fn digits_of(tag: &str) -> Digits {
    let lower = tag.to_ascii_lowercase();
    if lower.contains("-nu-latn") {
        return Digits::Latin;
    }
    match lower.split(['-', '_']).next().unwrap_or("") {
        "ar" => Digits::ArabicIndic,
        "fa" | "prs" | "ps" => Digits::Persian,
        _ => Digits::Latin,
    }
}

/// Latin digits in `text` written with the digits that start at `zero`, and the Arabic
/// decimal separator for the point.
fn native(text: &str, zero: char) -> String {
    text.chars()
        .map(|c| match c {
            '.' => '\u{066B}',
            _ => c
                .to_digit(10)
                .and_then(|d| char::from_u32(zero as u32 + d))
                .unwrap_or(c),
        })
        .collect()
}

/// A Fluent number argument in the digits that start at `zero`.
fn native_number(value: &FluentValue, zero: char) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    Some(native(&n.as_string(), zero))
}

fn arabic_indic<M>(value: &FluentValue, _: &M) -> Option<String> {
    native_number(value, '\u{0660}')
}

fn persian<M>(value: &FluentValue, _: &M) -> Option<String> {
    native_number(value, '\u{06F0}')
}

/// Every FTL source of one bundled locale, for tests and tooling.
pub fn sources(tag: &str) -> Vec<(&'static str, &'static str)> {
    BUNDLED
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, files)| files.to_vec())
        .unwrap_or_default()
}

fn bundle(tag: &str) -> Option<FluentBundle<FluentResource>> {
    let lang: LanguageIdentifier = tag.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Without this, placeables are wrapped in invisible isolation marks, which break the CLI
    // output and tests; the UI sets `dir` on its elements instead.
    bundle.set_use_isolating(false);
    // Numbers in this language's own digits, as the webview writes its dates and percentages.
    match digits_of(tag) {
        Digits::Latin => {}
        Digits::ArabicIndic => bundle.set_formatter(Some(arabic_indic)),
        Digits::Persian => bundle.set_formatter(Some(persian)),
    }
    for (_, source) in sources(tag) {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // A duplicate id is a locale bug caught by the locale tests, not a reason to fail here.
        bundle.add_resource_overriding(resource);
    }
    Some(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_locale_is_the_fallback() {
        let l = Localizer::new(&["xx"]);
        assert_eq!(l.lang(), BASE_LOCALE);
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(direction_of("ar"), Direction::Rtl);
        assert_eq!(direction_of("fa-AF"), Direction::Rtl);
        assert_eq!(direction_of("nl"), Direction::Ltr);
    }

    #[test]
    fn error_messages_differ_per_language() {
        let en = Localizer::new(&["en"]).error(&Error::WrongPassphrase);
        let nl = Localizer::new(&["nl"]).error(&Error::WrongPassphrase);
        let ar = Localizer::new(&["ar"]).error(&Error::WrongPassphrase);
        assert_ne!(en, nl);
        assert_ne!(en, ar);
        assert!(!en.starts_with("error-"));
    }

    #[test]
    fn documents_and_the_ui_negotiate_over_the_bundled_languages() {
        // Every bundled language is complete today; a partial one (only `pdf.ftl`) would be in
        // `bundled_locales` for documents but not in `available_locales` for the UI.
        assert_eq!(Localizer::for_document("ti").expect("tag").lang(), "ti");
        assert_eq!(Localizer::new(&["ti"]).lang(), "ti");
        assert_eq!(Localizer::new(&["de"]).lang(), BASE_LOCALE);
        assert_eq!(
            Localizer::for_document("de").expect("tag").lang(),
            BASE_LOCALE
        );
        for tag in available_locales() {
            assert!(bundled_locales().contains(&tag), "{tag}");
        }
        assert!(available_locales().contains(&"ar"));
    }

    #[test]
    fn numbers_are_written_in_each_languages_own_digits() {
        assert_eq!(Digits::ArabicIndic.write(305), "٣٠٥");
        assert_eq!(Digits::Persian.write(12), "۱۲");
        assert_eq!(Digits::Latin.write(7), "7");
        let count = |lang: &str| {
            let args = BTreeMap::from([
                ("done".to_string(), "10".to_string()),
                ("total".to_string(), "18".to_string()),
            ]);
            Localizer::new(&[lang]).format("route-progress", &args)
        };
        let ar = count("ar");
        assert!(ar.contains("١٠") && ar.contains("١٨"), "{ar}");
        assert!(!ar.chars().any(|c| c.is_ascii_digit()), "{ar}");
        let fa = count("fa");
        assert!(fa.contains("۱۰") && fa.contains("۱۸"), "{fa}");
        for lang in ["en", "nl", "ti", "uk"] {
            let text = count(lang);
            assert!(text.contains("10") && text.contains("18"), "{lang}: {text}");
        }
        assert_eq!(digits_of("ar-u-nu-latn"), Digits::Latin);
        assert_eq!(digits_of("ps-AF"), Digits::Persian);
        let half = FluentValue::from(7.5);
        assert_eq!(native_number(&half, '\u{0660}').as_deref(), Some("٧٫٥"));
    }

    #[test]
    fn regional_tag_negotiates_to_the_language() {
        assert_eq!(Localizer::new(&["nl-BE"]).lang(), "nl");
    }
}
