//! Compact JWS decoding, then the whole import of the same text (VC-JWT / OB 2.0 signed).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = erkend::import::jws::decode(text);
    }
    if let Err(e) = erkend::import::parse(data) {
        assert!(e.is_input_error(), "{}", e.code());
    }
});
