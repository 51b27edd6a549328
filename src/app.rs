//! Reads the desktop app needs and the CLI does not: a page of
//! contributions with its total count and status filter, payouts and
//! distributions as lists, and checking or previewing an equation that is
//! still being edited. Tauri-free, like the rest of the core; the shell in
//! `src-tauri/` only maps these to commands.

use chrono::NaiveDate;
use rusqlite::params;

use crate::distribute::{self, DistributionPlan};
use crate::equation::{self, EquationError, EquationProblem};
use crate::error::{Error, Result};
use crate::model::{date_of_day, day_number, PayoutRecord};
use crate::store::query::ContributionRow;
use crate::store::{Ledger, StoreError};

/// Where a contribution stands, as judged now (SPEC §2 "Approval").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContributionStatus {
    /// Not void, not rejected, and approved by enough members.
    Counts,
    /// Waiting for approvals.
    Pending,
    /// Rejected since its latest correction.
    Rejected,
    /// Voided by a correction.
    Void,
}

impl ContributionStatus {
    /// The status of a listed contribution when `approvals_required` approvals are needed.
    pub fn of(row: &ContributionRow, approvals_required: u32) -> ContributionStatus {
        if row.void {
            ContributionStatus::Void
        } else if row.rejections > 0 {
            ContributionStatus::Rejected
        } else if row.approvals < i64::from(approvals_required) {
            ContributionStatus::Pending
        } else {
            ContributionStatus::Counts
        }
    }

    /// The SQL condition selecting this status; `?` parameters are not used,
    /// `k` is the approvals required (an integer, so safe to inline).
    fn condition(self, k: u32) -> String {
        match self {
            ContributionStatus::Void => "void = 1".into(),
            ContributionStatus::Rejected => "void = 0 AND rejections > 0".into(),
            ContributionStatus::Pending => {
                format!("void = 0 AND rejections = 0 AND approvals < {k}")
            }
            ContributionStatus::Counts => {
                format!("void = 0 AND rejections = 0 AND approvals >= {k}")
            }
        }
    }
}

/// Filters of the contributions list; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct ContributionQuery {
    /// Member handle.
    pub member: Option<String>,
    /// Project code.
    pub project: Option<String>,
    /// Kind code.
    pub kind: Option<String>,
    /// Only this status (`None`: every status except void).
    pub status: Option<ContributionStatus>,
    /// On or after.
    pub from: Option<NaiveDate>,
    /// On or before.
    pub to: Option<NaiveDate>,
}

/// One page of contributions, newest first, and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionPage {
    /// The rows of this page.
    pub rows: Vec<ContributionRow>,
    /// Contributions matching the filters.
    pub total: u64,
}

/// A distribution as listed, committed or reversed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionSummary {
    /// Its id.
    pub id: String,
    /// The revenue distributed.
    pub revenue: String,
    /// The revenue's project.
    pub project: String,
    /// The revenue's date.
    pub date: NaiveDate,
    /// The revenue's amount in minor units.
    pub amount_minor: i64,
    /// Name of the equation used.
    pub equation: String,
    /// Reversed since.
    pub reversed: bool,
}

impl Ledger {
    /// A page of contributions matching `query`, newest first (date, then
    /// entry order), with the total count so a list can page through a
    /// million rows without loading them.
    pub fn contribution_page(
        &self,
        query: &ContributionQuery,
        offset: u64,
        limit: u64,
    ) -> Result<ContributionPage, StoreError> {
        let k = self.settings().approvals_required;
        let status = match query.status {
            Some(s) => s.condition(k),
            None => "void = 0".into(),
        };
        let filters = format!(
            "(?1 IS NULL OR member = ?1) AND (?2 IS NULL OR project = ?2) AND (?3 IS NULL OR kind = ?3)
             AND (?4 IS NULL OR day >= ?4) AND (?5 IS NULL OR day <= ?5) AND {status}"
        );
        let args = params![
            query.member,
            query.project,
            query.kind,
            query.from.map(day_number),
            query.to.map(day_number),
        ];
        let total: i64 = self.conn().query_row(
            &format!("SELECT count(*) FROM contributions WHERE {filters}"),
            args,
            |r| r.get(0),
        )?;
        let total = u64::try_from(total).unwrap_or(0);
        // SQLite sorts only the first OFFSET + LIMIT rows of a page, so a
        // page in the older half is read from the other end and turned
        // around: the last page of a million rows is as quick as the first.
        let from_end = offset.saturating_mul(2) > total;
        let (order, skip, take) = if from_end {
            let end = offset.saturating_add(limit).min(total);
            ("ASC", total - end, end.saturating_sub(offset))
        } else {
            ("DESC", offset, limit)
        };
        let mut stmt = self.conn().prepare(&format!(
            "SELECT id, member, project, kind, day, quantity_e4, note, void, revision, approvals, rejections
             FROM contributions WHERE {filters}
             ORDER BY day {order}, entered {order} LIMIT ?6 OFFSET ?7"
        ))?;
        let mut rows = stmt
            .query_map(
                params![
                    query.member,
                    query.project,
                    query.kind,
                    query.from.map(day_number),
                    query.to.map(day_number),
                    i64::try_from(take).unwrap_or(i64::MAX),
                    i64::try_from(skip).unwrap_or(i64::MAX),
                ],
                |r| {
                    Ok(ContributionRow {
                        id: r.get(0)?,
                        member: r.get(1)?,
                        project: r.get(2)?,
                        kind: r.get(3)?,
                        date: date_of_day(r.get(4)?),
                        quantity_e4: r.get(5)?,
                        note: r.get(6)?,
                        void: r.get(7)?,
                        revision: r.get(8)?,
                        approvals: r.get(9)?,
                        rejections: r.get(10)?,
                    })
                },
            )?
            .collect::<Result<Vec<_>, _>>()?;
        if from_end {
            rows.reverse();
        }
        Ok(ContributionPage { rows, total })
    }

    /// Every payout, newest first.
    pub fn payouts(&self) -> Result<Vec<PayoutRecord>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, account, day, amount_minor, method, note FROM payouts
             ORDER BY day DESC, rowid DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PayoutRecord {
                id: r.get(0)?,
                account: r.get(1)?,
                date: date_of_day(r.get(2)?),
                amount_minor: r.get(3)?,
                method: r.get(4)?,
                note: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every distribution, committed or reversed, newest revenue first.
    pub fn distributions(&self) -> Result<Vec<DistributionSummary>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, revenue, project, revenue_day, amount_minor, equation, reversed
             FROM distributions ORDER BY revenue_day DESC, rowid DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(DistributionSummary {
                id: r.get(0)?,
                revenue: r.get(1)?,
                project: r.get(2)?,
                date: date_of_day(r.get(3)?),
                amount_minor: r.get(4)?,
                equation: r.get(5)?,
                reversed: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The problems of an equation being edited, checked against the
    /// ledger's funds and kinds; empty when it would be accepted.
    pub fn check_equation(&self, source: &str) -> Result<Vec<EquationProblem>> {
        let catalog = self.catalog()?;
        match equation::parse("equation", source, Some(&catalog)) {
            Ok(_) => Ok(Vec::new()),
            Err(EquationError::Invalid { problems, .. }) => Ok(problems),
            Err(other) => Err(other.into()),
        }
    }

    /// What an equation being edited would give on a revenue, without
    /// writing anything (the revenue may already be distributed: the
    /// preview only shows what this equation would do).
    pub fn preview_equation(&self, revenue_id: &str, source: &str) -> Result<DistributionPlan> {
        let revenue = self
            .revenue(revenue_id)?
            .ok_or_else(|| Error::NotFound(format!("no revenue with id '{revenue_id}'")))?;
        let catalog = self.catalog()?;
        let equation = equation::parse("equation", source, Some(&catalog))?;
        Ok(distribute::plan(
            self,
            &revenue.info,
            &equation,
            self.currency(),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use crate::validate::{RawAccount, RawContribution, RawKind};

    fn ledger() -> (tempfile::TempDir, Ledger) {
        let dir = tempfile::tempdir().unwrap();
        let mut l = Ledger::create(
            &dir.path().join("t.openvalue"),
            "T",
            Currency::new("EUR", None).unwrap(),
            1,
        )
        .unwrap();
        for h in ["ana", "ben"] {
            l.add_account(&RawAccount {
                handle: h,
                name: h,
                ..Default::default()
            })
            .unwrap();
        }
        l.add_project("web", "Web", None).unwrap();
        l.add_kind(&RawKind {
            code: "work",
            name: "Work",
            measure: "hours",
            rate: "20",
            ..Default::default()
        })
        .unwrap();
        (dir, l)
    }

    #[test]
    fn pages_newest_first_with_status_filter_and_total() {
        let (_dir, mut l) = ledger();
        let mut ids = Vec::new();
        for day in 1..=5 {
            let date = format!("2026-03-0{day}");
            ids.push(
                l.log(&RawContribution {
                    date: &date,
                    member: "ana",
                    project: "web",
                    kind: "work",
                    quantity: "1",
                    ..Default::default()
                })
                .unwrap(),
            );
        }
        l.review(&ids[0], "ben", crate::model::Verdict::Approve, "")
            .unwrap();
        let page = l
            .contribution_page(&ContributionQuery::default(), 1, 2)
            .unwrap();
        assert_eq!(page.total, 5);
        assert_eq!(
            page.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            [ids[3].as_str(), ids[2].as_str()]
        );
        // Every page, read from either end, is the same slice of the full list.
        let all = l
            .contribution_page(&ContributionQuery::default(), 0, 100)
            .unwrap()
            .rows;
        for offset in 0..6 {
            for limit in 1..4 {
                let page = l
                    .contribution_page(&ContributionQuery::default(), offset, limit)
                    .unwrap();
                let end = (offset + limit).min(5) as usize;
                let want = all.get(offset as usize..end).unwrap_or_default();
                assert_eq!(page.rows, want, "offset {offset} limit {limit}");
            }
        }
        let counts = l
            .contribution_page(
                &ContributionQuery {
                    status: Some(ContributionStatus::Counts),
                    ..Default::default()
                },
                0,
                10,
            )
            .unwrap();
        assert_eq!(counts.total, 1);
        assert_eq!(
            ContributionStatus::of(&counts.rows[0], 1),
            ContributionStatus::Counts
        );
        let pending = l
            .contribution_page(
                &ContributionQuery {
                    status: Some(ContributionStatus::Pending),
                    ..Default::default()
                },
                0,
                10,
            )
            .unwrap();
        assert_eq!(pending.total, 4);
    }

    #[test]
    fn equation_problems_are_listed_with_positions() {
        let (_dir, l) = ledger();
        let problems = l
            .check_equation("[[bucket]]\nshare = \"rest\"\nfund = \"nobody\"\n")
            .unwrap();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
        assert!(l
            .check_equation("[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n")
            .unwrap()
            .is_empty());
    }
}
