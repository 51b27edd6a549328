//! The books' undo steps: rolling the books back to a place in the one
//! order, so that a merge whose entries interleave with this laptop's
//! recent ones replays only what follows that place (ADR 10).
//!
//! Every change a write makes to a book table is recorded, by temporary
//! triggers on the writing connection, as the SQL statement that undoes it
//! (SQLite's own undo/redo technique: <https://sqlite.org/undoredo.html>).
//! Before each entry is applied, a mark says at which step its changes
//! begin. Rolling back to the place of entry E runs, newest first, the
//! steps of every entry after E, then forgets them; the replay that
//! follows records them again.
//!
//! Marks are kept for a suffix of the one order only: the most recent
//! entries, up to [`MAX_MARKS`] of them and [`MAX_STEPS`] steps. A write
//! that is too large to record (an import that suspends indexes, a full
//! rebuild) forgets every mark: nothing before it can be rolled back, and
//! a merge reaching further back rebuilds the books from the journal, as
//! it did before.
//!
//! The triggers are `TEMP`: they live on the connections of this program
//! that write, never in the file, so another SQLite program writing the
//! file (which OpenValue's `verify` would report) cannot fail on them.

use std::sync::Mutex;

use rusqlite::{params, Connection};

use super::merge::BOOK_TABLES;
use super::StoreError;

/// How many entries' marks are kept, newest first.
pub(super) const MAX_MARKS: i64 = 20_000;

/// How many undo steps are kept at most (about 50 bytes each).
pub(super) const MAX_STEPS: i64 = 400_000;

/// A place in the one order: (stamp, device, sequence number).
pub(super) type Place<'a> = (i64, &'a str, i64);

/// Whether this connection's triggers record undo steps now.
pub(super) fn is_recording(conn: &Connection) -> Result<bool, StoreError> {
    let triggers: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'undo_*'",
        )?
        .query_row([], |r| r.get(0))?;
    Ok(triggers == 3 * BOOK_TABLES.len() as i64)
}

/// Starts recording undo steps on this connection (inside a write
/// transaction: if it rolls back, so does this).
pub(super) fn record(conn: &Connection) -> Result<(), StoreError> {
    if is_recording(conn)? {
        return Ok(());
    }
    // Why: `INSERT OR REPLACE` deletes the row it replaces, and only with
    // recursive triggers on does that deletion fire the trigger that
    // records how to bring the row back.
    conn.execute_batch("PRAGMA recursive_triggers = ON")?;
    // The triggers follow the book tables' definitions, which are the
    // same for every ledger of this schema: made once per process.
    static MADE: Mutex<Option<(String, String)>> = Mutex::new(None);
    let tables = BOOK_TABLES
        .iter()
        .map(|t| format!("'{t}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let definitions: String = conn.query_row(
        &format!(
            "SELECT group_concat(sql, ';') FROM (SELECT sql FROM main.sqlite_master
             WHERE type = 'table' AND name IN ({tables}) ORDER BY name)"
        ),
        [],
        |r| r.get(0),
    )?;
    let mut made = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let sql = match made.as_ref() {
        Some((of, sql)) if *of == definitions => sql.clone(),
        _ => {
            let mut sql = String::new();
            for table in BOOK_TABLES {
                sql.push_str(&triggers(conn, table)?);
            }
            *made = Some((definitions, sql.clone()));
            sql
        }
    };
    drop(made);
    conn.execute_batch(&sql)?;
    Ok(())
}

/// Stops recording and forgets every mark and step: nothing applied so far
/// can be rolled back. For writes too large to record.
pub(super) fn forget(conn: &Connection) -> Result<(), StoreError> {
    stop(conn)?;
    conn.execute_batch("DELETE FROM undo_marks; DELETE FROM undo_log;")?;
    Ok(())
}

fn stop(conn: &Connection) -> Result<(), StoreError> {
    for table in BOOK_TABLES {
        for op in ["i", "u", "d"] {
            conn.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.undo_{table}_{op}"))?;
        }
    }
    Ok(())
}

/// Marks where `entry`'s changes begin, if this connection records.
pub(super) fn mark(conn: &Connection, recording: bool, entry: &str) -> Result<(), StoreError> {
    if recording {
        conn.prepare_cached(
            "INSERT INTO undo_marks (entry, first_n)
             VALUES (?1, (SELECT coalesce(max(n), 0) + 1 FROM undo_log))",
        )?
        .execute([entry])?;
    }
    Ok(())
}

/// Marks as read back: entry, first step, digest; in the one order.
type Marks = Vec<(String, i64, Option<Vec<u8>>)>;

/// The marks from step `first` on, and their steps.
fn marks_from(conn: &Connection, first: i64) -> Result<(Marks, Vec<(i64, String)>), StoreError> {
    let marks = conn
        .prepare_cached(
            "SELECT entry, first_n, digest FROM undo_marks WHERE first_n >= ?1 ORDER BY first_n, rowid",
        )?
        .query_map([first], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let steps = conn
        .prepare_cached("SELECT n, sql FROM undo_log WHERE n >= ?1 ORDER BY n")?
        .query_map([first], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok((marks, steps))
}

/// Each mark's digest over its steps: those from its first step up to the
/// next mark's (the last mark's: to the end).
fn digests(marks: &Marks, steps: &[(i64, String)]) -> Vec<Vec<u8>> {
    use sha2::{Digest, Sha256};
    let mut at = 0;
    let mut out = Vec::with_capacity(marks.len());
    for (i, (_, first, _)) in marks.iter().enumerate() {
        let end = marks.get(i + 1).map(|m| m.1).unwrap_or(i64::MAX);
        while at < steps.len() && steps[at].0 < *first {
            at += 1;
        }
        let mut hasher = Sha256::new();
        while at < steps.len() && steps[at].0 < end {
            hasher.update(steps[at].0.to_le_bytes());
            hasher.update(steps[at].1.as_bytes());
            at += 1;
        }
        out.push(hasher.finalize().to_vec());
    }
    out
}

/// Seals the marks made in this transaction with the digest of their
/// steps; run before it commits.
pub(super) fn seal(conn: &Connection) -> Result<(), StoreError> {
    let first: Option<i64> = conn
        .prepare_cached("SELECT min(first_n) FROM undo_marks WHERE digest IS NULL")?
        .query_row([], |r| r.get(0))?;
    let Some(first) = first else {
        return Ok(());
    };
    let (marks, steps) = marks_from(conn, first)?;
    let mut update = conn.prepare_cached("UPDATE undo_marks SET digest = ?2 WHERE entry = ?1")?;
    for ((entry, _, digest), computed) in marks.iter().zip(digests(&marks, &steps)) {
        if digest.is_none() {
            update.execute(params![entry, computed])?;
        }
    }
    Ok(())
}

/// Entries whose undo steps no longer match their digest, or that the
/// journal does not hold: damage `verify` reports (a merge never runs
/// them; it rebuilds instead).
pub(super) fn damaged(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let (marks, steps) = marks_from(conn, i64::MIN)?;
    let mut known = conn.prepare_cached("SELECT 1 FROM journal WHERE id = ?1")?;
    let mut out = Vec::new();
    for ((entry, _, digest), computed) in marks.iter().zip(digests(&marks, &steps)) {
        if digest.as_deref() != Some(computed.as_slice()) || !known.exists([entry])? {
            out.push(entry.clone());
        }
    }
    Ok(out)
}

/// The first step after `place`, if the books can be rolled back to it:
/// every entry after it has its mark, and every step from there matches
/// its digest. `None`: a rebuild is needed.
pub(super) fn first_step_after(
    conn: &Connection,
    place: Place<'_>,
) -> Result<Option<i64>, StoreError> {
    let (entries, marked, first): (i64, i64, Option<i64>) = conn
        .prepare_cached(
            "SELECT count(*), count(m.entry), min(m.first_n)
             FROM journal j LEFT JOIN undo_marks m ON m.entry = j.id
             WHERE (j.hlc, j.device, j.device_seq) > (?1, ?2, ?3)",
        )?
        .query_row(params![place.0, place.1, place.2], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let Some(first) = first.filter(|_| entries > 0 && entries == marked) else {
        return Ok(None);
    };
    let (marks, steps) = marks_from(conn, first)?;
    let intact = marks
        .iter()
        .zip(digests(&marks, &steps))
        .all(|((_, _, digest), computed)| digest.as_deref() == Some(computed.as_slice()));
    Ok(intact.then_some(first))
}

/// Rolls the books back to `place`: undoes, newest first, every step from
/// `first` (what [`first_step_after`] gave) and forgets those steps and
/// the marks of the entries after `place`. Returns how many steps ran.
pub(super) fn roll_back(
    conn: &Connection,
    place: Place<'_>,
    first: i64,
) -> Result<u64, StoreError> {
    let recording = is_recording(conn)?;
    // The undoing itself is not recorded.
    stop(conn)?;
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let steps: Vec<String> = conn
        .prepare("SELECT sql FROM undo_log WHERE n >= ?1 ORDER BY n DESC")?
        .query_map([first], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for step in &steps {
        conn.execute_batch(step)?;
    }
    conn.execute("DELETE FROM undo_log WHERE n >= ?1", [first])?;
    conn.execute(
        "DELETE FROM undo_marks WHERE entry IN
           (SELECT id FROM journal WHERE (hlc, device, device_seq) > (?1, ?2, ?3))",
        params![place.0, place.1, place.2],
    )?;
    if recording {
        record(conn)?;
    }
    Ok(steps.len() as u64)
}

/// Keeps the marks of the most recent entries only (see [`MAX_MARKS`],
/// [`MAX_STEPS`]) and the steps they need. Cheap when there is nothing to
/// forget (three lookups), so every write transaction runs it.
pub(super) fn prune(conn: &Connection) -> Result<(), StoreError> {
    // Marks go in in the one order (a rollback removes the newest), so
    // their rowids follow it.
    conn.prepare_cached(
        "DELETE FROM undo_marks WHERE rowid <= (SELECT max(rowid) FROM undo_marks) - ?1",
    )?
    .execute([MAX_MARKS])?;
    conn.prepare_cached(
        "DELETE FROM undo_marks WHERE first_n <= (SELECT max(n) FROM undo_log) - ?1",
    )?
    .execute([MAX_STEPS])?;
    conn.prepare_cached(
        "DELETE FROM undo_log WHERE n < coalesce((SELECT min(first_n) FROM undo_marks), (SELECT max(n) FROM undo_log) + 1)",
    )?
    .execute([])?;
    Ok(())
}

/// The three triggers that record undo steps for `table`.
fn triggers(conn: &Connection, table: &str) -> Result<String, StoreError> {
    let columns: Vec<(String, String, i64)> = conn
        .prepare(&format!("PRAGMA main.table_info({table})"))?
        .query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(5)?)))?
        .collect::<Result<_, _>>()?;
    let definition: String = conn.query_row(
        "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    let without_rowid = definition.to_ascii_uppercase().contains("WITHOUT ROWID");
    let mut primary: Vec<(i64, &str)> = columns
        .iter()
        .filter(|(_, _, pk)| *pk > 0)
        .map(|(name, _, pk)| (*pk, name.as_str()))
        .collect();
    primary.sort();
    // Rows are found by their key: the primary key of a table without
    // rowid, the rowid (or the column that is its alias) otherwise.
    let rowid_alias = !without_rowid
        && primary.len() == 1
        && columns.iter().any(|(name, ty, pk)| {
            *pk == 1 && name == primary[0].1 && ty.eq_ignore_ascii_case("INTEGER")
        });
    let key: Vec<&str> = if without_rowid || rowid_alias {
        primary.iter().map(|(_, name)| *name).collect()
    } else {
        vec!["rowid"]
    };
    let names: Vec<&str> = if key == ["rowid"] {
        std::iter::once("rowid")
            .chain(columns.iter().map(|(n, _, _)| n.as_str()))
            .collect()
    } else {
        columns.iter().map(|(n, _, _)| n.as_str()).collect()
    };
    let found_by = |row: &str| {
        key.iter()
            .map(|k| format!("'\"{k}\" = ' || quote({row}.\"{k}\")"))
            .collect::<Vec<_>>()
            .join(" || ' AND ' || ")
    };
    let values = |row: &str| {
        names
            .iter()
            .map(|c| format!("quote({row}.\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || ', ' || ")
    };
    let set = names
        .iter()
        .map(|c| format!("'\"{c}\" = ' || quote(old.\"{c}\")"))
        .collect::<Vec<_>>()
        .join(" || ', ' || ");
    let list = names
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(format!(
        "CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_i AFTER INSERT ON main.{table} BEGIN
           INSERT INTO undo_log (sql) VALUES ('DELETE FROM main.{table} WHERE ' || {new_key});
         END;
         CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_u AFTER UPDATE ON main.{table} BEGIN
           INSERT INTO undo_log (sql) VALUES ('UPDATE main.{table} SET ' || {set} || ' WHERE ' || {new_key});
         END;
         CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_d AFTER DELETE ON main.{table} BEGIN
           INSERT INTO undo_log (sql) VALUES ('INSERT INTO main.{table} ({list}) VALUES (' || {old_values} || ')');
         END;",
        new_key = found_by("new"),
        old_values = values("old"),
    ))
}
