//! Paragraph layout: font runs, shaping, line wrapping and bidirectional ordering.
//!
//! A paragraph is broken into lines in logical order (at spaces, and inside a word only when
//! the word alone is wider than the line, as long URIs are). Each line is then reordered with
//! the Unicode bidirectional algorithm (UAX #9) into visual runs; every run is split by font
//! and shaped by rustybuzz in its own direction, so Arabic letters join and read right to left
//! while Latin names and numbers inside them keep left-to-right order. Glyphs keep their
//! cluster's byte range, so the PDF text layer maps them back to the logical text.

use super::fonts::{FaceId, Fonts, Weight};
use krilla::text::{GlyphId, KrillaGlyph};
use std::ops::Range;
use unicode_bidi::{BidiInfo, Level};

/// The base direction of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BaseDir {
    Ltr,
    Rtl,
    /// From the first strong character (UAX #9 rules P2–P3), left to right if there is none.
    Auto,
}

/// Shaped glyphs of one face, in visual order, with the text they came from.
#[derive(Debug, Clone)]
pub(crate) struct GlyphRun {
    pub face: FaceId,
    /// What the glyphs map to in the PDF's text layer (see [`text_for_pdf`]).
    pub pdf_text: String,
    pub glyphs: Vec<KrillaGlyph>,
    /// Offset from the start of the line, in points.
    pub x: f32,
}

/// One laid-out line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub runs: Vec<GlyphRun>,
    pub width: f32,
    /// Ascent above and descent below the baseline, in points.
    pub ascent: f32,
    pub descent: f32,
}

/// A laid-out paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    pub lines: Vec<Line>,
}

/// Lays out `text` (one paragraph; newlines start new lines) at `size` points within `width`.
pub(crate) fn layout(
    fonts: &Fonts,
    text: &str,
    size: f32,
    weight: Weight,
    base: BaseDir,
    width: f32,
) -> Paragraph {
    let mut lines = Vec::new();
    for part in text.split('\n') {
        let level = match base {
            BaseDir::Ltr => Some(Level::ltr()),
            BaseDir::Rtl => Some(Level::rtl()),
            BaseDir::Auto => None,
        };
        let bidi = BidiInfo::new(part, level);
        let runs = fonts.runs(part, weight);
        for range in break_lines(fonts, part, &runs, size, width) {
            lines.push(build_line(fonts, &bidi, part, &runs, range, size));
        }
    }
    Paragraph { lines }
}

/// Logical line ranges (without trailing spaces) that fit `width`.
fn break_lines(
    fonts: &Fonts,
    text: &str,
    runs: &[(Range<usize>, FaceId)],
    size: f32,
    width: f32,
) -> Vec<Range<usize>> {
    let measure = |r: Range<usize>| measure(fonts, text, runs, r) * size;
    let mut lines = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut used = 0.0f32;
    for (word, gap) in words(text) {
        let word_width = measure(word.clone());
        let gap_width = measure(gap.clone());
        if let Some(s) = start {
            if used + word_width <= width {
                used += word_width + gap_width;
                end = word.end;
                continue;
            }
            lines.push(s..end);
        }
        if word_width <= width {
            start = Some(word.start);
            end = word.end;
            used = word_width + gap_width;
            continue;
        }
        // A word wider than the line (a long URI or name): cut it where it fills the line.
        let mut piece = word.start;
        let mut last = piece;
        for (i, c) in text[word.clone()].char_indices() {
            let next = word.start + i + c.len_utf8();
            if measure(piece..next) > width && last > piece {
                lines.push(piece..last);
                piece = last;
            }
            last = next;
        }
        start = Some(piece);
        end = word.end;
        used = measure(piece..word.end) + gap_width;
    }
    if let Some(s) = start {
        lines.push(s..end);
    }
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

/// (word, following spaces) pairs covering `text`.
fn words(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let mut i = 0;
    // Leading spaces belong to no word; they are dropped like trailing ones.
    while let Some(c) = text[i..].chars().next().filter(|c| c.is_whitespace()) {
        i += c.len_utf8();
    }
    while i < text.len() {
        let word_start = i;
        while let Some(c) = text[i..].chars().next().filter(|c| !c.is_whitespace()) {
            i += c.len_utf8();
        }
        let word_end = i;
        while let Some(c) = text[i..].chars().next().filter(|c| c.is_whitespace()) {
            i += c.len_utf8();
        }
        out.push((word_start..word_end, word_end..i));
    }
    out
}

/// Directional formatting characters (marks, embeddings, isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Width in em of a logical range, shaped per font run.
fn measure(fonts: &Fonts, text: &str, runs: &[(Range<usize>, FaceId)], range: Range<usize>) -> f32 {
    runs.iter()
        .filter_map(|(r, face)| {
            let s = r.start.max(range.start);
            let e = r.end.min(range.end);
            (s < e).then(|| shape(fonts, *face, &text[s..e], false).1)
        })
        .sum()
}

fn build_line(
    fonts: &Fonts,
    bidi: &BidiInfo,
    text: &str,
    runs: &[(Range<usize>, FaceId)],
    range: Range<usize>,
    size: f32,
) -> Line {
    let mut out = Vec::new();
    let mut x = 0.0;
    let mut faces_used = Vec::new();
    if !range.is_empty() {
        if let Some(para) = bidi.paragraphs.first() {
            let (levels, visual) = bidi.visual_runs(para, range);
            for run in visual {
                let rtl = levels[run.start].is_rtl();
                let mut pieces: Vec<(Range<usize>, FaceId)> = runs
                    .iter()
                    .filter_map(|(r, face)| {
                        let s = r.start.max(run.start);
                        let e = r.end.min(run.end);
                        (s < e).then_some((s..e, *face))
                    })
                    .collect();
                if rtl {
                    pieces.reverse();
                }
                for (piece, face) in pieces {
                    let piece_text = &text[piece];
                    let (mut glyphs, advance) = shape(fonts, face, piece_text, rtl);
                    // Bidi controls did their work in the ordering; they draw nothing and do
                    // not belong in the text layer.
                    glyphs.retain(|g| {
                        !piece_text[g.text_range.clone()]
                            .chars()
                            .all(is_bidi_control)
                            || g.text_range.is_empty()
                    });
                    faces_used.push(face);
                    out.push(GlyphRun {
                        face,
                        pdf_text: if rtl {
                            text_for_pdf(piece_text, &glyphs)
                        } else {
                            piece_text.to_string()
                        },
                        glyphs,
                        x,
                    });
                    x += advance * size;
                }
            }
        }
    }
    if faces_used.is_empty() {
        faces_used.push(0);
    }
    let ascent = faces_used
        .iter()
        .map(|f| fonts.faces[*f].ascent)
        .fold(0.0, f32::max);
    let descent = faces_used
        .iter()
        .map(|f| fonts.faces[*f].descent)
        .fold(0.0, f32::max);
    Line {
        runs: out,
        width: x,
        ascent: ascent * size,
        descent: descent * size,
    }
}

/// The text a right-to-left run maps its glyphs to in the PDF: each multi-character cluster
/// (a lam-alef ligature) reversed. Extractors such as poppler reverse a right-to-left line
/// character by character, including the characters of one glyph; pre-reversing them makes
/// the extracted text come out in logical order. Cluster byte ranges stay the same.
fn text_for_pdf(text: &str, glyphs: &[KrillaGlyph]) -> String {
    let mut out = text.to_string();
    let mut clusters: Vec<Range<usize>> = glyphs.iter().map(|g| g.text_range.clone()).collect();
    clusters.sort_by_key(|r| r.start);
    clusters.dedup();
    for r in clusters {
        if text[r.clone()].chars().nth(1).is_some() {
            let reversed: String = text[r.clone()].chars().rev().collect();
            out.replace_range(r, &reversed);
        }
    }
    out
}

thread_local! {
    /// Shaping plans by face, direction and script. Making a plan costs more than shaping a word
    /// with it (rustybuzz's own advice), and a sheet shapes every word at least twice: once to
    /// break lines, once to draw them. The faces are the bundled ones, so their ids never change.
    #[allow(clippy::type_complexity)]
    static PLANS: std::cell::RefCell<
        std::collections::HashMap<(FaceId, bool, Option<rustybuzz::Script>), rustybuzz::ShapePlan>,
    > = std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Shapes `text` with one face; glyphs in visual order with advances in em, and the total
/// advance in em. Cluster ranges follow krilla's own shaper, so text extraction agrees.
fn shape(fonts: &Fonts, face_id: FaceId, text: &str, rtl: bool) -> (Vec<KrillaGlyph>, f32) {
    let face = &fonts.faces[face_id];
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let direction = buffer.direction();
    // `guess_segment_properties` never picks "unknown": that is no script at all.
    let script = Some(buffer.script()).filter(|s| *s != rustybuzz::script::UNKNOWN);
    let key = (
        face_id,
        direction == rustybuzz::Direction::RightToLeft,
        script,
    );
    let output = PLANS.with(|plans| {
        let mut plans = plans.borrow_mut();
        let plan = plans.entry(key).or_insert_with(|| {
            rustybuzz::ShapePlan::new(&face.shaper, direction, script, None, &[])
        });
        rustybuzz::shape_with_plan(&face.shaper, plan, buffer)
    });
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let upem = face.units_per_em;
    let mut glyphs: Vec<KrillaGlyph> = Vec::with_capacity(infos.len());
    let mut total = 0.0;
    for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let start = info.cluster as usize;
        // The cluster ends where the next cluster in logical order starts: after this glyph's
        // cluster run in LTR, before it in RTL (glyphs are in visual order).
        let end = if rtl {
            infos[..i]
                .iter()
                .rev()
                .find(|g| g.cluster != info.cluster)
                .map_or(text.len(), |g| g.cluster as usize)
        } else {
            infos[i + 1..]
                .iter()
                .find(|g| g.cluster != info.cluster)
                .map_or(text.len(), |g| g.cluster as usize)
        };
        let advance = pos.x_advance as f32 / upem;
        total += advance;
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(info.glyph_id),
            advance,
            pos.x_offset as f32 / upem,
            pos.y_offset as f32 / upem,
            pos.y_advance as f32 / upem,
            start..end,
            None,
        ));
    }
    if rtl {
        base_before_marks(&mut glyphs);
    }
    (glyphs, total)
}

/// In right-to-left output a cluster's zero-width marks come before their base glyph. Moves the
/// base first (shifting the marks back by its advance, so nothing moves on paper) and lets the
/// base alone carry the cluster's text, the marks none. A cluster of several glyphs would be
/// one `ActualText` span, whose box poppler takes from the first glyph's origin to the last
/// glyph's advance: with a mark at either end that box misses part of the base, and the
/// extracted text gets a space inside the word ("المُ صدرة").
fn base_before_marks(glyphs: &mut [KrillaGlyph]) {
    let mut i = 0;
    while i < glyphs.len() {
        let mut j = i + 1;
        while j < glyphs.len() && glyphs[j].text_range == glyphs[i].text_range {
            j += 1;
        }
        let group = &mut glyphs[i..j];
        let last = group.len() - 1;
        if last > 0 && group[..last].iter().all(|g| g.x_advance == 0.0) {
            let advance = group[last].x_advance;
            let end = group[last].text_range.end;
            for mark in &mut group[..last] {
                mark.x_offset -= advance;
                mark.text_range = end..end;
            }
            group.rotate_right(1);
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::fonts;

    fn visual_text(p: &Paragraph) -> Vec<String> {
        p.lines
            .iter()
            .map(|l| l.runs.iter().map(|r| r.pdf_text.as_str()).collect())
            .collect()
    }

    #[test]
    fn long_text_wraps_within_the_width() {
        let f = fonts().expect("fonts");
        let text =
            "Erkend keeps a learner's credentials in one encrypted file on their own computer.";
        let p = layout(f, text, 10.0, Weight::Regular, BaseDir::Ltr, 150.0);
        assert!(p.lines.len() >= 3, "{:?}", visual_text(&p));
        assert!(p.lines.iter().all(|l| l.width <= 150.0));
        assert_eq!(visual_text(&p).join(" "), text);
    }

    #[test]
    fn arabic_runs_are_shaped_right_to_left_around_latin() {
        let f = fonts().expect("fonts");
        // "Issuer: Stichting Vakwerk" with the Latin name inside an Arabic sentence.
        let text = "الجهة المُصدِرة: Stichting Vakwerk";
        let p = layout(f, text, 10.0, Weight::Regular, BaseDir::Rtl, 400.0);
        assert_eq!(p.lines.len(), 1);
        let runs = &p.lines[0].runs;
        // Visually, the Latin name comes first (leftmost), the Arabic label last (rightmost).
        assert_eq!(
            runs.first().map(|r| r.pdf_text.trim()),
            Some("Stichting Vakwerk")
        );
        assert!(runs.last().is_some_and(|r| r.pdf_text.contains("الجهة")));
        // Joined forms: the shaped Arabic word uses other glyphs than its isolated letters.
        let arabic = runs.last().expect("arabic run");
        let isolated: Vec<_> = "الجهة"
            .chars()
            .map(|c| {
                f.faces[arabic.face]
                    .shaper
                    .glyph_index(c)
                    .map(|g| g.0 as u32)
            })
            .collect();
        let shaped: Vec<u32> = arabic.glyphs.iter().map(|g| g.glyph_id.to_u32()).collect();
        assert!(isolated.iter().flatten().any(|g| !shaped.contains(g)));
    }

    #[test]
    fn an_overlong_word_is_cut_to_fit() {
        let f = fonts().expect("fonts");
        let text = "https://example.org/credentials/0123456789abcdef0123456789abcdef";
        let p = layout(f, text, 10.0, Weight::Regular, BaseDir::Ltr, 100.0);
        assert!(p.lines.len() > 1);
        assert!(p.lines.iter().all(|l| l.width <= 100.0));
        assert_eq!(visual_text(&p).concat(), text);
    }

    #[test]
    fn auto_direction_follows_the_first_strong_character() {
        let f = fonts().expect("fonts");
        let first_run = |text: &str, base: BaseDir| {
            let p = layout(f, text, 10.0, Weight::Regular, base, 300.0);
            p.lines[0].runs[0].pdf_text.trim().to_string()
        };
        // A right-to-left paragraph puts its Arabic word at the right, after the Latin one.
        assert_eq!(first_run("مرحبا Ali", BaseDir::Auto), "Ali");
        assert_eq!(first_run("مرحبا Ali", BaseDir::Ltr), "مرحبا");
        assert_eq!(first_run("Ali مرحبا", BaseDir::Auto), "Ali");
        assert_eq!(first_run("Ali مرحبا", BaseDir::Rtl), "مرحبا");
    }
}
