//! The whole import path from bytes: sniffing, JSON (every format), nested CLR credentials.
//! Any input must give `Ok` or an input error; a panic or a hang is a bug.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| erkend::fuzzing::import_json(data));
