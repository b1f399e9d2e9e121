//! Printed sheets: one proof PDF (a credential in two QR chunks, Arabic and Dutch; target
//! ≤ 300 ms, issue 9) and a route PDF of 19 steps over two pages. The first sheet of the
//! process also parses the bundled fonts; its time is printed separately.
//! Run: `cargo bench --bench pdf`.

use criterion::{criterion_group, criterion_main, Criterion};
use erkend::pdf::{self, Label, ProofCredential, ProofSheet, RouteSheet, RouteSheetStep};
use erkend::route::{StepKind, StepStatus};
use std::time::Instant;

/// A payload of Base45 characters, as the proof module writes them.
fn payload(prefix: &str, len: usize) -> String {
    const BASE45: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let body: String = (0..len)
        .map(|i| BASE45[(i * 7 + i / 3) % 45] as char)
        .collect();
    format!("{prefix}{body}")
}

fn proof() -> ProofSheet {
    let mut sheet = ProofSheet::new("فاطمة الزهراء", "ar");
    sheet.credentials = vec![ProofCredential {
        title: "مساعد مطبخ".into(),
        issuer: "ROC Midden Nederland".into(),
        issued: Some("2025-03-14".into()),
        valid_until: None,
        skills: vec![
            Label::with_second("تحضير الأطباق الباردة", "koude gerechten bereiden"),
            Label::with_second("اتباع قواعد النظافة", "hygiënevoorschriften volgen"),
        ],
        summary: "تحضير الأطباق الباردة والحفاظ على نظافة المطبخ وسلامته.".into(),
        codes: vec![
            payload("LWC1:1/2/8A3F:", 660),
            payload("LWC1:2/2/8A3F:", 640),
        ],
    }];
    sheet
}

fn route() -> RouteSheet {
    RouteSheet {
        learner_name: Some("ሰላም ተስፋይ".into()),
        lang: "ti".into(),
        second_lang: "nl".into(),
        target: Label::with_second("ኣብ ክሽነ ሓጋዚ", "keukenhulp"),
        steps: (1..=19)
            .map(|i| RouteSheetStep {
                kind: StepKind::EarnCredential,
                title: Label::with_second(format!("ክእለት {i}"), format!("vaardigheid {i}")),
                skills: vec![],
                status: StepStatus::Planned,
                start: Some("2025-01-06".into()),
                end: None,
                notes: None,
            })
            .collect(),
    }
}

fn bench_pdf(c: &mut Criterion) {
    let sheet = proof();
    let started = Instant::now();
    let first = pdf::proof_sheet(&sheet).expect("proof sheet");
    eprintln!(
        "first proof sheet (fonts parsed): {:.2?}, {} bytes",
        started.elapsed(),
        first.len()
    );
    c.bench_function("proof sheet (ar+nl, 2 QR chunks)", |b| {
        b.iter(|| std::hint::black_box(pdf::proof_sheet(&sheet).expect("proof sheet")))
    });
    let route = route();
    c.bench_function("route sheet (ti+nl, 19 steps)", |b| {
        b.iter(|| std::hint::black_box(pdf::route_sheet(&route).expect("route sheet")))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench_pdf
}
criterion_main!(benches);
