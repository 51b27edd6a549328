//! Undo of the last action on this laptop, by a reversing entry (issue 16
//! item 12): what it reverses, what it refuses, and that it never undoes
//! an entry the user was not shown.

mod common;

use common::Coop;
use openvalue::store::ActionKind;

fn coop() -> Coop {
    let coop = Coop::with_work(&["ana", "ben"]);
    coop.file(
        "eq.toml",
        b"[[bucket]]\nname = \"All\"\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    let eq = coop.dir.path().join("eq.toml");
    coop.ok(&["equation", "set", "--default", eq.to_str().unwrap()]);
    coop
}

/// `log MEMBER web work HOURS --date DATE --id ID`.
fn log(coop: &Coop, member: &str, hours: &str, date: &str, id: &str) {
    coop.ok(&[
        "log", member, "web", "work", hours, "--date", date, "--id", id,
    ]);
}

#[test]
fn undo_voids_the_contribution_just_logged_and_only_once() {
    let coop = coop();
    log(&coop, "ana", "3", "2026-03-01", "C-1");
    let shown = coop.ok(&["undo", "--dry-run"]);
    assert!(
        shown.contains("C-1") && shown.contains("undo would reverse it"),
        "{shown}"
    );
    let out = coop.ok(&["undo"]);
    assert!(out.contains("voided C-1"), "{out}");
    let list = coop.ok(&["list", "--all"]);
    assert!(list.contains("C-1") && list.contains("void"), "{list}");
    // The last action is now the void itself: it has no reversing entry.
    let err = coop.fails(&["undo"]);
    assert!(err.contains("no reversing entry"), "{err}");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn undo_reverses_a_distribution_and_voids_a_payout_and_a_revenue() {
    let coop = coop();
    log(&coop, "ana", "3", "2026-03-01", "C-1");
    coop.ok(&[
        "revenue",
        "add",
        "web",
        "100",
        "--id",
        "R-1",
        "--date",
        "2026-03-05",
    ]);
    coop.ok(&["distribute", "R-1"]);
    coop.ok(&["pay", "ana", "40", "--date", "2026-03-06"]);
    let before = coop.ok(&["balances"]);
    assert!(before.contains("40.00"), "{before}");

    assert!(coop.ok(&["undo"]).contains("voided"));
    let after_pay = coop.ok(&["balances"]);
    assert!(!after_pay.contains("40.00"), "payout voided: {after_pay}");
    assert!(after_pay.contains("100.00"), "{after_pay}");
    // A distribution undone: its revenue is open again.
    coop.ok(&[
        "revenue",
        "add",
        "web",
        "50",
        "--id",
        "R-2",
        "--date",
        "2026-03-07",
    ]);
    coop.ok(&["distribute", "R-2"]);
    let out = coop.ok(&["undo"]);
    assert!(out.contains("reversed distribution"), "{out}");
    let balances = coop.ok(&["balances"]);
    assert!(
        balances.contains("100.00") && !balances.contains("150.00"),
        "{balances}"
    );
    // R-2 is open again; distributing it works.
    coop.ok(&["distribute", "R-2"]);
    coop.ok(&["undo"]);
    // Now add a revenue and undo it: it is void and cannot be distributed.
    coop.ok(&[
        "revenue",
        "add",
        "web",
        "70",
        "--id",
        "R-3",
        "--date",
        "2026-03-08",
    ]);
    assert!(coop.ok(&["undo"]).contains("voided R-3"));
    let err = coop.fails(&["distribute", "R-3"]);
    assert!(err.contains("void"), "{err}");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn an_action_without_a_reversing_entry_is_refused_and_changes_nothing() {
    let coop = coop();
    coop.ok(&["member", "add", "cai", "Cai"]);
    let before = coop.digest();
    let err = coop.fails(&["undo"]);
    assert!(
        err.contains("accounts added") && err.contains("no reversing entry"),
        "{err}"
    );
    assert_eq!(coop.digest(), before, "nothing written");
}

#[test]
fn undo_never_reverses_an_entry_recorded_after_the_one_shown() {
    let coop = coop();
    log(&coop, "ana", "3", "2026-03-01", "C-1");
    let shown = coop.open().last_action().unwrap().unwrap();
    assert_eq!(shown.action, ActionKind::Logged);
    assert_eq!(shown.ids, vec!["C-1".to_string()]);
    // Another window or the CLI writes in between.
    log(&coop, "ben", "1", "2026-03-02", "C-2");
    let before = coop.digest();
    let err = coop.open().undo(Some(&shown.entry)).unwrap_err();
    assert!(
        err.to_string().contains("something else was recorded"),
        "{err}"
    );
    assert_eq!(coop.digest(), before, "nothing undone");
}

#[test]
fn two_undos_of_the_same_action_at_once_reverse_it_once() {
    let coop = coop();
    log(&coop, "ana", "3", "2026-03-01", "C-1");
    let shown = coop.open().last_action().unwrap().unwrap();
    let barrier = std::sync::Barrier::new(2);
    let results: Vec<bool> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    let mut ledger = coop.open();
                    barrier.wait();
                    ledger.undo(Some(&shown.entry)).is_ok()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(results.iter().filter(|ok| **ok).count(), 1, "{results:?}");
    // One void entry in the journal, not two.
    let voids: i64 = rusqlite::Connection::open(&coop.ledger)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM journal WHERE kind = 'corrected'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(voids, 1);
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}
