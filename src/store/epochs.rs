//! GIVE epochs (SPEC §15): the rules of opening, giving and closing, and
//! what a `peer` bucket reads. Each rule is checked in `apply`, so a give
//! that arrives in a merge after its epoch closed is a conflict.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::{Ledger, StoreError};
use crate::model::{date_of_day, day_number, Epoch, Give};
use crate::refusal::{Refusal, Thing};

fn refused<T>(refusal: Refusal) -> Result<T, StoreError> {
    Err(StoreError::Refused(refusal))
}

/// An epoch and whether it is closed.
fn epoch(conn: &Connection, id: &str) -> Result<Option<(Epoch, bool)>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT id, project, from_day, to_day, give, closed FROM epochs WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                Epoch {
                    id: r.get(0)?,
                    project: r.get(1)?,
                    from: date_of_day(r.get(2)?),
                    to: date_of_day(r.get(3)?),
                    give: r.get(4)?,
                },
                r.get::<_, bool>(5)?,
            ))
        })
        .optional()?)
}

fn unknown_epoch(id: &str) -> StoreError {
    StoreError::Refused(Refusal::Unknown {
        what: Thing::Epoch,
        id: id.to_string(),
        hint: None,
    })
}

/// Rule: an epoch's id is new and its project exists.
pub(super) fn epoch_is_new(conn: &Connection, e: &Epoch) -> Result<(), StoreError> {
    if epoch(conn, &e.id)?.is_some() {
        return refused(Refusal::AlreadyExists {
            what: Thing::Epoch,
            id: e.id.clone(),
        });
    }
    super::rules::project_exists_opt(conn, Some(&e.project))
}

fn is_member(conn: &Connection, handle: &str) -> Result<(), StoreError> {
    let kind: Option<String> = conn
        .prepare_cached("SELECT type FROM accounts WHERE handle = ?1")?
        .query_row([handle], |r| r.get(0))
        .optional()?;
    match kind.as_deref() {
        Some("member") => Ok(()),
        Some(_) => refused(Refusal::FundCannot {
            handle: handle.to_string(),
            action: "give or receive GIVE",
        }),
        None => refused(Refusal::Unknown {
            what: Thing::Member,
            id: handle.to_string(),
            hint: None,
        }),
    }
}

/// Rule: GIVE goes between two different members, in an open epoch, and
/// a giver's total (this give replacing their earlier one to the same
/// member) stays within the budget.
pub(super) fn give_fits(conn: &Connection, g: &Give) -> Result<(), StoreError> {
    let Some((e, closed)) = epoch(conn, &g.epoch)? else {
        return Err(unknown_epoch(&g.epoch));
    };
    if closed {
        return refused(Refusal::EpochClosed {
            epoch: g.epoch.clone(),
        });
    }
    is_member(conn, &g.from)?;
    is_member(conn, &g.to)?;
    if g.from == g.to {
        return refused(Refusal::GiveToSelf {
            member: g.from.clone(),
        });
    }
    let others: i64 = conn
        .prepare_cached("SELECT coalesce(sum(amount), 0) FROM gives WHERE epoch = ?1 AND from_member = ?2 AND to_member <> ?3")?
        .query_row(params![g.epoch, g.from, g.to], |r| r.get(0))?;
    if others + g.amount > e.give {
        return refused(Refusal::GiveBudget {
            member: g.from.clone(),
            epoch: g.epoch.clone(),
            budget: e.give,
            others,
            amount: g.amount,
        });
    }
    Ok(())
}

/// Rule: an epoch closes once. (That it has ended is checked where it is
/// typed: a merge does not recheck the date.)
pub(super) fn close_fits(conn: &Connection, id: &str) -> Result<(), StoreError> {
    match epoch(conn, id)? {
        None => Err(unknown_epoch(id)),
        Some((_, true)) => refused(Refusal::EpochClosed {
            epoch: id.to_string(),
        }),
        Some(_) => Ok(()),
    }
}

/// GIVE each member received in the project's closed epochs ending on or
/// before `up_to` (and after `after`, for `period`).
pub(super) fn received(
    conn: &Connection,
    project: &str,
    up_to: NaiveDate,
    after: Option<NaiveDate>,
) -> Result<BTreeMap<String, i64>, StoreError> {
    let mut out = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT g.to_member, sum(g.amount) FROM gives g JOIN epochs e ON e.id = g.epoch
         WHERE e.project = ?1 AND e.closed = 1 AND e.to_day <= ?2 AND e.to_day > ?3 AND g.amount > 0
         GROUP BY g.to_member",
    )?;
    let mut rows = stmt.query(params![
        project,
        day_number(up_to),
        after.map(day_number).unwrap_or(i64::MIN)
    ])?;
    while let Some(r) = rows.next()? {
        out.insert(r.get(0)?, r.get(1)?);
    }
    Ok(out)
}

/// An epoch of the project ending on or before `up_to` that is still open.
pub(super) fn open_epoch(
    conn: &Connection,
    project: &str,
    up_to: NaiveDate,
) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id FROM epochs WHERE project = ?1 AND closed = 0 AND to_day <= ?2 ORDER BY to_day LIMIT 1")?
        .query_row(params![project, day_number(up_to)], |r| r.get(0))
        .optional()?)
}

/// A standing give, as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GiveView {
    /// The giver.
    pub from: String,
    /// The receiver.
    pub to: String,
    /// Whole GIVE, above 0.
    pub amount: i64,
    /// The giver's word of thanks ("" for none).
    pub note: String,
}

/// An epoch as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EpochView {
    /// The epoch.
    pub epoch: Epoch,
    /// Whether it is closed.
    pub closed: bool,
    /// Every standing give above 0, by giver then receiver.
    pub gives: Vec<GiveView>,
    /// GIVE received per member.
    pub received: BTreeMap<String, i64>,
}

impl Ledger {
    /// An epoch with its gives.
    pub fn epoch(&self, id: &str) -> Result<Option<EpochView>, StoreError> {
        let Some((epoch, closed)) = epoch(self.conn(), id)? else {
            return Ok(None);
        };
        let gives: Vec<GiveView> = self
            .conn()
            .prepare_cached("SELECT from_member, to_member, amount, note FROM gives WHERE epoch = ?1 AND amount > 0 ORDER BY from_member, to_member")?
            .query_map([id], |r| {
                Ok(GiveView {
                    from: r.get(0)?,
                    to: r.get(1)?,
                    amount: r.get(2)?,
                    note: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut received = BTreeMap::new();
        for g in &gives {
            *received.entry(g.to.clone()).or_insert(0) += g.amount;
        }
        Ok(Some(EpochView {
            epoch,
            closed,
            gives,
            received,
        }))
    }

    /// Every epoch (of `project`, or of all), latest first, with its gives.
    pub fn epochs(&self, project: Option<&str>) -> Result<Vec<EpochView>, StoreError> {
        let ids: Vec<String> = self
            .conn()
            .prepare(
                "SELECT id FROM epochs WHERE ?1 IS NULL OR project = ?1 ORDER BY to_day DESC, id",
            )?
            .query_map([project], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.epoch(&id)?);
        }
        Ok(out)
    }
}
