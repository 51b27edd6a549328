//! Fuzz targets that run on the stable toolchain (issue 7): proptest drives
//! random and mutated inputs into CSV import, equation parsing and opening
//! a damaged ledger file. None may panic; a refused import writes nothing;
//! opening a damaged file never changes its bytes.
//!
//! `make test` runs a short pass (proptest's default 256 cases, or
//! `PROPTEST_CASES`); `make fuzz` runs a long one. Every crash found
//! becomes a named regression test at the bottom of this file (and
//! proptest keeps its seed in `tests/fuzz.proptest-regressions`).

use std::path::Path;

use openvalue::csvformat::CsvFormat;
use openvalue::equation;
use openvalue::import::{import_reader, import_reader_as, ImportOptions, Table};
use openvalue::money::Currency;
use openvalue::store::Ledger;
use proptest::prelude::*;

const MEMBERS: &str = "handle,name,joined_on,type,status\nana,Ana,2025-01-01,member,active\nben,Ben,,member,left\ncommons,Commons,,fund,active\n";
const PROJECTS: &str = "code,name,parent\nweb,Website,\nweb-docs,Docs,web\n";
const KINDS: &str = "code,name,measure,unit,rate,multiplier,gift,reimbursable,effective_from\nwork,Work,hours,,20,1,false,false,\nwork,Work,hours,,22.5,1,false,false,2025-06-01\nexp,Expense,money,,1,1,false,true,\nwords,Words,quantity,words,0.08,1.5,false,false,\n";
const CONTRIBUTIONS: &str = "id,date,member,project,kind,quantity,note\nC-1,2025-03-01,ana,web,work,2.5,\"design, v1\"\n,2025-07-01,ben,web-docs,words,1200,\nC-3,2025-07-02,ana,web,exp,12.30,=SUM(A1)\n";
const REVENUES: &str =
    "id,date,project,amount,currency,note\nR-1,2025-08-01,web,100.00,EUR,first\n,2025-09-01,web-docs,5,,\n";
const EQUATION: &str = "name = \"Fuzz\"\n\n[[bucket]]\nname = \"Commons\"\nshare = \"10%\"\nfund = \"commons\"\n\n[[bucket]]\nshare = \"20%\"\nreimburse = true\nkinds = [\"exp\"]\n\n[[bucket]]\nshare = \"rest\"\npolicy = \"recent\"\ndecay = \"5%\"\n";

fn sample(table: Table) -> &'static str {
    match table {
        Table::Members => MEMBERS,
        Table::Projects => PROJECTS,
        Table::Kinds => KINDS,
        Table::Contributions => CONTRIBUTIONS,
        Table::Revenues => REVENUES,
    }
}

fn new_ledger(path: &Path) -> Ledger {
    let mut ledger =
        Ledger::create(path, "Fuzz coop", Currency::new("EUR", None).unwrap(), 0).unwrap();
    import_samples(
        &mut ledger,
        &[Table::Members, Table::Projects, Table::Kinds],
    );
    ledger
}

/// Imports the sample file of each table.
fn import_samples(ledger: &mut Ledger, tables: &[Table]) {
    for &table in tables {
        import_reader(
            ledger,
            table,
            "seed.csv",
            sample(table).as_bytes(),
            &ImportOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    }
}

fn journal_len(ledger: &Ledger) -> i64 {
    ledger.entry_count().unwrap() as i64
}

/// Edits applied to a valid input: overwrite, insert or delete bytes.
#[derive(Debug, Clone)]
enum Edit {
    Set(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let interesting = prop_oneof![
        any::<u8>(),
        Just(b','),
        Just(b'"'),
        Just(b'\n'),
        Just(b'\r'),
        Just(b'.'),
        Just(b'-'),
        Just(b'='),
        Just(0xFF),
        Just(b'0'),
        Just(b'9'),
        Just(b';'),
        Just(b'/'),
    ];
    let edit = prop_oneof![
        (any::<usize>(), interesting).prop_map(|(i, b)| Edit::Set(i, b)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, v)| Edit::Insert(i, v)),
        (any::<usize>(), 1usize..12).prop_map(|(i, n)| Edit::Delete(i, n)),
    ];
    prop::collection::vec(edit, 0..6)
}

fn apply_edits(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match e {
            Edit::Set(i, b) => {
                if !bytes.is_empty() {
                    let at = i % bytes.len();
                    bytes[at] = *b;
                }
            }
            Edit::Insert(i, v) => {
                let at = i % (bytes.len() + 1);
                bytes.splice(at..at, v.iter().copied());
            }
            Edit::Delete(i, n) => {
                let at = i % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
        }
    }
    bytes
}

fn table() -> impl Strategy<Value = Table> {
    prop::sample::select(Table::ALL.to_vec())
}

/// One ledger per test thread, reused across cases (creating a file per
/// case would make the fuzzing slow); each case checks its own effect.
fn with_ledger(f: impl FnOnce(&mut Ledger)) {
    thread_local! {
        static LEDGER: std::cell::RefCell<Option<(tempfile::TempDir, Ledger)>> = const { std::cell::RefCell::new(None) };
    }
    LEDGER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let (_, ledger) = slot.get_or_insert_with(|| {
            let dir = tempfile::tempdir().unwrap();
            let ledger = new_ledger(&dir.path().join("fuzz.openvalue"));
            (dir, ledger)
        });
        f(ledger);
    });
}

fn check_import(table: Table, bytes: &[u8], dry_run: bool) {
    check_import_as(table, bytes, &CsvFormat::CANONICAL, dry_run);
}

/// A sample as a Spanish spreadsheet writes it: `;`, decimal commas, and
/// day-first dates on odd rows.
fn spanish(table: Table) -> String {
    let text = sample(table).replace(',', ";").replace('.', ",");
    text.lines()
        .enumerate()
        .map(|(i, line)| match (i % 2, line.find("2025-")) {
            (1, Some(at)) => {
                let (y, rest) = line[at..].split_at(4);
                let (m, d) = (&rest[1..3], &rest[4..6]);
                format!("{}{d}/{m}/{y}{}\r\n", &line[..at], &rest[6..])
            }
            _ => format!("{line}\r\n"),
        })
        .collect()
}

fn check_import_as(table: Table, bytes: &[u8], format: &CsvFormat, dry_run: bool) {
    with_ledger(|ledger| {
        let before = journal_len(ledger);
        let result = import_reader_as(
            ledger,
            table,
            "fuzz.csv",
            bytes,
            format,
            &ImportOptions {
                dry_run,
                ignore_unknown: false,
            },
            &mut |_| {},
        );
        let after = journal_len(ledger);
        match result {
            Ok(summary) => {
                if dry_run || summary.added + summary.updated == 0 {
                    assert_eq!(after, before, "a dry run or no-op wrote entries");
                }
            }
            Err(e) => {
                assert_eq!(after, before, "a refused import wrote entries: {e}");
                assert!(!e.to_string().is_empty());
            }
        }
    });
}

#[test]
fn the_spanish_samples_import() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("es.openvalue");
    let mut ledger =
        Ledger::create(&path, "Fuzz coop", Currency::new("EUR", None).unwrap(), 0).unwrap();
    let contributions = spanish(Table::Contributions);
    assert!(
        contributions.contains(";01/03/2025;ana;web;work;2,5;"),
        "{contributions}"
    );
    for table in Table::ALL {
        let text = spanish(table);
        import_reader_as(
            &mut ledger,
            table,
            "es.csv",
            text.as_bytes(),
            &CsvFormat::for_locale("es").unwrap(),
            &ImportOptions::default(),
            &mut |_| {},
        )
        .unwrap_or_else(|e| panic!("{text}\n{e}"));
    }
}

proptest! {
    /// Mutated canonical CSV files: import never panics and is all or nothing.
    #[test]
    fn fuzz_csv_import_mutated(table in table(), edits in edits(), dry_run in any::<bool>()) {
        let bytes = apply_edits(sample(table).as_bytes().to_vec(), &edits);
        check_import(table, &bytes, dry_run);
    }

    /// Mutated Spanish files read with `--locale es`: never a panic, all
    /// or nothing.
    #[test]
    fn fuzz_csv_import_mutated_locale(table in table(), edits in edits(), dry_run in any::<bool>()) {
        let bytes = apply_edits(spanish(table).into_bytes(), &edits);
        check_import_as(table, &bytes, &CsvFormat::for_locale("es").unwrap(), dry_run);
    }

    /// Arbitrary bytes as CSV.
    #[test]
    fn fuzz_csv_import_arbitrary(table in table(), bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_import(table, &bytes, false);
    }

    /// Mutated and arbitrary equation TOML: parse returns a value or an
    /// error with a position, never panics.
    #[test]
    fn fuzz_equation_toml(edits in edits(), arbitrary in ".{0,200}", use_arbitrary in any::<bool>()) {
        let source = if use_arbitrary {
            arbitrary
        } else {
            String::from_utf8_lossy(&apply_edits(EQUATION.as_bytes().to_vec(), &edits)).into_owned()
        };
        let mut catalog = None;
        with_ledger(|ledger| catalog = Some(ledger.catalog().unwrap()));
        match equation::parse("fuzz.toml", &source, catalog.as_ref()) {
            Ok(eq) => prop_assert_ne!(eq.buckets.len(), 0),
            Err(e) => prop_assert!(e.to_string().contains("fuzz.toml"), "{}", e),
        }
    }
}

/// The bytes of a small, complete, closed ledger (no WAL beside it).
fn pristine_ledger() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| seeded_ledger(true))
}

/// A closed ledger with the sample contributions, revenues and the
/// default equation; R-1 distributed when `distributed`.
fn seeded_ledger(distributed: bool) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.openvalue");
    {
        let mut ledger = new_ledger(&path);
        import_samples(&mut ledger, &[Table::Contributions, Table::Revenues]);
        ledger
            .set_equation(None, None, "eq.toml", EQUATION)
            .unwrap();
        if distributed {
            ledger.commit_distribution("R-1").unwrap();
        }
    }
    std::fs::read(&path).unwrap()
}

#[derive(Debug, Clone)]
enum Damage {
    Flip(usize, u8),
    Truncate(usize),
    ZeroPage(usize),
}

fn damage() -> impl Strategy<Value = Vec<Damage>> {
    let one = prop_oneof![
        6 => (any::<usize>(), 0u8..8).prop_map(|(i, bit)| Damage::Flip(i, bit)),
        1 => any::<usize>().prop_map(Damage::Truncate),
        1 => any::<usize>().prop_map(Damage::ZeroPage),
    ];
    prop::collection::vec(one, 1..5)
}

fn check_damaged(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.openvalue");
    std::fs::write(&path, bytes).unwrap();
    if let Ok(ledger) = Ledger::open(&path) {
        // Reads and verify either work or report an error; never panic.
        let _ = ledger.verify();
        let _ = ledger.balances();
        let _ = ledger.catalog();
        let _ = ledger.revenues();
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "opening a damaged ledger changed it"
    );
}

proptest! {
    /// A damaged ledger file: opening and reading it never panic and never
    /// change the file.
    #[test]
    fn fuzz_open_damaged_ledger(damage in damage()) {
        let mut bytes = pristine_ledger().to_vec();
        for d in &damage {
            match *d {
                Damage::Flip(i, bit) => {
                    // Most flips land in the first pages, where the header,
                    // the schema and the small tables live.
                    let at = if i % 2 == 0 { i % bytes.len().min(8 * 4096) } else { i % bytes.len() };
                    bytes[at] ^= 1 << bit;
                }
                Damage::Truncate(i) => {
                    let keep = i % bytes.len().max(1);
                    bytes.truncate(keep.max(1));
                }
                Damage::ZeroPage(i) => {
                    let pages = (bytes.len() / 4096).max(1);
                    let start = (i % pages) * 4096;
                    let end = (start + 4096).min(bytes.len());
                    bytes[start..end].fill(0);
                }
            }
        }
        check_damaged(&bytes);
    }
}

// ---------------------------------------------------------------------------
// The command line's argument surface (issue 10): every argument of the
// writing commands and the list filters gets random paths, very long
// texts, huge, negative and malformed numbers, control characters and
// garbage. Commands run in-process through `cli::run` (a process per case
// would be slow); each must return or fail with a message, never panic,
// and nothing it prints may act on a terminal. After the commands every
// table and the distribution preview are drawn from the fuzzed books.

mod common;

use common::inproc::run_in_process;

/// A ledger with members, projects, kinds, contributions, two revenues and
/// the default equation, nothing distributed yet.
fn cli_pristine_ledger() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| seeded_ledger(false))
}

/// Text a user could type anywhere: known names, numbers out of every
/// range, bad dates, control characters, long texts and any Unicode.
fn wild() -> BoxedStrategy<String> {
    let fixed = prop::sample::select(vec![
        "",
        " ",
        "-",
        "--",
        "0",
        "-5",
        "-0.0001",
        "1e400",
        "1e-400",
        "NaN",
        "inf",
        "99999999999999999999999",
        "9223372036854775807",
        "-9223372036854775808",
        "922337203685477.5807",
        "0.00000000000000000001",
        "2025-02-30",
        "-001-05-02",
        "99999-01-01",
        "2025-13-01",
        "10 %",
        "rest",
        "file:x?mode=memory",
        "/dev/null",
        "ana",
        "Ana",
        "web",
        "work",
        "exp",
        "commons",
        "R-1",
        "C-1",
    ])
    .prop_map(String::from);
    let long = (
        prop::sample::select(vec![81usize, 201, 2_001, 70_000]),
        prop::sample::select(vec!['x', 'é', '\u{1b}', '界', '\u{202e}', '\n']),
    )
        .prop_map(|(n, c)| std::iter::repeat_n(c, n).collect::<String>());
    let controls = "[a-z0-9\\x01-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e} .,;:%=\"'-]{1,24}";
    let garbage = ".{0,40}".prop_map(|s: String| s.replace('\0', ""));
    prop_oneof![4 => fixed, 1 => long, 2 => controls, 2 => garbage].boxed()
}

/// Mostly a name the books know, else anything.
fn name(known: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![
        6 => prop::sample::select(known).prop_map(String::from),
        1 => wild(),
    ]
    .boxed()
}

fn number() -> BoxedStrategy<String> {
    prop_oneof![
        5 => prop::sample::select(vec!["1", "2.5", "12.30", "0.0001", "100"]).prop_map(String::from),
        1 => wild(),
    ]
    .boxed()
}

/// `--flag VALUE`, or nothing.
fn flag(flag: &'static str, value: BoxedStrategy<String>) -> BoxedStrategy<Vec<String>> {
    prop::option::of(value)
        .prop_map(move |v| v.map(|v| vec![flag.to_string(), v]).unwrap_or_default())
        .boxed()
}

/// `--switch`, or nothing.
fn switch(name: &'static str) -> BoxedStrategy<Vec<String>> {
    any::<bool>()
        .prop_map(move |on| if on { vec![name.to_string()] } else { vec![] })
        .boxed()
}

fn command(head: &[&str], parts: Vec<BoxedStrategy<Vec<String>>>) -> BoxedStrategy<Vec<String>> {
    let head: Vec<String> = head.iter().map(|s| s.to_string()).collect();
    parts
        .prop_map(move |parts| {
            head.iter()
                .cloned()
                .chain(parts.into_iter().flatten())
                .collect()
        })
        .boxed()
}

fn positional(value: BoxedStrategy<String>) -> BoxedStrategy<Vec<String>> {
    value.prop_map(|v| vec![v]).boxed()
}

/// `--flag VALUE`, always there.
fn required(flag: &'static str, value: BoxedStrategy<String>) -> BoxedStrategy<Vec<String>> {
    value.prop_map(move |v| vec![flag.to_string(), v]).boxed()
}

/// A new handle or code: mostly well formed, sometimes anything.
fn new_code() -> BoxedStrategy<String> {
    prop_oneof![3 => "[a-z][a-z0-9-]{0,10}", 1 => wild()].boxed()
}

const MEMBERS_KNOWN: &[&str] = &["ana", "ben", "commons"];
const PROJECTS_KNOWN: &[&str] = &["web", "web-docs"];
const KINDS_KNOWN: &[&str] = &["work", "exp", "words"];
const DATES: &[&str] = &["2025-03-01", "2025-08-01", "2026-01-31"];

/// One command of the CLI's writing surface or a list filter. `EQ` stands
/// for an equation file written beside the ledger; `PATH` for a random path.
fn cli_command() -> BoxedStrategy<Vec<String>> {
    let date = || name(DATES);
    prop_oneof![
        command(&["log"], vec![
            positional(name(MEMBERS_KNOWN)), positional(name(PROJECTS_KNOWN)),
            positional(name(KINDS_KNOWN)), positional(number()),
            flag("--date", date()), flag("--note", wild()), flag("--id", new_code()),
        ]),
        command(&["member", "add"], vec![
            positional(new_code()), positional(wild()), switch("--fund"), flag("--joined", date()),
        ]),
        command(&["project", "add"], vec![
            positional(new_code()), positional(wild()), flag("--parent", name(PROJECTS_KNOWN)),
        ]),
        command(&["kind", "add"], vec![
            positional(prop_oneof![name(KINDS_KNOWN), new_code()].boxed()), positional(wild()),
            required("--measure", name(&["hours", "money", "quantity"])), required("--rate", number()),
            flag("--unit", wild()), flag("--multiplier", number()), switch("--gift"),
            switch("--reimbursable"), flag("--from", date()),
        ]),
        command(&["revenue", "add"], vec![
            positional(name(PROJECTS_KNOWN)), positional(number()),
            flag("--date", date()), flag("--id", new_code()), flag("--note", wild()),
        ]),
        command(&["pay"], vec![
            positional(name(MEMBERS_KNOWN)), positional(number()),
            flag("--date", date()), flag("--method", wild()), flag("--note", wild()),
        ]),
        command(&["correct"], vec![
            positional(name(&["C-1", "C-3"])), flag("--quantity", number()),
            flag("--date", date()), flag("--kind", name(KINDS_KNOWN)),
            flag("--note", wild()), switch("--void"),
        ]),
        command(&["approve"], vec![positional(name(&["C-1", "C-3"])), flag("--by", name(MEMBERS_KNOWN))]),
        command(&["equation", "set"], vec![
            positional(prop_oneof![name(PROJECTS_KNOWN), Just("--default".to_string())].boxed()),
            positional(prop_oneof![3 => Just("EQ".to_string()), 1 => Just("PATH".to_string()), 1 => wild()].boxed()),
            flag("--from", date()),
        ]),
        command(&["list"], vec![
            flag("--member", name(MEMBERS_KNOWN)), flag("--project", name(PROJECTS_KNOWN)),
            flag("--kind", name(KINDS_KNOWN)), flag("--from", date()), flag("--to", date()),
            flag("--status", name(&["counts", "pending", "rejected", "void"])), switch("--all"),
            flag("--limit", number()),
        ]),
        command(&["distribute"], vec![
            positional(name(&["R-1"])), switch("--dry-run"), switch("--json"),
            flag("--explain", name(MEMBERS_KNOWN)),
        ]),
    ]
    .boxed()
}

/// A path a user could give: missing, a folder, the ledger itself, a
/// device, a URI, garbage under the case's folder.
fn wild_path() -> BoxedStrategy<String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            ".",
            "/",
            "/dev/null",
            "/nonexistent/x.toml",
            "file:x?mode=memory",
            "LEDGER",
            "DIR"
        ])
        .prop_map(String::from),
        "[a-z./ \\x01-\\x1f]{1,20}".prop_map(|s| format!("DIR/{s}")),
    ]
    .boxed()
}

/// An equation whose name and one bucket's name are wild text.
fn wild_equation() -> BoxedStrategy<String> {
    (wild(), wild())
        .prop_map(|(name, bucket)| {
            format!(
                "name = {}\n\n[[bucket]]\nname = {}\nshare = \"rest\"\npolicy = \"lifetime\"\n",
                toml::Value::String(name),
                toml::Value::String(bucket)
            )
        })
        .boxed()
}

/// What every case draws afterwards from the fuzzed books.
const READS: &[&[&str]] = &[
    &["list", "--all"],
    &["member", "list"],
    &["project", "list"],
    &["kind", "list"],
    &["revenue", "list"],
    &["equation", "list"],
    &["balances"],
    &["distribute", "R-1", "--dry-run", "--explain", "ana"],
    &["distribute", "R-1", "--dry-run", "--json"],
];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(96),
        ..ProptestConfig::default()
    })]

    /// The CLI's arguments: no panic, every refusal an error with a
    /// message, nothing raw on the terminal; the books still verify.
    #[test]
    fn fuzz_cli_arguments(
        commands in prop::collection::vec(cli_command(), 1..5),
        equation in wild_equation(),
        path in wild_path(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("fuzz.openvalue");
        std::fs::write(&ledger, cli_pristine_ledger()).unwrap();
        let eq = dir.path().join("eq.toml");
        std::fs::write(&eq, &equation).unwrap();
        let dir_text = dir.path().display().to_string();
        let path = path.replace("LEDGER", &ledger.display().to_string()).replace("DIR", &dir_text);
        for args in &commands {
            let args: Vec<String> = args
                .iter()
                .map(|a| match a.as_str() {
                    "EQ" => eq.display().to_string(),
                    "PATH" => path.clone(),
                    _ => a.clone(),
                })
                .collect();
            run_in_process(&ledger, &args);
        }
        for read in READS {
            let args: Vec<String> = read.iter().map(|s| s.to_string()).collect();
            run_in_process(&ledger, &args);
        }
        let verify = vec!["verify".to_string()];
        prop_assert!(run_in_process(&ledger, &verify), "verify fails after {:?}", commands);
    }
}
