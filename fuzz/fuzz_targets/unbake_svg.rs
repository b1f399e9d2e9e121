//! The SVG reader: quick-xml events, DOCTYPE refusal, entities, CDATA and `verify`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| erkend::fuzzing::unbake_svg(data));
