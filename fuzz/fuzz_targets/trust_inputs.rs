//! What the trust and status code reads from outside: trust list files, status list bitstrings,
//! did:web identifiers. Any input must give a typed error or a value; a panic or a hang is a bug.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| erkend::fuzzing::trust_inputs(data));
