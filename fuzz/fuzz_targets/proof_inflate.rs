//! Fuzzes `erkend::proof::fuzz::inflate` (see its docs for the property checked).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| erkend::proof::fuzz::inflate(data));
