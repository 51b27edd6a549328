//! The bounds of SPEC §11 (docs/adr/0006-bounds.md): every number and text
//! has a maximum, enforced where it is entered, and within the bounds
//! nothing overflows. Each regression test names the defect it pins.

mod common;

use common::Coop;

/// A EUR ledger with members ana and ben, project `p`, kind `work`
/// (hours, rate 10) and the default equation "everything by lifetime".
fn coop() -> Coop {
    let coop = Coop::new(0);
    coop.ok(&["member", "add", "ana", "Ana"]);
    coop.ok(&["member", "add", "ben", "Ben"]);
    coop.ok(&["project", "add", "p", "Project"]);
    coop.ok(&[
        "kind",
        "add",
        "work",
        "Work",
        "--measure",
        "hours",
        "--rate",
        "10",
    ]);
    let eq = coop.file(
        "eq.toml",
        b"name = \"All\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    coop.ok(&["equation", "set", "--default", eq.to_str().unwrap()]);
    coop
}

/// Runs and expects a refusal (exit 1, or 2 for a bad argument that the
/// argument parser refused); returns stderr.
fn refused(coop: &Coop, args: &[&str]) -> String {
    let out = coop.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        matches!(out.status.code(), Some(1 | 2)),
        "openvalue {args:?} should be refused: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// The line of a CSV export whose first cell is `id`.
fn csv_row(text: &str, id: &str) -> Vec<String> {
    text.lines()
        .find(|l| l.starts_with(id))
        .unwrap_or_else(|| panic!("no row {id} in {text}"))
        .split(',')
        .map(str::to_string)
        .collect()
}

#[test]
fn regression_huge_rate_times_multiplier_does_not_overflow() {
    let coop = coop();
    // The defect's kind is refused, by the CLI and by an import alike.
    let err = coop.fails(&[
        "kind",
        "add",
        "big",
        "Big",
        "--measure",
        "hours",
        "--rate",
        "922337203685477",
        "--multiplier",
        "9223372036854775",
    ]);
    assert!(
        err.contains("'922337203685477' is above the maximum of 1000000000"),
        "{err}"
    );
    assert!(
        err.contains("'9223372036854775' is above the maximum of 1000"),
        "{err}"
    );
    let csv = coop.file(
        "kinds.csv",
        b"code,name,measure,rate,multiplier\nbig,Big,hours,922337203685477,9223372036854775\n",
    );
    let err = coop.fails(&["import", "kinds", csv.to_str().unwrap()]);
    assert!(err.contains("above the maximum"), "{err}");

    // At the bounds themselves the value is exact and positive everywhere
    // it is shown: 10⁹ h × 10⁹ × 1000 = 10²¹.
    coop.ok(&[
        "kind",
        "add",
        "max",
        "Max",
        "--measure",
        "hours",
        "--rate",
        "1000000000",
        "--multiplier",
        "1000",
    ]);
    let id = coop.ok(&[
        "log",
        "ana",
        "p",
        "max",
        "1000000000",
        "--date",
        "2026-01-05",
    ]);
    let id = id.trim();
    coop.ok(&["log", "ben", "p", "max", "0.001", "--date", "2026-01-05"]);
    let out = coop.dir.path().join("contributions.csv");
    coop.ok(&["export", "contributions", "--out", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    let row = csv_row(&text, id);
    assert!(
        row.contains(&"1000000000000000000000".to_string()),
        "{row:?}"
    );
    assert!(!text.contains(",-"), "a negative value: {text}");

    coop.ok(&[
        "revenue",
        "add",
        "p",
        "1000000000000",
        "--date",
        "2026-01-31",
        "--id",
        "R1",
    ]);
    let explain = coop.ok(&["distribute", "R1", "--dry-run", "--explain", "ana"]);
    println!("{explain}");
    assert!(
        explain.contains("1,000,000,000,000,000,000,000"),
        "{explain}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&coop.ok(&["distribute", "R1", "--json"])).unwrap();
    // ana's weight is 10¹² times ben's: of 10¹⁴ cents ben's quota is 100.
    assert_eq!(
        common::books::line(&json, "Bucket 1", "ana"),
        "999999999999.00"
    );
    assert_eq!(common::books::line(&json, "Bucket 1", "ben"), "1.00");
}

#[test]
fn regression_revenue_near_the_i64_limit_is_refused() {
    let coop = coop();
    coop.ok(&["log", "ana", "p", "work", "1", "--date", "2026-01-05"]);
    let err = coop.fails(&[
        "revenue",
        "add",
        "p",
        "92233720368547758.07",
        "--date",
        "2026-01-31",
    ]);
    assert!(err.contains("above the maximum of 1000000000000"), "{err}");
    let csv = coop.file(
        "revenues.csv",
        b"id,date,project,amount\nR9,2026-01-31,p,92233720368547758.07\n",
    );
    let err = coop.fails(&["import", "revenues", csv.to_str().unwrap()]);
    assert!(err.contains("above the maximum"), "{err}");

    // The largest revenue, three times: distributed, and balances stay exact.
    for id in ["R1", "R2", "R3"] {
        coop.ok(&[
            "revenue",
            "add",
            "p",
            "1000000000000",
            "--date",
            "2026-01-31",
            "--id",
            id,
        ]);
        coop.ok(&["distribute", id]);
    }
    coop.ok(&["pay", "ana", "1000000000000"]);
    let balances = coop.ok(&["balances"]);
    assert!(balances.contains("3,000,000,000,000.00"), "{balances}");
    assert!(balances.contains("2,000,000,000,000.00"), "{balances}");
    coop.ok(&["verify"]);
}

#[test]
fn regression_money_bound_follows_the_currency_scale() {
    for (currency, max, above) in [
        ("JPY", "1000000000000", "1000000000001"),
        ("BHD", "1000000000000.000", "1000000000000.001"),
    ] {
        let coop = Coop::empty();
        coop.ok(&["init", "--name", "Coop", "--currency", currency]);
        coop.ok(&["project", "add", "p", "Project"]);
        coop.ok(&["revenue", "add", "p", max, "--date", "2026-01-31"]);
        let err = coop.fails(&["revenue", "add", "p", above, "--date", "2026-01-31"]);
        assert!(
            err.contains("above the maximum of 1000000000000"),
            "{currency}: {err}"
        );
        coop.ok(&["member", "add", "ana", "Ana"]);
        coop.ok(&[
            "kind",
            "add",
            "cash",
            "Cash",
            "--measure",
            "money",
            "--rate",
            "1",
        ]);
        coop.ok(&["log", "ana", "p", "cash", max, "--date", "2026-01-05"]);
        coop.fails(&["log", "ana", "p", "cash", above, "--date", "2026-01-05"]);
        coop.ok(&["pay", "ana", max]);
        coop.fails(&["pay", "ana", above]);
    }
}

#[test]
fn regression_quantity_above_a_billion_is_refused() {
    let coop = coop();
    coop.ok(&[
        "log",
        "ana",
        "p",
        "work",
        "1000000000",
        "--date",
        "2026-01-05",
    ]);
    let err = coop.fails(&[
        "log",
        "ana",
        "p",
        "work",
        "1000000000.001",
        "--date",
        "2026-01-05",
    ]);
    assert!(err.contains("above the maximum of 1000000000"), "{err}");
    let id = coop.ok(&["log", "ana", "p", "work", "1", "--date", "2026-01-05"]);
    coop.fails(&["correct", id.trim(), "--quantity", "1000000001"]);
}

#[test]
fn regression_negative_year_date_is_refused() {
    let coop = coop();
    let err = refused(
        &coop,
        &["log", "ana", "p", "work", "1", "--date=-001-05-02"],
    );
    assert!(err.contains("'-001-05-02'"), "{err}");
    let id = coop.ok(&["log", "ana", "p", "work", "1", "--date", "2026-01-05"]);
    refused(&coop, &["correct", id.trim(), "--date=-001-05-02"]);
    let err = refused(&coop, &["correct", id.trim(), "--date", "0999-12-31"]);
    assert!(err.contains("years 1000 to 9999"), "{err}");
    let csv = coop.file(
        "c.csv",
        b"date,member,project,kind,quantity\n-001-05-02,ana,p,work,1\n",
    );
    let err = coop.fails(&["import", "contributions", csv.to_str().unwrap()]);
    assert!(err.contains("-001-05-02"), "{err}");
}

#[test]
fn regression_control_characters_in_notes_are_refused() {
    let coop = coop();
    let err = coop.fails(&[
        "log",
        "ana",
        "p",
        "work",
        "1",
        "--date",
        "2026-01-05",
        "--note",
        "a\u{1b}[2Jb",
    ]);
    // The message shows the escape escaped, never raw.
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("\\u{1b}"), "{err}");
    let csv = coop.file(
        "c.csv",
        b"date,member,project,kind,quantity,note\n2026-01-05,ana,p,work,1,a\0b\n",
    );
    let err = coop.fails(&["import", "contributions", csv.to_str().unwrap()]);
    assert!(err.contains("control character"), "{err}");
    // Tab and newline are fine in a note; newline is not in a name.
    coop.ok(&[
        "log",
        "ana",
        "p",
        "work",
        "1",
        "--date",
        "2026-01-05",
        "--note",
        "line 1\n\tline 2",
    ]);
    coop.fails(&["member", "add", "cat", "Cat\nCat"]);
    let id = coop.ok(&["log", "ana", "p", "work", "1", "--date", "2026-01-05"]);
    coop.fails(&["correct", id.trim(), "--note", "\u{7}bell"]);
    coop.fails(&[
        "reject",
        id.trim(),
        "--by",
        "ben",
        "--reason",
        "\u{1b}]0;x\u{7}",
    ]);
    coop.fails(&["pay", "ana", "1", "--note", "\u{1b}[31m"]);
}

#[test]
fn regression_name_over_200_and_note_over_2000_characters_are_refused() {
    let coop = coop();
    let name = "n".repeat(201);
    let err = coop.fails(&["member", "add", "cat", &name]);
    assert!(err.contains("longer than 200 characters"), "{err}");
    // The message quotes only the first 80 characters.
    assert!(err.contains(&format!("'{}…'", "n".repeat(80))), "{err}");
    assert!(!err.contains(&"n".repeat(81)), "{err}");
    coop.ok(&["member", "add", "cat", &"é".repeat(200)]);
    coop.fails(&["project", "add", "q", &name]);
    coop.fails(&[
        "kind",
        "add",
        "k",
        &name,
        "--measure",
        "hours",
        "--rate",
        "1",
    ]);
    let note = "x".repeat(2_001);
    coop.fails(&[
        "log",
        "ana",
        "p",
        "work",
        "1",
        "--date",
        "2026-01-05",
        "--note",
        &note,
    ]);
    coop.ok(&[
        "log",
        "ana",
        "p",
        "work",
        "1",
        "--date",
        "2026-01-05",
        "--note",
        &"x".repeat(2_000),
    ]);
    coop.fails(&[
        "revenue",
        "add",
        "p",
        "1",
        "--date",
        "2026-01-05",
        "--note",
        &note,
    ]);
}

#[test]
fn regression_huge_value_is_not_echoed_in_full() {
    let coop = coop();
    let huge = "9".repeat(100_000);
    let err = coop.fails(&["log", "ana", "p", "work", &huge, "--date", "2026-01-05"]);
    assert!(err.len() < 1_000, "{} bytes", err.len());
    let err = coop.fails(&["log", &"a".repeat(100_000), "p", "work", "1"]);
    assert!(err.len() < 1_000, "{} bytes", err.len());
}

#[test]
fn regression_empty_cooperative_name_is_refused() {
    let coop = Coop::empty();
    let err = coop.fails(&["init", "--name", "  ", "--currency", "EUR"]);
    assert!(err.contains("name is empty"), "{err}");
    assert!(!coop.ledger.exists());
    coop.fails(&["init", "--name", &"c".repeat(201), "--currency", "EUR"]);
    coop.fails(&["init", "--name", "a\u{1b}b", "--currency", "EUR"]);
    assert!(!coop.ledger.exists());
}

#[test]
fn regression_kind_both_gift_and_reimbursable_is_refused() {
    let coop = coop();
    let err = coop.fails(&[
        "kind",
        "add",
        "k",
        "K",
        "--measure",
        "money",
        "--rate",
        "1",
        "--gift",
        "--reimbursable",
    ]);
    assert!(err.contains("both a gift and reimbursable"), "{err}");
    let csv = coop.file(
        "kinds.csv",
        b"code,name,measure,rate,gift,reimbursable\nk,K,money,1,true,true\n",
    );
    coop.fails(&["import", "kinds", csv.to_str().unwrap()]);
}

#[test]
fn regression_equation_problems_are_each_reported_at_their_place() {
    let coop = coop();
    let eq = coop.file(
        "bad.toml",
        b"name = \"\"\nowner = \"x\"\n[[bucket]]\nshare = \"10 %\"\nfund = \"commons\"\ncolor = 1\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n",
    );
    let err = coop.fails(&["equation", "set", "p", eq.to_str().unwrap()]);
    let path = eq.to_str().unwrap();
    for expected in [
        format!("{path}:1:8: name is empty"),
        format!("{path}:2:1: unknown key 'owner'"),
        format!("{path}:4:9: share '10 %' has spaces: write \"10%\""),
        format!("{path}:6:1: unknown key 'color' in a bucket"),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
    let big = coop.file(
        "big.toml",
        format!("name = \"{}\"\n", "x".repeat(2_000_000)).as_bytes(),
    );
    let err = coop.fails(&["equation", "set", "p", big.to_str().unwrap()]);
    assert!(err.contains("at most 1000000"), "{err}");
    assert!(err.len() < 1_000, "{} bytes", err.len());
    let over = coop.file(
        "over.toml",
        b"[[bucket]]\nshare = \"100.01%\"\npolicy = \"lifetime\"\n",
    );
    let err = coop.fails(&["equation", "set", "p", over.to_str().unwrap()]);
    assert!(err.contains("over 100%"), "{err}");
    assert!(!err.contains("not 0%"), "{err}");
}

/// Found by attacking the bounds: 923 contributions of the largest amount
/// on one day (ECO, 4 decimals) made `chart contributions` and `chart
/// shares` fail with SQLite's "integer overflow"; sums are exact now.
#[test]
fn regression_charts_of_quantities_summing_beyond_i64_are_drawn() {
    let coop = Coop::new_with(&["init", "--name", "Big", "--currency", "ECO", "--scale", "4"]);
    coop.ok(&["member", "add", "ana", "Ana"]);
    coop.ok(&["project", "add", "p", "P"]);
    coop.ok(&[
        "kind",
        "add",
        "cash",
        "Cash",
        "--measure",
        "money",
        "--rate",
        "1",
    ]);
    let mut csv = String::from("date,member,project,kind,quantity\n");
    for _ in 0..923 {
        csv.push_str("2026-01-01,ana,p,cash,1000000000000\n");
    }
    let file = coop.file("big.csv", csv.as_bytes());
    coop.ok(&["import", "contributions", file.to_str().unwrap()]);
    for chart in ["contributions", "shares"] {
        let out = coop.dir.path().join(format!("{chart}.svg"));
        coop.ok(&["chart", chart, "--out", out.to_str().unwrap()]);
        let svg = std::fs::read_to_string(&out).unwrap();
        // 923 × 10¹² ECO, exactly, somewhere on the chart.
        assert!(svg.contains("923") || chart == "shares", "{chart}");
    }
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}
