//! The SQL side of distributions: aggregates for the engine, equations,
//! committing and reversing, balances and explanations.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::sql::{class_is, combine, counts, exact_sum, RATE_IN_FORCE};
use super::{Books, Ledger, StoreError, BEGINNING_DAY};
use crate::distribute::{
    self, Claim, DistributeError, DistributionPlan, Eligible, Facts, RevenueInfo, ValueGroup,
};
use crate::equation::{self, Equation, EquationError, Target};
use crate::error::{Error, Result};
use crate::journal::Payload;
use crate::model::{claim_minor, date_of_day, day_number, value_of, KindClass, RESOURCE_USE_KIND};
use crate::money::{format_trimmed, QUANTITY_SCALE, VALUE_SCALE};
use crate::standards::{Counted, FULL_E2};

/// The eligibility conditions of SPEC §4 step 2, with parameters
/// ?1 project, ?2 up-to day, ?3 after day, ?4 approvals required,
/// ?5 kinds (JSON array or NULL); kinds of `class` only.
fn eligible_where(class: KindClass) -> String {
    format!(
        "c.project = ?1 AND c.day <= ?2 AND c.day > ?3 AND {}
       AND {}
       AND (?5 IS NULL OR c.kind IN (SELECT value FROM json_each(?5)))",
        counts("?4"),
        class_is(class)
    )
}

fn kinds_json(kinds: Option<&[String]>) -> Option<String> {
    kinds.map(|k| serde_json::Value::from(k.to_vec()).to_string())
}

/// Kinds a bucket looks at, and each one's rate versions (oldest first):
/// `(code, [(from_day, rate_e4, multiplier_e3)])`.
type EligibleKinds = Vec<(String, Vec<(i64, i64, i64)>)>;

fn eligible_kinds(ledger: &Books<'_>, e: &Eligible<'_>) -> Result<EligibleKinds, StoreError> {
    let mut stmt = ledger.conn().prepare_cached(&format!(
        "SELECT k.code, v.from_day, v.rate_e4, v.multiplier_e3
             FROM kinds k JOIN kind_versions v ON v.kind = k.code
             WHERE {}
             ORDER BY k.code, v.from_day",
        class_is(e.class)
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
    })?;
    let mut kinds: EligibleKinds = Vec::new();
    for row in rows {
        let (code, version) = row?;
        if e.kinds.is_some_and(|only| !only.contains(&code)) {
            continue;
        }
        match kinds.last_mut() {
            Some((last, versions)) if *last == code => versions.push(version),
            _ => kinds.push((code, vec![version])),
        }
    }
    Ok(kinds)
}

/// The codes of kinds measured in money (a bad leaver's money still
/// counts, SPEC §14).
fn money_kinds(
    conn: &rusqlite::Connection,
) -> Result<std::collections::BTreeSet<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT code FROM kinds WHERE measure = 'money'")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// SQL text of a kind code (codes are checked handles; quotes doubled anyway).
fn sql_text(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// `'a', 'b'` for an SQL `IN` list.
fn kind_list(kinds: &EligibleKinds) -> String {
    kinds
        .iter()
        .map(|(code, _)| sql_text(code))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A claim with its place in the order claims are paid: (day, entered).
type OrderedClaim = ((i64, i64), Claim);

/// The SQL behind [`Facts`]; the trait's methods below only convert errors.
impl Books<'_> {
    fn value_group_rows(
        &self,
        e: &Eligible<'_>,
        by_week: bool,
    ) -> Result<Vec<ValueGroup>, StoreError> {
        let mut groups = self.contribution_groups(e, by_week)?;
        groups.extend(self.credit_groups(e, by_week)?);
        Ok(groups)
    }

    /// Members' resource credits as value groups (SPEC §14): each credit's
    /// exact value at 10⁻¹¹ as a quantity with rate and multiplier 1 at
    /// their scales, so quantity × rate × multiplier is the value itself.
    /// Never scaled by a stage; a bad leaver's credits, a non-money kind,
    /// do not count. Funds' credits are claims ([`Self::claim_rows`]).
    fn credit_groups(
        &self,
        e: &Eligible<'_>,
        by_week: bool,
    ) -> Result<Vec<ValueGroup>, StoreError> {
        if e.class != KindClass::Shared || !super::kinds_take_credits(e.kinds) {
            return Ok(Vec::new());
        }
        let up_to = day_number(e.up_to);
        let after = e.after.map(day_number).unwrap_or(BEGINNING_DAY);
        let credits = super::resources::credits(self.conn(), e.project, after, up_to, None)?;
        if credits.is_empty() {
            return Ok(Vec::new());
        }
        let standards = super::stages::load(self.conn())?;
        let mut groups = Vec::new();
        for c in credits.into_iter().filter(|c| !c.fund) {
            let counted = standards.counted(&c.owner, RESOURCE_USE_KIND, false, c.day, up_to);
            if counted == Counted::Not {
                continue;
            }
            groups.push(ValueGroup {
                member: c.owner,
                quantity_e4: c.value_e11,
                rate_e4: 1,
                multiplier_e3: 1,
                weeks: if by_week { (up_to - c.day) / 7 } else { 0 },
                stage_e2: FULL_E2,
            });
        }
        Ok(groups)
    }

    fn contribution_groups(
        &self,
        e: &Eligible<'_>,
        by_week: bool,
    ) -> Result<Vec<ValueGroup>, StoreError> {
        let mut kinds = eligible_kinds(self, e)?;
        // Peer-valued kinds (few contributions) are valued by their
        // valuations, apart; the pass below stays as it was for the rest.
        let peer_kinds = super::peers::peer_kinds(self.conn())?;
        let mut groups = Vec::new();
        if !peer_kinds.is_empty() {
            let (peer, rated): (EligibleKinds, EligibleKinds) = kinds
                .into_iter()
                .partition(|(code, _)| peer_kinds.contains(code));
            kinds = rated;
            if !peer.is_empty() {
                groups = self.peer_value_groups(e, by_week, &peer)?;
            }
        }
        if kinds.is_empty() {
            return Ok(groups);
        }
        // One streaming pass in the covering index's order (project, kind,
        // member, day): SQLite neither sorts nor visits the table, and each
        // member's sums per rate version (and week) are built here, so no
        // per-row lookup of the version in force is needed.
        let kind_list = kind_list(&kinds);
        let counts = counts("?4");
        let sql = format!(
            "SELECT c.member, c.kind, c.day, c.quantity_e4
             FROM contributions c
             WHERE c.project = ?1 AND c.day <= ?2 AND c.day > ?3
               AND {counts} AND c.kind IN ({kind_list})
             ORDER BY c.kind, c.member"
        );
        let versions: BTreeMap<&str, &[(i64, i64, i64)]> = kinds
            .iter()
            .map(|(code, versions)| (code.as_str(), versions.as_slice()))
            .collect();
        let up_to = day_number(e.up_to);
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query(params![
            e.project,
            up_to,
            e.after.map(day_number).unwrap_or(BEGINNING_DAY),
            self.settings().approvals_required,
        ])?;
        // Stages and leavers (SPEC §14); without any, every row counts
        // at 100 % and the per-row question is skipped.
        let standards = super::stages::load(self.conn())?;
        let plain = standards.changes_nothing();
        let money_kinds = money_kinds(self.conn())?;
        // The current (member, kind) and its sums per (version index, week,
        // stage percent, multiplier 1 for a bad leaver's money).
        let mut member = String::new();
        let mut kind = String::new();
        let mut sums: BTreeMap<(usize, i64, i64, bool), i128> = BTreeMap::new();
        let flush = |member: &str,
                     kind: &str,
                     sums: &mut BTreeMap<(usize, i64, i64, bool), i128>,
                     groups: &mut Vec<ValueGroup>| {
            for ((version, weeks, stage_e2, multiplier_one), quantity_e4) in std::mem::take(sums) {
                let Some((_, rate_e4, multiplier_e3)) =
                    versions.get(kind).and_then(|v| v.get(version)).copied()
                else {
                    continue;
                };
                groups.push(ValueGroup {
                    member: member.to_string(),
                    quantity_e4,
                    rate_e4,
                    multiplier_e3: if multiplier_one {
                        10i64.pow(crate::money::MULTIPLIER_SCALE)
                    } else {
                        multiplier_e3
                    },
                    weeks,
                    stage_e2,
                });
            }
        };
        while let Some(r) = rows.next()? {
            let row_member = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let row_kind = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            if row_member != member || row_kind != kind {
                flush(&member, &kind, &mut sums, &mut groups);
                member.clear();
                member.push_str(row_member);
                kind.clear();
                kind.push_str(row_kind);
            }
            let day: i64 = r.get(2)?;
            let quantity_e4: i64 = r.get(3)?;
            // The version in force: the last one starting on or before the
            // day. None only in a ledger changed behind our back (entry
            // refuses such dates); such a contribution carries no value.
            let Some(version) = versions
                .get(kind.as_str())
                .and_then(|v| v.iter().rposition(|(from, _, _)| *from <= day))
            else {
                continue;
            };
            let weeks = if by_week { (up_to - day) / 7 } else { 0 };
            let (stage_e2, multiplier_one) = if plain {
                (FULL_E2, false)
            } else {
                let money = money_kinds.contains(kind.as_str());
                match standards.counted(&member, &kind, money, day, up_to) {
                    Counted::Not => continue,
                    Counted::As {
                        stage_e2,
                        multiplier_one,
                    } => (stage_e2, multiplier_one),
                }
            };
            let sum = sums
                .entry((version, weeks, stage_e2, multiplier_one))
                .or_insert(0);
            *sum = sum.checked_add(i128::from(quantity_e4)).ok_or_else(|| {
                StoreError::Sqlite(rusqlite::Error::IntegralValueOutOfRange(3, i64::MAX))
            })?;
        }
        flush(&member, &kind, &mut sums, &mut groups);
        Ok(groups)
    }

    /// The values of peer-valued contributions (SPEC §15) for a policy
    /// bucket: each its reputation-weighted lower median, as one group of
    /// quantity = the value in minor units at a rate worth one minor unit.
    /// Quantity, multiplier and stage do not apply; a bad leaver's are not
    /// eligible (they are not money).
    fn peer_value_groups(
        &self,
        e: &Eligible<'_>,
        by_week: bool,
        kinds: &EligibleKinds,
    ) -> Result<Vec<ValueGroup>, StoreError> {
        let sql = format!(
            "SELECT c.id, c.member, c.kind, c.day FROM contributions c
             WHERE c.project = ?1 AND c.day <= ?2 AND c.day > ?3
               AND {} AND c.kind IN ({})
             ORDER BY c.member, c.day, c.id",
            counts("?4"),
            kind_list(kinds)
        );
        let up_to = day_number(e.up_to);
        let rows: Vec<(String, String, String, i64)> = self
            .conn()
            .prepare(&sql)?
            .query_map(
                params![
                    e.project,
                    up_to,
                    e.after.map(day_number).unwrap_or(BEGINNING_DAY),
                    self.settings().approvals_required,
                ],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?
            .collect::<Result<_, _>>()?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let facts = super::peers::PeerFacts::load(self.conn(), self.settings().approvals_required)?;
        let standards = super::stages::load(self.conn())?;
        // value_minor × 10^(8 − scale) × 10³ = the value at VALUE_SCALE.
        let minor_rate_e4 =
            10i64.pow(QUANTITY_SCALE + crate::money::RATE_SCALE - self.currency().scale);
        let mut groups = Vec::new();
        for (id, member, kind, day) in rows {
            if standards.counted(&member, &kind, false, day, up_to) == Counted::Not {
                continue;
            }
            let value = super::peers::peer_value(self.conn(), &facts, &id, &member, day)?;
            groups.push(ValueGroup {
                member,
                quantity_e4: i128::from(value.median.value_minor),
                rate_e4: minor_rate_e4,
                multiplier_e3: 10i64.pow(crate::money::MULTIPLIER_SCALE),
                weeks: if by_week { (up_to - day) / 7 } else { 0 },
                stage_e2: FULL_E2,
            });
        }
        Ok(groups)
    }

    /// Open claims of the bucket's class, oldest first (date, then entry
    /// order): contributions' and, for `repay` buckets, funds' parts of
    /// resource uses (SPEC §14), in one order.
    fn claim_rows(&self, e: &Eligible<'_>) -> Result<Vec<Claim>, StoreError> {
        let mut claims = self.contribution_claims(e)?;
        if e.class == KindClass::Deferred && super::kinds_take_credits(e.kinds) {
            let currency = self.currency().clone();
            let credits = super::resources::credits(
                self.conn(),
                e.project,
                e.after.map(day_number).unwrap_or(BEGINNING_DAY),
                day_number(e.up_to),
                None,
            )?;
            for c in credits.into_iter().filter(|c| c.fund) {
                let id = c.claim_id();
                claims.push((
                    (c.day, c.entered),
                    Claim {
                        amount_minor: i64::try_from(c.claim_minor(&currency)).unwrap_or(i64::MAX),
                        reimbursed_minor: self.claim_paid(&id)?,
                        contribution: id,
                        member: c.owner,
                    },
                ));
            }
            claims.sort_by_key(|(order, _)| *order);
        }
        Ok(claims.into_iter().map(|(_, c)| c).collect())
    }

    /// What committed, non-reversed distributions paid on a claim.
    fn claim_paid(&self, id: &str) -> Result<i64, StoreError> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(cp.amount_minor), 0) FROM claims_paid cp
             JOIN distributions d ON d.id = cp.distribution
             WHERE cp.contribution = ?1 AND d.reversed = 0",
            )?
            .query_row([id], |r| r.get(0))?)
    }

    /// Contributions' claims, each with its (day, entered) order.
    fn contribution_claims(&self, e: &Eligible<'_>) -> Result<Vec<OrderedClaim>, StoreError> {
        let kinds = eligible_kinds(self, e)?;
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        let kind_list = kind_list(&kinds);
        let counts = counts("?4");
        let sql = format!(
            "SELECT c.id, c.member, c.quantity_e4, c.kind, c.day,
                    coalesce((SELECT sum(cp.amount_minor) FROM claims_paid cp
                              JOIN distributions d ON d.id = cp.distribution
                              WHERE cp.contribution = c.id AND d.reversed = 0), 0),
                    c.entered
             FROM contributions c
             WHERE c.project = ?1 AND c.day <= ?2 AND c.day > ?3
               AND {counts} AND c.kind IN ({kind_list})
             ORDER BY c.day, c.entered"
        );
        let versions: BTreeMap<&str, &[(i64, i64, i64)]> = kinds
            .iter()
            .map(|(code, versions)| (code.as_str(), versions.as_slice()))
            .collect();
        let currency = self.currency().clone();
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query(params![
            e.project,
            day_number(e.up_to),
            e.after.map(day_number).unwrap_or(BEGINNING_DAY),
            self.settings().approvals_required,
        ])?;
        let mut claims = Vec::new();
        while let Some(r) = rows.next()? {
            let kind: String = r.get(3)?;
            let day: i64 = r.get(4)?;
            // The rate in force on the day (a deferred claim's value).
            let Some(&(_, rate_e4, multiplier_e3)) = versions
                .get(kind.as_str())
                .and_then(|v| v.iter().rev().find(|(from, _, _)| *from <= day))
            else {
                continue;
            };
            let Some(claim) =
                claim_minor(Some(e.class), r.get(2)?, rate_e4, multiplier_e3, &currency)
            else {
                continue;
            };
            claims.push((
                (day, r.get(6)?),
                Claim {
                    contribution: r.get(0)?,
                    member: r.get(1)?,
                    amount_minor: i64::try_from(claim).unwrap_or(i64::MAX),
                    reimbursed_minor: r.get(5)?,
                },
            ));
        }
        Ok(claims)
    }

    fn period_cut_day(
        &self,
        project: &str,
        revenue: &str,
        date: NaiveDate,
    ) -> Result<Option<NaiveDate>, StoreError> {
        let day: Option<i64> = self.conn().query_row(
            "SELECT max(revenue_day) FROM distributions
             WHERE project = ?1 AND reversed = 0 AND revenue <> ?2 AND revenue_day <= ?3",
            params![project, revenue, day_number(date)],
            |r| r.get(0),
        )?;
        Ok(day.map(date_of_day))
    }

    fn policy_paid_sums(
        &self,
        project: &str,
        revenue: &str,
    ) -> Result<BTreeMap<String, i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT a.recipient, {} FROM allocations a
             JOIN distributions d ON d.id = a.distribution
             WHERE d.project = ?1 AND d.reversed = 0 AND d.revenue <> ?2 AND a.bucket_type = 'policy'
             GROUP BY a.recipient",
            exact_sum("a.amount_minor")
        ))?;
        let rows = stmt.query_map(params![project, revenue], |r| {
            Ok((r.get::<_, String>(0)?, combine(r.get(1)?, r.get(2)?)))
        })?;
        let mut paid = BTreeMap::new();
        for row in rows {
            let (recipient, minor) = row?;
            let fit = i64::try_from(minor).map_err(|_| StoreError::TooLarge {
                what: format!("what {recipient} was paid from this project"),
                minor: minor.to_string(),
            })?;
            paid.insert(recipient, fit);
        }
        Ok(paid)
    }

    fn member_handles(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT handle FROM accounts WHERE type = 'member' ORDER BY handle")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Facts for Books<'_> {
    fn value_groups(
        &self,
        e: &Eligible<'_>,
        by_week: bool,
    ) -> Result<Vec<ValueGroup>, DistributeError> {
        Ok(self.value_group_rows(e, by_week)?)
    }

    fn claims(&self, e: &Eligible<'_>) -> Result<Vec<Claim>, DistributeError> {
        Ok(self.claim_rows(e)?)
    }

    fn period_cut(
        &self,
        project: &str,
        revenue: &str,
        date: NaiveDate,
    ) -> Result<Option<NaiveDate>, DistributeError> {
        Ok(self.period_cut_day(project, revenue, date)?)
    }

    fn policy_paid(
        &self,
        project: &str,
        revenue: &str,
    ) -> Result<BTreeMap<String, i64>, DistributeError> {
        Ok(self.policy_paid_sums(project, revenue)?)
    }

    fn members(&self) -> Result<Vec<String>, DistributeError> {
        Ok(self.member_handles()?)
    }

    fn standards(&self) -> Result<crate::standards::Standards, DistributeError> {
        Ok(super::stages::load(self.conn())?)
    }

    fn peer_received(
        &self,
        project: &str,
        up_to: NaiveDate,
        after: Option<NaiveDate>,
    ) -> Result<BTreeMap<String, i64>, DistributeError> {
        Ok(super::epochs::received(self.conn(), project, up_to, after)?)
    }

    fn open_epoch(
        &self,
        project: &str,
        up_to: NaiveDate,
    ) -> Result<Option<String>, DistributeError> {
        Ok(super::epochs::open_epoch(self.conn(), project, up_to)?)
    }
}

/// The store's errors as the engine reports them: a refusal stays a
/// refusal, anything else is kept whole.
impl From<StoreError> for DistributeError {
    fn from(error: StoreError) -> DistributeError {
        match error {
            StoreError::Refused(refusal) => DistributeError::Refused(refusal),
            other => DistributeError::Facts(Box::new(other)),
        }
    }
}

/// [`exact_sum`]'s two columns, named `high` and `low`.
fn exact_sum_as(expr: &str) -> String {
    let sum = exact_sum(expr);
    let (high, low) = sum.split_once(", ").unwrap_or((&sum, "0"));
    format!("{high} AS high, {low} AS low")
}

/// No revenue has this id.
fn unknown_revenue(id: &str) -> StoreError {
    StoreError::Refused(crate::refusal::Refusal::Unknown {
        what: crate::refusal::Thing::Revenue,
        id: id.to_string(),
        hint: None,
    })
}

/// An equation version: (project or "" for the default, in force from, name, TOML source).
pub type EquationRow = (String, Option<NaiveDate>, String, String);

/// A revenue as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevenueRow {
    /// The revenue.
    #[serde(flatten)]
    pub info: RevenueInfo,
    /// Note.
    pub note: String,
    /// Its live distribution, if any.
    pub distribution: Option<String>,
}

/// An account's balance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Balance {
    /// Account handle.
    pub account: String,
    /// Account name.
    pub name: String,
    /// `member` or `fund`.
    pub account_type: String,
    /// Allocated by non-reversed distributions, in minor units.
    pub earned_minor: i64,
    /// Paid out, in minor units.
    pub paid_minor: i64,
    /// earned − paid.
    pub owed_minor: i64,
}

/// What an account earned from one project's distributions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectEarning {
    /// Account handle.
    pub account: String,
    /// Account name.
    pub name: String,
    /// `member` or `fund`.
    pub account_type: String,
    /// Allocated by the project's non-reversed distributions, in minor units.
    pub earned_minor: i64,
}

/// One contribution behind a member's weight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExplainRow {
    /// Bucket name.
    pub bucket: String,
    /// Contribution id.
    pub contribution: String,
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: String,
    /// Quantity (decimal text).
    pub quantity: String,
    /// Rate in force (decimal text).
    pub rate: String,
    /// Multiplier in force (decimal text).
    pub multiplier: String,
    /// quantity × rate × multiplier (decimal text).
    pub value: String,
    /// Weekly decay factor applied (`recent`), as a fraction of 1.
    pub factor: Option<String>,
    /// The stage the value is scaled by (SPEC §14): "50% (dating)".
    pub stage: Option<String>,
    /// How leaving changed it: "left 2026-06-30 without good reason:
    /// not counted" or "…: multiplier 1".
    pub leaver: Option<String>,
    /// For a resource credit (SPEC §14), its working: the use's quantity
    /// × the resource's rate, and the owner's share.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working: Option<String>,
    /// For a peer-valued kind (SPEC §15): each valuation and the lower
    /// median's working ([`crate::peers::working`]).
    pub peers: Option<String>,
}

impl Ledger {
    /// Sets an equation version for a project (`None` = the ledger default).
    pub fn set_equation(
        &mut self,
        project: Option<&str>,
        from: Option<NaiveDate>,
        file: &str,
        source: &str,
    ) -> Result<Equation> {
        self.write(|w| {
            let catalog = w.books().catalog()?;
            if let Some(code) = project {
                if !catalog.projects.contains_key(code) {
                    return Err(Error::NotFound(crate::validate::unknown_message(
                        "project",
                        code,
                        catalog.projects.keys(),
                    )));
                }
            }
            let equation = equation::parse(file, source, Some(&catalog))?;
            w.append(&Payload::EquationSet {
                project: project.map(str::to_string),
                from,
                source: source.to_string(),
            })?;
            Ok(equation)
        })
    }

    /// Computes and commits a revenue's distribution in one transaction;
    /// returns its id and the plan recorded.
    pub fn commit_distribution(
        &mut self,
        revenue_id: &str,
    ) -> Result<(String, DistributionPlan), DistributeError> {
        // The split is computed in the transaction that commits it: no
        // other process can pay the same claim or distribute the same
        // revenue in between (SPEC §11).
        self.write(|w| {
            let plan = w.books().preview_distribution(revenue_id)?;
            let id = w.new_id(super::NewId::Distribution)?;
            let mut record = plan.to_record(&id);
            record.revenue_revision = w
                .books()
                .revenue_revision(revenue_id)?
                .map(|(_, revision, _)| revision);
            w.append(&Payload::DistributionCommitted(record))?;
            Ok((id, plan))
        })
    }

    /// Reverses a committed distribution so its revenue can be distributed again.
    pub fn reverse_distribution(&mut self, id: &str) -> Result<String, DistributeError> {
        self.write(|w| {
            let revenue = super::rules::distribution_is_live(w.conn(), id)?;
            w.append(&Payload::DistributionReversed {
                distribution: id.to_string(),
            })?;
            Ok(revenue)
        })
    }
}

impl Books<'_> {
    /// The equation in force for `project` on `date`: its own, else the default.
    pub fn equation_for(
        &self,
        project: &str,
        date: NaiveDate,
    ) -> Result<(Equation, String), DistributeError> {
        let found: Option<(String, String)> = self
            .conn()
            .query_row(
                "SELECT source, project FROM equations WHERE project IN (?1, '') AND from_day <= ?2
                 ORDER BY project = '' , from_day DESC LIMIT 1",
                params![project, day_number(date)],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(StoreError::from)?;
        let Some((source, owner)) = found else {
            return Err(EquationError::Missing {
                project: project.to_string(),
                date,
            }
            .into());
        };
        let name = if owner.is_empty() {
            "ledger default".to_string()
        } else {
            format!("equation of {owner}")
        };
        // Validated again against today's catalog: a fund or kind may be gone.
        let catalog = self.catalog()?;
        let equation = equation::parse(&name, &source, Some(&catalog))?;
        Ok((equation, source))
    }

    /// Equation versions: (project or "" for default, from, name, source).
    pub fn equations(&self) -> Result<Vec<EquationRow>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT project, from_day, name, source FROM equations ORDER BY project, from_day",
        )?;
        let rows = stmt.query_map([], |r| {
            let day: i64 = r.get(1)?;
            Ok((
                r.get(0)?,
                (day != BEGINNING_DAY).then(|| date_of_day(day)),
                r.get(2)?,
                r.get(3)?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One revenue.
    pub fn revenue(&self, id: &str) -> Result<Option<RevenueRow>, StoreError> {
        Ok(self
            .revenues_where("r.id = ?1", params![id])?
            .into_iter()
            .next())
    }

    /// A revenue (voided or not) with its current revision and whether it
    /// was voided: what a correction names and compares with.
    pub fn revenue_revision(
        &self,
        id: &str,
    ) -> Result<Option<(RevenueRow, i64, bool)>, StoreError> {
        let Some(row) = self.revenue(id)? else {
            return Ok(None);
        };
        let (revision, void): (i64, bool) = self.conn().query_row(
            "SELECT revision, void_entry IS NOT NULL FROM revenues WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Some((row, revision, void)))
    }

    /// All revenues that stand (not voided), newest first.
    pub fn revenues(&self) -> Result<Vec<RevenueRow>, StoreError> {
        self.revenues_where("r.void_entry IS NULL", params![])
    }

    fn revenues_where(
        &self,
        condition: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<RevenueRow>, StoreError> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT r.id, r.project, r.day, r.amount_minor, r.note,
                    (SELECT d.id FROM distributions d WHERE d.revenue = r.id AND d.reversed = 0)
             FROM revenues r WHERE {condition} ORDER BY r.day DESC, r.id"
        ))?;
        let rows = stmt.query_map(args, |r| {
            Ok(RevenueRow {
                info: RevenueInfo {
                    id: r.get(0)?,
                    project: r.get(1)?,
                    date: date_of_day(r.get(2)?),
                    amount_minor: r.get(3)?,
                },
                note: r.get(4)?,
                distribution: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn revenue_for_distribution(&self, revenue_id: &str) -> Result<RevenueRow, DistributeError> {
        super::rules::revenue_is_open(self.conn(), revenue_id)?;
        let revenue = self
            .revenue(revenue_id)?
            .ok_or_else(|| unknown_revenue(revenue_id))?;
        Ok(revenue)
    }

    /// Computes a revenue's distribution without writing anything.
    pub fn preview_distribution(
        &self,
        revenue_id: &str,
    ) -> Result<DistributionPlan, DistributeError> {
        let revenue = self.revenue_for_distribution(revenue_id)?;
        let (equation, _) = self.equation_for(&revenue.info.project, revenue.info.date)?;
        distribute::plan(self, &revenue.info, &equation, self.currency())
    }

    /// A committed distribution's lines, as a plan (for showing it again).
    pub fn distribution(&self, id: &str) -> Result<Option<(DistributionPlan, bool)>, StoreError> {
        let head: Option<(String, String, i64, i64, String, bool)> = self
            .conn()
            .query_row(
                "SELECT revenue, project, revenue_day, amount_minor, equation, reversed FROM distributions WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
            )
            .optional()?;
        let Some((revenue, project, day, amount, equation, reversed)) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn().prepare(
            "SELECT bucket_index, bucket, bucket_type, recipient, amount_minor, weight, stage, cap_minor, capped
             FROM allocations WHERE distribution = ?1 ORDER BY bucket_index, recipient",
        )?;
        let mut buckets: Vec<distribute::BucketPlan> = Vec::new();
        let rows = stmt.query_map([id], |r| {
            Ok((
                (
                    r.get::<_, u32>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ),
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
                (
                    r.get::<_, String>(6)?,
                    r.get::<_, Option<i64>>(7)?,
                    r.get::<_, bool>(8)?,
                ),
            ))
        })?;
        for row in rows {
            let (
                (index, name, bucket_type),
                recipient,
                amount_minor,
                weight,
                (stage, cap_minor, capped),
            ) = row?;
            if buckets.last().is_none_or(|b| b.index != index) {
                buckets.push(distribute::BucketPlan {
                    index,
                    name,
                    bucket_type: bucket_type
                        .parse()
                        .map_err(|_| StoreError::Sqlite(rusqlite::Error::InvalidQuery))?,
                    policy: None,
                    amount_minor: 0,
                    lines: Vec::new(),
                    // What the cap did is told again from the lines: who
                    // was held at it (the excess moved is not stored).
                    cap: cap_minor.map(|cap_minor| distribute::CapNote {
                        cap_minor,
                        capped: Vec::new(),
                        excess_minor: 0,
                        unplaced_minor: 0,
                    }),
                    claims: Vec::new(),
                    moved: None,
                });
            }
            if let Some(b) = buckets.last_mut() {
                b.amount_minor += amount_minor;
                if capped {
                    if let Some(note) = b.cap.as_mut() {
                        note.capped.push(recipient.clone());
                    }
                }
                b.lines.push(distribute::PlanLine {
                    recipient,
                    amount_minor,
                    weight,
                    share: String::new(),
                    stage,
                    capped,
                });
            }
        }
        for b in &mut buckets {
            for l in &mut b.lines {
                l.share = crate::money::format_scaled(
                    (i128::from(l.amount_minor) * 2_000_000 + i128::from(b.amount_minor))
                        / (2 * i128::from(b.amount_minor.max(1))),
                    6,
                );
            }
        }
        let claims = self
            .conn()
            .prepare("SELECT contribution, amount_minor FROM claims_paid WHERE distribution = ?1 ORDER BY contribution")?
            .query_map([id], |r| {
                Ok(crate::model::ClaimPaid {
                    contribution: r.get(0)?,
                    amount_minor: r.get(1)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        // The policy of each bucket, from the equation in force on the
        // revenue's date when it is still the one used (same name), so a
        // committed split reads like its preview (a recent bucket says so).
        if let Ok((used, _)) = self.equation_for(&project, date_of_day(day)) {
            if used.name == equation {
                for b in &mut buckets {
                    if let Some(Target::Policy(p)) =
                        used.buckets.get(b.index as usize).map(|u| u.target.clone())
                    {
                        b.policy = Some(p.name().to_string());
                    }
                }
            }
        }
        Ok(Some((
            DistributionPlan {
                revenue: RevenueInfo {
                    id: revenue,
                    project,
                    date: date_of_day(day),
                    amount_minor: amount,
                },
                currency: self.currency().clone(),
                equation,
                buckets,
                claims,
            },
            reversed,
        )))
    }

    /// Earned, paid and owed per account, by handle.
    pub fn balances(&self) -> Result<Vec<Balance>, StoreError> {
        // The running totals kept by each distribution, reversal and
        // payout: one row per account, however many lines there are.
        let mut stmt = self.conn().prepare(
            "SELECT a.handle, a.name, a.type, t.earned_minor, t.paid_minor
             FROM accounts a JOIN account_totals t ON t.account = a.handle
             ORDER BY a.handle",
        )?;
        let rows = stmt.query_map([], |r| {
            let earned: i64 = r.get(3)?;
            let paid: i64 = r.get(4)?;
            Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, earned, paid))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (account, name, account_type, earned, paid) = row?;
            // The rules keep every balance within i64; a file changed
            // behind OpenValue's back says so rather than wrap.
            let owed = earned
                .checked_sub(paid)
                .ok_or_else(|| StoreError::TooLarge {
                    what: format!("the balance of {account}"),
                    minor: (i128::from(earned) - i128::from(paid)).to_string(),
                })?;
            out.push(Balance {
                account,
                name,
                account_type,
                earned_minor: earned,
                paid_minor: paid,
                owed_minor: owed,
            });
        }
        Ok(out)
    }

    /// Earned and paid per account in a period, by handle: the lines of
    /// live distributions of revenues dated in it, and the payouts (not
    /// voided) dated in it; owed is their difference. Without dates this is
    /// [`Books::balances`]. A statement's totals are these figures.
    pub fn balances_in(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Balance>, StoreError> {
        if from.is_none() && to.is_none() {
            return self.balances();
        }
        let (from_day, to_day) = (
            from.map(day_number).unwrap_or(i64::MIN),
            to.map(day_number).unwrap_or(i64::MAX),
        );
        let mut stmt = self.conn().prepare(&format!(
            "SELECT a.handle, a.name, a.type, e.high, e.low, p.high, p.low
             FROM accounts a
             LEFT JOIN (SELECT l.recipient AS account, {} FROM allocations l
                        JOIN distributions d ON d.id = l.distribution
                        WHERE d.reversed = 0 AND d.revenue_day BETWEEN ?1 AND ?2
                        GROUP BY l.recipient) e ON e.account = a.handle
             LEFT JOIN (SELECT account, {} FROM payouts
                        WHERE void_entry IS NULL AND day BETWEEN ?1 AND ?2
                        GROUP BY account) p ON p.account = a.handle
             ORDER BY a.handle",
            exact_sum_as("l.amount_minor"),
            exact_sum_as("amount_minor")
        ))?;
        let rows = stmt.query_map(params![from_day, to_day], |r| {
            let sum = |i: usize| -> rusqlite::Result<i128> {
                Ok(combine(
                    r.get::<_, Option<i64>>(i)?.unwrap_or(0),
                    r.get::<_, Option<i64>>(i + 1)?.unwrap_or(0),
                ))
            };
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                sum(3)?,
                sum(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (account, name, account_type, earned, paid) = row?;
            let fit = |minor: i128, what: &str| {
                i64::try_from(minor).map_err(|_| StoreError::TooLarge {
                    what: format!("{what} of {account}"),
                    minor: minor.to_string(),
                })
            };
            out.push(Balance {
                earned_minor: fit(earned, "the earnings")?,
                paid_minor: fit(paid, "the payouts")?,
                owed_minor: fit(earned - paid, "the balance")?,
                account: account.clone(),
                name,
                account_type,
            });
        }
        Ok(out)
    }

    /// What each account earned from `project`'s revenues dated from
    /// `from` to `to` (either open): the lines of its live distributions,
    /// by handle, for the accounts that have any. Payouts are made to an
    /// account, not for a project, so there is no paid or owed per
    /// project; [`Books::balances_in`] has those for the whole ledger.
    pub fn earned_from_project(
        &self,
        project: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<ProjectEarning>, StoreError> {
        let (from_day, to_day) = (
            from.map(day_number).unwrap_or(i64::MIN),
            to.map(day_number).unwrap_or(i64::MAX),
        );
        let mut stmt = self.conn().prepare(&format!(
            "SELECT a.handle, a.name, a.type, e.high, e.low
             FROM accounts a
             JOIN (SELECT l.recipient AS account, {} FROM allocations l
                   JOIN distributions d ON d.id = l.distribution
                   WHERE d.reversed = 0 AND d.project = ?3 AND d.revenue_day BETWEEN ?1 AND ?2
                   GROUP BY l.recipient) e ON e.account = a.handle
             ORDER BY a.handle",
            exact_sum_as("l.amount_minor"),
        ))?;
        let rows = stmt.query_map(params![from_day, to_day, project], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                combine(r.get(3)?, r.get(4)?),
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (account, name, account_type, earned) = row?;
            let earned_minor = i64::try_from(earned).map_err(|_| StoreError::TooLarge {
                what: format!("the earnings of {account} from {project}"),
                minor: earned.to_string(),
            })?;
            out.push(ProjectEarning {
                account,
                name,
                account_type,
                earned_minor,
            });
        }
        Ok(out)
    }

    /// The contributions behind `member`'s weight in each policy bucket of
    /// the distribution of `revenue_id` (fetched for this member only).
    pub fn explain(
        &self,
        revenue_id: &str,
        member: &str,
    ) -> Result<Vec<ExplainRow>, DistributeError> {
        let revenue = self
            .revenue(revenue_id)?
            .ok_or_else(|| unknown_revenue(revenue_id))?;
        let (equation, _) = self.equation_for(&revenue.info.project, revenue.info.date)?;
        let standards = super::stages::load(self.conn())?;
        let money_kinds = money_kinds(self.conn())?;
        let peer_kinds = super::peers::peer_kinds(self.conn())?;
        let mut peer_facts = None;
        let mut out = Vec::new();
        for bucket in &equation.buckets {
            let (policy, class) = match &bucket.target {
                equation::Target::Policy(p) => (Some(*p), KindClass::Shared),
                equation::Target::Reimburse => (None, KindClass::Reimbursable),
                equation::Target::Repay => (None, KindClass::Deferred),
                equation::Target::Fund(_) => continue,
            };
            let after = match policy {
                Some(equation::Policy::Period) => {
                    self.period_cut(&revenue.info.project, revenue_id, revenue.info.date)?
                }
                _ => None,
            };
            let eligible = eligible_where(class);
            let sql = format!(
                "SELECT c.id, c.day, c.kind, c.quantity_e4, v.rate_e4, v.multiplier_e3
                 FROM contributions c {RATE_IN_FORCE}
                 WHERE {eligible} AND c.member = ?6
                 ORDER BY c.day, c.entered"
            );
            let mut stmt = self.conn().prepare_cached(&sql).map_err(StoreError::from)?;
            let rows = stmt
                .query_map(
                    params![
                        revenue.info.project,
                        day_number(revenue.info.date),
                        after.map(day_number).unwrap_or(BEGINNING_DAY),
                        self.settings().approvals_required,
                        kinds_json(bucket.kinds.as_deref()),
                        member
                    ],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, i64>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, i64>(3)?,
                            r.get::<_, i64>(4)?,
                            r.get::<_, i64>(5)?,
                        ))
                    },
                )
                .map_err(StoreError::from)?;
            let factors = match policy {
                Some(equation::Policy::Recent { decay_e2 }) => Some(decay_e2),
                _ => None,
            };
            let revenue_day = day_number(revenue.info.date);
            for row in rows {
                let (id, day, kind, q, rate, mult) = row.map_err(StoreError::from)?;
                let factor = factors.map(|d| {
                    let weeks = ((revenue_day - day) / 7).max(0) as usize;
                    let f = distribute::decay_factors(d, weeks)[weeks];
                    format_trimmed(i128::from(f), 12)
                });
                // Stages and leavers apply to policy buckets only; claims
                // keep their full value (SPEC §14).
                let (counted, stage, leaver) = match policy {
                    None => (
                        Counted::As {
                            stage_e2: FULL_E2,
                            multiplier_one: false,
                        },
                        None,
                        None,
                    ),
                    Some(_) => {
                        // A peer-valued kind is never money (SPEC §15).
                        let money = money_kinds.contains(&kind) && !peer_kinds.contains(&kind);
                        let counted = standards.counted(member, &kind, money, day, revenue_day);
                        let stage = standards
                            .stage_on(member, day)
                            .filter(|(_, s)| s.kinds.contains(&kind))
                            .map(|(code, s)| {
                                format!("{}% ({code})", format_trimmed(i128::from(s.percent_e2), 2))
                            });
                        let leaver = standards.bad_leave(member, day, revenue_day).map(|left| {
                            let when = left
                                .map(|d| format!("left {}", date_of_day(d)))
                                .unwrap_or_else(|| "left".into());
                            match counted {
                                Counted::Not => format!("{when} without good reason: not counted"),
                                Counted::As { .. } => {
                                    format!("{when} without good reason: multiplier 1")
                                }
                            }
                        });
                        (counted, stage, leaver)
                    }
                };
                let (value, mult) = match counted {
                    Counted::Not => (0, mult),
                    Counted::As {
                        stage_e2,
                        multiplier_one,
                    } => {
                        let mult = if multiplier_one {
                            10i64.pow(crate::money::MULTIPLIER_SCALE)
                        } else {
                            mult
                        };
                        (
                            value_of(q, rate, mult).saturating_mul(i128::from(stage_e2)),
                            mult,
                        )
                    }
                };
                let (value, peers) = if peer_kinds.contains(&kind) {
                    let facts = match peer_facts.take() {
                        Some(f) => f,
                        None => super::peers::PeerFacts::load(
                            self.conn(),
                            self.settings().approvals_required,
                        )?,
                    };
                    let pv = super::peers::peer_value(self.conn(), &facts, &id, member, day)?;
                    peer_facts = Some(facts);
                    let currency = self.currency();
                    let counted_value = match counted {
                        Counted::Not => 0,
                        Counted::As { .. } => {
                            i128::from(pv.median.value_minor)
                                * 10i128.pow(VALUE_SCALE - currency.scale)
                                * i128::from(FULL_E2)
                        }
                    };
                    (
                        counted_value,
                        Some(crate::peers::working(&pv.weighers, &pv.median, currency)),
                    )
                } else {
                    (value, None)
                };
                out.push(ExplainRow {
                    bucket: bucket.name.clone(),
                    contribution: id,
                    date: date_of_day(day),
                    kind,
                    quantity: format_trimmed(i128::from(q), QUANTITY_SCALE),
                    rate: if peers.is_some() {
                        "by peers".to_string()
                    } else {
                        format_trimmed(i128::from(rate), crate::money::RATE_SCALE)
                    },
                    multiplier: format_trimmed(i128::from(mult), crate::money::MULTIPLIER_SCALE),
                    value: format_trimmed(value, VALUE_SCALE + 4),
                    factor,
                    // A stage does not scale a peer-valued contribution.
                    stage: if peers.is_some() { None } else { stage },
                    leaver,
                    working: None,
                    peers,
                });
            }
            let class = match policy {
                Some(_) => KindClass::Shared,
                None => class,
            };
            if class != KindClass::Reimbursable
                && super::kinds_take_credits(bucket.kinds.as_deref())
            {
                let after = after.map(day_number).unwrap_or(BEGINNING_DAY);
                let credits = super::resources::credits(
                    self.conn(),
                    &revenue.info.project,
                    after,
                    revenue_day,
                    Some(member),
                )?;
                // Members' credits earn policy shares, funds' are claims.
                let fund = class == KindClass::Deferred;
                for c in credits.into_iter().filter(|c| c.fund == fund) {
                    let left = !fund
                        && standards.counted(member, RESOURCE_USE_KIND, false, c.day, revenue_day)
                            == Counted::Not;
                    let factor = factors.map(|d| {
                        let weeks = ((revenue_day - c.day) / 7).max(0) as usize;
                        let f = distribute::decay_factors(d, weeks)[weeks];
                        format_trimmed(i128::from(f), 12)
                    });
                    out.push(ExplainRow {
                        bucket: bucket.name.clone(),
                        contribution: if fund { c.claim_id() } else { c.use_id.clone() },
                        date: date_of_day(c.day),
                        kind: RESOURCE_USE_KIND.to_string(),
                        quantity: format_trimmed(i128::from(c.quantity_e4), QUANTITY_SCALE),
                        rate: format_trimmed(i128::from(c.rate_e4), crate::money::RATE_SCALE),
                        multiplier: format!("share {}/{}", c.share, c.shares),
                        value: format_trimmed(if left { 0 } else { c.value_e11 }, VALUE_SCALE),
                        factor,
                        stage: None,
                        leaver: left.then(|| "left without good reason: not counted".to_string()),
                        working: Some(format!("{} of resource {}", c.working(), c.resource)),
                        peers: None,
                    });
                }
            }
        }
        Ok(out)
    }
}
