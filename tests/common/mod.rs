//! The shared harness of the integration tests: temporary ledgers, the real
//! `openvalue` binary, fixtures and a logical digest of a ledger file.
#![allow(dead_code)]

pub mod books;
pub mod inproc;
pub mod rng;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use sha2::{Digest, Sha256};

/// A temporary directory holding one ledger.
pub struct Coop {
    pub dir: tempfile::TempDir,
    pub ledger: PathBuf,
}

impl Coop {
    /// An empty directory; the ledger path does not exist yet.
    pub fn empty() -> Coop {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = dir.path().join("coop.openvalue");
        Coop { dir, ledger }
    }

    /// A new EUR ledger with `approvals` required.
    pub fn new(approvals: u32) -> Coop {
        let coop = Coop::empty();
        coop.ok(&[
            "init",
            "--name",
            "Test coop",
            "--currency",
            "EUR",
            "--approvals",
            &approvals.to_string(),
        ]);
        coop
    }

    /// A new ledger made by `init` with these arguments.
    pub fn new_with(init: &[&str]) -> Coop {
        let coop = Coop::empty();
        coop.ok(init);
        coop
    }

    /// A new ledger (no approvals needed) with these members, each named
    /// after its handle, the project `web` and the kind `work` (hours at 20).
    pub fn with_work(members: &[&str]) -> Coop {
        let coop = Coop::new(0);
        for m in members {
            coop.ok(&["member", "add", m, m]);
        }
        coop.ok(&["project", "add", "web", "Website"]);
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
        coop
    }

    /// A ledger with the example cooperative of `examples/coop` imported.
    pub fn example() -> Coop {
        let coop = Coop::new(0);
        for table in ["members", "projects", "kinds", "contributions", "revenues"] {
            coop.ok(&[
                "import",
                table,
                example(&format!("{table}.csv")).to_str().unwrap(),
            ]);
        }
        coop
    }

    /// Runs `openvalue --ledger LEDGER args…`.
    pub fn run(&self, args: &[&str]) -> Output {
        openvalue()
            .arg("--ledger")
            .arg(&self.ledger)
            .args(args)
            .output()
            .expect("run openvalue")
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "openvalue {args:?} failed:\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs and expects failure with exit code 1; returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
        assert_eq!(
            out.status.code(),
            Some(1),
            "openvalue {args:?} should fail; stderr: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        assert!(!stderr.contains("RUST_BACKTRACE"), "backtrace: {stderr}");
        stderr
    }

    /// Writes a file into the temp dir; returns its path.
    pub fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).expect("write fixture");
        path
    }

    /// A digest of everything the ledger holds (every row of every table),
    /// independent of how SQLite laid the pages out.
    pub fn digest(&self) -> String {
        digest(&self.ledger)
    }

    /// Runs SQL behind the application's back.
    pub fn tamper(&self, sql: &str) {
        let conn = rusqlite::Connection::open(&self.ledger).expect("open");
        conn.execute_batch(sql).expect("tamper");
    }

    /// Rewrites the ledger as OpenValue wrote it before signatures
    /// (schema 4): schema 12's peer valuations, schema 10's voids, revenue corrections and renames,
    /// schema 9's own rules, schema 6's
    /// people tables and columns and its
    /// `device_key` entries dropped, the others renumbered,
    /// rehashed without a stamp and chained again, and schema 5's columns
    /// and tables removed. Older schemas are made from this one.
    pub fn as_written_before_signatures(&self) {
        use openvalue::journal::{entry_hash, GENESIS_HASH};
        let conn = rusqlite::Connection::open(&self.ledger).expect("open");
        type Row = (String, String, String, String, Vec<u8>);
        let rows: Vec<Row> = conn
            .prepare("SELECT id, device, recorded_at, kind, payload FROM journal WHERE kind <> 'device_key' ORDER BY pos")
            .expect("journal")
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("rows");
        conn.execute_batch(
            "PRAGMA wal_checkpoint(TRUNCATE); BEGIN; DELETE FROM journal;
             DROP TABLE undo_marks; DROP TABLE undo_log;
             ALTER TABLE allocations DROP COLUMN stage; ALTER TABLE allocations DROP COLUMN cap_minor;
             ALTER TABLE allocations DROP COLUMN capped; ALTER TABLE gives DROP COLUMN note;
             DROP TABLE resource_uses; DROP TABLE resource_owners; DROP TABLE resources;
             DROP TABLE valuations; ALTER TABLE kinds DROP COLUMN peers;
             DROP TABLE renames; DROP TABLE revenue_corrections; ALTER TABLE payouts DROP COLUMN void_entry;
             ALTER TABLE revenues DROP COLUMN revision; ALTER TABLE revenues DROP COLUMN void_entry;
             ALTER TABLE revenues DROP COLUMN last_entry;
             ALTER TABLE kinds DROP COLUMN deferred;
             DROP TABLE memberships; DROP TABLE stage_spans; DROP TABLE stages;
             DROP TABLE gives; DROP TABLE epochs;
             DROP TABLE token_transfers; DROP TABLE tokens;
             DROP TABLE roles; DROP TABLE member_keys;
             ALTER TABLE settings DROP COLUMN sign_in; ALTER TABLE journal DROP COLUMN author;
             DROP TABLE conflicts; DROP INDEX journal_order;
             ALTER TABLE journal DROP COLUMN signature; ALTER TABLE journal DROP COLUMN hlc;",
        )
        .expect("schema 4");
        let mut prev: std::collections::HashMap<String, (i64, String)> = Default::default();
        for (id, device, at, kind, payload) in rows {
            let (seq, prev_hash) = prev
                .get(&device)
                .map(|(s, h)| (s + 1, h.clone()))
                .unwrap_or((1, GENESIS_HASH.to_string()));
            let hash = entry_hash(&id, &device, seq, &at, &kind, &payload, &prev_hash);
            conn.execute(
                "INSERT INTO journal (id, device, device_seq, recorded_at, kind, payload, prev_hash, hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![id, device, seq, at, kind, payload, prev_hash, hash],
            )
            .expect("entry");
            prev.insert(device, (seq, hash));
        }
        conn.execute_batch("PRAGMA user_version = 4; COMMIT;")
            .expect("schema 4");
    }

    /// Opens the ledger through the library.
    pub fn open(&self) -> openvalue::store::Ledger {
        openvalue::store::Ledger::open(&self.ledger).expect("open ledger")
    }
}

/// The `openvalue` binary without `OPENVALUE_LEDGER`, to add arguments,
/// a working folder or a timeout to.
pub fn openvalue() -> Command {
    let mut command = Command::cargo_bin("openvalue").expect("binary");
    command.env_remove("OPENVALUE_LEDGER");
    // English whatever this machine's locale (SPEC §16); a test that
    // wants another language sets LANG, LC_MESSAGES or LC_ALL itself.
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    command
}

/// Path of a file of the example cooperative.
pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/coop")
        .join(name)
}

/// Path of a test fixture.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Logical digest of a ledger file: all rows of all tables, in order.
pub fn digest(path: &Path) -> String {
    digest_except(path, &[])
}

/// [`digest`] without the tables named in `skip` (`meta`: which file and
/// device this is, not the books).
pub fn digest_except(path: &Path, skip: &[&str]) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open read-only");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut hasher = Sha256::new();
    for table in tables.iter().filter(|t| !skip.contains(&t.as_str())) {
        hasher.update(table.as_bytes());
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"))
            .unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                let value: rusqlite::types::Value = row.get(i).unwrap();
                hasher.update(format!("{value:?}|").as_bytes());
            }
            hasher.update(b"\n");
        }
    }
    hex::encode(hasher.finalize())
}

/// Bytes of a file.
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read")
}
