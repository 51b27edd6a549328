//! The commands through Tauri's IPC, as the window calls them (with the
//! mock runtime): argument names, DTO shapes and the `{ kind, message,
//! problems }` errors are what the UI's generated types promise.

mod common;

use common::Window;
use serde_json::{json, Value};

#[test]
fn a_revenue_goes_from_entry_to_balances_through_the_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sub").join("coop.openvalue");
    let w = Window::new();

    let err = w.call("catalog", json!({})).expect_err("nothing open yet");
    assert_eq!(err["kind"], "no_ledger");

    let info = w.ok(
        "create_ledger",
        json!({"input": {"path": path, "name": "Coop", "currency": "EUR", "scale": null, "approvals": 1}}),
    );
    assert_eq!(info["currency"], json!({"code": "EUR", "scale": 2}));
    assert_eq!(info["approvalsRequired"], 1);

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
    let mut ids = Vec::new();
    for (member, q) in [("ana", "3"), ("ben", "1")] {
        let id = w.ok(
            "log_contribution",
            json!({"input": {"date": "2026-03-01", "member": member, "project": "web", "kind": "work", "quantity": q, "note": ""}}),
        );
        ids.push(id.as_str().expect("an id").to_string());
    }
    // A bad quantity names its field, so the form can show it there.
    let err = w
        .call(
            "log_contribution",
            json!({"input": {"date": "2026-03-01", "member": "anna", "project": "web", "kind": "work", "quantity": "1.23456", "note": ""}}),
        )
        .expect_err("invalid");
    assert_eq!(err["kind"], "invalid");
    let fields: Vec<&str> = err["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"member") && fields.contains(&"quantity"),
        "{err}"
    );
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("did you mean 'ana'"),
        "{err}"
    );

    let err = w
        .call(
            "review_contribution",
            json!({"id": ids[0], "by": "ana", "verdict": "approve", "reason": ""}),
        )
        .expect_err("self-approval");
    assert_eq!(err["kind"], "refused");
    w.ok(
        "review_contribution",
        json!({"id": ids[0], "by": "ben", "verdict": "approve", "reason": ""}),
    );
    w.ok(
        "review_contribution",
        json!({"id": ids[1], "by": "ana", "verdict": "approve", "reason": ""}),
    );

    let page = w.ok(
        "list_contributions",
        json!({"filter": {"member": "", "project": "", "kind": "", "status": "counts", "from": "", "to": ""}, "offset": 0, "limit": 1}),
    );
    assert_eq!(page["total"], 2);
    assert_eq!(page["rows"].as_array().map(Vec::len), Some(1));

    let source = "name = \"Split\"\n[[bucket]]\nshare = \"10%\"\nfund = \"commons\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n";
    assert_eq!(
        w.ok(
            "check_equation",
            json!({"source": "[[bucket]]\nshare = \"rest\"\nfund = \"nobody\"\n"})
        )[0]["line"],
        3
    );
    // The form view: text to rows and back, a cap and a repay bucket kept.
    let mut form = w.ok("equation_form", json!({"source": source}));
    assert_eq!(form["buckets"][1]["policy"], "lifetime");
    form["buckets"][1]["cap"] = json!("60%");
    form["buckets"]
        .as_array_mut()
        .expect("buckets")
        .insert(0, json!({"name": "Love", "share": "5%", "kind": "repay", "fund": "", "policy": "", "kinds": [], "cap": "", "decay": "", "among": ""}));
    let text = w.ok("equation_source", json!({"form": form}));
    let text = text.as_str().expect("text");
    assert!(
        text.contains("repay = true") && text.contains("cap = \"60%\""),
        "{text}"
    );
    assert_eq!(w.ok("check_equation", json!({"source": text})), json!([]));
    let err = w
        .call("equation_form", json!({"source": "[[bucket]\n"}))
        .expect_err("not TOML");
    assert_eq!(err["kind"], "invalid");
    w.ok(
        "define_stage",
        json!({"input": {"code": "dating", "percent": "50", "kinds": ""}}),
    );
    w.ok(
        "set_stage",
        json!({"input": {"member": "ben", "stage": "dating", "from": "2026-12-01"}}),
    );
    w.ok(
        "add_resource",
        json!({"input": {"code": "laser", "name": "Laser", "rate": "10", "unit": "hours", "owners": "ana:3, ben"}}),
    );
    let err = w
        .call(
            "add_resource",
            json!({"input": {"code": "van", "name": "Van", "rate": "1", "unit": "km", "owners": "nobody"}}),
        )
        .expect_err("unknown owner");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("nobody"),
        "{err}"
    );
    let resources = w.ok("list_resources", json!({}));
    assert_eq!(
        resources["resources"][0]["owners"],
        json!([["ana", 3], ["ben", 1]])
    );
    let stages = w.ok("list_stages", json!({}));
    assert_eq!(stages["history"][0]["stage"], "dating");
    let err = w
        .call(
            "leave_member",
            json!({"input": {"handle": "ben", "date": "", "reason": "maybe"}}),
        )
        .expect_err("no such reason");
    assert_eq!(err["problems"][0]["field"], "reason");
    w.ok(
        "set_equation",
        json!({"input": {"project": "web", "from": "", "source": source}}),
    );
    let revenue = w.ok(
        "add_revenue",
        json!({"input": {"project": "web", "date": "2026-03-31", "amount": "1000.00", "id": "R-1", "note": ""}}),
    );
    assert_eq!(revenue, "R-1");
    let plan = w.ok("preview_distribution", json!({"revenue": "R-1"}));
    assert_eq!(plan["amountMinor"], 100_000);
    let committed = w.ok("commit_distribution", json!({"revenue": "R-1"}));
    let totals = &committed["plan"]["totals"];
    assert_eq!(
        totals,
        &json!([
            {"recipient": "ana", "amountMinor": 67_500},
            {"recipient": "ben", "amountMinor": 22_500},
            {"recipient": "commons", "amountMinor": 10_000},
        ])
    );
    let why = w.ok("explain_line", json!({"revenue": "R-1", "member": "ana"}));
    assert_eq!(why[0]["value"], "60");

    w.ok("record_payout", json!({"input": {"account": "ana", "amount": "100", "date": "2026-04-01", "method": "transfer", "note": ""}}));
    let balances = w.ok("balances", json!({}));
    assert_eq!(balances[0]["account"], "ana");
    assert_eq!(balances[0]["owedMinor"], 57_500);

    let svg = w.ok(
        "chart_svg",
        json!({"request": {"chart": "distribution", "subject": "R-1"}}),
    );
    assert!(
        svg.as_str().unwrap_or_default().starts_with("<svg"),
        "{svg}"
    );

    // A new rate takes an effective date and keeps the history.
    w.ok(
        "add_kind",
        json!({"input": {"code": "work", "name": "Work", "measure": "hours", "unit": "", "rate": "22",
            "multiplier": "1", "gift": false, "reimbursable": false, "effectiveFrom": "2026-07-01"}}),
    );
    let catalog = w.ok("catalog", json!({}));
    assert_eq!(
        catalog["kinds"][0]["versions"],
        json!([
            {"effectiveFrom": null, "rate": "20", "multiplier": "1"},
            {"effectiveFrom": "2026-07-01", "rate": "22", "multiplier": "1"},
        ])
    );

    // Exports and backups write where the save dialog pointed.
    let out = dir.path().join("balances.csv");
    let rows = w.ok(
        "export_report",
        json!({"input": {"report": "balances", "path": out, "locale": "es", "bom": false, "from": "", "to": "", "project": ""}}),
    );
    assert_eq!(rows, 3);
    let csv = std::fs::read_to_string(&out).expect("export written");
    assert!(csv.contains("ana;") && csv.contains("575,00"), "{csv}");
    let backup = dir.path().join("copy.openvalue");
    let info = w.ok("backup_ledger", json!({"path": backup}));
    assert!(info["lastBackup"].is_string());
    assert!(openvalue::store::Ledger::open(&backup).is_ok());

    let err = w
        .call("commit_distribution", json!({"revenue": "R-1"}))
        .expect_err("already distributed");
    assert_eq!(err["kind"], "refused", "a rule of the books: {err}");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("already distributed") && !m.contains("openvalue ")),
        "{err}"
    );
    w.ok("reverse_distribution", json!({"id": committed["id"]}));
    assert_eq!(w.ok("balances", json!({}))[0]["earnedMinor"], 0);
}

#[test]
fn start_offers_first_run_when_the_default_ledger_is_missing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("none.openvalue");
    std::env::set_var("OPENVALUE_LEDGER", &path);
    let w = Window::new();
    let state = w.ok("start", json!({}));
    assert_eq!(state["ledger"], Value::Null);
    assert_eq!(state["error"], Value::Null);
    assert_eq!(state["defaultPath"], path.display().to_string());

    std::fs::write(&path, b"not a ledger").expect("write");
    let w = Window::new();
    let state = w.ok("start", json!({}));
    assert_eq!(state["ledger"], Value::Null);
    assert_eq!(state["error"]["kind"], "store");
    assert_eq!(std::fs::read(&path).expect("read"), b"not a ledger");
}

#[test]
fn a_refused_import_lists_its_rows_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let w = Window::new();
    w.ok(
        "create_ledger",
        json!({"input": {"path": dir.path().join("c.openvalue"), "name": "C", "currency": "EUR", "scale": null, "approvals": 0}}),
    );
    let csv = dir.path().join("members.csv");
    std::fs::write(
        &csv,
        "handle,name,type\nana,Ana,member\nBen,Ben,member\ncommons,Commons,pool\n",
    )
    .expect("write csv");
    let request = json!({"input": {"table": "members", "path": csv, "dryRun": false, "ignoreUnknown": false},
        "onProgress": "__CHANNEL__:1"});
    let err = w.call("import_csv", request.clone()).expect_err("refused");
    assert_eq!(err["kind"], "import");
    let lines: Vec<u64> = err["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["line"].as_u64())
        .collect();
    assert_eq!(lines, [3, 4], "{err}");
    assert_eq!(w.ok("catalog", json!({}))["accounts"], json!([]));

    std::fs::write(&csv, "handle,name\nana,Ana\n").expect("write csv");
    let summary = w.ok("import_csv", request);
    assert_eq!(summary["added"], 1);
    assert_eq!(
        summary["message"],
        "members: 1 row — added 1, 0 already present"
    );
}

/// Issue 12: a contribution's history one click away (who logged it,
/// approved, rejected with the reason, corrected what, voided), voided
/// contributions still listed when asked for, and a payout voided from
/// the window listed as void and no longer paid.
#[test]
fn a_contributions_history_and_voided_payouts_through_the_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("coop.openvalue");
    let w = Window::new();
    w.ok(
        "create_ledger",
        json!({"input": {"path": path, "name": "Coop", "currency": "EUR", "scale": null, "approvals": 1}}),
    );
    for handle in ["ana", "ben"] {
        w.ok(
            "add_account",
            json!({"input": {"handle": handle, "name": handle, "accountType": "member", "joinedOn": ""}}),
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
    let id = w.ok(
        "log_contribution",
        json!({"input": {"date": "2026-03-01", "member": "ana", "project": "web", "kind": "work", "quantity": "3", "note": ""}}),
    );
    let id = id.as_str().expect("an id");
    w.ok(
        "review_contribution",
        json!({"id": id, "by": "ben", "verdict": "reject", "reason": "counted twice"}),
    );
    w.ok(
        "correct_contribution",
        json!({"id": id, "input": {"quantity": "2", "date": "", "kind": "", "note": "", "void": false}}),
    );
    w.ok(
        "review_contribution",
        json!({"id": id, "by": "ben", "verdict": "approve", "reason": ""}),
    );
    w.ok(
        "correct_contribution",
        json!({"id": id, "input": {"quantity": "", "date": "", "kind": "", "note": "", "void": true}}),
    );

    let history = w.ok("contribution_history", json!({"id": id}));
    let types: Vec<&str> = history
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["change"]["type"].as_str())
        .collect();
    assert_eq!(
        types,
        ["logged", "rejected", "corrected", "approved", "voided"]
    );
    assert_eq!(history[0]["change"]["member"], "ana");
    assert_eq!(history[0]["change"]["quantity"], "3");
    assert_eq!(history[1]["change"]["by"], "ben");
    assert_eq!(history[1]["change"]["reason"], "counted twice");
    assert_eq!(
        history[2]["change"]["changes"],
        json!([{"field": "quantity", "from": "3", "to": "2"}])
    );
    assert_eq!(history[3]["change"]["revision"], 1);
    // Sign-in is off: no member is recorded, the laptop and time are.
    assert_eq!(history[0]["author"], Value::Null);
    assert!(history[0]["recordedAt"]
        .as_str()
        .is_some_and(|t| t.len() >= 20));
    assert!(history[0]["deviceName"]
        .as_str()
        .is_some_and(|n| !n.is_empty()));
    let err = w
        .call("contribution_history", json!({"id": "nope"}))
        .expect_err("unknown");
    assert_eq!(err["kind"], "refused");

    // The voided contribution is still listed when asked for, as void.
    let filter = |include_void: bool| json!({"filter": {"member": "", "project": "", "kind": "", "status": null, "includeVoid": include_void, "from": "", "to": ""}, "offset": 0, "limit": 10});
    assert_eq!(w.ok("list_contributions", filter(false))["total"], 0);
    let all = w.ok("list_contributions", filter(true));
    assert_eq!(all["rows"][0]["status"], "void");

    // A payout voided from the window: listed as void, no longer paid.
    let payout = w.ok(
        "record_payout",
        json!({"input": {"account": "ana", "amount": "40", "date": "2026-04-01", "method": "cash", "note": ""}}),
    );
    assert_eq!(w.ok("balances", json!({}))[0]["paidMinor"], 4_000);
    w.ok("void_payout", json!({"id": payout}));
    let payouts = w.ok("list_payouts", json!({}));
    assert_eq!(payouts[0]["id"], payout);
    assert_eq!(payouts[0]["void"], true);
    assert_eq!(w.ok("balances", json!({}))[0]["paidMinor"], 0);
    let err = w
        .call("void_payout", json!({"id": payout}))
        .expect_err("already void");
    assert_eq!(err["kind"], "refused");
}

/// Issue 14 through the commands: an epoch opened, gifts set at once (an
/// over-budget batch refused whole), closed and drawn; a peer-valued kind
/// valued; a token defined and sent.
#[test]
fn give_valuation_and_tokens_through_the_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let w = Window::new();
    w.ok(
        "create_ledger",
        json!({"input": {"path": dir.path().join("coop.openvalue"), "name": "Coop", "currency": "EUR", "scale": null, "approvals": 0}}),
    );
    for handle in ["ana", "ben", "cai"] {
        w.ok(
            "add_account",
            json!({"input": {"handle": handle, "name": handle, "accountType": "member", "joinedOn": "2025-01-01"}}),
        );
    }
    w.ok(
        "add_project",
        json!({"input": {"code": "fest", "name": "Fest", "parent": ""}}),
    );
    let err = w
        .call(
            "open_epoch",
            json!({"input": {"project": "fest", "from": "2026-01-01", "to": "2026-01-31", "give": "ten", "id": "E1"}}),
        )
        .expect_err("not a number");
    assert_eq!(err["problems"][0]["field"], "give");
    w.ok(
        "open_epoch",
        json!({"input": {"project": "fest", "from": "2026-01-01", "to": "2026-01-31", "give": "100", "id": "E1"}}),
    );
    let gifts = |list: Value| json!({"input": {"epoch": "E1", "from": "ana", "gifts": list}});
    w.ok(
        "set_gifts",
        gifts(json!([{"to": "ben", "amount": "60", "note": "stage"}, {"to": "cai", "amount": "40", "note": ""}])),
    );
    let err = w
        .call(
            "set_gifts",
            gifts(json!([{"to": "ben", "amount": "20", "note": ""}, {"to": "cai", "amount": "90", "note": ""}])),
        )
        .expect_err("110 > 100");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("at most 100 GIVE"),
        "{err}"
    );
    let epochs = w.ok("list_epochs", json!({}));
    let e = &epochs["epochs"][0];
    assert_eq!(
        e["received"],
        json!([["ben", 60], ["cai", 40]]),
        "the refused batch changed nothing"
    );
    assert_eq!(e["gifts"][0]["note"], "stage");
    assert_eq!(e["ended"], true);
    w.ok("close_epoch", json!({"epoch": "E1"}));
    let svg = w.ok(
        "chart_svg",
        json!({"request": {"chart": "give", "subject": "fest"}}),
    );
    assert!(svg.as_str().unwrap_or_default().contains("ben: 60 GIVE"));

    w.ok(
        "add_kind",
        json!({"input": {"code": "design", "name": "Design", "measure": "quantity", "unit": "pieces", "rate": "",
            "multiplier": "", "gift": false, "reimbursable": false, "deferred": false, "peers": true, "effectiveFrom": ""}}),
    );
    let catalog = w.ok("catalog", json!({}));
    assert_eq!(catalog["kinds"][0]["peers"], true);
    let id = w.ok(
        "log_contribution",
        json!({"input": {"date": "2026-02-01", "member": "ana", "project": "fest", "kind": "design", "quantity": "1", "note": ""}}),
    );
    let id = id.as_str().expect("id").to_string();
    let err = w
        .call(
            "value_contribution",
            json!({"input": {"id": id, "by": "ana", "amount": "500"}}),
        )
        .expect_err("not one's own");
    assert!(!err["message"].as_str().unwrap_or_default().is_empty());
    // ben and cai weigh it equally: one valuation of two is not above half.
    assert_eq!(
        w.ok(
            "value_contribution",
            json!({"input": {"id": id, "by": "ben", "amount": "120"}})
        ),
        "0.00"
    );
    assert_eq!(
        w.ok(
            "value_contribution",
            json!({"input": {"id": id, "by": "cai", "amount": "100"}})
        ),
        "100.00"
    );
    let page = w.ok(
        "list_contributions",
        json!({"filter": {"member": "", "project": "", "kind": "", "status": null, "includeVoid": false, "from": "", "to": ""}, "offset": 0, "limit": 10}),
    );
    let peer = &page["rows"][0]["peer"];
    assert_eq!(peer["value"], "100.00");
    assert_eq!(
        peer["valuations"],
        json!([["ben", "120.00"], ["cai", "100.00"]])
    );
    let reputations = w.ok("list_reputations", json!({}));
    assert_eq!(reputations[0], json!({"member": "ana", "reputation": "1"}));

    w.ok(
        "add_kind",
        json!({"input": {"code": "work", "name": "Work", "measure": "hours", "unit": "", "rate": "20",
            "multiplier": "", "gift": false, "reimbursable": false, "deferred": false, "effectiveFrom": ""}}),
    );
    w.ok(
        "log_contribution",
        json!({"input": {"date": "2026-02-01", "member": "ben", "project": "fest", "kind": "work", "quantity": "2", "note": ""}}),
    );
    w.ok(
        "define_token",
        json!({"input": {"code": "eco", "name": "Ecos", "scale": "2", "per_value": "0.5"}}),
    );
    let err = w
        .call(
            "send_tokens",
            json!({"input": {"token": "", "from": "ben", "to": "cai", "amount": "20.01", "note": "", "date": ""}}),
        )
        .expect_err("ben has 20.00");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("20.00"),
        "{err}"
    );
    w.ok(
        "send_tokens",
        json!({"input": {"token": "", "from": "ben", "to": "cai", "amount": "20.00", "note": "exactly all", "date": ""}}),
    );
    let tokens = w.ok("list_tokens", json!({}));
    let balance = |m: &str| {
        tokens["balances"]
            .as_array()
            .expect("balances")
            .iter()
            .find(|b| b["member"] == m)
            .map(|b| b["balance"].clone())
    };
    assert_eq!(balance("ben"), Some(json!("0.00")));
    assert_eq!(balance("cai"), Some(json!("20.00")));
    assert_eq!(tokens["moves"][0]["note"], "exactly all");
    let svg = w.ok(
        "chart_svg",
        json!({"request": {"chart": "tokens", "subject": ""}}),
    );
    assert!(svg.as_str().unwrap_or_default().contains("cai: 20.00 eco"));
}

/// Issue 16, item 12: the list sorted and searched by the core, its
/// totals, balances as of a date and per project, and a payout checked
/// against what is owed; bad input names its field.
#[test]
fn the_treasurers_list_totals_balances_and_overpayment_through_the_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let w = Window::new();
    w.ok(
        "create_ledger",
        json!({"input": {"path": dir.path().join("t.openvalue"), "name": "T", "currency": "EUR", "scale": null, "approvals": 0}}),
    );
    for handle in ["ana", "ben"] {
        w.ok(
            "add_account",
            json!({"input": {"handle": handle, "name": handle, "accountType": "member", "joinedOn": ""}}),
        );
    }
    for code in ["web", "app"] {
        w.ok(
            "add_project",
            json!({"input": {"code": code, "name": code, "parent": ""}}),
        );
    }
    w.ok(
        "add_kind",
        json!({"input": {"code": "work", "name": "Work", "measure": "hours", "unit": "", "rate": "20",
            "multiplier": "", "gift": false, "reimbursable": false, "effectiveFrom": ""}}),
    );
    for (member, project, q, date, note) in [
        ("ana", "web", "3", "2026-03-01", "50% off the design"),
        ("ben", "web", "1", "2026-03-02", "Design review"),
        ("ben", "app", "2.5", "2026-03-03", "bugs"),
    ] {
        w.ok(
            "log_contribution",
            json!({"input": {"date": date, "member": member, "project": project, "kind": "work", "quantity": q, "note": note}}),
        );
    }
    let filter = |extra: Value| {
        let mut f = json!({"member": "", "project": "", "kind": "", "status": null, "includeVoid": true, "from": "", "to": ""});
        f.as_object_mut()
            .expect("an object")
            .extend(extra.as_object().expect("an object").clone());
        f
    };
    let members = |page: &Value| -> Vec<String> {
        page["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| format!("{} {}", r["member"], r["quantity"]).replace('"', ""))
            .collect()
    };
    // Sorted by quantity, largest first, on the second page of one row.
    let page = w.ok(
        "list_contributions",
        json!({"filter": filter(json!({"sort": "quantity", "ascending": false})), "offset": 1, "limit": 1}),
    );
    assert_eq!(members(&page), ["ben 2.5"]);
    let page = w.ok(
        "list_contributions",
        json!({"filter": filter(json!({"sort": "member", "ascending": true})), "offset": 0, "limit": 10}),
    );
    // (ben's two tie on the member and go by id.)
    let by_member: Vec<String> = members(&page)
        .iter()
        .map(|m| m.split(' ').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(by_member, ["ana", "ben", "ben"]);
    // Search in notes: case ignored, `%` only itself.
    let page = w.ok(
        "list_contributions",
        json!({"filter": filter(json!({"note": "DESIGN"})), "offset": 0, "limit": 10}),
    );
    assert_eq!(page["total"], 2);
    let page = w.ok(
        "list_contributions",
        json!({"filter": filter(json!({"note": "%"})), "offset": 0, "limit": 10}),
    );
    assert_eq!(members(&page), ["ana 3"]);
    // Totals of every matching row, exact text.
    let totals = w.ok(
        "contribution_totals",
        json!({"filter": filter(json!({"note": "design"}))}),
    );
    assert_eq!(
        totals,
        json!({"count": 2, "voided": 0, "hours": "4", "value": "80"})
    );
    let totals = w.ok("contribution_totals", json!({"filter": filter(json!({}))}));
    assert_eq!(totals["hours"], "6.5");
    assert_eq!(totals["value"], "130");
    let err = w
        .call(
            "contribution_totals",
            json!({"filter": filter(json!({"from": "2026-13-01"}))}),
        )
        .expect_err("a bad date");
    assert_eq!(err["problems"][0]["field"], "from");

    w.ok(
        "set_equation",
        json!({"input": {"project": "", "from": "", "source": "[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n"}}),
    );
    for (id, project, date) in [
        ("R-web", "web", "2026-03-10"),
        ("R-app", "app", "2026-04-10"),
    ] {
        w.ok(
            "add_revenue",
            json!({"input": {"project": project, "date": date, "amount": "100.00", "id": id, "note": ""}}),
        );
        w.ok("commit_distribution", json!({"revenue": id}));
    }
    w.ok("record_payout", json!({"input": {"account": "ana", "amount": "80", "date": "2026-03-20", "method": "", "note": ""}}));

    // As of a date: what was earned and paid by then; ana paid in advance.
    let sheet = w.ok(
        "balance_sheet",
        json!({"filter": {"asOf": "2026-03-31", "project": ""}}),
    );
    assert_eq!(
        sheet,
        json!({"rows": [
            {"account": "ana", "name": "ana", "accountType": "member", "earnedMinor": "7500", "paidMinor": "8000", "owedMinor": "-500"},
            {"account": "ben", "name": "ben", "accountType": "member", "earnedMinor": "2500", "paidMinor": "0", "owedMinor": "2500"},
        ], "earnedMinor": "10000", "paidMinor": "8000", "owedMinor": "2000"})
    );
    // Per project: earned only, no invented paid or owed.
    let sheet = w.ok(
        "balance_sheet",
        json!({"filter": {"asOf": "", "project": "app"}}),
    );
    assert_eq!(
        sheet,
        json!({"rows": [
            {"account": "ben", "name": "ben", "accountType": "member", "earnedMinor": "10000", "paidMinor": null, "owedMinor": null},
        ], "earnedMinor": "10000", "paidMinor": null, "owedMinor": null})
    );
    for (filter, field) in [
        (json!({"asOf": "31/03/2026", "project": ""}), "asOf"),
        (json!({"asOf": "", "project": "nowhere"}), "project"),
    ] {
        let err = w
            .call("balance_sheet", json!({ "filter": filter }))
            .expect_err("bad input");
        assert_eq!(err["problems"][0]["field"], field, "{err}");
    }

    // A payout larger than what is owed: by how much.
    let check = w.ok(
        "check_payout",
        json!({"input": {"account": "ben", "amount": "200.00"}}),
    );
    assert_eq!(
        check,
        json!({"amountMinor": "20000", "owedMinor": "12500", "excessMinor": "7500"})
    );
    let check = w.ok(
        "check_payout",
        json!({"input": {"account": "ben", "amount": "125"}}),
    );
    assert_eq!(check["excessMinor"], Value::Null);
    for (account, amount, field) in [("ben", "lots", "amount"), ("nobody", "1", "account")] {
        let err = w
            .call(
                "check_payout",
                json!({"input": {"account": account, "amount": amount}}),
            )
            .expect_err("bad input");
        assert_eq!(err["problems"][0]["field"], field, "{err}");
    }
}

/// Issue 16 item 1: the largest revenue the bounds allow (§11) crosses IPC
/// exactly (10¹⁴ cents is below 2⁵³) and is listed with the others; a
/// larger one is refused at its field, and the list still shows every row.
#[test]
fn the_largest_revenue_is_listed_exactly_and_a_larger_one_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let w = Window::new();
    w.ok(
        "create_ledger",
        json!({"input": {"path": dir.path().join("coop.openvalue"), "name": "Coop", "currency": "EUR", "scale": null, "approvals": 0}}),
    );
    w.ok(
        "add_project",
        json!({"input": {"code": "web", "name": "Web", "parent": ""}}),
    );
    for (id, amount) in [("R-small", "12.50"), ("R-max", "1000000000000")] {
        w.ok(
            "add_revenue",
            json!({"input": {"project": "web", "date": "2026-03-31", "amount": amount, "id": id, "note": ""}}),
        );
    }
    let err = w
        .call(
            "add_revenue",
            json!({"input": {"project": "web", "date": "2026-03-31", "amount": "1000000000000000", "id": "R-huge", "note": ""}}),
        )
        .expect_err("above the bound");
    assert_eq!(err["problems"][0]["field"], "amount", "{err}");
    let listed = w.ok("list_revenues", json!({}));
    let amounts: Vec<(String, i64)> = listed
        .as_array()
        .expect("revenues")
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or_default().to_string(),
                r["amountMinor"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    assert!(
        amounts.contains(&("R-max".to_string(), 100_000_000_000_000)),
        "{amounts:?}"
    );
    assert!(
        amounts.contains(&("R-small".to_string(), 1_250)),
        "{amounts:?}"
    );
    assert_eq!(
        amounts.len(),
        2,
        "the refused one is not there, the others all are"
    );
}
