//! The app's command layer and CLI processes on one ledger at once
//! (SPEC §11, issue 10): nothing either reports as written is lost, no
//! claim is paid twice, no revenue is distributed twice, and the books
//! verify afterwards.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::Window;
use serde_json::json;

/// The `openvalue` CLI of this workspace, built if `cargo test` of this
/// package alone did not build it.
fn cli_binary() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let bin = target.join("debug").join("openvalue");
    if !bin.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "-p", "openvalue", "--bin", "openvalue"])
            .current_dir(&root)
            .status()
            .expect("cargo build");
        assert!(status.success(), "building the CLI failed");
    }
    bin
}

fn spawn(bin: &Path, ledger: &Path, args: &[&str]) -> Child {
    Command::new(bin)
        .env_remove("OPENVALUE_LEDGER")
        .arg("--ledger")
        .arg(ledger)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn openvalue")
}

const EQUATION: &str = "name = \"Claims first\"\n[[bucket]]\nname = \"Expenses\"\nshare = \"90%\"\nreimburse = true\n[[bucket]]\nname = \"Contributors\"\nshare = \"rest\"\npolicy = \"lifetime\"\n";

#[test]
fn the_app_and_cli_processes_lose_nothing_and_pay_no_claim_twice() {
    let bin = cli_binary();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("coop.openvalue");
    let w = Window::new();
    w.ok(
        "create_ledger",
        json!({"input": {"path": path, "name": "Coop", "currency": "EUR", "scale": null, "approvals": 0}}),
    );
    for handle in ["ana", "ben"] {
        w.ok(
            "add_account",
            json!({"input": {"handle": handle, "name": handle, "accountType": "member", "joinedOn": ""}}),
        );
    }
    w.ok(
        "add_project",
        json!({"input": {"code": "fest", "name": "Fest", "parent": ""}}),
    );
    for (code, measure, reimbursable) in [("work", "hours", false), ("expense", "money", true)] {
        w.ok(
            "add_kind",
            json!({"input": {"code": code, "name": code, "measure": measure, "unit": "", "rate": "10",
                "multiplier": "", "gift": false, "reimbursable": reimbursable, "effectiveFrom": ""}}),
        );
    }
    for (member, kind, q) in [("ana", "expense", "86.40"), ("ben", "work", "5")] {
        w.ok(
            "log_contribution",
            json!({"input": {"date": "2026-03-01", "member": member, "project": "fest", "kind": kind, "quantity": q, "note": ""}}),
        );
    }
    w.ok(
        "set_equation",
        json!({"input": {"project": "", "from": "", "source": EQUATION}}),
    );
    for r in 1..=8 {
        w.ok(
            "add_revenue",
            json!({"input": {"project": "fest", "date": "2026-04-01", "amount": "100", "id": format!("R-{r}"), "note": ""}}),
        );
    }

    // CLI processes distribute the odd revenues and log, while the app
    // distributes the even ones (and the odd ones too: one of each pair
    // must say "already distributed"), logs and reverses.
    let mut children = Vec::new();
    for r in (1..=8).step_by(2) {
        children.push((None, spawn(&bin, &path, &["distribute", &format!("R-{r}")])));
        let id = format!("C-cli-{r}");
        children.push((
            Some(id.clone()),
            spawn(
                &bin,
                &path,
                &[
                    "log",
                    "ana",
                    "fest",
                    "work",
                    "1",
                    "--date",
                    "2026-03-02",
                    "--id",
                    &id,
                ],
            ),
        ));
    }
    let mut app_logged = Vec::new();
    let mut app_distributions = Vec::new();
    for r in 1..=8 {
        match w.call("commit_distribution", json!({"revenue": format!("R-{r}")})) {
            Ok(committed) => {
                app_distributions.push(committed["id"].as_str().unwrap_or_default().to_string())
            }
            Err(e) => {
                let message = e["message"].as_str().unwrap_or_default();
                assert!(
                    message.contains("already distributed"),
                    "an honest refusal: {e}"
                );
            }
        }
        let id = w.ok(
            "log_contribution",
            json!({"input": {"date": "2026-03-03", "member": "ben", "project": "fest", "kind": "work", "quantity": "1", "note": ""}}),
        );
        app_logged.push(id.as_str().unwrap_or_default().to_string());
    }
    let mut cli_logged = Vec::new();
    for (id, child) in children {
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!stderr.contains("UNIQUE"), "{stderr}");
        match id {
            Some(id) => {
                assert!(out.status.success(), "{id}: {stderr}");
                cli_logged.push(id);
            }
            None if !out.status.success() => {
                assert!(stderr.contains("already distributed"), "{stderr}")
            }
            None => {}
        }
    }

    // A reversal once every process is done (a CLI `distribute` of the same
    // revenue after it would rightly distribute it again).
    if let Some(first) = app_distributions.first() {
        w.ok("reverse_distribution", json!({"id": first}));
    }

    // Everything reported written is in the books, seen by a fresh reader.
    let ledger = openvalue::store::Ledger::open(&path).expect("open");
    for id in app_logged.iter().chain(&cli_logged) {
        assert!(
            ledger.contribution(id).expect("read").is_some(),
            "{id} was reported written but is missing"
        );
    }
    let report = ledger.verify().expect("verify");
    assert!(report.is_ok(), "{:?}", report.problems);
    // verify's invariants include "no claim paid beyond its amount" and
    // "no revenue with two live distributions".
    let live = ledger
        .distributions()
        .expect("distributions")
        .iter()
        .filter(|d| !d.reversed)
        .count();
    assert_eq!(live, 7, "8 revenues distributed once each, one reversed");
}
