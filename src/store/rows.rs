//! Rows for reports and exports: the store reads them, `export` and the app
//! shape them. Large tables are streamed to a callback, so an export of a
//! million contributions holds one row at a time.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::params;

use super::query::ContributionStatus;
use super::sql::RATE_IN_FORCE;
use super::{Books, Ledger, StoreError};
use crate::model::{date_of_day, day_number, PayoutRecord, RevenueRecord};

/// Which dates (inclusive) and which project a report covers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Span<'a> {
    /// From this date; `None` from the beginning.
    pub from: Option<NaiveDate>,
    /// Up to this date; `None` to the end.
    pub to: Option<NaiveDate>,
    /// Only this project; `None` all.
    pub project: Option<&'a str>,
}

impl Span<'_> {
    fn days(&self) -> (i64, i64) {
        (
            self.from.map(day_number).unwrap_or(i64::MIN),
            self.to.map(day_number).unwrap_or(i64::MAX),
        )
    }

    /// Whether `date` is inside the span's dates.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// A contribution with the rate in force on its date and its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionLine {
    /// Id.
    pub id: String,
    /// Date.
    pub date: NaiveDate,
    /// Member.
    pub member: String,
    /// Project.
    pub project: String,
    /// Kind.
    pub kind: String,
    /// Quantity × 10⁴.
    pub quantity_e4: i64,
    /// The kind's measure.
    pub measure: String,
    /// Rate in force × 10⁴.
    pub rate_e4: i64,
    /// Multiplier in force × 10³.
    pub multiplier_e3: i64,
    /// Whether it counts, and why not.
    pub status: ContributionStatus,
    /// Approvals since its latest correction.
    pub approvals: i64,
    /// Note.
    pub note: String,
}

/// One line of a live distribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllocationRow {
    /// The distribution.
    pub distribution: String,
    /// Its revenue.
    pub revenue: String,
    /// The revenue's date.
    pub date: NaiveDate,
    /// The revenue's project.
    pub project: String,
    /// Bucket name.
    pub bucket: String,
    /// Recipient.
    pub recipient: String,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// The weight behind it (exact decimal text).
    pub weight: String,
    /// The stage percents that scaled the weight (`50%`), if any.
    pub stage: String,
    /// The bucket's cap in minor units, if it had one.
    pub cap_minor: Option<i64>,
    /// Held at that cap.
    pub capped: bool,
}

/// A distribution with what each recipient got, for a double-entry journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionPostings {
    /// Id.
    pub id: String,
    /// The revenue's project.
    pub project: String,
    /// The revenue.
    pub revenue: String,
    /// The revenue's date.
    pub date: NaiveDate,
    /// When it was reversed (the day the reversal was recorded), if it was.
    pub reversed_on: Option<NaiveDate>,
    /// Recipient and total, by recipient.
    pub lines: Vec<(String, i64)>,
}

impl Books<'_> {
    /// Every contribution in `span`, by date then entry order, each with
    /// the rate in force on its date.
    pub fn each_contribution_line<E: From<StoreError>>(
        &self,
        span: &Span<'_>,
        mut f: impl FnMut(ContributionLine) -> Result<(), E>,
    ) -> Result<(), E> {
        let (from, to) = span.days();
        let k = self.settings().approvals_required;
        let mut stmt = self
            .conn()
            .prepare(&format!(
                "SELECT c.id, c.day, c.member, c.project, c.kind, c.quantity_e4, k.measure, v.rate_e4,
                        v.multiplier_e3, c.void, c.rejections, c.approvals, c.note
                 FROM contributions c {RATE_IN_FORCE}
                 WHERE c.day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.project = ?3)
                 ORDER BY c.day, c.entered"
            ))
            .map_err(StoreError::from)?;
        let mut rows = stmt
            .query(params![from, to, span.project])
            .map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let line = (|| -> rusqlite::Result<ContributionLine> {
                let approvals = r.get(11)?;
                Ok(ContributionLine {
                    id: r.get(0)?,
                    date: date_of_day(r.get(1)?),
                    member: r.get(2)?,
                    project: r.get(3)?,
                    kind: r.get(4)?,
                    quantity_e4: r.get(5)?,
                    measure: r.get(6)?,
                    rate_e4: r.get(7)?,
                    multiplier_e3: r.get(8)?,
                    status: ContributionStatus::judge(r.get(9)?, r.get(10)?, approvals, k),
                    approvals,
                    note: r.get(12)?,
                })
            })()
            .map_err(StoreError::from)?;
            f(line)?;
        }
        Ok(())
    }

    /// Every line of the live distributions of revenues in `span`, by
    /// revenue date, distribution, bucket and recipient.
    pub fn each_allocation<E: From<StoreError>>(
        &self,
        span: &Span<'_>,
        mut f: impl FnMut(AllocationRow) -> Result<(), E>,
    ) -> Result<(), E> {
        let (from, to) = span.days();
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT d.id, d.revenue, d.revenue_day, d.project, a.bucket, a.recipient, a.amount_minor, a.weight, a.stage, a.cap_minor, a.capped
                 FROM allocations a JOIN distributions d ON d.id = a.distribution
                 WHERE d.reversed = 0 AND d.revenue_day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR d.project = ?3)
                 ORDER BY d.revenue_day, d.id, a.bucket_index, a.recipient",
            )
            .map_err(StoreError::from)?;
        let mut rows = stmt
            .query(params![from, to, span.project])
            .map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let row = (|| -> rusqlite::Result<AllocationRow> {
                Ok(AllocationRow {
                    distribution: r.get(0)?,
                    revenue: r.get(1)?,
                    date: date_of_day(r.get(2)?),
                    project: r.get(3)?,
                    bucket: r.get(4)?,
                    recipient: r.get(5)?,
                    amount_minor: r.get(6)?,
                    weight: r.get(7)?,
                    stage: r.get(8)?,
                    cap_minor: r.get(9)?,
                    capped: r.get(10)?,
                })
            })()
            .map_err(StoreError::from)?;
            f(row)?;
        }
        Ok(())
    }

    /// Payouts dated in `span` (payouts belong to no project), by date and
    /// id; a voided payout was never paid and is left out.
    pub fn payouts_in(&self, span: &Span<'_>) -> Result<Vec<PayoutRecord>, StoreError> {
        let (from, to) = span.days();
        Ok(self
            .payouts_where(
                "WHERE void_entry IS NULL AND day BETWEEN ?1 AND ?2 ORDER BY day, id",
                params![from, to],
            )?
            .into_iter()
            .map(|(p, _)| p)
            .collect())
    }

    /// Every payout that stands (not voided), newest first.
    pub fn payouts(&self) -> Result<Vec<PayoutRecord>, StoreError> {
        Ok(self
            .payout_list(false)?
            .into_iter()
            .map(|(p, _)| p)
            .collect())
    }

    /// Every payout, newest first, each with whether it was voided; the
    /// voided ones only with `with_void`.
    pub fn payout_list(&self, with_void: bool) -> Result<Vec<(PayoutRecord, bool)>, StoreError> {
        self.payouts_where(
            "WHERE ?1 OR void_entry IS NULL ORDER BY day DESC, rowid DESC",
            params![with_void],
        )
    }

    fn payouts_where(
        &self,
        tail: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<(PayoutRecord, bool)>, StoreError> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT id, account, day, amount_minor, method, note, void_entry IS NOT NULL FROM payouts {tail}"
        ))?;
        let rows = stmt.query_map(args, |r| {
            Ok((
                PayoutRecord {
                    id: r.get(0)?,
                    account: r.get(1)?,
                    date: date_of_day(r.get(2)?),
                    amount_minor: r.get(3)?,
                    method: r.get(4)?,
                    note: r.get(5)?,
                },
                r.get(6)?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Revenues dated in `span`; a voided revenue was never received and
    /// is left out.
    pub fn revenues_in(&self, span: &Span<'_>) -> Result<Vec<RevenueRecord>, StoreError> {
        let (from, to) = span.days();
        let mut stmt = self.conn().prepare(
            "SELECT id, project, day, amount_minor, note FROM revenues
             WHERE void_entry IS NULL AND day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR project = ?3)",
        )?;
        let rows = stmt.query_map(params![from, to, span.project], |r| {
            Ok(RevenueRecord {
                id: r.get(0)?,
                project: r.get(1)?,
                date: date_of_day(r.get(2)?),
                amount_minor: r.get(3)?,
                note: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every distribution of `project` (or all), committed or reversed,
    /// with each recipient's total, by revenue date and id.
    pub fn distribution_postings(
        &self,
        project: Option<&str>,
    ) -> Result<Vec<DistributionPostings>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT d.id, d.project, d.revenue, d.revenue_day, d.reversed,
                    (SELECT substr(j.recorded_at, 1, 10) FROM journal j WHERE j.id = d.reversal_entry)
             FROM distributions d WHERE (?1 IS NULL OR d.project = ?1) ORDER BY d.revenue_day, d.id",
        )?;
        let heads: Vec<(String, String, String, i64, bool, Option<String>)> = stmt
            .query_map(params![project], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut lines = self.conn().prepare(
            "SELECT recipient, sum(amount_minor) FROM allocations WHERE distribution = ?1
             GROUP BY recipient ORDER BY recipient",
        )?;
        let mut out = Vec::with_capacity(heads.len());
        for (id, project, revenue, day, reversed, reversal_day) in heads {
            let date = date_of_day(day);
            let reversed_on = reversed.then(|| {
                reversal_day
                    .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
                    .unwrap_or(date)
                    .max(date)
            });
            let lines = lines
                .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            out.push(DistributionPostings {
                id,
                project,
                revenue,
                date,
                reversed_on,
                lines,
            });
        }
        Ok(out)
    }

    /// The reason of the latest rejection of each of `member`'s
    /// contributions since its latest correction, by contribution id.
    pub fn rejection_reasons(
        &self,
        member: &str,
    ) -> Result<std::collections::HashMap<String, String>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT r.contribution, r.reason FROM reviews r
             JOIN contributions c ON c.id = r.contribution AND c.revision = r.revision
             WHERE c.member = ?1 AND r.verdict = 'reject' ORDER BY r.rowid",
        )?;
        let rows = stmt.query_map([member], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The ids of the contributions that were corrected or voided, in id
    /// order (their histories tell how).
    pub fn corrected_contributions(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT DISTINCT contribution FROM corrections ORDER BY contribution")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Handles of the funds.
    pub fn fund_handles(&self) -> Result<HashSet<String>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT handle FROM accounts WHERE type = 'fund'")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
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
    /// Every distribution, committed or reversed, newest revenue first.
    pub fn distributions(&self) -> Result<Vec<DistributionSummary>, StoreError> {
        let mut stmt = self.books().conn().prepare(
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

    /// Every payout, newest first.
    pub fn payouts(&self) -> Result<Vec<PayoutRecord>, StoreError> {
        self.books().payouts()
    }
}
