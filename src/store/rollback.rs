//! The books' undo steps: rolling the books back to a place in the one
//! order, so that a merge whose entries interleave with this laptop's
//! recent ones replays only what follows that place (ADR 10).
//!
//! Every change a write makes to a book table is recorded, by temporary
//! triggers on the writing connection, as the step that undoes it: delete
//! the row it inserted, put back the values it updated, insert again the
//! row it deleted (SQLite's undo technique, <https://sqlite.org/undoredo.html>,
//! with data instead of SQL text). Before each entry is applied, a mark
//! says at which step its changes begin. Rolling back to the place of
//! entry E undoes, newest first, the steps of every entry after E and
//! forgets them; the replay that follows records them again.
//!
//! A step is data — a book table's name, what to do, the row's key and
//! values as JSON arrays — and is run only through statements built here
//! for the book tables, with the values bound: a ledger file, whoever made
//! it, can never make a merge run SQL of its choosing. Each mark holds the
//! digest of its entry's steps, sealed when its transaction commits; a
//! step that no longer matches (a damaged file) is never run — the merge
//! rebuilds the books instead — and `verify` reports it.
//!
//! Marks are kept for a suffix of the one order only: the most recent
//! entries, up to [`MAX_MARKS`] of them and [`MAX_STEPS`] steps. A write
//! too large to record (an import that suspends indexes, a full rebuild)
//! forgets every mark: nothing before it can be rolled back, and a merge
//! reaching further back rebuilds the books from the journal.
//!
//! The triggers are `TEMP`: they live on the connections of this program
//! that write, never in the file, so another SQLite program writing the
//! file (which `verify` would report) cannot fail on them.

use std::collections::HashMap;
use std::sync::Mutex;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection};

use super::merge::BOOK_TABLES;
use super::StoreError;

/// How many entries' marks are kept, newest first.
pub(super) const MAX_MARKS: i64 = 20_000;

/// How many undo steps are kept at most (about 50 bytes each).
pub(super) const MAX_STEPS: i64 = 400_000;

/// A place in the one order: (stamp, device, sequence number).
pub(super) type Place<'a> = (i64, &'a str, i64);

/// How the rows of a book table are found and written back.
#[derive(Debug, Clone)]
struct Shape {
    /// The columns that find a row: the primary key of a table without
    /// rowid, the rowid (or the column that is its alias) otherwise.
    key: Vec<String>,
    /// Every column a step puts back (the rowid first, when it is not a
    /// column of its own).
    columns: Vec<String>,
}

/// An identifier, quoted for SQL.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn shape(conn: &Connection, table: &str) -> Result<Shape, StoreError> {
    let columns: Vec<(String, String, i64)> = conn
        .prepare(&format!("PRAGMA main.table_info({})", ident(table)))?
        .query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(5)?)))?
        .collect::<Result<_, _>>()?;
    let definition: String = conn.query_row(
        "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    let without_rowid = definition.to_ascii_uppercase().contains("WITHOUT ROWID");
    let mut primary: Vec<(i64, &str, &str)> = columns
        .iter()
        .filter(|(_, _, pk)| *pk > 0)
        .map(|(name, ty, pk)| (*pk, name.as_str(), ty.as_str()))
        .collect();
    primary.sort();
    let rowid_alias =
        !without_rowid && primary.len() == 1 && primary[0].2.eq_ignore_ascii_case("INTEGER");
    let names = columns.iter().map(|(n, _, _)| n.clone());
    Ok(if without_rowid || rowid_alias {
        Shape {
            key: primary.iter().map(|(_, n, _)| n.to_string()).collect(),
            columns: names.collect(),
        }
    } else {
        Shape {
            key: vec!["rowid".into()],
            columns: std::iter::once("rowid".to_string()).chain(names).collect(),
        }
    })
}

/// What the triggers and the rollback of one schema need: made once per
/// process for each definition of the book tables (the same for every
/// ledger of one schema version).
struct Made {
    triggers: String,
    shapes: HashMap<&'static str, Shape>,
}

fn made<T>(conn: &Connection, f: impl FnOnce(&Made) -> T) -> Result<T, StoreError> {
    static MADE: Mutex<Option<(String, std::sync::Arc<Made>)>> = Mutex::new(None);
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
    let mut cache = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let current = match cache.as_ref() {
        Some((of, made)) if *of == definitions => made.clone(),
        _ => {
            let mut shapes = HashMap::new();
            let mut triggers = String::new();
            for table in BOOK_TABLES {
                let shape = shape(conn, table)?;
                triggers.push_str(&triggers_for(table, &shape));
                shapes.insert(*table, shape);
            }
            let made = std::sync::Arc::new(Made { triggers, shapes });
            *cache = Some((definitions, made.clone()));
            made
        }
    };
    drop(cache);
    Ok(f(&current))
}

/// The three triggers that record undo steps for `table`.
fn triggers_for(table: &str, shape: &Shape) -> String {
    let array = |row: &str, names: &[String]| {
        let values = names
            .iter()
            .map(|c| format!("{row}.{}", ident(c)))
            .collect::<Vec<_>>()
            .join(", ");
        format!("json_array({values})")
    };
    let new_key = array("new", &shape.key);
    let old_key = array("old", &shape.key);
    let old_row = array("old", &shape.columns);
    let t = ident(table);
    format!(
        "CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_i AFTER INSERT ON main.{t} BEGIN
           INSERT INTO undo_log (tbl, op, key) VALUES ('{table}', 'delete', {new_key});
         END;
         CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_u AFTER UPDATE ON main.{t} BEGIN
           INSERT INTO undo_log (tbl, op, key, row) VALUES ('{table}', 'update', {new_key}, {old_row});
         END;
         CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_d AFTER DELETE ON main.{t} BEGIN
           INSERT INTO undo_log (tbl, op, key, row) VALUES ('{table}', 'insert', {old_key}, {old_row});
         END;"
    )
}

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
    let sql = made(conn, |m| m.triggers.clone())?;
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

/// The number the next step will get: steps are numbered by
/// `AUTOINCREMENT`, never again below one already used, so marks stay in
/// the order of their steps whatever a rollback or a prune removed.
fn next_step(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'undo_log'), 0),
                        coalesce((SELECT max(n) FROM undo_log), 0)) + 1",
        )?
        .query_row([], |r| r.get(0))?)
}

/// Marks where `entry`'s changes begin, if this connection records.
pub(super) fn mark(conn: &Connection, recording: bool, entry: &str) -> Result<(), StoreError> {
    if recording {
        let first = next_step(conn)?;
        conn.prepare_cached("INSERT INTO undo_marks (entry, first_n) VALUES (?1, ?2)")?
            .execute(params![entry, first])?;
    }
    Ok(())
}

/// A step as stored.
#[derive(Debug, Clone)]
struct Stored {
    n: i64,
    table: String,
    op: String,
    key: String,
    row: Option<String>,
}

/// A mark as stored: entry, first step, digest; in the one order.
type Mark = (String, i64, Option<Vec<u8>>);

/// The marks from step `first` on, and their steps.
fn marks_from(conn: &Connection, first: i64) -> Result<(Vec<Mark>, Vec<Stored>), StoreError> {
    let marks = conn
        .prepare_cached(
            "SELECT entry, first_n, digest FROM undo_marks WHERE first_n >= ?1 ORDER BY first_n, rowid",
        )?
        .query_map([first], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let steps = conn
        .prepare_cached("SELECT n, tbl, op, key, row FROM undo_log WHERE n >= ?1 ORDER BY n")?
        .query_map([first], |r| {
            Ok(Stored {
                n: r.get(0)?,
                table: r.get(1)?,
                op: r.get(2)?,
                key: r.get(3)?,
                row: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok((marks, steps))
}

/// Each mark's steps: those from its first step up to the next mark's
/// (the last mark's: to the end), as a range of `steps`.
fn ranges(marks: &[Mark], steps: &[Stored]) -> Vec<std::ops::Range<usize>> {
    let mut at = 0;
    let mut out = Vec::with_capacity(marks.len());
    for (i, (_, first, _)) in marks.iter().enumerate() {
        let end = marks.get(i + 1).map(|m| m.1).unwrap_or(i64::MAX);
        while at < steps.len() && steps[at].n < *first {
            at += 1;
        }
        let start = at;
        while at < steps.len() && steps[at].n < end {
            at += 1;
        }
        out.push(start..at);
    }
    out
}

/// Each mark's digest over its entry, its first step and its steps.
fn digests(marks: &[Mark], steps: &[Stored]) -> Vec<Vec<u8>> {
    use sha2::{Digest, Sha256};
    marks
        .iter()
        .zip(ranges(marks, steps))
        .map(|((entry, first, _), range)| {
            let mut hasher = Sha256::new();
            let mut field = |bytes: &[u8]| {
                hasher.update((bytes.len() as u64).to_le_bytes());
                hasher.update(bytes);
            };
            field(entry.as_bytes());
            field(&first.to_le_bytes());
            for s in &steps[range] {
                field(&s.n.to_le_bytes());
                field(s.table.as_bytes());
                field(s.op.as_bytes());
                field(s.key.as_bytes());
                field(s.row.as_deref().unwrap_or("").as_bytes());
            }
            hasher.finalize().to_vec()
        })
        .collect()
}

/// Seals the marks made in this transaction — those from step `from`
/// (what [`transaction_start`] gave) on — with the digest of their steps;
/// run before it commits. An older mark without a digest stays without:
/// it is damage, never run.
pub(super) fn seal(conn: &Connection, from: i64) -> Result<(), StoreError> {
    let open: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM undo_marks WHERE digest IS NULL AND first_n >= ?1)",
        )?
        .query_row([from], |r| r.get(0))?;
    if !open {
        return Ok(());
    }
    let (marks, steps) = marks_from(conn, from)?;
    let mut update = conn.prepare_cached("UPDATE undo_marks SET digest = ?2 WHERE entry = ?1")?;
    for ((entry, _, digest), computed) in marks.iter().zip(digests(&marks, &steps)) {
        if digest.is_none() {
            update.execute(params![entry, computed])?;
        }
    }
    Ok(())
}

/// Where a write transaction's steps begin, for [`seal`].
pub(super) fn transaction_start(conn: &Connection) -> Result<i64, StoreError> {
    next_step(conn)
}

/// Entries whose undo steps no longer match their digest, or that the
/// journal does not hold, or whose steps cannot be run: damage `verify`
/// reports (a merge never runs them; it rebuilds instead).
pub(super) fn damaged(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let (marks, steps) = marks_from(conn, i64::MIN)?;
    let runnable: Vec<bool> = made(conn, |m| {
        steps.iter().map(|s| step(m, s).is_some()).collect()
    })?;
    let mut known = conn.prepare_cached("SELECT 1 FROM journal WHERE id = ?1")?;
    let mut out = Vec::new();
    let checks = marks
        .iter()
        .zip(digests(&marks, &steps))
        .zip(ranges(&marks, &steps));
    for (((entry, _, digest), computed), range) in checks {
        if digest.as_deref() != Some(computed.as_slice())
            || !known.exists([entry])?
            || !runnable[range].iter().all(|ok| *ok)
        {
            out.push(entry.clone());
        }
    }
    Ok(out)
}

/// A step ready to run.
#[derive(Debug)]
struct Step {
    sql: String,
    values: Vec<Value>,
}

/// How to roll the books back to a place: the steps to run, newest first.
pub(super) struct Plan {
    first: i64,
    steps: Vec<Step>,
}

/// The plan for rolling the books back to `place`, if they can be: every
/// entry after it has its mark, and every step from there matches its
/// digest and is a step this program records. `None`: a rebuild is
/// needed.
pub(super) fn plan_after(conn: &Connection, place: Place<'_>) -> Result<Option<Plan>, StoreError> {
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
    let (marks, stored) = marks_from(conn, first)?;
    let intact = marks
        .iter()
        .zip(digests(&marks, &stored))
        .all(|((_, _, digest), computed)| digest.as_deref() == Some(computed.as_slice()));
    if !intact {
        return Ok(None);
    }
    Ok(plan(conn, &stored)?.map(|mut steps| {
        steps.reverse();
        Plan { first, steps }
    }))
}

/// Each stored step as a statement on a book table with its values bound;
/// `None` when one is not a step this program records.
fn plan(conn: &Connection, stored: &[Stored]) -> Result<Option<Vec<Step>>, StoreError> {
    made(conn, |m| {
        stored
            .iter()
            .map(|s| step(m, s))
            .collect::<Option<Vec<Step>>>()
    })
}

fn step(made: &Made, s: &Stored) -> Option<Step> {
    let (table, shape) = made.shapes.get_key_value(s.table.as_str())?;
    let key = values(&s.key, shape.key.len())?;
    let row = match &s.row {
        Some(row) => Some(values(row, shape.columns.len())?),
        None => None,
    };
    let t = ident(table);
    let found_by = |from: usize| {
        shape
            .key
            .iter()
            .enumerate()
            .map(|(i, k)| format!("{} = ?{}", ident(k), from + i))
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let columns = shape.columns.iter().map(|c| ident(c)).collect::<Vec<_>>();
    match (s.op.as_str(), row) {
        ("delete", None) => Some(Step {
            sql: format!("DELETE FROM main.{t} WHERE {}", found_by(1)),
            values: key,
        }),
        ("update", Some(row)) => {
            let set = columns
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{c} = ?{}", i + 1))
                .collect::<Vec<_>>()
                .join(", ");
            let from = row.len() + 1;
            Some(Step {
                sql: format!("UPDATE main.{t} SET {set} WHERE {}", found_by(from)),
                values: row.into_iter().chain(key).collect(),
            })
        }
        ("insert", Some(row)) => {
            let slots = (1..=row.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            Some(Step {
                sql: format!(
                    "INSERT INTO main.{t} ({}) VALUES ({slots})",
                    columns.join(", ")
                ),
                values: row,
            })
        }
        _ => None,
    }
}

/// A JSON array of `len` whole numbers, texts or nulls (what a book table
/// holds) as SQL values.
fn values(json: &str, len: usize) -> Option<Vec<Value>> {
    let array: Vec<serde_json::Value> = serde_json::from_str(json).ok()?;
    if array.len() != len {
        return None;
    }
    array
        .into_iter()
        .map(|v| match v {
            serde_json::Value::Null => Some(Value::Null),
            serde_json::Value::String(s) => Some(Value::Text(s)),
            serde_json::Value::Number(n) => n.as_i64().map(Value::Integer),
            _ => None,
        })
        .collect()
}

/// Rolls the books back to `place` with `plan` (what [`plan_after`]
/// gave): undoes its steps, newest first, and forgets them and the marks
/// of the entries after `place`. Returns how many steps ran.
pub(super) fn roll_back(
    conn: &Connection,
    place: Place<'_>,
    plan: Plan,
) -> Result<u64, StoreError> {
    let recording = is_recording(conn)?;
    // The undoing itself is not recorded.
    stop(conn)?;
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    for step in &plan.steps {
        conn.prepare_cached(&step.sql)?
            .execute(params_from_iter(step.values.iter()))?;
    }
    conn.execute("DELETE FROM undo_log WHERE n >= ?1", [plan.first])?;
    conn.execute(
        "DELETE FROM undo_marks WHERE entry IN
           (SELECT id FROM journal WHERE (hlc, device, device_seq) > (?1, ?2, ?3))",
        params![place.0, place.1, place.2],
    )?;
    if recording {
        record(conn)?;
    }
    Ok(plan.steps.len() as u64)
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
