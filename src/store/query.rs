//! Reads from the derived tables.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::sql::{combine, counts, exact_sum, DONE, RATE_IN_FORCE};
use super::{Books, StoreError, BEGINNING_DAY};
pub use crate::catalog::{suggest, Catalog};
use crate::model::{
    date_of_day, day_number, Account, AccountType, Kind, KindVersion, Measure, Project, Status,
};
use crate::money::Currency;

fn from_day_to_date(day: i64) -> Option<NaiveDate> {
    (day != BEGINNING_DAY).then(|| date_of_day(day))
}

fn parse_text<T: std::str::FromStr>(text: String, column: usize) -> rusqlite::Result<T> {
    text.parse::<T>().map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            format!("unexpected value '{text}'").into(),
        )
    })
}

/// Reading the catalog is the store's; what it holds is [`crate::catalog`]'s.
impl Catalog {
    /// Loads the catalog from a connection.
    pub fn load(
        conn: &Connection,
        currency: &Currency,
        approvals_required: u32,
    ) -> Result<Catalog, StoreError> {
        let accounts = conn
            .prepare("SELECT handle, name, type, status, joined_day FROM accounts")?
            .query_map([], |r| {
                Ok(Account {
                    handle: r.get(0)?,
                    name: r.get(1)?,
                    account_type: parse_text::<AccountType>(r.get(2)?, 2)?,
                    status: parse_text::<Status>(r.get(3)?, 3)?,
                    joined_on: r.get::<_, Option<i64>>(4)?.map(date_of_day),
                })
            })?
            .map(|a| a.map(|a| (a.handle.clone(), a)))
            .collect::<Result<_, _>>()?;
        let projects = conn
            .prepare("SELECT code, name, parent FROM projects")?
            .query_map([], |r| {
                Ok(Project {
                    code: r.get(0)?,
                    name: r.get(1)?,
                    parent: r.get(2)?,
                })
            })?
            .map(|p| p.map(|p| (p.code.clone(), p)))
            .collect::<Result<_, _>>()?;
        let kinds = conn
            .prepare(
                "SELECT code, name, measure, unit, gift, reimbursable, deferred, peers FROM kinds",
            )?
            .query_map([], |r| {
                Ok(Kind {
                    code: r.get(0)?,
                    name: r.get(1)?,
                    measure: parse_text::<Measure>(r.get(2)?, 2)?,
                    unit: r.get(3)?,
                    gift: r.get(4)?,
                    reimbursable: r.get(5)?,
                    deferred: r.get(6)?,
                    peers: r.get(7)?,
                })
            })?
            .map(|k| k.map(|k| (k.code.clone(), k)))
            .collect::<Result<_, _>>()?;
        let mut versions: BTreeMap<String, Vec<KindVersion>> = BTreeMap::new();
        let mut stmt = conn.prepare(
            "SELECT kind, from_day, rate_e4, multiplier_e3 FROM kind_versions ORDER BY kind, from_day",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(KindVersion {
                kind: r.get(0)?,
                effective_from: from_day_to_date(r.get(1)?),
                rate_e4: r.get(2)?,
                multiplier_e3: r.get(3)?,
            })
        })?;
        for v in rows {
            let v = v?;
            versions.entry(v.kind.clone()).or_default().push(v);
        }
        Ok(Catalog {
            currency: currency.clone(),
            approvals_required,
            accounts,
            projects,
            kinds,
            versions,
        })
    }
}

/// One contribution as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContributionRow {
    /// Id.
    pub id: String,
    /// Member handle.
    pub member: String,
    /// Project code.
    pub project: String,
    /// Kind code.
    pub kind: String,
    /// Date.
    pub date: NaiveDate,
    /// Quantity scaled by 10^4.
    pub quantity_e4: i64,
    /// Note.
    pub note: String,
    /// Voided.
    pub void: bool,
    /// Corrections so far.
    pub revision: i64,
    /// Approvals since the latest correction.
    pub approvals: i64,
    /// Rejections since the latest correction.
    pub rejections: i64,
}

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
        ContributionStatus::judge(row.void, row.rejections, row.approvals, approvals_required)
    }

    /// The status from a contribution's void flag and its rejections and
    /// approvals since its latest correction.
    pub fn judge(
        void: bool,
        rejections: i64,
        approvals: i64,
        approvals_required: u32,
    ) -> ContributionStatus {
        if void {
            ContributionStatus::Void
        } else if rejections > 0 {
            ContributionStatus::Rejected
        } else if approvals < i64::from(approvals_required) {
            ContributionStatus::Pending
        } else {
            ContributionStatus::Counts
        }
    }

    /// Its name: `counts`, `pending`, `rejected` or `void`.
    pub fn as_str(self) -> &'static str {
        match self {
            ContributionStatus::Counts => "counts",
            ContributionStatus::Pending => "pending",
            ContributionStatus::Rejected => "rejected",
            ContributionStatus::Void => "void",
        }
    }

    /// The SQL condition selecting this status; `?` parameters are not used,
    /// `k` is the approvals required (an integer, so safe to inline).
    fn condition(self, k: u32) -> String {
        match self {
            ContributionStatus::Void => "c.void = 1".into(),
            ContributionStatus::Rejected => "c.void = 0 AND c.rejections > 0".into(),
            ContributionStatus::Pending => format!("{DONE} AND c.approvals < {k}"),
            ContributionStatus::Counts => counts(&k.to_string()),
        }
    }
}

impl std::str::FromStr for ContributionStatus {
    type Err = String;
    fn from_str(text: &str) -> Result<ContributionStatus, String> {
        [
            ContributionStatus::Counts,
            ContributionStatus::Pending,
            ContributionStatus::Rejected,
            ContributionStatus::Void,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
        .ok_or_else(|| format!("'{text}' is not a status: use counts, pending, rejected or void"))
    }
}

/// The columns [`contribution_row`] reads, in its order.
const CONTRIBUTION_COLUMNS: &str =
    "id, member, project, kind, day, quantity_e4, note, void, revision, approvals, rejections";

fn contribution_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ContributionRow> {
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
}

/// A column the contributions list is sorted by (SPEC §8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContributionSort {
    /// Date, then entry order.
    #[default]
    Date,
    /// Member handle.
    Member,
    /// Project code.
    Project,
    /// Kind code.
    Kind,
    /// Quantity (in each kind's own unit).
    Quantity,
    /// Status: counts, pending, rejected, void.
    Status,
}

impl ContributionSort {
    /// The SQL expressions this column orders by, before the tie-break by
    /// id. Fixed text chosen by the variant; `k` is the approvals required
    /// (an integer, so safe to inline).
    fn keys(self, k: u32) -> Vec<String> {
        match self {
            ContributionSort::Date => vec!["c.day".into(), "c.entered".into()],
            ContributionSort::Member => vec!["c.member".into()],
            ContributionSort::Project => vec!["c.project".into()],
            ContributionSort::Kind => vec!["c.kind".into()],
            ContributionSort::Quantity => vec!["c.quantity_e4".into()],
            // The rank of ContributionStatus::judge, in its declaration
            // order (which is also the names' alphabetical order).
            ContributionSort::Status => vec![format!(
                "CASE WHEN c.void = 1 THEN 3 WHEN c.rejections > 0 THEN 2 WHEN c.approvals < {k} THEN 1 ELSE 0 END"
            )],
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
    /// Only this status (`None`: every status except void, or every
    /// status with `include_void`).
    pub status: Option<ContributionStatus>,
    /// With no status: include voided contributions too.
    pub include_void: bool,
    /// On or after.
    pub from: Option<NaiveDate>,
    /// On or before.
    pub to: Option<NaiveDate>,
    /// Only contributions whose note contains this text (ignoring ASCII
    /// case; `%` and `_` are matched as themselves).
    pub note: Option<String>,
    /// The column to sort by; ties go by id in the same direction.
    pub sort: ContributionSort,
    /// Smallest first (the default is largest first: newest first by date).
    pub ascending: bool,
}

/// `text` as a LIKE pattern matching any note that contains it: `\`, `%`
/// and `_` escaped with `\` (the query says `ESCAPE '\'`).
pub fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for ch in text.chars() {
        if matches!(ch, '\\' | '%' | '_') {
            pattern.push('\\');
        }
        pattern.push(ch);
    }
    pattern.push('%');
    pattern
}

impl ContributionQuery {
    /// The WHERE condition of these filters over contributions `c`, with
    /// parameters `?1`–`?6` ([`ContributionQuery::args`]); the status
    /// condition is fixed text and the approvals required an integer.
    fn condition(&self, k: u32) -> String {
        let status = match self.status {
            Some(s) => s.condition(k),
            None if self.include_void => "1".into(),
            None => "c.void = 0".into(),
        };
        format!(
            "(?1 IS NULL OR c.member = ?1) AND (?2 IS NULL OR c.project = ?2) AND (?3 IS NULL OR c.kind = ?3)
             AND (?4 IS NULL OR c.day >= ?4) AND (?5 IS NULL OR c.day <= ?5)
             AND (?6 IS NULL OR c.note LIKE ?6 ESCAPE '\\') AND {status}"
        )
    }

    /// The values of [`ContributionQuery::condition`]'s parameters, bound
    /// (never formatted into the SQL).
    fn args(&self) -> Vec<rusqlite::types::Value> {
        use rusqlite::types::Value;
        let text = |t: &Option<String>| t.clone().map_or(Value::Null, Value::Text);
        let day = |d: Option<NaiveDate>| d.map_or(Value::Null, |d| Value::Integer(day_number(d)));
        let note = self
            .note
            .as_deref()
            .filter(|n| !n.is_empty())
            .map_or(Value::Null, |n| Value::Text(contains_pattern(n)));
        vec![
            text(&self.member),
            text(&self.project),
            text(&self.kind),
            day(self.from),
            day(self.to),
            note,
        ]
    }
}

/// One page of contributions, newest first, and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionPage {
    /// The rows of this page.
    pub rows: Vec<ContributionRow>,
    /// Contributions matching the filters.
    pub total: u64,
}

/// What the contributions matching a query add up to, voided ones left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ContributionTotals {
    /// How many match and are not void.
    pub count: u64,
    /// How many match but are void, and so are left out of the totals.
    pub voided: u64,
    /// Their hours (kinds measured in hours), scaled by 10^4.
    pub hours_e4: i128,
    /// Their value, exact, at [`crate::money::VALUE_SCALE`]: quantity ×
    /// rate × multiplier of the rate in force on each date, or a
    /// peer-valued contribution's value now (SPEC §15).
    pub value: i128,
}

impl Books<'_> {
    /// Loads the [`Catalog`].
    pub fn catalog(&self) -> Result<Catalog, StoreError> {
        Catalog::load(
            self.conn(),
            &self.settings().currency,
            self.settings().approvals_required,
        )
    }

    /// A page of contributions matching `query`, in its order (by default
    /// newest first: date, then entry order), with the total count so a
    /// list can page through a million rows without loading them. The
    /// sort is done here over every matching row, so each page is a slice
    /// of one order; ties go by id, so the order is stable.
    pub fn contribution_page(
        &self,
        query: &ContributionQuery,
        offset: u64,
        limit: u64,
    ) -> Result<ContributionPage, StoreError> {
        let k = self.settings().approvals_required;
        let filters = query.condition(k);
        let args = query.args();
        let total: i64 = self.conn().query_row(
            &format!("SELECT count(*) FROM contributions c WHERE {filters}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let total = u64::try_from(total).unwrap_or(0);
        // SQLite sorts only the first OFFSET + LIMIT rows of a page, so a
        // page in the later half is read from the other end and turned
        // around: the last page of a million rows is as quick as the first.
        let from_end = offset.saturating_mul(2) > total;
        let (ascending, skip, take) = if from_end {
            let end = offset.saturating_add(limit).min(total);
            (!query.ascending, total - end, end.saturating_sub(offset))
        } else {
            (query.ascending, offset, limit)
        };
        let direction = if ascending { "ASC" } else { "DESC" };
        let mut keys = query.sort.keys(k);
        keys.push("c.id".into());
        let order = keys
            .iter()
            .map(|key| format!("{key} {direction}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {CONTRIBUTION_COLUMNS}
             FROM contributions c WHERE {filters}
             ORDER BY {order} LIMIT ?7 OFFSET ?8"
        ))?;
        let mut page_args = args;
        page_args.push(rusqlite::types::Value::Integer(
            i64::try_from(take).unwrap_or(i64::MAX),
        ));
        page_args.push(rusqlite::types::Value::Integer(
            i64::try_from(skip).unwrap_or(i64::MAX),
        ));
        let mut rows = stmt
            .query_map(
                rusqlite::params_from_iter(page_args.iter()),
                contribution_row,
            )?
            .collect::<Result<Vec<_>, _>>()?;
        if from_end {
            rows.reverse();
        }
        Ok(ContributionPage { rows, total })
    }

    /// The count, hours and value of every contribution matching `query`
    /// (not just a page), voided ones left out. Quantities are summed in
    /// SQL per kind and rate version and multiplied out here in `i128`, as
    /// the charts do, so the value is exact.
    pub fn contribution_totals(
        &self,
        query: &ContributionQuery,
    ) -> Result<ContributionTotals, StoreError> {
        let k = self.settings().approvals_required;
        let filters = query.condition(k);
        let args = query.args();
        let (all, voided): (i64, i64) = self.conn().query_row(
            &format!(
                "SELECT count(*), coalesce(sum(c.void), 0) FROM contributions c WHERE {filters}"
            ),
            rusqlite::params_from_iter(args.iter()),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut totals = ContributionTotals {
            count: u64::try_from(all - voided).unwrap_or(0),
            voided: u64::try_from(voided).unwrap_or(0),
            ..Default::default()
        };
        let mut stmt = self.conn().prepare(&format!(
            "SELECT k.measure = 'hours', k.peers, v.rate_e4, v.multiplier_e3, {}
             FROM contributions c {RATE_IN_FORCE}
             WHERE {filters} AND c.void = 0
             GROUP BY c.kind, v.from_day",
            exact_sum("c.quantity_e4")
        ))?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        while let Some(r) = rows.next()? {
            let (hours, peers): (bool, bool) = (r.get(0)?, r.get(1)?);
            let quantity_e4 = combine(r.get(4)?, r.get(5)?);
            if hours {
                totals.hours_e4 = totals.hours_e4.saturating_add(quantity_e4);
            }
            if !peers {
                let value = quantity_e4
                    .saturating_mul(i128::from(r.get::<_, i64>(2)?))
                    .saturating_mul(i128::from(r.get::<_, i64>(3)?));
                totals.value = totals.value.saturating_add(value);
            }
        }
        totals.value = totals
            .value
            .saturating_add(self.peer_total(&filters, &args)?);
        Ok(totals)
    }

    /// The value, at [`crate::money::VALUE_SCALE`], of the peer-valued
    /// contributions among those matching `filters`: each its value now.
    fn peer_total(
        &self,
        filters: &str,
        args: &[rusqlite::types::Value],
    ) -> Result<i128, StoreError> {
        let ids: Vec<String> = self
            .conn()
            .prepare(&format!(
                "SELECT c.id FROM contributions c JOIN kinds k ON k.code = c.kind
                 WHERE {filters} AND c.void = 0 AND k.peers = 1"
            ))?
            .query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let to_value = 10i128.pow(crate::money::VALUE_SCALE - self.settings().currency.scale);
        Ok(self
            .peer_values(&ids)?
            .into_iter()
            .flatten()
            .map(|p| i128::from(p.median.value_minor).saturating_mul(to_value))
            .fold(0i128, i128::saturating_add))
    }

    /// One contribution by id.
    pub fn contribution(&self, id: &str) -> Result<Option<ContributionRow>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE id = ?1"
        ))?;
        let row = stmt.query_row([id], contribution_row).optional()?;
        Ok(row)
    }

    /// Counts journal entries.
    pub fn entry_count(&self) -> Result<u64, StoreError> {
        let count: i64 = self
            .conn()
            .query_row("SELECT count(*) FROM journal", [], |r| r.get(0))?;
        Ok(count as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::contains_pattern;

    #[test]
    fn a_search_pattern_escapes_likes_wildcards_and_its_escape() {
        assert_eq!(contains_pattern("design"), "%design%");
        assert_eq!(contains_pattern("100%"), "%100\\%%");
        assert_eq!(contains_pattern("a_b"), "%a\\_b%");
        assert_eq!(contains_pattern("c:\\x"), "%c:\\\\x%");
        assert_eq!(contains_pattern("l'été"), "%l'été%");
        assert_eq!(contains_pattern(""), "%%");
    }
}
