//! Proof codes: encoding a credential into its codes (and the PNG), decoding and verifying a
//! cropped code image (target ≤ 20 ms), a whole 300-dpi A4 page image (target ≤ 1 s), and the
//! same through a rendered proof-sheet PDF. Run: `cargo bench --bench proof`.

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use erkend::proof::{self, render, scan, NobodyTrusted};
use std::path::Path;

fn peer(rel: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/peers")
        .join(rel);
    std::fs::read(path).expect("peer credential")
}

/// An A4 page at 300 dpi (2480 × 3508, white) with the codes pasted in its upper half, as a
/// scanner or a phone photo of a printed proof sheet gives it.
fn a4_page(texts: &[String]) -> (Vec<u8>, u32, u32) {
    let (w, h) = (2480u32, 3508u32);
    let mut page = vec![255u8; (w * h) as usize];
    let mut left = 300;
    for text in texts {
        let m = render::matrix(text).expect("matrix");
        let dots = render::DOTS_PER_MODULE;
        for y in 0..m.size {
            for x in 0..m.size {
                if m.is_dark(x, y) {
                    for dy in 0..dots {
                        let row = ((600 + y * dots + dy) * w + left + x * dots) as usize;
                        page[row..row + dots as usize].fill(0);
                    }
                }
            }
        }
        left += (m.size + 8) * dots;
    }
    (page, w, h)
}

fn bench_proof(c: &mut Criterion) {
    let at = Utc
        .with_ymd_and_hms(2026, 6, 1, 0, 0, 0)
        .single()
        .expect("date");
    let credential = peer("js-eddsa-rdfc-2022/ob3-0001.json");
    let texts = proof::credential_codes(&credential).expect("codes");
    let png = render::png(&texts, render::DOTS_PER_MODULE).expect("png");
    let mut group = c.benchmark_group("proof");
    group.sample_size(20);
    group.bench_function("encode: credential to codes", |b| {
        b.iter(|| proof::credential_codes(std::hint::black_box(&credential)))
    });
    group.bench_function("encode: codes to PNG", |b| {
        b.iter(|| render::png(std::hint::black_box(&texts), render::DOTS_PER_MODULE))
    });
    group.bench_function("decode+verify: cropped code image (PNG)", |b| {
        b.iter(|| {
            let found = scan::texts_in_image(&png).expect("scan");
            let results = proof::verify_texts(&found, at, &NobodyTrusted);
            assert_eq!(results.len(), 1);
        })
    });
    // Two credentials side by side on a page: ob3-0001 and a VC-JWT.
    let mut page_texts = texts.clone();
    page_texts.extend(proof::credential_codes(&peer("js-jwt/ob3-0002.jwt")).expect("codes"));
    let (page, w, h) = a4_page(&page_texts);
    group.sample_size(10);
    group.bench_function("decode+verify: whole A4 page at 300 dpi", |b| {
        b.iter(|| {
            let found = scan::texts_in_luma(page.clone(), w, h);
            let results = proof::verify_texts(&found, at, &NobodyTrusted);
            assert_eq!(results.len(), 2);
        })
    });
    let mut sheet = erkend::pdf::ProofSheet::new("Seán O'Brien", "en");
    sheet.credentials.push(erkend::pdf::ProofCredential {
        title: "Python Programming Foundations".into(),
        issuer: "Peer Test Academy".into(),
        codes: texts.clone(),
        ..Default::default()
    });
    let pdf = erkend::pdf::proof_sheet(&sheet).expect("pdf");
    group.bench_function("decode+verify: proof sheet PDF (render + scan)", |b| {
        b.iter(|| {
            let found = scan::texts_in_pdf(&pdf).expect("pdf");
            assert_eq!(proof::verify_texts(&found, at, &NobodyTrusted).len(), 1);
        })
    });
    group.finish();
}

criterion_group!(benches, bench_proof);
criterion_main!(benches);
