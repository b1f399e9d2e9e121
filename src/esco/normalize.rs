//! Search normalisation: the same function runs over labels when indexing and over the query.
//!
//! Unicode compatibility decomposition, then every combining mark dropped (Latin accents, Arabic
//! harakat, the Cyrillic breve of й is kept by recomposing it first), lower case, and the usual
//! Arabic-script letter variants folded (alef forms, alef maqsura, teh marbuta, Persian yeh and
//! keheh, tatweel), so "Ingénieur" finds "ingenieur" and "برمجة" finds "بَرْمَجَة".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds text for matching. Letters of other scripts pass through lower-cased.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Compose first so letters whose identity is a mark (й, ї) survive as one code point;
    // then decompose the rest and drop marks.
    for c in text.nfc() {
        match c {
            'й' | 'Й' => out.push('й'),
            'ї' | 'Ї' => out.push('ї'),
            'ё' | 'Ё' => out.push('е'),
            _ => {
                for d in std::iter::once(c).nfkd() {
                    if is_combining_mark(d) || d == '\u{0640}' {
                        continue;
                    }
                    match fold_arabic(d) {
                        Some(folded) => out.push(folded),
                        None => out.extend(d.to_lowercase()),
                    }
                }
            }
        }
    }
    out
}

/// The search tokens of a text: normalised, split on anything that is not a letter or digit.
pub fn tokens(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn fold_arabic(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ؤ' => 'و',
        'ئ' => 'ي',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_arabic_variants() {
        let cases = [
            ("Ingénieur", "ingenieur"),
            ("PROGRAMMEREN", "programmeren"),
            ("بَرْمَجَة", "برمجه"),
            ("إدارة", "اداره"),
            ("Програмування", "програмування"),
            ("Київ", "київ"),
            ("straße", "straße"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input), expected, "{input}");
        }
    }

    #[test]
    fn tokens_split_on_punctuation() {
        assert_eq!(
            tokens("ICT-beheer, (netwerk)"),
            ["ict", "beheer", "netwerk"]
        );
    }
}
