//! Printed sheets through independent tools: every PDF is rasterised at 300 dpi with poppler's
//! `pdftoppm` and its QR codes decoded with zbar's `zbarimg` (payloads must come back exactly);
//! the text layer is read with `pdftotext` (shaped Arabic, Ethiopic and Cyrillic strings must
//! come back in logical order). The PNGs stay under `target/pdf-look/` for a person to look at.
//! The tools come from `scripts/install-deps`; a missing tool fails the test, never skips it.

use erkend::pdf::{self, Label, ProofCredential, ProofSheet, QrPrint, RouteSheet, RouteSheetStep};
use erkend::route::{StepKind, StepStatus};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `target/pdf-look/` (not in git): the PDFs and PNGs of the last run.
fn look_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-look");
    std::fs::create_dir_all(&dir).expect("target/pdf-look");
    dir
}

/// Runs a tool, failing loudly when it is not installed.
fn run(tool: &str, args: &[&str]) -> Vec<u8> {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} is needed for the PDF tests ({e}); run scripts/install-deps test")
    });
    assert!(
        out.status.success() || tool == "zbarimg",
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Writes the PDF and rasterises every page at 300 dpi; returns the PNG paths.
fn rasterise(name: &str, pdf: &[u8]) -> Vec<PathBuf> {
    let dir = look_dir();
    let file = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, pdf).expect("write pdf");
    for old in std::fs::read_dir(&dir).expect("dir").flatten() {
        let n = old.file_name().to_string_lossy().into_owned();
        if n.starts_with(&format!("{name}-")) && n.ends_with(".png") {
            std::fs::remove_file(old.path()).expect("remove old png");
        }
    }
    let prefix = dir.join(name);
    run(
        "pdftoppm",
        &[
            "-r",
            "300",
            "-png",
            file.to_str().expect("utf-8 path"),
            prefix.to_str().expect("utf-8 path"),
        ],
    );
    let mut pngs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            n.starts_with(&format!("{name}-")) && n.ends_with(".png")
        })
        .collect();
    pngs.sort();
    assert!(!pngs.is_empty(), "pdftoppm wrote no page for {name}");
    pngs
}

/// Every QR payload zbar finds on the pages.
fn decode(pngs: &[PathBuf]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for png in pngs {
        let out = run(
            "zbarimg",
            &[
                "--raw",
                "-q",
                "-Sdisable",
                "-Sqrcode.enable",
                png.to_str().expect("utf-8 path"),
            ],
        );
        for line in String::from_utf8(out).expect("zbar output is text").lines() {
            found.insert(line.to_string());
        }
    }
    found
}

/// The PDF's text layer as poppler extracts it, whitespace (and so line wraps) folded to one
/// space and bidi isolation marks dropped.
fn text_layer(name: &str) -> String {
    let file = look_dir().join(format!("{name}.pdf"));
    let out = run("pdftotext", &[file.to_str().expect("utf-8 path"), "-"]);
    let text = String::from_utf8(out).expect("pdftotext output is UTF-8");
    text.replace(['\u{202B}', '\u{202C}', '\u{202A}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rasterises page 1 at 300 dpi as greyscale and says whether some row crosses a QR finder
/// pattern with modules of exactly `px` pixels and no half-covered edge pixel: dark, light, dark,
/// light, dark runs of 1:1:3:1:1 modules. That holds only when the module pitch is a whole
/// number of dots and the code sits on the dot grid.
fn has_finder_at_pitch(name: &str, px: usize) -> bool {
    let file = look_dir().join(format!("{name}.pdf"));
    let pgm = run(
        "pdftoppm",
        &[
            "-r",
            "300",
            "-gray",
            "-f",
            "1",
            "-l",
            "1",
            file.to_str().expect("utf-8 path"),
        ],
    );
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let width: usize = fields[1].parse().expect("width");
    let pixels = &pgm[at + 1..];
    pixels.chunks(width).any(|row| {
        // Runs of (is dark, length); a grey pixel breaks the pattern.
        let mut runs: Vec<(bool, usize, bool)> = Vec::new();
        for &p in row {
            let dark = p < 128;
            // poppler's anti-aliasing lets a fill bleed an eighth into the pixel after an
            // edge that lies exactly on a pixel boundary (223); half a pixel off would be ~128.
            let pure = p <= 32 || p >= 215;
            match runs.last_mut() {
                Some((d, n, clean)) if *d == dark => {
                    *n += 1;
                    *clean &= pure;
                }
                _ => runs.push((dark, 1, pure)),
            }
        }
        let want = [
            (true, px),
            (false, px),
            (true, 3 * px),
            (false, px),
            (true, px),
        ];
        runs.windows(5).any(|w| {
            w.iter()
                .zip(want)
                .all(|(&(d, n, clean), (wd, wn))| d == wd && n == wn && clean)
        })
    })
}

/// A payload shaped like the proof module's: prefix, then Base45 characters.
fn payload(prefix: &str, len: usize, seed: u32) -> String {
    const BASE45: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let body: String = (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            BASE45[(state % 45) as usize] as char
        })
        .collect();
    format!("{prefix}{body}")
}

fn credential(
    title: &str,
    issuer: &str,
    skills: Vec<Label>,
    codes: Vec<String>,
) -> ProofCredential {
    ProofCredential {
        title: title.into(),
        issuer: issuer.into(),
        issued: Some("2025-03-14".into()),
        valid_until: Some("2030-03-14".into()),
        skills,
        summary: String::new(),
        codes,
    }
}

/// Checks one proof sheet end to end: codes decode exactly, expected strings in the text.
fn check_proof(name: &str, sheet: &ProofSheet, expected_text: &[&str]) {
    let pdf = pdf::proof_sheet(sheet).expect("proof sheet");
    assert!(pdf.starts_with(b"%PDF-"));
    let pngs = rasterise(name, &pdf);
    let want: BTreeSet<String> = sheet
        .credentials
        .iter()
        .flat_map(|c| c.codes.iter().cloned())
        .collect();
    assert_eq!(decode(&pngs), want, "{name}: QR payloads");
    let text = text_layer(name);
    for s in expected_text {
        assert!(
            text.contains(s),
            "{name}: {s:?} not in the text layer:\n{text}"
        );
    }
}

fn two_chunks(seed: u32) -> Vec<String> {
    vec![
        payload("LWC1:1/2/8A3F:", 660, seed),
        payload("LWC1:2/2/8A3F:", 640, seed + 1),
    ]
}

#[test]
fn english_and_dutch_proof_with_a_cyrillic_name_decodes() {
    let mut sheet = ProofSheet::new("Олена Коваленко", "en");
    sheet.credentials = vec![
        ProofCredential {
            summary: "Prepares cold dishes and keeps a professional kitchen clean and safe.".into(),
            ..credential(
                "Kitchen assistant (MBO level 1)",
                "ROC Midden Nederland",
                vec![
                    Label::with_second("prepare cold dishes", "koude gerechten bereiden"),
                    Label::with_second("follow hygiene rules", "hygiënevoorschriften volgen"),
                ],
                two_chunks(1),
            )
        },
        credential(
            "Forklift safety",
            "Stichting Vakwerk",
            vec![Label::new("operate forklift")],
            vec![payload("LW1:", 390, 7)],
        ),
    ];
    check_proof(
        "proof-en-nl",
        &sheet,
        &[
            "Олена Коваленко",
            "Proof of learning",
            "Bewijs van leren",
            "Issued by: ROC Midden Nederland",
            "Uitgegeven door: ROC Midden Nederland",
            "koude gerechten bereiden",
            "1/2",
            "2/2",
            "How to verify",
            "Zo controleert u dit",
        ],
    );
    // 7 printer dots per module at 300 dpi: exactly 7 pixels, no grey edges.
    assert!(has_finder_at_pitch("proof-en-nl", 7));
}

#[test]
fn arabic_and_dutch_proof_is_shaped_and_decodes() {
    let mut sheet = ProofSheet::new("فاطمة الزهراء", "ar");
    assert_eq!(sheet.second_lang, "nl");
    sheet.credentials = vec![ProofCredential {
        summary: "تحضير الأطباق الباردة والحفاظ على نظافة المطبخ.".into(),
        ..credential(
            "مساعد مطبخ",
            "ROC Midden Nederland",
            vec![Label::with_second(
                "تحضير الأطباق الباردة",
                "koude gerechten bereiden",
            )],
            two_chunks(11),
        )
    }];
    check_proof(
        "proof-ar-nl",
        &sheet,
        &[
            "فاطمة الزهراء",
            "إثبات التعلّم",
            "Bewijs van leren",
            "مساعد مطبخ",
            "تحضير الأطباق الباردة",
            "ROC Midden Nederland",
            "koude gerechten bereiden",
        ],
    );
}

#[test]
fn tigrinya_and_dutch_proof_is_shaped_and_decodes() {
    let mut sheet = ProofSheet::new("ሰላም ተስፋይ", "ti");
    sheet.credentials = vec![credential(
        "ሓገዝ ኣብ ክሽነ",
        "Stichting Vakwerk",
        vec![Label::with_second(
            "ምድላው ዝሑል መግቢ",
            "koude gerechten bereiden",
        )],
        vec![payload("LW1:", 700, 21)],
    )];
    check_proof(
        "proof-ti-nl",
        &sheet,
        &[
            "ሰላም ተስፋይ",
            "መረጋገጺ ትምህርቲ",
            "Bewijs van leren",
            "ሓገዝ ኣብ ክሽነ",
            "ምድላው ዝሑል መግቢ",
            "Stichting Vakwerk",
        ],
    );
}

#[test]
fn farsi_and_ukrainian_sheets_use_their_own_messages() {
    for (lang, title) in [("fa", "گواهی یادگیری"), ("uk", "Підтвердження навчання")]
    {
        let sheet = ProofSheet::new("Ali Rezaei", lang);
        let pdf = pdf::proof_sheet(&sheet).expect("proof sheet");
        let name = format!("proof-{lang}-nl");
        rasterise(&name, &pdf);
        let text = text_layer(&name);
        assert!(text.contains(title), "{lang}: {text}");
        assert!(text.contains("Bewijs van leren"), "{lang}: {text}");
    }
}

#[test]
fn a_smaller_pitch_still_decodes_and_many_chunks_wrap() {
    let mut sheet = ProofSheet::new("Jan de Vries", "nl");
    assert_eq!(sheet.second_lang, "en");
    // Six dots at 300 dpi is the research's minimum pitch.
    sheet.qr = QrPrint {
        dots_per_module: 6,
        ..QrPrint::default()
    };
    let codes: Vec<String> = (1..=4)
        .map(|i| payload(&format!("LWC1:{i}/4/0C0D:"), 600, 40 + i))
        .collect();
    sheet.credentials = vec![credential("Lassen", "Techniek NL", vec![], codes)];
    check_proof("proof-nl-en-6dots", &sheet, &["4/4", "Jan de Vries"]);
    assert!(has_finder_at_pitch("proof-nl-en-6dots", 6));
    assert!(!has_finder_at_pitch("proof-nl-en-6dots", 7));
}

#[test]
fn the_same_sheet_gives_the_same_bytes() {
    let mut sheet = ProofSheet::new("Олена", "uk");
    sheet.credentials = vec![credential("A", "B", vec![], vec![payload("LW1:", 100, 3)])];
    assert_eq!(
        pdf::proof_sheet(&sheet).expect("first"),
        pdf::proof_sheet(&sheet).expect("second")
    );
}

#[test]
fn an_oversized_payload_is_refused_with_its_code() {
    let mut sheet = ProofSheet::new("Ali", "en");
    sheet.credentials = vec![credential("A", "B", vec![], vec![payload("LW1:", 4500, 5)])];
    let err = pdf::proof_sheet(&sheet).expect_err("too large");
    assert_eq!(err.code(), "pdf-qr-too-large");
}

#[test]
fn arabic_and_dutch_route_sheet_reads_in_both_languages() {
    let sheet = RouteSheet {
        learner_name: Some("فاطمة الزهراء".into()),
        lang: "ar".into(),
        second_lang: "nl".into(),
        target: Label::with_second("طباخ", "kok"),
        steps: vec![
            RouteSheetStep {
                kind: StepKind::LanguageGoal,
                title: Label::with_second("اللغة الهولندية B1", "Nederlands B1"),
                skills: vec![],
                status: StepStatus::InProgress,
                start: Some("2025-01-06".into()),
                end: Some("2025-06-30".into()),
                notes: Some("مع المرشدة Anna de Boer".into()),
            },
            RouteSheetStep {
                kind: StepKind::EarnCredential,
                title: Label::with_second("تحضير الأطباق الباردة", "koude gerechten bereiden"),
                skills: vec![Label::with_second(
                    "تحضير الأطباق الباردة",
                    "koude gerechten bereiden",
                )],
                status: StepStatus::Planned,
                start: None,
                end: None,
                notes: None,
            },
        ],
    };
    let pdf = pdf::route_sheet(&sheet).expect("route sheet");
    rasterise("route-ar-nl", &pdf);
    let text = text_layer("route-ar-nl");
    // pdftotext gives each right-to-left phrase in logical order, but orders the phrases of a
    // line around punctuation (the colon after a label) as they stand on paper, left to right.
    // So the checks are per phrase; the page image shows the whole line's order.
    for s in [
        "مسار التعلّم",
        "Leerroute",
        "الهدف",
        "طباخ",
        "Doel: kok",
        "Stap 1: Nederlands B1",
        "اللغة الهولندية",
        "Soort: taaldoel",
        "Periode: 2025-01-06 – 2025-06-30",
        "Anna de Boer",
        "مع المرشدة",
        "هدف لغوي",
        "قيد التنفيذ",
        "Stap 2: koude gerechten bereiden",
        "تحضير الأطباق الباردة",
        "مخطَّط لها",
    ] {
        assert!(text.contains(s), "{s:?} not in:\n{text}");
    }
}

/// `erkend route export` on a real wallet and the real ESCO data: the route toward
/// "hospitality revenue manager" in Arabic and Dutch, and in Dutch and English.
#[test]
fn cli_route_export_writes_a_bilingual_route_sheet() {
    const OCCUPATION: &str =
        "http://data.europa.eu/esco/occupation/002da35b-7808-43f3-83bf-63596b8b351f";
    let dir = tempfile::tempdir().expect("tempdir");
    let esco = crate::esco::db_path();
    let run = |args: &[&str]| {
        Command::new(crate::support::erkend_bin())
            .arg("--wallet")
            .arg(dir.path().join("w.db"))
            .args(args)
            .env_remove("ERKEND_PASSPHRASE")
            .env("ERKEND_ESCO_DB", &esco)
            .env("LANG", "en_US.UTF-8")
            .output()
            .expect("run erkend")
    };
    assert!(run(&["init"]).status.success());
    let out_file = dir.path().join("route.pdf");
    let out_path = out_file.to_str().expect("utf-8 path");
    // No route yet: nothing is written, and the exit code says so.
    let none = run(&["route", "export", "--out", out_path]);
    assert_eq!(none.status.code(), Some(2));
    assert!(!out_file.exists());
    assert!(run(&["route", "set-target", OCCUPATION]).status.success());

    let db = crate::esco::db();
    let dutch = db
        .label(OCCUPATION, "nl")
        .expect("label")
        .expect("a Dutch label")
        .0;
    let english = db
        .label(OCCUPATION, "en")
        .expect("label")
        .expect("an English label")
        .0;
    for (lang, expected) in [
        (
            "ar",
            vec!["مسار التعلّم", "Leerroute", dutch.as_str(), "Stap 19:"],
        ),
        (
            "nl",
            vec!["Leerroute", "Learning route", english.as_str(), "Step 19:"],
        ),
    ] {
        let out = run(&[
            "--json", "--lang", lang, "route", "export", "--out", out_path,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(doc["steps"], 19);
        assert_eq!(doc["lang"], lang);
        let pdf = std::fs::read(&out_file).expect("the PDF");
        let name = format!("route-cli-{lang}");
        let pages = rasterise(&name, &pdf);
        assert!(pages.len() >= 2, "19 steps take more than one page");
        let text = text_layer(&name);
        for s in expected {
            assert!(text.contains(s), "{lang}: {s:?} not in:\n{text}");
        }
    }
}

/// Every printed-sheet message of the base locale exists in each sheet language's own
/// `pdf.ftl` (not through the English fallback), and each file says it awaits native review.
#[test]
fn every_sheet_message_exists_in_every_sheet_language() {
    let ids = |lang: &str| -> (Vec<String>, String) {
        let source = erkend::i18n::sources(lang)
            .into_iter()
            .find(|(file, _)| *file == "pdf.ftl")
            .map(|(_, src)| src.to_string())
            .unwrap_or_else(|| panic!("{lang} has no pdf.ftl"));
        let ids = source
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_string()))
            .filter(|id| id.starts_with("pdf-"))
            .collect();
        (ids, source)
    };
    let (base, _) = ids("en");
    assert!(base.len() >= 29, "{base:?}");
    let langs = erkend::i18n::bundled_locales();
    assert!(langs.len() >= 10, "{langs:?}");
    for lang in langs.into_iter().filter(|l| *l != "en") {
        let (have, source) = ids(lang);
        let missing: Vec<_> = base.iter().filter(|id| !have.contains(id)).collect();
        assert!(missing.is_empty(), "{lang}/pdf.ftl lacks {missing:?}");
        assert!(
            source.contains("Reviewed by a native speaker: no."),
            "{lang}/pdf.ftl must say it is not yet reviewed"
        );
    }
}
