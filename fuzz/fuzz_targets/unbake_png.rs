//! The PNG chunk reader: signature, IHDR, CRCs, iTXt/tEXt/zTXt, bounded inflate.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Most mutations break the signature; give the reader a valid one half of the time so the
    // fuzzer spends its effort on chunks.
    if data.first().is_some_and(|b| b & 1 == 1) {
        let mut png = erkend::import::baked_png::SIGNATURE.to_vec();
        png.extend_from_slice(&data[1..]);
        let _ = erkend::import::unbake_png(&png);
    } else {
        let _ = erkend::import::unbake_png(data);
    }
});
