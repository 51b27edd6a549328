//! Reads the desktop app needs and the CLI does not: a page of
//! contributions with its total count and status filter, payouts and
//! distributions as lists, and checking or previewing an equation that is
//! still being edited. Tauri-free, like the rest of the core; the shell in
//! `src-tauri/` only maps these to commands.

use crate::distribute::{self, DistributionPlan};
use crate::equation::{self, EquationError, EquationProblem};
use crate::error::{Error, Result};

pub use crate::store::query::{
    ContributionPage, ContributionQuery, ContributionSort, ContributionStatus, ContributionTotals,
};
pub use crate::store::DistributionSummary;
use crate::store::Ledger;

impl Ledger {
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
        let revenue = self.revenue(revenue_id)?.ok_or_else(|| {
            Error::NotFound(
                crate::i18n::Message::new("err-not_found-id")
                    .arg("thing", crate::validate::thing_term("revenue"))
                    .arg("id", crate::text::quote(revenue_id)),
            )
        })?;
        let catalog = self.catalog()?;
        let equation = equation::parse("equation", source, Some(&catalog))?;
        Ok(distribute::plan(
            &self.books(),
            &revenue.info,
            &equation,
            self.currency(),
        )?)
    }
}

/// A payout set against what is owed to its account now: a payout larger
/// than what is owed is allowed (an advance), but the app asks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PayoutCheck {
    /// The payout, in minor units.
    pub amount_minor: i64,
    /// What is owed to the account before it, in minor units (negative:
    /// paid in advance already).
    pub owed_minor: i64,
    /// By how much the payout exceeds what is owed, in minor units: how far
    /// in advance the account would be paid after it. `None` when it does
    /// not exceed what is owed.
    pub excess_minor: Option<i128>,
}

impl Ledger {
    /// Sets a payout of `amount` (decimal text in the ledger's currency)
    /// to `account` against what is owed to it now, without writing
    /// anything. A bad amount or an unknown account is an error naming
    /// its field, as [`Ledger::pay`] would report it.
    pub fn check_payout(&self, account: &str, amount: &str) -> Result<PayoutCheck> {
        let amount_minor = self
            .currency()
            .parse_amount(amount)
            .map_err(|e| Error::field_says("amount", e.message()))?;
        let balance = self
            .balances()?
            .into_iter()
            .find(|b| b.account == account)
            .ok_or_else(|| {
                Error::field_says(
                    "account",
                    crate::i18n::Message::new("err-not_found-account")
                        .arg("account", crate::text::quote(account)),
                )
            })?;
        let excess = i128::from(amount_minor) - i128::from(balance.owed_minor);
        Ok(PayoutCheck {
            amount_minor,
            owed_minor: balance.owed_minor,
            excess_minor: (excess > 0).then_some(excess),
        })
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
            l.add_account(
                &RawAccount {
                    handle: h,
                    name: h,
                    ..Default::default()
                }
                .input()
                .expect("valid input"),
            )
            .unwrap();
        }
        l.add_project("web", "Web", None).unwrap();
        l.add_kind(
            &RawKind {
                code: "work",
                name: "Work",
                measure: "hours",
                rate: "20",
                ..Default::default()
            }
            .input()
            .expect("valid input"),
        )
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
                l.log(
                    &RawContribution {
                        date: &date,
                        member: "ana",
                        project: "web",
                        kind: "work",
                        quantity: "1",
                        ..Default::default()
                    }
                    .input()
                    .expect("valid input"),
                )
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
