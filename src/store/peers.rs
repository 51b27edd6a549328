//! Peer valuation and reputation (SPEC §15): the rule a valuation is
//! checked by in `apply`, and the facts [`crate::peers`] decides from —
//! who weighs a contribution, with what reputation, and each valuation.
//! Read only where a peer-valued contribution is looked at, so ledgers
//! without one pay nothing for it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::sql::{counts, RATE_IN_FORCE};
use super::{Books, Ledger, StoreError};
use crate::model::{day_number, value_of, Valuation};
use crate::peers::{self, Median, Weigher};
use crate::refusal::{Refusal, Thing};
use crate::standards::Standards;

fn refused<T>(refusal: Refusal) -> Result<T, StoreError> {
    Err(StoreError::Refused(refusal))
}

/// Rule: a valuation is by a member other than the contributor, of a
/// contribution of a peer-valued kind that is not void. (Its amount's
/// bounds are checked with every entry's, in `validate::entry_bounds`.)
pub(super) fn valuation_fits(conn: &Connection, v: &Valuation) -> Result<(), StoreError> {
    let found: Option<(String, String, bool, bool)> = conn
        .prepare_cached(
            "SELECT c.member, c.kind, c.void, k.peers FROM contributions c
             JOIN kinds k ON k.code = c.kind WHERE c.id = ?1",
        )?
        .query_row([&v.contribution], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let Some((member, kind, void, peers)) = found else {
        return refused(Refusal::Unknown {
            what: Thing::Contribution,
            id: v.contribution.clone(),
            hint: None,
        });
    };
    let account: Option<String> = conn
        .prepare_cached("SELECT type FROM accounts WHERE handle = ?1")?
        .query_row([&v.by], |r| r.get(0))
        .optional()?;
    match account.as_deref() {
        Some("member") => {}
        Some(_) => {
            return refused(Refusal::FundCannot {
                handle: v.by.clone(),
                action: "value contributions",
            })
        }
        None => {
            return refused(Refusal::Unknown {
                what: Thing::Member,
                id: v.by.clone(),
                hint: None,
            })
        }
    }
    if !peers {
        return refused(Refusal::NotPeerValued {
            contribution: v.contribution.clone(),
            kind,
        });
    }
    if void {
        return refused(Refusal::Void {
            contribution: v.contribution.clone(),
        });
    }
    if member == v.by {
        return refused(Refusal::SelfValuation {
            member,
            contribution: v.contribution.clone(),
        });
    }
    Ok(())
}

/// The codes of peer-valued kinds.
pub(super) fn peer_kinds(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT code FROM kinds WHERE peers = 1 ORDER BY code")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What reputations and weighers are decided from, read once.
pub(super) struct PeerFacts {
    /// Per member, (day, Σ value of the reputation's contributions dated
    /// on or before it) at each day with one, oldest first.
    cumulative: BTreeMap<String, Vec<(i64, i128)>>,
    /// Every member and the day they joined (`None`: not recorded).
    members: Vec<(String, Option<i64>)>,
    /// Leaving and rejoining.
    standards: Standards,
}

impl PeerFacts {
    /// Reads the facts.
    pub(super) fn load(
        conn: &Connection,
        approvals_required: u32,
    ) -> Result<PeerFacts, StoreError> {
        // The contributions a reputation counts: counted, of kinds neither
        // peer-valued, gift nor reimbursable, on every project.
        let sql = format!(
            "SELECT c.member, c.day, c.quantity_e4, v.rate_e4, v.multiplier_e3
             FROM contributions c {RATE_IN_FORCE}
             WHERE {} AND k.peers = 0 AND k.gift = 0 AND k.reimbursable = 0
             ORDER BY c.member, c.day",
            counts("?1")
        );
        let mut cumulative: BTreeMap<String, Vec<(i64, i128)>> = BTreeMap::new();
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([approvals_required])?;
        while let Some(r) = rows.next()? {
            let member: String = r.get(0)?;
            let day: i64 = r.get(1)?;
            let value = value_of(r.get(2)?, r.get(3)?, r.get(4)?).max(0);
            let days = cumulative.entry(member).or_default();
            match days.last_mut() {
                Some((d, sum)) if *d == day => *sum = sum.saturating_add(value),
                Some(&mut (_, sum)) => days.push((day, sum.saturating_add(value))),
                None => days.push((day, value)),
            }
        }
        let members = conn
            .prepare_cached(
                "SELECT handle, joined_day FROM accounts WHERE type = 'member' ORDER BY handle",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(PeerFacts {
            cumulative,
            members,
            standards: super::stages::load(conn)?,
        })
    }

    /// `member`'s reputation on `day` ([`peers::reputation`]).
    pub(super) fn reputation(&self, member: &str, day: i64) -> i128 {
        let sum = self.cumulative.get(member).and_then(|days| {
            let upto = days.partition_point(|(d, _)| *d <= day);
            upto.checked_sub(1).map(|i| days[i].1)
        });
        peers::reputation(sum)
    }

    /// Every member's reputation on `day`, by handle.
    pub(super) fn reputations(&self, day: i64) -> Vec<(String, i128)> {
        self.members
            .iter()
            .map(|(m, _)| (m.clone(), self.reputation(m, day)))
            .collect()
    }

    /// Who weighs `contributor`'s contribution dated `day`: every other
    /// member who had joined on or before it and had not left by it,
    /// with their reputation then and their valuation.
    pub(super) fn weighers(
        &self,
        contributor: &str,
        day: i64,
        valuations: &BTreeMap<String, i64>,
    ) -> Vec<Weigher> {
        self.members
            .iter()
            .filter(|(m, joined)| {
                m != contributor
                    && joined.is_none_or(|j| j <= day)
                    && self.standards.active_on(m, day)
            })
            .map(|(m, _)| Weigher {
                member: m.clone(),
                reputation: self.reputation(m, day),
                valuation_minor: valuations.get(m).copied(),
            })
            .collect()
    }
}

/// Each member's standing valuation of a contribution, by handle.
pub(super) fn valuations_of(
    conn: &Connection,
    contribution: &str,
) -> Result<BTreeMap<String, i64>, StoreError> {
    let mut stmt = conn
        .prepare_cached("SELECT by_member, amount_minor FROM valuations WHERE contribution = ?1")?;
    let rows = stmt.query_map([contribution], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A peer-valued contribution's value and its working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerValue {
    /// Who weighs it, with their reputation and valuation.
    pub weighers: Vec<Weigher>,
    /// The reputation-weighted lower median.
    pub median: Median,
}

/// The value of `contributor`'s contribution `id` dated `day`.
pub(super) fn peer_value(
    conn: &Connection,
    facts: &PeerFacts,
    id: &str,
    contributor: &str,
    day: i64,
) -> Result<PeerValue, StoreError> {
    let valuations = valuations_of(conn, id)?;
    let weighers = facts.weighers(contributor, day, &valuations);
    let median = peers::lower_median(&weighers);
    Ok(PeerValue { weighers, median })
}

impl Books<'_> {
    /// Every member's reputation on `date` (SPEC §15), by handle.
    pub fn reputations(&self, date: NaiveDate) -> Result<Vec<(String, i128)>, StoreError> {
        let facts = PeerFacts::load(self.conn(), self.settings().approvals_required)?;
        Ok(facts.reputations(day_number(date)))
    }

    /// The value of contribution `id` if its kind is valued by peers
    /// (`None` for any other kind, or no such contribution).
    pub fn peer_value(&self, id: &str) -> Result<Option<PeerValue>, StoreError> {
        Ok(self.peer_values(&[id])?.pop().flatten())
    }

    /// [`Books::peer_value`] of each of `ids`, in their order, with the
    /// reputations read once.
    pub fn peer_values(&self, ids: &[&str]) -> Result<Vec<Option<PeerValue>>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.member, c.day FROM contributions c JOIN kinds k ON k.code = c.kind
             WHERE c.id = ?1 AND k.peers = 1",
        )?;
        let mut facts = None;
        let mut values = Vec::with_capacity(ids.len());
        for id in ids {
            let found: Option<(String, i64)> = stmt
                .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let Some((member, day)) = found else {
                values.push(None);
                continue;
            };
            let facts = match &facts {
                Some(f) => f,
                None => facts.insert(PeerFacts::load(
                    self.conn(),
                    self.settings().approvals_required,
                )?),
            };
            values.push(Some(peer_value(self.conn(), facts, id, &member, day)?));
        }
        Ok(values)
    }
}

impl Ledger {
    /// Every member's reputation on `date`; see [`Books::reputations`].
    pub fn reputations(&self, date: NaiveDate) -> Result<Vec<(String, i128)>, StoreError> {
        self.books().reputations(date)
    }

    /// A peer-valued contribution's value; see [`Books::peer_value`].
    pub fn peer_value(&self, id: &str) -> Result<Option<PeerValue>, StoreError> {
        self.books().peer_value(id)
    }

    /// Several contributions' values; see [`Books::peer_values`].
    pub fn peer_values(&self, ids: &[&str]) -> Result<Vec<Option<PeerValue>>, StoreError> {
        self.books().peer_values(ids)
    }
}
