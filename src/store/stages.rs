//! Stages and leavers as stored (SPEC §14): loaded into
//! [`Standards`] for the engine, listed for people.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::Serialize;

use super::StoreError;
use crate::model::date_of_day;
use crate::standards::{LeaveReason, Membership, Stage, Standards};

/// Reads the stages, each member's stage spans and membership changes.
pub(super) fn load(conn: &Connection) -> Result<Standards, StoreError> {
    let mut standards = Standards::default();
    let mut stmt = conn.prepare_cached("SELECT code, percent_e2, kinds FROM stages")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (code, percent_e2, kinds) = row?;
        let kinds: Vec<String> = serde_json::from_str(&kinds)
            .map_err(|e| StoreError::Corrupt(format!("stage '{code}' kinds: {e}")))?;
        standards.stages.insert(
            code,
            Stage {
                percent_e2,
                kinds: kinds.into_iter().collect(),
            },
        );
    }
    let mut stmt = conn.prepare_cached(
        "SELECT member, from_day, stage FROM stage_spans ORDER BY member, from_day",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    for row in rows {
        let (member, from, stage) = row?;
        standards
            .spans
            .entry(member)
            .or_default()
            .push((from, stage));
    }
    let mut stmt =
        conn.prepare_cached("SELECT member, day, event FROM memberships ORDER BY pos")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (member, day, event) = row?;
        let change = match event.as_str() {
            "left_bad" => Membership::Left(day, LeaveReason::Bad),
            "rejoined" => Membership::Rejoined(day),
            _ => Membership::Left(day, LeaveReason::Good),
        };
        standards.membership.entry(member).or_default().push(change);
    }
    Ok(standards)
}

/// A stage as `stage list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageRow {
    /// Its code.
    pub code: String,
    /// Percent (decimal text, "50").
    pub percent: String,
    /// The kinds it scales.
    pub kinds: Vec<String>,
    /// Who is in it and since when, now: `(member, from)`.
    pub members: Vec<(String, chrono::NaiveDate)>,
}

/// One member's stage history, oldest first: `(from, stage or none)`.
pub type StageHistory = Vec<(chrono::NaiveDate, Option<String>)>;

impl super::Ledger {
    /// The stages, with the members in each on `on`.
    pub fn stages(&self, on: chrono::NaiveDate) -> Result<Vec<StageRow>, StoreError> {
        let standards = load(self.conn())?;
        let day = crate::model::day_number(on);
        let mut rows: Vec<StageRow> = standards
            .stages
            .iter()
            .map(|(code, s)| StageRow {
                code: code.clone(),
                percent: crate::money::format_trimmed(i128::from(s.percent_e2), 2),
                kinds: s.kinds.iter().cloned().collect(),
                members: Vec::new(),
            })
            .collect();
        for (member, spans) in &standards.spans {
            let Some((from, Some(code))) = spans.iter().rev().find(|(from, _)| *from <= day) else {
                continue;
            };
            if let Some(row) = rows.iter_mut().find(|r| &r.code == code) {
                row.members.push((member.clone(), date_of_day(*from)));
            }
        }
        Ok(rows)
    }

    /// Each member's stage history, oldest first.
    pub fn stage_history(&self) -> Result<BTreeMap<String, StageHistory>, StoreError> {
        Ok(load(self.conn())?
            .spans
            .into_iter()
            .map(|(member, spans)| {
                let history = spans
                    .into_iter()
                    .map(|(from, stage)| (date_of_day(from), stage))
                    .collect();
                (member, history)
            })
            .collect())
    }

    /// The stages and leavers the engine applies.
    pub fn standards(&self) -> Result<Standards, StoreError> {
        load(self.conn())
    }
}
