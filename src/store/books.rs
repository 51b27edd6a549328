//! [`Books`]: a read view of the books over one connection.
//!
//! The same view serves a [`Ledger`](super::Ledger)'s readers and a
//! [`Writer`](super::Writer) inside its transaction, so what a write checks
//! and computes (a distribution's split, a claim's open amount) is read in
//! the very transaction that appends the entry — never in an earlier one.

use rusqlite::Connection;

use super::Settings;
use crate::money::Currency;

/// The books as one connection sees them now.
#[derive(Clone, Copy)]
pub struct Books<'a> {
    conn: &'a Connection,
    settings: &'a Settings,
}

impl std::fmt::Debug for Books<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Books")
            .field("settings", self.settings)
            .finish()
    }
}

impl<'a> Books<'a> {
    pub(super) fn new(conn: &'a Connection, settings: &'a Settings) -> Books<'a> {
        Books { conn, settings }
    }

    /// The connection (for the store's own queries).
    pub(super) fn conn(&self) -> &'a Connection {
        self.conn
    }

    /// Name, currency and approvals required.
    pub fn settings(&self) -> &'a Settings {
        self.settings
    }

    /// The base currency.
    pub fn currency(&self) -> &'a Currency {
        &self.settings.currency
    }
}

use super::facts::{Balance, EquationRow, ExplainRow, RevenueRow};
use super::query::{
    Catalog, ContributionPage, ContributionQuery, ContributionRow, ContributionTotals,
};
use super::{Ledger, StoreError};
use crate::distribute::{DistributeError, DistributionPlan};
use crate::equation::Equation;

/// The ledger's readers: each reads the books as they are now, through
/// [`Books`] (the same code a [`Writer`](super::Writer) uses inside its
/// transaction).
impl Ledger {
    /// The books as this connection sees them now.
    pub fn books(&self) -> Books<'_> {
        Books::new(&self.conn, &self.settings)
    }

    /// Loads the [`Catalog`].
    pub fn catalog(&self) -> Result<Catalog, StoreError> {
        self.books().catalog()
    }

    /// A page of contributions matching `query`; see [`Books::contribution_page`].
    pub fn contribution_page(
        &self,
        query: &ContributionQuery,
        offset: u64,
        limit: u64,
    ) -> Result<ContributionPage, StoreError> {
        self.books().contribution_page(query, offset, limit)
    }

    /// What every contribution matching `query` adds up to; see
    /// [`Books::contribution_totals`].
    pub fn contribution_totals(
        &self,
        query: &ContributionQuery,
    ) -> Result<ContributionTotals, StoreError> {
        self.books().contribution_totals(query)
    }

    /// One contribution by id.
    pub fn contribution(&self, id: &str) -> Result<Option<ContributionRow>, StoreError> {
        self.books().contribution(id)
    }

    /// Counts journal entries.
    pub fn entry_count(&self) -> Result<u64, StoreError> {
        self.books().entry_count()
    }

    /// The equation in force for `project` on `date`.
    pub fn equation_for(
        &self,
        project: &str,
        date: chrono::NaiveDate,
    ) -> Result<(Equation, String), DistributeError> {
        self.books().equation_for(project, date)
    }

    /// Equation versions.
    pub fn equations(&self) -> Result<Vec<EquationRow>, StoreError> {
        self.books().equations()
    }

    /// One revenue.
    pub fn revenue(&self, id: &str) -> Result<Option<RevenueRow>, StoreError> {
        self.books().revenue(id)
    }

    /// All revenues, newest first.
    pub fn revenues(&self) -> Result<Vec<RevenueRow>, StoreError> {
        self.books().revenues()
    }

    /// Computes a revenue's distribution without writing anything.
    pub fn preview_distribution(&self, revenue: &str) -> Result<DistributionPlan, DistributeError> {
        self.books().preview_distribution(revenue)
    }

    /// A committed distribution's lines, as a plan, and whether it was reversed.
    pub fn distribution(&self, id: &str) -> Result<Option<(DistributionPlan, bool)>, StoreError> {
        self.books().distribution(id)
    }

    /// Earned, paid and owed per account, by handle.
    pub fn balances(&self) -> Result<Vec<Balance>, StoreError> {
        self.books().balances()
    }

    /// The contributions behind `member`'s weight in each policy bucket.
    pub fn explain(&self, revenue: &str, member: &str) -> Result<Vec<ExplainRow>, DistributeError> {
        self.books().explain(revenue, member)
    }
}

/// A table whose records are imported by id; a re-import is recognised by
/// the digest of each record as first entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordTable {
    /// `contributions`
    Contributions,
    /// `revenues`
    Revenues,
}

impl RecordTable {
    fn name(self) -> &'static str {
        match self {
            RecordTable::Contributions => "contributions",
            RecordTable::Revenues => "revenues",
        }
    }
}

/// What an import reads of the books.
impl Books<'_> {
    /// How many records `table` holds.
    pub(crate) fn record_count(&self, table: RecordTable) -> Result<u64, StoreError> {
        let count: i64 =
            self.conn
                .query_row(&format!("SELECT count(*) FROM {}", table.name()), [], |r| {
                    r.get(0)
                })?;
        Ok(count.max(0) as u64)
    }

    /// Whether `table` holds any record.
    pub(crate) fn has_records(&self, table: RecordTable) -> Result<bool, StoreError> {
        Ok(self.conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {})", table.name()),
            [],
            |r| r.get(0),
        )?)
    }

    /// The digest of the record `id` of `table` as first entered, if any.
    pub(crate) fn record_digest(
        &self,
        table: RecordTable,
        id: &str,
    ) -> Result<Option<String>, StoreError> {
        super::existing_digest(self.conn, table.name(), id)
    }
}
