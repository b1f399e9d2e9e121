//! Entry points of the fuzz targets (`fuzz/`), kept in the core so that `cargo test` replays
//! every committed corpus and regression input through exactly the code the fuzzer ran
//! (`tests/it/fuzz_replay.rs`). Each function panics only on a bug: hostile input must end in
//! a typed input error, never a crash, hang or other error kind.

/// `import::parse` on raw bytes: sniffing, every JSON format, CLR nesting.
pub fn import_json(data: &[u8]) {
    if let Err(e) = crate::import::parse(data) {
        assert!(e.is_input_error(), "not an input error: {}", e.code());
    }
}

/// `import::jws::decode` on text, then the whole import of the same bytes.
pub fn jws_decode(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::import::jws::decode(text);
    }
    import_json(data);
}

/// `import::unbake_png`; half the inputs get a valid PNG signature prepended, because most
/// mutations break the signature and the fuzzer should spend its effort on chunks.
pub fn unbake_png(data: &[u8]) {
    if data.first().is_some_and(|b| b & 1 == 1) {
        let mut png = crate::import::baked_png::SIGNATURE.to_vec();
        png.extend_from_slice(&data[1..]);
        let _ = crate::import::unbake_png(&png);
    } else {
        let _ = crate::import::unbake_png(data);
    }
}

/// `import::unbake_svg`: quick-xml, DOCTYPE refusal, entities, CDATA.
pub fn unbake_svg(data: &[u8]) {
    let _ = crate::import::unbake_svg(data);
}

/// What the trust and status code reads from outside: trust list files, status list
/// bitstrings, did:web identifiers.
pub fn trust_inputs(data: &[u8]) {
    let at = crate::verify::parse_date("2026-09-01T00:00:00Z").expect("date");
    if let Err(e) = crate::trust::list::open(data, at) {
        assert!(e.code().starts_with("trust-list-"), "{}", e.code());
    }
    let text = String::from_utf8_lossy(data);
    let index = u64::from(data.first().copied().unwrap_or(0)) * 977;
    for multibase in [true, false] {
        let _ = crate::status::bits::bit(&text, multibase, index);
    }
    let _ = crate::verify::keys::did_web_url(&text);
}
