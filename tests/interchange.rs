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

#[test]
fn text_an_export_neutralised_against_formulas_imports_back_as_it_was() {
    let source = Coop::new(0);
    let names = [
        ("eq", "=HYPERLINK(\"http://x\";\"clic\")"),
        ("plus", "+34 600 000 000"),
        ("quote", "'=already quoted"),
        ("plain", "O'Brien"),
    ];
    for (handle, name) in names {
        source.ok(&["member", "add", handle, name]);
    }
    source.ok(&["project", "add", "p", "--", "-minus project"]);
    source.ok(&[
        "kind",
        "add",
        "work",
        "@work",
        "--measure",
        "hours",
        "--rate",
        "20",
    ]);
    for (i, note) in ["-5 % discount", "=1+1", "@ana", "fine"].iter().enumerate() {
        let id = format!("C-{i}");
        let note = format!("--note={note}");
        source.ok(&["log", "eq", "p", "work", "1", "--id", &id, &note]);
    }
    for locale in ["en", "fr"] {
        let separator = if locale == "en" { b',' } else { b';' };
        let copy = Coop::new(0);
        for table in ["members", "projects", "kinds", "contributions"] {
            let file = export(&source, table, locale);
            let args = ["import", table, file.to_str().unwrap(), "--locale", locale];
            copy.ok(&[&args[..], &["--ignore-unknown"]].concat());
            let again = export(&copy, table, locale);
            let columns = (table == "contributions").then_some(&CONTRIBUTION_COLUMNS[..]);
            assert_eq!(
                rows(&file, separator, columns),
                rows(&again, separator, columns),
                "{locale} {table}"
            );
        }
        let ledger = copy.open();
        let catalog = ledger.catalog().unwrap();
        assert_eq!(catalog.accounts["eq"].name, names[0].1);
        assert_eq!(catalog.accounts["quote"].name, "'=already quoted");
        assert_eq!(catalog.projects["p"].name, "-minus project");
        assert_eq!(
            ledger.contribution("C-0").unwrap().unwrap().note,
            "-5 % discount"
        );
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
        err.contains("bad.csv:2:2: date: '05/01/26' has a two-digit year: write the year in full, such as 05/01/2026"),
        "{err}"
    );
    assert!(
        err.contains(
            "bad.csv:3:6: quantity: '2.5' is not a number of this file: its decimal mark is a comma"
        ),
        "{err}"
    );
    // The money parser's message quotes the file's text, not the mapped one.
    assert!(
        err.contains("bad.csv:4:6: quantity: '2,12345' has 5 decimal places"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:5:2: date: '31/02/2026' is not a date: write DD/MM/YYYY"),
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

/// The folder of the Python tools of the test set-up (`make pytools`):
/// `OPENVALUE_PYTOOLS`, else the repository's `.venv/bin`.
fn pytools_dir() -> std::path::PathBuf {
    match std::env::var_os("OPENVALUE_PYTOOLS") {
        Some(dir) => dir.into(),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin"),
    }
}

/// A tool of the set-up, or `None` with a loud message when it is missing
/// and the run does not require it. Under `make test` (which sets
/// `OPENVALUE_REQUIRE_PYTOOLS`) a missing tool fails the test.
fn pytool(name: &str) -> Option<std::path::PathBuf> {
    let path = pytools_dir().join(name);
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("OPENVALUE_REQUIRE_PYTOOLS").is_none(),
        "{} is missing: `make pytools` installs beancount 3 and pyld into .venv",
        path.display()
    );
    println!(
        "SKIPPED: {} is missing (`make pytools` installs it); this check did not run",
        path.display()
    );
    None
}

/// Runs `program args…`; its stdout, or its stderr as the error.
fn run_tool(program: &Path, args: &[&Path]) -> Result<String, String> {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    if out.status.success() {
        Ok(text(out.stdout))
    } else {
        Err(format!("{}{}", text(out.stdout), text(out.stderr)))
    }
}

/// Runs a script of `tests/tools` with the set-up's Python on `file`;
/// its JSON output.
fn script(name: &str, file: &Path) -> Option<serde_json::Value> {
    let python = pytool("python")?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tools")
        .join(name);
    let out = run_tool(&python, &[&script, file])
        .unwrap_or_else(|e| panic!("{name} on {}:\n{e}", file.display()));
    Some(serde_json::from_str(&out).unwrap())
}

/// Decimal text (`-1065.18`, `12.5`) as hundredths, exactly.
fn cents(text: &str) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    let value =
        rust_decimal::Decimal::from_str_exact(text).unwrap() * rust_decimal::Decimal::ONE_HUNDRED;
    assert!(value.fract().is_zero(), "{text} has more than two places");
    value.to_i64().unwrap()
}

/// Checks `coop`'s beancount export with the real beancount: bean-check
/// passes, and the closing balances beancount computes are OpenValue's.
/// Returns beancount's balances by account.
fn check_beancount(coop: &Coop) -> Option<serde_json::Map<String, serde_json::Value>> {
    let bean_check = pytool("bean-check")?;
    let file = coop.dir.path().join("books.beancount");
    coop.ok(&["export", "beancount", "--out", file.to_str().unwrap()]);
    if let Err(e) = run_tool(&bean_check, &[&file]) {
        panic!(
            "bean-check refused the export:\n{e}\n{}",
            std::fs::read_to_string(&file).unwrap()
        );
    }
    let totals = script("beancount_balances.py", &file)?;
    let totals = totals.as_object().unwrap().clone();
    let ledger = coop.open();
    let balances = ledger.balances().unwrap();
    for b in &balances {
        let root = if b.account_type == "fund" {
            "Equity:Funds"
        } else {
            "Liabilities:Payable"
        };
        let account = format!(
            "{root}:{}",
            openvalue::export::beancount_component(&b.account)
        );
        let total = totals.get(&account).and_then(|v| v.as_str()).unwrap_or("0");
        assert_eq!(
            cents(total),
            -b.owed_minor,
            "{account}: owed to {}",
            b.account
        );
    }
    let revenues = export(coop, "revenues", "en");
    let received: i64 = rows(&revenues, b',', Some(&["amount"]))
        .iter()
        .map(|r| cents(&r[0]))
        .sum();
    let paid: i64 = balances.iter().map(|b| b.paid_minor).sum();
    let bank = totals["Assets:Bank"].as_str().unwrap();
    assert_eq!(cents(bank), received - paid, "the bank");
    // The balance assertions are checked: a wrong one is refused.
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains(" balance Assets:Bank"))
        .unwrap();
    // One cent off (beancount's own tolerance would let it pass; the
    // export asks for none).
    let amount = line.split_whitespace().nth(3).unwrap();
    let more = cents(amount) + 1;
    let wrong = line.replace(amount, &format!("{}.{:02}", more / 100, more % 100));
    let tampered = coop.dir.path().join("tampered.beancount");
    std::fs::write(&tampered, text.replace(line, &wrong)).unwrap();
    let refused = run_tool(&bean_check, &[&tampered]).expect_err("a wrong balance passes");
    assert!(
        refused.contains("Balance failed for 'Assets:Bank'"),
        "{refused}"
    );
    Some(totals)
}

#[test]
fn beancount_export_of_the_demo_passes_bean_check_with_openvalues_balances() {
    check_beancount(&demo());
}

/// A ledger whose handles and codes differ only in `_` and `-`, with a
/// committed distribution, a payout, a correction and a void.
fn look_alike_coop() -> Coop {
    let coop = Coop::new(0);
    for (handle, name) in [("a_b", "Ana B"), ("a-b", "Anna B"), ("9lives", "Nine")] {
        coop.ok(&["member", "add", handle, name]);
    }
    coop.ok(&["member", "add", "com_mons", "Commons", "--fund"]);
    coop.ok(&["project", "add", "x_y", "X under"]);
    coop.ok(&["project", "add", "x-y", "X dash"]);
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
    let equation = coop.file(
        "eq.toml",
        b"name = \"Split\"\n\n[[bucket]]\nname = \"Fund\"\nshare = \"10%\"\nfund = \"com_mons\"\n\n[[bucket]]\nname = \"Work\"\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    coop.ok(&["equation", "set", "--default", equation.to_str().unwrap()]);
    let log = |member: &str, project: &str, kind: &str, quantity: &str| {
        let args = [
            "log",
            member,
            project,
            kind,
            quantity,
            "--date",
            "2026-03-02",
            "--id",
        ];
        let id = format!("C-{member}-{project}-{kind}");
        coop.ok(&[&args[..], &[id.as_str()]].concat());
        id
    };
    log("a_b", "x_y", "work", "3");
    let corrected = log("a-b", "x_y", "work", "2");
    let voided = log("9lives", "x-y", "work", "1");
    log("a-b", "x-y", "cash", "50");
    coop.ok(&["correct", &corrected, "--quantity", "2.5"]);
    coop.ok(&["correct", &corrected, "--quantity", "4"]);
    coop.ok(&["correct", &voided, "--void"]);
    for (id, project, amount) in [("R-1", "x_y", "1000.01"), ("R-2", "x-y", "333.33")] {
        coop.ok(&[
            "revenue",
            "add",
            project,
            amount,
            "--id",
            id,
            "--date",
            "2026-03-31",
        ]);
        coop.ok(&["distribute", id]);
    }
    coop.ok(&[
        "pay",
        "a_b",
        "100",
        "--date",
        "2026-04-02",
        "--note",
        "say \"hi\"; back\\slash",
    ]);
    coop.ok(&["pay", "com_mons", "10.5", "--date", "2026-04-03"]);
    coop
}

#[test]
fn beancount_keeps_handles_that_differ_in_underscore_and_dash_apart() {
    let coop = look_alike_coop();
    let Some(totals) = check_beancount(&coop) else {
        return;
    };
    for account in [
        "Liabilities:Payable:A-ub",
        "Liabilities:Payable:A--b",
        "Income:X-uy",
        "Income:X--y",
        "Equity:Funds:Com-umons",
    ] {
        assert!(totals.contains_key(account), "{account} in {totals:?}");
    }
}

#[test]
fn valueflows_export_expands_in_pyld_with_events_claims_and_corrections() {
    let coop = look_alike_coop();
    let file = coop.dir.path().join("books.jsonld");
    let said = coop.ok(&["export", "valueflows", "--out", file.to_str().unwrap()]);
    // 4 contributions, 3 corrections, 2 revenues, 2 payouts.
    assert!(said.contains("(11 events)"), "{said}");
    let Some(summary) = script("valueflows_summary.py", &file) else {
        return;
    };
    let agent = |h: &str| format!("urn:openvalue:agent:{h}");
    let hour = "http://www.ontology-of-units-of-measure.org/resource/om-2/hour";
    assert_eq!(summary["actions"]["work"], 6, "{summary}");
    assert_eq!(summary["actions"]["transfer"], 5, "{summary}");
    // Work as first logged, per provider and unit.
    assert_eq!(summary["work"][format!("{} {hour}", agent("a_b"))], "3");
    assert_eq!(summary["work"][format!("{} {hour}", agent("a-b"))], "2");
    assert_eq!(summary["money_in"][agent("a-b")], "50");
    // Each correction corrects the one before it; the void is the last.
    let c = "urn:openvalue:contribution:C-a-b-x_y-work";
    let v = "urn:openvalue:contribution:C-9lives-x-y-work";
    let corrects = summary["corrects"].as_object().unwrap();
    assert_eq!(corrects[&format!("{c}:revision:1")], c);
    assert_eq!(
        corrects[&format!("{c}:revision:2")],
        format!("{c}:revision:1")
    );
    assert_eq!(corrects[&format!("{v}:revision:1")], v);
    assert_eq!(corrects.len(), 3);
    check_claims(&coop, &summary);
}

/// Claims per receiver are what OpenValue says each earned, settlements
/// what each was paid.
fn check_claims(coop: &Coop, summary: &serde_json::Value) {
    let ledger = coop.open();
    let mut claimed = 0;
    for b in ledger.balances().unwrap() {
        let who = format!("urn:openvalue:agent:{}", b.account);
        let amount = |what: &str| summary[what][&who].as_str().map(cents).unwrap_or(0);
        assert_eq!(amount("claims"), b.earned_minor, "{who} earned");
        assert_eq!(amount("settled"), b.paid_minor, "{who} paid");
        claimed += b.earned_minor;
    }
    assert!(claimed > 0, "the ledger has claims");
}

#[test]
fn valueflows_export_of_the_demo_gives_each_members_work_and_claims() {
    let coop = demo();
    let file = coop.dir.path().join("demo.jsonld");
    coop.ok(&["export", "valueflows", "--out", file.to_str().unwrap()]);
    let Some(summary) = script("valueflows_summary.py", &file) else {
        return;
    };
    check_claims(&coop, &summary);
    // Each member's hours of work, as first logged, are the contributions
    // export's (the demo corrects nothing but voids).
    let contributions = export(&coop, "contributions", "en");
    let mut hours: std::collections::BTreeMap<String, i64> = Default::default();
    for row in rows(
        &contributions,
        b',',
        Some(&["member", "quantity", "measure"]),
    ) {
        if row[2] == "hours" {
            *hours.entry(row[0].clone()).or_default() += cents(&row[1]);
        }
    }
    assert!(!hours.is_empty());
    let hour = "http://www.ontology-of-units-of-measure.org/resource/om-2/hour";
    for (member, total) in hours {
        let key = format!("urn:openvalue:agent:{member} {hour}");
        assert_eq!(
            cents(summary["work"][&key].as_str().unwrap()),
            total,
            "{key}"
        );
    }
    assert!(!summary["corrects"].as_object().unwrap().is_empty());
}
