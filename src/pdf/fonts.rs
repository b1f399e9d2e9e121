//! The bundled Noto fonts (`ui/fonts/`, SIL OFL) and the choice of font per character.
//!
//! Three families cover the languages Erkend speaks: Noto Sans (Latin, Cyrillic, Greek), Noto
//! Sans Arabic (Arabic, Farsi, Pashto, Urdu) and Noto Sans Ethiopic (Tigrinya, Amharic). The
//! fonts are compiled in and parsed once per process; krilla embeds only the glyphs a PDF uses.

use std::sync::{Arc, OnceLock};

/// A weight of the bundled families.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// A bundled family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Latin,
    Arabic,
    Ethiopic,
}

const FAMILIES: [Family; 3] = [Family::Latin, Family::Arabic, Family::Ethiopic];

/// Index of one face in [`Fonts::faces`]: family × weight.
pub(crate) type FaceId = usize;

/// One parsed face: the shaper's view and krilla's (which embeds it).
pub(crate) struct Face {
    pub shaper: rustybuzz::Face<'static>,
    pub pdf: krilla::text::Font,
    pub units_per_em: f32,
    /// Ascender and descender in em (positive up / positive down).
    pub ascent: f32,
    pub descent: f32,
}

/// Every bundled face, parsed once.
pub(crate) struct Fonts {
    pub faces: Vec<Face>,
}

static DATA: [(&[u8], Family, Weight); 6] = [
    (
        include_bytes!("../../ui/fonts/NotoSans-Regular.ttf"),
        Family::Latin,
        Weight::Regular,
    ),
    (
        include_bytes!("../../ui/fonts/NotoSans-Bold.ttf"),
        Family::Latin,
        Weight::Bold,
    ),
    (
        include_bytes!("../../ui/fonts/NotoSansArabic-Regular.ttf"),
        Family::Arabic,
        Weight::Regular,
    ),
    (
        include_bytes!("../../ui/fonts/NotoSansArabic-Bold.ttf"),
        Family::Arabic,
        Weight::Bold,
    ),
    (
        include_bytes!("../../ui/fonts/NotoSansEthiopic-Regular.ttf"),
        Family::Ethiopic,
        Weight::Regular,
    ),
    (
        include_bytes!("../../ui/fonts/NotoSansEthiopic-Bold.ttf"),
        Family::Ethiopic,
        Weight::Bold,
    ),
];

/// The parsed fonts, or `None` if a bundled file does not parse (a build defect, tested).
pub(crate) fn fonts() -> Option<&'static Fonts> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let faces = DATA
                .iter()
                .map(|(bytes, _, _)| {
                    let shaper = rustybuzz::Face::from_slice(bytes, 0)?;
                    let units_per_em = shaper.units_per_em() as f32;
                    let data: krilla::Data = Arc::new(bytes.to_vec()).into();
                    let pdf = krilla::text::Font::new(data, 0)?;
                    Some(Face {
                        ascent: shaper.ascender() as f32 / units_per_em,
                        descent: -(shaper.descender() as f32) / units_per_em,
                        shaper,
                        pdf,
                        units_per_em,
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Fonts { faces })
        })
        .as_ref()
}

fn face_id(family: Family, weight: Weight) -> FaceId {
    DATA.iter()
        .position(|(_, f, w)| *f == family && *w == weight)
        .unwrap_or(0)
}

/// The family a character's script asks for, or `None` for characters every script shares
/// (spaces, digits, punctuation), which follow their neighbours.
fn script_family(c: char) -> Option<Family> {
    match c as u32 {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            // Arabic digits and punctuation shared with Farsi are still Arabic-font glyphs.
            Some(Family::Arabic)
        }
        0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F | 0x1E7E0..=0x1E7FF => {
            Some(Family::Ethiopic)
        }
        _ if c.is_alphabetic() => Some(Family::Latin),
        _ => None,
    }
}

impl Fonts {
    fn covers(&self, face: FaceId, c: char) -> bool {
        self.faces[face].shaper.glyph_index(c).is_some()
    }

    /// Splits `text` into runs of one face each: a character goes to its script's family when
    /// that face has it, shared characters stay with the run they are in, and anything else
    /// falls back to the first family that has a glyph (or Noto Sans, which shows `.notdef`).
    pub fn runs(&self, text: &str, weight: Weight) -> Vec<(std::ops::Range<usize>, FaceId)> {
        let mut runs: Vec<(std::ops::Range<usize>, FaceId)> = Vec::new();
        let mut pending_shared: Option<usize> = None;
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let wanted = script_family(c).map(|f| face_id(f, weight));
            let face = match wanted {
                Some(f) if self.covers(f, c) => Some(f),
                Some(_) => FAMILIES
                    .iter()
                    .map(|f| face_id(*f, weight))
                    .find(|f| self.covers(*f, c)),
                None => {
                    // Shared character: keep it with the current run if that face has it.
                    match runs.last() {
                        Some((_, f)) if self.covers(*f, c) => Some(*f),
                        Some(_) => FAMILIES
                            .iter()
                            .map(|f| face_id(*f, weight))
                            .find(|f| self.covers(*f, c)),
                        None => {
                            pending_shared.get_or_insert(i);
                            continue;
                        }
                    }
                }
            };
            let face = face.unwrap_or_else(|| face_id(Family::Latin, weight));
            let start = pending_shared.take().unwrap_or(i);
            match runs.last_mut() {
                Some((range, f)) if *f == face && range.end == start => range.end = end,
                _ => runs.push((start..end, face)),
            }
        }
        if let Some(start) = pending_shared {
            // The whole text is shared characters (e.g. "1/2"): Noto Sans has them.
            runs.push((start..text.len(), face_id(Family::Latin, weight)));
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_parses() {
        let fonts = fonts().expect("bundled fonts parse");
        assert_eq!(fonts.faces.len(), 6);
    }

    #[test]
    fn scripts_get_their_own_face_and_shared_characters_follow() {
        let fonts = fonts().expect("fonts");
        let text = "Ali علي 12 ሰላም";
        let runs: Vec<(&str, FaceId)> = fonts
            .runs(text, Weight::Regular)
            .into_iter()
            .map(|(r, f)| (&text[r], f))
            .collect();
        let latin = face_id(Family::Latin, Weight::Regular);
        let arabic = face_id(Family::Arabic, Weight::Regular);
        let ethiopic = face_id(Family::Ethiopic, Weight::Regular);
        assert_eq!(runs[0], ("Ali ", latin));
        assert_eq!(runs[1], ("علي 12 ", arabic));
        assert_eq!(runs[2], ("ሰላም", ethiopic));
    }

    #[test]
    fn cyrillic_uses_noto_sans() {
        let fonts = fonts().expect("fonts");
        let runs = fonts.runs("Олена Коваленко", Weight::Bold);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].1, face_id(Family::Latin, Weight::Bold));
        assert!("Олена".chars().all(|c| fonts.covers(runs[0].1, c)));
    }
}
