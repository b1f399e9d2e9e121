//! Drawing proof codes: QR matrices at error correction M, and a PNG of one or more codes.
//!
//! The PNG puts the codes side by side in reading order, each with its 4-module quiet zone, at a
//! whole number of pixels per module, and declares 300 dpi: printed at that resolution, the
//! default 7 px per module is the research's 7 printer dots (0.593 mm).

use super::ProofError;
use qrcode::{Color, EcLevel, QrCode};

/// Default pixels (printer dots at 300 dpi) per module.
pub const DOTS_PER_MODULE: u32 = 7;
/// The quiet zone around each code, in modules.
pub const QUIET_MODULES: u32 = 4;

/// A QR matrix: `size × size` modules, `true` is dark.
#[derive(Debug, Clone)]
pub struct Matrix {
    /// Modules per side (without quiet zone).
    pub size: u32,
    /// The QR version (1–40).
    pub version: i16,
    /// Row-major modules.
    pub dark: Vec<bool>,
}

impl Matrix {
    /// Whether the module at (x, y) is dark.
    pub fn is_dark(&self, x: u32, y: u32) -> bool {
        self.dark[(y * self.size + x) as usize]
    }
}

/// The QR matrix of a code text, at error correction M, in the smallest version that holds it.
pub fn matrix(text: &str) -> Result<Matrix, ProofError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|_| {
        ProofError::TooLargeForCodes {
            bytes: text.len(),
            codes: 1,
        }
    })?;
    let version = match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
    };
    Ok(Matrix {
        size: code.width() as u32,
        version,
        dark: code.to_colors().iter().map(|c| *c == Color::Dark).collect(),
    })
}

/// A PNG (8-bit grey, 300 dpi) of the codes side by side, `dots` pixels per module.
pub fn png(texts: &[String], dots: u32) -> Result<Vec<u8>, ProofError> {
    let matrices: Vec<Matrix> = texts.iter().map(|t| matrix(t)).collect::<Result<_, _>>()?;
    let side = |m: &Matrix| (m.size + 2 * QUIET_MODULES) * dots;
    let width: u32 = matrices.iter().map(side).sum();
    let height: u32 = matrices.iter().map(side).max().unwrap_or(0);
    let mut pixels = vec![255u8; (width * height) as usize];
    let mut left = 0;
    for m in &matrices {
        for y in 0..m.size {
            for x in 0..m.size {
                if !m.is_dark(x, y) {
                    continue;
                }
                let (px, py) = (
                    left + (x + QUIET_MODULES) * dots,
                    (y + QUIET_MODULES) * dots,
                );
                for dy in 0..dots {
                    let row = ((py + dy) * width + px) as usize;
                    pixels[row..row + dots as usize].fill(0);
                }
            }
        }
        left += side(m);
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    // 300 dpi = 11,811 pixels per metre.
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: 11_811,
        yppu: 11_811,
        unit: png::Unit::Meter,
    }));
    let write_failed = |e: png::EncodingError| ProofError::ImageUnreadable {
        detail: e.to_string(),
    };
    let mut writer = encoder.write_header().map_err(write_failed)?;
    writer.write_image_data(&pixels).map_err(write_failed)?;
    writer.finish().map_err(write_failed)?;
    Ok(out)
}
