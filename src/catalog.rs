//! The catalog: the small reference tables (accounts, projects, kinds and
//! their rate versions), loaded whole to check input against. Pure data;
//! the store reads it (`Catalog::load`).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::{Account, AccountType, Kind, KindVersion, Project, Status};
use crate::money::Currency;

/// The small reference tables, loaded whole to validate input against.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Base currency.
    pub currency: Currency,
    /// Approvals a contribution needs.
    pub approvals_required: u32,
    /// Accounts by handle.
    pub accounts: BTreeMap<String, Account>,
    /// Projects by code.
    pub projects: BTreeMap<String, Project>,
    /// Kinds by code.
    pub kinds: BTreeMap<String, Kind>,
    /// Each kind's versions, oldest first (`None` = from the beginning).
    pub versions: BTreeMap<String, Vec<KindVersion>>,
}

impl Catalog {
    /// The version of `kind` in force on `date`.
    pub fn version_on(&self, kind: &str, date: NaiveDate) -> Option<&KindVersion> {
        self.versions
            .get(kind)?
            .iter()
            .rev()
            .find(|v| v.effective_from.is_none_or(|from| from <= date))
    }

    /// Handles of active members.
    pub fn active_members(&self) -> impl Iterator<Item = &Account> {
        self.accounts
            .values()
            .filter(|a| a.account_type == AccountType::Member && a.status == Status::Active)
    }
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a String>) -> Option<String> {
    candidates
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3) && *d < c.len().max(1))
        .min()
        .map(|(_, c)| c.clone())
}
