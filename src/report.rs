//! The data that reports and charts show: pure types, filled by the store
//! (`store::charts`) and drawn by [`crate::chart`], so the store never
//! depends on drawing. No IO.

use chrono::NaiveDate;

use crate::money::Currency;
#[cfg(doc)]
use crate::money::VALUE_SCALE;

/// One kind's value per month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSeries {
    /// Kind code.
    pub code: String,
    /// Kind name.
    pub name: String,
    /// Value per month (aligned with [`ContributionsByMonth::months`]),
    /// scaled by 10^[`VALUE_SCALE`].
    pub values: Vec<i128>,
}

impl KindSeries {
    /// Σ over all months.
    pub fn total(&self) -> i128 {
        self.values.iter().sum()
    }
}

/// Contributions' value by kind and month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionsByMonth {
    /// The ledger's currency (rates are in it).
    pub currency: Currency,
    /// The project shown, or all.
    pub project: Option<String>,
    /// First day of each month, consecutive.
    pub months: Vec<NaiveDate>,
    /// Kinds, in the order they are stacked (largest first).
    pub kinds: Vec<KindSeries>,
}

/// One member's cumulative value at the end of each month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberSeries {
    /// Handle.
    pub handle: String,
    /// Name.
    pub name: String,
    /// Cumulative value (aligned with [`ValueHistory::months`]), scaled by
    /// 10^[`VALUE_SCALE`].
    pub cumulative: Vec<i128>,
}

impl MemberSeries {
    /// The value at the end of the last month.
    pub fn last(&self) -> i128 {
        self.cumulative.last().copied().unwrap_or(0)
    }
}

/// Members' cumulative value over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueHistory {
    /// The ledger's currency.
    pub currency: Currency,
    /// The project shown, or all.
    pub project: Option<String>,
    /// First day of each month, consecutive.
    pub months: Vec<NaiveDate>,
    /// Members, largest final value first.
    pub members: Vec<MemberSeries>,
}

/// Whether a distribution shown is a preview or committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanState {
    /// Computed, not written.
    Preview,
    /// Committed and in force.
    Committed,
    /// Committed, then reversed.
    Reversed,
}

/// One epoch of a project, for the GIVE chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiveEpoch {
    /// Its id.
    pub id: String,
    /// Its last day.
    pub to: NaiveDate,
    /// Whether it is closed (an open epoch's gives can still change).
    pub closed: bool,
}

/// GIVE one member received in each epoch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiveSeries {
    /// Handle.
    pub handle: String,
    /// GIVE received, aligned with [`GiveHistory::epochs`].
    pub received: Vec<i64>,
}

impl GiveSeries {
    /// Σ over the epochs.
    pub fn total(&self) -> i64 {
        self.received.iter().sum()
    }
}

/// GIVE received per epoch of one project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiveHistory {
    /// The project.
    pub project: String,
    /// Its epochs, oldest first.
    pub epochs: Vec<GiveEpoch>,
    /// Members who received GIVE, most first.
    pub members: Vec<GiveSeries>,
}

/// One member's balance of a token at the end of each month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenSeries {
    /// Handle.
    pub handle: String,
    /// Balance in the token's minor units, aligned with
    /// [`TokenHistory::months`].
    pub balance: Vec<i128>,
}

impl TokenSeries {
    /// The balance at the end of the last month.
    pub fn last(&self) -> i128 {
        self.balance.last().copied().unwrap_or(0)
    }
}

/// Members' balances of one token over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenHistory {
    /// The token's code.
    pub code: String,
    /// The token's name.
    pub name: String,
    /// Its decimal places.
    pub scale: u32,
    /// First day of each month, consecutive.
    pub months: Vec<NaiveDate>,
    /// Members with any mint or transfer, largest final balance first.
    pub members: Vec<TokenSeries>,
}
