//! The PNG chunk reader: signature, IHDR, CRCs, iTXt/tEXt/zTXt, bounded inflate.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| erkend::fuzzing::unbake_png(data));
