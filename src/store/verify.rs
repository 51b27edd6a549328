//! `verify`: recompute every device's hash chain, replay the journal into an
//! empty in-memory schema and compare every derived table with the file's.

use rusqlite::{Connection, Row};

use super::merge::{read_entry, ENTRY_COLUMNS};
use super::{identity, merge, migrate, Ledger, StoreError};
use crate::i18n::{Message, MessageArg};
use crate::journal::{validate_chain, Entry};

/// The derived tables, each with the columns that identify a row to a person.
const DERIVED_TABLES: &[(&str, &[&str])] = &[
    ("settings", &["name"]),
    ("accounts", &["handle"]),
    ("projects", &["code"]),
    ("kinds", &["code"]),
    ("kind_versions", &["kind", "from_day"]),
    ("contributions", &["id"]),
    ("corrections", &["contribution", "revision"]),
    ("reviews", &["contribution", "by_member"]),
    ("revenues", &["id"]),
    ("revenue_corrections", &["revenue", "revision"]),
    ("equations", &["project", "from_day"]),
    ("distributions", &["id"]),
    ("allocations", &["distribution", "bucket", "recipient"]),
    ("claims_paid", &["distribution", "contribution"]),
    ("payouts", &["id"]),
    ("account_totals", &["account"]),
    ("conflicts", &["entry"]),
    ("roles", &["handle"]),
    ("member_keys", &["handle"]),
    ("tokens", &["code"]),
    ("token_transfers", &["id"]),
    ("epochs", &["id"]),
    ("gives", &["epoch", "from_member", "to_member"]),
    ("renames", &["what", "code", "entry"]),
    ("resources", &["code"]),
    ("resource_owners", &["resource", "owner"]),
    ("resource_uses", &["id"]),
    ("stages", &["code"]),
    ("stage_spans", &["member", "from_day"]),
    ("valuations", &["contribution", "by_member"]),
];

/// Most problems listed per table.
const MAX_PROBLEMS_PER_TABLE: usize = 20;

/// What `verify` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyReport {
    /// Journal entries.
    pub entries: u64,
    /// Devices that wrote them.
    pub devices: u64,
    /// Contributions.
    pub contributions: u64,
    /// Every mismatch found, to render in the user's language (its
    /// `Display` is English); empty when the ledger is sound.
    pub problems: Vec<Message>,
    /// The head of each device's chain, by device id.
    pub heads: Vec<ChainHead>,
    /// Entries in conflict (not errors, SPEC §11).
    pub conflicts: u64,
    /// Entries written before signatures.
    pub before_signatures: u64,
    /// Entries stamped more than an hour ahead of this computer's clock.
    pub future_stamps: u64,
}

/// The last entry of one device's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    /// The device.
    pub device: String,
    /// Its last sequence number.
    pub seq: i64,
    /// The first 12 hex digits of that entry's hash.
    pub hash: String,
}

impl VerifyReport {
    /// True when nothing is wrong.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

pub(super) fn verify(ledger: &Ledger) -> Result<VerifyReport, StoreError> {
    let conn = ledger.conn();
    let mut report = VerifyReport::default();

    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        report
            .problems
            .push(Message::new("err-verify-integrity").arg("detail", integrity));
    }

    // 1. Each device's chain.
    let devices: Vec<String> = conn
        .prepare("SELECT DISTINCT device FROM journal ORDER BY device")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    report.devices = devices.len() as u64;
    let roster = identity::roster(conn)?;
    let soon = crate::journal::Hlc::next(chrono::Utc::now().timestamp_millis() + 3_600_000, 0);
    for device in &devices {
        let entries: Vec<Entry> = conn
            .prepare(&format!(
                "SELECT {ENTRY_COLUMNS} FROM journal WHERE device = ?1 ORDER BY device_seq"
            ))?
            .query_map([device], read_entry)?
            .collect::<Result<_, _>>()?;
        for problem in validate_chain(&entries) {
            report.problems.push(
                Message::new("err-verify-entry")
                    .arg("entry", problem.entry)
                    .arg("problem", problem.problem),
            );
        }
        // Signatures (SPEC §12): every entry signed by its device's key,
        // except the creator's entries written before signatures.
        let mut bad = 0;
        for e in &entries {
            if e.signature.is_none() {
                report.before_signatures += 1;
            }
            if e.signature.is_some() && e.hlc > soon.0 {
                report.future_stamps += 1;
            }
            if let Err(problem) = roster.check_signature(e) {
                bad += 1;
                if bad <= 20 {
                    report.problems.push(
                        Message::new("err-verify-signature")
                            .arg("entry", e.id.as_str())
                            .arg("device", device.as_str())
                            .arg("problem", MessageArg::Key(problem.key())),
                    );
                }
            }
        }
        if let Some(last) = entries.last() {
            report.heads.push(ChainHead {
                device: device.clone(),
                seq: last.device_seq,
                hash: last.hash.chars().take(12).collect(),
            });
        }
    }

    // This file's device must be one whose chain the journal holds: its id
    // is not derived from the journal, so a change to it shows only here.
    let device: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'device'", [], |r| {
            r.get(0)
        })
        .ok();
    match device {
        Some(d) if devices.contains(&d) || roster.devices.contains_key(&d) => {}
        Some(d) => report
            .problems
            .push(Message::new("err-verify-device_unknown").arg("device", crate::text::quote(&d))),
        None => report
            .problems
            .push(Message::new("err-verify-device_missing")),
    }

    // The books' undo steps (ADR 10): a damaged one is never run, but
    // says the file was changed.
    let damaged = super::rollback::damaged(conn)?;
    if let Some(first) = damaged.first() {
        report.problems.push(
            Message::new("err-verify-undo_damaged")
                .arg("entry", first)
                .arg("count", damaged.len()),
        );
    }

    // 2. Replay the journal into an empty schema.
    // A temporary on-disk database (deleted when closed), not an in-memory
    // one: the replay of a million contributions would otherwise need
    // half a gigabyte of memory. It is scratch, so it skips durability.
    let mut replay = Connection::open("")?;
    replay.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; PRAGMA threads = 2;",
    )?;
    {
        let tx = replay.transaction()?;
        migrate(&tx, 0)?;
        // The comparison reads whole tables; the contributions' secondary
        // indexes would only be maintained row by row during the replay.
        let indexes: Vec<String> = tx
            .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contributions' AND sql IS NOT NULL")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for name in indexes {
            tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
        }
        tx.commit()?;
    }
    {
        let tx = replay.transaction()?;
        let replayed = merge::replay(conn, &tx)?;
        report.entries = replayed.entries;
        report.conflicts = replayed.conflicts;
        for e in replayed.unreadable {
            report.problems.push(
                Message::new("err-verify-entry")
                    .arg("entry", e)
                    .arg("problem", Message::new("err-chain-payload")),
            );
        }
        tx.commit()?;
    }
    // A review that reached the books without its member's signature is
    // a conflict, not applied — and also something `verify` reports: a
    // laptop tried to act in a member's name (SPEC §13).
    {
        let mut stmt = conn.prepare(
            "SELECT c.entry, c.reason FROM conflicts c WHERE c.code = 'member_signature' LIMIT 20",
        )?;
        let forged: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (entry, reason) in forged {
            // The reason is the conflict's stored text (English).
            report.problems.push(
                Message::new("err-verify-entry")
                    .arg("entry", entry)
                    .arg("problem", reason),
            );
        }
    }

    // 3. Compare every derived table with the replay.
    replay.execute("ATTACH DATABASE ?1 AS disk", [ledger.sqlite_name()])?;
    for (table, key) in DERIVED_TABLES {
        compare_table(&replay, table, key, &mut report.problems)?;
    }
    // 4. What the books promise, beyond equality with the journal.
    invariants(conn, &mut report.problems)?;
    let contributions: i64 =
        replay.query_row("SELECT count(*) FROM main.contributions", [], |r| r.get(0))?;
    report.contributions = contributions as u64;
    replay.execute("DETACH DATABASE disk", [])?;
    Ok(report)
}

fn compare_table(
    conn: &Connection,
    table: &str,
    key: &[&str],
    problems: &mut Vec<Message>,
) -> Result<(), StoreError> {
    let has_entry: bool = conn
        .prepare(&format!("PRAGMA main.table_info({table})"))?
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<Result<Vec<_>, _>>()?
        .iter()
        .any(|c| c == "entry");
    let key_expr = key
        .iter()
        .map(|k| format!("coalesce(CAST({k} AS TEXT), '')"))
        .collect::<Vec<_>>()
        .join(" || ' / ' || ");
    // Lines of a distribution are written by the distribution's entry.
    let entry_expr = if has_entry {
        "entry".to_string()
    } else if key.first() == Some(&"distribution") {
        "coalesce((SELECT d.entry FROM main.distributions d WHERE d.id = distribution), '')"
            .to_string()
    } else {
        "''".to_string()
    };
    for (from, other, what) in [("main", "disk", "missing"), ("disk", "main", "added")] {
        let sql = format!(
            "SELECT {key_expr}, {entry_expr} FROM (SELECT * FROM {from}.{table} EXCEPT SELECT * FROM {other}.{table}) LIMIT {}",
            MAX_PROBLEMS_PER_TABLE + 1
        );
        let rows: Vec<(String, String)> = conn
            .prepare(&sql)?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (i, (key_text, entry)) in rows.iter().enumerate() {
            if i == MAX_PROBLEMS_PER_TABLE {
                problems.push(Message::new("err-verify-more_rows").arg("table", table));
                break;
            }
            let entry = if entry.is_empty() { "none" } else { entry };
            problems.push(
                Message::new("err-verify-row")
                    .arg("table", table)
                    .arg("key", key_text)
                    .arg("entry", entry)
                    .arg("how", what),
            );
        }
    }
    Ok(())
}

/// The invariants of SPEC §11, checked on the file's tables: each
/// distribution's lines are ≥ 0 and sum to its amount, which a live
/// distribution shares with its revenue (a reversed one keeps the amount
/// of the revenue as it was, before a correction); no revenue has two
/// live distributions; every balance is allocated − paid, computed without
/// overflow. (Claims are checked by the replay's rules.)
fn invariants(conn: &Connection, problems: &mut Vec<Message>) -> Result<(), StoreError> {
    // Amounts as the tables show them (the minor units of a damaged
    // settings row are shown as they are).
    let currency = super::read_settings(conn).ok().map(|s| s.currency);
    let money = |minor: i128| match &currency {
        Some(c) => format!("{} {}", crate::money::format_scaled(minor, c.scale), c.code),
        None => format!("{minor} minor units"),
    };
    let mut add = |sql: &str, what: &dyn Fn(&Row<'_>) -> rusqlite::Result<Message>| {
        conn.prepare(sql)?
            .query_map([], |r| what(r))?
            .take(MAX_PROBLEMS_PER_TABLE)
            .try_for_each(|p| {
                problems.push(p?);
                Ok::<_, StoreError>(())
            })
    };
    add(
        "SELECT d.id, d.revenue, CASE WHEN d.reversed = 0 THEN r.amount_minor ELSE d.amount_minor END,
                (SELECT count(*) FROM allocations l WHERE l.distribution = d.id AND l.amount_minor < 0),
                (SELECT coalesce(sum(l.amount_minor), 0) FROM allocations l WHERE l.distribution = d.id)
         FROM distributions d JOIN revenues r ON r.id = d.revenue
         WHERE (d.reversed = 0 AND d.amount_minor <> r.amount_minor)
            OR (SELECT coalesce(sum(l.amount_minor), 0) FROM allocations l WHERE l.distribution = d.id)
               <> CASE WHEN d.reversed = 0 THEN r.amount_minor ELSE d.amount_minor END
            OR EXISTS (SELECT 1 FROM allocations l WHERE l.distribution = d.id AND l.amount_minor < 0)",
        &|r| {
            Ok(Message::new("err-verify-lines")
                .arg("distribution", r.get::<_, String>(0)?)
                .arg("sum", money(i128::from(r.get::<_, i64>(4)?)))
                .arg("negative", r.get::<_, i64>(3)?)
                .arg("revenue", r.get::<_, String>(1)?)
                .arg("amount", money(i128::from(r.get::<_, i64>(2)?))))
        },
    )?;
    add(
        "SELECT revenue, group_concat(id, ', ') FROM distributions WHERE reversed = 0
         GROUP BY revenue HAVING count(*) > 1",
        &|r| {
            Ok(Message::new("err-verify-two_live")
                .arg("revenue", r.get::<_, String>(0)?)
                .arg("distributions", r.get::<_, String>(1)?))
        },
    )?;
    // "No claim is paid beyond its amount" is judged at each
    // distribution's place, against the claim as it was then (a later
    // correction never claws back): the replay above runs that rule
    // (`rules::claims_stay_open`) for every distribution entry, and the
    // comparison finds claims paid that the journal does not hold.
    // Balances: summed in i128 here, so an overflow of SQLite's integer
    // sums shows as a problem instead of an error.
    let mut sums: std::collections::BTreeMap<String, i128> = std::collections::BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT l.recipient, l.amount_minor FROM allocations l
         JOIN distributions d ON d.id = l.distribution WHERE d.reversed = 0
         UNION ALL SELECT account, -amount_minor FROM payouts WHERE void_entry IS NULL",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        *sums.entry(r.get(0)?).or_default() += i128::from(r.get::<_, i64>(1)?);
    }
    for (account, owed) in sums {
        if i64::try_from(owed).is_err() {
            problems.push(
                Message::new("err-verify-balance")
                    .arg("account", account)
                    .arg("balance", money(owed)),
            );
        }
    }
    Ok(())
}
