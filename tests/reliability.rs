//! Reliability of the ledger file under hostile conditions (issue 7): the
//! CLI killed with SIGKILL at random moments, a full disk, a read-only
//! ledger, two processes writing at once, and random bytes flipped.
//!
//! The number of kills comes from `OPENVALUE_CRASH_KILLS` (default 20 so a
//! plain `cargo test` stays quick; `make reliability` runs 200 against the
//! release binary, `make soak` thousands). `OPENVALUE_BIN` picks the binary
//! (default: the one cargo built for this test). No timing is asserted.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};

/// The `openvalue` binary under test.
fn bin() -> PathBuf {
    std::env::var_os("OPENVALUE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_openvalue")))
}

fn env_count(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn cli(ledger: &Path) -> Command {
    let mut cmd = Command::new(bin());
    cmd.env_remove("OPENVALUE_LEDGER")
        .arg("--ledger")
        .arg(ledger)
        .stdin(Stdio::null());
    cmd
}

fn run(ledger: &Path, args: &[&str]) -> Output {
    cli(ledger).args(args).output().expect("run openvalue")
}

fn ok(ledger: &Path, args: &[&str]) -> String {
    let out = run(ledger, args);
    assert!(
        out.status.success(),
        "openvalue {args:?} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Fails cleanly: exit code 1, a message, no panic.
fn fails(ledger: &Path, args: &[&str]) -> String {
    let out = run(ledger, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "openvalue {args:?} should fail cleanly; stdout: {} stderr: {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    stderr
}

use common::rng::Rng;

fn seed() -> u64 {
    let seed = env_count("OPENVALUE_SEED", 0);
    if seed != 0 {
        return seed;
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7);
    eprintln!("reliability seed: {t} (set OPENVALUE_SEED={t} to replay)");
    t
}

const MEMBERS: usize = 40;

/// A ledger with members, two projects, kinds, revenues and an equation.
fn base_ledger(dir: &Path) -> PathBuf {
    let ledger = dir.join("base.openvalue");
    ok(
        &ledger,
        &["init", "--name", "Crash coop", "--currency", "EUR"],
    );
    let mut members = String::from("handle,name\ncommons,Commons fund\n");
    for i in 0..MEMBERS {
        members.push_str(&format!("m{i:03},Member {i}\n"));
    }
    std::fs::write(dir.join("members.csv"), members).unwrap();
    std::fs::write(
        dir.join("funds.csv"),
        "handle,name,type\ncommons2,Reserve,fund\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("projects.csv"),
        "code,name\nshop,Shop\nfarm,Farm\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("kinds.csv"),
        "code,name,measure,rate,multiplier,reimbursable,effective_from\n\
         work,Work,hours,20,1,false,\nwork,Work,hours,22,1,false,2025-01-01\n\
         expense,Expenses,money,1,1,true,\n",
    )
    .unwrap();
    let mut revenues = String::from("id,date,project,amount\n");
    for i in 0..60 {
        revenues.push_str(&format!(
            "R{i:03},2025-{:02}-28,{},{}.{:02}\n",
            1 + i % 12,
            if i % 2 == 0 { "shop" } else { "farm" },
            100 + i * 37,
            i % 100
        ));
    }
    std::fs::write(dir.join("revenues.csv"), revenues).unwrap();
    std::fs::write(
        dir.join("equation.toml"),
        "name = \"Crash\"\n\n[[bucket]]\nshare = \"10%\"\nfund = \"commons2\"\n\n\
         [[bucket]]\nshare = \"20%\"\nreimburse = true\n\n\
         [[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    )
    .unwrap();
    for (table, file) in [
        ("members", "members.csv"),
        ("members", "funds.csv"),
        ("projects", "projects.csv"),
        ("kinds", "kinds.csv"),
        ("revenues", "revenues.csv"),
    ] {
        ok(
            &ledger,
            &["import", table, dir.join(file).to_str().unwrap()],
        );
    }
    ok(
        &ledger,
        &[
            "equation",
            "set",
            "--default",
            dir.join("equation.toml").to_str().unwrap(),
        ],
    );
    let seed_rows = contributions_csv("S", 300, &mut Rng(1));
    std::fs::write(dir.join("seed.csv"), seed_rows).unwrap();
    ok(
        &ledger,
        &[
            "import",
            "contributions",
            dir.join("seed.csv").to_str().unwrap(),
        ],
    );
    ledger
}

/// `rows` contributions whose ids start with `prefix-`.
fn contributions_csv(prefix: &str, rows: usize, rng: &mut Rng) -> String {
    let mut csv = String::from("id,date,member,project,kind,quantity,note\n");
    for n in 0..rows {
        let expense = rng.below(10) == 0;
        csv.push_str(&format!(
            "{prefix}-{n},2025-{:02}-{:02},m{:03},{},{},{}.{},row {n}\n",
            1 + rng.below(12),
            1 + rng.below(28),
            rng.below(MEMBERS as u64),
            if rng.below(2) == 0 { "shop" } else { "farm" },
            if expense { "expense" } else { "work" },
            1 + rng.below(40),
            rng.below(10)
        ));
    }
    csv
}

fn read_only(path: &Path) -> Connection {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open read-only")
}

fn count(conn: &Connection, sql: &str, arg: &str) -> i64 {
    conn.query_row(sql, [arg], |r| r.get(0)).expect(sql)
}

/// How many `contributions_added` entries record the contribution `id`
/// (payloads are binary, ADR 9: decoded, not matched as text).
fn entries_adding(conn: &Connection, id: &str) -> i64 {
    let mut stmt = conn
        .prepare("SELECT payload FROM journal WHERE kind = 'contributions_added'")
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    let mut n = 0;
    while let Some(row) = rows.next().unwrap() {
        let bytes = match row.get_ref(0).unwrap() {
            rusqlite::types::ValueRef::Blob(b) | rusqlite::types::ValueRef::Text(b) => b,
            other => panic!("payload of type {:?}", other.data_type()),
        };
        if let openvalue::journal::Payload::ContributionsAdded { contributions } =
            openvalue::journal::decode_payload(bytes).expect("a readable payload")
        {
            n += i64::from(contributions.iter().any(|c| c.id == id));
        }
    }
    n
}

/// `PRAGMA integrity_check` is ok and `openvalue verify` passes.
fn assert_sound(ledger: &Path, context: &str) {
    {
        // A read-write connection, so a WAL left by the killed process is
        // recovered exactly as the next OpenValue command would.
        let conn = Connection::open(ledger).expect("open");
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity_check");
        assert_eq!(check, "ok", "{context}: integrity_check");
    }
    let out = run(ledger, &["verify"]);
    assert!(
        out.status.success(),
        "{context}: verify failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Kills `openvalue` at random moments during imports and distributions;
/// after each kill the file is sound and each import is all or nothing.
#[test]
fn sigkill_during_imports_and_distributions_leaves_the_ledger_whole() {
    let kills = env_count("OPENVALUE_CRASH_KILLS", 20);
    let rows_per_import = 6_000; // two journal entries (5,000 + 1,000) in one transaction
    let per_round = 8;
    let dir = tempfile::tempdir().unwrap();
    let base = base_ledger(dir.path());
    let mut rng = Rng(seed());

    // How long an uninterrupted import and distribution take here, so the
    // kills are spread over the whole of their work, not only start-up.
    let probe = dir.path().join("probe.openvalue");
    std::fs::copy(&base, &probe).unwrap();
    let probe_csv = dir.path().join("probe.csv");
    std::fs::write(
        &probe_csv,
        contributions_csv("P", rows_per_import, &mut rng),
    )
    .unwrap();
    let started = Instant::now();
    ok(
        &probe,
        &["import", "contributions", probe_csv.to_str().unwrap()],
    );
    let import_time = started.elapsed();
    let started = Instant::now();
    ok(&probe, &["distribute", "R000"]);
    let distribute_time = started.elapsed();

    let ledger = dir.path().join("crash.openvalue");
    let (mut killed, mut completed, mut imports_present) = (0u64, 0u64, 0u64);
    let mut imported: Vec<String> = Vec::new();
    for i in 0..kills {
        if i % per_round == 0 {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", ledger.display()));
            }
            std::fs::copy(&base, &ledger).unwrap();
            imported.clear();
        }
        let distribute = rng.below(10) < 3;
        let (args, budget, prefix, revenue): (Vec<String>, Duration, String, String) = if distribute
        {
            let revenue = format!("R{:03}", rng.below(60));
            (
                vec!["distribute".into(), revenue.clone()],
                distribute_time,
                String::new(),
                revenue,
            )
        } else {
            let prefix = format!("K{i}");
            let file = dir.path().join(format!("{prefix}.csv"));
            std::fs::write(&file, contributions_csv(&prefix, rows_per_import, &mut rng)).unwrap();
            (
                vec![
                    "import".into(),
                    "contributions".into(),
                    file.to_str().unwrap().into(),
                ],
                import_time,
                prefix,
                String::new(),
            )
        };
        let mut child = cli(&ledger)
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        // Anywhere from start-up to just past the end of the work.
        let wait = budget.mul_f64(1.15 * rng.below(1_000) as f64 / 1_000.0);
        std::thread::sleep(wait);
        match child.try_wait().expect("try_wait") {
            Some(_) => completed += 1,
            None => {
                child.kill().expect("SIGKILL");
                killed += 1;
            }
        }
        let _ = child.wait();

        let context = format!("kill {i} ({args:?} after {wait:?})");
        {
            let conn = Connection::open(&ledger).expect("open");
            let check: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(check, "ok", "{context}");
            if distribute {
                let live = count(
                    &conn,
                    "SELECT count(*) FROM distributions WHERE revenue = ?1 AND reversed = 0",
                    &revenue,
                );
                assert!(live <= 1, "{context}: {live} live distributions");
                let placed = count(
                    &conn,
                    "SELECT coalesce(sum(a.amount_minor), 0) - coalesce((SELECT sum(d.amount_minor) FROM distributions d WHERE d.revenue = ?1 AND d.reversed = 0), 0)
                     FROM allocations a JOIN distributions d ON d.id = a.distribution WHERE d.revenue = ?1 AND d.reversed = 0",
                    &revenue,
                );
                assert_eq!(
                    placed, 0,
                    "{context}: allocation lines do not sum to the revenue"
                );
            } else {
                let present = count(
                    &conn,
                    "SELECT count(*) FROM contributions WHERE id LIKE ?1 || '-%'",
                    &prefix,
                );
                assert!(
                    present == 0 || present == rows_per_import as i64,
                    "{context}: {present} of {rows_per_import} rows present — a partial import"
                );
                let entries = entries_adding(&conn, &format!("{prefix}-0"));
                assert_eq!(
                    entries,
                    i64::from(present > 0),
                    "{context}: journal and table disagree"
                );
                if present > 0 {
                    imports_present += 1;
                    imported.push(prefix.clone());
                }
            }
            // Earlier imports of this round are still all there.
            for p in &imported {
                let n = count(
                    &conn,
                    "SELECT count(*) FROM contributions WHERE id LIKE ?1 || '-%'",
                    p,
                );
                assert_eq!(n, rows_per_import as i64, "{context}: import {p} damaged");
            }
        }
        // verify replays the whole journal: every 4th kill and at each
        // round's end keeps the run short without missing a round.
        if i % 4 == 3 || i % per_round == per_round - 1 || i + 1 == kills {
            assert_sound(&ledger, &context);
        }
    }
    eprintln!(
        "crash safety: {kills} runs, {killed} killed mid-way, {completed} finished first, {imports_present} imports wholly present, the rest wholly absent"
    );
    assert!(killed > 0 || kills == 0, "no process was ever killed");
}

/// Two processes writing the same ledger: both succeed (the second waits)
/// or one fails with a clear message; nothing is corrupted or half-written.
#[test]
fn two_writers_do_not_corrupt_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = base_ledger(dir.path());
    let mut rng = Rng(seed());
    for round in 0..4 {
        let files: Vec<(String, PathBuf)> = (0..2)
            .map(|w| {
                let prefix = format!("W{round}x{w}");
                let path = dir.path().join(format!("{prefix}.csv"));
                std::fs::write(&path, contributions_csv(&prefix, 6_000, &mut rng)).unwrap();
                (prefix, path)
            })
            .collect();
        // Round 3 imports the same file twice at once.
        let same = round == 3;
        let children: Vec<_> = (0..2)
            .map(|w| {
                let file = if same { &files[0].1 } else { &files[w].1 };
                cli(&ledger)
                    .args(["import", "contributions", file.to_str().unwrap()])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        let outputs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        for out in &outputs {
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "panic: {stderr}");
            if !out.status.success() {
                assert!(
                    stderr.contains("busy") || stderr.contains("already"),
                    "the second writer must wait or say the ledger is busy: {stderr}"
                );
            }
        }
        let conn = read_only(&ledger);
        for (w, (prefix, _)) in files.iter().enumerate() {
            let present = count(
                &conn,
                "SELECT count(*) FROM contributions WHERE id LIKE ?1 || '-%'",
                prefix,
            );
            let expected = if same && w == 1 {
                0
            } else if outputs[w].status.success() || same {
                6_000
            } else {
                0
            };
            if same && w == 0 {
                let any_ok = outputs.iter().any(|o| o.status.success());
                assert_eq!(present, if any_ok { 6_000 } else { 0 }, "same file twice");
            } else {
                assert_eq!(present, expected, "round {round} writer {w}");
            }
        }
        drop(conn);
        assert_sound(&ledger, &format!("two writers, round {round}"));
    }
}

/// Mounts a tmpfs of `size` at `dir`, or says why not.
fn mount_tmpfs(dir: &Path, size: &str) -> Result<(), String> {
    let out = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .output()
        .map_err(|e| format!("cannot run mount: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

struct Mount(PathBuf);
impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// A full disk gives a clear error and leaves the ledger as it was.
#[test]
fn a_full_disk_gives_a_clear_error_and_leaves_the_ledger_intact() {
    let dir = tempfile::tempdir().unwrap();
    let base = base_ledger(dir.path());
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    if let Err(why) = mount_tmpfs(&disk, "1200k") {
        eprintln!("SKIPPED full-disk test: cannot mount a small tmpfs ({why}); run as root");
        return;
    }
    let _mount = Mount(disk.clone());
    let ledger = disk.join("coop.openvalue");
    std::fs::copy(&base, &ledger).unwrap();
    let big = dir.path().join("big.csv");
    std::fs::write(&big, contributions_csv("F", 20_000, &mut Rng(3))).unwrap();
    let before = common::digest(&ledger);
    let stderr = fails(&ledger, &["import", "contributions", big.to_str().unwrap()]);
    assert!(
        stderr.contains("disk is full"),
        "a full disk must be named: {stderr}"
    );
    assert_eq!(common::digest(&ledger), before, "the ledger changed");
    // Small writes still work once the failed import is gone, and the
    // file is sound.
    assert_sound(&ledger, "after a full disk");
}

/// A read-only ledger gives a clear error; its bytes do not change.
#[test]
fn a_read_only_ledger_gives_a_clear_error_and_is_not_changed() {
    let dir = tempfile::tempdir().unwrap();
    let base = base_ledger(dir.path());
    let disk = dir.path().join("ro");
    std::fs::create_dir(&disk).unwrap();
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let ledger = disk.join("coop.openvalue");
    let _mount = if is_root {
        // Root ignores file permissions: use a read-only mount instead.
        if let Err(why) = mount_tmpfs(&disk, "64m") {
            eprintln!("SKIPPED read-only test: cannot mount a tmpfs as root ({why})");
            return;
        }
        std::fs::copy(&base, &ledger).unwrap();
        let status = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&disk)
            .status()
            .unwrap();
        assert!(status.success(), "remount read-only");
        Some(Mount(disk.clone()))
    } else {
        use std::os::unix::fs::PermissionsExt;
        std::fs::copy(&base, &ledger).unwrap();
        std::fs::set_permissions(&ledger, std::fs::Permissions::from_mode(0o444)).unwrap();
        std::fs::set_permissions(&disk, std::fs::Permissions::from_mode(0o555)).unwrap();
        None
    };
    let bytes = std::fs::read(&ledger).unwrap();
    let stderr = fails(&ledger, &["log", "m001", "shop", "work", "2"]);
    assert!(
        stderr.contains("read-only"),
        "a read-only ledger must be named: {stderr}"
    );
    let csv = dir.path().join("ro.csv");
    std::fs::write(&csv, contributions_csv("RO", 10, &mut Rng(4))).unwrap();
    let stderr = fails(&ledger, &["import", "contributions", csv.to_str().unwrap()]);
    assert!(stderr.contains("read-only"), "{stderr}");
    assert_eq!(std::fs::read(&ledger).unwrap(), bytes, "the file changed");
    if !is_root {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&disk, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// Random bytes flipped in a ledger file: every command refuses it with a
/// clear message or works on intact data; `verify` never passes a changed
/// ledger; the file's bytes are never changed ("repaired").
#[test]
fn a_ledger_with_flipped_bytes_is_refused_and_never_rewritten() {
    let flips = env_count("OPENVALUE_FLIP_RUNS", 40);
    let dir = tempfile::tempdir().unwrap();
    let base = base_ledger(dir.path());
    ok(&base, &["distribute", "R000"]);
    // A closed ledger has no WAL left: the whole state is in this file.
    let pristine = std::fs::read(&base).unwrap();
    // The books: `meta` says which file and device this is (a flipped
    // byte in its instance id changes no entry and no balance).
    let pristine_digest = common::digest_except(&base, &["meta"]);
    let mut rng = Rng(seed());
    let (mut refused, mut harmless) = (0, 0);
    for run_no in 0..flips {
        let ledger = dir.path().join(format!("flip{run_no}.openvalue"));
        let mut bytes = pristine.clone();
        let n = 1 + rng.below(6);
        let mut where_ = Vec::new();
        for _ in 0..n {
            // Half in the first pages (header, schema, small tables), half anywhere.
            let limit = if rng.below(2) == 0 {
                bytes.len().min(16 * 4096)
            } else {
                bytes.len()
            };
            let at = rng.below(limit as u64) as usize;
            bytes[at] ^= 1 << rng.below(8);
            where_.push(at);
        }
        if bytes == pristine {
            continue;
        }
        std::fs::write(&ledger, &bytes).unwrap();
        let context = format!("flips at {where_:?}");
        let mut verified = false;
        for args in [&["verify"][..], &["balances"], &["list"]] {
            let out = run(&ledger, args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "{context}: panic: {stderr}");
            assert!(
                matches!(out.status.code(), Some(0) | Some(1)),
                "{context}: {args:?} exit {:?}: {stderr}",
                out.status
            );
            if !out.status.success() {
                assert!(
                    stderr.starts_with("error: ") && stderr.len() > 20,
                    "{context}: unclear message: {stderr}"
                );
            }
            if args == ["verify"] {
                verified = out.status.success();
            }
            assert_eq!(
                std::fs::read(&ledger).unwrap(),
                bytes,
                "{context}: {args:?} changed the file"
            );
        }
        if verified {
            // Only a flip that changed nothing the books hold may pass.
            let same = std::panic::catch_unwind(|| common::digest_except(&ledger, &["meta"]))
                .map(|d| d == pristine_digest)
                .unwrap_or(false);
            assert!(same, "{context}: verify passed a ledger whose rows changed");
            harmless += 1;
        } else {
            refused += 1;
        }
        let _ = std::fs::remove_file(&ledger);
    }
    eprintln!("flipped bytes: {refused} ledgers refused, {harmless} flips in unused space");
}
