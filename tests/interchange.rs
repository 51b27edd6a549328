//! Interchange (SPEC §16, issue 15): locale CSV files read back what
//! `export --locale` writes, a Spanish spreadsheet's own file imports,
//! and the plain-text and linked-data exports pass the real tools.

mod common;

use std::path::Path;

use common::Coop;

/// The tables `import` reads, in the order a new ledger imports them;
/// `export` writes each of them too.
const TABLES: [&str; 5] = ["members", "projects", "kinds", "contributions", "revenues"];

/// The columns of the contributions export that `import` reads, or that
/// follow from them (the rate in force and the value); status and
/// approvals are not imported.
const CONTRIBUTION_COLUMNS: [&str; 11] = [
    "id",
    "date",
    "member",
    "project",
    "kind",
    "quantity",
    "measure",
    "rate",
    "multiplier",
    "value",
    "note",
];

fn demo() -> Coop {
    let coop = Coop::empty();
    coop.ok(&["demo", coop.ledger.to_str().unwrap()]);
    coop
}

fn export(coop: &Coop, table: &str, locale: &str) -> std::path::PathBuf {
    let out = coop.dir.path().join(format!("{table}.{locale}.csv"));
    coop.ok(&[
        "export",
        table,
        "--out",
        out.to_str().unwrap(),
        "--locale",
        locale,
    ]);
    out
}

/// `path`'s rows, with only `columns` when given, as text.
fn rows(path: &Path, separator: u8, columns: Option<&[&str]>) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .from_path(path)
        .unwrap();
    let header = reader.headers().unwrap().clone();
    let keep: Vec<usize> = match columns {
        None => (0..header.len()).collect(),
        Some(columns) => columns
            .iter()
            .map(|c| header.iter().position(|h| h == *c).unwrap())
            .collect(),
    };
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            keep.iter().map(|i| r[*i].to_string()).collect()
        })
        .collect()
}

#[test]
fn every_locale_round_trips_the_demo_ledger_through_export_and_import() {
    let source = demo();
    for locale in ["en", "es", "ca", "fr", "de", "it", "pt", "nl"] {
        let separator = if locale == "en" { b',' } else { b';' };
        let copy = Coop::new(0);
        for table in TABLES {
            let file = export(&source, table, locale);
            // The contributions export adds columns import does not read
            // (measure, rate, value, status …).
            let mut args = vec!["import", table, file.to_str().unwrap(), "--locale", locale];
            if table == "contributions" {
                args.push("--ignore-unknown");
            }
            let said = copy.ok(&args);
            assert!(
                said.contains(", 0 already present"),
                "{locale} {table}: {said}"
            );
        }
        for table in TABLES {
            let before = export(&source, table, locale);
            let after = export(&copy, table, locale);
            let columns = (table == "contributions").then_some(&CONTRIBUTION_COLUMNS[..]);
            let (before, after) = (
                rows(&before, separator, columns),
                rows(&after, separator, columns),
            );
            assert!(!before.is_empty(), "{locale} {table}: nothing exported");
            assert_eq!(before, after, "{locale} {table}");
        }
        // Importing the same files again adds nothing.
        let file = export(&source, "revenues", locale);
        let again = copy.ok(&[
            "import",
            "revenues",
            file.to_str().unwrap(),
            "--locale",
            locale,
        ]);
        assert!(again.contains("added 0"), "{again}");
    }
}

/// A file as LibreOffice Calc saves a Spanish sheet: `;`, decimal commas,
/// thousands grouped with `.`, dates DD/MM/YYYY, CRLF line ends, accents.
const SPANISH_MEMBERS: &str =
    "handle;name;joined_on\r\nana;Ana Puig;02/03/2025\r\nnuria;Núria Solé;15/01/2026\r\n";
const SPANISH_KINDS: &str = "code;name;measure;rate;multiplier;effective_from\r\n\
cuidados;Trabajo de cuidados;hours;22,50;1,2;\r\n\
cuidados;Trabajo de cuidados;hours;25;1,2;01/01/2026\r\n\
gasto;Gastos;money;1;1;\r\n";
const SPANISH_CONTRIBUTIONS: &str = "id;date;member;project;kind;quantity;note\r\n\
S-1;28/12/2025;ana;feria;cuidados;3,5;\"montaje; carpa\"\r\n\
S-2;05/01/2026;nuria;feria;cuidados;2;\r\n\
S-3;6/1/2026;nuria;feria;gasto;1.234,56;furgoneta\r\n";
const SPANISH_REVENUES: &str =
    "id;date;project;amount;note\r\nI-1;31/01/2026;feria;12.500,00;entradas\r\n";

#[test]
fn a_spanish_libreoffice_file_imports_with_its_own_dates_and_numbers() {
    let coop = Coop::new(0);
    coop.ok(&["project", "add", "feria", "Feria de otoño"]);
    for (table, text) in [
        ("members", SPANISH_MEMBERS),
        ("kinds", SPANISH_KINDS),
        ("contributions", SPANISH_CONTRIBUTIONS),
        ("revenues", SPANISH_REVENUES),
    ] {
        let file = coop.file(&format!("{table}.csv"), text.as_bytes());
        coop.ok(&["import", table, file.to_str().unwrap(), "--locale", "es"]);
    }
    let out = export(&coop, "contributions", "en");
    let got = rows(
        &out,
        b',',
        Some(&["id", "date", "quantity", "rate", "value", "note"]),
    );
    let want = [
        ["S-1", "2025-12-28", "3.5", "22.5", "94.5", "montaje; carpa"],
        ["S-2", "2026-01-05", "2", "25", "60", ""],
        ["S-3", "2026-01-06", "1234.56", "1", "1234.56", "furgoneta"],
    ];
    assert_eq!(got, want.map(|r| r.map(String::from)));
    let revenues = rows(&export(&coop, "revenues", "en"), b',', None);
    assert_eq!(revenues[0][..4], ["I-1", "2026-01-31", "feria", "12500.00"]);
    let members = rows(&export(&coop, "members", "en"), b',', None);
    assert_eq!(members[1][..3], ["nuria", "Núria Solé", "2026-01-15"]);
}

#[test]
fn a_semicolon_file_without_a_locale_is_told_which_option_reads_it() {
    let coop = Coop::new(0);
    let file = coop.file("c.csv", SPANISH_CONTRIBUTIONS.as_bytes());
    let before = coop.digest();
    let err = coop.fails(&["import", "contributions", file.to_str().unwrap()]);
    assert!(
        err.contains("c.csv:1:1: the header is separated by ';', not ','"),
        "{err}"
    );
    assert!(err.contains("hint: `--locale es`"), "{err}");
    assert!(!err.contains("missing required column"), "{err}");
    // And the other way round: a canonical file read as Spanish.
    let file = coop.file(
        "en.csv",
        b"date,member,project,kind,quantity\n2026-01-01,ana,x,y,1\n",
    );
    let err = coop.fails(&[
        "import",
        "contributions",
        file.to_str().unwrap(),
        "--locale",
        "es",
    ]);
    assert!(err.contains("separated by ',', not ';'"), "{err}");
    assert!(err.contains("hint: leave out `--locale`"), "{err}");
    assert_eq!(coop.digest(), before, "nothing was written");
}

#[test]
fn two_digit_years_and_decimal_points_are_refused_at_their_row_and_column() {
    let coop = Coop::new(0);
    coop.ok(&["project", "add", "feria", "Feria"]);
    for (table, text) in [("members", SPANISH_MEMBERS), ("kinds", SPANISH_KINDS)] {
        let file = coop.file(&format!("{table}.csv"), text.as_bytes());
        coop.ok(&["import", table, file.to_str().unwrap(), "--locale", "es"]);
    }
    let file = coop.file(
        "bad.csv",
        "id;date;member;project;kind;quantity\r\n\
B-1;05/01/26;ana;feria;cuidados;2\r\n\
B-2;05/01/2026;ana;feria;cuidados;2.5\r\n\
B-3;05/01/2026;ana;feria;cuidados;2,12345\r\n\
B-4;31/02/2026;anna;feria;cuidados;1\r\n"
            .as_bytes(),
    );
    let before = coop.digest();
    let err = coop.fails(&[
        "import",
        "contributions",
        file.to_str().unwrap(),
        "--locale",
        "es",
    ]);
    assert!(
        err.contains("bad.csv:2:2: '05/01/26' has a two-digit year: write the year in full, such as 05/01/2026"),
        "{err}"
    );
    assert!(
        err.contains(
            "bad.csv:3:6: '2.5' is not a number of this file: its decimal mark is a comma"
        ),
        "{err}"
    );
    // The money parser's message quotes the file's text, not the mapped one.
    assert!(
        err.contains("bad.csv:4:6: quantity: '2,12345' has 5 decimal places"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:5:2: '31/02/2026' is not a date: write DD/MM/YYYY"),
        "{err}"
    );
    assert_eq!(coop.digest(), before, "nothing was written");
}

#[test]
fn detect_describes_what_export_and_a_spreadsheet_write() {
    let coop = demo();
    let file = export(&coop, "contributions", "de");
    let found = openvalue::csvformat::detect(&std::fs::read(file).unwrap());
    assert_eq!(
        found.description,
        "detected: ; and decimal comma, dates YYYY-MM-DD"
    );
    let found = openvalue::csvformat::detect(SPANISH_CONTRIBUTIONS.as_bytes());
    assert_eq!(
        found.description,
        "detected: ; and decimal comma, dates DD/MM/YYYY"
    );
    assert_eq!(found.locales, ["es", "ca", "fr", "it", "pt"]);
}
