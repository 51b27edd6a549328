//! The ledger file and the journal through the real CLI: creating, opening,
//! refusing foreign and newer files, recording changes, verify and tamper
//! detection, backup, help.

mod common;

use common::{bytes, example, Coop};

#[test]
fn init_sets_the_sqlite_settings_of_the_spec() {
    let coop = Coop::new(2);
    let conn = rusqlite::Connection::open(&coop.ledger).unwrap();
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, openvalue::store::APPLICATION_ID);
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, openvalue::store::SCHEMA_VERSION);
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // synchronous and foreign_keys are per connection: check the library's.
    let ledger = coop.open();
    let sync = ledger.pragma("synchronous").unwrap();
    assert_eq!(sync, 2, "synchronous=FULL");
    let fk = ledger.pragma("foreign_keys").unwrap();
    assert_eq!(fk, 1);
    assert_eq!(ledger.settings().approvals_required, 2);
    assert_eq!(ledger.settings().currency.code, "EUR");
}

#[test]
fn init_refuses_to_overwrite_and_bad_currencies() {
    let coop = Coop::new(0);
    let before = bytes(&coop.ledger);
    let err = coop.fails(&["init", "--name", "Again", "--currency", "EUR"]);
    assert!(err.contains("a file already exists there"), "{err}");
    assert_eq!(bytes(&coop.ledger), before);
    let other = Coop::empty();
    let err = other.fails(&["init", "--name", "X", "--currency", "ECO"]);
    assert!(
        err.contains("not an ISO 4217 currency; give its number of decimal places\nhint: give its decimal places with `--scale N`"),
        "{err}"
    );
    other.ok(&["init", "--name", "X", "--currency", "ECO", "--scale", "2"]);
}

#[test]
fn a_foreign_file_is_refused_and_left_byte_for_byte_untouched() {
    let coop = Coop::empty();
    // Not SQLite at all.
    let text = coop.file("notes.openvalue", b"just some notes\n");
    let before = bytes(&text);
    let out = common::Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: text.clone(),
    };
    let err = out.fails(&["verify"]);
    assert!(err.contains("not an OpenValue ledger"), "{err}");
    assert!(err.contains("the file was not changed"), "{err}");
    assert_eq!(bytes(&text), before);
    // Another application's SQLite database.
    let other = coop.dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&other).unwrap();
        conn.execute_batch(
            "CREATE TABLE t (x); INSERT INTO t VALUES (1); PRAGMA application_id = 1234;",
        )
        .unwrap();
    }
    let before = bytes(&other);
    let out = common::Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: other.clone(),
    };
    let err = out.fails(&["log", "ana", "web", "work", "1"]);
    assert!(
        err.contains("not an OpenValue ledger (its application id is 0x4d2"),
        "{err}"
    );
    assert_eq!(bytes(&other), before);
    assert!(!coop.dir.path().join("other.db-wal").exists());
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let coop = Coop::new(0);
    coop.tamper("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 99;");
    let before = bytes(&coop.ledger);
    let err = coop.fails(&["balances"]);
    assert!(
        err.contains(&format!(
            "written by a newer OpenValue (schema 99; this version reads up to {})",
            openvalue::store::SCHEMA_VERSION
        )),
        "{err}"
    );
    assert_eq!(bytes(&coop.ledger), before);
}

#[test]
fn a_missing_ledger_says_how_to_create_one() {
    let coop = Coop::empty();
    let err = coop.fails(&["balances"]);
    assert!(
        err.contains("no such ledger; create one first, or check the path\nhint: create it with `openvalue init"),
        "{err}"
    );
}

#[test]
fn the_ledger_path_comes_from_the_environment_or_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let via_env = dir.path().join("env.openvalue");
    let run = |envs: &[(&str, &std::path::Path)], args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("openvalue").unwrap();
        cmd.env_remove("OPENVALUE_LEDGER");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        cmd.args(args).output().unwrap()
    };
    let out = run(
        &[("OPENVALUE_LEDGER", &via_env)],
        &["init", "--name", "Env", "--currency", "EUR"],
    );
    assert!(out.status.success());
    assert!(via_env.exists());
    // Without --ledger or OPENVALUE_LEDGER: the user's data directory.
    let data = dir.path().join("data");
    let out = run(
        &[("XDG_DATA_HOME", &data), ("HOME", dir.path())],
        &["init", "--name", "Default", "--currency", "EUR"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(data.join("openvalue/ledger.openvalue").exists());
}

#[test]
fn every_change_is_one_chained_journal_entry() {
    let coop = Coop::example();
    let conn = rusqlite::Connection::open(&coop.ledger).unwrap();
    let entries: i64 = conn
        .query_row("SELECT count(*) FROM journal", [], |r| r.get(0))
        .unwrap();
    // device key + created + members + projects + kinds + versions +
    // contributions + revenues
    assert_eq!(entries, 8);
    let (seq, prev): (i64, String) = conn
        .query_row(
            "SELECT device_seq, prev_hash FROM journal ORDER BY pos LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((seq, prev.as_str()), (1, openvalue::journal::GENESIS_HASH));
    let links: i64 = conn
        .query_row(
            "SELECT count(*) FROM journal j JOIN journal p ON p.device = j.device AND p.device_seq = j.device_seq - 1 AND p.hash = j.prev_hash",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(links, entries - 1);
}

#[test]
fn log_approve_reject_correct_and_revenue_from_the_command_line() {
    let coop = Coop::example();
    coop.ok(&["settings", "--approvals", "1"]);
    let id = coop.ok(&[
        "log",
        "ana",
        "festival",
        "care",
        "2.5",
        "--date",
        "2026-05-10",
        "--note",
        "first aid",
    ]);
    let id = id.trim();
    // A readable id of this ledger's own sequence (issue 16 item 7).
    assert!(
        id.starts_with("C-") && id[2..].bytes().all(|b| b.is_ascii_digit()),
        "a readable id: {id}"
    );
    let err = coop.fails(&["approve", id, "--by", "ana"]);
    assert_eq!(err, format!("error: ana cannot approve their own contribution {id}; another member must review it\n"));
    let err = coop.fails(&["approve", id, "--by", "anna"]);
    assert!(
        err.contains("unknown member 'anna' — did you mean 'ana'?"),
        "{err}"
    );
    let err = coop.fails(&["approve", id, "--by", "commons"]);
    assert!(
        err.contains("'commons' is a fund; only members review"),
        "{err}"
    );
    coop.ok(&["approve", id, "--by", "ben"]);
    let err = coop.fails(&["approve", id, "--by", "ben"]);
    assert!(err.contains("already gave 'approve'"), "{err}");
    let listed = coop.ok(&["list", "--member", "ana", "--kind", "care"]);
    assert!(listed.contains("counts"), "{listed}");
    // A correction resets approvals: the contribution is pending again.
    coop.ok(&["correct", id, "--quantity", "3"]);
    let listed = coop.ok(&["list", "--member", "ana", "--kind", "care"]);
    assert!(
        listed.contains("pending") && listed.contains(" 3 "),
        "{listed}"
    );
    let err = coop.fails(&["reject", id, "--by", "carme", "--reason", ""]);
    assert!(err.contains("a rejection needs a reason"), "{err}");
    coop.ok(&["reject", id, "--by", "carme", "--reason", "was 2.5 h"]);
    let listed = coop.ok(&["list", "--member", "ana", "--kind", "care"]);
    assert!(listed.contains("rejected"), "{listed}");
    coop.ok(&["correct", id, "--void"]);
    assert!(!coop
        .ok(&["list", "--member", "ana", "--kind", "care"])
        .contains(id));
    assert!(coop
        .ok(&["list", "--member", "ana", "--kind", "care", "--all"])
        .contains("void"));
    let err = coop.fails(&["correct", id, "--quantity", "1"]);
    assert!(err.contains("is void"), "{err}");
    let err = coop.fails(&["correct", "C-001"]);
    assert!(err.contains("nothing to correct"), "{err}");
    let err = coop.fails(&["correct", "C-001", "--kind", "cash"]);
    assert!(
        err.contains("kind 'cash' is measured in money, but contribution C-001 is in hours"),
        "{err}"
    );
    let err = coop.fails(&["correct", "C-404", "--void"]);
    assert!(err.contains("no contribution with id 'C-404'"), "{err}");
    // Quantities: decimals per measure, positive.
    let err = coop.fails(&["log", "ana", "festival", "work", "1.2345"]);
    assert!(err.contains("hours kind 'work' allows at most 3"), "{err}");
    let err = coop.fails(&["log", "ben", "festival", "cash", "10.005"]);
    assert!(err.contains("money kind 'cash' allows at most 2"), "{err}");
    let err = coop.fails(&["log", "ana", "festival", "work", "0"]);
    assert!(err.contains("must be greater than zero"), "{err}");
    let err = coop.fails(&["log", "commons", "festival", "work", "1"]);
    assert!(
        err.contains("'commons' is a fund; only members contribute"),
        "{err}"
    );
    let out = coop.run(&[
        "log",
        "ana",
        "festival",
        "work",
        "1",
        "--date",
        "2026-13-01",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("'2026-13-01' is not a date: use YYYY-MM-DD")
    );
    // Revenue.
    let rid = coop.ok(&[
        "revenue",
        "add",
        "festival",
        "250.50",
        "--date",
        "2026-08-01",
        "--id",
        "R-8",
    ]);
    assert_eq!(rid.trim(), "R-8");
    let err = coop.fails(&["revenue", "add", "festival", "250.505"]);
    assert!(err.contains("at most 2 are allowed"), "{err}");
    let err = coop.fails(&["revenue", "add", "festival", "10", "--id", "R-8"]);
    assert!(
        err.contains("a revenue with id 'R-8' already exists"),
        "{err}"
    );
    assert!(coop.ok(&["revenue", "list"]).contains("250.50"));
    assert!(coop.ok(&["verify"]).starts_with("OK: "));
}

#[test]
fn kinds_keep_their_rate_history() {
    let coop = Coop::example();
    let out = coop.ok(&[
        "kind",
        "add",
        "care",
        "Care work",
        "--measure",
        "hours",
        "--rate",
        "30",
        "--multiplier",
        "1.2",
        "--from",
        "2026-09-01",
    ]);
    assert!(out.contains("rate 30 from 2026-09-01"));
    let err = coop.fails(&[
        "kind",
        "add",
        "care",
        "Care work",
        "--measure",
        "hours",
        "--rate",
        "31",
        "--multiplier",
        "1.2",
        "--from",
        "2026-09-01",
    ]);
    assert!(err.contains("versions are never rewritten"), "{err}");
    let err = coop.fails(&[
        "kind",
        "add",
        "care",
        "Care",
        "--measure",
        "hours",
        "--rate",
        "31",
        "--from",
        "2026-10-01",
    ]);
    assert!(
        err.contains("exists with another name ('Care work', not 'Care')"),
        "{err}"
    );
    let list = coop.ok(&["kind", "list"]);
    assert!(
        list.contains("2026-09-01") && list.contains("beginning"),
        "{list}"
    );
    // Contributions before a kind's first rate are refused.
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
    let err = coop.fails(&[
        "log",
        "ana",
        "festival",
        "late",
        "1",
        "--date",
        "2026-05-31",
    ]);
    assert!(err.contains("2026-05-31 is before kind 'late' has a rate: its first rate is effective from 2026-06-01"), "{err}");
    coop.ok(&[
        "log",
        "ana",
        "festival",
        "late",
        "1",
        "--date",
        "2026-06-01",
    ]);
}

#[test]
fn verify_reports_ok_with_a_summary() {
    let coop = Coop::example();
    let out = coop.ok(&["verify"]);
    let first = out.lines().next().unwrap_or_default();
    assert_eq!(first, "OK: 8 entries from 1 device, 9 contributions; every hash chain, signature and derived table matches the journal");
    let device = coop.open().device().to_string();
    let head = out.lines().nth(1).unwrap_or_default();
    assert!(
        head.starts_with(&format!(
            "head of device {device} (this laptop): entry 8, hash "
        )),
        "{out}"
    );
}

/// Every derived table, changed behind the application's back, is caught
/// and reported with the journal entry it concerns.
#[test]
fn tampering_with_any_table_is_detected() {
    let base = Coop::example();
    base.ok(&[
        "equation",
        "set",
        "--default",
        common::example("equation.toml").to_str().unwrap(),
    ]);
    base.ok(&["approve", "C-001", "--by", "ben"]);
    base.ok(&["correct", "C-002", "--quantity", "5"]);
    base.ok(&["distribute", "R-2026-05"]);
    base.ok(&["pay", "ana", "10.00", "--date", "2026-06-01"]);
    let cases: &[(&str, &str)] = &[
        ("settings", "UPDATE settings SET approvals_required = 3"),
        ("accounts", "UPDATE accounts SET name = 'Mallory' WHERE handle = 'ana'"),
        ("projects", "UPDATE projects SET parent = NULL WHERE code = 'festival-kids'"),
        ("kinds", "UPDATE kinds SET gift = 0 WHERE code = 'volunteer'"),
        ("kind_versions", "UPDATE kind_versions SET rate_e4 = 990000 WHERE kind = 'work'"),
        ("contributions", "UPDATE contributions SET quantity_e4 = 990000 WHERE id = 'C-001'"),
        ("corrections", "UPDATE corrections SET quantity_e4 = 1"),
        ("reviews", "DELETE FROM reviews"),
        ("revenues", "UPDATE revenues SET amount_minor = 1 WHERE id = 'R-2026-05'"),
        ("equations", "UPDATE equations SET source = 'x'"),
        ("distributions", "UPDATE distributions SET reversed = 1"),
        ("allocations", "UPDATE allocations SET amount_minor = amount_minor + 100 WHERE recipient = 'ana'"),
        ("claims_paid", "UPDATE claims_paid SET amount_minor = 0"),
        ("payouts", "UPDATE payouts SET amount_minor = 1"),
        ("journal", "UPDATE journal SET payload = replace(payload, 'Ana Puig', 'Eve') WHERE kind = 'accounts_added'"),
    ];
    for (table, sql) in cases {
        let coop = Coop::empty();
        std::fs::copy(&base.ledger, &coop.ledger).unwrap();
        for suffix in ["-wal", "-shm"] {
            let from = format!("{}{suffix}", base.ledger.display());
            if std::path::Path::new(&from).exists() {
                std::fs::copy(&from, format!("{}{suffix}", coop.ledger.display())).unwrap();
            }
        }
        assert!(
            coop.ok(&["verify"]).starts_with("OK"),
            "copy of {table} is clean"
        );
        coop.tamper(sql);
        let out = coop.run(&["verify"]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{table}: {stdout}");
        assert!(stderr.contains("verify found"), "{table}: {stderr}");
        if *table == "journal" {
            assert!(
                stdout.contains("hash mismatch: the stored accounts_added entry was changed"),
                "{stdout}"
            );
        } else {
            assert!(
                stdout.contains(&format!("{table} row ")),
                "{table}: {stdout}"
            );
        }
        assert!(
            stdout.contains("journal entry "),
            "{table} names the entry: {stdout}"
        );
    }
}

#[test]
fn backup_writes_a_consistent_copy_that_verifies() {
    let coop = Coop::example();
    let copy = coop.dir.path().join("backup.openvalue");
    coop.ok(&["backup", copy.to_str().unwrap()]);
    assert_eq!(common::digest(&copy).len(), 64);
    let other = common::Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: copy.clone(),
    };
    assert!(other.ok(&["verify"]).starts_with("OK: 8 entries"));
    let err = coop.fails(&["backup", copy.to_str().unwrap()]);
    assert!(err.contains("a file already exists there"), "{err}");
    assert!(coop.open().last_backup().unwrap().is_some());
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    let coop = Coop::empty();
    for cmd in [
        vec!["init"],
        vec!["import"],
        vec!["log"],
        vec!["list"],
        vec!["approve"],
        vec!["reject"],
        vec!["correct"],
        vec!["member", "add"],
        vec!["project", "add"],
        vec!["kind", "add"],
        vec!["revenue", "add"],
        vec!["equation", "set"],
        vec!["distribute"],
        vec!["reverse"],
        vec!["pay"],
        vec!["balances"],
        vec!["export"],
        vec!["verify"],
        vec!["backup"],
        vec!["settings"],
        vec!["demo"],
    ] {
        let mut args = cmd.clone();
        args.push("--help");
        let out = coop.ok(&args);
        assert!(
            out.contains("Example:"),
            "{cmd:?} --help has no example:\n{out}"
        );
    }
}

#[test]
fn bad_arguments_give_usage_errors_not_panics() {
    let coop = Coop::new(0);
    for args in [
        vec!["log"],
        vec!["import", "people", "x.csv"],
        vec!["frobnicate"],
        vec!["log", "a", "b", "c", "1", "--date", "yesterday"],
    ] {
        let out = coop.run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_schema_1_ledger_is_upgraded_in_place_and_still_verifies() {
    let coop = Coop::example();
    coop.as_written_before_signatures();
    coop.tamper(
        "DROP INDEX contributions_for_split; DROP INDEX claims_paid_by_contribution; DROP INDEX contributions_by_day;
         CREATE INDEX contributions_by_project ON contributions (project, kind, member, day);
         DROP TABLE account_totals;
         PRAGMA user_version = 1;",
    );
    assert!(coop.ok(&["verify"]).starts_with("OK: 7 entries"));
    let conn = rusqlite::Connection::open(&coop.ledger).unwrap();
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, openvalue::store::SCHEMA_VERSION);
    let indexes: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contributions' AND sql IS NOT NULL ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        indexes,
        [
            "contributions_by_day",
            "contributions_by_member",
            "contributions_for_split"
        ]
    );
}

/// Rewrites the example's journal as schema 2 stored it: JSON text in a
/// STRICT `TEXT` column, each entry rehashed over its JSON bytes and
/// chained as OpenValue wrote them then.
fn make_schema_2(ledger: &std::path::Path) {
    use openvalue::journal::{decode_payload, entry_hash, GENESIS_HASH};
    let conn = rusqlite::Connection::open(ledger).unwrap();
    type Row = (i64, String, String, i64, String, String, Vec<u8>);
    let rows: Vec<Row> = conn
        .prepare("SELECT pos, id, device, device_seq, recorded_at, kind, payload FROM journal ORDER BY pos")
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    conn.execute_batch(
        "BEGIN;
         CREATE TABLE journal_v2 (
             pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, device TEXT NOT NULL,
             device_seq INTEGER NOT NULL, recorded_at TEXT NOT NULL, kind TEXT NOT NULL,
             payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
             UNIQUE (device, device_seq)) STRICT;",
    )
    .unwrap();
    let mut prev: std::collections::HashMap<String, String> = Default::default();
    for (pos, id, device, seq, at, kind, payload) in rows {
        let json = serde_json::to_string(&decode_payload(&payload).unwrap()).unwrap();
        let prev_hash = prev
            .get(&device)
            .cloned()
            .unwrap_or_else(|| GENESIS_HASH.to_string());
        let hash = entry_hash(&id, &device, seq, &at, &kind, json.as_bytes(), &prev_hash);
        conn.execute(
            "INSERT INTO journal_v2 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            rusqlite::params![pos, id, device, seq, at, kind, json, prev_hash, hash],
        )
        .unwrap();
        prev.insert(device, hash);
    }
    conn.execute_batch(
        "DROP TABLE journal; ALTER TABLE journal_v2 RENAME TO journal;
         DROP TABLE account_totals;
         PRAGMA user_version = 2; COMMIT;",
    )
    .unwrap();
}

/// A ledger written before binary payloads (schema 2, JSON text) is
/// upgraded in place: its entries keep their bytes and hashes and verify,
/// and new entries are binary and chain onto the JSON ones (ADR 9).
#[test]
fn a_schema_2_ledger_with_json_payloads_opens_verifies_and_gets_new_entries() {
    let coop = Coop::example();
    coop.as_written_before_signatures();
    make_schema_2(&coop.ledger);
    let json_bytes: Vec<(String, String)> = {
        let conn = rusqlite::Connection::open(&coop.ledger).unwrap();
        let rows = conn
            .prepare("SELECT id, payload FROM journal ORDER BY pos")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows
    };
    assert!(json_bytes.iter().all(|(_, p)| p.starts_with('{')));

    assert!(coop.ok(&["verify"]).starts_with("OK: 7 entries"));
    coop.ok(&["pay", "ana", "10.00", "--date", "2026-06-01"]);
    // The first write gave the device a key (a device_key entry) and
    // signed the payout; the 7 entries before stay "before signatures".
    let out = coop.ok(&["verify"]);
    assert!(out.starts_with("OK: 9 entries"), "{out}");
    assert!(
        out.contains("7 entries were written before signatures"),
        "{out}"
    );

    let conn = rusqlite::Connection::open(&coop.ledger).unwrap();
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, openvalue::store::SCHEMA_VERSION);
    // The old entries are the same text, byte for byte.
    for (id, payload) in &json_bytes {
        let (kind, stored): (String, String) = conn
            .query_row(
                "SELECT typeof(payload), payload FROM journal WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((kind.as_str(), &stored), ("text", payload));
    }
    // The new entry is binary and links to the last JSON entry.
    let (kind, first, prev, last_old): (String, Vec<u8>, String, String) = conn
        .query_row(
            "SELECT typeof(n.payload), substr(n.payload, 1, 1), n.prev_hash, o.hash
             FROM journal n JOIN journal o ON o.device = n.device AND o.device_seq = n.device_seq - 1
             WHERE n.kind = 'payout_recorded'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(kind, "blob");
    assert_eq!(first, [openvalue::journal::FORMAT_MSGPACK]);
    assert_eq!(prev, last_old);

    // A changed JSON entry is still caught.
    coop.tamper(
        "UPDATE journal SET payload = replace(payload, 'Ana Puig', 'Eve') WHERE kind = 'accounts_added'",
    );
    let out = coop.run(&["verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("hash mismatch: the stored accounts_added entry was changed"));
}

/// A damaged page is found before anything is written to the file.
#[test]
fn a_damaged_ledger_is_refused_before_any_write() {
    let coop = Coop::example();
    coop.tamper("PRAGMA wal_checkpoint(TRUNCATE);");
    let mut bytes = bytes(&coop.ledger);
    let page = 4096;
    // Scribble over the b-tree page header of every page after the schema.
    for p in (2..bytes.len() / page).step_by(2) {
        for b in &mut bytes[p * page..p * page + 8] {
            *b = 0xff;
        }
    }
    std::fs::write(&coop.ledger, &bytes).unwrap();
    let err = coop.fails(&["log", "ana", "festival", "work", "1"]);
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(common::bytes(&coop.ledger), bytes);
}

#[test]
fn list_filters_by_status_and_says_when_it_shows_only_the_latest() {
    let coop = Coop::example();
    coop.ok(&["settings", "--approvals", "1"]);
    coop.ok(&["approve", "C-001", "--by", "ben"]);
    coop.ok(&["reject", "C-002", "--by", "ana", "--reason", "duplicate"]);
    coop.ok(&["correct", "C-003", "--void"]);
    let ids = |out: &str| -> Vec<String> {
        out.lines()
            .skip(1)
            .filter(|l| l.starts_with("C-"))
            .map(|l| l[..5].to_string())
            .collect()
    };
    assert_eq!(ids(&coop.ok(&["list", "--status", "counts"])), ["C-001"]);
    assert_eq!(ids(&coop.ok(&["list", "--status", "rejected"])), ["C-002"]);
    assert_eq!(ids(&coop.ok(&["list", "--status", "void"])), ["C-003"]);
    assert_eq!(ids(&coop.ok(&["list", "--status", "pending"])).len(), 6);
    assert_eq!(ids(&coop.ok(&["list", "--all"])).len(), 9);
    // The latest two, oldest first, and a note that there are more.
    let out = coop.ok(&["list", "--limit", "2"]);
    assert_eq!(ids(&out), ["C-008", "C-009"]);
    assert!(out.ends_with("(the latest 2 of 8; see --limit)\n"), "{out}");
    let out = coop.run(&["list", "--status", "approved"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("'approved' is not a status: use counts, pending, rejected or void"));
}

/// Found by attacking the CLI: a correction that changes nothing was
/// recorded as a new revision, discarding the approvals already given.
#[test]
fn regression_a_correction_that_changes_nothing_is_refused() {
    let coop = Coop::example();
    let before = coop.digest();
    let quantity_e4 = coop
        .open()
        .contribution("C-001")
        .unwrap()
        .expect("C-001")
        .quantity_e4;
    let quantity = openvalue::money::format_trimmed(i128::from(quantity_e4), 4);
    let err = coop.fails(&["correct", "C-001", "--quantity", &quantity]);
    assert!(err.contains("already has these values"), "{err}");
    assert_eq!(coop.digest(), before);
}

/// Schema 4 keeps each account's running totals; a schema-3 ledger with
/// distributions, a reversal and payouts gets them from its tables on
/// upgrade, and balances and verify agree with what it showed before.
#[test]
fn a_schema_3_ledger_gets_its_account_totals_on_upgrade() {
    let coop = Coop::example();
    coop.ok(&[
        "equation",
        "set",
        "--default",
        example("equation.toml").to_str().unwrap(),
    ]);
    let revenues: Vec<String> = coop
        .open()
        .revenues()
        .unwrap()
        .into_iter()
        .map(|r| r.info.id)
        .collect();
    assert!(revenues.len() >= 2, "{revenues:?}");
    for r in &revenues {
        coop.ok(&["distribute", r]);
    }
    let first = coop
        .open()
        .revenue(&revenues[0])
        .unwrap()
        .unwrap()
        .distribution
        .unwrap();
    coop.ok(&["reverse", &first]);
    coop.ok(&["pay", "ana", "12.34"]);
    let before = coop.ok(&["balances"]);
    coop.as_written_before_signatures();
    coop.tamper("DROP TABLE account_totals; PRAGMA user_version = 3;");
    assert_eq!(coop.ok(&["balances"]), before);
    assert!(coop.ok(&["verify"]).starts_with("OK"));
    coop.ok(&["pay", "ana", "1"]);
    assert_ne!(coop.ok(&["balances"]), before);
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}
