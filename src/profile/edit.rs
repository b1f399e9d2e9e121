//! Editing the Skills Profile Tool's part 3 entry by entry: a language removed by its tag, a
//! work-experience entry replaced or removed by its place in the list. The app's profile screen
//! edits through these, so what it changes is checked by the same [`Parts::validate`] as the CLI.
//!
//! Guarantees: an entry that is not there is an error naming the list (never a silent no-op),
//! and the other entries keep their order. Pure values: no SQL, no clock.
//!
//! [`Parts::validate`]: super::parts::Parts::validate

use super::parts::{Experience, LanguageSkill, Skills};
use crate::{Error, Result};

impl Skills {
    /// Removes the language `tag` (compared without case) and returns it.
    pub fn remove_language(&mut self, tag: &str) -> Result<LanguageSkill> {
        let at = self
            .languages
            .iter()
            .position(|l| l.language.eq_ignore_ascii_case(tag.trim()))
            .ok_or_else(|| missing("skills.languages", tag))?;
        Ok(self.languages.remove(at))
    }

    /// Replaces the work experience at `index` (0 = first).
    pub fn replace_experience(&mut self, index: usize, experience: Experience) -> Result<()> {
        let slot = self
            .experience
            .get_mut(index)
            .ok_or_else(|| missing("skills.experience", &index.to_string()))?;
        *slot = experience;
        Ok(())
    }

    /// Removes the work experience at `index` and returns it.
    pub fn remove_experience(&mut self, index: usize) -> Result<Experience> {
        if index >= self.experience.len() {
            return Err(missing("skills.experience", &index.to_string()));
        }
        Ok(self.experience.remove(index))
    }
}

fn missing(field: &str, which: &str) -> Error {
    Error::ProfileInvalid {
        field: field.into(),
        reason: format!("no entry {which}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::parts::Cefr;

    fn language(tag: &str) -> LanguageSkill {
        LanguageSkill {
            language: tag.into(),
            mother_tongue: false,
            listening: Some(Cefr::B1),
            reading: None,
            speaking: None,
            writing: None,
        }
    }

    fn job(title: &str) -> Experience {
        Experience {
            title: title.into(),
            ..Default::default()
        }
    }

    fn titles(s: &Skills) -> Vec<&str> {
        s.experience.iter().map(|e| e.title.as_str()).collect()
    }

    #[test]
    fn a_language_is_removed_by_its_tag_in_any_case() {
        let mut s = Skills::default();
        s.set_language(language("ar"));
        s.set_language(language("nl"));
        assert_eq!(s.remove_language("NL").expect("removed").language, "nl");
        assert_eq!(s.languages, [language("ar")]);
        assert!(matches!(
            s.remove_language("nl"),
            Err(Error::ProfileInvalid { field, .. }) if field == "skills.languages"
        ));
    }

    #[test]
    fn experience_is_replaced_and_removed_in_place() {
        let mut s = Skills {
            experience: vec![job("cook"), job("driver"), job("tailor")],
            ..Default::default()
        };
        s.replace_experience(1, job("bus driver")).expect("replace");
        assert_eq!(titles(&s), ["cook", "bus driver", "tailor"]);
        assert_eq!(s.remove_experience(0).expect("remove").title, "cook");
        assert_eq!(titles(&s), ["bus driver", "tailor"]);
        assert!(s.replace_experience(2, job("x")).is_err());
        assert!(s.remove_experience(2).is_err());
        assert_eq!(titles(&s), ["bus driver", "tailor"]);
    }
}
