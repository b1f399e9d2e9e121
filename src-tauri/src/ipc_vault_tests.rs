//! The profile picker, switch user, kiosk, auto-lock and "check online" driven through Tauri's
//! real IPC layer on the mock runtime (capabilities, argument decoding, error serialisation).

use crate::contract_tests::assert_shape;
use crate::state::AppState;
use crate::test_harness::{Harness, FIXTURE};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tauri::Manager;

const HOSTED: &[u8] = include_bytes!("../../tests/fixtures/trust/ob2/assertion.json");

fn count(list: &Value) -> usize {
    list.as_array().map_or(usize::MAX, Vec::len)
}

#[test]
fn two_learners_vaults_are_picked_switched_and_kept_apart_over_ipc() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::vaults(dir.path());
    let start = h.json("vault_session", json!({})).expect("session");
    assert_eq!(
        start,
        json!({"vaults": true, "open": null, "kiosk": false, "auto_lock_minutes": 10,
               "locked_by_idle": false})
    );
    assert_shape("VaultSession", &start);
    assert_eq!(h.json("list_vaults", json!({})).expect("list"), json!([]));
    assert_eq!(
        h.json(
            "create_vault",
            json!({"displayName": "Amal", "avatar": "", "passphrase": ""})
        )
        .expect_err("empty passphrase")["code"],
        "passphrase-required"
    );

    let amal = h
        .json(
            "create_vault",
            json!({"displayName": "Amal Hassan", "avatar": "", "passphrase": "amal's words"}),
        )
        .expect("create amal");
    assert_eq!(amal["open"]["display_name"], "Amal Hassan");
    assert_eq!(amal["open"]["picture"], "AH");
    assert_shape("VaultCard", &amal["open"]);
    h.import(FIXTURE, "ob3-0002.json").expect("import");
    assert_eq!(
        count(&h.json("list_credentials", json!({})).expect("list")),
        1
    );

    // Switch user: locked, back at the picker; the next learner's vault is empty.
    let switched = h.json("switch_user", json!({})).expect("switch");
    assert_eq!(switched["open"], Value::Null);
    assert_eq!(
        h.json("list_credentials", json!({})).expect_err("locked")["code"],
        "wallet-locked"
    );
    h.json(
        "create_vault",
        json!({"displayName": "", "avatar": "🌻", "passphrase": "badr's words"}),
    )
    .expect("create badr");
    assert_eq!(
        count(&h.json("list_credentials", json!({})).expect("list")),
        0
    );
    h.json("switch_user", json!({})).expect("switch");

    let cards = h.json("list_vaults", json!({})).expect("cards");
    assert_eq!(count(&cards), 2);
    assert_eq!(cards[0]["picture"], "🌻", "{cards}");
    let amal_id = amal["open"]["id"].clone();
    assert_eq!(
        h.json(
            "unlock_vault",
            json!({"id": amal_id, "passphrase": "badr's words"})
        )
        .expect_err("another's passphrase"),
        json!({"code": "wrong-passphrase", "args": {}})
    );
    let back = h
        .json(
            "unlock_vault",
            json!({"id": amal_id, "passphrase": "amal's words"}),
        )
        .expect("unlock");
    assert_eq!(back["open"]["id"], amal_id);
    assert_eq!(
        count(&h.json("list_credentials", json!({})).expect("list")),
        1
    );
    assert_eq!(
        h.json("unlock_vault", json!({"id": "../x", "passphrase": "p"}))
            .expect_err("no such vault")["code"],
        "vault-not-found"
    );
    // No passphrase in anything the UI received.
    assert!(!format!("{amal}{cards}{back}").contains("words"));

    // The single-wallet mode has no picker.
    let single = Harness::new(&dir.path().join("single.db"));
    assert_eq!(
        single.json("vault_session", json!({})).expect("session")["vaults"],
        false
    );
    assert_eq!(
        single
            .json("list_vaults", json!({}))
            .expect_err("no vaults")["code"],
        "bad-request"
    );
}

#[test]
fn an_idle_vault_locks_itself_and_says_so_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::vaults(dir.path());
    assert_eq!(
        h.json("set_auto_lock", json!({"minutes": 0}))
            .expect_err("zero")["code"],
        "auto-lock-invalid"
    );
    h.json(
        "create_vault",
        json!({"displayName": "Amal", "avatar": "", "passphrase": "amal's words"}),
    )
    .expect("create");
    let set = h.json("set_auto_lock", json!({"minutes": 2})).expect("set");
    assert_eq!(set["auto_lock_minutes"], 2);
    h.json("note_activity", json!({})).expect("activity");
    assert_eq!(
        count(&h.json("list_credentials", json!({})).expect("open")),
        0
    );

    // Three minutes without activity (the clock is moved back rather than waited for).
    let state = h._app.state::<AppState>();
    let earlier = Instant::now()
        .checked_sub(Duration::from_secs(180))
        .expect("clock");
    state.session().restart_idle(2, earlier);
    assert_eq!(
        h.json("list_credentials", json!({})).expect_err("locked")["code"],
        "wallet-locked"
    );
    let told = h.json("vault_session", json!({})).expect("session");
    assert_eq!(
        (&told["open"], &told["locked_by_idle"]),
        (&Value::Null, &json!(true))
    );
    assert_eq!(
        h.json("vault_session", json!({})).expect("session")["locked_by_idle"],
        false,
        "said once"
    );
    // The setting is kept for every vault on this computer.
    let again = Harness::vaults(dir.path());
    assert_eq!(
        again.json("vault_session", json!({})).expect("session")["auto_lock_minutes"],
        2
    );
}

fn kiosk_folders() -> Vec<String> {
    std::fs::read_dir("/dev/shm")
        .or_else(|_| std::fs::read_dir(std::env::temp_dir()))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("erkend-kiosk-"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_kiosk_session_works_and_leaves_nothing_after_switch_user() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::vaults(dir.path());
    let before = kiosk_folders();
    let guest = h.json("start_kiosk", json!({})).expect("kiosk");
    assert_eq!(
        (&guest["kiosk"], &guest["open"]),
        (&json!(true), &Value::Null)
    );
    let mine: Vec<String> = kiosk_folders()
        .into_iter()
        .filter(|f| !before.contains(f))
        .collect();
    assert_eq!(mine.len(), 1, "{mine:?}");
    h.import(FIXTURE, "ob3-0002.json").expect("import");
    assert_eq!(h.json("list_vaults", json!({})).expect("cards"), json!([]));
    assert_eq!(
        h.json("switch_user", json!({})).expect("end")["kiosk"],
        false
    );
    assert!(!kiosk_folders().contains(&mine[0]), "kiosk files deleted");
    assert_eq!(
        h.json("list_credentials", json!({})).expect_err("gone")["code"],
        "wallet-locked"
    );
}

#[test]
fn check_online_without_a_network_is_offline_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::vaults(dir.path());
    assert_eq!(
        h.json("check_online", json!({"id": null}))
            .expect_err("locked")["code"],
        "wallet-locked"
    );
    h.json(
        "create_vault",
        json!({"displayName": "Amal", "avatar": "", "passphrase": "amal's words"}),
    )
    .expect("create");
    // A did:key credential needs nothing online: an empty result, no connection.
    h.import(FIXTURE, "ob3-0002.json").expect("import");
    let nothing = h
        .json("check_online", json!({"id": null}))
        .expect("nothing to check");
    assert_shape("OnlineCheck", &nothing);
    assert_eq!(
        (count(&nothing["lists"]), count(&nothing["credentials"])),
        (0, 0)
    );

    assert_eq!(nothing["cancelled"], false);

    // A hosted OB 2.0 assertion at a reserved `.example` host: never reachable, online or not.
    let hosted = h.import(HOSTED, "assertion.json").expect("import hosted");
    // Stop with nothing running: a no-op, and it does not stop the next check before it starts
    // (each run has its own flag), which still goes on to find the network missing.
    assert_eq!(
        h.json("cancel_check_online", json!({})).expect("stop"),
        Value::Null
    );
    let before = h.json("list_credentials", json!({})).expect("list");
    let offline = h
        .json("check_online", json!({"id": hosted["id"]}))
        .expect_err("offline");
    assert_eq!(
        offline,
        json!({"code": "offline", "args": {"host": "badges.erkend-test.example"}})
    );
    assert_eq!(h.json("list_credentials", json!({})).expect("list"), before);
    let public = dir
        .path()
        .read_dir()
        .expect("root")
        .flatten()
        .find_map(|e| {
            let p = e.path().join("public/cache");
            p.exists().then_some(p)
        });
    assert_eq!(public, None, "nothing kept, not even a refresh mark");
    let progress = h
        .json("check_online_progress", json!({}))
        .expect("progress");
    assert_shape("Progress", &progress);
    assert_eq!(progress, json!({"done": 0, "total": 0}));
}
