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

use openvalue::equation;
use openvalue::import::{import_reader, ImportOptions, Table};
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
    for table in [Table::Members, Table::Projects, Table::Kinds] {
        import_reader(
            &mut ledger,
            table,
            "seed.csv",
            sample(table).as_bytes(),
            &ImportOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    }
    ledger
}

fn journal_len(ledger: &Ledger) -> i64 {
    ledger
        .conn()
        .query_row("SELECT count(*) FROM journal", [], |r| r.get(0))
        .unwrap()
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
    with_ledger(|ledger| {
        let before = journal_len(ledger);
        let result = import_reader(
            ledger,
            table,
            "fuzz.csv",
            bytes,
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

proptest! {
    /// Mutated canonical CSV files: import never panics and is all or nothing.
    #[test]
    fn fuzz_csv_import_mutated(table in table(), edits in edits(), dry_run in any::<bool>()) {
        let bytes = apply_edits(sample(table).as_bytes().to_vec(), &edits);
        check_import(table, &bytes, dry_run);
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
    BYTES.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.openvalue");
        {
            let mut ledger = new_ledger(&path);
            for table in [Table::Contributions, Table::Revenues] {
                import_reader(
                    &mut ledger,
                    table,
                    "seed.csv",
                    sample(table).as_bytes(),
                    &ImportOptions::default(),
                    &mut |_| {},
                )
                .unwrap();
            }
            ledger
                .set_equation(None, None, "eq.toml", EQUATION)
                .unwrap();
            ledger.commit_distribution("R-1").unwrap();
        }
        std::fs::read(&path).unwrap()
    })
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
