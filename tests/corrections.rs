//! Corrections everywhere and statements (SPEC §13, issue 12): payout
//! void, revenue void and correct, renames, and a member's statement as
//! HTML and PDF, through the real binary.

mod common;

use common::Coop;

/// ana, ben and the commons fund; project fest; kind work at 20/h;
/// 10 % to commons, the rest by lifetime value; ana 10 h (C-1, January),
/// ben 5 h (C-2); revenue R-1 of 300.00 on 2026-02-01 and R-2 of 100.00
/// on 2026-04-01.
fn coop() -> Coop {
    let coop = Coop::new(0);
    coop.ok(&["member", "add", "ana", "Ana"]);
    coop.ok(&["member", "add", "ben", "Ben"]);
    coop.ok(&["member", "add", "commons", "Commons", "--fund"]);
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
    let eq = coop.file(
        "eq.toml",
        b"name = \"fest\"\n[[bucket]]\nname = \"Commons\"\nshare = \"10%\"\nfund = \"commons\"\n[[bucket]]\nname = \"Contributors\"\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    coop.ok(&["equation", "set", "--default", eq.to_str().expect("path")]);
    for (who, hours, id, date) in [
        ("ana", "10", "C-1", "2026-01-10"),
        ("ben", "5", "C-2", "2026-01-11"),
    ] {
        coop.ok(&[
            "log", who, "fest", "work", hours, "--date", date, "--id", id,
        ]);
    }
    for (amount, id, date) in [
        ("300.00", "R-1", "2026-02-01"),
        ("100.00", "R-2", "2026-04-01"),
    ] {
        coop.ok(&["revenue", "add", "fest", amount, "--id", id, "--date", date]);
    }
    coop
}

/// The committed distribution id `distribute` printed.
fn distribute(coop: &Coop, revenue: &str) -> String {
    let out = coop.ok(&["distribute", revenue]);
    out.lines()
        .find_map(|l| l.strip_prefix("committed as distribution "))
        .expect("distribution id")
        .trim()
        .to_string()
}

/// The row of `account` in `balances` (with `period` options).
fn balance_row(coop: &Coop, account: &str, period: &[&str]) -> Vec<String> {
    let mut args = vec!["balances"];
    args.extend_from_slice(period);
    let out = coop.ok(&args);
    out.lines()
        .find(|l| l.split_whitespace().next() == Some(account))
        .unwrap_or_else(|| panic!("no row for {account}: {out}"))
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

fn verify_ok(coop: &Coop) {
    let out = coop.ok(&["verify"]);
    assert!(out.starts_with("OK"), "{out}");
}

#[test]
fn payout_void_takes_the_payout_out_of_balances_exports_and_replay() {
    let coop = coop();
    distribute(&coop, "R-1");
    // `pay` prints the payout's id alone on its first line.
    let id = coop.ok(&["pay", "ana", "100.00", "--date", "2026-02-10"]);
    let id = id.lines().next().expect("id").trim().to_string();
    coop.ok(&["pay", "ana", "5.00", "--date", "2026-02-11"]);
    let list = coop.ok(&["payout", "list"]);
    assert!(list.contains(&id) && list.contains("100.00"), "{list}");
    assert_eq!(balance_row(&coop, "ana", &[])[3..], ["105.00", "75.00"]);

    let out = coop.ok(&["payout", "void", &id]);
    assert!(out.contains(&format!("voided payout {id}")), "{out}");
    assert_eq!(
        balance_row(&coop, "ana", &[])[2..],
        ["180.00", "5.00", "175.00"]
    );
    assert!(!coop.ok(&["payout", "list"]).contains(&id));
    let all = coop.ok(&["payout", "list", "--all"]);
    let line = all
        .lines()
        .find(|l| l.contains(&id))
        .expect("voided listed");
    assert!(line.contains("void"), "{all}");
    for what in ["payouts", "journal"] {
        let file = coop.dir.path().join(format!("{what}.csv"));
        coop.ok(&["export", what, "--out", file.to_str().expect("path")]);
        let text = std::fs::read_to_string(&file).expect("export");
        assert!(
            !text.contains(&id),
            "{what} still has the voided payout:\n{text}"
        );
    }
    verify_ok(&coop);

    // Refusals: twice, unknown.
    let err = coop.fails(&["payout", "void", &id]);
    assert!(err.contains(&format!("payout '{id}' is void")), "{err}");
    let err = coop.fails(&["payout", "void", "P-nope"]);
    assert!(err.contains("unknown payout 'P-nope'"), "{err}");
    // A void written behind the application's back is found by verify.
    coop.tamper("UPDATE payouts SET void_entry = NULL");
    let out = coop.run(&["verify"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("payouts row"));
}

#[test]
fn revenue_void_and_correct_wait_for_a_reversal_and_then_change_the_books() {
    let coop = coop();
    let d = distribute(&coop, "R-1");
    for args in [
        &["revenue", "void", "R-1"][..],
        &["revenue", "correct", "R-1", "--amount", "400.00"],
    ] {
        let err = coop.fails(args);
        assert!(
            err.contains(&format!("revenue 'R-1' has an active distribution, {d}")),
            "{err}"
        );
        assert!(
            err.contains(&format!("hint: `openvalue reverse {d}`")),
            "{err}"
        );
    }
    coop.ok(&["reverse", &d]);
    let out = coop.ok(&[
        "revenue",
        "correct",
        "R-1",
        "--amount",
        "400.00",
        "--date",
        "2026-02-02",
        "--note",
        "fixed",
    ]);
    assert!(out.contains("corrected revenue R-1"), "{out}");
    let list = coop.ok(&["revenue", "list"]);
    let row = list.lines().find(|l| l.starts_with("R-1")).expect("R-1");
    assert!(
        row.contains("400.00") && row.contains("2026-02-02") && row.contains("fixed"),
        "{row}"
    );
    distribute(&coop, "R-1");
    // 10 % of 400 to commons, 360 split 200 : 100.
    assert_eq!(balance_row(&coop, "ana", &[])[2], "240.00");
    assert_eq!(balance_row(&coop, "commons", &[])[2], "40.00");
    verify_ok(&coop);

    // Nothing new, nothing at all, a bad amount, an unknown revenue.
    let err = coop.fails(&["revenue", "correct", "R-2", "--amount", "100.00"]);
    assert!(err.contains("already has these values"), "{err}");
    let err = coop.fails(&["revenue", "correct", "R-2"]);
    assert!(err.contains("nothing to correct"), "{err}");
    let err = coop.fails(&["revenue", "correct", "R-2", "--amount", "3,5"]);
    assert!(err.contains("amount"), "{err}");
    let err = coop.fails(&["revenue", "void", "R-9"]);
    assert!(err.contains("unknown revenue 'R-9'"), "{err}");

    // A void revenue is gone from lists and exports and cannot be
    // distributed, corrected or voided again.
    coop.ok(&["revenue", "void", "R-2"]);
    assert!(!coop.ok(&["revenue", "list"]).contains("R-2"));
    let journal = coop.dir.path().join("journal.csv");
    coop.ok(&[
        "export",
        "journal",
        "--out",
        journal.to_str().expect("path"),
    ]);
    assert!(!std::fs::read_to_string(&journal)
        .expect("journal")
        .contains("R-2"));
    let err = coop.fails(&["distribute", "R-2"]);
    assert!(err.contains("revenue 'R-2' is void"), "{err}");
    let err = coop.fails(&["revenue", "void", "R-2"]);
    assert!(err.contains("revenue 'R-2' is void"), "{err}");
    let err = coop.fails(&["revenue", "correct", "R-2", "--note", "x"]);
    assert!(err.contains("revenue 'R-2' is void"), "{err}");
    verify_ok(&coop);
}

#[test]
fn renames_change_names_never_codes_and_a_later_rename_wins() {
    let coop = coop();
    coop.ok(&["member", "rename", "ana", "Ana Puig"]);
    coop.ok(&["member", "rename", "ana", "Ana Puig i Soler"]);
    coop.ok(&["project", "rename", "fest", "Festival 2026"]);
    coop.ok(&["kind", "rename", "work", "Paid work"]);
    let members = coop.ok(&["member", "list"]);
    assert!(members.contains("ana      Ana Puig i Soler"), "{members}");
    assert!(coop.ok(&["project", "list"]).contains("Festival 2026"));
    assert!(coop.ok(&["kind", "list"]).contains("Paid work"));
    // Codes stay: the old handle still logs and distributes.
    coop.ok(&["log", "ana", "fest", "work", "1", "--date", "2026-01-12"]);
    distribute(&coop, "R-1");
    verify_ok(&coop);

    let err = coop.fails(&["member", "rename", "anna", "X"]);
    assert!(
        err.contains("unknown account 'anna' — did you mean 'ana'?"),
        "{err}"
    );
    let err = coop.fails(&["kind", "rename", "work", "Paid work"]);
    assert!(err.contains("already called"), "{err}");
    let err = coop.fails(&["project", "rename", "fest", "bad\u{1b}[31m"]);
    assert!(err.contains("name"), "{err}");
    let err = coop.fails(&["project", "rename", "nope", "Nope"]);
    assert!(err.contains("unknown project 'nope'"), "{err}");
}

/// `Label: amount EUR` figures of a statement's HTML totals, in order.
fn html_totals(html: &str) -> Vec<String> {
    html.lines()
        .filter(|l| l.starts_with("<tr><th>") && l.contains("class=\"n\""))
        .map(|l| {
            let cell = l.split("<td class=\"n\">").nth(1).expect("cell");
            cell.split(' ').next().expect("amount").to_string()
        })
        .collect()
}

#[test]
fn a_statement_lists_everything_and_agrees_with_balances() {
    let coop = coop();
    coop.ok(&[
        "log",
        "ana",
        "fest",
        "work",
        "2",
        "--date",
        "2026-03-01",
        "--id",
        "C-3",
    ]);
    coop.ok(&["member", "add", "cai", "Cai"]);
    coop.ok(&["reject", "C-3", "--by", "ben", "--reason", "counted twice"]);
    distribute(&coop, "R-1");
    distribute(&coop, "R-2");
    let voided = coop.ok(&["pay", "ana", "77.00", "--date", "2026-02-15"]);
    coop.ok(&["payout", "void", voided.trim()]);
    coop.ok(&[
        "pay",
        "ana",
        "20.00",
        "--date",
        "2026-02-20",
        "--method",
        "transfer",
    ]);
    coop.ok(&["pay", "ana", "30.00", "--date", "2026-04-05"]);

    for period in [
        &["--from", "2026-02-01", "--to", "2026-02-28"][..],
        &["--to", "2026-02-28"],
        &["--from", "2026-03-01"],
        &[],
    ] {
        let file = coop.dir.path().join("ana.html");
        let mut args = vec!["statement", "ana", "--out", file.to_str().expect("path")];
        args.extend_from_slice(period);
        let out = coop.ok(&args);
        assert!(out.starts_with("wrote "), "{out}");
        let html = std::fs::read_to_string(&file).expect("statement");
        let totals = html_totals(&html);
        // Earned, paid and their difference are balances' for the period;
        // what is owed at its end is balances' up to its end.
        let row = balance_row(&coop, "ana", period);
        assert_eq!(totals[..3], row[2..5], "{period:?}\n{html}");
        let to: Vec<&str> = period
            .windows(2)
            .filter(|w| w[0] == "--to")
            .flat_map(|w| w.iter().copied())
            .collect();
        assert_eq!(totals[3], balance_row(&coop, "ana", &to)[4], "{period:?}");
    }

    let file = coop.dir.path().join("ana.html");
    coop.ok(&["statement", "ana", "--out", file.to_str().expect("path")]);
    let html = std::fs::read_to_string(&file).expect("statement");
    for needle in [
        "Statement of Ana (ana)",
        "<td>C-1</td><td>2026-01-10</td><td>fest</td><td>work</td><td>10 hours</td><td>200</td><td>counts</td>",
        "rejected: counted twice",
        // Each distribution line with the weight behind it.
        "<td>R-1</td><td>2026-02-01</td><td>fest</td><td>Contributors</td><td>200</td><td>180.00</td>",
        "<td>transfer</td>",
        "30.00",
    ] {
        assert!(html.contains(needle), "{needle} missing:\n{html}");
    }
    // The voided payout is not on it.
    assert!(!html.contains("77.00"), "{html}");
    assert_eq!(html_totals(&html), ["240.00", "50.00", "190.00", "190.00"]);
    assert_eq!(
        balance_row(&coop, "ana", &[])[2..],
        ["240.00", "50.00", "190.00"]
    );
}

#[test]
fn a_statement_pdf_is_a_pdf_with_the_figures() {
    let coop = coop();
    distribute(&coop, "R-1");
    coop.ok(&["pay", "ana", "20.00", "--date", "2026-02-20"]);
    let file = coop.dir.path().join("ana.pdf");
    let out = coop.ok(&["statement", "ana", "--out", file.to_str().expect("path")]);
    assert!(
        out.contains("earned 180.00, paid 20.00, owed 160.00 EUR"),
        "{out}"
    );
    let bytes = std::fs::read(&file).expect("pdf");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(32)..]).into_owned();
    assert!(tail.contains("%%EOF"), "{tail}");
    // Its text, where poppler's pdftotext is installed.
    let text = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output();
    match text {
        Ok(t) if t.status.success() => {
            let text = String::from_utf8_lossy(&t.stdout);
            for needle in [
                "Statement of Ana (ana)",
                "C-1",
                "180.00",
                "20.00 EUR",
                "160.00 EUR",
            ] {
                assert!(text.contains(needle), "{needle} missing:\n{text}");
            }
        }
        _ => eprintln!("pdftotext is not installed: the PDF's text was not checked"),
    }
}

#[test]
fn a_statement_never_overwrites_a_ledger_and_leaves_nothing_half_written() {
    let coop = coop();
    // Another ledger file, named like a statement.
    let copy = coop.dir.path().join("copy.pdf");
    coop.ok(&["backup", copy.to_str().expect("path")]);
    let before = std::fs::read(&copy).expect("copy");
    let err = coop.fails(&["statement", "ana", "--out", copy.to_str().expect("path")]);
    assert!(
        err.contains("copy.pdf") && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(std::fs::read(&copy).expect("copy"), before);
    // The open ledger itself, named like a statement.
    let html_ledger = coop.dir.path().join("books.html");
    let run = |args: &[&str]| {
        common::openvalue()
            .arg("--ledger")
            .arg(&html_ledger)
            .args(args)
            .output()
            .expect("run")
    };
    assert!(run(&["init", "--name", "H", "--currency", "EUR"])
        .status
        .success());
    assert!(run(&["member", "add", "ana", "Ana"]).status.success());
    let before = std::fs::read(&html_ledger).expect("ledger");
    let out = run(&[
        "statement",
        "ana",
        "--out",
        html_ledger.to_str().expect("path"),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("is the open ledger"), "{err}");
    assert_eq!(std::fs::read(&html_ledger).expect("ledger"), before);
    // An unknown member, a wrong extension, a missing folder: no file.
    let target = coop.dir.path().join("x.html");
    let err = coop.fails(&["statement", "anna", "--out", target.to_str().expect("path")]);
    assert!(
        err.contains("'anna'") && err.contains("did you mean 'ana'"),
        "{err}"
    );
    let err = coop.fails(&["statement", "ana", "--out", "x.txt"]);
    assert!(err.contains(".html or .pdf"), "{err}");
    let missing = coop.dir.path().join("no/such/x.pdf");
    let err = coop.fails(&["statement", "ana", "--out", missing.to_str().expect("path")]);
    assert!(err.contains("does not exist"), "{err}");
    let left: Vec<_> = std::fs::read_dir(coop.dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') || n.starts_with("x."))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn a_ledger_as_before_signatures_migrates_to_voids_and_corrections() {
    let coop = coop();
    let id = coop.ok(&["pay", "ana", "1.00", "--date", "2026-02-10"]);
    coop.as_written_before_signatures();
    coop.ok(&["payout", "void", id.trim()]);
    coop.ok(&["revenue", "correct", "R-2", "--amount", "90.00"]);
    verify_ok(&coop);
}
