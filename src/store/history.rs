//! The history of one contribution ([`Ledger::contribution_history`]):
//! who logged it, each review (with a rejection's reason), each correction
//! (what changed, from what to what) and its voiding, each with the member
//! who made the entry (SPEC §13), the laptop it was written on and when.
//!
//! Read from the tables the journal's entries were applied to
//! (`contributions`, `reviews`, `corrections`), each row joined to the
//! journal entry that made it, in the one order every laptop applies
//! entries. An entry that a merge refused (a conflict) changed nothing and
//! is not part of the history.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{identity, Ledger, StoreError};
use crate::journal::Payload;
use crate::model::{date_of_day, ContributionRecord};
use crate::money::{format_trimmed, QUANTITY_SCALE};
use crate::refusal::{Refusal, Thing};

/// One field a correction changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// `quantity`, `date`, `kind` or `note`.
    pub field: &'static str,
    /// The value before.
    pub from: String,
    /// The value after.
    pub to: String,
}

/// What happened to the contribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HistoryChange {
    /// It was logged (or imported) with these values.
    Logged {
        /// The contributing member.
        member: String,
        /// Project code.
        project: String,
        /// Kind code.
        kind: String,
        /// Date of the work.
        date: String,
        /// Quantity (decimal text).
        quantity: String,
        /// Note.
        note: String,
    },
    /// A member approved a revision.
    Approved {
        /// The reviewing member.
        by: String,
        /// The revision judged (0: as first logged).
        revision: i64,
    },
    /// A member rejected a revision.
    Rejected {
        /// The reviewing member.
        by: String,
        /// Why.
        reason: String,
        /// The revision judged (0: as first logged).
        revision: i64,
    },
    /// A correction superseded some fields.
    Corrected {
        /// The revision it made.
        revision: i64,
        /// What changed, field by field.
        changes: Vec<FieldChange>,
    },
    /// It was voided: it no longer counts.
    Voided {
        /// The revision it made.
        revision: i64,
    },
}

/// One event in a contribution's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEvent {
    /// The journal entry.
    pub entry: String,
    /// When it was written (RFC 3339, the writing laptop's clock).
    pub recorded_at: String,
    /// The member signed in when it was written (`None` with sign-in off).
    pub author: Option<String>,
    /// The laptop it was written on (device id).
    pub device: String,
    /// That laptop's name, if it has one.
    pub device_label: String,
    /// What happened.
    pub change: HistoryChange,
}

/// The entry that logged the contribution.
struct Created {
    entry: String,
    recorded_at: String,
    author: Option<String>,
    device: String,
    payload: Vec<u8>,
}

/// A row of the union below: the entry's stamp and the change's columns.
struct Raw {
    entry: String,
    recorded_at: String,
    author: Option<String>,
    device: String,
    what: String,
    revision: i64,
    by: Option<String>,
    reason: Option<String>,
    quantity_e4: Option<i64>,
    day: Option<i64>,
    kind: Option<String>,
    note: Option<String>,
    void: bool,
}

/// Reviews and corrections of one contribution with their entries, in the
/// one order (`merge::ORDER`).
const EVENTS: &str = "
    SELECT j.id, j.recorded_at, j.author, j.device, 'review:' || r.verdict, r.revision,
           r.by_member, r.reason, NULL, NULL, NULL, NULL, 0, j.hlc, j.device_seq
      FROM reviews r JOIN journal j ON j.id = r.entry WHERE r.contribution = ?1
    UNION ALL
    SELECT j.id, j.recorded_at, j.author, j.device, 'correction', c.revision,
           NULL, NULL, c.quantity_e4, c.day, c.kind, c.note, c.void, j.hlc, j.device_seq
      FROM corrections c JOIN journal j ON j.id = c.entry WHERE c.contribution = ?1
    ORDER BY 14, 4, 15";

impl Ledger {
    /// The history of contribution `id`, oldest first: logged, reviewed,
    /// corrected, voided, each with who and when. Refused for an unknown id.
    pub fn contribution_history(&self, id: &str) -> Result<Vec<HistoryEvent>, StoreError> {
        let conn = self.conn();
        let created = conn
            .query_row(
                "SELECT j.id, j.recorded_at, j.author, j.device, CAST(j.payload AS BLOB)
                 FROM contributions c JOIN journal j ON j.id = c.entry WHERE c.id = ?1",
                params![id],
                |r| {
                    Ok(Created {
                        entry: r.get(0)?,
                        recorded_at: r.get(1)?,
                        author: r.get(2)?,
                        device: r.get(3)?,
                        payload: r.get(4)?,
                    })
                },
            )
            .optional()?;
        let Some(Created {
            entry,
            recorded_at,
            author,
            device,
            payload,
        }) = created
        else {
            return Err(StoreError::Refused(Refusal::Unknown {
                what: Thing::Contribution,
                id: id.to_string(),
                hint: None,
            }));
        };
        let first = first_record(&payload, id)?;
        let labels = identity::roster(conn)?.devices;
        let label = |d: &str| labels.get(d).map(|f| f.label.clone()).unwrap_or_default();

        let mut events = vec![HistoryEvent {
            entry,
            recorded_at,
            author,
            device_label: label(&device),
            device,
            change: HistoryChange::Logged {
                member: first.member.clone(),
                project: first.project.clone(),
                kind: first.kind.clone(),
                date: first.date.to_string(),
                quantity: quantity_text(first.quantity_e4),
                note: first.note.clone(),
            },
        }];

        let mut stmt = conn.prepare(EVENTS)?;
        let raws = stmt
            .query_map(params![id], |r| {
                Ok(Raw {
                    entry: r.get(0)?,
                    recorded_at: r.get(1)?,
                    author: r.get(2)?,
                    device: r.get(3)?,
                    what: r.get(4)?,
                    revision: r.get(5)?,
                    by: r.get(6)?,
                    reason: r.get(7)?,
                    quantity_e4: r.get(8)?,
                    day: r.get(9)?,
                    kind: r.get(10)?,
                    note: r.get(11)?,
                    void: r.get(12)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;

        // The values as they stand, so each correction can say what it
        // changed from.
        let mut current = first;
        for raw in raws {
            let change = match raw.what.as_str() {
                "review:approve" => HistoryChange::Approved {
                    by: raw.by.unwrap_or_default(),
                    revision: raw.revision,
                },
                "review:reject" => HistoryChange::Rejected {
                    by: raw.by.unwrap_or_default(),
                    reason: raw.reason.unwrap_or_default(),
                    revision: raw.revision,
                },
                _ if raw.void => HistoryChange::Voided {
                    revision: raw.revision,
                },
                _ => HistoryChange::Corrected {
                    revision: raw.revision,
                    changes: corrected(&mut current, &raw),
                },
            };
            events.push(HistoryEvent {
                entry: raw.entry,
                recorded_at: raw.recorded_at,
                author: raw.author,
                device_label: label(&raw.device),
                device: raw.device,
                change,
            });
        }
        Ok(events)
    }
}

/// The contribution `id` as its first entry recorded it.
fn first_record(payload: &[u8], id: &str) -> Result<ContributionRecord, StoreError> {
    let corrupt = |why: String| StoreError::Corrupt(format!("the entry that logged {id}: {why}"));
    match crate::journal::decode_payload(payload).map_err(|e| corrupt(e.to_string()))? {
        Payload::ContributionsAdded { contributions } => contributions
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| corrupt("it does not hold it".into())),
        other => Err(corrupt(format!("it is a {} entry", other.kind()))),
    }
}

fn quantity_text(quantity_e4: i64) -> String {
    format_trimmed(i128::from(quantity_e4), QUANTITY_SCALE)
}

/// Applies one correction's fields to `current`, returning what changed.
fn corrected(current: &mut ContributionRecord, raw: &Raw) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let mut change = |field: &'static str, from: String, to: String| {
        if from != to {
            changes.push(FieldChange { field, from, to });
        }
    };
    if let Some(q) = raw.quantity_e4 {
        change(
            "quantity",
            quantity_text(current.quantity_e4),
            quantity_text(q),
        );
        current.quantity_e4 = q;
    }
    if let Some(day) = raw.day {
        let date = date_of_day(day);
        change("date", current.date.to_string(), date.to_string());
        current.date = date;
    }
    if let Some(kind) = &raw.kind {
        change("kind", current.kind.clone(), kind.clone());
        current.kind = kind.clone();
    }
    if let Some(note) = &raw.note {
        change("note", current.note.clone(), note.clone());
        current.note = note.clone();
    }
    changes
}
