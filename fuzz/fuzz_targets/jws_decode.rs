//! Compact JWS decoding, then the whole import of the same text (VC-JWT / OB 2.0 signed).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| erkend::fuzzing::jws_decode(data));
