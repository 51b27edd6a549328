//! Merging other laptops' entries, and replaying the journal in the one
//! order every device applies (SPEC §12, ADR 10).
//!
//! The books are what applying every entry in the order (stamp, device,
//! sequence number) with the rules of [`super::apply`] gives. A merge
//! inserts the entries it lacks; when all of them come after every entry
//! it holds, it applies just those, and otherwise it rebuilds the books by
//! replaying the whole journal — the same replay `verify` runs. An entry
//! the rules refuse at its place is a conflict: kept in the journal, not
//! applied, listed in `conflicts`.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::apply::{self, CatalogCache, EntryRef, Mode};
use super::identity::{self, ROSTER_KINDS};
use super::rollback;
use super::{StoreError, Writer};
use crate::devices::Roster;
use crate::i18n::{Message, MessageArg};
use crate::journal::{validate_chain, Entry, Hlc, Payload};
use crate::refusal::Refusal;

/// The columns of a journal row, in [`read_entry`]'s order.
pub(super) const ENTRY_COLUMNS: &str =
    "id, device, device_seq, recorded_at, kind, payload, prev_hash, hash, hlc, signature, author";

/// The one order (SPEC §12).
pub(super) const ORDER: &str = "hlc, device, device_seq";

/// The tables derived from the journal, children first (the order they
/// are emptied in before a replay).
pub(super) const BOOK_TABLES: &[&str] = &[
    "conflicts",
    "renames",
    "valuations",
    "gives",
    "epochs",
    "token_transfers",
    "tokens",
    "roles",
    "member_keys",
    "account_totals",
    "claims_paid",
    "allocations",
    "payouts",
    "distributions",
    "equations",
    "reviews",
    "corrections",
    "revenue_corrections",
    "revenues",
    "contributions",
    "resource_uses",
    "resource_owners",
    "resources",
    "memberships",
    "stage_spans",
    "stages",
    "kind_versions",
    "kinds",
    "projects",
    "accounts",
    "settings",
];

pub(super) fn read_entry(row: &Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: row.get(0)?,
        device: row.get(1)?,
        device_seq: row.get(2)?,
        recorded_at: row.get(3)?,
        kind: row.get(4)?,
        payload: payload_bytes(row, 5)?,
        prev_hash: row.get(6)?,
        hash: row.get(7)?,
        hlc: row.get(8)?,
        signature: row.get(9)?,
        author: row.get(10)?,
    })
}

/// A payload's bytes, whichever SQLite type holds them: JSON text (schemas
/// 1 and 2) or a blob (ADR 9). Its first byte says how to read it.
fn payload_bytes(row: &Row<'_>, index: usize) -> rusqlite::Result<Vec<u8>> {
    use rusqlite::types::{FromSqlError, ValueRef};
    match row.get_ref(index)? {
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => Ok(bytes.to_vec()),
        other => Err(rusqlite::Error::FromSqlConversionFailure(
            index,
            other.data_type(),
            Box::new(FromSqlError::InvalidType),
        )),
    }
}

/// Journal entries matching an SQL condition, in the one order.
pub(super) fn entries_where(conn: &Connection, condition: &str) -> Result<Vec<Entry>, StoreError> {
    Ok(conn
        .prepare(&format!(
            "SELECT {ENTRY_COLUMNS} FROM journal WHERE {condition} ORDER BY {ORDER}"
        ))?
        .query_map([], read_entry)?
        .collect::<Result<_, _>>()?)
}

pub(super) fn insert_entry(conn: &Connection, entry: &Entry) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO journal (id, device, device_seq, recorded_at, kind, payload, prev_hash, hash, hlc, signature, author)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        entry.id,
        entry.device,
        entry.device_seq,
        entry.recorded_at,
        entry.kind,
        entry.payload,
        entry.prev_hash,
        entry.hash,
        entry.hlc,
        entry.signature,
        entry.author
    ])?;
    Ok(())
}

/// Applies entries in the one order as merged entries, recording the
/// ones the rules refuse as conflicts.
pub(super) struct Replayer {
    cache: CatalogCache,
    revoked: HashMap<String, i64>,
    /// Entries in conflict and the ids they would have brought.
    conflicted: Vec<(String, Vec<String>)>,
    /// Whether the target connection records undo steps (see
    /// [`rollback`]): then each entry gets its mark.
    recording: bool,
}

impl Replayer {
    /// A replayer for books in which `conn`'s conflicts are already
    /// recorded (none, for a replay from the beginning).
    pub(super) fn new(conn: &Connection, roster: &Roster) -> Result<Replayer, StoreError> {
        let revoked = roster
            .devices
            .iter()
            .filter_map(|(d, f)| f.revoked_after.map(|s| (d.clone(), s)))
            .collect();
        let conflicted = entries_where(conn, "id IN (SELECT entry FROM conflicts)")?
            .into_iter()
            .map(|e| {
                let brings = e
                    .decode()
                    .map(|p| p.introduces().into_iter().map(str::to_string).collect())
                    .unwrap_or_default();
                (e.id, brings)
            })
            .collect();
        Ok(Replayer {
            cache: CatalogCache::default(),
            revoked,
            conflicted,
            recording: rollback::is_recording(conn)?,
        })
    }

    /// Applies one entry at its place; returns the refusal that made it a
    /// conflict, if any.
    pub(super) fn apply(
        &mut self,
        conn: &Connection,
        entry: &Entry,
        payload: &Payload,
    ) -> Result<Option<Refusal>, StoreError> {
        // Outside the savepoint: a conflict's own row is undone with it.
        rollback::mark(conn, self.recording, &entry.id)?;
        conn.execute_batch("SAVEPOINT merge_entry")?;
        let applied = apply::apply(
            conn,
            &mut self.cache,
            EntryRef {
                id: &entry.id,
                device: &entry.device,
                seq: entry.device_seq,
                author: entry.author.as_deref(),
            },
            payload,
            Mode::Merged,
            self.revoked.get(&entry.device).copied(),
        );
        match applied {
            Ok(()) => {
                conn.execute_batch("RELEASE merge_entry")?;
                Ok(None)
            }
            Err(StoreError::Refused(refusal)) => {
                conn.execute_batch("ROLLBACK TO merge_entry; RELEASE merge_entry")?;
                let refusal = self.depends_on(refusal);
                conn.prepare_cached(
                    "INSERT INTO conflicts (entry, code, reason) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![
                    entry.id,
                    refusal.code(),
                    refusal.to_string()
                ])?;
                self.conflicted.push((
                    entry.id.clone(),
                    payload
                        .introduces()
                        .into_iter()
                        .map(str::to_string)
                        .collect(),
                ));
                Ok(Some(refusal))
            }
            Err(other) => {
                conn.execute_batch("ROLLBACK TO merge_entry; RELEASE merge_entry")?;
                Err(other)
            }
        }
    }

    /// Rule: an entry naming what a conflicted entry would have brought
    /// (a reversal of a distribution in conflict) depends on it.
    fn depends_on(&self, refusal: Refusal) -> Refusal {
        if let Refusal::Unknown { id, .. } = &refusal {
            if let Some((entry, _)) = self
                .conflicted
                .iter()
                .find(|(_, brings)| brings.iter().any(|b| b == id))
            {
                return Refusal::DependsOn {
                    entry: entry.clone(),
                    id: id.clone(),
                };
            }
        }
        refusal
    }
}

/// What a full replay found besides conflicts.
#[derive(Debug, Default)]
pub(super) struct Replayed {
    pub entries: u64,
    pub conflicts: u64,
    /// Entries whose payload cannot be read.
    pub unreadable: Vec<String>,
}

/// Replays every entry of `source`'s journal, in the one order, into the
/// empty books of `target` (which may be the same connection).
pub(super) fn replay(source: &Connection, target: &Connection) -> Result<Replayed, StoreError> {
    replay_after(source, target, (i64::MIN, String::new(), i64::MIN))
}

/// Replays the entries of `source`'s journal that come after `after` in
/// the one order into `target`, whose books hold the entries up to it.
fn replay_after(
    source: &Connection,
    target: &Connection,
    mut after: (i64, String, i64),
) -> Result<Replayed, StoreError> {
    let roster = identity::roster(source)?;
    let mut replayer = Replayer::new(target, &roster)?;
    let mut out = Replayed::default();
    // Read in pages, each statement finished before its entries are
    // applied: `source` may be `target`, where a rolled-back conflict
    // (after the rebuild dropped indexes) would abort an open read.
    loop {
        let page: Vec<Entry> = source
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM journal WHERE (hlc, device, device_seq) > (?1, ?2, ?3)
                 ORDER BY {ORDER} LIMIT 64"
            ))?
            .query_map(params![after.0, after.1, after.2], read_entry)?
            .collect::<Result<_, _>>()?;
        let Some(last) = page.last() else {
            return Ok(out);
        };
        after = (last.hlc, last.device.clone(), last.device_seq);
        for entry in &page {
            out.entries += 1;
            match entry.decode() {
                Ok(payload) => {
                    if replayer.apply(target, entry, &payload)?.is_some() {
                        out.conflicts += 1;
                    }
                }
                Err(e) => out.unreadable.push(format!("{}: {e}", entry.id)),
            }
        }
    }
}

/// Empties the books and replays the journal into them.
///
/// The books' secondary indexes are dropped first and built again, sorted,
/// at the end — in the same transaction, so no reader sees the tables
/// without them (as a large import does, `Writer::suspend_indexes`); the
/// rows go in without an index to keep up row by row.
fn rebuild(conn: &Connection) -> Result<(), StoreError> {
    // Too large to record: a later merge reaching back before the end of
    // this one rebuilds again.
    rollback::forget(conn)?;
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let indexes = super::sql::drop_indexes(conn, BOOK_TABLES)?;
    for table in BOOK_TABLES {
        conn.execute(&format!("DELETE FROM {table}"), [])?;
    }
    let replayed = replay(conn, conn)?;
    if let Some(first) = replayed.unreadable.first() {
        return Err(StoreError::Corrupt(format!("journal entry {first}")));
    }
    super::sql::create_indexes(conn, &indexes)
}

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Entries the bundle held.
    pub offered: u64,
    /// Entries this ledger lacked and took.
    pub added: u64,
    /// Conflicts in the books after the merge.
    pub conflicts: u64,
    /// Conflicts the merge made.
    pub new_conflicts: u64,
    /// Whether the books were rebuilt from the whole journal (entries
    /// interleaved with local ones that could not be rolled back).
    pub rebuilt: bool,
    /// Entries re-applied after rolling the books back to the first
    /// merged entry (entries interleaved with recent local ones).
    pub replayed: u64,
    /// Entries stamped more than an hour ahead of this computer's clock.
    pub future_stamps: u64,
}

/// Rule: a bundle is taken whole or not at all — every entry's chain,
/// hash, signature and device checked against this ledger's journal and
/// the bundle's own device entries. Returns why it is refused.
fn check_bundle(
    conn: &Connection,
    ledger_id: &str,
    entries: &[Entry],
) -> Result<Result<(Vec<Entry>, Roster), Message>, StoreError> {
    let local_roster = identity::roster(conn)?;
    if let Some(local) = &local_roster.ledger {
        if local != ledger_id {
            return Ok(Err(Message::new("err-bundle-other_ledger")));
        }
    }
    // Each device's chain in the bundle: whole from its first entry.
    let mut by_device: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    for e in entries {
        by_device.entry(e.device.as_str()).or_default().push(e);
    }
    for (device, list) in &mut by_device {
        list.sort_by_key(|e| e.device_seq);
        let owned: Vec<Entry> = list.iter().map(|e| (*e).clone()).collect();
        if let Some(problem) = validate_chain(&owned).into_iter().next() {
            return Ok(Err(Message::new("err-bundle-chain")
                .arg("device", *device)
                .arg("entry", problem.entry)
                .arg("detail", problem.problem)));
        }
    }
    // Entries already here must be the same; a different one with the
    // same device and number is a fork.
    let mut local: HashMap<(String, i64), (String, String)> = HashMap::new();
    {
        let mut stmt = conn.prepare("SELECT device, device_seq, id, hash FROM journal")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            local.insert((r.get(0)?, r.get(1)?), (r.get(2)?, r.get(3)?));
        }
    }
    let mut new = Vec::new();
    for e in entries {
        match local.get(&(e.device.clone(), e.device_seq)) {
            Some((id, hash)) if *id == e.id && *hash == e.hash => {}
            Some(_) => {
                return Ok(Err(Message::new("err-bundle-fork")
                    .arg("device", &e.device)
                    .arg("number", e.device_seq)))
            }
            None => new.push(e.clone()),
        }
    }
    // Who may write: this ledger's devices and the bundle's own device
    // entries, read together.
    let mut device_entries = entries_where(conn, &format!("kind IN ({ROSTER_KINDS})"))?;
    device_entries.extend(
        new.iter()
            .filter(|e| {
                matches!(
                    e.kind.as_str(),
                    "ledger_created"
                        | "device_key"
                        | "device_invited"
                        | "device_admitted"
                        | "device_revoked"
                )
            })
            .cloned(),
    );
    let mut decoded = Vec::new();
    for e in &device_entries {
        match e.decode() {
            Ok(p) => decoded.push((e.clone(), p)),
            Err(err) => return Ok(Err(unreadable(e, &err))),
        }
    }
    let roster = Roster::build(decoded.iter().map(|(e, p)| (e, p)));
    if roster.ledger.as_deref() != Some(ledger_id) || roster.ledgers_created != 1 {
        return Ok(Err(Message::new("err-bundle-forged")));
    }
    // Every id once: an entry id is never reused by another entry.
    let mut ids = std::collections::HashSet::new();
    let mut known = conn.prepare_cached("SELECT 1 FROM journal WHERE id = ?1")?;
    for e in &new {
        if !ids.insert(e.id.as_str()) || known.exists([&e.id])? {
            return Ok(Err(
                Message::new("err-bundle-id_twice").arg("entry", crate::text::quote(&e.id))
            ));
        }
    }
    if let Some(why) = stamps_out_of_range(&device_entries, &new) {
        return Ok(Err(why));
    }
    for e in &new {
        if let Err(problem) = roster.check_entry(e) {
            return Ok(Err(Message::new("err-bundle-entry")
                .arg("entry", &e.id)
                .arg("device", &e.device)
                .arg("problem", MessageArg::Key(problem.key()))));
        }
        match e.decode() {
            // The kind stored beside the payload is the payload's own.
            Ok(p) if p.kind() == e.kind => {}
            Ok(_) => {
                return Ok(Err(Message::new("err-bundle-kind_mismatch")
                    .arg("entry", &e.id)
                    .arg("kind", crate::text::quote(&e.kind))))
            }
            Err(err) => return Ok(Err(unreadable(e, &err))),
        }
    }
    Ok(Ok((new, roster)))
}

fn unreadable(e: &Entry, err: &crate::journal::PayloadError) -> Message {
    Message::new("err-bundle-unreadable")
        .arg("entry", &e.id)
        .arg("detail", err.message())
}

/// How far ahead of this computer's clock a merged entry may be stamped: a
/// laptop whose clock is a few months wrong still syncs, but a stamp near
/// the end of time (which would put every later entry before it) is
/// refused.
const FURTHEST_FUTURE_MS: i64 = 366 * 24 * 3_600_000;

/// Rule: every merged entry is stamped between the ledger's creation and
/// a year after this computer's clock. Returns why not.
fn stamps_out_of_range(device_entries: &[Entry], new: &[Entry]) -> Option<Message> {
    let creation = device_entries
        .iter()
        .filter(|e| e.kind == "ledger_created")
        .min_by_key(|e| e.hlc)?;
    let created = creation.hlc;
    // The creating device declares its key just before it creates.
    let before_creation = |e: &Entry| {
        e.hlc < created && !(e.device == creation.device && e.device_seq < creation.device_seq)
    };
    let latest = chrono::Utc::now()
        .timestamp_millis()
        .saturating_add(FURTHEST_FUTURE_MS);
    let when = |hlc: i64| {
        chrono::DateTime::from_timestamp_millis(Hlc(hlc).millis())
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_else(|| format!("#{hlc}"))
    };
    for e in new {
        if before_creation(e) {
            return Some(
                Message::new("err-bundle-before_creation")
                    .arg("entry", &e.id)
                    .arg("device", &e.device)
                    .arg("stamp", when(e.hlc))
                    .arg("created", when(created)),
            );
        }
        if Hlc(e.hlc).millis() > latest {
            return Some(
                Message::new("err-bundle-far_future")
                    .arg("entry", &e.id)
                    .arg("device", &e.device)
                    .arg("stamp", when(e.hlc)),
            );
        }
    }
    None
}

/// Merges entries from a bundle of the ledger `ledger_id` inside the
/// writer's transaction; `Err(why)` refuses the bundle whole.
pub(super) fn merge(
    w: &mut Writer<'_>,
    ledger_id: &str,
    entries: &[Entry],
) -> Result<Result<MergeReport, Message>, StoreError> {
    let conn = w.conn();
    let (mut new, _roster) = match check_bundle(conn, ledger_id, entries)? {
        Ok(checked) => checked,
        Err(why) => return Ok(Err(why)),
    };
    let conflicts_before: i64 =
        conn.query_row("SELECT count(*) FROM conflicts", [], |r| r.get(0))?;
    let last: Option<(i64, String, i64)> = conn
        .query_row(
            "SELECT hlc, device, device_seq FROM journal ORDER BY hlc DESC, device DESC, device_seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .ok();
    new.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    let mut report = MergeReport {
        offered: entries.len() as u64,
        added: new.len() as u64,
        ..MergeReport::default()
    };
    let soon = Hlc::next(chrono::Utc::now().timestamp_millis() + 3_600_000, 0);
    report.future_stamps = new
        .iter()
        .filter(|e| e.signature.is_some() && e.hlc > soon.0)
        .count() as u64;
    let after_all = match (&last, new.first()) {
        (Some((h, d, s)), Some(first)) => first.order_key() > (*h, d.as_str(), *s),
        _ => true,
    };
    let revokes = new.iter().any(|e| e.kind == "device_revoked");
    // Entries that go before recent local ones: the books are rolled back
    // to the first of them when every local entry after it can be undone.
    let roll_back = match new.first() {
        Some(first) if !after_all && !revokes => {
            let place = first.order_key();
            rollback::plan_after(conn, place)?.map(|plan| {
                let before: Option<(i64, String, i64)> = conn
                    .query_row(
                        "SELECT hlc, device, device_seq FROM journal WHERE (hlc, device, device_seq) < (?1, ?2, ?3)
                         ORDER BY hlc DESC, device DESC, device_seq DESC LIMIT 1",
                        params![place.0, place.1, place.2],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?;
                Ok::<_, StoreError>((place.0, place.1.to_string(), place.2, plan, before))
            })
        }
        _ => None,
    }
    .transpose()?;
    for e in &new {
        insert_entry(conn, e)?;
    }
    if !new.is_empty() {
        // A new laptop's first merge (nothing here yet) takes the
        // rebuild's path too: its rows go in before the indexes are built.
        if after_all && !revokes && last.is_some() {
            let roster = identity::roster(conn)?;
            let mut replayer = Replayer::new(conn, &roster)?;
            for e in &new {
                let payload = e.decode()?;
                replayer.apply(conn, e, &payload)?;
            }
        } else if let Some((hlc, device, seq, plan, before)) = roll_back {
            rollback::roll_back(conn, (hlc, &device, seq), plan)?;
            let after = before.unwrap_or((i64::MIN, String::new(), i64::MIN));
            let replayed = replay_after(conn, conn, after)?;
            if let Some(first) = replayed.unreadable.first() {
                return Err(StoreError::Corrupt(format!("journal entry {first}")));
            }
            report.replayed = replayed.entries;
        } else {
            rebuild(conn)?;
            report.rebuilt = true;
        }
    }
    if let Some(max) = new.iter().map(|e| e.hlc).max() {
        w.hlc = w.hlc.max(max);
    }
    let conn = w.conn();
    let conflicts: i64 = conn.query_row("SELECT count(*) FROM conflicts", [], |r| r.get(0))?;
    report.conflicts = conflicts as u64;
    report.new_conflicts = (conflicts - conflicts_before).max(0) as u64;
    Ok(Ok(report))
}

/// A conflict as listed: the same text on every device.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ConflictRow {
    /// The entry in conflict.
    pub entry: String,
    /// Its kind ("distribution_committed").
    pub kind: String,
    /// The ids it concerns.
    pub concerns: Vec<String>,
    /// Its device.
    pub device: String,
    /// Its device's label, if any.
    pub device_label: String,
    /// The rule's code.
    pub code: String,
    /// Why, in words.
    pub reason: String,
}

/// The conflicts, in the one order.
pub(super) fn conflicts(conn: &Connection) -> Result<Vec<ConflictRow>, StoreError> {
    let roster = identity::roster(conn)?;
    let rows: Vec<(Entry, String, String)> = conn
        .prepare(&format!(
            "SELECT {}, c.code, c.reason FROM conflicts c JOIN journal j ON j.id = c.entry ORDER BY j.hlc, j.device, j.device_seq",
            ENTRY_COLUMNS.split(", ").map(|c| format!("j.{c}")).collect::<Vec<_>>().join(", ")
        ))?
        .query_map([], |r| Ok((read_entry(r)?, r.get(11)?, r.get(12)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows
        .into_iter()
        .map(|(e, code, reason)| ConflictRow {
            concerns: e.decode().map(|p| p.concerns()).unwrap_or_default(),
            device_label: roster
                .devices
                .get(&e.device)
                .map(|f| f.label.clone())
                .unwrap_or_default(),
            entry: e.id,
            kind: e.kind,
            device: e.device,
            code,
            reason,
        })
        .collect())
}

/// A device as listed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DeviceRow {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Who admitted it: "created the ledger", a device id, or "not admitted".
    pub admitted_by: String,
    /// Its last sequence number this ledger holds (0: none yet).
    pub last_seq: i64,
    /// When its last entry here was written (RFC 3339), if any.
    pub last_seen: Option<String>,
    /// Its last applied sequence number, if revoked.
    pub revoked_after: Option<i64>,
    /// Whether it is this file's device.
    pub this_device: bool,
}

/// Every device the journal names.
pub(super) fn devices(conn: &Connection, this: &str) -> Result<Vec<DeviceRow>, StoreError> {
    let roster = identity::roster(conn)?;
    let mut heads: HashMap<String, (i64, String)> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT device, max(device_seq), max(recorded_at) FROM journal GROUP BY device",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            heads.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
        }
    }
    let mut ids: Vec<String> = roster.devices.keys().cloned().collect();
    for d in heads.keys() {
        if !roster.devices.contains_key(d) {
            ids.push(d.clone());
        }
    }
    if !ids.iter().any(|d| d == this) {
        ids.push(this.to_string());
    }
    ids.sort();
    Ok(ids
        .into_iter()
        .map(|id| {
            let facts = roster.devices.get(&id).cloned().unwrap_or_default();
            let admitted_by = if roster.creator.as_deref() == Some(id.as_str()) {
                "created the ledger".to_string()
            } else if roster.is_admitted(&id) {
                facts.vouched_by.iter().next().cloned().unwrap_or_default()
            } else {
                "not admitted".to_string()
            };
            let head = heads.get(&id);
            DeviceRow {
                label: facts.label.clone(),
                admitted_by,
                last_seq: head.map(|h| h.0).unwrap_or(0),
                last_seen: head.map(|h| h.1.clone()),
                revoked_after: facts.revoked_after,
                this_device: id == this,
                id,
            }
        })
        .collect())
}
