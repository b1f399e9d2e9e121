//! The wallet's damage check over IPC: the UI asks for it once the first page is on screen
//! (`check_wallet`); a sound wallet passes, a damaged one is reported, closed and never written.

use crate::test_harness::{Harness, FIXTURE};
use serde_json::{json, Value};

#[test]
fn a_sound_wallet_passes_the_check_after_its_first_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::new(&dir.path().join("wallet.db"));
    assert_eq!(
        h.json("check_wallet", json!({})).expect_err("locked")["code"],
        "wallet-locked"
    );
    h.json("create_wallet", json!({"passphrase": null}))
        .expect("create");
    h.import(FIXTURE, "ob3-0002.json").expect("import");
    h.json("list_cards", json!({"query": {"limit": 50}}))
        .expect("first page");
    assert_eq!(h.json("check_wallet", json!({})), Ok(Value::Null));
    let again = h
        .import(FIXTURE, "again.json")
        .expect("a checked wallet takes writes");
    assert_eq!(again["status"], "duplicate");
}

#[test]
fn a_damaged_wallet_is_reported_closed_and_left_as_it_was() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("wallet.db");
    {
        let h = Harness::new(&path);
        h.json("create_wallet", json!({"passphrase": null}))
            .expect("create");
        h.import(FIXTURE, "ob3-0002.json").expect("import");
        h.json("lock_wallet", json!({})).expect("close");
    }
    // Garbage over the b-tree pages after the first.
    let mut content = std::fs::read(&path).expect("read");
    let len = content.len();
    for b in &mut content[4096..len.min(4096 * 8)] {
        *b = 0xA5;
    }
    std::fs::write(&path, &content).expect("write");

    let h = Harness::new(&path);
    // Opening may meet the damage already; if not, the check after the first page does.
    let err = match h.json("wallet_status", json!({})) {
        Err(e) => e,
        Ok(_) => {
            let _ = h.json("list_cards", json!({"query": {"limit": 50}}));
            h.json("check_wallet", json!({})).expect_err("damaged")
        }
    };
    assert_eq!(err["code"], "wallet-damaged", "{err}");
    let copy = err["args"]["copy"].as_str().expect("copy named");
    assert_eq!(std::fs::read(copy).expect("copy kept"), content);
    assert_eq!(
        h.import(FIXTURE, "again.json").expect_err("closed")["code"],
        "wallet-locked"
    );
    drop(h);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        content,
        "never written"
    );
}
