//! A ledger written by every earlier schema opens, migrates and keeps its
//! books (issue 16, SPEC §17). `tests/fixtures/schemas/schema-NN.openvalue`
//! was written by the `openvalue` CLI as it was at the last commit of
//! schema NN (the same small cooperative each time: two members, a fund, a
//! project, work and an expense, a three-bucket equation, a distribution
//! and a payout), beside the balances that CLI printed. Each is opened here
//! on a computer that has never seen it (no device key), as a ledger
//! carried from an old laptop would be.

mod common;

use std::path::{Path, PathBuf};

use common::openvalue;

fn fixtures() -> Vec<(u32, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schemas");
    let mut out: Vec<(u32, PathBuf)> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let n = path
                .file_name()?
                .to_str()?
                .strip_prefix("schema-")?
                .strip_suffix(".openvalue")?
                .parse()
                .ok()?;
            Some((n, path))
        })
        .collect();
    out.sort();
    out
}

/// `account → (earned, paid, owed)` from a `balances` table.
fn balances(text: &str) -> Vec<(String, [String; 3])> {
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.len() >= 5).then(|| {
                let n = f.len();
                (
                    f[0].to_string(),
                    [f[n - 3].into(), f[n - 2].into(), f[n - 1].into()],
                )
            })
        })
        .collect()
}

fn run(home: &Path, ledger: &Path, args: &[&str]) -> (bool, String, String) {
    let out = openvalue()
        .arg("--ledger")
        .arg(ledger)
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("OPENVALUE_KEYS", home.join("keys"))
        .env_remove("OPENVALUE_LEDGER")
        .output()
        .expect("run openvalue");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_ledger_of_every_earlier_schema_opens_migrates_and_keeps_its_books() {
    let all = fixtures();
    let schemas: Vec<u32> = all.iter().map(|(n, _)| *n).collect();
    let current = u32::try_from(openvalue::store::SCHEMA_VERSION).expect("schema");
    assert_eq!(
        schemas,
        (1..current).collect::<Vec<u32>>(),
        "a fixture for every earlier schema (write one when a migration is added)"
    );
    for (n, fixture) in all {
        let home = tempfile::tempdir().expect("temp");
        let ledger = home.path().join("carried.openvalue");
        std::fs::copy(&fixture, &ledger).expect("copy");
        let expected =
            std::fs::read_to_string(fixture.with_extension("balances")).expect("balances");

        let (ok, out, err) = run(home.path(), &ledger, &["verify"]);
        assert!(
            ok && out.starts_with("OK"),
            "schema {n}: verify: {out}{err}"
        );
        let version: i32 = rusqlite::Connection::open(&ledger)
            .expect("open")
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("version");
        assert_eq!(
            version,
            openvalue::store::SCHEMA_VERSION,
            "schema {n} migrated"
        );

        let (ok, out, err) = run(home.path(), &ledger, &["balances"]);
        assert!(ok, "schema {n}: balances: {err}");
        assert_eq!(
            balances(&out),
            balances(&expected),
            "schema {n}: the same books"
        );
        let (ok, out, _) = run(home.path(), &ledger, &["list", "--all"]);
        assert!(
            ok && out.contains("C-1") && out.contains("first week"),
            "schema {n}: {out}"
        );

        // Carried to this computer, it goes on being written, as a new
        // laptop where it has no key.
        let (ok, _, err) = run(
            home.path(),
            &ledger,
            &["log", "ana", "web", "work", "2", "--date", "2026-03-01"],
        );
        if !ok {
            assert!(
                err.contains("device new"),
                "schema {n}: a write says how to go on: {err}"
            );
            let (ok, _, err) = run(
                home.path(),
                &ledger,
                &["device", "new", "--label", "this laptop", "--yes"],
            );
            assert!(ok, "schema {n}: device new: {err}");
            let (ok, _, err) = run(
                home.path(),
                &ledger,
                &["log", "ana", "web", "work", "2", "--date", "2026-03-01"],
            );
            assert!(ok, "schema {n}: a write after device new: {err}");
        }
        let (ok, out, err) = run(home.path(), &ledger, &["verify"]);
        assert!(
            ok && out.starts_with("OK"),
            "schema {n}: verify after a write: {out}{err}"
        );
    }
}

/// The fixtures once lived only on the laptop that wrote them: `.gitignore`
/// ignores `*.openvalue`, so a clean clone had none and this suite failed
/// in CI. Git must see every fixture (where this runs from a clone).
#[test]
fn git_tracks_every_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join(".git").exists() {
        return;
    }
    for (n, path) in fixtures() {
        let ignored = std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["check-ignore", "-q", "--no-index"])
            .arg(&path)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(!ignored, "schema {n}: {} is ignored by git", path.display());
    }
}
