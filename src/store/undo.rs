//! Undo the last action on this laptop (issue 16 item 12), by a reversing
//! entry, never by removing one: a logged contribution or an added revenue
//! is voided, a distribution reversed, a payout voided. What the last action
//! was is read inside the transaction that appends the reversal, so a write
//! that lands in between (another window, the CLI, a merge) is never the one
//! undone by mistake: the caller names the entry it showed the user.

use rusqlite::OptionalExtension;
use serde::Serialize;

use super::merge::{read_entry, ENTRY_COLUMNS};
use super::{Ledger, Writer};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::journal::Payload;
use crate::model::{Correction, RevenueCorrection};

/// What an action recorded, as far as undo is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Contributions were logged or imported (undo voids them).
    Logged,
    /// Revenues were added (undo voids them).
    RevenueAdded,
    /// A revenue was distributed (undo reverses the distribution).
    Distributed,
    /// A payout was recorded (undo voids it).
    Paid,
    /// Anything else: it has no reversing entry, or is itself an undo.
    Other,
}

/// The last action recorded on this laptop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LastAction {
    /// The journal entry that recorded it.
    pub entry: String,
    /// What it was.
    pub action: ActionKind,
    /// The journal's name for the entry (`contributions_added` …).
    pub entry_kind: String,
    /// What it recorded: contribution, revenue, distribution or payout ids.
    pub ids: Vec<String>,
    /// The signed-in member who recorded it, if sign-in was on.
    pub author: Option<String>,
    /// When (RFC 3339).
    pub recorded_at: String,
}

impl LastAction {
    /// Whether a reversing entry exists for it.
    pub fn undoable(&self) -> bool {
        self.action != ActionKind::Other
    }
}

fn describe(entry: &crate::journal::Entry, payload: &Payload) -> LastAction {
    let (action, ids) = match payload {
        Payload::ContributionsAdded { contributions } => (
            ActionKind::Logged,
            contributions.iter().map(|c| c.id.clone()).collect(),
        ),
        Payload::RevenuesAdded { revenues } => (
            ActionKind::RevenueAdded,
            revenues.iter().map(|r| r.id.clone()).collect(),
        ),
        Payload::DistributionCommitted(d) => (ActionKind::Distributed, vec![d.id.clone()]),
        Payload::PayoutRecorded(p) => (ActionKind::Paid, vec![p.id.clone()]),
        _ => (ActionKind::Other, Vec::new()),
    };
    LastAction {
        entry: entry.id.clone(),
        action,
        entry_kind: entry.kind.clone(),
        ids,
        author: entry.author.clone(),
        recorded_at: entry.recorded_at.clone(),
    }
}

fn last_entry(
    conn: &rusqlite::Connection,
    device: &str,
) -> Result<Option<(crate::journal::Entry, Payload)>> {
    let entry = conn
        .prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM journal WHERE device = ?1 ORDER BY device_seq DESC LIMIT 1"
        ))
        .and_then(|mut stmt| stmt.query_row([device], read_entry).optional())
        .map_err(super::StoreError::from)?;
    let Some(entry) = entry else {
        return Ok(None);
    };
    let payload = entry.decode().map_err(super::StoreError::from)?;
    Ok(Some((entry, payload)))
}

impl Ledger {
    /// The last action recorded on this laptop (`None` on a ledger this
    /// laptop never wrote to).
    pub fn last_action(&self) -> Result<Option<LastAction>> {
        Ok(last_entry(self.conn(), self.device())?.map(|(e, p)| describe(&e, &p)))
    }

    /// Undoes the last action on this laptop by its reversing entry, in the
    /// transaction that reads it. `expected` is the entry the user was
    /// shown: when something else was recorded since, nothing is undone.
    /// Returns what was undone.
    pub fn undo(&mut self, expected: Option<&str>) -> Result<LastAction> {
        self.write(|w| {
            let Some((entry, payload)) = last_entry(w.conn(), w.device())? else {
                return Err(Error::Refused(Message::new("err-undo-nothing")));
            };
            let last = describe(&entry, &payload);
            if expected.is_some_and(|e| e != last.entry) {
                return Err(Error::Refused(Message::new("err-undo-moved-on")));
            }
            if w.author.is_some() && last.author != w.author {
                return Err(Error::Refused(match &last.author {
                    Some(author) => Message::new("err-undo-not-yours").arg("author", author),
                    None => Message::new("err-undo-not-yours-anonymous"),
                }));
            }
            reverse(w, &payload, &last)?;
            Ok(last)
        })
    }
}

fn reverse(w: &mut Writer<'_>, payload: &Payload, last: &LastAction) -> Result<()> {
    match payload {
        Payload::ContributionsAdded { contributions } => {
            for c in contributions {
                let revision = w.books().contribution(&c.id)?.map(|row| row.revision);
                w.append(&Payload::Corrected(Correction {
                    contribution: c.id.clone(),
                    quantity_e4: None,
                    date: None,
                    kind: None,
                    note: None,
                    void: true,
                    revision,
                }))?;
            }
        }
        Payload::RevenuesAdded { revenues } => {
            for r in revenues {
                let revision = w.books().revenue_revision(&r.id)?.map(|(_, rev, _)| rev);
                w.append(&Payload::RevenueCorrected(RevenueCorrection {
                    revenue: r.id.clone(),
                    amount_minor: None,
                    date: None,
                    note: None,
                    void: true,
                    revision,
                }))?;
            }
        }
        Payload::DistributionCommitted(d) => {
            w.append(&Payload::DistributionReversed {
                distribution: d.id.clone(),
            })?;
        }
        Payload::PayoutRecorded(p) => {
            w.append(&Payload::PayoutVoided {
                payout: p.id.clone(),
            })?;
        }
        _ => {
            return Err(Error::Refused(
                Message::new("err-undo-no-reversal")
                    .arg("action", last.entry_kind.replace('_', " ")),
            ));
        }
    }
    Ok(())
}
