//! Finding proof codes in files: every QR code in a photo, a scan or a rendered PDF page.
//!
//! Detection is rxing's (the research: as robust as zxing-cpp, where rqrr failed on degraded
//! captures), restricted to QR codes so 1D false positives never appear. Images are decoded with
//! `image` under size limits; PDF pages are rendered with the pure-Rust `hayro` at 300 dpi (the
//! print resolution the codes are laid out for). Texts are returned in reading order and without
//! repeats (a decoder may read one code twice); what they mean is `codes`' business.

use super::ProofError;
use rxing::common::HybridBinarizer;
use rxing::multi::{GenericMultipleBarcodeReader, MultipleBarcodeReader};
use rxing::{
    BarcodeFormat, BinaryBitmap, DecodeHints, Luma8LuminanceSource, MultiUseMultiFormatReader,
};
use std::collections::HashSet;
use std::io::Cursor;

/// Largest image side accepted (a 600-dpi A4 scan is 4,961 × 7,016).
pub const MAX_SIDE: u32 = 10_000;
/// Most PDF pages rendered (a proof sheet is one page; a CV with an appendix a few).
pub const MAX_PDF_PAGES: usize = 8;
/// Rendering resolution for PDF pages.
const PDF_DPI: f32 = 300.0;

/// Every QR code text in a grey-scale image (`width × height` bytes).
pub fn texts_in_luma(luma: Vec<u8>, width: u32, height: u32) -> Vec<String> {
    if width == 0 || height == 0 || luma.len() != (width as usize) * (height as usize) {
        return Vec::new();
    }
    let Ok(source) = Luma8LuminanceSource::new(luma, width, height) else {
        return Vec::new();
    };
    let mut bitmap = BinaryBitmap::new(HybridBinarizer::new(source));
    let hints = DecodeHints {
        PossibleFormats: Some(HashSet::from([BarcodeFormat::QR_CODE])),
        TryHarder: Some(true),
        ..Default::default()
    };
    let mut reader = GenericMultipleBarcodeReader::new(MultiUseMultiFormatReader::default());
    let mut found = reader
        .decode_multiple_with_hints(&mut bitmap, &hints)
        .unwrap_or_default();
    // Reading order: top to bottom, then left to right, by the first result point.
    let key = |r: &rxing::RXingResult| {
        let p = r
            .getPoints()
            .first()
            .map(|p| (p.y, p.x))
            .unwrap_or((0.0, 0.0));
        ((p.0 / 50.0) as i64, p.1 as i64)
    };
    found.sort_by_key(key);
    let mut seen = HashSet::new();
    found
        .into_iter()
        .filter(|r| *r.getBarcodeFormat() == BarcodeFormat::QR_CODE)
        .map(|r| r.getText().to_string())
        .filter(|t| seen.insert(t.clone()))
        .collect()
}

/// Every QR code text in a PNG or JPEG image.
pub fn texts_in_image(bytes: &[u8]) -> Result<Vec<String>, ProofError> {
    let unreadable = |e: image::ImageError| ProofError::ImageUnreadable {
        detail: e.to_string(),
    };
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| ProofError::ImageUnreadable {
            detail: e.to_string(),
        })?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let luma = reader.decode().map_err(unreadable)?.into_luma8();
    let (w, h) = luma.dimensions();
    Ok(texts_in_luma(luma.into_raw(), w, h))
}

/// Every QR code text on the pages of a PDF, rendered at 300 dpi.
pub fn texts_in_pdf(bytes: &[u8]) -> Result<Vec<String>, ProofError> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    let pdf = Pdf::new(bytes.to_vec()).map_err(|e| ProofError::PdfUnreadable {
        detail: format!("{e:?}"),
    })?;
    let pages = pdf.pages();
    if pages.is_empty() {
        return Err(ProofError::PdfUnreadable {
            detail: "no pages".into(),
        });
    }
    let cache = hayro::RenderCache::new();
    let settings = InterpreterSettings::default();
    let mut texts = Vec::new();
    for page in pages.iter().take(MAX_PDF_PAGES) {
        let (w, h) = page.render_dimensions();
        // Points → pixels at 300 dpi, capped so no side exceeds the image limit.
        let mut scale = PDF_DPI / 72.0;
        let longest = w.max(h) * scale;
        if longest > MAX_SIDE as f32 {
            scale *= MAX_SIDE as f32 / longest;
        }
        let pixmap = hayro::render(
            page,
            &cache,
            &settings,
            &hayro::RenderSettings::default(),
            &hayro::PixmapSettings {
                x_scale: scale,
                y_scale: scale,
                bg_color: WHITE,
            },
        );
        let (pw, ph) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
        // Opaque white background: premultiplied equals straight RGBA.
        let luma: Vec<u8> = pixmap
            .data_as_u8_slice()
            .chunks_exact(4)
            .map(|p| {
                ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000)
                    as u8
            })
            .collect();
        for t in texts_in_luma(luma, pw, ph) {
            if !texts.contains(&t) {
                texts.push(t);
            }
        }
    }
    Ok(texts)
}
