//! ESCO: prefix search over all labels, and ranking all occupations for a 50-skill profile.
//! The database is built once before measuring (its build time is printed).
//! Run: `cargo bench --bench esco`.

use criterion::{criterion_group, criterion_main, Criterion};
use erkend::matching::Holdings;
use erkend::profile::Evidence;
use erkend::store::EscoDb;
use std::collections::{HashMap, HashSet};
use std::time::Instant;

fn bench_esco(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("esco.db");
    let started = Instant::now();
    let db = EscoDb::open_or_build(&path, &mut |_, _| {}).expect("build");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "ESCO database built in {:.2?}, {:.1} MiB",
        started.elapsed(),
        size as f64 / 1048576.0
    );

    let mut group = c.benchmark_group("esco search");
    for (query, lang) in [
        ("pr", "en"),
        ("pro", "en"),
        ("progr", "en"),
        ("progr", "nl"),
        ("بر", "ar"),
        ("programmeren", "nl"),
        ("verpleeg", "nl"),
        ("برمجة", "ar"),
        ("програмув", "uk"),
        ("ingénieur", "fr"),
    ] {
        group.bench_function(format!("{query} ({lang})"), |b| {
            b.iter(|| std::hint::black_box(db.search(query, lang, None, 20).expect("search")))
        });
    }
    group.finish();

    // A 50-skill profile: the essential skills of a few real occupations.
    let all = db.all_requirements().expect("relations");
    let held_owned: Vec<String> = all
        .iter()
        .flat_map(|(_, reqs)| reqs.iter().filter(|r| r.essential).map(|r| r.skill.clone()))
        .collect::<HashSet<_>>()
        .into_iter()
        .take(50)
        .collect();
    let held: HashSet<&str> = held_owned.iter().map(String::as_str).collect();
    // What the wallet ranks with: database ids, evidence, related skills (see matching).
    let holdings = || {
        let ids = db.concept_ids(held.iter().copied()).expect("ids");
        let exact: HashMap<i64, Evidence> = ids
            .values()
            .map(|id| (*id, Evidence::SelfDeclared))
            .collect();
        let links = db.related_skills(exact.keys().copied()).expect("related");
        Holdings::new(exact, links)
    };
    let name = |id: i64| db.uri_of(id).expect("uri");
    let index = db.relation_index().expect("index");
    let h = holdings();
    let mut group = c.benchmark_group("matching");
    group.bench_function(
        "rank all occupations, 50 skills (relations in memory)",
        |b| b.iter(|| erkend::matching::rank_by(index.iter(), &h, 10, name)),
    );
    group.bench_function(
        "rank all occupations, 50 skills (loading relations and holdings)",
        |b| {
            b.iter(|| {
                let index = db.relation_index().expect("index");
                erkend::matching::rank_by(index.iter(), &holdings(), 10, name)
            })
        },
    );
    group.bench_function("rank all occupations, 50 skills (by URI, old path)", |b| {
        b.iter(|| {
            erkend::matching::rank(
                all.iter().map(|(o, r)| (o.as_str(), r.as_slice())),
                &held,
                10,
            )
        })
    });
    group.finish();

    let text = include_str!("../tests/fixtures/profile/vacancy-kitchen-assistant.en.txt");
    let mut group = c.benchmark_group("vacancy");
    group.bench_function("labels starting with a word of the text + find", |b| {
        b.iter(|| {
            db.skill_dictionary_for(text, "en")
                .expect("dictionary")
                .find(text)
        })
    });
    group.finish();
}

criterion_group!(benches, bench_esco);
criterion_main!(benches);
