//! The backup file: container header, key slots, lengths, the decrypted payload document and its
//! merge into a wallet, the recovery code as typed (see `erkend::fuzzing::backup_file`).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| erkend::fuzzing::backup_file(data));
