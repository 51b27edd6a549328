//! The one write path (SPEC §11, issue 10): every rule is checked where
//! the entry is applied, inside its transaction, so two processes can
//! neither pay a claim twice nor distribute a revenue twice, and a refused
//! write leaves the ledger as it was.

mod common;

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use common::books::Books;
use common::rng::Rng;
use openvalue::journal::Payload;
use openvalue::store::Ledger;

/// Reimbursement first, then everyone by lifetime value.
const CLAIMS_FIRST: &str = "[[bucket]]\nname = \"Expenses\"\nshare = \"90%\"\nreimburse = true\n\n[[bucket]]\nname = \"Contributors\"\nshare = \"rest\"\npolicy = \"lifetime\"\n";

/// ana has an open claim of 86.40; ben worked; R-1 and R-2 (100.00 each)
/// are both open on project `fest`.
fn claim_books() -> Books {
    let mut b = Books::new("EUR", 0);
    b.members(&["ana", "ben"])
        .project("fest")
        .kind("work", "hours", "10", "1", "")
        .kind("expense", "money", "1", "1", "reimbursable");
    b.log("ana", "fest", "expense", "86.40", "2026-03-01");
    b.log("ben", "fest", "work", "5", "2026-03-02");
    b.revenue("R-1", "fest", "100", "2026-04-01")
        .revenue("R-2", "fest", "100", "2026-04-02")
        .equation(None, CLAIMS_FIRST);
    b
}

/// Closes the books but keeps their folder: (folder, ledger path).
fn keep(b: Books) -> (tempfile::TempDir, std::path::PathBuf) {
    let path = b.ledger.path().to_path_buf();
    let Books { dir, ledger } = b;
    drop(ledger);
    (dir, path)
}

fn claim_paid_minor(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap();
    conn.query_row(
        "SELECT coalesce(sum(cp.amount_minor), 0) FROM claims_paid cp
         JOIN distributions d ON d.id = cp.distribution WHERE d.reversed = 0",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

fn spawn(ledger: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_openvalue"))
        .env_remove("OPENVALUE_LEDGER")
        .arg("--ledger")
        .arg(ledger)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn openvalue")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn refusal_code(error: &openvalue::Error) -> Option<&'static str> {
    error.refusal().map(|r| r.code())
}

/// Defect 1: two `distribute` of different revenues started at once both
/// paid the open claim of 86.40 in full. A plan computed before the other
/// distribution committed must be refused where it is applied.
#[test]
fn regression_two_distributions_of_different_revenues_pay_a_claim_once() {
    let b = claim_books();
    let (_dir, path) = keep(b);
    let mut first = Ledger::open(&path).unwrap();
    let mut second = Ledger::open(&path).unwrap();
    // Both laptops' windows computed their split while the claim was open.
    let stale = second.preview_distribution("R-2").unwrap();
    assert_eq!(stale.claims.len(), 1, "R-2's plan pays the claim");
    first.commit_distribution("R-1").unwrap();
    let err = second
        .write(|w| {
            w.append(&Payload::DistributionCommitted(stale.to_record("D-stale")))
                .map_err(openvalue::Error::from)
        })
        .unwrap_err();
    assert_eq!(refusal_code(&err), Some("claim_overpaid"), "{err}");
    assert!(err.to_string().contains("86.40"), "{err}");
    // Committing R-2 now computes in its own transaction: the claim is paid.
    let (_, plan) = second.commit_distribution("R-2").unwrap();
    assert!(plan.claims.is_empty(), "nothing left to reimburse");
    assert_eq!(claim_paid_minor(&path), 8640);
    assert!(second.verify().unwrap().is_ok());
}

/// Defect 1, as found: the two commands really started at the same moment.
#[test]
fn regression_two_distribute_processes_pay_a_claim_once() {
    for round in 0..4 {
        let b = claim_books();
        let path = b.ledger.path().to_path_buf();
        let children = [
            spawn(&path, &["distribute", "R-1"]),
            spawn(&path, &["distribute", "R-2"]),
        ];
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr(&out));
        }
        assert_eq!(claim_paid_minor(&path), 8640, "round {round}");
        assert!(Ledger::open(&path).unwrap().verify().unwrap().is_ok());
        drop(b);
    }
}

/// Defect 2: the same revenue distributed twice at once; the loser got
/// `UNIQUE constraint failed: distributions.revenue`.
#[test]
fn regression_same_revenue_distributed_twice_says_already_distributed() {
    let b = claim_books();
    let (_dir, path) = keep(b);
    let mut first = Ledger::open(&path).unwrap();
    let mut second = Ledger::open(&path).unwrap();
    let stale = second.preview_distribution("R-1").unwrap();
    let (winner, _) = first.commit_distribution("R-1").unwrap();
    let err = second
        .write(|w| {
            w.append(&Payload::DistributionCommitted(stale.to_record("D-late")))
                .map_err(openvalue::Error::from)
        })
        .unwrap_err();
    assert_eq!(refusal_code(&err), Some("already_distributed"), "{err}");
    assert!(err.to_string().contains(&winner), "{err}");
    assert!(!err.to_string().contains("UNIQUE"), "{err}");

    // And with two real processes started together.
    for round in 0..4 {
        let b = claim_books();
        let path = b.ledger.path().to_path_buf();
        let outs: Vec<Output> = [
            spawn(&path, &["distribute", "R-1"]),
            spawn(&path, &["distribute", "R-1"]),
        ]
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
        let won = outs.iter().filter(|o| o.status.success()).count();
        assert_eq!(won, 1, "round {round}: exactly one commits");
        let lost = outs.iter().find(|o| !o.status.success()).unwrap();
        assert!(
            stderr(lost).contains("already distributed"),
            "round {round}: {}",
            stderr(lost)
        );
        drop(b);
    }
}

/// Defect 1 (reverse): two reversals of one distribution both succeeded.
#[test]
fn regression_two_reversals_of_one_distribution_one_succeeds() {
    let mut b = claim_books();
    let (id, _) = b.commit("R-1");
    let (_dir, path) = keep(b);
    let mut first = Ledger::open(&path).unwrap();
    let mut second = Ledger::open(&path).unwrap();
    first.reverse_distribution(&id).unwrap();
    let err = second
        .write(|w| {
            w.append(&Payload::DistributionReversed {
                distribution: id.clone(),
            })
            .map_err(openvalue::Error::from)
        })
        .unwrap_err();
    assert_eq!(refusal_code(&err), Some("already_reversed"), "{err}");
    let err = second.reverse_distribution(&id).unwrap_err();
    assert!(err.to_string().contains("already reversed"), "{err}");

    // Two processes at once.
    let (again, _) = first.commit_distribution("R-1").unwrap();
    let outs: Vec<Output> = [
        spawn(&path, &["reverse", &again]),
        spawn(&path, &["reverse", &again]),
    ]
    .into_iter()
    .map(|c| c.wait_with_output().unwrap())
    .collect();
    assert_eq!(outs.iter().filter(|o| o.status.success()).count(), 1);
    let count: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM journal WHERE kind = 'distribution_reversed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(count, 2, "one reversal of each distribution");
}

/// A refused entry leaves no trace, even when the caller goes on writing
/// in the same transaction.
#[test]
fn a_refused_entry_leaves_nothing_behind_in_its_transaction() {
    let b = claim_books();
    let (_dir, path) = keep(b);
    let mut ledger = Ledger::open(&path).unwrap();
    let before = ledger.entry_count().unwrap();
    ledger
        .write(|w| {
            let refused = w.append(&Payload::DistributionReversed {
                distribution: "D-none".into(),
            });
            assert!(refused.is_err());
            w.append(&Payload::ApprovalsRequiredSet {
                approvals_required: 0,
            })
            .map(|_| ())
            .map_err(openvalue::Error::from)
        })
        .unwrap();
    assert_eq!(ledger.entry_count().unwrap(), before + 1);
    assert!(ledger.verify().unwrap().is_ok());
}

/// verify checks meaning: a distribution whose lines no longer sum to its
/// revenue, a second live distribution of one revenue and a claim paid
/// twice are reported even when the tables are edited consistently.
#[test]
fn verify_reports_broken_invariants() {
    let mut b = claim_books();
    let (d1, _) = b.commit("R-1");
    let (_dir, path) = keep(b);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE allocations SET amount_minor = amount_minor + 1 WHERE distribution = ?1 AND bucket_type = 'policy'",
        [&d1],
    )
    .unwrap();
    conn.execute("DROP INDEX one_live_distribution_per_revenue", [])
        .unwrap();
    conn.execute(
        "INSERT INTO distributions (id, revenue, project, revenue_day, amount_minor, equation, reversed, entry)
         SELECT 'D-x', revenue, project, revenue_day, amount_minor, equation, 0, entry FROM distributions WHERE id = ?1",
        [&d1],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO claims_paid (distribution, contribution, amount_minor)
         SELECT 'D-x', contribution, amount_minor FROM claims_paid WHERE distribution = ?1",
        [&d1],
    )
    .unwrap();
    drop(conn);
    let report = Ledger::open(&path).unwrap().verify().unwrap();
    let text = report
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains(&format!("distribution {d1}: its lines")),
        "{text}"
    );
    assert!(
        text.contains("revenue R-1 has more than one live distribution"),
        "{text}"
    );
    assert!(
        text.contains("claims_paid row D-x / ")
            && text.contains("was changed or added outside OpenValue"),
        "{text}"
    );
}

/// Found by attacking the write path: a paid claim whose quantity is later
/// corrected down made verify fail forever on a sound ledger. A correction
/// never claws back (SPEC §2); the claim is judged as it was when paid.
#[test]
fn regression_lowering_a_paid_claim_keeps_verify_ok() {
    let mut b = claim_books();
    b.commit("R-1");
    let id = b
        .ledger
        .contribution_page(
            &openvalue::app::ContributionQuery {
                kind: Some("expense".into()),
                ..Default::default()
            },
            0,
            10,
        )
        .unwrap()
        .rows[0]
        .id
        .clone();
    b.ledger
        .correct(
            &id,
            &openvalue::ops::CorrectionInput {
                quantity: Some("10".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let report = b.ledger.verify().unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    // The next distribution sees the claim fully paid: nothing more.
    let (_, plan) = b.ledger.commit_distribution("R-2").unwrap();
    assert!(plan.claims.is_empty());
    assert!(b.ledger.verify().unwrap().is_ok());
}

/// Found by attacking the write path: eight imports of one members file at
/// once made some fail with "already exists"; what is new is now decided
/// in the transaction that writes it, so each says "already present".
#[test]
fn regression_concurrent_imports_of_one_members_file_all_succeed() {
    let b = claim_books();
    let (dir, path) = keep(b);
    for table in ["members", "projects", "kinds"] {
        let csv = match table {
            "members" => "handle,name\nyy,Y\n",
            "projects" => "code,name\nnewp,New\n",
            _ => "code,name,measure,rate\nzz,Z,hours,5\n",
        };
        let file = dir.path().join(format!("{table}.csv"));
        std::fs::write(&file, csv).unwrap();
        let outs: Vec<Output> = (0..6)
            .map(|_| spawn(&path, &["import", table, file.to_str().unwrap()]))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let added = outs
            .iter()
            .filter(|o| String::from_utf8_lossy(&o.stdout).contains("added 1"))
            .count();
        for o in &outs {
            assert!(o.status.success(), "{table}: {}", stderr(o));
        }
        assert_eq!(added, 1, "{table}: added once");
    }
    assert!(Ledger::open(&path).unwrap().verify().unwrap().is_ok());
}

/// Many processes — distributions, reversals, imports and logs at random —
/// on one ledger: every invariant holds afterwards, and every success a
/// process reported is in the books.
#[test]
fn concurrent_processes_lose_nothing_and_apply_no_rule_twice() {
    let mut b = claim_books();
    for i in 3..=8 {
        b.revenue(&format!("R-{i}"), "fest", "50", "2026-04-03");
    }
    b.log("ana", "fest", "expense", "40", "2026-03-03");
    let path = b.ledger.path().to_path_buf();
    let dir = b.dir.path().to_path_buf();
    let mut rng = Rng(0x5eed_0a11);
    let mut logged: Vec<(String, Child)> = Vec::new();
    let mut others: Vec<Child> = Vec::new();
    for wave in 0..3 {
        let mut children = Vec::new();
        for n in 0..6 {
            let choice = rng.below(4);
            let revenue = format!("R-{}", 1 + rng.below(8));
            match choice {
                0 => children.push((None, spawn(&path, &["distribute", &revenue]))),
                1 => {
                    let id = format!("C-{wave}-{n}");
                    let child = spawn(
                        &path,
                        &[
                            "log",
                            "ben",
                            "fest",
                            "work",
                            "1",
                            "--date",
                            "2026-03-05",
                            "--id",
                            &id,
                        ],
                    );
                    children.push((Some(id), child));
                }
                2 => {
                    let file = dir.join(format!("w{wave}-{n}.csv"));
                    let mut csv = String::from("id,date,member,project,kind,quantity\n");
                    for k in 0..50 {
                        csv.push_str(&format!("I-{wave}-{n}-{k},2026-03-06,ana,fest,work,1\n"));
                    }
                    std::fs::write(&file, csv).unwrap();
                    let child = spawn(&path, &["import", "contributions", file.to_str().unwrap()]);
                    children.push((Some(format!("I-{wave}-{n}-49")), child));
                }
                _ => {
                    // Reverse whatever distribution R is under, if any.
                    let live: Option<String> = rusqlite::Connection::open(&path)
                        .unwrap()
                        .query_row(
                            "SELECT id FROM distributions WHERE revenue = ?1 AND reversed = 0",
                            [&revenue],
                            |r| r.get(0),
                        )
                        .ok();
                    if let Some(d) = live {
                        children.push((None, spawn(&path, &["reverse", &d])));
                    }
                }
            }
        }
        for (id, child) in children {
            match id {
                Some(id) => logged.push((id, child)),
                None => others.push(child),
            }
        }
    }
    for child in others {
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{err}");
        assert!(!err.contains("UNIQUE"), "{err}");
        if !out.status.success() {
            assert!(
                err.contains("already") || err.contains("cannot place"),
                "an honest refusal: {err}"
            );
        }
    }
    let ledger = Ledger::open(&path).unwrap();
    for (id, child) in logged {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{id}: {}", stderr(&out));
        assert!(
            ledger.contribution(&id).unwrap().is_some(),
            "{id} was reported written but is missing"
        );
    }
    let report = ledger.verify().unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    // Each claim is paid at most once across all live distributions.
    assert!(claim_paid_minor(&path) <= 8640 + 4000);
}

mod commands {
    //! Random sequences of commands through the library: applying them one
    //! by one equals replaying the journal (verify), and every command
    //! refused leaves the ledger's contents exactly as they were.

    use super::*;
    use openvalue::ops::CorrectionInput;
    use openvalue::validate::RawContribution;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Cmd {
        Log(usize, usize, u8),
        Approve(usize, usize),
        Reject(usize, usize),
        Void(usize),
        Correct(usize, u8),
        Distribute(usize),
        Reverse(usize),
        Pay(usize, u16),
    }

    const MEMBERS: [&str; 3] = ["ana", "ben", "cat"];
    const KINDS: [&str; 2] = ["work", "expense"];

    fn cmd() -> impl Strategy<Value = Cmd> {
        prop_oneof![
            (0..3usize, 0..2usize, 0..30u8).prop_map(|(m, k, q)| Cmd::Log(m, k, q)),
            (0..12usize, 0..3usize).prop_map(|(c, m)| Cmd::Approve(c, m)),
            (0..12usize, 0..3usize).prop_map(|(c, m)| Cmd::Reject(c, m)),
            (0..12usize).prop_map(Cmd::Void),
            (0..12usize, 0..30u8).prop_map(|(c, q)| Cmd::Correct(c, q)),
            (0..4usize).prop_map(Cmd::Distribute),
            (0..6usize).prop_map(Cmd::Reverse),
            (0..3usize, 0..20000u16).prop_map(|(m, a)| Cmd::Pay(m, a)),
        ]
    }

    fn run(ledger: &mut Ledger, ids: &mut Vec<String>, dists: &mut Vec<String>, c: &Cmd) -> bool {
        let pick = |v: &Vec<String>, i: usize| v.get(i % v.len().max(1)).cloned();
        let result = match c {
            Cmd::Log(m, k, q) => ledger
                .log(
                    &RawContribution {
                        date: "2026-03-10",
                        member: MEMBERS[*m],
                        project: "fest",
                        kind: KINDS[*k],
                        quantity: &q.to_string(),
                        ..Default::default()
                    }
                    .input()
                    .expect("valid input"),
                )
                .map(|id| ids.push(id)),
            Cmd::Approve(i, m) | Cmd::Reject(i, m) => {
                let Some(id) = pick(ids, *i) else {
                    return false;
                };
                let verdict = if matches!(c, Cmd::Approve(..)) {
                    openvalue::model::Verdict::Approve
                } else {
                    openvalue::model::Verdict::Reject
                };
                ledger.review(&id, MEMBERS[*m], verdict, "not this one")
            }
            Cmd::Void(i) | Cmd::Correct(i, _) => {
                let Some(id) = pick(ids, *i) else {
                    return false;
                };
                let input = match c {
                    Cmd::Correct(_, q) => CorrectionInput {
                        quantity: Some(q.to_string()),
                        ..Default::default()
                    },
                    _ => CorrectionInput {
                        void: true,
                        ..Default::default()
                    },
                };
                ledger.correct(&id, &input)
            }
            Cmd::Distribute(r) => ledger
                .commit_distribution(&format!("R-{}", r + 1))
                .map(|(id, _)| dists.push(id))
                .map_err(openvalue::Error::from),
            Cmd::Reverse(d) => {
                let Some(id) = pick(dists, *d) else {
                    return false;
                };
                ledger
                    .reverse_distribution(&id)
                    .map(|_| ())
                    .map_err(openvalue::Error::from)
            }
            Cmd::Pay(m, a) => ledger
                .pay(
                    MEMBERS[*m],
                    &format!("{}.{:02}", a / 100, a % 100),
                    chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
                    "bank",
                    "",
                )
                .map(|_| ()),
        };
        result.is_ok()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]
        #[test]
        fn applying_commands_equals_replaying_the_journal(cmds in proptest::collection::vec(cmd(), 1..40)) {
            let mut b = Books::new("EUR", 1);
            b.members(&["ana", "ben", "cat"])
                .project("fest")
                .kind("work", "hours", "10", "1", "")
                .kind("expense", "money", "1", "1", "reimbursable");
            for r in 1..=4 {
                b.revenue(&format!("R-{r}"), "fest", &format!("{}", 50 * r), "2026-04-01");
            }
            b.equation(None, CLAIMS_FIRST);
            let path = b.ledger.path().to_path_buf();
            let mut ids = Vec::new();
            let mut dists = Vec::new();
            for c in &cmds {
                let before = common::digest(&path);
                let entries = b.ledger.entry_count().unwrap();
                if !run(&mut b.ledger, &mut ids, &mut dists, c) {
                    prop_assert_eq!(common::digest(&path), before, "{:?} was refused but changed the ledger", c);
                    prop_assert_eq!(b.ledger.entry_count().unwrap(), entries);
                }
            }
            let report = b.ledger.verify().unwrap();
            prop_assert!(report.is_ok(), "{:?}", report.problems);
        }
    }
}

/// Bounds hold for entries that arrive whole (as a merged bundle's will),
/// not only for forms and files: apply checks them too.
#[test]
fn an_entry_beyond_its_bounds_is_refused_where_it_is_applied() {
    let b = claim_books();
    let (_dir, path) = keep(b);
    let mut ledger = Ledger::open(&path).unwrap();
    let before = common::digest(&path);
    let record = openvalue::model::ContributionRecord {
        id: "C-long".into(),
        member: "ana".into(),
        project: "fest".into(),
        kind: "work".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        quantity_e4: 10_000,
        note: "x".repeat(2_001),
    };
    let err = ledger
        .write(|w| {
            w.append(&Payload::ContributionsAdded {
                contributions: vec![record],
            })
            .map_err(openvalue::Error::from)
        })
        .unwrap_err();
    assert_eq!(refusal_code(&err), Some("out_of_bounds"), "{err}");
    assert_eq!(common::digest(&path), before);
}
