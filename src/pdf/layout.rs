//! A small flow layout for A4 sheets: blocks (paragraphs, bullets, side-by-side columns, QR
//! rows) are measured, kept together, broken onto new pages, and finally drawn with krilla.
//!
//! Layout is pure (items with coordinates in points, y down from the top of the page), so it is
//! computed before any PDF object exists; rendering is one pass over the finished pages.

use super::fonts::{FaceId, Fonts, Weight};
use super::qr::{self, Matrix};
use super::text::{self, BaseDir};
use super::QrPrint;
use crate::{Error, Result};
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::KrillaGlyph;
use krilla::Document;

/// A4 in points.
pub(crate) const PAGE_W: f32 = 595.276;
pub(crate) const PAGE_H: f32 = 841.89;
/// Margins: 17 mm, inside what office printers can reach.
pub(crate) const MARGIN: f32 = 48.0;
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;

/// Type size, weight and grey level (0 black … 255 white) of a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub size: f32,
    pub weight: Weight,
    pub gray: u8,
}

pub(crate) const TITLE: Style = Style {
    size: 18.0,
    weight: Weight::Bold,
    gray: 0,
};
pub(crate) const NAME: Style = Style {
    size: 16.0,
    weight: Weight::Bold,
    gray: 0,
};
pub(crate) const HEADING: Style = Style {
    size: 12.5,
    weight: Weight::Bold,
    gray: 0,
};
pub(crate) const BODY: Style = Style {
    size: 9.5,
    weight: Weight::Regular,
    gray: 0,
};
pub(crate) const LABEL: Style = Style {
    size: 9.5,
    weight: Weight::Bold,
    gray: 60,
};
pub(crate) const SMALL: Style = Style {
    size: 8.0,
    weight: Weight::Regular,
    gray: 70,
};

/// Something drawn on a page.
#[derive(Debug, Clone)]
pub(crate) enum Item {
    Glyphs {
        face: FaceId,
        size: f32,
        gray: u8,
        /// Start of the baseline.
        x: f32,
        y: f32,
        glyphs: Vec<KrillaGlyph>,
        text: String,
    },
    /// Filled rectangles (x, y, w, h), e.g. a QR code's dark modules or a rule.
    Rects { rects: Vec<[f32; 4]>, gray: u8 },
}

impl Item {
    fn moved(mut self, dx: f32, dy: f32) -> Item {
        match &mut self {
            Item::Glyphs { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Item::Rects { rects, .. } => {
                for r in rects {
                    r[0] += dx;
                    r[1] += dy;
                }
            }
        }
        self
    }
}

/// A unit of content; a block is never split across pages.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// A paragraph aligned to the end of its direction's start side (right when `align_rtl`).
    Para {
        text: String,
        style: Style,
        base: BaseDir,
        /// Align to the right edge (right-to-left documents), whatever the text's own order.
        align_rtl: bool,
        after: f32,
    },
    /// A list item: a bullet on the start side, the text indented.
    Bullet {
        text: String,
        style: Style,
        base: BaseDir,
        align_rtl: bool,
    },
    /// Columns side by side (e.g. the same facts in both languages), each a stack of blocks.
    Columns {
        columns: Vec<Vec<Block>>,
        after: f32,
    },
    /// QR codes in a row with their labels below; wraps to more rows when needed.
    Qr {
        codes: Vec<(Matrix, Option<String>)>,
        print: QrPrint,
        /// Right-to-left documents start the row at the right.
        rtl: bool,
        after: f32,
    },
    /// A thin horizontal line.
    Rule { after: f32 },
    /// Blocks one below the other, kept together on one page (e.g. one credential).
    Stack(Vec<Block>),
}

/// Positioned items and the height they take.
struct Placed {
    items: Vec<Item>,
    height: f32,
}

impl Block {
    /// Lays the block out at (`x`, `y`) within `width`.
    fn place(&self, fonts: &Fonts, x: f32, y: f32, width: f32) -> Placed {
        match self {
            Block::Para {
                text,
                style,
                base,
                align_rtl,
                after,
            } => {
                let mut p = para(fonts, text, *style, *base, *align_rtl, x, y, width);
                p.height += after;
                p
            }
            Block::Bullet {
                text,
                style,
                base,
                align_rtl,
            } => {
                let indent = style.size * 1.2;
                let text_x = if *align_rtl { x } else { x + indent };
                let mut p = para(
                    fonts,
                    text,
                    *style,
                    *base,
                    *align_rtl,
                    text_x,
                    y,
                    width - indent,
                );
                let bullet_x = if *align_rtl {
                    x + width - indent * 0.7
                } else {
                    x + indent * 0.2
                };
                let b = para(fonts, "•", *style, BaseDir::Ltr, false, bullet_x, y, indent);
                p.items.extend(b.items);
                p.height += style.size * 0.15;
                p
            }
            Block::Columns { columns, after } => {
                let gap = 18.0;
                let n = columns.len().max(1) as f32;
                let w = (width - gap * (n - 1.0)) / n;
                let mut items = Vec::new();
                let mut height: f32 = 0.0;
                for (i, column) in columns.iter().enumerate() {
                    let cx = x + i as f32 * (w + gap);
                    let mut cy = y;
                    for block in column {
                        let p = block.place(fonts, cx, cy, w);
                        cy += p.height;
                        items.extend(p.items);
                    }
                    height = height.max(cy - y);
                }
                Placed {
                    items,
                    height: height + after,
                }
            }
            Block::Qr {
                codes,
                print,
                rtl,
                after,
            } => qr_row(fonts, codes, print, *rtl, x, y, width, *after),
            Block::Stack(blocks) => {
                let mut items = Vec::new();
                let mut cy = y;
                for block in blocks {
                    let p = block.place(fonts, x, cy, width);
                    cy += p.height;
                    items.extend(p.items);
                }
                Placed {
                    items,
                    height: cy - y,
                }
            }
            Block::Rule { after } => Placed {
                items: vec![Item::Rects {
                    rects: vec![[x, y, width, 0.6]],
                    gray: 150,
                }],
                height: 0.6 + after,
            },
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn para(
    fonts: &Fonts,
    text: &str,
    style: Style,
    base: BaseDir,
    align_rtl: bool,
    x: f32,
    y: f32,
    width: f32,
) -> Placed {
    let laid = text::layout(fonts, text, style.size, style.weight, base, width);
    let mut items = Vec::new();
    let mut top = y;
    for line in laid.lines {
        // 1.35 × size, up to 1.7 × for taller scripts: Noto Sans Arabic's ascent and descent
        // (about 2 em together) leave room for stacked marks that ordinary text never uses.
        let height = (line.ascent + line.descent).clamp(style.size * 1.35, style.size * 1.7);
        let baseline = top + line.ascent + (height - line.ascent - line.descent) / 2.0;
        let start = if align_rtl { x + width - line.width } else { x };
        for run in line.runs {
            items.push(Item::Glyphs {
                face: run.face,
                size: style.size,
                gray: style.gray,
                x: start + run.x,
                y: baseline,
                glyphs: run.glyphs,
                text: run.pdf_text,
            });
        }
        top += height;
    }
    Placed {
        items,
        height: top - y,
    }
}

#[allow(clippy::too_many_arguments)]
fn qr_row(
    fonts: &Fonts,
    codes: &[(Matrix, Option<String>)],
    print: &QrPrint,
    rtl: bool,
    x: f32,
    y: f32,
    width: f32,
    after: f32,
) -> Placed {
    let gap = 14.0;
    let label_h = SMALL.size * 1.8;
    let mut items = Vec::new();
    let mut row_top = y;
    let mut row_h: f32 = 0.0;
    let mut used: f32 = 0.0;
    for (matrix, label) in codes {
        let side = matrix.side(print);
        if used > 0.0 && used + side > width {
            row_top += row_h + gap;
            used = 0.0;
            row_h = 0.0;
        }
        let left = if rtl {
            x + width - used - side
        } else {
            x + used
        };
        // The quiet zone's corner on the printer's dot grid: every module edge then is too.
        let origin = (qr::snap(left, print), qr::snap(row_top, print));
        items.push(Item::Rects {
            rects: matrix.rects(print, origin),
            gray: 0,
        });
        let mut h = side;
        if let Some(label) = label {
            let quiet = print.quiet_zone as f32 * print.module_pt();
            let p = para(
                fonts,
                label,
                Style {
                    size: 10.0,
                    weight: Weight::Bold,
                    gray: 0,
                },
                BaseDir::Ltr,
                false,
                origin.0 + quiet,
                origin.1 + side,
                side,
            );
            items.extend(p.items);
            h += label_h;
        }
        row_h = row_h.max(h);
        used += side + gap;
    }
    Placed {
        items,
        height: row_top - y + row_h + after,
    }
}

/// Pages being filled from top to bottom, with a footer repeated on every page.
pub(crate) struct Flow<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Item>>,
    y: f32,
    footer: Vec<Block>,
    footer_top: f32,
}

impl<'f> Flow<'f> {
    /// A flow whose pages all end with `footer` (e.g. the "how to verify" lines).
    pub fn new(fonts: &'f Fonts, footer: Vec<Block>) -> Flow<'f> {
        let height: f32 = footer
            .iter()
            .map(|b| b.place(fonts, 0.0, 0.0, CONTENT_W).height)
            .sum();
        Flow {
            fonts,
            pages: vec![Vec::new()],
            y: MARGIN,
            footer,
            footer_top: PAGE_H - MARGIN - height,
        }
    }

    /// Adds a block below the previous one, on a new page when it does not fit.
    pub fn push(&mut self, block: Block) {
        let placed = block.place(self.fonts, 0.0, 0.0, CONTENT_W);
        let bottom = self.footer_top - 12.0;
        if self.y + placed.height > bottom && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
        let (dx, dy) = (MARGIN, self.y);
        if let Some(page) = self.pages.last_mut() {
            page.extend(placed.items.into_iter().map(|i| i.moved(dx, dy)));
        }
        self.y += placed.height;
    }

    /// How many pages the blocks pushed so far fill (the footer never adds one: it has its own
    /// place on every page). The PDF [`Flow::finish`] draws has exactly these pages.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Draws every page and returns the PDF bytes.
    pub fn finish(mut self, title: &str, lang: &str) -> Result<Vec<u8>> {
        let mut footer_items = Vec::new();
        let mut y = self.footer_top;
        for block in &self.footer {
            let p = block.place(self.fonts, MARGIN, y, CONTENT_W);
            y += p.height;
            footer_items.extend(p.items);
        }
        for page in &mut self.pages {
            page.extend(footer_items.iter().cloned());
        }
        render(self.fonts, &self.pages, title, lang)
    }
}

fn fill(gray: u8) -> Fill {
    Fill {
        paint: luma::Color::new(gray).into(),
        ..Default::default()
    }
}

fn render(fonts: &Fonts, pages: &[Vec<Item>], title: &str, lang: &str) -> Result<Vec<u8>> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language(lang.to_string())
            .creator("Erkend".to_string()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| Error::PdfWrite {
        detail: "page size".into(),
    })?;
    for items in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for item in items {
            match item {
                Item::Glyphs {
                    face,
                    size,
                    gray,
                    x,
                    y,
                    glyphs,
                    text,
                } => {
                    surface.set_fill(Some(fill(*gray)));
                    surface.draw_glyphs(
                        Point::from_xy(*x, *y),
                        glyphs,
                        fonts.faces[*face].pdf.clone(),
                        text,
                        *size,
                        false,
                    );
                }
                Item::Rects { rects, gray } => {
                    let mut path = PathBuilder::new();
                    for r in rects {
                        if let Some(rect) = Rect::from_xywh(r[0], r[1], r[2], r[3]) {
                            path.push_rect(rect);
                        }
                    }
                    if let Some(path) = path.finish() {
                        surface.set_fill(Some(fill(*gray)));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| Error::PdfWrite {
        detail: format!("{e:?}"),
    })
}
