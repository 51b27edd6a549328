//! People (SPEC §13, issue 12): sign-in, passphrases, roles, signed
//! reviews. Each command runs the real binary with the passphrase in
//! `OPENVALUE_PASSPHRASE`, as a script would.

mod common;

use std::path::Path;
use std::process::Output;

use common::Coop;

const PASS: &[(&str, &str)] = &[
    ("ana", "ana's long passphrase"),
    ("ben", "ben's long passphrase"),
    ("cai", "cai's long passphrase"),
    ("dan", "dan's long passphrase"),
];

fn pass(member: &str) -> &'static str {
    PASS.iter()
        .find(|(m, _)| *m == member)
        .map(|(_, p)| *p)
        .unwrap_or("none at all")
}

fn run_as(coop: &Coop, member: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = common::openvalue();
    cmd.arg("--ledger").arg(&coop.ledger);
    if let Some(m) = member {
        cmd.arg("--as").arg(m).env("OPENVALUE_PASSPHRASE", pass(m));
    }
    cmd.args(args).output().expect("run openvalue")
}

fn ok_as(coop: &Coop, member: &str, args: &[&str]) -> String {
    let out = run_as(coop, Some(member), args);
    assert!(
        out.status.success(),
        "{member} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fails_as(coop: &Coop, member: Option<&str>, args: &[&str]) -> String {
    let out = run_as(coop, member, args);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{member:?} {args:?} should fail: {err}"
    );
    err
}

fn bytes(path: &Path) -> Vec<u8> {
    let mut b = std::fs::read(path).expect("ledger");
    if let Ok(w) = std::fs::read(format!("{}-wal", path.display())) {
        b.extend(w);
    }
    b
}

/// ana (admin: the first member), ben (member), cai (coordinator), dan
/// (treasurer), each with a passphrase; sign-in on; one contribution of
/// ben's, approved by cai; revenue R1 and an equation.
fn signed_in_coop() -> Coop {
    let coop = Coop::new(1);
    for (h, n) in [
        ("ana", "Ana"),
        ("ben", "Ben"),
        ("cai", "Cai"),
        ("dan", "Dan"),
    ] {
        coop.ok(&["member", "add", h, n]);
    }
    coop.ok(&["project", "add", "fest", "Fest"]);
    coop.ok(&[
        "kind",
        "add",
        "work",
        "Work",
        "--measure",
        "hours",
        "--rate",
        "20",
    ]);
    let eq = coop.dir.path().join("eq.toml");
    std::fs::write(
        &eq,
        "name = \"all\"\n[[bucket]]\nname = \"all\"\nshare = \"100%\"\npolicy = \"lifetime\"\n",
    )
    .expect("eq");
    coop.ok(&["equation", "set", "--default", eq.to_str().expect("path")]);
    for (h, p) in PASS {
        let out = common::openvalue()
            .arg("--ledger")
            .arg(&coop.ledger)
            .args(["member", "passphrase", h])
            .env("OPENVALUE_NEW_PASSPHRASE", p)
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    coop.ok(&["role", "grant", "cai", "coordinator"]);
    coop.ok(&["role", "grant", "dan", "treasurer"]);
    ok_as(&coop, "ana", &["settings", "--sign-in", "on"]);
    ok_as(
        &coop,
        "ben",
        &[
            "log",
            "ben",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C1",
        ],
    );
    ok_as(&coop, "cai", &["approve", "C1", "--by", "cai"]);
    ok_as(
        &coop,
        "cai",
        &[
            "revenue",
            "add",
            "fest",
            "100",
            "--id",
            "R1",
            "--date",
            "2026-06-01",
        ],
    );
    coop
}

#[test]
fn every_write_needs_a_member_whose_role_allows_it() {
    let coop = signed_in_coop();
    let eq = coop.dir.path().join("eq.toml");
    let eq = eq.to_str().expect("path");
    ok_as(
        &coop,
        "cai",
        &["log", "cai", "fest", "work", "1", "--id", "C5"],
    );
    // (command, the role it needs, the member one role below)
    let cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (
            vec!["log", "ana", "fest", "work", "1", "--id", "C2"],
            "a coordinator",
            "ben",
        ),
        (
            vec!["correct", "C5", "--quantity", "4"],
            "a coordinator",
            "ben",
        ),
        (
            vec!["revenue", "add", "fest", "50", "--id", "R2"],
            "a coordinator",
            "ben",
        ),
        (
            vec!["project", "add", "kids", "Kids"],
            "a coordinator",
            "ben",
        ),
        (vec!["distribute", "R1"], "a coordinator", "ben"),
        (vec!["pay", "ben", "5"], "a treasurer", "cai"),
        (vec!["member", "add", "eve", "Eve"], "an admin", "dan"),
        (vec!["member", "leave", "ben"], "an admin", "dan"),
        (
            vec![
                "kind",
                "add",
                "care",
                "Care",
                "--measure",
                "hours",
                "--rate",
                "10",
            ],
            "an admin",
            "dan",
        ),
        (vec!["equation", "set", "fest", eq], "an admin", "dan"),
        (vec!["settings", "--approvals", "2"], "an admin", "dan"),
        (vec!["role", "grant", "ben", "treasurer"], "an admin", "dan"),
        (
            vec!["device", "invite", "--out", "/tmp/never-written.ovinvite"],
            "an admin",
            "dan",
        ),
    ];
    for (args, needed, below) in &cases {
        let before = bytes(&coop.ledger);
        let err = fails_as(&coop, Some(below), args);
        assert!(
            err.contains(&format!("needs {needed}")),
            "{below} {args:?}: {err}"
        );
        assert!(err.contains("hint: an admin can give"), "{err}");
        assert_eq!(bytes(&coop.ledger), before, "{args:?} wrote something");
    }
    // Each is allowed to the role it names (in this order: the
    // distribution needs the revenue, the payout needs no balance).
    for (args, needed, _) in &cases {
        let member = match *needed {
            "a coordinator" => "cai",
            "a treasurer" => "dan",
            _ => "ana",
        };
        ok_as(&coop, member, args);
    }
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn members_log_and_correct_their_own_and_review_others_only_in_their_own_name() {
    let coop = signed_in_coop();
    ok_as(
        &coop,
        "ben",
        &["log", "ben", "fest", "work", "2", "--id", "C3"],
    );
    ok_as(&coop, "ben", &["correct", "C3", "--quantity", "2.5"]);
    let err = fails_as(&coop, Some("ben"), &["approve", "C3", "--by", "ana"]);
    assert!(err.contains("cannot review in ana's name"), "{err}");
    let err = fails_as(&coop, Some("ben"), &["approve", "C3", "--by", "ben"]);
    assert!(err.contains("their own contribution"), "{err}");
    ok_as(&coop, "ana", &["approve", "C3", "--by", "ana"]);
    // Every entry records who made it.
    let conn = rusqlite::Connection::open(&coop.ledger).expect("open");
    let authors: Vec<Option<String>> = conn
        .prepare("SELECT author FROM journal WHERE kind IN ('contributions_added', 'corrected', 'reviewed') ORDER BY hlc DESC LIMIT 3")
        .expect("sql")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        authors,
        [
            Some("ana".to_string()),
            Some("ben".into()),
            Some("ben".into())
        ]
    );
}

#[test]
fn without_as_or_with_a_wrong_passphrase_nothing_is_written() {
    let coop = signed_in_coop();
    let before = bytes(&coop.ledger);
    let err = fails_as(&coop, None, &["log", "ben", "fest", "work", "1"]);
    assert!(err.contains("sign-in is on"), "{err}");
    assert!(err.contains("hint: add `--as MEMBER`"), "{err}");
    let out = common::openvalue()
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["--as", "ben", "log", "ben", "fest", "work", "1"])
        .env("OPENVALUE_PASSPHRASE", "not ben's passphrase")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("wrong passphrase for 'ben'"), "{err}");
    assert!(
        !err.contains("not ben's"),
        "the passphrase is never printed: {err}"
    );
    assert_eq!(bytes(&coop.ledger), before);
    // Reading needs no sign-in.
    for args in [
        vec!["list"],
        vec!["balances"],
        vec!["verify"],
        vec!["conflicts"],
        vec!["distribute", "R1", "--dry-run"],
    ] {
        coop.ok(&args);
    }
}

#[test]
fn the_last_admin_stays_admin_and_a_reset_passphrase_keeps_old_signatures_valid() {
    let coop = signed_in_coop();
    let err = fails_as(&coop, Some("ana"), &["role", "revoke", "ana"]);
    assert!(err.contains("ana is the last admin"), "{err}");
    ok_as(&coop, "ana", &["role", "grant", "dan", "admin"]);
    ok_as(&coop, "dan", &["role", "revoke", "ana"]);
    // dan (admin) resets cai's passphrase: cai's earlier approval stays
    // valid, and cai signs in with the new one only.
    let out = common::openvalue()
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["--as", "dan", "member", "passphrase", "cai"])
        .env("OPENVALUE_PASSPHRASE", pass("dan"))
        .env("OPENVALUE_NEW_PASSPHRASE", "cai's brand new passphrase")
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = fails_as(&coop, Some("cai"), &["log", "cai", "fest", "work", "1"]);
    assert!(err.contains("wrong passphrase"), "{err}");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
    assert!(coop.ok(&["list", "--status", "counts"]).contains("C1"));
    // A member cannot set someone else's passphrase.
    let out = common::openvalue()
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["--as", "ben", "member", "passphrase", "ana"])
        .env("OPENVALUE_PASSPHRASE", pass("ben"))
        .env("OPENVALUE_NEW_PASSPHRASE", "taking over ana")
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs an admin"));
}

#[test]
fn a_forged_review_is_not_applied_on_merge_and_verify_reports_it() {
    use openvalue::journal::{Entry, Hlc, Payload, Stamp};
    let coop = signed_in_coop();
    ok_as(
        &coop,
        "ben",
        &["log", "ben", "fest", "work", "2", "--id", "C9"],
    );
    // A second laptop, invited, whose owner writes a review in ana's name
    // with a valid device signature but no signature of ana's.
    let invite = coop.dir.path().join("b.ovinvite");
    ok_as(
        &coop,
        "ana",
        &["device", "invite", "--out", invite.to_str().expect("path")],
    );
    let b = coop.dir.path().join("b.openvalue");
    let out = common::openvalue()
        .arg("--ledger")
        .arg(&b)
        .arg("clone")
        .arg(&invite)
        .output()
        .expect("clone");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ledger = openvalue::store::Ledger::open(&b).expect("open");
    let mut bundle = ledger.bundle().expect("bundle");
    let device = ledger.device().to_string();
    let key = openvalue::keys::Keystore::user()
        .load(&device)
        .expect("key")
        .expect("present")
        .key;
    let last_hlc = bundle.entries.iter().map(|e| e.hlc).max().unwrap_or(0);
    let forged = Entry::new(
        &Stamp {
            device: &device,
            device_seq: 1,
            prev_hash: openvalue::journal::GENESIS_HASH,
            recorded_at: "2026-12-01T00:00:00Z".into(),
            hlc: Hlc(last_hlc + 1),
            author: Some("ana"),
        },
        &Payload::Reviewed(openvalue::model::Review {
            contribution: "C9".into(),
            by: "ana".into(),
            verdict: openvalue::model::Verdict::Approve,
            reason: String::new(),
            revision: Some(0),
            signature: None,
        }),
        &key,
    )
    .expect("entry");
    bundle.entries.push(forged);
    let file = coop.dir.path().join("forged.ovbundle");
    openvalue::sync::write_bundle(&file, &bundle).expect("write");
    let out = ok_as(
        &coop,
        "ben",
        &["bundle", "import", file.to_str().expect("path")],
    );
    assert!(out.contains("1 conflict"), "{out}");
    let conflicts = coop.ok(&["conflicts"]);
    assert!(
        conflicts.contains("carries no valid signature of ana's key"),
        "{conflicts}"
    );
    assert!(!coop.ok(&["list", "--status", "counts"]).contains("C9"));
    let out = coop.run(&["verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("no valid signature of ana's key"));
}

#[test]
fn with_sign_in_on_backups_need_a_treasurer_and_bundles_a_member() {
    let coop = signed_in_coop();
    let backup = coop.dir.path().join("copy.openvalue");
    let backup_arg = backup.to_str().expect("path");
    let err = fails_as(&coop, None, &["backup", backup_arg]);
    assert!(err.contains("sign-in is on"), "{err}");
    let err = fails_as(&coop, Some("cai"), &["backup", backup_arg]);
    assert!(
        err.contains("cai is a coordinator; making a backup needs a treasurer"),
        "{err}"
    );
    assert!(!backup.exists());
    ok_as(&coop, "dan", &["backup", backup_arg]);
    assert!(backup.exists());
    let bundle = coop.dir.path().join("b.ovbundle");
    let bundle_arg = bundle.to_str().expect("path");
    let err = fails_as(&coop, None, &["bundle", "export", "--out", bundle_arg]);
    assert!(err.contains("sign-in is on"), "{err}");
    assert!(!bundle.exists());
    ok_as(&coop, "ben", &["bundle", "export", "--out", bundle_arg]);
    assert!(bundle.exists());
    // Reading needs nobody.
    assert!(run_as(&coop, None, &["verify"]).status.success());
}

#[test]
fn a_fund_is_told_it_cannot_hold_a_role_and_an_empty_passphrase_is_refused() {
    let coop = Coop::new(1);
    coop.ok(&["member", "add", "ana", "Ana"]);
    coop.ok(&["member", "add", "pot", "Pot", "--fund"]);
    let err = coop.fails(&["role", "grant", "pot", "treasurer"]);
    assert!(err.contains("only members hold a role"), "{err}");
    assert!(!err.contains("passphrase"), "{err}");
    let before = bytes(&coop.ledger);
    let out = common::openvalue()
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["member", "passphrase", "ana"])
        .env("OPENVALUE_NEW_PASSPHRASE", "")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("OPENVALUE_NEW_PASSPHRASE is set but empty"),
        "{err}"
    );
    let out = common::openvalue()
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["--as", "ana", "member", "add", "bo", "Bo"])
        .env("OPENVALUE_PASSPHRASE", "")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    // ana has no passphrase yet: with sign-in off she needs none, so an
    // empty variable is not even read; once she has one, it is refused.
    assert!(out.status.success(), "{err}");
    common::openvalue()
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["member", "passphrase", "ana"])
        .env("OPENVALUE_NEW_PASSPHRASE", "ana's long passphrase")
        .assert()
        .success();
    let after_passphrase = bytes(&coop.ledger);
    let out = common::openvalue()
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["--as", "ana", "member", "add", "cy", "Cy"])
        .env("OPENVALUE_PASSPHRASE", "")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("OPENVALUE_PASSPHRASE is set but empty"),
        "{err}"
    );
    assert_eq!(bytes(&coop.ledger), after_passphrase);
    assert_ne!(before, after_passphrase);
}

#[test]
fn voids_corrections_renames_and_statements_need_their_roles() {
    let coop = signed_in_coop();
    ok_as(&coop, "cai", &["distribute", "R1"]);
    let payout = ok_as(&coop, "dan", &["pay", "ben", "5", "--date", "2026-06-02"]);
    let payout = payout.lines().next().expect("id").trim().to_string();
    ok_as(
        &coop,
        "cai",
        &[
            "revenue",
            "add",
            "fest",
            "50",
            "--id",
            "R2",
            "--date",
            "2026-06-03",
        ],
    );
    // (command, the role it needs and what it is called, the member one
    // role below)
    let cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (
            vec!["payout", "void", &payout],
            "voiding a payout needs a treasurer",
            "cai",
        ),
        (
            vec!["revenue", "correct", "R2", "--amount", "60"],
            "correcting revenue needs a coordinator",
            "ben",
        ),
        (
            vec!["revenue", "void", "R2"],
            "voiding revenue needs a coordinator",
            "ben",
        ),
        (
            vec!["project", "rename", "fest", "Festival"],
            "renaming projects needs a coordinator",
            "ben",
        ),
        (
            vec!["member", "rename", "ben", "Benet"],
            "renaming members needs an admin",
            "dan",
        ),
        (
            vec!["kind", "rename", "work", "Paid work"],
            "renaming kinds needs an admin",
            "dan",
        ),
    ];
    for (args, needed, below) in &cases {
        let before = bytes(&coop.ledger);
        let err = fails_as(&coop, Some(below), args);
        assert!(err.contains(needed), "{below} {args:?}: {err}");
        assert_eq!(bytes(&coop.ledger), before, "{args:?} wrote something");
        let err = fails_as(&coop, None, args);
        assert!(err.contains("sign-in is on"), "{args:?}: {err}");
    }
    for (args, needed, _) in &cases {
        let member = if needed.ends_with("a coordinator") {
            "cai"
        } else if needed.ends_with("a treasurer") {
            "dan"
        } else {
            "ana"
        };
        ok_as(&coop, member, args);
    }
    // The journal says who did each.
    assert!(coop.ok(&["verify"]).starts_with("OK"));

    // A member's own statement; anyone else's needs a treasurer.
    let out = coop.dir.path().join("ben.html");
    let out = out.to_str().expect("path");
    ok_as(&coop, "ben", &["statement", "ben", "--out", out]);
    let err = fails_as(&coop, Some("cai"), &["statement", "ben", "--out", out]);
    assert!(
        err.contains("another member's statement needs a treasurer"),
        "{err}"
    );
    let err = fails_as(&coop, None, &["statement", "ben", "--out", out]);
    assert!(err.contains("sign-in is on"), "{err}");
    ok_as(&coop, "dan", &["statement", "ben", "--out", out]);
    let html = std::fs::read_to_string(out).expect("statement");
    assert!(html.contains("Statement of Benet (ben)"), "{html}");
}

/// The app's one answer to "what may this member do" agrees with the
/// refusals the writes give (SPEC §13): a member may log their own work
/// but not record revenue, and the reason names the role needed.
#[test]
fn permissions_follow_the_role_table_and_name_the_role_needed() {
    use openvalue::members::Action;
    let coop = signed_in_coop();
    let mut ledger = openvalue::store::Ledger::open(&coop.ledger).expect("open");
    let nobody = ledger.permissions().expect("permissions");
    assert!(nobody.sign_in && nobody.member.is_none());
    assert!(!nobody.allows(Action::LogOwn));
    ledger.sign_in("ben", Some(pass("ben"))).expect("ben");
    let ben = ledger.permissions().expect("permissions");
    assert_eq!(ben.role, Some(openvalue::members::Role::Member));
    assert!(ben.allows(Action::LogOwn) && ben.allows(Action::Review));
    let revenue = ben
        .actions
        .iter()
        .find(|p| p.action == Action::RecordRevenue)
        .expect("listed");
    assert!(!revenue.allowed);
    assert_eq!(
        revenue.reason.as_deref(),
        Some("ben is a member; recording revenue needs a coordinator")
    );
    // The CLI's refusal says the same.
    let err = fails_as(
        &coop,
        Some("ben"),
        &["revenue", "add", "fest", "5", "--id", "R9"],
    );
    assert!(
        err.contains("recording revenue needs a coordinator"),
        "{err}"
    );
    ledger.sign_in("dan", Some(pass("dan"))).expect("dan");
    let dan = ledger.permissions().expect("permissions");
    assert!(dan.allows(Action::PayOut) && !dan.allows(Action::ChangeKinds));
    assert_eq!(dan.actions.len(), Action::ALL.len());
    // With sign-in off everything is allowed, signed in or not.
    let plain = Coop::new(1);
    plain.ok(&["member", "add", "zoe", "Zoe"]);
    let off = openvalue::store::Ledger::open(&plain.ledger)
        .expect("open")
        .permissions()
        .expect("permissions");
    assert!(!off.sign_in && off.actions.iter().all(|p| p.allowed));
}

/// My account: contributions with status and any rejection's reason,
/// value, the member's lines in distributions, paid and owed — the same
/// totals as `balances`.
#[test]
fn a_members_account_shows_status_reasons_shares_and_what_is_owed() {
    let coop = signed_in_coop();
    ok_as(
        &coop,
        "ben",
        &[
            "log",
            "ben",
            "fest",
            "work",
            "2",
            "--date",
            "2026-05-02",
            "--id",
            "C2",
        ],
    );
    ok_as(
        &coop,
        "cai",
        &["reject", "C2", "--by", "cai", "--reason", "double-logged"],
    );
    ok_as(&coop, "cai", &["distribute", "R1"]);
    ok_as(&coop, "dan", &["pay", "ben", "30", "--date", "2026-06-02"]);
    let ledger = openvalue::store::Ledger::open(&coop.ledger).expect("open");
    let a = ledger.member_account("ben").expect("account");
    assert_eq!(a.name, "Ben");
    let c1 = a.contributions.iter().find(|c| c.id == "C1").expect("C1");
    assert_eq!(c1.status, openvalue::app::ContributionStatus::Counts);
    assert_eq!(
        (
            c1.quantity.as_str(),
            c1.value.as_str(),
            c1.reason.as_deref()
        ),
        ("3", "60", None)
    );
    let c2 = a.contributions.iter().find(|c| c.id == "C2").expect("C2");
    assert_eq!(c2.status, openvalue::app::ContributionStatus::Rejected);
    assert_eq!(c2.reason.as_deref(), Some("double-logged"));
    assert_eq!(a.value_counted, "60");
    assert_eq!(a.lines.len(), 1);
    assert_eq!(
        (a.lines[0].revenue.as_str(), a.lines[0].amount_minor),
        ("R1", 10_000)
    );
    assert_eq!(
        (a.earned_minor, a.paid_minor, a.owed_minor),
        (10_000, 3_000, 7_000)
    );
    assert_eq!(a.payouts.len(), 1);
    let b = ledger
        .balances()
        .expect("balances")
        .into_iter()
        .find(|b| b.account == "ben")
        .expect("ben");
    assert_eq!(
        (b.earned_minor, b.paid_minor, b.owed_minor),
        (a.earned_minor, a.paid_minor, a.owed_minor)
    );
    assert!(ledger.member_account("nobody").is_err());
}

#[test]
fn an_admin_defines_resources_and_any_member_records_a_use_of_their_own() {
    let coop = signed_in_coop();
    let add = [
        "resource", "add", "laser", "--name", "Laser", "--rate", "10", "--unit", "hours",
        "--owner", "ana", "--owner", "ben",
    ];
    let err = fails_as(&coop, Some("ben"), &add);
    assert!(err.contains("admin"), "{err}");
    let err = fails_as(&coop, Some("cai"), &add);
    assert!(err.contains("admin"), "{err}");
    ok_as(&coop, "ana", &add);
    ok_as(&coop, "ben", &["use", "laser", "fest", "1", "--by", "ben"]);
    ok_as(&coop, "ben", &["use", "laser", "fest", "1"]);
    let err = fails_as(
        &coop,
        Some("ben"),
        &["use", "laser", "fest", "1", "--by", "cai"],
    );
    assert!(err.contains("coordinator"), "{err}");
    ok_as(&coop, "cai", &["use", "laser", "fest", "1", "--by", "ben"]);
    let err = fails_as(&coop, None, &["use", "laser", "fest", "1"]);
    assert!(err.contains("--as"), "{err}");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

/// The history of a contribution (issue 12): logged, approved, rejected
/// with its reason, corrected (what changed, from what), approved again
/// and voided — in the order they happened, each naming the member who
/// made the entry and when.
#[test]
fn a_contributions_history_names_who_did_what_in_order() {
    use openvalue::model::Verdict;
    use openvalue::ops::CorrectionInput;
    use openvalue::store::{FieldChange, HistoryChange};
    let coop = signed_in_coop();
    let mut ledger = openvalue::store::Ledger::open(&coop.ledger).expect("open");
    ledger.sign_in("ana", Some(pass("ana"))).expect("ana");
    ledger
        .review("C1", "ana", Verdict::Reject, "counted twice")
        .expect("reject");
    ledger.sign_in("ben", Some(pass("ben"))).expect("ben");
    let fix = CorrectionInput {
        quantity: Some("2".into()),
        note: Some("one shift".into()),
        ..CorrectionInput::default()
    };
    ledger.correct("C1", &fix).expect("correct");
    ledger.sign_in("cai", Some(pass("cai"))).expect("cai");
    ledger
        .review("C1", "cai", Verdict::Approve, "")
        .expect("approve again");
    ledger.sign_in("ben", Some(pass("ben"))).expect("ben");
    let void = CorrectionInput {
        void: true,
        ..CorrectionInput::default()
    };
    ledger.correct("C1", &void).expect("void");

    let history = ledger.contribution_history("C1").expect("history");
    let authors: Vec<Option<&str>> = history.iter().map(|e| e.author.as_deref()).collect();
    assert_eq!(
        authors,
        [
            Some("ben"),
            Some("cai"),
            Some("ana"),
            Some("ben"),
            Some("cai"),
            Some("ben")
        ]
    );
    let changes: Vec<&HistoryChange> = history.iter().map(|e| &e.change).collect();
    assert_eq!(
        changes,
        [
            &HistoryChange::Logged {
                member: "ben".into(),
                project: "fest".into(),
                kind: "work".into(),
                date: "2026-05-01".into(),
                quantity: "3".into(),
                note: String::new(),
            },
            &HistoryChange::Approved {
                by: "cai".into(),
                revision: 0
            },
            &HistoryChange::Rejected {
                by: "ana".into(),
                reason: "counted twice".into(),
                revision: 0
            },
            &HistoryChange::Corrected {
                revision: 1,
                changes: vec![
                    FieldChange {
                        field: "quantity",
                        from: "3".into(),
                        to: "2".into()
                    },
                    FieldChange {
                        field: "note",
                        from: String::new(),
                        to: "one shift".into()
                    },
                ],
            },
            &HistoryChange::Approved {
                by: "cai".into(),
                revision: 1
            },
            &HistoryChange::Voided { revision: 2 },
        ]
    );
    // Each entry says when and on which laptop it was written, in order.
    assert!(history.iter().all(|e| e.recorded_at.len() >= 20));
    assert!(history
        .windows(2)
        .all(|w| w[0].recorded_at <= w[1].recorded_at));
    assert!(history.iter().all(|e| e.device == ledger.device()));
    // An unknown id is refused, naming it.
    let err = ledger.contribution_history("C9").expect_err("unknown");
    assert!(err.to_string().contains("C9"), "{err}");
}
