//! Several laptops, one set of books (SPEC §12, issue 11): conflicts,
//! security of bundles, copies and keys, anchors against rollback, and the
//! convergence property over random schedules.
//!
//! Laptops here are ledgers in one temporary folder, driven through the
//! CLI in-process (`cli::run`), each with its own device id; they share
//! the user's key store (keys are per device), except where a test needs
//! a computer without a key (`Ledger::open_in` with an empty store).

mod common;

use std::path::{Path, PathBuf};

use clap::Parser;
use openvalue::cli::{self, Cli};
use openvalue::keys::Keystore;
use openvalue::store::Ledger;

use common::rng::Rng;

/// Runs `openvalue --ledger LEDGER args…` in-process; its output or its
/// error message.
fn cli(ledger: &Path, args: &[&str]) -> Result<String, String> {
    let argv = ["openvalue", "--ledger", &ledger.display().to_string()]
        .into_iter()
        .map(str::to_string)
        .chain(args.iter().map(|a| a.to_string()))
        .collect::<Vec<_>>();
    let parsed = Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let result = cli::run(parsed, &mut out);
    let text = String::from_utf8(out).expect("utf-8 output");
    match result {
        Ok(()) => Ok(text),
        Err(e) => Err(format!("{text}{e}")),
    }
}

fn ok(ledger: &Path, args: &[&str]) -> String {
    cli(ledger, args).unwrap_or_else(|e| panic!("openvalue {args:?} on {}: {e}", ledger.display()))
}

/// A scratch folder in memory when the system has one (fsync is then
/// free), else a temporary folder.
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::tempdir().expect("temp dir")
}

const EQUATION: &str = "name = \"fest\"\n\n[[bucket]]\nname = \"Expenses\"\nshare = \"30%\"\nreimburse = true\n\n[[bucket]]\nname = \"Contributors\"\nshare = \"rest\"\npolicy = \"lifetime\"\n";

/// A cooperative of `n` laptops: the first creates the ledger and invites
/// the others, which start from their invitations.
struct Coop {
    dir: tempfile::TempDir,
    laptops: Vec<PathBuf>,
}

impl Coop {
    fn new(n: usize) -> Coop {
        let dir = scratch();
        let a = dir.path().join("laptop0.openvalue");
        ok(
            &a,
            &[
                "init",
                "--name",
                "Fest",
                "--currency",
                "EUR",
                "--approvals",
                "1",
            ],
        );
        for (h, name) in [("ana", "Ana"), ("ben", "Ben"), ("cai", "Cai")] {
            ok(&a, &["member", "add", h, name]);
        }
        ok(&a, &["project", "add", "fest", "Fest"]);
        ok(
            &a,
            &[
                "kind",
                "add",
                "work",
                "Work",
                "--measure",
                "hours",
                "--rate",
                "20",
            ],
        );
        ok(
            &a,
            &[
                "kind",
                "add",
                "exp",
                "Expenses",
                "--measure",
                "money",
                "--rate",
                "1",
                "--reimbursable",
            ],
        );
        let eq = dir.path().join("eq.toml");
        std::fs::write(&eq, EQUATION).expect("equation");
        ok(
            &a,
            &["equation", "set", "--default", eq.to_str().expect("path")],
        );
        ok(
            &a,
            &[
                "token",
                "define",
                "eco",
                "--name",
                "Ecos",
                "--per-value",
                "0.1",
            ],
        );
        ok(
            &a,
            &[
                "epoch",
                "open",
                "fest",
                "--from",
                "2026-05-01",
                "--to",
                "2026-05-31",
                "--give",
                "10",
                "--id",
                "E1",
            ],
        );
        let mut laptops = vec![a.clone()];
        for i in 1..n {
            let invitation = dir.path().join(format!("laptop{i}.ovinvite"));
            let path = dir.path().join(format!("laptop{i}.openvalue"));
            ok(
                &a,
                &[
                    "device",
                    "invite",
                    "--out",
                    invitation.to_str().expect("path"),
                    "--label",
                    &format!("laptop {i}"),
                ],
            );
            ok(&path, &["clone", invitation.to_str().expect("path")]);
            laptops.push(path);
        }
        // Everyone learns about every invitation.
        let coop = Coop { dir, laptops };
        coop.exchange_all();
        coop
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    /// Laptop `from`'s bundle, merged by laptop `to`.
    fn send(&self, from: usize, to: usize) -> String {
        let file = self.path(&format!("from{from}-to{to}.ovbundle"));
        ok(&self.laptops[from], &["bundle", "export", "--out", &file]);
        let out = ok(&self.laptops[to], &["bundle", "import", &file]);
        let _ = std::fs::remove_file(&file);
        out
    }

    /// Every laptop merges every other's, twice round.
    fn exchange_all(&self) {
        for _ in 0..2 {
            for from in 0..self.laptops.len() {
                for to in 0..self.laptops.len() {
                    if from != to {
                        self.send(from, to);
                    }
                }
            }
        }
    }

    /// What a person compares between laptops: every export, the
    /// conflicts list and verify's summary (without "this laptop").
    fn books(&self, i: usize) -> String {
        let ledger = &self.laptops[i];
        let mut all = String::new();
        for what in [
            "contributions",
            "allocations",
            "balances",
            "payouts",
            "journal",
        ] {
            let file = self.path(&format!("export-{i}-{what}.csv"));
            let _ = std::fs::remove_file(&file);
            ok(ledger, &["export", what, "--out", &file]);
            all.push_str(&format!("== {what}\n"));
            all.push_str(&std::fs::read_to_string(&file).expect("export"));
        }
        all.push_str("== conflicts\n");
        all.push_str(&ok(ledger, &["conflicts"]));
        all.push_str("== verify\n");
        all.push_str(&ok(ledger, &["verify"]).replace(" (this laptop)", ""));
        all
    }

    fn assert_converged(&self, context: &str) {
        let first = self.books(0);
        for i in 1..self.laptops.len() {
            let other = self.books(i);
            assert!(
                first == other,
                "{context}: laptop 0 and laptop {i} differ:\n--- laptop 0\n{first}\n--- laptop {i}\n{other}"
            );
        }
    }

    fn conflicts(&self, i: usize) -> String {
        ok(&self.laptops[i], &["conflicts"])
    }
}

fn file_bytes(path: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).expect("ledger");
    if let Ok(wal) = std::fs::read(format!("{}-wal", path.display())) {
        bytes.extend(wal);
    }
    bytes
}

// ---------------------------------------------------------------------
// Conflict cases, each named (issue 11).

#[test]
fn double_distribution_is_one_conflict_listed_identically() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(
        a,
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C1",
        ],
    );
    coop.exchange_all();
    ok(b, &["approve", "C1", "--by", "ben"]);
    coop.exchange_all();
    for l in [a, b] {
        ok(
            l,
            &[
                "revenue",
                "add",
                "fest",
                "100",
                "--id",
                "R1",
                "--date",
                "2026-06-01",
            ],
        );
        ok(l, &["distribute", "R1"]);
    }
    coop.exchange_all();
    let conflicts = coop.conflicts(0);
    assert!(
        conflicts.contains("revenue 'R1' is already distributed"),
        "{conflicts}"
    );
    assert!(conflicts.contains("1 conflict:"), "{conflicts}");
    coop.assert_converged("double distribution");
    // Resolved by new entries: reverse the live one and distribute again.
    let live = ok(a, &["revenue", "list"]);
    assert!(live.contains("R1"), "{live}");
}

#[test]
fn same_handle_with_another_name_is_a_conflict_and_the_same_details_are_not() {
    let coop = Coop::new(3);
    ok(&coop.laptops[0], &["member", "add", "dan", "Dan Ruiz"]);
    ok(&coop.laptops[1], &["member", "add", "dan", "Daniel"]);
    ok(&coop.laptops[2], &["member", "add", "dan", "Dan Ruiz"]);
    coop.exchange_all();
    let conflicts = coop.conflicts(0);
    assert_eq!(
        conflicts
            .matches("account 'dan' already exists with other details")
            .count(),
        1,
        "{conflicts}"
    );
    assert!(conflicts.contains("name"), "{conflicts}");
    coop.assert_converged("same handle");
}

#[test]
fn same_id_with_other_content_is_a_conflict() {
    let coop = Coop::new(2);
    ok(
        &coop.laptops[0],
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C9",
        ],
    );
    ok(
        &coop.laptops[1],
        &[
            "log",
            "ben",
            "fest",
            "work",
            "5",
            "--date",
            "2026-05-01",
            "--id",
            "C9",
        ],
    );
    // The same record on both (one file imported twice) is no conflict.
    ok(
        &coop.laptops[0],
        &[
            "log",
            "cai",
            "fest",
            "work",
            "1",
            "--date",
            "2026-05-02",
            "--id",
            "C10",
        ],
    );
    ok(
        &coop.laptops[1],
        &[
            "log",
            "cai",
            "fest",
            "work",
            "1",
            "--date",
            "2026-05-02",
            "--id",
            "C10",
        ],
    );
    coop.exchange_all();
    let conflicts = coop.conflicts(1);
    assert!(
        conflicts.contains("contribution with id 'C9' already exists with other details"),
        "{conflicts}"
    );
    assert!(!conflicts.contains("C10"), "{conflicts}");
    coop.assert_converged("same id");
}

#[test]
fn correction_of_a_voided_contribution_is_a_conflict() {
    let coop = Coop::new(2);
    ok(
        &coop.laptops[0],
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C1",
        ],
    );
    coop.exchange_all();
    ok(&coop.laptops[0], &["correct", "C1", "--void"]);
    ok(&coop.laptops[1], &["correct", "C1", "--quantity", "4"]);
    coop.exchange_all();
    let conflicts = coop.conflicts(0);
    assert_eq!(conflicts.lines().count(), 2, "{conflicts}");
    assert!(
        conflicts.contains("contribution C1 is void")
            || conflicts.contains("contribution C1 changed since"),
        "{conflicts}"
    );
    coop.assert_converged("correction of a void");
}

#[test]
fn payout_to_an_account_created_on_another_laptop_is_not_a_conflict() {
    let coop = Coop::new(3);
    ok(&coop.laptops[1], &["member", "add", "eve", "Eve"]);
    coop.send(1, 2);
    ok(&coop.laptops[2], &["pay", "eve", "12.50"]);
    // Laptop 0 hears from laptop 2 first: the payout's account comes in
    // the same bundle, earlier in the order.
    coop.send(2, 0);
    assert!(coop.conflicts(0).contains("no conflicts"));
    coop.exchange_all();
    assert!(coop.conflicts(0).contains("no conflicts"));
    coop.assert_converged("payout");
}

#[test]
fn approvals_arriving_before_the_contribution_they_approve_are_not_a_conflict() {
    let coop = Coop::new(3);
    let (a, b, c) = (&coop.laptops[0], &coop.laptops[1], &coop.laptops[2]);
    ok(
        a,
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C1",
        ],
    );
    coop.send(0, 1);
    ok(b, &["approve", "C1", "--by", "ben"]);
    // Laptop 2 gets only laptop 1's own entries (its approval), then
    // laptop 0's: a bundle cut to one device's chain.
    let only_b = {
        let ledger = Ledger::open(b).expect("open");
        let mut bundle = ledger.bundle().expect("bundle");
        let device = ledger.device().to_string();
        bundle.entries.retain(|e| e.device == device);
        let file = coop.dir.path().join("only-b.ovbundle");
        openvalue::sync::write_bundle(&file, &bundle).expect("write");
        file
    };
    let first = ok(c, &["bundle", "import", only_b.to_str().expect("path")]);
    assert!(
        first.contains("1 conflict"),
        "the approval waits for its contribution: {first}"
    );
    coop.send(0, 2);
    assert!(
        coop.conflicts(2).contains("no conflicts"),
        "{}",
        coop.conflicts(2)
    );
    let list = ok(c, &["list", "--status", "counts"]);
    assert!(list.contains("C1"), "{list}");
    coop.exchange_all();
    coop.assert_converged("approval first");
}

#[test]
fn a_reversal_of_a_distribution_in_conflict_depends_on_it() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(
        a,
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C1",
        ],
    );
    coop.exchange_all();
    ok(b, &["approve", "C1", "--by", "ben"]);
    coop.exchange_all();
    for l in [a, b] {
        ok(
            l,
            &[
                "revenue",
                "add",
                "fest",
                "100",
                "--id",
                "R1",
                "--date",
                "2026-06-01",
            ],
        );
    }
    ok(a, &["distribute", "R1"]);
    let committed = ok(b, &["distribute", "R1"]);
    let d = committed
        .lines()
        .find_map(|l| l.strip_prefix("committed as distribution "))
        .expect("distribution id")
        .trim()
        .to_string();
    ok(b, &["reverse", &d]);
    coop.exchange_all();
    let conflicts = coop.conflicts(0);
    // Which laptop's distribution came first depends on the clocks; when
    // laptop 1's is the one in conflict, its reversal depends on it.
    if conflicts.contains(&d) {
        assert!(conflicts.contains("depends on entry"), "{conflicts}");
    }
    coop.assert_converged("reversal");
}

#[test]
fn a_revoked_laptops_later_entries_are_kept_not_applied() {
    let coop = Coop::new(3);
    let (a, b, c) = (&coop.laptops[0], &coop.laptops[1], &coop.laptops[2]);
    let lost = Ledger::open(c).expect("open").device().to_string();
    ok(
        c,
        &[
            "log",
            "cai",
            "fest",
            "work",
            "2",
            "--date",
            "2026-05-01",
            "--id",
            "C-before",
        ],
    );
    coop.send(2, 0);
    ok(a, &["device", "revoke", &lost]);
    // The lost laptop goes on writing, and its bundle turns up later.
    ok(
        c,
        &[
            "log",
            "cai",
            "fest",
            "work",
            "9",
            "--date",
            "2026-05-02",
            "--id",
            "C-after",
        ],
    );
    coop.exchange_all();
    let conflicts = coop.conflicts(1);
    assert!(
        conflicts.contains("was revoked after its entry"),
        "{conflicts}"
    );
    let list = ok(b, &["list"]);
    assert!(
        list.contains("C-before") && !list.contains("C-after"),
        "{list}"
    );
    // The revoked laptop itself is told it writes nothing more.
    let err = cli(c, &["log", "cai", "fest", "work", "1"]).expect_err("revoked");
    assert!(err.contains("was revoked"), "{err}");
    coop.assert_converged("revoked");
}

// ---------------------------------------------------------------------
// Security: refused whole, the ledger byte-identical.

fn refused_whole(target: &Path, bundle: &Path, expect: &str) {
    let before = file_bytes(target);
    let err = cli(
        target,
        &["bundle", "import", bundle.to_str().expect("path")],
    )
    .expect_err("refused");
    assert!(err.contains(expect), "expected {expect:?} in: {err}");
    assert!(
        err.contains("nothing was changed") || err.contains("damaged"),
        "{err}"
    );
    assert_eq!(file_bytes(target), before, "the ledger changed");
}

#[test]
fn a_forged_entry_with_a_recomputed_hash_is_refused_whole() {
    let coop = Coop::new(2);
    ok(&coop.laptops[1], &["pay", "ana", "10"]);
    let ledger = Ledger::open(&coop.laptops[1]).expect("open");
    let mut bundle = ledger.bundle().expect("bundle");
    let e = bundle
        .entries
        .iter_mut()
        .rev()
        .find(|e| e.kind == "payout_recorded")
        .expect("payout");
    let mut payload = e.decode().expect("payload");
    if let openvalue::journal::Payload::PayoutRecorded(p) = &mut payload {
        p.amount_minor = 1_000_000;
    }
    e.payload = openvalue::journal::encode_payload(&payload).expect("encode");
    e.hash = e.computed_hash();
    let file = coop.dir.path().join("forged.ovbundle");
    openvalue::sync::write_bundle(&file, &bundle).expect("write");
    refused_whole(&coop.laptops[0], &file, "signature does not match");
}

#[test]
fn a_bundle_from_a_device_nobody_invited_is_refused_whole() {
    let coop = Coop::new(2);
    // A copy of laptop 1's file on a computer without its key, made a new
    // device there without anyone admitting it.
    let stranger = coop.dir.path().join("stranger.openvalue");
    std::fs::copy(&coop.laptops[1], &stranger).expect("copy");
    let keys = tempfile::tempdir().expect("keys");
    let mut ledger = Ledger::open_in(&stranger, Keystore::at(keys.path())).expect("open");
    let err = ledger
        .add_account(&openvalue::validate::AccountInput::member("zed", "Zed"))
        .expect_err("read-only without the key");
    assert!(err.to_string().contains("does not hold the key"), "{err}");
    // Reading works there.
    assert!(ledger.verify().expect("verify").is_ok());
    let device = ledger.become_new_device("stranger").expect("new device");
    ledger
        .add_account(&openvalue::validate::AccountInput::member("zed", "Zed"))
        .expect("writes as a new device");
    let file = coop.dir.path().join("stranger.ovbundle");
    openvalue::sync::export_bundle(&ledger, &file).expect("export");
    drop(ledger);
    refused_whole(&coop.laptops[0], &file, "neither admitted nor invited");
    // Once an admitted laptop admits it, its entries are taken.
    ok(&coop.laptops[0], &["device", "admit", &device]);
    ok(
        &coop.laptops[0],
        &["bundle", "import", file.to_str().expect("path")],
    );
    assert!(ok(&coop.laptops[0], &["member", "list"]).contains("zed"));
}

#[test]
fn truncated_and_bit_flipped_bundles_are_refused_whole() {
    let coop = Coop::new(2);
    ok(&coop.laptops[1], &["pay", "ana", "10"]);
    let file = coop.dir.path().join("good.ovbundle");
    ok(
        &coop.laptops[1],
        &["bundle", "export", "--out", file.to_str().expect("path")],
    );
    let bytes = std::fs::read(&file).expect("bundle");
    let cut = coop.dir.path().join("cut.ovbundle");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).expect("write");
    refused_whole(&coop.laptops[0], &cut, "damaged");
    for at in [20, bytes.len() / 2, bytes.len() - 5] {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x01;
        let f = coop.dir.path().join(format!("flip{at}.ovbundle"));
        std::fs::write(&f, &flipped).expect("write");
        refused_whole(&coop.laptops[0], &f, "damaged");
    }
}

#[test]
fn a_bundle_from_another_cooperative_is_refused_whole() {
    let ours = Coop::new(2);
    let theirs = Coop::new(1);
    let file = theirs.dir.path().join("theirs.ovbundle");
    ok(
        &theirs.laptops[0],
        &["bundle", "export", "--out", file.to_str().expect("path")],
    );
    // Both are called "Fest": the message says they are still not one.
    refused_whole(
        &ours.laptops[0],
        &file,
        "comes from another ledger, also called 'Fest' but started separately",
    );
    let err = cli(
        &ours.laptops[0],
        &["verify", "--against", file.to_str().expect("path")],
    )
    .expect_err("another ledger");
    assert!(err.contains("another ledger"), "{err}");
    assert!(!err.contains("missing"), "{err}");
}

#[test]
fn a_plain_copy_beside_the_original_becomes_a_new_device_and_a_moved_ledger_does_not() {
    let coop = Coop::new(1);
    let a = &coop.laptops[0];
    let device = Ledger::open(a).expect("open").device().to_string();
    // `cp`: the copy keeps the file's instance but not its place.
    let copy = coop.dir.path().join("copy.openvalue");
    std::fs::copy(a, &copy).expect("copy");
    ok(a, &["member", "add", "fay", "Fay"]);
    ok(&copy, &["member", "add", "gil", "Gil"]);
    let copy_device = Ledger::open(&copy).expect("open").device().to_string();
    assert_ne!(copy_device, device, "the copy writes as a new device");
    assert_eq!(Ledger::open(a).expect("open").device(), device);
    let file = coop.dir.path().join("copy.ovbundle");
    ok(
        &copy,
        &["bundle", "export", "--out", file.to_str().expect("path")],
    );
    let out = ok(a, &["bundle", "import", file.to_str().expect("path")]);
    assert!(out.contains("no conflicts"), "{out}");
    // `mv`: the same file somewhere else keeps its device.
    let moved = coop.dir.path().join("moved.openvalue");
    std::fs::rename(a, &moved).expect("move");
    ok(&moved, &["member", "add", "hal", "Hal"]);
    assert_eq!(Ledger::open(&moved).expect("open").device(), device);
    assert!(ok(&moved, &["verify"]).starts_with("OK"));
}

/// A bundle of laptop 1's journal with one more entry, signed by its key,
/// stamped `hlc`.
fn bundle_stamped(coop: &Coop, hlc: i64, name: &str) -> PathBuf {
    let ledger = Ledger::open(&coop.laptops[1]).expect("open");
    let device = ledger.device().to_string();
    let mut bundle = ledger.bundle().expect("bundle");
    let last = bundle
        .entries
        .iter()
        .filter(|e| e.device == device)
        .max_by_key(|e| e.device_seq)
        .expect("an entry")
        .clone();
    let key = Keystore::user()
        .load(&device)
        .expect("key")
        .expect("present")
        .key;
    let entry = openvalue::journal::Entry::new(
        &openvalue::journal::Stamp {
            device: &device,
            device_seq: last.device_seq + 1,
            prev_hash: &last.hash,
            recorded_at: "2026-12-01T00:00:00Z".into(),
            hlc: openvalue::journal::Hlc(hlc),
            author: None,
        },
        &openvalue::journal::Payload::ApprovalsRequiredSet {
            approvals_required: 2,
        },
        &key,
    )
    .expect("entry");
    bundle.entries.push(entry);
    let file = coop.dir.path().join(name);
    openvalue::sync::write_bundle(&file, &bundle).expect("write");
    file
}

#[test]
fn entries_stamped_at_the_end_of_time_or_before_the_ledger_are_refused_whole() {
    let coop = Coop::new(2);
    ok(&coop.laptops[1], &["member", "add", "zoe", "Zoe"]);
    let far = bundle_stamped(&coop, i64::MAX, "far.ovbundle");
    refused_whole(
        &coop.laptops[0],
        &far,
        "more than a year after this computer's clock",
    );
    let early = bundle_stamped(&coop, 5, "early.ovbundle");
    refused_whole(&coop.laptops[0], &early, "before the ledger was created");
    // Six months ahead still merges (with the future-stamp warning).
    let soon = (chrono::Utc::now().timestamp_millis() + 180 * 24 * 3_600_000) << 16;
    let ahead = bundle_stamped(&coop, soon, "ahead.ovbundle");
    let out = ok(
        &coop.laptops[0],
        &["bundle", "import", ahead.to_str().expect("path")],
    );
    assert!(out.contains("ahead"), "{out}");
    ok(&coop.laptops[0], &["member", "add", "new", "New"]);
    assert!(ok(&coop.laptops[0], &["verify"]).starts_with("OK"));
}

#[test]
fn device_admit_takes_only_a_device_id_and_verify_against_a_fifo_does_not_hang() {
    let coop = Coop::new(1);
    let a = &coop.laptops[0];
    let before = file_bytes(a);
    let err = cli(a, &["device", "admit", "not a device\u{7}"]).expect_err("refused");
    assert!(err.contains("is not a device id"), "{err}");
    assert_eq!(file_bytes(a), before);
    let fifo = coop.dir.path().join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let err = cli(a, &["verify", "--against", fifo.to_str().expect("path")]).expect_err("a fifo");
    assert!(err.contains("a bundle is a file"), "{err}");
}

#[test]
fn a_refused_clone_leaves_no_folders_behind() {
    let coop = Coop::new(1);
    let bundle = coop.dir.path().join("plain.ovbundle");
    ok(
        &coop.laptops[0],
        &["bundle", "export", "--out", bundle.to_str().expect("path")],
    );
    let target = coop.dir.path().join("new").join("sub").join("x.openvalue");
    let err =
        cli(&target, &["clone", bundle.to_str().expect("path")]).expect_err("not an invitation");
    assert!(err.contains("not an invitation"), "{err}");
    assert!(!coop.dir.path().join("new").exists());
}

#[test]
fn a_conflict_between_rate_versions_shows_rates_as_people_write_them() {
    let coop = Coop::new(2);
    let version = |laptop: usize, rate: &str| {
        ok(
            &coop.laptops[laptop],
            &[
                "kind",
                "add",
                "work",
                "Work",
                "--measure",
                "hours",
                "--rate",
                rate,
                "--from",
                "2026-07-01",
            ],
        )
    };
    version(0, "30");
    version(1, "32.5");
    coop.exchange_all();
    let conflicts = ok(&coop.laptops[0], &["conflicts"]);
    assert!(
        conflicts.contains("'30' here, '32.5' in this entry")
            || conflicts.contains("'32.5' here, '30' in this entry"),
        "{conflicts}"
    );
    assert!(!conflicts.contains("300000"), "{conflicts}");
}

#[test]
fn a_fork_of_one_device_is_refused_naming_the_device() {
    let coop = Coop::new(2);
    // The same file and the same key on two computers (a copied home
    // folder): both write entry number N of one device.
    let twin = coop.dir.path().join("twin.openvalue");
    std::fs::copy(&coop.laptops[1], &twin).expect("copy");
    let ledger = Ledger::open(&coop.laptops[1]).expect("open");
    let device = ledger.device().to_string();
    drop(ledger);
    let keys = tempfile::tempdir().expect("keys");
    let mut secret = Keystore::user()
        .load(&device)
        .expect("key")
        .expect("present");
    // On the other computer the original file is not where the key says.
    secret.place = None;
    Keystore::at(keys.path())
        .save(&device, &secret)
        .expect("save");
    let mut twin_ledger = Ledger::open_in(&twin, Keystore::at(keys.path())).expect("open");
    twin_ledger
        .add_account(&openvalue::validate::AccountInput::member("tia", "Tia"))
        .expect("twin writes");
    let file = coop.dir.path().join("twin.ovbundle");
    openvalue::sync::export_bundle(&twin_ledger, &file).expect("export");
    ok(&coop.laptops[1], &["member", "add", "uma", "Uma"]);
    refused_whole(
        &coop.laptops[1],
        &file,
        &format!("device {device} wrote two different entries"),
    );
}

#[test]
fn a_copy_on_the_same_computer_becomes_a_new_device_endorsed_by_the_old() {
    let coop = Coop::new(1);
    let a = &coop.laptops[0];
    let backup = coop.dir.path().join("backup.openvalue");
    ok(a, &["backup", backup.to_str().expect("path")]);
    ok(a, &["member", "add", "fay", "Fay"]);
    ok(&backup, &["member", "add", "gil", "Gil"]);
    let devices = ok(&backup, &["device", "list"]);
    assert_eq!(
        devices.lines().count(),
        3,
        "two devices and a header: {devices}"
    );
    // The two files extend two chains, so they merge without a fork.
    let file = coop.dir.path().join("backup.ovbundle");
    ok(
        &backup,
        &["bundle", "export", "--out", file.to_str().expect("path")],
    );
    let out = ok(a, &["bundle", "import", file.to_str().expect("path")]);
    assert!(out.contains("no conflicts"), "{out}");
    let members = ok(a, &["member", "list"]);
    assert!(
        members.contains("fay") && members.contains("gil"),
        "{members}"
    );
    assert!(ok(a, &["verify"]).starts_with("OK"));
}

#[test]
fn verify_against_finds_a_rolled_back_ledger() {
    let coop = Coop::new(1);
    let a = &coop.laptops[0];
    let backup = coop.dir.path().join("old.openvalue");
    ok(a, &["backup", backup.to_str().expect("path")]);
    ok(a, &["member", "add", "hal", "Hal"]);
    ok(a, &["pay", "ana", "3"]);
    let anchor = coop.dir.path().join("anchor.ovbundle");
    ok(
        a,
        &["bundle", "export", "--out", anchor.to_str().expect("path")],
    );
    assert!(ok(a, &["verify", "--against", anchor.to_str().expect("path")]).starts_with("OK"));
    // The old backup put back in place of the ledger: two entries missing.
    let err = cli(
        &backup,
        &["verify", "--against", anchor.to_str().expect("path")],
    )
    .expect_err("rolled back");
    assert_eq!(err.matches("missing: entry").count(), 2, "{err}");
    assert!(err.contains("2 entries of"), "{err}");
    // Against a backup file too.
    assert!(ok(a, &["verify", "--against", backup.to_str().expect("path")]).starts_with("OK"));
}

#[test]
fn sync_skips_conflicted_copies_and_damaged_bundles_and_still_succeeds() {
    let coop = Coop::new(2);
    let shared = coop.dir.path().join("shared");
    std::fs::create_dir(&shared).expect("dir");
    let s = shared.to_str().expect("path");
    ok(&coop.laptops[1], &["sync", s]);
    std::fs::write(shared.join("junk.ovbundle"), b"not a bundle").expect("write");
    std::fs::write(
        shared.join("x.sync-conflict-20261201-120000-ABCDEFG.ovbundle"),
        b"x",
    )
    .expect("write");
    let out = ok(&coop.laptops[0], &["sync", s]);
    assert!(
        out.contains("skipped") && out.contains("junk.ovbundle"),
        "{out}"
    );
    assert!(out.contains("sync-conflict"), "{out}");
    assert!(out.contains("merged"), "{out}");
    coop.exchange_all();
    coop.assert_converged("sync");
    // Never the ledger's own folder.
    let own = coop.dir.path().to_str().expect("path");
    let err = cli(&coop.laptops[0], &["sync", own]).expect_err("own folder");
    assert!(err.contains("holds the ledger file itself"), "{err}");
}

// ---------------------------------------------------------------------
// Convergence (the cr-sqlite merge check and diamond-types fuzzer are the
// references): random commands on 3–4 laptops, random exchanges with
// duplication, reordering and dropped bundles, then a full exchange.

/// One random command on laptop `i`.
fn random_command(rng: &mut Rng, coop: &Coop, i: usize, step: usize) {
    let l = &coop.laptops[i];
    let pick = |rng: &mut Rng, xs: &[&str]| xs[rng.below(xs.len() as u64) as usize].to_string();
    let member = pick(rng, &["ana", "ben", "cai", "dan"]);
    let other = pick(rng, &["ana", "ben", "cai", "dan"]);
    let contribution = format!("C{}", rng.below(6));
    let revenue = format!("R{}", rng.below(3));
    let day = format!("2026-05-{:02}", 1 + rng.below(28));
    let args: Vec<String> = match rng.below(18) {
        // Corrections everywhere (SPEC §13): their conflicts must converge
        // like every other.
        14 => vec![
            "revenue".into(),
            "correct".into(),
            revenue,
            "--amount".into(),
            pick(rng, &["90", "120", "250"]),
        ],
        15 => vec!["revenue".into(), "void".into(), revenue],
        16 => {
            let ledger = Ledger::open(l).expect("open");
            let paid = ledger.payouts().ok().and_then(|ps| {
                let n = ps.len() as u64;
                (n > 0).then(|| ps[rng.below(n) as usize].id.clone())
            });
            match paid {
                Some(id) => vec!["payout".into(), "void".into(), id],
                None => vec!["pay".into(), member, "2.50".into()],
            }
        }
        17 => vec![
            "member".into(),
            "rename".into(),
            member,
            pick(rng, &["Ana Puig", "Ben Roca", "Someone"]),
        ],
        12 => vec![
            "give".into(),
            "E1".into(),
            "--from".into(),
            member,
            "--to".into(),
            other,
            format!("{}", rng.below(7)),
        ],
        13 => vec![
            "token".into(),
            "send".into(),
            member,
            other,
            format!("{}.{:02}", rng.below(3), rng.below(100)),
        ],
        0 => vec![
            "member".into(),
            "add".into(),
            "dan".into(),
            pick(rng, &["Dan", "Daniel"]),
        ],
        1 | 2 => vec![
            "log".into(),
            member,
            "fest".into(),
            "work".into(),
            format!("{}", 1 + rng.below(4)),
            "--date".into(),
            day,
            "--id".into(),
            contribution,
        ],
        3 => vec![
            "log".into(),
            member,
            "fest".into(),
            "exp".into(),
            format!("{}.50", 1 + rng.below(30)),
            "--date".into(),
            day,
            "--id".into(),
            format!("E{}", rng.below(3)),
        ],
        4 | 5 => vec!["approve".into(), contribution, "--by".into(), other],
        6 => vec![
            "correct".into(),
            contribution,
            "--quantity".into(),
            format!("{}", 1 + rng.below(5)),
        ],
        7 => vec!["correct".into(), contribution, "--void".into()],
        8 => vec![
            "revenue".into(),
            "add".into(),
            "fest".into(),
            pick(rng, &["100", "250"]),
            "--id".into(),
            revenue,
            "--date".into(),
            "2026-06-01".into(),
        ],
        9 => vec!["distribute".into(), revenue],
        10 => {
            let ledger = Ledger::open(l).expect("open");
            let live = ledger.revenues().ok().and_then(|rs| {
                rs.into_iter()
                    .filter_map(|r| r.distribution)
                    .nth(rng.below(2) as usize)
            });
            match live {
                Some(d) => vec!["reverse".into(), d],
                None => vec!["pay".into(), member, "1.25".into()],
            }
        }
        _ => vec![
            "pay".into(),
            member,
            format!("{}.{:02}", rng.below(20), step % 100),
        ],
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // Local refusals (already distributed, unknown id …) are part of the
    // game; a panic is not.
    let _ = cli(l, &args);
}

/// Runs one schedule; returns how many conflicts the books ended with.
fn run_schedule(seed: u64) -> usize {
    let mut rng = Rng(seed);
    let n = 3 + rng.below(2) as usize;
    let coop = Coop::new(n);
    // Bundles exported at random moments, delivered later, in any order,
    // some twice, some never.
    let mut in_flight: Vec<(usize, PathBuf)> = Vec::new();
    let steps = 14 + rng.below(10) as usize;
    for step in 0..steps {
        let i = rng.below(n as u64) as usize;
        random_command(&mut rng, &coop, i, step);
        match rng.below(4) {
            0 => {
                let from = rng.below(n as u64) as usize;
                let file = coop.dir.path().join(format!("flight-{step}.ovbundle"));
                ok(
                    &coop.laptops[from],
                    &["bundle", "export", "--out", file.to_str().expect("path")],
                );
                in_flight.push((from, file));
            }
            1 if !in_flight.is_empty() => {
                let k = rng.below(in_flight.len() as u64) as usize;
                let (from, file) = in_flight[k].clone();
                let to = rng.below(n as u64) as usize;
                if to != from {
                    ok(
                        &coop.laptops[to],
                        &["bundle", "import", file.to_str().expect("path")],
                    );
                }
                // Dropped or kept for a duplicate delivery.
                if rng.below(2) == 0 {
                    in_flight.swap_remove(k);
                }
            }
            _ => {}
        }
    }
    coop.exchange_all();
    coop.assert_converged(&format!("seed {seed}"));
    for l in &coop.laptops {
        let v = ok(l, &["verify"]);
        assert!(v.starts_with("OK"), "seed {seed}: {v}");
    }
    let list = coop.conflicts(0);
    if list.starts_with("no conflicts") {
        0
    } else {
        list.lines().count() - 1
    }
}

/// Seeds: `SYNC_SEED` replays one; `SYNC_SCHEDULES` sets how many (300
/// in `make test`, more in `make soak`), from `SYNC_FIRST_SEED`.
#[test]
fn random_schedules_converge() {
    if let Ok(seed) = std::env::var("SYNC_SEED") {
        let seed: u64 = seed.parse().expect("SYNC_SEED is a number");
        let conflicts = run_schedule(seed);
        eprintln!("seed {seed} converged with {conflicts} conflicts");
        return;
    }
    let count: u64 = std::env::var("SYNC_SCHEDULES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let first: u64 = std::env::var("SYNC_FIRST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let started = std::time::Instant::now();
    let (mut conflicts, mut with_conflicts) = (0, 0);
    for seed in first..first + count {
        match std::panic::catch_unwind(|| run_schedule(seed)) {
            Ok(n) => {
                conflicts += n;
                with_conflicts += usize::from(n > 0);
            }
            Err(e) => {
                eprintln!("schedule with seed {seed} failed; replay with SYNC_SEED={seed} cargo test --test sync random_schedules_converge");
                std::panic::resume_unwind(e);
            }
        }
    }
    eprintln!(
        "{count} schedules converged in {:.1} s (seeds {first}..{}); {with_conflicts} ended with conflicts, {conflicts} in all",
        started.elapsed().as_secs_f64(),
        first + count
    );
    // The schedules must exercise conflicts, or they prove little.
    assert!(
        count < 20 || with_conflicts * 10 >= count as usize,
        "too few schedules met a conflict"
    );
}

#[test]
fn a_copied_ledger_on_a_computer_without_its_key_reads_and_says_how_to_go_on() {
    let coop = Coop::new(1);
    let copy = coop.dir.path().join("copied.openvalue");
    std::fs::copy(&coop.laptops[0], &copy).expect("copy");
    let other_computer = tempfile::tempdir().expect("keys");
    let run = |args: &[&str]| {
        common::openvalue()
            .env("OPENVALUE_KEYS", other_computer.path())
            .arg("--ledger")
            .arg(&copy)
            .args(args)
            .output()
            .expect("run")
    };
    let before = file_bytes(&copy);
    let out = run(&["member", "add", "ivy", "Ivy"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("opens read-only"), "{stderr}");
    assert!(
        stderr.contains("hint: `openvalue device new --yes`"),
        "{stderr}"
    );
    assert_eq!(file_bytes(&copy), before);
    assert!(run(&["verify"]).status.success());
    assert!(run(&["balances"]).status.success());
    let out = run(&["device", "new", "--label", "office"]);
    assert!(!out.status.success(), "needs confirmation");
    let out = run(&["device", "new", "--label", "office", "--yes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(run(&["member", "add", "ivy", "Ivy"]).status.success());
}

#[test]
fn a_bundle_claiming_to_create_our_ledger_again_is_refused_whole() {
    let ours = Coop::new(2);
    let theirs = Coop::new(1);
    // Another cooperative's whole journal, relabelled as ours: its device
    // would be "the creator" if a second ledger_created were believed.
    let mut bundle = Ledger::open(&theirs.laptops[0])
        .expect("open")
        .bundle()
        .expect("bundle");
    bundle.ledger = Ledger::open(&ours.laptops[0])
        .expect("open")
        .ledger_id()
        .expect("id");
    let file = ours.dir.path().join("relabelled.ovbundle");
    openvalue::sync::write_bundle(&file, &bundle).expect("write");
    refused_whole(
        &ours.laptops[0],
        &file,
        "does not hold the one ledger it names",
    );
}

#[test]
fn two_laptops_spending_the_same_tokens_is_a_conflict_for_the_later() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(
        a,
        &[
            "token",
            "define",
            "tk",
            "--name",
            "Tokens",
            "--per-value",
            "1",
        ],
    );
    ok(a, &["settings", "--approvals", "0"]);
    ok(a, &["log", "ana", "fest", "work", "1", "--id", "T1"]); // 20 eco
    coop.exchange_all();
    ok(a, &["token", "send", "ana", "ben", "15", "--token", "tk"]);
    ok(b, &["token", "send", "ana", "cai", "15", "--token", "tk"]);
    coop.exchange_all();
    let conflicts = coop.conflicts(0);
    assert!(
        conflicts.contains("ana has 5.00 tk, not enough to send 15.00"),
        "{conflicts}"
    );
    coop.assert_converged("tokens");
}

#[test]
fn a_give_ordered_after_its_epoch_closed_is_a_conflict() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(
        a,
        &[
            "epoch",
            "open",
            "fest",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
            "--give",
            "50",
            "--id",
            "E2",
        ],
    );
    coop.exchange_all();
    ok(a, &["epoch", "close", "E2"]);
    // Laptop 1 has not heard of the close yet.
    ok(b, &["give", "E2", "--from", "ben", "--to", "ana", "10"]);
    coop.exchange_all();
    let conflicts = coop.conflicts(0);
    assert!(conflicts.contains("epoch E2 is closed"), "{conflicts}");
    coop.assert_converged("give after close");
}

// ---------------------------------------------------------------------
// Corrections everywhere (SPEC §13) on two laptops.

#[test]
fn two_laptops_voiding_the_same_payout_agree_without_a_conflict() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    let id = ok(a, &["pay", "ana", "10.00", "--date", "2026-06-01"]);
    let id = id.lines().next().expect("payout id").trim().to_string();
    coop.exchange_all();
    ok(a, &["payout", "void", &id]);
    ok(b, &["payout", "void", &id]);
    // Merged both ways: b takes a's void first, then a takes b's.
    coop.send(0, 1);
    coop.send(1, 0);
    for l in [a, b] {
        assert!(ok(l, &["conflicts"]).contains("no conflicts"));
        let row = ok(l, &["balances"]);
        let ana = row.lines().find(|r| r.starts_with("ana")).expect("ana");
        assert!(ana.contains("0.00    0.00"), "{row}");
        assert!(ok(l, &["payout", "list", "--all"]).contains("void"));
    }
    coop.assert_converged("double payout void");
}

#[test]
fn two_laptops_correcting_the_same_revenue_keep_the_first_and_list_the_second() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    for (id, date) in [("R1", "2026-06-01"), ("R2", "2026-06-02")] {
        ok(
            a,
            &["revenue", "add", "fest", "100", "--id", id, "--date", date],
        );
    }
    coop.exchange_all();
    ok(a, &["revenue", "correct", "R1", "--amount", "120"]);
    ok(b, &["revenue", "correct", "R1", "--amount", "130"]);
    ok(a, &["revenue", "void", "R2"]);
    ok(b, &["revenue", "correct", "R2", "--note", "late"]);
    coop.send(1, 0);
    coop.send(0, 1);
    let conflicts = coop.conflicts(0);
    assert!(conflicts.contains("2 conflicts:"), "{conflicts}");
    // Both corrected revision 0 of R1: the later in the order is the
    // conflict, on both laptops.
    assert!(
        conflicts.contains(
            "revenue 'R1' changed since: this entry was made for its revision 0, but revision 1 is current"
        ),
        "{conflicts}"
    );
    assert!(
        conflicts.contains("revenue 'R2' is void")
            || conflicts.contains("revenue 'R2' changed since"),
        "{conflicts}"
    );
    assert_eq!(ok(a, &["revenue", "list"]), ok(b, &["revenue", "list"]));
    coop.assert_converged("two corrections of one revenue");
}

#[test]
fn a_distribution_of_a_revenue_voided_on_another_laptop_is_a_conflict() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(
        a,
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C1",
        ],
    );
    ok(a, &["approve", "C1", "--by", "ben"]);
    ok(
        a,
        &[
            "revenue",
            "add",
            "fest",
            "100",
            "--id",
            "R1",
            "--date",
            "2026-06-01",
        ],
    );
    coop.exchange_all();
    ok(a, &["distribute", "R1"]);
    ok(b, &["revenue", "void", "R1"]);
    coop.send(0, 1);
    coop.send(1, 0);
    let conflicts = coop.conflicts(1);
    assert!(conflicts.contains("1 conflict:"), "{conflicts}");
    assert!(
        conflicts.contains("revenue 'R1' is void")
            || conflicts.contains("revenue 'R1' has an active distribution"),
        "{conflicts}"
    );
    coop.assert_converged("distribution of a voided revenue");
}

#[test]
fn renames_on_two_laptops_end_with_the_later_name_on_both() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(a, &["member", "rename", "ana", "Ana A"]);
    ok(b, &["member", "rename", "ana", "Ana B"]);
    ok(b, &["kind", "rename", "work", "Paid work"]);
    coop.send(0, 1);
    coop.send(1, 0);
    let names = ok(a, &["member", "list"]);
    assert_eq!(names, ok(b, &["member", "list"]));
    assert!(
        names.contains("Ana A") != names.contains("Ana B"),
        "{names}"
    );
    assert!(ok(a, &["kind", "list"]).contains("Paid work"));
    assert!(coop.conflicts(0).contains("no conflicts"));
    coop.assert_converged("renames");
}

#[test]
fn a_distribution_of_a_revenue_corrected_on_another_laptop_is_a_conflict() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(
        a,
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-01",
            "--id",
            "C1",
        ],
    );
    ok(a, &["approve", "C1", "--by", "ben"]);
    ok(
        a,
        &[
            "revenue",
            "add",
            "fest",
            "100",
            "--id",
            "R1",
            "--date",
            "2026-06-01",
        ],
    );
    coop.exchange_all();
    // Only the date changes: the amount still fits, but the split was
    // computed for the revenue as it was.
    ok(a, &["revenue", "correct", "R1", "--date", "2026-04-01"]);
    ok(b, &["distribute", "R1"]);
    coop.send(0, 1);
    coop.send(1, 0);
    let conflicts = coop.conflicts(0);
    assert!(conflicts.contains("1 conflict:"), "{conflicts}");
    // The correction was written first, so the distribution (computed
    // for the revenue as it was) is the conflict.
    assert!(
        conflicts.contains("distribution_committed")
            && conflicts.contains("revenue 'R1' changed since"),
        "{conflicts}"
    );
    coop.assert_converged("distribution of a corrected revenue");
}

#[test]
fn an_add_merged_after_a_rename_that_differs_only_by_that_name_is_a_no_op() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(a, &["member", "add", "dan", "Dan"]);
    ok(a, &["member", "rename", "dan", "Daniel"]);
    // The same member added on the other laptop, stamped after the rename.
    ok(b, &["member", "add", "dan", "Dan"]);
    coop.send(0, 1);
    coop.send(1, 0);
    for l in [a, b] {
        assert!(ok(l, &["conflicts"]).contains("no conflicts"));
        let list = ok(l, &["member", "list"]);
        let dan = list.lines().find(|r| r.starts_with("dan ")).expect("dan");
        assert!(dan.contains("Daniel"), "{list}");
    }
    coop.assert_converged("add after rename");
}

#[test]
fn two_laptops_recording_uses_of_a_resource_merged_both_ways_give_identical_books() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(a, &["member", "add", "commons", "Commons", "--fund"]);
    coop.exchange_all();
    // The same resource defined on both laptops is a no-op when merged.
    for l in [a, b] {
        ok(
            l,
            &[
                "resource", "add", "laser", "--name", "Laser", "--rate", "10", "--unit", "hours",
                "--owner", "ana:2", "--owner", "ben", "--owner", "commons",
            ],
        );
    }
    coop.exchange_all();
    ok(
        a,
        &[
            "use",
            "laser",
            "fest",
            "3",
            "--date",
            "2026-05-02",
            "--by",
            "cai",
        ],
    );
    ok(
        b,
        &["use", "laser", "fest", "0.333", "--date", "2026-05-02"],
    );
    ok(b, &["use", "laser", "fest", "1", "--date", "2026-05-03"]);
    coop.send(0, 1);
    coop.send(1, 0);
    for l in [a, b] {
        assert!(ok(l, &["conflicts"]).contains("no conflicts"));
        let list = ok(l, &["resource", "list"]);
        assert!(list.contains("ana 15, ben 7.5, commons 7.5"), "{list}");
        assert!(
            list.contains("ana 1.665, ben 0.8325, commons 0.8325"),
            "{list}"
        );
    }
    coop.assert_converged("resource uses");
}

#[test]
fn a_resource_defined_differently_on_two_laptops_is_a_conflict_for_the_later() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    let add = |l: &PathBuf, rate: &str| {
        ok(
            l,
            &[
                "resource", "add", "van", "--name", "Van", "--rate", rate, "--unit", "km",
                "--owner", "ana",
            ],
        )
    };
    add(a, "0.30");
    add(b, "0.40");
    coop.exchange_all();
    for l in [a, b] {
        let conflicts = ok(l, &["conflicts"]);
        assert!(
            conflicts.contains("van") && conflicts.contains("rate"),
            "{conflicts}"
        );
    }
    coop.assert_converged("a resource defined twice");
}

/// Issue 16 item 7: ids made without one are readable, per-ledger
/// sequences (`C-0001` on the laptop that created the ledger, `C-3f2a-0001`
/// on another), and the same numbers made on two laptops apart never meet
/// when they merge.
#[test]
fn readable_ids_made_on_two_laptops_apart_merge_without_a_conflict() {
    let coop = Coop::new(2);
    let log = |i: usize| {
        ok(
            &coop.laptops[i],
            &["log", "ana", "fest", "work", "2", "--date", "2026-06-01"],
        )
        .trim()
        .to_string()
    };
    let (a1, a2, b1) = (log(0), log(0), log(1));
    assert_eq!((a1.as_str(), a2.as_str()), ("C-0001", "C-0002"));
    let parts: Vec<&str> = b1.split('-').collect();
    assert_eq!(parts.len(), 3, "{b1}");
    assert_eq!((parts[0], parts[2]), ("C", "0001"));
    assert!(
        parts[1].len() == 4 && parts[1].bytes().all(|b| b.is_ascii_hexdigit()),
        "{b1}"
    );
    let r0 = ok(
        &coop.laptops[0],
        &["revenue", "add", "fest", "100", "--date", "2026-06-02"],
    );
    assert!(r0.trim().starts_with("R-0001"), "{r0}");
    let p1 = ok(&coop.laptops[1], &["pay", "ana", "5"]);
    assert!(p1.contains(&format!("P-{}-0001", parts[1])), "{p1}");
    coop.exchange_all();
    assert!(coop.conflicts(0).contains("no conflicts"));
    // After the merge, each laptop goes on from its own last number.
    assert_eq!(log(0), "C-0003");
    assert_eq!(log(1), format!("C-{}-0002", parts[1]));
}

/// Issue 11's interleaved merge: entries stamped between this laptop's
/// recent ones roll the books back to the first of them and replay only
/// what follows — never the whole journal — and the books are what a
/// replay of the whole journal gives (verify), on both laptops.
#[test]
fn an_interleaved_merge_rolls_back_only_the_recent_entries() {
    let coop = Coop::new(2);
    // The laptops work in turn, so their stamps interleave: every kind of
    // change the rollback must undo (inserts, upserts of totals and
    // lines, updates by corrections and approvals, a reversal).
    let turns: [(usize, &[&str]); 12] = [
        (
            0,
            &[
                "log",
                "ana",
                "fest",
                "work",
                "3",
                "--date",
                "2026-05-02",
                "--id",
                "C1",
            ],
        ),
        (
            1,
            &[
                "log",
                "ben",
                "fest",
                "work",
                "2",
                "--date",
                "2026-05-03",
                "--id",
                "C2",
            ],
        ),
        (0, &["approve", "C1", "--by", "ben"]),
        (
            1,
            &[
                "log",
                "cai",
                "fest",
                "exp",
                "12.50",
                "--date",
                "2026-05-04",
                "--id",
                "E1",
            ],
        ),
        (
            0,
            &[
                "revenue",
                "add",
                "fest",
                "250",
                "--id",
                "R1",
                "--date",
                "2026-06-01",
            ],
        ),
        (1, &["approve", "C2", "--by", "ana"]),
        (0, &["distribute", "R1"]),
        (1, &["correct", "C2", "--quantity", "4"]),
        (0, &["pay", "ana", "10.00"]),
        (1, &["approve", "E1", "--by", "ana"]),
        (0, &["correct", "C1", "--void"]),
        (
            1,
            &[
                "revenue",
                "add",
                "fest",
                "100",
                "--id",
                "R2",
                "--date",
                "2026-06-02",
            ],
        ),
    ];
    for (laptop, args) in turns {
        ok(&coop.laptops[laptop], args);
    }
    let file = coop.path("from1.ovbundle");
    ok(&coop.laptops[1], &["bundle", "export", "--out", &file]);
    let mut ledger = Ledger::open(&coop.laptops[0]).expect("open");
    let report = openvalue::sync::import_bundle(&mut ledger, Path::new(&file)).expect("merge");
    drop(ledger);
    assert!(!report.rebuilt, "{report:?}");
    // Laptop 1's six entries and laptop 0's five after the first of them.
    assert_eq!(report.added, 6, "{report:?}");
    assert_eq!(report.replayed, 11, "{report:?}");
    let verified = ok(&coop.laptops[0], &["verify"]);
    assert!(verified.starts_with("OK"), "{verified}");
    coop.send(0, 1);
    coop.assert_converged("after an interleaved merge");
}

/// An undo step changed in the file is never run: `verify` says so, and
/// the merge that would have rolled back through it rebuilds the books
/// from the journal instead (after which they verify again).
#[test]
fn a_damaged_undo_step_is_never_run_and_verify_says_so() {
    let coop = Coop::new(2);
    three_interleaved(&coop);
    // Undoing C3 would now delete another row.
    tamper(
        &coop.laptops[0],
        "UPDATE undo_log SET key = '[999999]' WHERE n = (SELECT max(n) FROM undo_log)",
    );
    let said = cli(&coop.laptops[0], &["verify"]).expect_err("verify must fail");
    assert!(said.contains("undo steps of journal entry"), "{said}");

    let file = coop.path("from1.ovbundle");
    ok(&coop.laptops[1], &["bundle", "export", "--out", &file]);
    let mut ledger = Ledger::open(&coop.laptops[0]).expect("open");
    let report = openvalue::sync::import_bundle(&mut ledger, Path::new(&file)).expect("merge");
    drop(ledger);
    assert!(report.rebuilt && report.replayed == 0, "{report:?}");
    let verified = ok(&coop.laptops[0], &["verify"]);
    assert!(verified.starts_with("OK"), "{verified}");
    coop.send(0, 1);
    coop.assert_converged("after a rebuild instead of a damaged rollback");
}

fn tamper(ledger: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(ledger).expect("open");
    let changed = conn.execute(sql, []).expect("tamper");
    assert!(changed > 0, "{sql} changed nothing");
}

/// A mark whose digest was cleared in the file is not sealed again by the
/// next write: it stays damage, which verify reports and no merge runs —
/// and a step is data, so even an unsealed one naming another table or
/// holding SQL could not run it.
#[test]
fn a_cleared_digest_is_not_sealed_again_and_a_step_never_runs_sql() {
    let coop = Coop::new(2);
    let a = &coop.laptops[0];
    three_interleaved(&coop);
    let outside = coop.dir.path().join("outside.db");
    tamper(
        a,
        &format!(
            "UPDATE undo_log SET tbl = 'journal', key = json_array('1; ATTACH DATABASE ''{}'' AS x; CREATE TABLE x.t (a)')
             WHERE n = (SELECT max(n) FROM undo_log);
             ",
            outside.display()
        ),
    );
    tamper(a, "UPDATE undo_marks SET digest = NULL");
    ok(
        a,
        &[
            "log",
            "cai",
            "fest",
            "work",
            "1",
            "--date",
            "2026-05-05",
            "--id",
            "C4",
        ],
    );
    let said = cli(a, &["verify"]).expect_err("verify must fail");
    assert!(said.contains("undo steps of journal entry"), "{said}");

    let file = coop.path("from1.ovbundle");
    ok(&coop.laptops[1], &["bundle", "export", "--out", &file]);
    let mut ledger = Ledger::open(a).expect("open");
    let report = openvalue::sync::import_bundle(&mut ledger, Path::new(&file)).expect("merge");
    drop(ledger);
    assert!(report.rebuilt && report.replayed == 0, "{report:?}");
    assert!(!outside.exists(), "a step ran SQL");
    let verified = ok(a, &["verify"]);
    assert!(verified.starts_with("OK"), "{verified}");
}

/// An index definition in the file with statements appended (SQLite loads
/// such a schema and never runs them) is never run as a script when a
/// merge rebuilds the books: the merge is refused, naming the index, and
/// nothing else happens.
#[test]
fn an_index_definition_with_appended_statements_is_never_run() {
    let coop = Coop::new(2);
    let a = &coop.laptops[0];
    three_interleaved(&coop);
    let outside = coop.dir.path().join("outside.db");
    rusqlite::Connection::open(a)
        .expect("open")
        .execute_batch(&format!(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET sql = sql || '; ATTACH DATABASE ''{}'' AS x; CREATE TABLE x.t (a)'
             WHERE name = 'contributions_by_day';",
            outside.display()
        ))
        .expect("tamper");
    // No marks: the merge must rebuild, dropping and building the indexes.
    tamper(a, "DELETE FROM undo_marks");
    let file = coop.path("from1.ovbundle");
    ok(&coop.laptops[1], &["bundle", "export", "--out", &file]);
    let said = cli(a, &["bundle", "import", &file]).expect_err("the merge must be refused");
    assert!(said.contains("cannot be built again"), "{said}");
    assert!(!outside.exists(), "an appended statement ran");
}

// ---------------------------------------------------------------------
// The undo log under attack (an adversarial review of the rollback).

// ---------------------------------------------------------------------
// Attacks on the rollback of interleaved merges (branch attack-rollback).

/// `(entry, first_n)` of every undo mark, in the order `rollback` reads
/// them (first_n, rowid).
fn undo_marks(ledger: &Path) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(ledger).expect("open");
    let mut stmt = conn
        .prepare("SELECT entry, first_n FROM undo_marks ORDER BY first_n, rowid")
        .expect("marks");
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("marks")
        .collect::<Result<Vec<_>, _>>()
        .expect("marks");
    rows
}

/// Appends `n` entries on `ledger` in one transaction through the library
/// (a long-lived ledger's history, fast): renames of member ana (two
/// undo steps each) or, with `one_step`, the approvals setting (one).
fn many_entries(ledger: &Path, n: usize, one_step: bool) {
    use openvalue::journal::Payload;
    let mut l = Ledger::open(ledger).expect("open");
    l.write(|w| {
        for i in 0..n {
            let payload = if one_step {
                Payload::ApprovalsRequiredSet {
                    approvals_required: 1 + (i % 2) as u32,
                }
            } else {
                Payload::Renamed {
                    what: openvalue::model::Renamed::Account,
                    code: "ana".into(),
                    name: format!("Ana {i}"),
                }
            };
            w.append(&payload)?;
        }
        Ok::<_, openvalue::store::StoreError>(())
    })
    .expect("entries");
}

/// With the real limits (marks for 20,000 entries): when the oldest marks
/// kept are entries that changed no book row (device invitations), a
/// merge stamped just after them rolls back every step left, and the
/// replay numbers its steps from 1 again — below the marks it kept. The
/// marks are then out of order, `verify` says the untouched file "was
/// changed outside OpenValue", and every later interleaved merge
/// rebuilds.
#[test]
fn a_rollback_that_empties_the_undo_log_keeps_the_marks_in_order() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    // Old history: 20,001 entries of one undo step each.
    many_entries(a, 20_001, true);
    // Three entries that change no book row.
    for i in 0..3 {
        let invitation = coop.path(&format!("extra{i}.ovinvite"));
        ok(
            a,
            &[
                "device",
                "invite",
                "--out",
                &invitation,
                "--label",
                &format!("spare {i}"),
            ],
        );
    }
    // Laptop 1 writes now: stamped after the invitations.
    ok(
        b,
        &[
            "log",
            "ben",
            "fest",
            "work",
            "2",
            "--date",
            "2026-05-03",
            "--id",
            "C2",
        ],
    );
    // Recent history: the invitations are now the oldest marks kept.
    many_entries(a, 19_997, false);
    let verified = ok(a, &["verify"]);
    assert!(verified.starts_with("OK"), "before the merge: {verified}");

    let file = coop.path("from1.ovbundle");
    ok(b, &["bundle", "export", "--out", &file]);
    let mut ledger = Ledger::open(a).expect("open");
    let report = openvalue::sync::import_bundle(&mut ledger, Path::new(&file)).expect("merge");
    drop(ledger);
    assert!(!report.rebuilt, "{report:?}");
    assert_eq!(report.replayed, 19_998, "{report:?}");
    // Steps are numbered on: the new marks come after the kept ones.
    let after = undo_marks(a);
    assert!(
        after.windows(2).all(|w| w[0].1 <= w[1].1),
        "marks out of order"
    );
    let verified = cli(a, &["verify"]);
    assert!(
        matches!(&verified, Ok(v) if v.starts_with("OK")),
        "after the rollback, untouched file: {verified:?}"
    );
}

/// Every book table of a ledger, rows sorted, as text (memberships too,
/// which `verify` does not compare).
fn book_dump(ledger: &Path) -> String {
    let conn = rusqlite::Connection::open(ledger).expect("open");
    // Every table but the journal, the file's own facts and the undo log.
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('journal', 'meta')
             AND name NOT GLOB 'undo_*' AND name NOT GLOB 'sqlite_*' ORDER BY name",
        )
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .collect::<Result<_, _>>()
        .expect("tables");
    let mut out = String::new();
    for t in &tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {t}")).expect("select");
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut cells = Vec::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cells.push(format!("{v:?}"));
                }
                Ok(cells.join("|"))
            })
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("rows");
        rows.sort();
        out.push_str(&format!("== {t} ({})\n", rows.len()));
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
    }
    out
}

fn merge_file(coop: &Coop, from: usize, to: usize, name: &str) -> openvalue::store::MergeReport {
    let file = coop.path(name);
    let _ = std::fs::remove_file(&file);
    ok(&coop.laptops[from], &["bundle", "export", "--out", &file]);
    let mut ledger = Ledger::open(&coop.laptops[to]).expect("open");
    let report = openvalue::sync::import_bundle(&mut ledger, Path::new(&file)).expect("merge");
    drop(ledger);
    report
}

fn assert_verifies(ledger: &Path, context: &str) {
    let v = cli(ledger, &["verify"]);
    assert!(
        matches!(&v, Ok(t) if t.starts_with("OK")),
        "{context}: {v:?}"
    );
}

/// Every kind of entry in the rolled-back tail, with quotes, unicode and
/// newlines in the texts the undo steps quote: both laptops roll back,
/// verify, and hold the same books (every table, memberships included) as
/// a third laptop that took every entry in order.
#[test]
fn every_kind_of_entry_in_a_rolled_back_tail_is_undone_exactly() {
    let coop = Coop::new(3);
    let eq2 = coop.path("eq2.toml");
    std::fs::write(&eq2, EQUATION.replace("30%", "40%")).expect("eq");
    let weird = "it's \"quoted\"; DROP TABLE journal; -- ünï 🎉\nsecond line\tTab ''";
    let setup: Vec<Vec<&str>> = vec![
        vec![
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-02",
            "--id",
            "C1",
            "--note",
            weird,
        ],
        vec![
            "log",
            "ben",
            "fest",
            "work",
            "2",
            "--date",
            "2026-05-03",
            "--id",
            "C2",
        ],
        vec![
            "log",
            "cai",
            "fest",
            "exp",
            "12.50",
            "--date",
            "2026-05-04",
            "--id",
            "X1",
            "--note",
            "l'été\n",
        ],
        vec!["member", "add", "obrien", "Seán O'Brien \"Jr\""],
        vec!["stage", "define", "trial", "--percent", "50"],
        vec![
            "resource",
            "add",
            "van",
            "--name",
            "Van 'blue'",
            "--rate",
            "2.5",
            "--unit",
            "km",
            "--owner",
            "ana:2",
            "--owner",
            "ben",
        ],
        vec![
            "revenue",
            "add",
            "fest",
            "250",
            "--id",
            "R1",
            "--date",
            "2026-06-01",
            "--note",
            weird,
        ],
        vec![
            "revenue",
            "add",
            "fest",
            "100",
            "--id",
            "R2",
            "--date",
            "2026-06-02",
        ],
    ];
    for args in &setup {
        ok(&coop.laptops[0], args);
    }
    coop.exchange_all();
    let turns: Vec<(usize, Vec<&str>)> = vec![
        (0, vec!["approve", "C1", "--by", "ben"]),
        (1, vec!["approve", "C2", "--by", "ana"]),
        (
            0,
            vec![
                "reject",
                "X1",
                "--by",
                "ana",
                "--reason",
                "no receipt; it's 'gone'",
            ],
        ),
        (1, vec!["member", "rename", "ben", "Ben 'B' Ñoño"]),
        (
            0,
            vec!["stage", "set", "cai", "trial", "--from", "2026-05-01"],
        ),
        (
            1,
            vec![
                "kind",
                "add",
                "work",
                "Work",
                "--measure",
                "hours",
                "--rate",
                "25",
                "--from",
                "2026-05-10",
            ],
        ),
        (
            0,
            vec![
                "member",
                "leave",
                "cai",
                "--date",
                "2026-05-20",
                "--reason",
                "bad",
            ],
        ),
        (
            1,
            vec!["stage", "set", "cai", "trial", "--from", "2026-05-01"],
        ),
        (0, vec!["member", "rejoin", "cai"]),
        (1, vec!["member", "leave", "obrien", "--date", "2026-05-21"]),
        (
            0,
            vec![
                "use",
                "van",
                "fest",
                "40",
                "--date",
                "2026-05-05",
                "--by",
                "cai",
            ],
        ),
        (1, vec!["token", "send", "ben", "ana", "0.10"]),
        (0, vec!["give", "E1", "--from", "ana", "--to", "ben", "4"]),
        (1, vec!["give", "E1", "--from", "ana", "--to", "ben", "2"]),
        (0, vec!["equation", "set", "fest", eq2.as_str()]),
        (
            1,
            vec!["correct", "C2", "--quantity", "5", "--note", "fixed 'qty'"],
        ),
        (
            0,
            vec![
                "revenue", "correct", "R1", "--amount", "300", "--note", weird,
            ],
        ),
        (1, vec!["approve", "C2", "--by", "cai"]),
        (
            0,
            vec![
                "log",
                "ana",
                "fest",
                "work",
                "1",
                "--date",
                "2026-05-07",
                "--id",
                "C4",
                "--note",
                "a\r\nb",
            ],
        ),
        (1, vec!["role", "grant", "ben", "treasurer"]),
        (0, vec!["distribute", "R1"]),
        (1, vec!["member", "add", "dan", "D'Arcy"]),
        (
            0,
            vec![
                "pay",
                "ana",
                "10.00",
                "--note",
                weird,
                "--method",
                "cash 'box'",
            ],
        ),
        (1, vec!["distribute", "R1"]),
        (0, vec!["revenue", "void", "R2"]),
        (1, vec!["pay", "ben", "3.00"]),
        (0, vec!["correct", "C1", "--void"]),
        (1, vec!["use", "van", "fest", "10", "--date", "2026-05-06"]),
        (0, vec!["member", "add", "dan", "D'Arcy"]),
        (1, vec!["settings", "--approvals", "2"]),
    ];
    for (laptop, args) in &turns {
        if let Err(e) = cli(&coop.laptops[*laptop], args) {
            panic!("laptop {laptop} {args:?}: {e}");
        }
    }
    let report = merge_file(&coop, 1, 0, "1to0.ovbundle");
    assert!(!report.rebuilt && report.replayed > 0, "{report:?}");
    assert_verifies(&coop.laptops[0], "laptop 0 after rolling back");
    let report = merge_file(&coop, 0, 1, "0to1.ovbundle");
    assert!(!report.rebuilt && report.replayed > 0, "{report:?}");
    assert_verifies(&coop.laptops[1], "laptop 1 after rolling back");
    let report = merge_file(&coop, 0, 2, "0to2.ovbundle");
    assert!(report.replayed == 0, "{report:?}");
    assert_verifies(&coop.laptops[2], "laptop 2");
    let (d0, d1, d2) = (
        book_dump(&coop.laptops[0]),
        book_dump(&coop.laptops[1]),
        book_dump(&coop.laptops[2]),
    );
    assert_eq!(
        d0, d2,
        "laptop 0 (rolled back) and laptop 2 (in order) differ"
    );
    assert_eq!(
        d1, d2,
        "laptop 1 (rolled back) and laptop 2 (in order) differ"
    );
    coop.assert_converged("every kind");
}

fn big_import(coop: &Coop, laptop: usize, rows: usize, name: &str) {
    let mut csv = String::from("date,member,project,kind,quantity,note\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "2026-05-{:02},{},fest,work,{},\"row {i}: it's \"\"quoted\"\"\"\n",
            1 + i % 28,
            ["ana", "ben", "cai"][i % 3],
            1 + i % 5
        ));
    }
    let file = coop.path(name);
    std::fs::write(&file, csv).expect("csv");
    ok(&coop.laptops[laptop], &["import", "contributions", &file]);
}

/// An import large enough to suspend the indexes forgets the undo steps:
/// a merge stamped before it rebuilds; one stamped after it (before later
/// local entries) rolls back only those. Both verify and converge.
#[test]
fn a_merge_before_a_large_import_rebuilds_and_one_after_it_rolls_back() {
    let coop = Coop::new(2);
    let (a, b) = (&coop.laptops[0], &coop.laptops[1]);
    ok(
        a,
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-02",
            "--id",
            "C1",
        ],
    );
    ok(
        b,
        &[
            "log",
            "ben",
            "fest",
            "work",
            "2",
            "--date",
            "2026-05-03",
            "--id",
            "C2",
        ],
    );
    big_import(&coop, 0, 50_001, "big.csv");
    ok(b, &["approve", "C2", "--by", "cai"]);
    ok(a, &["approve", "C1", "--by", "ben"]);
    ok(a, &["pay", "ana", "1.00"]);
    // B's first entry is before the import: a rebuild.
    let report = merge_file(&coop, 1, 0, "1to0.ovbundle");
    assert!(report.rebuilt, "{report:?}");
    assert_verifies(a, "after the rebuild");
    // Now an entry of B between A's next two.
    ok(
        a,
        &[
            "revenue",
            "add",
            "fest",
            "100",
            "--id",
            "R1",
            "--date",
            "2026-06-01",
        ],
    );
    ok(
        b,
        &[
            "log",
            "cai",
            "fest",
            "work",
            "1",
            "--date",
            "2026-05-05",
            "--id",
            "C3",
        ],
    );
    ok(a, &["distribute", "R1"]);
    let report = merge_file(&coop, 1, 0, "1to0b.ovbundle");
    assert!(!report.rebuilt && report.replayed == 2, "{report:?}");
    assert_verifies(a, "after the rollback");
    // And B takes everything: its own entries interleave with the import.
    let report = merge_file(&coop, 0, 1, "0to1.ovbundle");
    assert_verifies(b, &format!("laptop 1 after {report:?}"));
    assert_eq!(book_dump(a), book_dump(b));
    coop.assert_converged("large import");
}

/// Entries of laptop 0 (C1, then C3 after laptop 1's C2) and the id of
/// each local entry, for tampering with their undo marks.
fn three_interleaved(coop: &Coop) -> (String, String) {
    let log = |laptop: usize, who: &str, id: &str, day: &str| {
        ok(
            &coop.laptops[laptop],
            &["log", who, "fest", "work", "2", "--date", day, "--id", id],
        );
    };
    log(0, "ana", "C1", "2026-05-02");
    log(1, "ben", "C2", "2026-05-03");
    log(0, "cai", "C3", "2026-05-04");
    let conn = rusqlite::Connection::open(&coop.laptops[0]).expect("open");
    let entry_of = |id: &str| -> String {
        conn.query_row("SELECT entry FROM contributions WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .expect("entry")
    };
    (entry_of("C1"), entry_of("C3"))
}

/// Marks swapped between an entry before the merged one (C1) and one
/// after it (C3): each digest covers its mark's entry, so `verify` reports
/// the damage, and the merge rebuilds instead of undoing C1 and replaying
/// only from C2 (which silently dropped C1 before digests covered it).
#[test]
fn swapped_undo_marks_are_damage_verify_reports() {
    let coop = Coop::new(2);
    let (c1, c3) = three_interleaved(&coop);
    let conn = rusqlite::Connection::open(&coop.laptops[0]).expect("open");
    conn.execute_batch(&format!(
        "UPDATE undo_marks SET entry = 'swap' WHERE entry = '{c1}';
         UPDATE undo_marks SET entry = '{c1}' WHERE entry = '{c3}';
         UPDATE undo_marks SET entry = '{c3}' WHERE entry = 'swap';"
    ))
    .expect("tamper");
    drop(conn);
    let said = cli(&coop.laptops[0], &["verify"]).expect_err("verify must fail");
    assert!(said.contains("undo steps of journal entry"), "{said}");
    let report = merge_file(&coop, 1, 0, "1to0.ovbundle");
    assert!(report.rebuilt, "{report:?}");
    let listed = ok(&coop.laptops[0], &["list"]);
    assert!(
        ["C1", "C2", "C3"].iter().all(|c| listed.contains(c)),
        "{listed}"
    );
    assert_verifies(&coop.laptops[0], "after the rebuild");
}

/// The undo tables dropped by another program: verify, writes and merges
/// all refuse, naming the missing table (held: loud, not silent).
#[test]
fn dropped_undo_tables_fail_loudly() {
    let coop = Coop::new(2);
    three_interleaved(&coop);
    let conn = rusqlite::Connection::open(&coop.laptops[0]).expect("open");
    conn.execute_batch("DROP TABLE undo_marks; DROP TABLE undo_log;")
        .expect("drop");
    drop(conn);
    let verify = cli(&coop.laptops[0], &["verify"]);
    let write = cli(&coop.laptops[0], &["pay", "ana", "1.00"]);
    let file = coop.path("1to0.ovbundle");
    ok(&coop.laptops[1], &["bundle", "export", "--out", &file]);
    let merge = cli(&coop.laptops[0], &["bundle", "import", &file]);
    // Held: loud, never silent (the same as a dropped book table).
    for said in [&verify, &write, &merge] {
        assert!(
            matches!(said, Err(e) if e.contains("no such table: undo_")),
            "verify: {verify:?}\nwrite: {write:?}\nmerge: {merge:?}"
        );
    }
}

/// `(hlc, device)` of laptop 0's journal entry `id`.
fn stamp_of(ledger: &Path, id: &str) -> (i64, String) {
    let conn = rusqlite::Connection::open(ledger).expect("open");
    conn.query_row("SELECT hlc, device FROM journal WHERE id = ?1", [id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .expect("stamp")
}

/// With the real limits: a merged entry stamped just before the oldest
/// entry whose mark is kept rolls back (all 20,000); one stamped just
/// before the entry before it (whose mark was pruned) rebuilds. Ties of
/// stamp are broken by device: the merged entry takes the stamp of the
/// entry it must precede, or one less.
#[test]
fn merges_at_the_edge_of_the_kept_marks() {
    for (edge, expect_rebuild) in [(0usize, false), (1usize, true)] {
        let coop = Coop::new(2);
        let a = &coop.laptops[0];
        ok(&coop.laptops[1], &["member", "add", "zoe", "Zoe"]);
        coop.send(1, 0);
        many_entries(a, 20_010, false);
        let marks = undo_marks(a);
        assert_eq!(marks.len(), 20_000);
        let oldest = &marks[0].0;
        let conn = rusqlite::Connection::open(a).expect("open");
        // The entry to precede: the oldest kept, or the one before it.
        let target: String = conn
            .query_row(
                "SELECT id FROM journal WHERE (hlc, device, device_seq) <= (SELECT hlc, device, device_seq FROM journal WHERE id = ?1)
                 ORDER BY hlc DESC, device DESC, device_seq DESC LIMIT 1 OFFSET ?2",
                rusqlite::params![oldest, edge as i64],
                |r| r.get(0),
            )
            .expect("target");
        drop(conn);
        let (hlc, device) = stamp_of(a, &target);
        let b_device = Ledger::open(&coop.laptops[1])
            .expect("open")
            .device()
            .to_string();
        let hlc = if b_device < device { hlc } else { hlc - 1 };
        let file = bundle_stamped(&coop, hlc, "edge.ovbundle");
        let mut ledger = Ledger::open(a).expect("open");
        let report = openvalue::sync::import_bundle(&mut ledger, &file).expect("merge");
        drop(ledger);
        assert_eq!(report.rebuilt, expect_rebuild, "edge {edge}: {report:?}");
        if !expect_rebuild {
            assert_eq!(report.replayed, 20_001, "{report:?}");
        }
        assert_verifies(a, &format!("edge {edge}: {report:?}"));
        let report = merge_file(&coop, 0, 1, "0to1.ovbundle");
        assert_verifies(&coop.laptops[1], &format!("laptop 1: {report:?}"));
        assert_eq!(book_dump(a), book_dump(&coop.laptops[1]));
    }
}

/// Two writers on one ledger file: a long-lived `Ledger` (the app) that
/// writes and merges, and the CLI writing from other connections (other
/// threads, at the same time). Every merge interleaves; the books must
/// verify and equal those of a laptop that took every entry in order.
#[test]
fn two_writers_on_one_file_while_merging() {
    use openvalue::journal::Payload;
    let coop = Coop::new(3);
    let (a, b) = (coop.laptops[0].clone(), coop.laptops[1].clone());
    let mut app = Ledger::open(&a).expect("open");
    let rename = |app: &mut Ledger, name: String| {
        app.write(|w| {
            w.append(&Payload::Renamed {
                what: openvalue::model::Renamed::Account,
                code: "cai".into(),
                name,
            })
        })
        .expect("write");
    };
    for round in 0..6 {
        rename(&mut app, format!("Cai {round}"));
        ok(
            &b,
            &[
                "log",
                "ben",
                "fest",
                "work",
                "1",
                "--date",
                "2026-05-03",
                "--id",
                &format!("B{round}"),
            ],
        );
        let cli_writer = {
            let a = a.clone();
            std::thread::spawn(move || {
                for k in 0..5 {
                    ok(
                        &a,
                        &[
                            "log",
                            "ana",
                            "fest",
                            "work",
                            "2",
                            "--date",
                            "2026-05-02",
                            "--id",
                            &format!("A{round}-{k}"),
                        ],
                    );
                    let _ = cli(&a, &["approve", &format!("A{round}-{k}"), "--by", "ben"]);
                }
            })
        };
        let file = coop.path(&format!("b{round}.ovbundle"));
        ok(&b, &["bundle", "export", "--out", &file]);
        // Odd rounds: the other connection's entries are all in the tail.
        let cli_writer = if round % 2 == 1 {
            cli_writer.join().expect("cli thread");
            None
        } else {
            Some(cli_writer)
        };
        openvalue::sync::import_bundle(&mut app, Path::new(&file)).expect("merge");
        rename(&mut app, format!("Cai {round}b"));
        if let Some(t) = cli_writer {
            t.join().expect("cli thread");
        }
    }
    drop(app);
    assert_verifies(&a, "laptop 0");
    merge_file(&coop, 0, 2, "0to2.ovbundle");
    merge_file(&coop, 1, 2, "1to2.ovbundle");
    merge_file(&coop, 2, 0, "2to0.ovbundle");
    assert_verifies(&a, "laptop 0 at the end");
    assert_verifies(&coop.laptops[2], "laptop 2");
    assert_eq!(book_dump(&a), book_dump(&coop.laptops[2]));
}

fn live_distribution(ledger: &Path) -> String {
    Ledger::open(ledger)
        .expect("open")
        .revenues()
        .expect("revenues")
        .into_iter()
        .find_map(|r| r.distribution)
        .expect("a live distribution")
}

/// Conflicts arising in a rolled-back tail (a double distribution, and a
/// reversal depending on the entry in conflict), a local revocation in
/// the tail, and `sync DIR` merging several bundles in one run: some
/// rolled back, one revoking a device (a rebuild).
#[test]
fn conflicts_revocations_and_sync_dir_in_one_run() {
    let coop = Coop::new(4);
    let l = |i: usize| coop.laptops[i].clone();
    ok(
        &l(0),
        &[
            "log",
            "ana",
            "fest",
            "work",
            "3",
            "--date",
            "2026-05-02",
            "--id",
            "C1",
        ],
    );
    ok(&l(0), &["approve", "C1", "--by", "ben"]);
    ok(
        &l(0),
        &[
            "revenue",
            "add",
            "fest",
            "100",
            "--id",
            "R1",
            "--date",
            "2026-06-01",
        ],
    );
    coop.exchange_all();
    let device = |i: usize| Ledger::open(&l(i)).expect("open").device().to_string();
    let d3 = device(3);
    ok(&l(0), &["pay", "ana", "1.00"]);
    ok(&l(1), &["distribute", "R1"]);
    ok(&l(0), &["distribute", "R1"]);
    ok(
        &l(2),
        &[
            "log",
            "cai",
            "fest",
            "work",
            "1",
            "--date",
            "2026-05-04",
            "--id",
            "C9",
        ],
    );
    let mine = live_distribution(&l(0));
    ok(&l(0), &["reverse", &mine]);
    ok(
        &l(3),
        &[
            "log",
            "ben",
            "fest",
            "work",
            "5",
            "--date",
            "2026-05-05",
            "--id",
            "C3",
        ],
    );
    ok(&l(0), &["distribute", "R1"]);
    ok(&l(2), &["device", "revoke", &d3]);
    ok(&l(1), &["approve", "C1", "--by", "cai"]);
    ok(&l(0), &["pay", "ben", "1.00"]);
    ok(&l(3), &["approve", "C3", "--by", "ana"]);
    ok(
        &l(0),
        &[
            "log",
            "ana",
            "fest",
            "work",
            "1",
            "--date",
            "2026-05-06",
            "--id",
            "C4",
        ],
    );
    let dir = coop.dir.path().join("shared");
    std::fs::create_dir(&dir).expect("dir");
    let sync = |i: usize| ok(&l(i), &["sync", dir.to_str().expect("path")]);
    // Each laptop's own bundle only: laptop 0 merges three in one run.
    for (i, name) in [(1, "a"), (2, "b"), (3, "c")] {
        let own = dir.join(format!("{name}.ovbundle"));
        ok(
            &l(i),
            &["bundle", "export", "--out", own.to_str().expect("path")],
        );
    }
    let mut ledger = Ledger::open(&l(0)).expect("open");
    let report = openvalue::sync::sync_dir(&mut ledger, &dir).expect("sync");
    drop(ledger);
    let said: Vec<String> = report
        .imported
        .iter()
        .map(|(f, r)| format!("{}: {r:?}", f.display()))
        .collect();
    let said = said.join("\n");
    assert_verifies(&l(0), &format!("laptop 0 after sync: {said}"));
    for _ in 0..2 {
        for i in 0..4 {
            sync(i);
        }
    }
    for i in 0..4 {
        assert_verifies(&l(i), &format!("laptop {i}"));
    }
    let d = book_dump(&l(0));
    for i in 1..4 {
        assert_eq!(d, book_dump(&l(i)), "laptop 0 and {i}");
    }
    coop.assert_converged("conflicts, revocation, sync dir");
}

/// `random_command` with more kinds of entry: stages, leaving and
/// rejoining, resource uses, gives, rate versions, equations, roles,
/// settings, rejections, invitations (no book row), revenue corrections.
fn random_command_more(rng: &mut Rng, coop: &Coop, i: usize, step: usize) {
    let l = &coop.laptops[i];
    let pick = |rng: &mut Rng, xs: &[&str]| xs[rng.below(xs.len() as u64) as usize].to_string();
    let member = pick(rng, &["ana", "ben", "cai"]);
    let other = pick(rng, &["ana", "ben", "cai"]);
    let day = format!("2026-05-{:02}", 1 + rng.below(28));
    let args: Vec<String> = match rng.below(24) {
        0 => vec![
            "stage".into(),
            "set".into(),
            member,
            pick(rng, &["trial", "none"]),
            "--from".into(),
            day,
        ],
        1 => vec![
            "member".into(),
            "leave".into(),
            member,
            "--date".into(),
            day,
            "--reason".into(),
            pick(rng, &["good", "bad"]),
        ],
        2 => vec!["member".into(), "rejoin".into(), member],
        3 => vec![
            "use".into(),
            "van".into(),
            "fest".into(),
            format!("{}", 1 + rng.below(50)),
            "--date".into(),
            day,
        ],
        4 => vec![
            "kind".into(),
            "add".into(),
            "work".into(),
            "Work".into(),
            "--measure".into(),
            "hours".into(),
            "--rate".into(),
            pick(rng, &["20", "25", "30"]),
            "--from".into(),
            day,
        ],
        5 => vec![
            "equation".into(),
            "set".into(),
            "fest".into(),
            coop.path(&pick(rng, &["eq-a.toml", "eq-b.toml"])),
        ],
        6 => vec![
            "role".into(),
            "grant".into(),
            member,
            pick(rng, &["coordinator", "treasurer"]),
        ],
        7 => vec![
            "settings".into(),
            "--approvals".into(),
            pick(rng, &["0", "1"]),
        ],
        8 => vec![
            "reject".into(),
            format!("C{}", rng.below(6)),
            "--by".into(),
            other,
            "--reason".into(),
            "it's \"wrong\"\nreally".into(),
        ],
        9 => vec![
            "device".into(),
            "invite".into(),
            "--out".into(),
            coop.path(&format!("spare-{i}-{step}.ovinvite")),
            "--label".into(),
            "spare".into(),
        ],
        10 => vec![
            "revenue".into(),
            "correct".into(),
            format!("R{}", rng.below(3)),
            "--note".into(),
            "l'été 🎉".into(),
        ],
        11 => vec![
            "member".into(),
            "rename".into(),
            member,
            "O'Neil \"x\"".into(),
        ],
        _ => {
            random_command(rng, coop, i, step);
            return;
        }
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let _ = cli(l, &args);
}

fn run_schedule_more(seed: u64) {
    let mut rng = Rng(seed);
    let n = 3;
    let coop = Coop::new(n);
    let a = &coop.laptops[0];
    ok(a, &["stage", "define", "trial", "--percent", "50"]);
    ok(
        a,
        &[
            "resource", "add", "van", "--name", "Van", "--rate", "2.5", "--unit", "km", "--owner",
            "ana:2", "--owner", "ben",
        ],
    );
    std::fs::write(coop.path("eq-a.toml"), EQUATION).expect("eq");
    std::fs::write(coop.path("eq-b.toml"), EQUATION.replace("30%", "45%")).expect("eq");
    coop.exchange_all();
    let mut in_flight: Vec<(usize, PathBuf)> = Vec::new();
    for step in 0..30 {
        let i = rng.below(n as u64) as usize;
        random_command_more(&mut rng, &coop, i, step);
        match rng.below(3) {
            0 => {
                let from = rng.below(n as u64) as usize;
                let file = coop.dir.path().join(format!("flight-{step}.ovbundle"));
                ok(
                    &coop.laptops[from],
                    &["bundle", "export", "--out", file.to_str().expect("path")],
                );
                in_flight.push((from, file));
            }
            1 if !in_flight.is_empty() => {
                let k = rng.below(in_flight.len() as u64) as usize;
                let (from, file) = in_flight[k].clone();
                let to = rng.below(n as u64) as usize;
                if to != from {
                    ok(
                        &coop.laptops[to],
                        &["bundle", "import", file.to_str().expect("path")],
                    );
                    let v = cli(&coop.laptops[to], &["verify"]);
                    assert!(
                        matches!(&v, Ok(t) if t.starts_with("OK")),
                        "seed {seed} step {step}: laptop {to}: {v:?}"
                    );
                }
                if rng.below(2) == 0 {
                    in_flight.swap_remove(k);
                }
            }
            _ => {}
        }
    }
    coop.exchange_all();
    coop.assert_converged(&format!("seed {seed}"));
    let d = book_dump(&coop.laptops[0]);
    for i in 1..n {
        assert_eq!(
            d,
            book_dump(&coop.laptops[i]),
            "seed {seed}: laptop 0 and {i}"
        );
    }
}

/// `SYNC_MORE_SCHEDULES` (default 10) from `SYNC_FIRST_SEED` (default 1).
#[test]
fn random_schedules_with_more_kinds_converge_and_verify_after_every_merge() {
    let count: u64 = std::env::var("SYNC_MORE_SCHEDULES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let first: u64 = std::env::var("SYNC_FIRST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    for seed in first..first + count {
        if let Err(e) = std::panic::catch_unwind(|| run_schedule_more(seed)) {
            eprintln!("seed {seed} failed");
            std::panic::resume_unwind(e);
        }
    }
}
