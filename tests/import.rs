//! CSV imports (SPEC §5) through the real CLI on real files: golden error
//! messages, all-or-nothing, idempotent re-import, dry runs.

mod common;

use common::{example, Coop};

/// Compares `actual` with `tests/golden/NAME`; `UPDATE_GOLDEN=1` rewrites it.
fn golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing golden file {}", path.display()));
    assert_eq!(actual, expected, "output differs from {}", path.display());
}

/// A ledger with the example members, projects and kinds, plus a kind whose
/// first rate starts later.
fn setup() -> Coop {
    let coop = Coop::new(0);
    for table in ["members", "projects", "kinds"] {
        coop.ok(&[
            "import",
            table,
            example(&format!("{table}.csv")).to_str().unwrap(),
        ]);
    }
    coop.ok(&[
        "kind",
        "add",
        "late",
        "Late kind",
        "--measure",
        "hours",
        "--rate",
        "10",
        "--from",
        "2026-06-01",
    ]);
    coop
}

/// Each bad file is refused with every problem named, and changes nothing.
#[test]
fn bad_files_give_golden_errors_and_change_nothing() {
    let coop = setup();
    coop.ok(&[
        "import",
        "contributions",
        example("contributions.csv").to_str().unwrap(),
    ]);
    for name in [
        "contributions-bad-rows",
        "contributions-missing-column",
        "contributions-unknown-column",
        "contributions-typo-column",
        "contributions-duplicate-id",
        "contributions-duplicate-id-in-file",
        "contributions-before-rate",
        "contributions-field-count",
        "empty",
        "kinds-bad",
    ] {
        let table = if name.starts_with("kinds") {
            "kinds"
        } else {
            "contributions"
        };
        let before = coop.digest();
        let file = format!("tests/fixtures/bad/{name}.csv");
        let err = coop.fails(&["import", table, &file]);
        golden(&format!("import/{name}.txt"), &err);
        assert_eq!(coop.digest(), before, "{name} changed the ledger");
    }
}

#[test]
fn bom_crlf_and_quoted_fields_with_commas_and_newlines_are_read() {
    let coop = setup();
    let out = coop.ok(&[
        "import",
        "contributions",
        "tests/fixtures/bad/contributions-bom-crlf-quoted.csv",
    ]);
    assert_eq!(out, "contributions: 2 rows — added 2, 0 already present\n");
    let ledger = coop.open();
    assert_eq!(
        ledger.contribution("B-1").unwrap().unwrap().note,
        "with a comma, and \"quotes\""
    );
    assert_eq!(
        ledger.contribution("B-2").unwrap().unwrap().note,
        "two\r\nlines"
    );
}

#[test]
fn reimporting_the_same_files_adds_nothing() {
    let coop = Coop::example();
    let before = coop.digest();
    for table in ["members", "projects", "kinds", "contributions", "revenues"] {
        let out = coop.ok(&[
            "import",
            table,
            example(&format!("{table}.csv")).to_str().unwrap(),
        ]);
        assert!(out.contains("added 0"), "{table}: {out}");
    }
    assert_eq!(coop.digest(), before);
}

#[test]
fn rows_without_ids_are_keyed_by_content_and_occurrence() {
    let coop = setup();
    // Two identical rows are two contributions (two shifts the same day).
    let csv = "date,member,project,kind,quantity\n2026-05-02,ana,festival,work,2\n2026-05-02,ana,festival,work,2\n2026-05-03,ben,festival,work,1\n";
    let file = coop.file("no-ids.csv", csv.as_bytes());
    let out = coop.ok(&["import", "contributions", file.to_str().unwrap()]);
    assert_eq!(out, "contributions: 3 rows — added 3, 0 already present\n");
    let out = coop.ok(&["import", "contributions", file.to_str().unwrap()]);
    assert_eq!(out, "contributions: 3 rows — added 0, 3 already present\n");
    // A third identical row in a later file is its third occurrence: new.
    let more = coop.file(
        "more.csv",
        format!("{csv}2026-05-02,ana,festival,work,2\n").as_bytes(),
    );
    let out = coop.ok(&["import", "contributions", more.to_str().unwrap()]);
    assert_eq!(out, "contributions: 4 rows — added 1, 3 already present\n");
    let page = coop
        .open()
        .contribution_page(&Default::default(), 0, 10)
        .unwrap();
    assert_eq!((page.total, page.rows.len()), (4, 4));
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let coop = setup();
    let before = coop.digest();
    let out = coop.ok(&[
        "import",
        "contributions",
        example("contributions.csv").to_str().unwrap(),
        "--dry-run",
    ]);
    assert_eq!(
        out,
        "contributions: 9 rows — would add 9, 0 already present (dry run: nothing written)\n"
    );
    assert_eq!(coop.digest(), before);
}

#[test]
fn ids_from_the_file_work_on_the_command_line() {
    let coop = Coop::example();
    coop.ok(&["correct", "C-003", "--void"]);
    coop.ok(&["approve", "C-001", "--by", "ben"]);
    coop.ok(&[
        "equation",
        "set",
        "--default",
        example("equation.toml").to_str().unwrap(),
    ]);
    let out = coop.ok(&["distribute", "R-2026-06", "--dry-run"]);
    assert!(out.contains("revenue R-2026-06"), "{out}");
}

#[test]
fn unknown_columns_can_be_ignored_on_request() {
    let coop = setup();
    let out = coop.ok(&[
        "import",
        "contributions",
        "tests/fixtures/bad/contributions-unknown-column.csv",
        "--ignore-unknown",
    ]);
    assert!(out.contains("added 1"), "{out}");
}

#[test]
fn members_reimport_may_change_status_only() {
    let coop = Coop::example();
    let left = coop.file(
        "left.csv",
        b"handle,name,joined_on,type,status\ndani,Dani Ferrer,2025-06-01,member,left\n",
    );
    let out = coop.ok(&["import", "members", left.to_str().unwrap()]);
    assert_eq!(
        out,
        "members: 1 rows — added 0, 0 already present, updated 1\n"
    );
    assert!(coop.ok(&["member", "list"]).contains("left"));
    let renamed = coop.file("renamed.csv", b"handle,name\nana,Anna Puig\n");
    let err = coop.fails(&["import", "members", renamed.to_str().unwrap()]);
    assert!(
        err.contains("'ana' already exists with other details"),
        "{err}"
    );
}

#[test]
fn revenues_in_another_currency_are_refused_for_now() {
    let coop = Coop::example();
    let file = coop.file(
        "usd.csv",
        b"date,project,amount,currency\n2026-07-01,festival,100.00,USD\n",
    );
    let err = coop.fails(&["import", "revenues", file.to_str().unwrap()]);
    assert!(err.contains(":2:4: currency: revenue in USD is not supported yet: this ledger's base currency is EUR"), "{err}");
}

#[test]
fn at_most_100_problems_are_listed() {
    let coop = setup();
    let mut csv = String::from("date,member,project,kind,quantity\n");
    for _ in 0..150 {
        csv.push_str("2026-05-02,nobody,festival,work,1\n");
    }
    let file = coop.file("many.csv", csv.as_bytes());
    let err = coop.fails(&["import", "contributions", file.to_str().unwrap()]);
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("unknown member 'nobody'"))
            .count(),
        100
    );
    assert!(err.contains("… and 50 more problems"), "{err}");
    assert!(
        err.contains("150 problems found; nothing was imported"),
        "{err}"
    );
}

#[test]
fn projects_may_name_parents_later_in_the_file_but_not_cycles() {
    let coop = Coop::new(0);
    let file = coop.file(
        "p.csv",
        b"code,name,parent\nkids,Kids,fest\nfest,Festival,\n",
    );
    coop.ok(&["import", "projects", file.to_str().unwrap()]);
    let cycle = coop.file("c.csv", b"code,name,parent\na,A,b\nb,B,a\n");
    let err = coop.fails(&["import", "projects", cycle.to_str().unwrap()]);
    assert!(err.contains("is part of a cycle of parents"), "{err}");
}

#[test]
fn invalid_utf8_is_reported_with_its_line() {
    let coop = setup();
    let file = coop.file(
        "latin1.csv",
        b"date,member,project,kind,quantity,note\n2026-05-02,ana,festival,work,1,caf\xe9\n",
    );
    let err = coop.fails(&["import", "contributions", file.to_str().unwrap()]);
    assert!(
        err.contains("latin1.csv:2:6: not valid UTF-8 text"),
        "{err}"
    );
}

/// A large import rebuilds the contributions indexes once at its end
/// instead of row by row; the ledger looks the same either way, and a bad
/// last row still leaves it untouched, indexes included.
#[test]
fn a_large_import_rebuilds_its_indexes_and_stays_all_or_nothing() {
    let coop = setup();
    let mut csv = String::from("date,member,project,kind,quantity\n");
    for i in 0..60_000u32 {
        let member = ["ana", "ben", "carme"][(i % 3) as usize];
        csv.push_str(&format!(
            "2026-0{}-{:02},{member},festival,work,{}.5\n",
            1 + i % 9,
            1 + i % 28,
            1 + i % 7
        ));
    }
    let good = coop.file("big.csv", csv.as_bytes());
    csv.push_str("2026-05-02,nobody,festival,work,1\n");
    let bad = coop.file("big-bad.csv", csv.as_bytes());
    let indexes = |coop: &Coop| -> Vec<String> {
        let conn = rusqlite::Connection::open(&coop.ledger).unwrap();
        let mut stmt = conn
            .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contributions' ORDER BY name")
            .unwrap();
        let rows = stmt
            .query_map([], |r| r.get::<_, Option<String>>(0))
            .unwrap();
        rows.map(|r| r.unwrap().unwrap_or_default()).collect()
    };
    let before_indexes = indexes(&coop);
    let before = coop.digest();
    let err = coop.fails(&["import", "contributions", bad.to_str().unwrap()]);
    assert!(
        err.contains(":60002:2: member: unknown member 'nobody'"),
        "{err}"
    );
    assert_eq!(coop.digest(), before);
    assert_eq!(indexes(&coop), before_indexes);
    let out = coop.ok(&["import", "contributions", good.to_str().unwrap()]);
    assert_eq!(
        out,
        "contributions: 60000 rows — added 60000, 0 already present\n"
    );
    assert_eq!(indexes(&coop), before_indexes);
    assert!(coop.ok(&["verify"]).contains("60000 contributions"));
}
