//! How old a kept answer is, in the unit a person would say it ("3 days ago"): decided here,
//! once, so the app, the CLI and the tests agree. The result is a Fluent message id and its
//! count; the words are in `locales/*/vault.ftl` (`online-age-*`).

use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// Minutes below which an age is said in minutes (so "90 minutes", not "1 hour").
const MINUTES_UP_TO: i64 = 120;
/// Hours below which an age is said in hours (so "36 hours", not "1 day").
const HOURS_UP_TO: i64 = 48;

/// The age of an answer as it is said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    /// Nothing is kept.
    None,
    /// Less than a minute old (or dated after the check, by a clock that moved back).
    Now,
    /// Whole minutes, under two hours.
    Minutes(i64),
    /// Whole hours, under two days.
    Hours(i64),
    /// Whole days.
    Days(i64),
}

impl Age {
    /// The age at `at` of an answer fetched at `fetched` (`None`: nothing kept).
    pub fn between(fetched: Option<DateTime<Utc>>, at: DateTime<Utc>) -> Age {
        let Some(fetched) = fetched else {
            return Age::None;
        };
        let minutes = (at - fetched).num_minutes();
        match minutes {
            m if m < 1 => Age::Now,
            m if m < MINUTES_UP_TO => Age::Minutes(m),
            m if m < HOURS_UP_TO * 60 => Age::Hours(m / 60),
            m => Age::Days(m / (24 * 60)),
        }
    }

    /// The Fluent message that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            Age::None => "online-age-none",
            Age::Now => "online-age-now",
            Age::Minutes(_) => "online-age-minutes",
            Age::Hours(_) => "online-age-hours",
            Age::Days(_) => "online-age-days",
        }
    }

    /// The number the message counts (`$n`), if it has one.
    pub fn count(self) -> Option<i64> {
        match self {
            Age::None | Age::Now => None,
            Age::Minutes(n) | Age::Hours(n) | Age::Days(n) => Some(n),
        }
    }

    /// The message's arguments, for [`crate::i18n::Localizer::format`].
    pub fn args(self) -> BTreeMap<String, String> {
        self.count()
            .map(|n| BTreeMap::from([("n".to_string(), n.to_string())]))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Age;
    use chrono::{Duration, TimeZone, Utc};

    fn check(minutes_old: Option<i64>, expected: Age) {
        let at = Utc
            .with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
            .single()
            .expect("date");
        let fetched = minutes_old.map(|m| at - Duration::minutes(m));
        assert_eq!(Age::between(fetched, at), expected, "{minutes_old:?}");
    }

    #[test]
    fn units_change_at_two_hours_and_two_days() {
        check(None, Age::None);
        check(Some(-5), Age::Now);
        check(Some(0), Age::Now);
        check(Some(1), Age::Minutes(1));
        check(Some(119), Age::Minutes(119));
        check(Some(120), Age::Hours(2));
        check(Some(47 * 60 + 59), Age::Hours(47));
        check(Some(48 * 60), Age::Days(2));
        check(Some(400 * 24 * 60), Age::Days(400));
    }

    #[test]
    fn every_age_has_a_message_in_every_locale() {
        for tag in crate::i18n::bundled_locales() {
            let l10n = crate::i18n::Localizer::for_tag(tag).expect("locale");
            for age in [
                Age::None,
                Age::Now,
                Age::Minutes(3),
                Age::Hours(5),
                Age::Days(3),
            ] {
                let text = l10n.format(age.message_id(), &age.args());
                assert_ne!(text, age.message_id(), "{tag}: {age:?}");
                if let Some(n) = age.count() {
                    let written = crate::i18n::digits_of(tag).write(n.unsigned_abs());
                    assert!(text.contains(&written), "{tag}: {text}");
                }
            }
        }
    }
}
