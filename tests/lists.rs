//! The contributions list and the balances a treasurer reads (issue 16,
//! item 12): sorting done by the core over every page, search in notes,
//! totals of the filtered list, and balances as of a date and per project.
//! Through the library API on real ledger files.

mod common;

use chrono::NaiveDate;
use common::books::{Books, LIFETIME_REST};
use common::Coop;
use openvalue::app::{ContributionQuery, ContributionSort, ContributionStatus, ContributionTotals};
use openvalue::model::Verdict;
use openvalue::money::{format_trimmed, QUANTITY_SCALE, VALUE_SCALE};
use openvalue::ops::CorrectionInput;
use openvalue::store::query::ContributionRow;
use openvalue::validate::RawContribution;

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Seven contributions of three members on two projects, of four kinds
/// (one with a new rate from March), with notes to search; the first
/// approved, the third rejected, the sixth voided. Returns the ids in the
/// order logged.
fn coop() -> (Books, Vec<String>) {
    let mut books = Books::new("EUR", 1);
    books
        .members(&["ana", "ben", "cat"])
        .project("web")
        .project("app")
        .kind("work", "hours", "20", "1", "")
        .kind_from("work", "hours", "25", "1", "", Some("2026-03-01"))
        .kind("care", "hours", "15", "1.5", "")
        .kind("cash", "money", "1", "1", "reimbursable")
        .kind("words", "quantity", "0.05", "1", "");
    let rows: [(&str, &str, &str, &str, &str, &str); 7] = [
        (
            "ana",
            "web",
            "work",
            "2",
            "2026-01-05",
            "Fixed the 100% bug",
        ),
        ("ben", "web", "care", "1.5", "2026-01-05", "a_b testing"),
        ("cat", "app", "work", "3", "2026-02-10", "ab Testing"),
        (
            "ana",
            "app",
            "cash",
            "45.50",
            "2026-02-11",
            "Paid O'Brien's invoice",
        ),
        (
            "ben",
            "web",
            "words",
            "1000",
            "2026-03-02",
            "TRANSLATED the manual",
        ),
        (
            "cat",
            "web",
            "work",
            "1.25",
            "2026-03-03",
            "back\\slash note",
        ),
        ("ana", "web", "work", "4", "2026-03-03", ""),
    ];
    let mut ids = Vec::new();
    for (member, project, kind, quantity, date, note) in rows {
        ids.push(
            books
                .ledger
                .log(
                    &RawContribution {
                        date,
                        member,
                        project,
                        kind,
                        quantity,
                        note: Some(note),
                        ..Default::default()
                    }
                    .input()
                    .expect("valid input"),
                )
                .unwrap(),
        );
    }
    books
        .ledger
        .review(&ids[0], "ben", Verdict::Approve, "")
        .unwrap();
    books
        .ledger
        .review(&ids[2], "ana", Verdict::Reject, "not on this project")
        .unwrap();
    books
        .ledger
        .correct(
            &ids[5],
            &CorrectionInput {
                void: true,
                ..Default::default()
            },
        )
        .unwrap();
    (books, ids)
}

fn every_status() -> ContributionQuery {
    ContributionQuery {
        include_void: true,
        ..Default::default()
    }
}

/// The whole list read two rows a page, as the app pages through it:
/// pages in the later half are read from the other end by the store.
fn paged(books: &Books, query: &ContributionQuery) -> Vec<ContributionRow> {
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let page = books.ledger.contribution_page(query, offset, 2).unwrap();
        if page.rows.is_empty() {
            assert_eq!(offset, page.total, "every row read once");
            return rows;
        }
        offset += page.rows.len() as u64;
        rows.extend(page.rows);
    }
}

fn status_rank(row: &ContributionRow) -> u8 {
    match ContributionStatus::of(row, 1) {
        ContributionStatus::Counts => 0,
        ContributionStatus::Pending => 1,
        ContributionStatus::Rejected => 2,
        ContributionStatus::Void => 3,
    }
}

#[test]
fn each_column_sorts_every_page_both_ways_with_ties_by_id() {
    let (books, ids) = coop();
    let logged: Vec<ContributionRow> = ids
        .iter()
        .map(|id| books.ledger.contribution(id).unwrap().unwrap())
        .collect();
    let order = |row: &ContributionRow| ids.iter().position(|id| *id == row.id).unwrap();
    type Key = Box<dyn Fn(&ContributionRow) -> String>;
    let columns: Vec<(ContributionSort, Key)> = vec![
        (
            ContributionSort::Date,
            Box::new(move |r| format!("{} {}", r.date, 0)),
        ),
        (ContributionSort::Member, Box::new(|r| r.member.clone())),
        (ContributionSort::Project, Box::new(|r| r.project.clone())),
        (ContributionSort::Kind, Box::new(|r| r.kind.clone())),
        (
            ContributionSort::Quantity,
            Box::new(|r| format!("{:020}", r.quantity_e4)),
        ),
        (
            ContributionSort::Status,
            Box::new(|r| status_rank(r).to_string()),
        ),
    ];
    for (sort, key) in &columns {
        for ascending in [true, false] {
            let mut want = logged.clone();
            // Ties: by entry order within a date (which is also the order
            // of a date's rows in the list as before), else by id.
            want.sort_by(|a, b| {
                let tie = if *sort == ContributionSort::Date {
                    order(a).cmp(&order(b))
                } else {
                    a.id.cmp(&b.id)
                };
                key(a).cmp(&key(b)).then(tie)
            });
            if !ascending {
                want.reverse();
            }
            let query = ContributionQuery {
                sort: *sort,
                ascending,
                ..every_status()
            };
            let got = paged(&books, &query);
            let show = |rows: &[ContributionRow]| {
                rows.iter()
                    .map(|r| format!("{} {} {}", r.member, r.kind, r.date))
                    .collect::<Vec<_>>()
            };
            assert_eq!(show(&got), show(&want), "{sort:?} ascending={ascending}");
        }
    }
    // The default stays newest first.
    let newest = paged(&books, &every_status());
    assert_eq!(newest[0].id, ids[6]);
    assert_eq!(newest[6].id, ids[0]);
}

fn notes(books: &Books, text: &str) -> Vec<String> {
    let mut notes: Vec<String> = paged(
        books,
        &ContributionQuery {
            note: Some(text.into()),
            ..every_status()
        },
    )
    .into_iter()
    .map(|r| r.note)
    .collect();
    notes.sort();
    notes
}

#[test]
fn search_finds_a_substring_of_the_note_ignoring_case_with_wildcards_as_text() {
    let (books, _) = coop();
    assert_eq!(notes(&books, "testing"), ["a_b testing", "ab Testing"]);
    assert_eq!(notes(&books, "translated THE"), ["TRANSLATED the manual"]);
    // `%` and `_` are LIKE's wildcards: here they are only themselves.
    assert_eq!(notes(&books, "%"), ["Fixed the 100% bug"]);
    assert_eq!(notes(&books, "a_b"), ["a_b testing"]);
    assert_eq!(notes(&books, "_"), ["a_b testing"]);
    // So is the escape character, and quotes are just text.
    assert_eq!(notes(&books, "k\\s"), ["back\\slash note"]);
    assert!(notes(&books, "\\").len() == 1);
    assert_eq!(notes(&books, "O'Brien"), ["Paid O'Brien's invoice"]);
    assert!(notes(&books, "'; DROP TABLE contributions; --").is_empty());
    assert!(notes(&books, "nothing like this").is_empty());
    // An empty search filters nothing.
    assert_eq!(notes(&books, "").len(), 7);
    // The search combines with the other filters and with the count.
    let page = books
        .ledger
        .contribution_page(
            &ContributionQuery {
                note: Some("TESTING".into()),
                project: Some("app".into()),
                ..every_status()
            },
            0,
            10,
        )
        .unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.rows[0].note, "ab Testing");
}

fn shown(totals: ContributionTotals) -> (u64, u64, String, String) {
    (
        totals.count,
        totals.voided,
        format_trimmed(totals.hours_e4, QUANTITY_SCALE),
        format_trimmed(totals.value, VALUE_SCALE),
    )
}

#[test]
fn totals_add_up_every_matching_row_not_the_page_and_leave_out_voided_ones() {
    let (books, _) = coop();
    let totals = |q: ContributionQuery| shown(books.ledger.contribution_totals(&q).unwrap());
    // 2 h × 20 + 1.5 h × 15 × 1.5 + 3 h × 20 + 45.50 + 1000 × 0.05 + 4 h × 25
    // (the rate in force from March); the voided 1.25 h is left out.
    let all = (6, 1, "10.5".to_string(), "329.25".to_string());
    assert_eq!(totals(every_status()), all);
    assert_eq!(
        totals(ContributionQuery::default()),
        (6, 0, "10.5".into(), "329.25".into())
    );
    assert_eq!(
        totals(ContributionQuery {
            project: Some("web".into()),
            ..every_status()
        }),
        (4, 1, "7.5".into(), "223.75".into())
    );
    assert_eq!(
        totals(ContributionQuery {
            note: Some("testing".into()),
            ..every_status()
        }),
        (2, 0, "4.5".into(), "93.75".into())
    );
    assert_eq!(
        totals(ContributionQuery {
            status: Some(ContributionStatus::Counts),
            ..Default::default()
        }),
        (1, 0, "2".into(), "40".into())
    );
    assert_eq!(
        totals(ContributionQuery {
            status: Some(ContributionStatus::Void),
            ..Default::default()
        }),
        (0, 1, "0".into(), "0".into())
    );
    assert_eq!(
        totals(ContributionQuery {
            from: Some(date("2026-03-01")),
            member: Some("ana".into()),
            ..every_status()
        }),
        (1, 0, "4".into(), "100".into())
    );
    // The sort changes nothing of the totals.
    assert_eq!(
        totals(ContributionQuery {
            sort: ContributionSort::Quantity,
            ascending: true,
            ..every_status()
        }),
        all
    );
}

#[test]
fn totals_are_exact_where_a_float_is_not() {
    let mut books = Books::new("EUR", 0);
    books
        .members(&["ana"])
        .project("p")
        .kind("work", "hours", "0.1", "1", "");
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004.
    books.log("ana", "p", "work", "1", "2026-01-01");
    books.log("ana", "p", "work", "2", "2026-01-02");
    for _ in 0..10 {
        books.log("ana", "p", "work", "0.001", "2026-01-03");
    }
    let totals = books
        .ledger
        .contribution_totals(&ContributionQuery::default())
        .unwrap();
    assert_eq!(
        shown(totals),
        (12, 0, "3.01".to_string(), "0.301".to_string())
    );
}

/// Two projects, each with a revenue split among who worked on it, and a
/// payout in between.
fn two_projects() -> Books {
    let mut books = Books::new("EUR", 0);
    books
        .members(&["ana", "ben"])
        .project("web")
        .project("app")
        .kind("work", "hours", "1", "1", "");
    books.log("ana", "web", "work", "3", "2026-01-10");
    books.log("ben", "web", "work", "1", "2026-01-10");
    books.log("ben", "app", "work", "1", "2026-01-10");
    books
        .equation(None, LIFETIME_REST)
        .revenue("r-web", "web", "100.00", "2026-03-10")
        .revenue("r-app", "app", "50.00", "2026-04-01");
    books.commit("r-web");
    books.commit("r-app");
    books
        .ledger
        .pay("ana", "80.00", date("2026-03-15"), "", "")
        .unwrap();
    books
}

#[test]
fn balances_as_of_a_date_count_what_was_earned_and_paid_by_then() {
    let books = two_projects();
    let at = |d: Option<&str>| {
        books
            .ledger
            .books()
            .balances_in(None, d.map(date))
            .unwrap()
            .into_iter()
            .map(|b| (b.account, b.earned_minor, b.paid_minor, b.owed_minor))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        at(Some("2026-03-09")),
        [("ana".into(), 0, 0, 0), ("ben".into(), 0, 0, 0)]
    );
    // Paid in advance of nothing: earned 75.00, paid 80.00.
    assert_eq!(
        at(Some("2026-03-31")),
        [
            ("ana".into(), 7500, 8000, -500),
            ("ben".into(), 2500, 0, 2500)
        ]
    );
    assert_eq!(
        at(None),
        [
            ("ana".into(), 7500, 8000, -500),
            ("ben".into(), 7500, 0, 7500)
        ]
    );
}

#[test]
fn earnings_per_project_come_from_that_projects_distributions_only() {
    let books = two_projects();
    let earned = |project: &str, to: Option<&str>| {
        books
            .ledger
            .books()
            .earned_from_project(project, None, to.map(date))
            .unwrap()
            .into_iter()
            .map(|e| (e.account, e.earned_minor))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        earned("web", None),
        [("ana".into(), 7500), ("ben".into(), 2500)]
    );
    assert_eq!(earned("app", None), [("ben".into(), 5000)]);
    assert_eq!(earned("app", Some("2026-03-31")), []);
    assert_eq!(earned("nowhere", None), []);
    // A reversed distribution earns nothing.
    let mut books = books;
    let id = books
        .ledger
        .distributions()
        .unwrap()
        .into_iter()
        .find(|d| d.revenue == "r-app")
        .unwrap()
        .id;
    books.ledger.reverse_distribution(&id).unwrap();
    assert!(books
        .ledger
        .books()
        .earned_from_project("app", None, None)
        .unwrap()
        .is_empty());
}

#[test]
fn a_payout_is_checked_against_what_is_owed_before_it_is_recorded() {
    let mut books = two_projects();
    let check = |b: &Books, account: &str, amount: &str| {
        let c = b.ledger.check_payout(account, amount).unwrap();
        (c.amount_minor, c.owed_minor, c.excess_minor)
    };
    // ben is owed 75.00: paying that is fine, a cent more is not.
    assert_eq!(check(&books, "ben", "75.00"), (7500, 7500, None));
    assert_eq!(check(&books, "ben", "75.01"), (7501, 7500, Some(1)));
    // ana was paid 5.00 in advance: 10.00 more puts her 15.00 ahead.
    assert_eq!(check(&books, "ana", "10"), (1000, -500, Some(1500)));
    // Nothing is written by checking; paying more is still allowed.
    let before = books.ledger.books().entry_count().unwrap();
    books
        .ledger
        .pay("ben", "100.00", date("2026-04-02"), "", "")
        .unwrap();
    assert_eq!(books.ledger.books().entry_count().unwrap(), before + 1);
    assert_eq!(check(&books, "ben", "1"), (100, -2500, Some(2600)));
    // Bad input names its field.
    for (account, amount, field) in [
        ("ben", "-3", "amount"),
        ("ben", "1.001", "amount"),
        ("ben", "", "amount"),
        ("nobody", "1", "account"),
    ] {
        match books.ledger.check_payout(account, amount) {
            Err(openvalue::Error::Invalid(problems)) => {
                assert_eq!(problems[0].field, field, "{account} {amount}")
            }
            other => panic!("{account} {amount}: {other:?}"),
        }
    }
}

/// The same through the command line: `list --search`, `balances --to`
/// and `balances --project`.
#[test]
fn the_command_line_searches_notes_and_shows_balances_as_of_a_date_and_per_project() {
    let coop = Coop::new(0);
    coop.ok(&["member", "add", "ana", "Ana"]);
    coop.ok(&["member", "add", "ben", "Ben"]);
    for code in ["web", "app"] {
        coop.ok(&["project", "add", code, code]);
    }
    coop.ok(&[
        "kind",
        "add",
        "work",
        "Work",
        "--measure",
        "hours",
        "--rate",
        "1",
    ]);
    coop.ok(&[
        "log",
        "ana",
        "web",
        "work",
        "3",
        "--date",
        "2026-01-10",
        "--note",
        "50% done",
    ]);
    coop.ok(&[
        "log",
        "ben",
        "web",
        "work",
        "1",
        "--date",
        "2026-01-10",
        "--note",
        "500 done",
    ]);
    coop.ok(&["log", "ben", "app", "work", "1", "--date", "2026-01-10"]);
    let found = coop.ok(&["list", "--search", "50%"]);
    assert!(
        found.contains("50% done") && !found.contains("500 done"),
        "{found}"
    );
    let eq = coop.file("eq.toml", LIFETIME_REST.as_bytes());
    coop.ok(&["equation", "set", "--default", eq.to_str().unwrap()]);
    coop.ok(&[
        "revenue",
        "add",
        "web",
        "100",
        "--date",
        "2026-03-10",
        "--id",
        "r-web",
    ]);
    coop.ok(&[
        "revenue",
        "add",
        "app",
        "50",
        "--date",
        "2026-04-01",
        "--id",
        "r-app",
    ]);
    coop.ok(&["distribute", "r-web"]);
    coop.ok(&["distribute", "r-app"]);
    coop.ok(&["pay", "ana", "80", "--date", "2026-03-15"]);
    let rows = |out: String| -> Vec<String> {
        out.lines()
            .skip(1)
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    assert_eq!(
        rows(coop.ok(&["balances", "--to", "2026-03-31"])),
        [
            "ana member 75.00 80.00 -5.00",
            "ben member 25.00 0.00 25.00"
        ]
    );
    let web = rows(coop.ok(&["balances", "--project", "web"]));
    assert_eq!(web[..2], ["ana member 75.00", "ben member 25.00"]);
    assert!(web[2].contains("not for a project"), "{web:?}");
    assert_eq!(
        rows(coop.ok(&["balances", "--project", "app", "--to", "2026-03-31"])),
        ["(none)", "(payouts are made to an account, not for a project: paid and owed are in `openvalue balances`)"]
    );
    let err = coop.fails(&["balances", "--project", "wbe"]);
    assert!(err.contains("did you mean 'web'"), "{err}");
}
