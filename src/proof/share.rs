//! What the desktop app's Share and "Verify a proof" screens ask of the proof module, as plain
//! values: the code images of chosen credentials, the printed sheet (with its page count and
//! languages), saving either to a file the learner named, and verifying a proof file the learner
//! opened (its bytes, not a path, so the app needs no file-system capability).
//!
//! Guarantees: the images shown are drawn from exactly the code texts that are printed and saved
//! (same [`super::credential_codes`], same [`super::render`]); nothing here reads the clock — the
//! time of a check is passed in.

use super::{render, Found, NobodyTrusted};
use crate::{Error, Result, Wallet};
use base64::Engine;
use chrono::{DateTime, Utc};
use std::path::Path;

/// One QR code of a credential, ready to show on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeImage {
    /// The code text (`LW1:…` or `LWC1:i/n/…`).
    pub text: String,
    /// Its QR version at error correction M.
    pub version: i16,
    /// Modules per side including the quiet zone (for drawing it at print size).
    pub modules: u32,
    /// A PNG of the code (7 pixels per module) as a `data:image/png;base64,…` address.
    pub png: String,
}

/// The codes of one credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedCredential {
    /// The wallet id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Issuer label.
    pub issuer: String,
    /// Its codes, in chunk order.
    pub codes: Vec<CodeImage>,
}

/// The printed proof sheet of a selection, as the Share screen describes it before saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// How many A4 pages it has.
    pub pages: usize,
    /// The first (the learner's) language.
    pub lang: String,
    /// The second language.
    pub second_lang: String,
}

/// The code texts of each chosen credential, in order.
fn code_rows(wallet: &Wallet, ids: &[String]) -> Result<Vec<Vec<String>>> {
    ids.iter()
        .map(|id| super::credential_codes(&wallet.original_bytes(id)?))
        .collect()
}

/// The codes of the chosen credentials, as images.
pub fn codes(wallet: &Wallet, ids: &[String]) -> Result<Vec<SharedCredential>> {
    let rows = code_rows(wallet, ids)?;
    ids.iter()
        .zip(rows)
        .map(|(id, texts)| {
            let c = wallet.show(id)?.credential;
            let codes = texts
                .into_iter()
                .map(code_image)
                .collect::<Result<Vec<_>>>()?;
            Ok(SharedCredential {
                id: id.clone(),
                name: c.display_name().to_string(),
                issuer: c.issuer_label().to_string(),
                codes,
            })
        })
        .collect()
}

fn code_image(text: String) -> Result<CodeImage> {
    let matrix = render::matrix(&text)?;
    let png = render::png(std::slice::from_ref(&text), render::DOTS_PER_MODULE)?;
    Ok(CodeImage {
        version: matrix.version,
        modules: matrix.size + 2 * render::QUIET_MODULES,
        png: format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(png)
        ),
        text,
    })
}

/// The A4 proof sheet of the chosen credentials in `lang` and `second_lang` (the default second
/// language when `None`): its pages and languages. The pages come from the layout; nothing is
/// drawn (drawing and embedding fonts is most of a PDF's cost, and the screen asks again at
/// every change of the selection). [`save`] draws the same layout.
pub fn sheet(
    wallet: &Wallet,
    ids: &[String],
    lang: &str,
    second_lang: Option<&str>,
) -> Result<Sheet> {
    let layout = layout(wallet, ids, lang, second_lang)?;
    Ok(Sheet {
        pages: crate::pdf::proof_sheet_pages(&layout)?,
        lang: layout.lang,
        second_lang: layout.second_lang,
    })
}

/// What the sheet of the chosen credentials shows; refuses an empty selection.
fn layout(
    wallet: &Wallet,
    ids: &[String],
    lang: &str,
    second_lang: Option<&str>,
) -> Result<crate::pdf::ProofSheet> {
    if ids.is_empty() {
        return Err(super::ProofError::NoCodes.into());
    }
    let rows = code_rows(wallet, ids)?;
    super::cli::proof_sheet(wallet, lang, second_lang, ids, &rows)
}

/// Writes the proof of the chosen credentials to `out`: the sheet for `.pdf`, the codes side by
/// side for `.png`, one code per line for `.txt`. Returns the number of pages (1 unless PDF).
pub fn save(
    wallet: &Wallet,
    ids: &[String],
    out: &Path,
    lang: &str,
    second_lang: Option<&str>,
) -> Result<usize> {
    let ext = out
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let (bytes, pages) = match ext.as_str() {
        "pdf" => crate::pdf::proof_sheet_counted(&layout(wallet, ids, lang, second_lang)?)?,
        "png" | "txt" => {
            let all: Vec<String> = code_rows(wallet, ids)?.into_iter().flatten().collect();
            if all.is_empty() {
                return Err(super::ProofError::NoCodes.into());
            }
            let bytes = if ext == "png" {
                render::png(&all, render::DOTS_PER_MODULE)?
            } else {
                all.iter()
                    .map(|t| format!("{t}\n"))
                    .collect::<String>()
                    .into_bytes()
            };
            (bytes, 1)
        }
        _ => return Err(super::ProofError::FileType { ext }.into()),
    };
    std::fs::write(out, bytes).map_err(|e| Error::Unreadable {
        path: out.to_path_buf(),
        reason: e.to_string(),
    })?;
    Ok(pages)
}

/// Verifies every proof in an opened file (`name` gives the type by its extension) at `at`.
/// Cards are checked against nobody's keys, so a card alone reads as a summary (no trust list
/// is consulted here yet, as in `erkend proof verify`).
pub fn verify_opened(name: &str, bytes: &[u8], at: DateTime<Utc>) -> Result<Vec<Found>> {
    let texts = super::read_codes(Path::new(name), bytes)?;
    Ok(super::verify_texts(&texts, at, &NobodyTrusted))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OB3: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/peers/js-eddsa-rdfc-2022/ob3-0001.json"
    );

    fn wallet_with_one() -> (tempfile::TempDir, Wallet, String) {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut wallet = Wallet::create(&dir.path().join("w.db"), None).expect("wallet");
        let bytes = std::fs::read(OB3).expect("fixture");
        let id = wallet
            .import_bytes(&bytes, Some("ob3-0001.json"), Utc::now())
            .expect("import")
            .id;
        (dir, wallet, id)
    }

    #[test]
    fn shown_codes_saved_png_and_sheet_all_verify() {
        let (dir, wallet, id) = wallet_with_one();
        let ids = vec![id];
        let shown = codes(&wallet, &ids).expect("codes");
        assert_eq!(shown.len(), 1);
        let code = &shown[0].codes[0];
        assert!(code.png.starts_with("data:image/png;base64,"));
        assert!(code.version >= 1 && code.modules > 21);

        let sheet = sheet(&wallet, &ids, "ar", Some("ti")).expect("sheet");
        assert_eq!((sheet.pages, sheet.second_lang.as_str()), (1, "ti"));
        let default = super::sheet(&wallet, &ids, "ar", None).expect("sheet");
        assert_eq!(default.second_lang, "nl");

        for name in ["p.pdf", "p.png", "p.txt"] {
            let out = dir.path().join(name);
            save(&wallet, &ids, &out, "en", None).expect(name);
            let bytes = std::fs::read(&out).expect("saved");
            let found = verify_opened(name, &bytes, Utc::now()).expect(name);
            assert!(
                matches!(&found[..], [Found::Credential { verdict, .. }] if verdict.verified == Some(true)),
                "{name}: {found:?}"
            );
        }
        let gif = save(&wallet, &ids, &dir.path().join("p.gif"), "en", None);
        assert_eq!(gif.map_err(|e| e.code()), Err("proof-file-type"));
        let none = super::sheet(&wallet, &[], "en", None).map_err(|e| e.code());
        assert_eq!(none, Err("proof-no-codes"));
    }

    /// The page count the Share screen shows is the drawn PDF's, for one credential, a few
    /// and many (over several pages), in three scripts. Prints how long each takes (measured,
    /// not asserted: speed belongs in benchmarks).
    #[test]
    fn the_counted_pages_are_the_pages_of_the_drawn_pdf() {
        let (_dir, mut wallet, first) = wallet_with_one();
        let bytes = std::fs::read(OB3.replace("0001", "0002")).expect("fixture");
        let second = wallet
            .import_bytes(&bytes, Some("ob3-0002.json"), Utc::now())
            .expect("import")
            .id;
        let mut seen = vec![];
        for (n, lang) in [(1, "en"), (3, "ar"), (12, "ti")] {
            let ids: Vec<String> = [&first, &second]
                .into_iter()
                .cycle()
                .take(n)
                .cloned()
                .collect();
            let t = std::time::Instant::now();
            let counted = sheet(&wallet, &ids, lang, None).expect("sheet").pages;
            let counting = t.elapsed();
            let t = std::time::Instant::now();
            let rows = code_rows(&wallet, &ids).expect("codes");
            let pdf = super::super::cli::pdf(&wallet, lang, None, &ids, &rows).expect("pdf");
            let drawn = hayro::hayro_syntax::Pdf::new(pdf)
                .expect("a PDF")
                .pages()
                .len();
            eprintln!(
                "{n} credentials ({lang}): {counted} pages counted in {} ms, drawn and \
                 parsed in {} ms",
                counting.as_millis(),
                t.elapsed().as_millis()
            );
            assert_eq!(counted, drawn, "{n} credentials in {lang}");
            seen.push(counted);
        }
        assert_eq!(seen[0], 1);
        assert!(seen[2] > seen[1] && seen[2] >= 3, "{seen:?}");
    }
}
