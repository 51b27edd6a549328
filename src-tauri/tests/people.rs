//! The people commands through IPC (SPEC §13): sign-in, permissions with
//! reasons, My account and event mode, on a ledger with sign-in on.

mod common;

use common::Window;
use openvalue::keys::Keystore;
use openvalue::members::Role;
use openvalue::money::Currency;
use openvalue::store::Ledger;
use openvalue::validate::{AccountInput, ContributionInput, KindInput};
use serde_json::{json, Value};

const CHEAP: (u32, u32, u32) = (64, 1, 1);

/// ana (admin), ben (member), cai (coordinator), each with a passphrase
/// "<handle> passphrase"; sign-in on; ben's C1.
fn coop(home: &std::path::Path) -> std::path::PathBuf {
    let path = home.join("coop.openvalue");
    let mut l = Ledger::create_in(
        &path,
        "Coop",
        Currency::new("EUR", None).expect("EUR"),
        0,
        Keystore::at(&home.join("keys")),
    )
    .expect("create");
    for h in ["ana", "ben", "cai"] {
        l.add_account(&AccountInput::member(h, &h.to_uppercase()))
            .expect("member");
    }
    l.add_project("fest", "Fest", None).expect("project");
    l.add_kind(&KindInput::new(
        "work",
        "Work",
        openvalue::model::Measure::Hours,
        "20",
    ))
    .expect("kind");
    for h in ["ana", "ben", "cai"] {
        l.set_passphrase_with(h, &format!("{h} passphrase"), CHEAP)
            .expect("passphrase");
    }
    l.set_role("cai", Role::Coordinator).expect("role");
    l.sign_in("ana", Some("ana passphrase")).expect("ana");
    l.set_sign_in(true).expect("sign-in on");
    l.sign_in("ben", Some("ben passphrase")).expect("ben");
    l.log(&ContributionInput {
        id: Some("C1".into()),
        date: "2026-06-01".parse().expect("date"),
        member: "ben".into(),
        project: "fest".into(),
        kind: "work".into(),
        quantity: "3".into(),
        note: String::new(),
    })
    .expect("log");
    path
}

fn action<'a>(perms: &'a Value, name: &str) -> &'a Value {
    perms["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["action"] == name)
        .unwrap_or_else(|| panic!("no action {name}"))
}

#[test]
fn sign_in_permissions_and_my_account_through_the_commands() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = coop(home.path());
    let w = Window::on_computer(home.path());
    w.ok("open_ledger", json!({"path": path}));

    let p = w.ok("permissions", json!({}));
    assert_eq!(
        (p["signIn"].clone(), p["member"].clone()),
        (json!(true), Value::Null)
    );
    let err = w
        .call("log_contribution", json!({"input": {"date": "2026-06-02", "member": "ben", "project": "fest", "kind": "work", "quantity": "1", "note": ""}}))
        .expect_err("nobody signed in");
    assert_eq!(err["kind"], "refused");

    let err = w
        .call(
            "sign_in",
            json!({"input": {"member": "ben", "passphrase": "wrong one"}}),
        )
        .expect_err("wrong passphrase");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("wrong passphrase"),
        "{err}"
    );
    let p = w.ok(
        "sign_in",
        json!({"input": {"member": "ben", "passphrase": "ben passphrase"}}),
    );
    assert_eq!(
        (p["member"].clone(), p["role"].clone()),
        (json!("ben"), json!("member"))
    );
    let revenue = action(&p, "record_revenue");
    assert_eq!(revenue["allowed"], false);
    assert_eq!(
        revenue["reason"],
        "ben is a member; recording revenue needs a coordinator"
    );
    assert_eq!(action(&p, "log_own")["allowed"], true);

    // What the UI disables, the core refuses with the same words.
    let err = w
        .call("add_revenue", json!({"input": {"id": "R1", "date": "2026-06-03", "project": "fest", "amount": "100", "note": ""}}))
        .expect_err("a member records no revenue");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("recording revenue needs a coordinator"));
    // A review is in the signed-in member's own name, whatever `by` says.
    let err = w
        .call(
            "review_contribution",
            json!({"id": "C1", "by": "cai", "verdict": "approve", "reason": ""}),
        )
        .expect_err("ben cannot approve his own");
    assert_eq!(err["kind"], "refused");

    // ben's statement, saved as PDF and HTML; another member's needs a treasurer.
    let pdf = home.path().join("ben.pdf");
    w.ok("save_statement", json!({"member": "", "path": pdf}));
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF"));
    let html = home.path().join("ben.html");
    w.ok("save_statement", json!({"member": "", "path": html}));
    assert!(std::fs::read_to_string(&html).expect("html").contains("C1"));
    let err = w
        .call(
            "save_statement",
            json!({"member": "", "path": home.path().join("ben.txt")}),
        )
        .expect_err("a .txt statement");
    assert_eq!(err["kind"], "invalid");
    let a = w.ok("my_account", json!({"member": "cai"}));
    assert_eq!(
        a["member"], "ben",
        "with sign-in on, always the signed-in member's"
    );
    assert_eq!(a["contributions"][0]["id"], "C1");
    assert_eq!(a["contributions"][0]["value"], "60");
    assert_eq!(a["owedMinor"], "0", "money crosses as text");

    let err = w
        .call("event_enter", json!({}))
        .expect_err("a member starts no event mode");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("needs a coordinator"),
        "{err}"
    );
    // ben changes his own passphrase; the old one no longer opens his key.
    let err = w
        .call(
            "set_passphrase",
            json!({"input": {"member": "ana", "passphrase": "short"}}),
        )
        .expect_err("too short");
    assert!(
        err["message"].as_str().unwrap().contains("at least 8"),
        "{err}"
    );
    w.ok(
        "set_passphrase",
        json!({"input": {"member": "ana", "passphrase": "ben's new passphrase"}}),
    );
    let p = w.ok("sign_out", json!({}));
    assert_eq!(p["member"], Value::Null);
    w.call(
        "sign_in",
        json!({"input": {"member": "ben", "passphrase": "ben passphrase"}}),
    )
    .expect_err("the old passphrase");
    w.ok(
        "sign_in",
        json!({"input": {"member": "ben", "passphrase": "ben's new passphrase"}}),
    );
    w.call(
        "sign_in",
        json!({"input": {"member": "ana", "passphrase": "ben's new passphrase"}}),
    )
    .expect_err("set for ben, not for the member the window named");
}

#[test]
fn event_mode_pins_lockout_timers_and_leaving_through_the_commands() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = coop(home.path());
    let w = Window::on_computer(home.path());
    w.ok("open_ledger", json!({"path": path}));
    w.ok(
        "sign_in",
        json!({"input": {"member": "cai", "passphrase": "cai passphrase"}}),
    );
    let s = w.ok("event_enter", json!({}));
    assert_eq!(
        (s["active"].clone(), s["signedIn"].clone()),
        (json!(true), Value::Null)
    );
    // Nothing else while the kiosk is on.
    let err = w
        .call(
            "sign_in",
            json!({"input": {"member": "cai", "passphrase": "cai passphrase"}}),
        )
        .expect_err("no sign-in in event mode");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("event mode is on"));

    let err = w
        .call(
            "event_set_pin",
            json!({"input": {"member": "ben", "passphrase": "nope nope", "pin": "2468"}}),
        )
        .expect_err("a PIN needs the passphrase");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("wrong passphrase"));
    for (m, pin) in [("ben", "2468"), ("ana", "1357")] {
        w.ok(
            "event_set_pin",
            json!({"input": {"member": m, "passphrase": format!("{m} passphrase"), "pin": pin}}),
        );
        w.ok("event_sign_in", json!({"member": m, "pin": pin}));
        w.ok(
            "event_start_timer",
            json!({"project": "fest", "kind": "work"}),
        );
        w.ok("event_sign_out", json!({}));
    }
    // A restart: a new window on the same computer finds both timers.
    drop(w);
    let w = Window::on_computer(home.path());
    w.ok("open_ledger", json!({"path": path}));
    let s = w.ok("event_state", json!({}));
    assert_eq!(s["active"], true);
    let running: Vec<&Value> = s["members"]
        .as_array()
        .expect("members")
        .iter()
        .filter(|m| !m["timer"].is_null())
        .collect();
    assert_eq!(running.len(), 2);

    w.ok("event_sign_in", json!({"member": "ben", "pin": "2468"}));
    let id = w.ok("event_stop_timer", json!({}));
    let a = w.ok("event_account", json!({}));
    assert!(a["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == id));
    w.ok("event_sign_out", json!({}));

    for _ in 0..4 {
        let err = w
            .call("event_sign_in", json!({"member": "ana", "pin": "0000"}))
            .expect_err("wrong");
        assert!(err["message"].as_str().unwrap().contains("wrong PIN"));
    }
    let err = w
        .call("event_sign_in", json!({"member": "ana", "pin": "0000"}))
        .expect_err("locked");
    assert!(err["message"].as_str().unwrap().contains("locked"), "{err}");
    let err = w
        .call("event_sign_in", json!({"member": "ana", "pin": "1357"}))
        .expect_err("still locked");
    assert!(err["message"].as_str().unwrap().contains("locked"), "{err}");

    let err = w
        .call(
            "event_leave",
            json!({"input": {"member": "ben", "passphrase": "ben passphrase"}}),
        )
        .expect_err("a member cannot leave");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("needs a coordinator"),
        "{err}"
    );
    // The kiosk syncs with nobody signed in, in the name of cai who started it.
    let shared = home.path().join("shared");
    std::fs::create_dir_all(&shared).expect("folder");
    w.ok("sync_now", json!({"folder": shared}));
    assert_eq!(w.ok("event_state", json!({}))["signedIn"], Value::Null);
    let s = w.ok(
        "event_leave",
        json!({"input": {"member": "cai", "passphrase": "cai passphrase"}}),
    );
    assert_eq!(s["active"], false);
}
