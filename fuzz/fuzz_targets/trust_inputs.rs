//! What the trust and status code reads from outside: trust list files, status list bitstrings,
//! did:web identifiers. Any input must give a typed error or a value; a panic or a hang is a bug.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let at = erkend::verify::parse_date("2026-09-01T00:00:00Z").expect("date");
    if let Err(e) = erkend::trust::list::open(data, at) {
        assert!(e.code().starts_with("trust-list-"), "{}", e.code());
    }
    let text = String::from_utf8_lossy(data);
    for multibase in [true, false] {
        let _ = erkend::status::bits::bit(&text, multibase, u64::from(data.first().copied().unwrap_or(0)) * 977);
    }
    let _ = erkend::verify::keys::did_web_url(&text);
});
