//! QR codes as vector geometry: the encoder's module matrix turned into rectangles on the
//! printer's dot grid.
//!
//! Error correction is level M, as the proof research chose for every code. Dark modules of a
//! row are merged into one rectangle per run, which keeps the path small and leaves no hairline
//! seams between neighbouring modules when a viewer anti-aliases.

use super::QrPrint;
use crate::{Error, Result};
use qrcode::{Color, EcLevel, QrCode};

/// An encoded code: its matrix width and the dark runs as (row, first column, length).
#[derive(Debug, Clone)]
pub(crate) struct Matrix {
    pub width: usize,
    pub runs: Vec<(usize, usize, usize)>,
}

/// Encodes `payload` at level M (the encoder picks the smallest version and mode).
pub(crate) fn encode(payload: &str) -> Result<Matrix> {
    let code =
        QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).map_err(|_| {
            Error::PdfQrTooLarge {
                chars: payload.chars().count(),
            }
        })?;
    let width = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors[row * width + col] == Color::Dark {
                let start = col;
                while col < width && colors[row * width + col] == Color::Dark {
                    col += 1;
                }
                runs.push((row, start, col - start));
            } else {
                col += 1;
            }
        }
    }
    Ok(Matrix { width, runs })
}

impl Matrix {
    /// The printed side length including the quiet zone, in points.
    pub fn side(&self, print: &QrPrint) -> f32 {
        (self.width as u32 + 2 * print.quiet_zone) as f32 * print.module_pt()
    }

    /// The dark rectangles (x, y, w, h) in points for a code whose outer (quiet zone) corner is
    /// at `origin`; the caller snaps `origin` to the dot grid.
    pub fn rects(&self, print: &QrPrint, origin: (f32, f32)) -> Vec<[f32; 4]> {
        // Compute in whole printer dots and convert once, so every edge lies on the dot grid.
        let dot = 72.0 / print.dpi as f32;
        let m = print.dots_per_module as usize;
        let q = print.quiet_zone as usize;
        self.runs
            .iter()
            .map(|&(row, col, len)| {
                [
                    origin.0 + ((q + col) * m) as f32 * dot,
                    origin.1 + ((q + row) * m) as f32 * dot,
                    (len * m) as f32 * dot,
                    m as f32 * dot,
                ]
            })
            .collect()
    }
}

/// Rounds a coordinate in points to the printer's dot grid.
pub(crate) fn snap(v: f32, print: &QrPrint) -> f32 {
    let dot = 72.0 / print.dpi as f32;
    (v / dot).round() * dot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_pitch_is_seven_dots_at_300_dpi() {
        let p = QrPrint::default();
        // 7/300 inch = 0.5927 mm.
        let mm = p.module_pt() / 72.0 * 25.4;
        assert!((mm - 0.5927).abs() < 0.0005, "{mm}");
    }

    #[test]
    fn base45_payloads_encode_and_oversized_ones_are_refused() {
        let m = encode("LWC1:1/2/8A3F:6BFOXN*TS0BI$ZDFRH").expect("encodes");
        assert_eq!((m.width - 17) % 4, 0);
        assert!(!m.runs.is_empty());
        let huge = "A".repeat(5000);
        assert!(matches!(
            encode(&huge),
            Err(Error::PdfQrTooLarge { chars: 5000 })
        ));
    }

    #[test]
    fn module_edges_sit_on_the_dot_grid() {
        let p = QrPrint::default();
        let m = encode("LW1:HELLO").expect("encodes");
        let origin = (snap(100.13, &p), snap(200.71, &p));
        let dot = 72.0 / 300.0;
        for r in m.rects(&p, origin) {
            for v in r {
                let dots = v / dot;
                assert!((dots - dots.round()).abs() < 1e-3, "{v}");
            }
        }
    }
}
