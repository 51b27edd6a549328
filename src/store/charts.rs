//! The SQL that gathers chart data (SPEC §9) into [`crate::report`]'s
//! types, so the store knows nothing of drawing and `chart` stays pure.
//!
//! Quantities are summed in SQL per day, kind and rate version; values
//! (quantity × rate × multiplier) are multiplied out here in `i128`, so
//! they are exact and cannot overflow SQLite's 64-bit `sum`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::params;

use super::sql::{combine, counts, exact_sum, DONE, RATE_IN_FORCE as VERSION_JOIN};
use super::{Ledger, StoreError};
use crate::distribute::DistributionPlan;
use crate::error::{Error, Result};
use crate::model::date_of_day;
use crate::report::{ContributionsByMonth, KindSeries, MemberSeries, PlanState, ValueHistory};

/// The value of `quantity_e4` (a sum of quantities, beyond i64) at
/// `rate_e4` × `multiplier_e3`, added to `grand`, the chart's running
/// total, exactly. Values are never negative, so every partial sum a chart
/// draws (a month, a member's cumulative value, a kind's total) is at most
/// the grand total: checking it checks them all. A chart of values too
/// large for that says so rather than draw a wrapped number.
fn value_within(
    grand: &mut i128,
    quantity_e4: i128,
    rate_e4: i64,
    multiplier_e3: i64,
) -> Result<i128> {
    let value = quantity_e4
        .checked_mul(i128::from(rate_e4))
        .and_then(|v| v.checked_mul(i128::from(multiplier_e3)));
    match value.and_then(|v| grand.checked_add(v).map(|g| (v, g))) {
        Some((v, g)) => {
            *grand = g;
            Ok(v)
        }
        None => Err(Error::Chart(
            "the values are too large to chart exactly; the tables and exports show them".into(),
        )),
    }
}

/// The first day of `date`'s month.
fn month_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// Every month from `first` to `last` inclusive.
fn months_between(first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut months = Vec::new();
    let mut m = month_of(first);
    while m <= last {
        months.push(m);
        m = m
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(NaiveDate::MAX);
    }
    months
}

impl Ledger {
    /// The distribution to chart for `id`: a distribution id (committed or
    /// reversed), or a revenue id — its live distribution if it has one,
    /// else a preview of the split its equation would make.
    pub fn plan_for_chart(&self, id: &str) -> Result<(DistributionPlan, PlanState)> {
        let state = |reversed: bool| {
            if reversed {
                PlanState::Reversed
            } else {
                PlanState::Committed
            }
        };
        if let Some((plan, reversed)) = self.distribution(id)? {
            return Ok((plan, state(reversed)));
        }
        let Some(revenue) = self.revenue(id)? else {
            return Err(Error::NotFound(
                crate::i18n::Message::new("err-not_found-revenue_or_distribution")
                    .arg("id", crate::text::quote(id)),
            ));
        };
        if let Some(distribution) = &revenue.distribution {
            if let Some((plan, reversed)) = self.distribution(distribution)? {
                return Ok((plan, state(reversed)));
            }
        }
        Ok((self.preview_distribution(id)?, PlanState::Preview))
    }

    fn check_project(&self, project: Option<&str>) -> Result<()> {
        if let Some(code) = project {
            let catalog = self.catalog()?;
            if !catalog.projects.contains_key(code) {
                return Err(Error::NotFound(crate::validate::unknown_message(
                    "project",
                    code,
                    catalog.projects.keys(),
                )));
            }
        }
        Ok(())
    }

    /// The value of contributions per kind and calendar month, for the
    /// "contributions by kind over time" chart.
    ///
    /// Counts every contribution that is not void and not rejected (pending
    /// ones included: the work was done), of every kind, gifts included.
    /// Kinds are ordered by total value, largest first.
    pub fn contributions_by_month(&self, project: Option<&str>) -> Result<ContributionsByMonth> {
        self.check_project(project)?;
        let quantity = exact_sum("c.quantity_e4");
        let sql = format!(
            "SELECT c.day, c.kind, k.name, {quantity}, v.rate_e4, v.multiplier_e3
             FROM contributions c {VERSION_JOIN}
             WHERE {DONE} AND (?1 IS NULL OR c.project = ?1)
             GROUP BY c.day, c.kind, v.from_day
             ORDER BY c.day"
        );
        let mut stmt = self.conn().prepare(&sql).map_err(StoreError::from)?;
        let rows = stmt
            .query_map(params![project], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    combine(r.get(3)?, r.get(4)?),
                    r.get::<_, i64>(5)?,
                    r.get::<_, i64>(6)?,
                ))
            })
            .map_err(StoreError::from)?;
        let mut by_kind: BTreeMap<String, (String, BTreeMap<NaiveDate, i128>)> = BTreeMap::new();
        let mut range: Option<(NaiveDate, NaiveDate)> = None;
        let mut grand = 0i128;
        for row in rows {
            let (day, kind, name, quantity, rate, multiplier) = row.map_err(StoreError::from)?;
            let date = date_of_day(day);
            range = Some(match range {
                None => (date, date),
                Some((a, b)) => (a.min(date), b.max(date)),
            });
            let cell = by_kind
                .entry(kind)
                .or_insert_with(|| (name, BTreeMap::new()))
                .1
                .entry(month_of(date))
                .or_default();
            *cell += value_within(&mut grand, quantity, rate, multiplier)?;
        }
        let months = range.map(|(a, b)| months_between(a, b)).unwrap_or_default();
        let mut kinds: Vec<KindSeries> = by_kind
            .into_iter()
            .map(|(code, (name, values))| KindSeries {
                code,
                name,
                values: months
                    .iter()
                    .map(|m| values.get(m).copied().unwrap_or(0))
                    .collect(),
            })
            .collect();
        kinds.sort_by(|a, b| b.total().cmp(&a.total()).then_with(|| a.code.cmp(&b.code)));
        Ok(ContributionsByMonth {
            currency: self.currency().clone(),
            project: project.map(str::to_string),
            months,
            kinds,
        })
    }

    /// Each member's cumulative value at the end of every month, for the
    /// "cumulative value and share" chart.
    ///
    /// Counts what earns a revenue share today: contributions that count
    /// (SPEC §2: not void, enough approvals, no rejection) of kinds that are
    /// neither gifts nor reimbursable — the `lifetime` policy's weight, so
    /// the last month's shares are the ones a lifetime split would use.
    /// Members are ordered by final value, largest first.
    pub fn value_history(&self, project: Option<&str>) -> Result<ValueHistory> {
        self.check_project(project)?;
        let counts = counts("?2");
        let quantity = exact_sum("c.quantity_e4");
        let shared = super::sql::class_is(crate::model::KindClass::Shared);
        let sql = format!(
            "SELECT c.member, a.name, c.day, {quantity}, v.rate_e4, v.multiplier_e3
             FROM contributions c {VERSION_JOIN}
             JOIN accounts a ON a.handle = c.member
             WHERE {counts}
               AND {shared}
               AND (?1 IS NULL OR c.project = ?1)
             GROUP BY c.member, c.day, v.kind, v.from_day
             ORDER BY c.day"
        );
        let mut stmt = self.conn().prepare(&sql).map_err(StoreError::from)?;
        let rows = stmt
            .query_map(params![project, self.settings().approvals_required], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    combine(r.get(3)?, r.get(4)?),
                    r.get::<_, i64>(5)?,
                    r.get::<_, i64>(6)?,
                ))
            })
            .map_err(StoreError::from)?;
        let mut by_member: BTreeMap<String, (String, BTreeMap<NaiveDate, i128>)> = BTreeMap::new();
        let mut range: Option<(NaiveDate, NaiveDate)> = None;
        let mut grand = 0i128;
        for row in rows {
            let (member, name, day, quantity, rate, multiplier) = row.map_err(StoreError::from)?;
            let date = date_of_day(day);
            range = Some(match range {
                None => (date, date),
                Some((a, b)) => (a.min(date), b.max(date)),
            });
            let cell = by_member
                .entry(member)
                .or_insert_with(|| (name, BTreeMap::new()))
                .1
                .entry(month_of(date))
                .or_default();
            *cell += value_within(&mut grand, quantity, rate, multiplier)?;
        }
        let months = range.map(|(a, b)| months_between(a, b)).unwrap_or_default();
        let mut members: Vec<MemberSeries> = by_member
            .into_iter()
            .map(|(handle, (name, values))| {
                let mut total = 0i128;
                let cumulative = months
                    .iter()
                    .map(|m| {
                        total += values.get(m).copied().unwrap_or(0);
                        total
                    })
                    .collect();
                MemberSeries {
                    handle,
                    name,
                    cumulative,
                }
            })
            .collect();
        members.sort_by(|a, b| {
            b.last()
                .cmp(&a.last())
                .then_with(|| a.handle.cmp(&b.handle))
        });
        Ok(ValueHistory {
            currency: self.currency().clone(),
            project: project.map(str::to_string),
            months,
            members,
        })
    }
}

impl Ledger {
    /// GIVE each member received in each epoch of `project`, oldest epoch
    /// first, members who received most first (SPEC §15).
    pub fn give_history(&self, project: &str) -> Result<crate::report::GiveHistory> {
        use crate::report::{GiveEpoch, GiveHistory, GiveSeries};
        self.check_project(Some(project))?;
        let mut views = self.epochs(Some(project))?;
        views.reverse();
        let mut by_member: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for (i, view) in views.iter().enumerate() {
            for (member, amount) in &view.received {
                by_member
                    .entry(member.clone())
                    .or_insert_with(|| vec![0; views.len()])[i] = *amount;
            }
        }
        let mut members: Vec<GiveSeries> = by_member
            .into_iter()
            .map(|(handle, received)| GiveSeries { handle, received })
            .collect();
        members.sort_by(|a, b| {
            b.total()
                .cmp(&a.total())
                .then_with(|| a.handle.cmp(&b.handle))
        });
        Ok(GiveHistory {
            project: project.to_string(),
            epochs: views
                .into_iter()
                .map(|v| GiveEpoch {
                    id: v.epoch.id,
                    to: v.epoch.to,
                    closed: v.closed,
                })
                .collect(),
            members,
        })
    }

    /// Each member's balance of a token (the only one when `code` is
    /// `None`) at the end of each month, from the first mint or transfer
    /// to the last (SPEC §15).
    pub fn token_history(&self, code: Option<&str>) -> Result<crate::report::TokenHistory> {
        use crate::report::{TokenHistory, TokenSeries};
        let token = self.token_named(code, "chart")?;
        let moves: Vec<_> = self
            .token_moves()?
            .into_iter()
            .filter(|m| m.token == token.code)
            .collect();
        let months = match (
            moves.iter().map(|m| m.date).min(),
            moves.iter().map(|m| m.date).max(),
        ) {
            (Some(a), Some(b)) => months_between(a, b),
            _ => Vec::new(),
        };
        let mut changes: BTreeMap<String, BTreeMap<NaiveDate, i128>> = BTreeMap::new();
        for m in &moves {
            let month = month_of(m.date);
            *changes
                .entry(m.to.clone())
                .or_default()
                .entry(month)
                .or_default() += m.amount_minor;
            if !m.from.is_empty() {
                *changes
                    .entry(m.from.clone())
                    .or_default()
                    .entry(month)
                    .or_default() -= m.amount_minor;
            }
        }
        let mut members: Vec<TokenSeries> = changes
            .into_iter()
            .map(|(handle, by_month)| {
                let mut balance = 0i128;
                TokenSeries {
                    handle,
                    balance: months
                        .iter()
                        .map(|m| {
                            balance += by_month.get(m).copied().unwrap_or(0);
                            balance
                        })
                        .collect(),
                }
            })
            .collect();
        members.sort_by(|a, b| {
            b.last()
                .cmp(&a.last())
                .then_with(|| a.handle.cmp(&b.handle))
        });
        Ok(TokenHistory {
            code: token.code,
            name: token.name,
            scale: token.scale,
            months,
            members,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_contiguous_across_years() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let months = months_between(d("2025-11-20"), d("2026-02-03"));
        assert_eq!(
            months,
            vec![
                d("2025-11-01"),
                d("2025-12-01"),
                d("2026-01-01"),
                d("2026-02-01")
            ]
        );
    }
}
