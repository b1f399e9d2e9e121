//! Entry points of the fuzz targets (`fuzz/`), kept in the core so that `cargo test` replays
//! every committed corpus and regression input through exactly the code the fuzzer ran
//! (`tests/it/fuzz_replay.rs`). Each function panics only on a bug: hostile input must end in
//! a typed input error, never a crash, hang or other error kind.

/// `import::parse` on raw bytes: sniffing, every JSON format, CLR nesting.
pub fn import_json(data: &[u8]) {
    if let Err(e) = crate::import::parse(data) {
        assert!(e.is_input_error(), "not an input error: {}", e.code());
    }
}

/// `import::jws::decode` on text, then the whole import of the same bytes.
pub fn jws_decode(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::import::jws::decode(text);
    }
    import_json(data);
}

/// `import::unbake_png`; half the inputs get a valid PNG signature prepended, because most
/// mutations break the signature and the fuzzer should spend its effort on chunks.
pub fn unbake_png(data: &[u8]) {
    if data.first().is_some_and(|b| b & 1 == 1) {
        let mut png = crate::import::baked_png::SIGNATURE.to_vec();
        png.extend_from_slice(&data[1..]);
        let _ = crate::import::unbake_png(&png);
    } else {
        let _ = crate::import::unbake_png(data);
    }
}

/// `import::unbake_svg`: quick-xml, DOCTYPE refusal, entities, CDATA.
pub fn unbake_svg(data: &[u8]) {
    let _ = crate::import::unbake_svg(data);
}

/// What the trust and status code reads from outside: trust list files, status list
/// bitstrings, did:web identifiers.
pub fn trust_inputs(data: &[u8]) {
    let at = crate::verify::parse_date("2026-09-01T00:00:00Z").expect("date");
    if let Err(e) = crate::trust::list::open(data, at) {
        assert!(e.code().starts_with("trust-list-"), "{}", e.code());
    }
    let text = String::from_utf8_lossy(data);
    let index = u64::from(data.first().copied().unwrap_or(0)) * 977;
    for multibase in [true, false] {
        let _ = crate::status::bits::bit(&text, multibase, index);
    }
    let _ = crate::verify::keys::did_web_url(&text);
}

/// The backup file as restore reads it, without the Argon2id key derivation (which would make
/// each run take a tenth of a second): the container header, key slots and lengths opened with a
/// fixed recovery code; the decrypted payload document, as a hostile but authenticated writer
/// could make it, read and merged into an empty wallet; and the recovery code as typed.
/// Every failure must be one of the typed backup errors or an input error of a credential.
pub fn backup_file(data: &[u8]) {
    use crate::backup::{self, RecoveryCode, Secret};
    let is_backup_error = |e: &crate::Error| e.code().starts_with("backup-");
    let code = RecoveryCode::from_secret([7; 16]);
    if let Err(e) = backup::open_with(data, Secret::Recovery(&code)) {
        assert!(is_backup_error(&e), "{}", e.code());
    }
    match backup::decode_payload(data) {
        Err(e) => assert!(is_backup_error(&e), "{}", e.code()),
        Ok(payload) => restore_into_empty_wallet(&payload),
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = RecoveryCode::parse(text);
    }
}

fn restore_into_empty_wallet(payload: &crate::backup::Payload) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static RUN: AtomicU64 = AtomicU64::new(0);
    // A folder of our own per run (tempfile is only a dev-dependency of the core).
    let dir = std::env::temp_dir().join(format!(
        "erkend-fuzz-restore-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // Unencrypted: no key derivation; the merge is the same.
    let mut wallet = crate::Wallet::create(&dir.join("wallet.db"), None).expect("empty wallet");
    let outcome = wallet.restore_payload(payload, true);
    drop(wallet);
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = outcome {
        assert!(
            e.code().starts_with("backup-") || e.is_input_error(),
            "{}",
            e.code()
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::backup::{self, RecoveryCode, Secret};

    /// The backup target's seeds reach its deep paths: a real wallet's payload decodes and
    /// restores, and the sealed file opens with the fixed recovery code the target uses.
    /// `ERKEND_WRITE_FUZZ_SEEDS=1 cargo test --lib backup_seeds` writes them to
    /// `fuzz/corpus/backup_file/`.
    #[test]
    fn backup_seeds_reach_the_restore() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut wallet = crate::Wallet::create(&dir.path().join("w.db"), None).expect("wallet");
        let badge = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/peers/js-eddsa-rdfc-2022/ob3-0001.json");
        wallet
            .import_file(&badge, chrono::Utc::now())
            .expect("import");
        let payload = wallet
            .store_mut()
            .export_backup("2026-11-23T00:00:00Z")
            .expect("payload");
        let plain = serde_json::to_vec(&payload).expect("json");
        let code = RecoveryCode::from_secret([7; 16]);
        let sealed =
            backup::seal_with_recovery(&payload, "pw", &code, crate::store::kdf::TEST_PARAMS)
                .expect("seal");

        let opened = backup::open_with(&sealed, Secret::Recovery(&code)).expect("opens");
        assert_eq!(opened.credentials.len(), 1);
        assert_eq!(
            backup::decode_payload(&plain)
                .expect("decodes")
                .credentials
                .len(),
            1
        );
        super::backup_file(&sealed);
        super::backup_file(&plain);

        if std::env::var_os("ERKEND_WRITE_FUZZ_SEEDS").is_some() {
            let out =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/backup_file");
            std::fs::create_dir_all(&out).expect("corpus dir");
            std::fs::write(out.join("sealed-v2-fixed-code.bin"), &sealed).expect("write");
            std::fs::write(out.join("payload.json"), &plain).expect("write");
            std::fs::write(out.join("recovery-code.txt"), code.to_text().as_bytes())
                .expect("write");
        }
    }
}
