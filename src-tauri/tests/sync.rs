//! Several laptops through the app's commands (SPEC §12, issue 11): two
//! windows on two computers (each with its own device keys and
//! preferences) share one sync folder, distribute the same revenue before
//! syncing, and list the same one conflict with what it means and what to
//! do; a copied ledger is read-only until it becomes a new device, which
//! an admitted laptop then admits.

mod common;

use std::path::Path;

use common::Window;
use serde_json::{json, Value};

const EQUATION: &str = "name = \"Split\"\n[[bucket]]\nshare = \"10%\"\nfund = \"commons\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n";

/// A ledger with two members, a fund, a project, a kind, an equation and
/// one contribution that counts.
fn coop(w: &Window, path: &Path) -> Value {
    let info = w.ok(
        "create_ledger",
        json!({"input": {"path": path, "name": "Coop", "currency": "EUR", "scale": null, "approvals": 0}}),
    );
    for (handle, kind) in [("ana", "member"), ("ben", "member"), ("commons", "fund")] {
        w.ok(
            "add_account",
            json!({"input": {"handle": handle, "name": handle, "accountType": kind, "joinedOn": ""}}),
        );
    }
    w.ok(
        "add_project",
        json!({"input": {"code": "web", "name": "Web", "parent": ""}}),
    );
    w.ok(
        "add_kind",
        json!({"input": {"code": "work", "name": "Work", "measure": "hours", "unit": "", "rate": "20",
            "multiplier": "", "gift": false, "reimbursable": false, "effectiveFrom": ""}}),
    );
    w.ok(
        "log_contribution",
        json!({"input": {"date": "2026-03-01", "member": "ana", "project": "web", "kind": "work", "quantity": "3", "note": ""}}),
    );
    w.ok(
        "set_equation",
        json!({"input": {"project": "web", "from": "", "source": EQUATION}}),
    );
    info
}

fn distribute_r1(w: &Window) {
    w.ok(
        "add_revenue",
        json!({"input": {"project": "web", "date": "2026-03-31", "amount": "1000.00", "id": "R-1", "note": ""}}),
    );
    w.ok("commit_distribution", json!({"revenue": "R-1"}));
}

fn field_error(err: &Value, field: &str) -> String {
    assert_eq!(err["kind"], "invalid", "{err}");
    err["problems"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["field"] == field))
        .and_then(|p| p["message"].as_str())
        .unwrap_or_else(|| panic!("no problem for {field}: {err}"))
        .to_string()
}

#[test]
fn two_laptops_that_distribute_the_same_revenue_list_the_same_one_conflict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (home_a, home_b) = (dir.path().join("a"), dir.path().join("b"));
    let shared = dir.path().join("shared");
    std::fs::create_dir_all(&shared).expect("shared folder");
    let a = Window::on_computer(&home_a);
    let info_a = coop(&a, &home_a.join("books").join("coop.openvalue"));
    assert_eq!(info_a["missingDeviceKey"], false);
    assert_eq!(info_a["syncedFolder"], Value::Null);
    assert_eq!(a.ok("sync_folder", json!({})), Value::Null);

    // The sync folder is a folder, and not the one holding the ledger.
    let err = a
        .call("set_sync_folder", json!({"folder": home_a.join("books")}))
        .expect_err("the ledger's own folder");
    assert!(
        field_error(&err, "folder").contains("holds the ledger file itself"),
        "{err}"
    );
    let err = a
        .call("sync_now", json!({"folder": dir.path().join("nowhere")}))
        .expect_err("no such folder");
    assert!(
        field_error(&err, "folder").contains("not a folder"),
        "{err}"
    );

    // An invitation needs a name for the new laptop.
    let invitation = dir.path().join("usb").join("bar.ovinvite");
    let err = a
        .call(
            "invite_device",
            json!({"input": {"path": invitation, "label": " "}}),
        )
        .expect_err("no label");
    assert!(field_error(&err, "label").contains("name"), "{err}");
    assert!(!invitation.exists());
    let invited = a.ok(
        "invite_device",
        json!({"input": {"path": invitation, "label": "bar"}}),
    );
    assert!(invitation.exists());

    let b = Window::on_computer(&home_b);
    let info_b = b.ok(
        "join_ledger",
        json!({"input": {"invitation": invitation, "path": home_b.join("coop.openvalue")}}),
    );
    assert_eq!(info_b["name"], "Coop");
    assert_eq!(info_b["device"], invited["device"]);
    assert_eq!(info_b["missingDeviceKey"], false);
    // An invitation starts one laptop only.
    let err = b
        .call(
            "join_ledger",
            json!({"input": {"invitation": invitation, "path": home_b.join("again.openvalue")}}),
        )
        .expect_err("used twice");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("already used")),
        "{err}"
    );

    // Both laptops distribute the same revenue before they sync.
    distribute_r1(&a);
    distribute_r1(&b);

    let first = a.ok("sync_now", json!({"folder": shared}));
    assert_eq!(first["merged"], json!([]));
    assert_eq!(first["conflicts"], 0);
    assert_eq!(
        first["written"],
        format!("{}.ovbundle", info_a["device"].as_str().expect("device"))
    );
    let second = b.ok("sync_now", json!({"folder": shared}));
    assert_eq!(
        second["merged"].as_array().map(Vec::len),
        Some(1),
        "{second}"
    );
    assert_eq!(second["merged"][0]["device"], info_a["device"]);
    assert_eq!(second["conflicts"], 1, "{second}");
    assert_eq!(second["newConflicts"], 1, "{second}");
    let third = a.ok("sync_now", json!({"folder": shared}));
    assert_eq!(third["merged"][0]["name"], "bar", "{third}");
    assert_eq!(second["merged"][0]["name"], "first laptop", "{second}");
    assert_eq!(third["conflicts"], 1, "{third}");

    let conflicts_a = a.ok("list_conflicts", json!({}));
    let conflicts_b = b.ok("list_conflicts", json!({}));
    assert_eq!(conflicts_a, conflicts_b, "the same list on both laptops");
    let list = conflicts_a.as_array().expect("a list");
    assert_eq!(list.len(), 1, "{conflicts_a}");
    let c = &list[0];
    assert_eq!(c["code"], "already_distributed");
    assert_eq!(c["kindText"], "distribution");
    assert_eq!(c["deviceName"], "bar");
    assert!(c["concerns"]
        .as_array()
        .is_some_and(|ids| ids.contains(&json!("R-1"))));
    assert!(c["reason"]
        .as_str()
        .is_some_and(|r| r.contains("already distributed")));
    assert!(c["meaning"]
        .as_str()
        .is_some_and(|m| m.contains("nothing was paid twice")));
    assert!(c["action"]
        .as_str()
        .is_some_and(|m| m.contains("reverse") && !m.contains("openvalue ")));
    // One distribution counts on both: the same balances.
    assert_eq!(a.ok("balances", json!({})), b.ok("balances", json!({})));

    // The folder is remembered per ledger, on each computer.
    assert_eq!(a.ok("sync_folder", json!({})), json!(shared));
    assert_eq!(b.ok("sync_folder", json!({})), json!(shared));
    let devices = a.ok("list_devices", json!({}));
    let devices = devices.as_array().expect("devices");
    assert_eq!(devices.len(), 2, "{devices:?}");
    let this = devices
        .iter()
        .find(|d| d["thisDevice"] == true)
        .expect("this laptop");
    assert_eq!(this["id"], info_a["device"]);
    assert_eq!(this["admittedBy"], "created the ledger");
    assert_eq!(this["name"], "first laptop");
    let bar = devices
        .iter()
        .find(|d| d["label"] == "bar")
        .expect("bar listed");
    assert_eq!(bar["admittedBy"], "admitted by first laptop");
    assert_eq!(bar["admitted"], true);
    assert!(bar["lastEntry"].as_u64().is_some_and(|n| n > 0), "{bar}");
    for d in devices {
        assert!(d["lastSeen"].is_string(), "{d}");
        assert!(d["lastSync"].is_string(), "{d}");
    }

    // Revoking needs another laptop's id: not this one.
    let err = a
        .call("revoke_device", json!({"id": info_a["device"]}))
        .expect_err("this laptop");
    assert_eq!(err["kind"], "refused", "{err}");
    let last = a.ok("revoke_device", json!({"id": invited["device"]}));
    assert!(last.as_u64().is_some_and(|n| n > 0), "{last}");
    let devices = a.ok("list_devices", json!({}));
    assert!(devices
        .as_array()
        .is_some_and(|d| d.iter().any(|d| d["revokedAfter"] == last)));
}

#[test]
fn a_copied_ledger_is_read_only_until_it_becomes_a_new_device_that_a_laptop_admits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shared = dir.path().join("shared");
    std::fs::create_dir_all(&shared).expect("shared folder");
    let a = Window::on_computer(&dir.path().join("a"));
    coop(&a, &dir.path().join("a").join("coop.openvalue"));
    let copy = dir.path().join("c").join("copy.openvalue");
    std::fs::create_dir_all(dir.path().join("c")).expect("folder");
    a.ok("backup_ledger", json!({"path": copy}));
    a.ok("sync_now", json!({"folder": shared}));

    // On a computer without the key: readable, every write refused.
    let c = Window::on_computer(&dir.path().join("c"));
    let info = c.ok("open_ledger", json!({"path": copy}));
    assert_eq!(info["missingDeviceKey"], true, "{info}");
    assert_eq!(c.ok("balances", json!({})), a.ok("balances", json!({})));
    let err = c
        .call(
            "add_project",
            json!({"input": {"code": "x", "name": "X", "parent": ""}}),
        )
        .expect_err("read-only");
    assert_eq!(err["kind"], "no_device_key", "{err}");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("new device") && !m.contains("openvalue ")),
        "{err}"
    );

    let info = c.ok("become_new_device", json!({"label": "event laptop"}));
    assert_eq!(info["missingDeviceKey"], false, "{info}");
    let new_device = info["device"].as_str().expect("device").to_string();
    c.ok(
        "add_project",
        json!({"input": {"code": "x", "name": "X", "parent": ""}}),
    );
    c.ok("sync_now", json!({"folder": shared}));

    // The admitted laptop skips its file, naming the laptop to admit.
    let report = a.ok("sync_now", json!({"folder": shared}));
    let skipped = report["skipped"].as_array().expect("skipped");
    assert_eq!(skipped.len(), 1, "{report}");
    assert_eq!(skipped[0]["unadmittedDevice"], new_device.as_str());
    a.ok("admit_device", json!({"id": new_device}));
    let report = a.ok("sync_now", json!({"folder": shared}));
    assert_eq!(report["skipped"], json!([]), "{report}");
    assert_eq!(report["added"], 2, "its key and its project: {report}");
    let catalog = a.ok("catalog", json!({}));
    assert!(catalog["projects"]
        .as_array()
        .is_some_and(|p| p.iter().any(|p| p["code"] == "x")));
}

#[test]
fn a_ledger_inside_a_synced_folder_is_flagged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let synced = dir.path().join("Sync");
    std::fs::create_dir_all(&synced).expect("folder");
    std::fs::write(synced.join(".stfolder"), b"").expect("Syncthing marker");
    let w = Window::on_computer(&dir.path().join("home"));
    let info = coop(&w, &synced.join("books").join("coop.openvalue"));
    assert_eq!(info["syncedFolder"], "Syncthing");
    assert_eq!(w.ok("ledger_info", json!({}))["syncedFolder"], "Syncthing");
}
