//! Resources and their uses as stored (SPEC §14): each owner's credit
//! from a use, for the engine, `--explain` and people.
//!
//! Credits are never stored: [`crate::model::resource_credits`], one pure
//! function, computes them from the use and the resource's owners every
//! time, so a replay, a merge and a read all see the same exact values.

use rusqlite::{params, Connection};
use serde::Serialize;

use super::StoreError;
use crate::model::{
    date_of_day, resource_claim_id, resource_credits, ResourceOwner, RESOURCE_USE_KIND,
};
use crate::money::{format_trimmed, Currency, QUANTITY_SCALE, RATE_SCALE, VALUE_SCALE};

/// One owner's credit from one use: a contribution of the built-in kind
/// `resource-use` to the use's project, with an exact value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Credit {
    /// The use.
    pub use_id: String,
    /// Its place in the order contributions and uses were first entered.
    pub entered: i64,
    /// The use's day.
    pub day: i64,
    /// The resource.
    pub resource: String,
    /// The owner credited.
    pub owner: String,
    /// Whether the owner is a fund (its credit is a deferred claim).
    pub fund: bool,
    /// The use's quantity, × 10⁴.
    pub quantity_e4: i64,
    /// The resource's rate, × 10⁴.
    pub rate_e4: i64,
    /// The owner's share.
    pub share: i64,
    /// All owners' shares.
    pub shares: i64,
    /// The credit's value, × 10^[`VALUE_SCALE`].
    pub value_e11: i128,
}

impl Credit {
    /// The claim id of a fund's credit (`USE/fund`).
    pub fn claim_id(&self) -> String {
        resource_claim_id(&self.use_id, &self.owner)
    }

    /// A fund's claim in minor units: the value floored to minor units,
    /// as a deferred contribution's (SPEC §14).
    pub fn claim_minor(&self, currency: &Currency) -> i128 {
        self.value_e11
            .div_euclid(10i128.pow(VALUE_SCALE - currency.scale))
    }

    /// The working, for `--explain`: quantity × rate, the owner's share.
    pub fn working(&self) -> String {
        format!(
            "{} × {} = {}, {}'s share {}/{}",
            format_trimmed(i128::from(self.quantity_e4), QUANTITY_SCALE),
            format_trimmed(i128::from(self.rate_e4), RATE_SCALE),
            format_trimmed(
                crate::model::use_value(self.quantity_e4, self.rate_e4),
                VALUE_SCALE
            ),
            self.owner,
            self.share,
            self.shares
        )
    }
}

/// Whether a bucket's `kinds` list takes resource credits: without a
/// list it does; with one, only when it names `resource-use` (SPEC §14).
pub fn kinds_take_credits(kinds: Option<&[String]>) -> bool {
    kinds.is_none_or(|k| k.iter().any(|k| k == RESOURCE_USE_KIND))
}

/// Every owner's credit from the uses on `project` dated after
/// `after_day` and on or before `up_to_day`, oldest first (day, then
/// entry order), owners by handle; `member` keeps one owner's only.
pub(super) fn credits(
    conn: &Connection,
    project: &str,
    after_day: i64,
    up_to_day: i64,
    member: Option<&str>,
) -> Result<Vec<Credit>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.id, u.entered, u.day, u.resource, u.quantity_e4, r.rate_e4
         FROM resource_uses u JOIN resources r ON r.code = u.resource
         WHERE u.project = ?1 AND u.day > ?2 AND u.day <= ?3
         ORDER BY u.day, u.entered",
    )?;
    let uses: Vec<(String, i64, i64, String, i64, i64)> = stmt
        .query_map(params![project, after_day, up_to_day], |r| {
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
    let mut out = Vec::new();
    let mut owners_of: std::collections::BTreeMap<String, Vec<(ResourceOwner, bool)>> =
        Default::default();
    for (use_id, entered, day, resource, quantity_e4, rate_e4) in uses {
        if !owners_of.contains_key(&resource) {
            let owners = owners(conn, &resource)?;
            owners_of.insert(resource.clone(), owners);
        }
        let owners = owners_of.get(&resource).map(Vec::as_slice).unwrap_or(&[]);
        let plain: Vec<ResourceOwner> = owners.iter().map(|(o, _)| o.clone()).collect();
        let values = resource_credits(quantity_e4, rate_e4, &plain).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "use '{use_id}' of resource '{resource}' is outside the bounds"
            ))
        })?;
        let shares: i64 = plain.iter().map(|o| o.share).sum();
        for ((owner, fund), value_e11) in owners.iter().zip(values) {
            if member.is_some_and(|m| m != owner.handle) {
                continue;
            }
            out.push(Credit {
                use_id: use_id.clone(),
                entered,
                day,
                resource: resource.clone(),
                owner: owner.handle.clone(),
                fund: *fund,
                quantity_e4,
                rate_e4,
                share: owner.share,
                shares,
                value_e11,
            });
        }
    }
    Ok(out)
}

/// A resource's owners by handle, each with whether it is a fund.
fn owners(conn: &Connection, resource: &str) -> Result<Vec<(ResourceOwner, bool)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.owner, o.share, a.type = 'fund' FROM resource_owners o
         JOIN accounts a ON a.handle = o.owner
         WHERE o.resource = ?1 ORDER BY o.owner",
    )?;
    let rows = stmt.query_map([resource], |r| {
        Ok((
            ResourceOwner {
                handle: r.get(0)?,
                share: r.get(1)?,
            },
            r.get(2)?,
        ))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The claim a fund holds from a use, by its claim id (`USE/fund`), in
/// minor units; `None` when no use gives that fund a claim.
pub(super) fn fund_claim(
    conn: &Connection,
    claim_id: &str,
    currency: &Currency,
) -> Result<Option<i128>, StoreError> {
    let Some((use_id, fund)) = claim_id.rsplit_once('/') else {
        return Ok(None);
    };
    let found: Option<(String, i64)> = conn
        .prepare_cached("SELECT project, day FROM resource_uses WHERE id = ?1")?
        .query_row([use_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    let Some((project, day)) = found else {
        return Ok(None);
    };
    Ok(credits(conn, &project, day - 1, day, Some(fund))?
        .into_iter()
        .find(|c| c.use_id == use_id && c.fund)
        .map(|c| c.claim_minor(currency)))
}

/// A resource as `resource list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResourceRow {
    /// Its code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Rate per unit (decimal text).
    pub rate: String,
    /// Unit of use.
    pub unit: String,
    /// Owners and their shares, by handle.
    pub owners: Vec<(String, i64)>,
}

/// A use as listed, with each owner's credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UseRow {
    /// Its id.
    pub id: String,
    /// The resource.
    pub resource: String,
    /// The project.
    pub project: String,
    /// Date.
    pub date: chrono::NaiveDate,
    /// Quantity (decimal text).
    pub quantity: String,
    /// The resource's rate (decimal text).
    pub rate: String,
    /// Who used it, if recorded.
    pub by: Option<String>,
    /// Each owner's credit: (owner, exact value as decimal text).
    pub credits: Vec<(String, String)>,
}

impl super::Ledger {
    /// The resources, by code.
    pub fn resources(&self) -> Result<Vec<ResourceRow>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT code, name, rate_e4, unit FROM resources ORDER BY code")?;
        let rows: Vec<(String, String, i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for (code, name, rate_e4, unit) in rows {
            let owners = owners(self.conn(), &code)?
                .into_iter()
                .map(|(o, _)| (o.handle, o.share))
                .collect();
            out.push(ResourceRow {
                rate: format_trimmed(i128::from(rate_e4), RATE_SCALE),
                code,
                name,
                unit,
                owners,
            });
        }
        Ok(out)
    }

    /// Every use, oldest first, with each owner's credit.
    pub fn resource_uses(&self) -> Result<Vec<UseRow>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT u.id, u.resource, u.project, u.day, u.quantity_e4, u.by_member, r.rate_e4
             FROM resource_uses u JOIN resources r ON r.code = u.resource
             ORDER BY u.day, u.entered",
        )?;
        type Row = (String, String, String, i64, i64, Option<String>, i64);
        let rows: Vec<Row> = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for (id, resource, project, day, quantity_e4, by, rate_e4) in rows {
            let credits = credits(self.conn(), &project, day - 1, day, None)?
                .into_iter()
                .filter(|c| c.use_id == id)
                .map(|c| (c.owner, format_trimmed(c.value_e11, VALUE_SCALE)))
                .collect();
            out.push(UseRow {
                id,
                resource,
                project,
                date: date_of_day(day),
                quantity: format_trimmed(i128::from(quantity_e4), QUANTITY_SCALE),
                rate: format_trimmed(i128::from(rate_e4), RATE_SCALE),
                by,
                credits,
            });
        }
        Ok(out)
    }
}
