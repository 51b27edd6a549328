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
        "members: 1 row — added 0, 0 already present, updated 1\n"
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

// Reading CSV text (SPEC §11): each test pins a defect of issue 10.

/// The header of the contributions files below.
const HEADER: &str = "date,member,project,kind,quantity,note";

/// Imports `content` as contributions; expects a refusal that leaves the
/// ledger as it was, and returns the messages.
fn refused(coop: &Coop, name: &str, content: &[u8]) -> String {
    let file = coop.file(name, content);
    let before = coop.digest();
    let err = coop.fails(&["import", "contributions", file.to_str().unwrap()]);
    assert_eq!(coop.digest(), before, "{name} changed the ledger");
    err
}

#[test]
fn regression_unterminated_quote_is_an_error_at_its_line() {
    let coop = setup();
    let csv = format!(
        "{HEADER}\n2026-05-02,ana,festival,work,1,fine\n2026-05-02,ben,festival,work,2,\"never closed\n2026-05-03,ana,festival,work,3,x\n2026-05-04,ana,festival,work,4,y\n"
    );
    let err = refused(&coop, "open-quote.csv", csv.as_bytes());
    assert!(
        err.contains("open-quote.csv:3:6: the quote that opens this field is never closed, so the rest of the file (to line 5) would be one value"),
        "{err}"
    );
    assert!(
        err.contains("1 problem found; nothing was imported"),
        "{err}"
    );
}

#[test]
fn regression_crlf_line_numbers_are_not_one_too_low() {
    let coop = setup();
    let csv = format!(
        "{HEADER}\r\n2026-05-02,ana,festival,work,1,a\r\n2026-05-02,nobody,festival,work,1,b\r\n"
    );
    let err = refused(&coop, "crlf.csv", csv.as_bytes());
    assert!(
        err.contains("crlf.csv:3:2: member: unknown member"),
        "{err}"
    );
}

#[test]
fn regression_cr_only_line_numbers_are_not_all_line_1() {
    let coop = setup();
    let csv = format!(
        "{HEADER}\r2026-05-02,ana,festival,work,1,a\r2026-05-02,nobody,festival,work,1,b\r2026-05-02,ana,nowhere,work,1,c\r"
    );
    let err = refused(&coop, "cr.csv", csv.as_bytes());
    assert!(err.contains("cr.csv:3:2: member: unknown member"), "{err}");
    assert!(
        err.contains("cr.csv:4:3: project: unknown project"),
        "{err}"
    );
}

#[test]
fn regression_a_blank_line_does_not_shift_the_next_rows_line() {
    let coop = setup();
    for (name, end) in [("blank-lf.csv", "\n"), ("blank-crlf.csv", "\r\n")] {
        let csv = [
            HEADER,
            "2026-05-02,ana,festival,work,1,a",
            "",
            "",
            "2026-05-02,nobody,festival,work,1,b",
            "\"multi",
            "line\",ana,festival,work,1,c",
            "2026-05-02,ana,nowhere,work,1,d",
        ]
        .join(end);
        let err = refused(&coop, name, csv.as_bytes());
        assert!(
            err.contains(&format!("{name}:5:2: member: unknown member")),
            "{err}"
        );
        assert!(err.contains(&format!("{name}:6:1: date:")), "{err}");
        assert!(
            err.contains(&format!("{name}:8:3: project: unknown project")),
            "{err}"
        );
    }
}

#[test]
fn regression_text_after_a_closing_quote_is_refused_not_stored() {
    let coop = setup();
    let csv = format!("{HEADER}\n2026-05-02,ana,festival,work,1,\"x\"y\n");
    let err = refused(&coop, "after-quote.csv", csv.as_bytes());
    assert!(
        err.contains("after-quote.csv:2:6: text after the closing quote of a quoted field"),
        "{err}"
    );
}

/// What every message about a file that is not UTF-8 must say.
fn assert_says_how_to_save_as_utf8(err: &str) {
    assert!(err.contains("Character set: Unicode (UTF-8)"), "{err}");
    assert!(
        !err.contains("Utf8 {") && !err.contains("Position"),
        "{err}"
    );
}

#[test]
fn regression_utf16_with_a_bom_names_its_encoding_instead_of_a_debug_dump() {
    let coop = setup();
    let text = format!("{HEADER}\n2026-05-02,ana,festival,work,1,café\n");
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let err = refused(&coop, "utf16le.csv", &le);
    assert!(
        err.contains("utf16le.csv:1:1: this file is UTF-16 (little-endian, with a byte-order mark), not UTF-8"),
        "{err}"
    );
    assert_says_how_to_save_as_utf8(&err);
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let err = refused(&coop, "utf16be.csv", &be);
    assert!(
        err.contains("UTF-16 (big-endian, with a byte-order mark)"),
        "{err}"
    );
}

#[test]
fn regression_utf16_without_a_bom_names_its_encoding() {
    let coop = setup();
    let text = format!("{HEADER}\n2026-05-02,ana,festival,work,1,café\n");
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let err = refused(&coop, "utf16.csv", &le);
    assert!(
        err.contains("utf16.csv:1:1: this file is UTF-16 (little-endian, without a byte-order mark), not UTF-8"),
        "{err}"
    );
    assert_says_how_to_save_as_utf8(&err);
}

#[test]
fn regression_latin1_names_its_encoding_at_each_line() {
    let coop = setup();
    let csv = format!(
        "{HEADER}\n2026-05-02,ana,festival,work,1,caf\u{e9}\n2026-05-02,ana,festival,work,1,ok\n2026-05-02,ana,festival,work,1,ni\u{f1}o\n"
    );
    // The same text in Latin-1: one byte per character.
    let latin1: Vec<u8> = csv.chars().map(|c| c as u8).collect();
    let err = refused(&coop, "latin1.csv", &latin1);
    assert!(
        err.contains(
            "latin1.csv:2:6: this file is not UTF-8: it appears to be Latin-1 or Windows-1252"
        ),
        "{err}"
    );
    assert_says_how_to_save_as_utf8(&err);
    assert!(
        err.contains("latin1.csv:4:6: not UTF-8 text either (see line 2)"),
        "{err}"
    );
}

#[test]
fn regression_a_directory_as_the_file_is_refused_saying_what_it_is() {
    let coop = setup();
    let dir = coop.dir.path().join("folder.csv");
    std::fs::create_dir(&dir).unwrap();
    let err = coop.fails(&["import", "contributions", dir.to_str().unwrap()]);
    assert!(
        err.contains("folder.csv: this is a directory, not a CSV file"),
        "{err}"
    );
}

/// `/dev/zero` used to be read until memory ran out (SIGABRT); a FIFO
/// waited for a writer for ever.
#[cfg(unix)]
#[test]
fn regression_dev_zero_and_a_fifo_are_refused_not_read() {
    let coop = setup();
    let err = coop.fails(&["import", "contributions", "/dev/zero"]);
    assert!(
        err.contains("/dev/zero: this is a character device, not a CSV file"),
        "{err}"
    );
    let fifo = coop.dir.path().join("pipe.csv");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let err = coop.fails(&["import", "contributions", fifo.to_str().unwrap()]);
        assert!(
            err.contains("pipe.csv: this is a named pipe (FIFO), not a CSV file"),
            "{err}"
        );
    }
}

/// A field without end, as `/dev/zero` through a pipe gives, stops at the
/// bound of a row (1 MiB) instead of filling memory.
#[test]
fn regression_a_field_without_end_stops_at_the_row_bound() {
    use std::io::Read;
    let coop = setup();
    let mut ledger = coop.open();
    // 64 MiB stands for "without end": the old reader held all of it.
    let endless = std::io::Cursor::new(format!("{HEADER}\n2026-05-02,ana,festival,work,1,"))
        .chain(std::io::repeat(b'x').take(64 << 20));
    let err = openvalue::import::import_reader(
        &mut ledger,
        openvalue::import::Table::Contributions,
        "stdin",
        endless,
        &Default::default(),
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with("stdin:2:6: this row is longer than 1 MiB (1048576 bytes)"),
        "{}",
        &err[..err.len().min(300)]
    );
}

#[test]
fn regression_a_10mb_field_is_not_echoed_in_full() {
    let coop = setup();
    let mut csv = format!("{HEADER}\n2026-05-02,").into_bytes();
    csv.resize(csv.len() + (10 << 20), b'a');
    csv.extend_from_slice(b",festival,work,1,x\n");
    let err = refused(&coop, "huge.csv", &csv);
    assert!(err.len() < 1_000, "{} bytes of messages", err.len());
    assert!(
        err.contains("huge.csv:2:2: this row is longer than 1 MiB"),
        "{err}"
    );
}

#[test]
fn regression_messages_quote_at_most_80_characters_of_a_value() {
    let coop = setup();
    let column = format!("{}\u{1b}[2J", "y".repeat(500_000));
    let csv = format!("{HEADER},{column}\n2026-05-02,ana,festival,work,1,x,z\n");
    let err = refused(&coop, "long-column.csv", csv.as_bytes());
    assert!(err.len() < 1_000, "{} bytes of messages", err.len());
    assert!(
        err.contains(&format!(
            "long-column.csv:1:7: unknown column '{}…' (500004 characters)",
            "y".repeat(80)
        )),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "{err}");
    // Values of rows too: an unknown member, an id.
    let member = "m".repeat(100_000);
    let id = "i".repeat(100_000);
    let csv = format!("id,{HEADER}\n{id},2026-05-02,{member},festival,work,1,x\n");
    let err = refused(&coop, "long-values.csv", csv.as_bytes());
    assert!(err.len() < 1_000, "{} bytes of messages", err.len());
    assert!(
        err.contains(&format!(
            "long-values.csv:2:3: member: unknown member '{}…' (100000 characters)",
            "m".repeat(80)
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "long-values.csv:2:1: id: '{}…' (100000 characters) is not a valid id",
            "i".repeat(80)
        )),
        "{err}"
    );
}

#[test]
fn regression_dates_outside_years_1000_to_9999_are_refused() {
    let coop = setup();
    let csv =
        format!("{HEADER}\n-001-05-02,ana,festival,work,1,x\n0999-05-02,ana,festival,work,1,y\n");
    let err = refused(&coop, "dates.csv", csv.as_bytes());
    assert!(
        err.contains(
            "dates.csv:2:1: date: '-001-05-02' is not a date: use YYYY-MM-DD, such as 2026-03-31"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "dates.csv:3:1: date: '0999-05-02' is out of range: dates are years 1000 to 9999"
        ),
        "{err}"
    );
}
