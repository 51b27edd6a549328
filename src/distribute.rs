//! The distribution engine (SPEC §4): an equation applied to one revenue.
//!
//! Pure: it reads what it needs through the [`Facts`] trait (aggregated per
//! member in SQL by the store, so a million contributions never sit in
//! memory) and returns a [`DistributionPlan`] whose lines sum exactly to the
//! revenue, or an error naming the bucket and the amount it cannot place.
//! Every split goes through [`crate::split::allocate`].
//!
//! Arithmetic: weights are big integers (a `recent` weight reaches 10⁴⁷,
//! a `balanced` one more), sums of quantities are i128, and every narrowing
//! to i64 is checked; docs/adr/0006-bounds.md shows why nothing can wrap
//! within the bounds of SPEC §11. The planner asserts (in debug builds) the
//! invariants `verify` checks: the lines sum to the revenue, each bucket's
//! lines sum to the bucket, and no line is negative.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};
use serde::Serialize;
use thiserror::Error;

use crate::equation::{Among, Bucket, Equation, EquationError, Policy, Target};
use crate::model::{AllocationLine, BucketType, ClaimPaid, DistributionRecord, KindClass};
use crate::money::{format_scaled, Currency, Share, VALUE_SCALE};
use crate::refusal::Refusal;
use crate::split::{allocate, allocate_capped};
use crate::standards::Standards;

/// The factor of a contribution made this week (`recent` policy): 10¹².
pub const RECENT_F0: u64 = 1_000_000_000_000;

/// Why a distribution was refused.
#[derive(Debug, Error)]
pub enum DistributeError {
    /// A bucket cannot place money and nothing can take it.
    #[error("bucket '{bucket}' cannot place {amount}: {reason}. Nothing was distributed")]
    CannotPlace {
        /// The bucket's name.
        bucket: String,
        /// The amount, formatted with the currency.
        amount: String,
        /// Why.
        reason: String,
    },
    /// The equation in force cannot be used.
    #[error(transparent)]
    Equation(#[from] EquationError),
    /// Numbers too large to place exactly.
    #[error("the amounts are too large to split exactly")]
    Overflow,
    /// A stored quantity, rate, multiplier or claim is negative, which no
    /// entry can record.
    #[error("the ledger holds a negative quantity, rate or multiplier, which OpenValue never records: it was changed behind OpenValue's back; verify the ledger")]
    NegativeInput,
    /// A revenue above the bound of SPEC §11 (recorded before the bound).
    #[error("revenue '{revenue}' is {amount}, above the largest amount OpenValue distributes ({max}); record it as several revenues")]
    AboveMaximum {
        /// The revenue.
        revenue: String,
        /// Its amount, formatted.
        amount: String,
        /// The bound, formatted.
        max: String,
    },
    /// A rule of the books refused it (the revenue is already
    /// distributed, unknown …).
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// Reading the facts failed (the store's error, kept whole so its
    /// message and cause reach the user).
    #[error(transparent)]
    Facts(Box<dyn std::error::Error + Send + Sync>),
}

/// The revenue being distributed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevenueInfo {
    /// Its id.
    pub id: String,
    /// Project code.
    pub project: String,
    /// Date received.
    pub date: NaiveDate,
    /// Amount in minor units.
    pub amount_minor: i64,
}

/// Which contributions a bucket looks at (SPEC §4 step 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligible<'a> {
    /// The project.
    pub project: &'a str,
    /// Dated on or before.
    pub up_to: NaiveDate,
    /// Dated strictly after (the `period` cut).
    pub after: Option<NaiveDate>,
    /// Only these kinds.
    pub kinds: Option<&'a [String]>,
    /// Kinds of this class only: shared (policy buckets), reimbursable
    /// (reimburse buckets) or deferred (repay buckets).
    pub class: KindClass,
}

/// Σ quantity of a member's eligible contributions sharing a rate,
/// multiplier and (for `recent`) week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueGroup {
    /// Member handle.
    pub member: String,
    /// Σ quantity, scaled by 10^4. i128: a million contributions of the
    /// largest quantity (10¹⁶ at this scale) sum to 10²², beyond i64.
    pub quantity_e4: i128,
    /// Rate in force, scaled by 10^4.
    pub rate_e4: i64,
    /// Multiplier in force, scaled by 10^3.
    pub multiplier_e3: i64,
    /// ⌊(D − date) / 7⌋ when grouped by week, else 0.
    pub weeks: i64,
    /// The stage's percent in hundredths (SPEC §14), [`crate::standards::FULL_E2`] without
    /// a stage.
    pub stage_e2: i64,
}

/// An open reimbursable or deferred claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// The contribution.
    pub contribution: String,
    /// Its member.
    pub member: String,
    /// The claim in minor units.
    pub amount_minor: i64,
    /// Already reimbursed by committed, non-reversed distributions.
    pub reimbursed_minor: i64,
}

/// What the engine needs to know about the books.
pub trait Facts {
    /// Eligible contributions grouped per member, rate version and (if
    /// `by_week`) week before `up_to`.
    fn value_groups(
        &self,
        eligible: &Eligible<'_>,
        by_week: bool,
    ) -> Result<Vec<ValueGroup>, DistributeError>;
    /// Eligible claims of the eligible class (reimbursable or deferred),
    /// oldest first (date, then entry order).
    fn claims(&self, eligible: &Eligible<'_>) -> Result<Vec<Claim>, DistributeError>;
    /// The `period` cut: latest revenue date among the project's other
    /// committed, non-reversed distributions dated on or before `date`.
    fn period_cut(
        &self,
        project: &str,
        revenue: &str,
        date: NaiveDate,
    ) -> Result<Option<NaiveDate>, DistributeError>;
    /// Σ of each member's lines in policy buckets of the project's other
    /// committed, non-reversed distributions.
    fn policy_paid(
        &self,
        project: &str,
        revenue: &str,
    ) -> Result<BTreeMap<String, i64>, DistributeError>;
    /// Handles of every account of type member (who was active on a date
    /// is for [`Standards::active_on`] to say).
    fn members(&self) -> Result<Vec<String>, DistributeError>;
    /// Stages and leavers (SPEC §14); by default none.
    fn standards(&self) -> Result<Standards, DistributeError> {
        Ok(Standards::default())
    }
    /// GIVE each member received in the project's closed epochs ending on
    /// or before `up_to` and after `after`.
    fn peer_received(
        &self,
        project: &str,
        up_to: NaiveDate,
        after: Option<NaiveDate>,
    ) -> Result<BTreeMap<String, i64>, DistributeError>;
    /// An epoch of the project ending on or before `up_to` still open.
    fn open_epoch(
        &self,
        project: &str,
        up_to: NaiveDate,
    ) -> Result<Option<String>, DistributeError>;
}

/// One line of a planned distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanLine {
    /// Receiving account.
    pub recipient: String,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// The weight, exact decimal text (for reading).
    pub weight: String,
    /// The line's fraction of its bucket, 6 decimal places (for reading).
    pub share: String,
    /// The stage percents (SPEC §14) that scaled contributions in this
    /// weight, such as `50%` or `50%, 75%`; empty when none did.
    pub stage: String,
    /// Held at its bucket's cap (SPEC §14).
    pub capped: bool,
}

/// One bucket of a planned distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BucketPlan {
    /// Position in the equation.
    pub index: u32,
    /// Name.
    pub name: String,
    /// Fund, reimburse or policy.
    pub bucket_type: BucketType,
    /// The policy's name for policy buckets.
    pub policy: Option<String>,
    /// Amount the bucket placed, in minor units.
    pub amount_minor: i64,
    /// Lines by recipient.
    pub lines: Vec<PlanLine>,
    /// What the bucket's cap did, if it has one (SPEC §14).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<CapNote>,
    /// The claims a reimburse or repay bucket paid, oldest first (empty
    /// for other buckets and for a committed distribution read back,
    /// whose claims are the plan's).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<ClaimPaid>,
    /// What a percentage bucket could not place and the rest bucket took:
    /// (its share of the revenue, the amount moved, the rest bucket's
    /// name). `None` when it placed all of its share.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved: Option<(i64, i64, String)>,
}

impl BucketPlan {
    /// What a person needs to read beside the bucket's lines: what its
    /// cap did, and which claims it paid (oldest first).
    pub fn notes(&self, currency: &Currency) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(cap) = &self.cap {
            notes.push(cap.describe(currency));
        }
        if let Some((share, moved, rest)) = &self.moved {
            notes.push(format!(
                "{} of its {} found no one to take it and went to '{rest}'",
                currency.format(*moved),
                currency.format(*share)
            ));
        }
        if !self.claims.is_empty() {
            let paid: Vec<String> = self
                .claims
                .iter()
                .map(|c| format!("{} {}", c.contribution, currency.format(c.amount_minor)))
                .collect();
            notes.push(format!("pays claims {}", paid.join(", ")));
        }
        notes
    }
}

/// What a policy bucket's cap did: who was capped and where the excess
/// went, for the explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CapNote {
    /// The cap, in minor units.
    pub cap_minor: i64,
    /// The recipients held at the cap.
    pub capped: Vec<String>,
    /// What they would have had above the cap without it, moved to the
    /// others by their weights.
    pub excess_minor: i64,
    /// What nobody could take (everyone with a weight was capped): moved
    /// to the rest bucket, or the distribution is refused.
    pub unplaced_minor: i64,
}

impl CapNote {
    /// The explanation in words.
    pub fn describe(&self, currency: &Currency) -> String {
        let cap = currency.format(self.cap_minor);
        if self.capped.is_empty() {
            return format!("cap {cap}: nobody reached it");
        }
        // A committed split tells who was held at the cap, not how much
        // moved (excess 0): then only who.
        let mut text = if self.excess_minor == 0 {
            format!("cap {cap}: {} held at the cap", self.capped.join(", "))
        } else {
            format!(
                "cap {cap}: {} held at the cap; {} above it went to the others by their weights",
                self.capped.join(", "),
                currency.format(self.excess_minor)
            )
        };
        if self.unplaced_minor > 0 {
            text.push_str(&format!(
                "; {} nobody could take (everyone with a weight is capped)",
                currency.format(self.unplaced_minor)
            ));
        }
        text
    }
}

/// A distribution computed but not necessarily committed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DistributionPlan {
    /// The revenue.
    pub revenue: RevenueInfo,
    /// The currency.
    pub currency: Currency,
    /// Name of the equation used.
    pub equation: String,
    /// Buckets in equation order.
    pub buckets: Vec<BucketPlan>,
    /// Reimbursable claims paid.
    pub claims: Vec<ClaimPaid>,
}

impl DistributionPlan {
    /// Σ per recipient over all buckets, by recipient.
    pub fn totals(&self) -> Vec<(String, i64)> {
        let mut totals: BTreeMap<&str, i64> = BTreeMap::new();
        for line in self.buckets.iter().flat_map(|b| &b.lines) {
            *totals.entry(&line.recipient).or_default() += line.amount_minor;
        }
        totals
            .into_iter()
            .map(|(r, a)| (r.to_string(), a))
            .collect()
    }

    /// The JSON object of SPEC §7.
    pub fn to_json(&self) -> serde_json::Value {
        let c = &self.currency;
        serde_json::json!({
            "revenue": self.revenue.id,
            "project": self.revenue.project,
            "currency": c.code,
            "amount": c.format(self.revenue.amount_minor),
            "equation": self.equation,
            "buckets": self.buckets.iter().map(|b| {
                let mut bucket = serde_json::json!({
                    "name": b.name,
                    "amount": c.format(b.amount_minor),
                    "lines": b.lines.iter().map(|l| serde_json::json!({
                        "recipient": l.recipient,
                        "amount": c.format(l.amount_minor),
                        "weight": l.weight,
                        "share": l.share,
                    })).collect::<Vec<_>>(),
                });
                if !b.claims.is_empty() {
                    bucket["claims"] = b.claims.iter().map(|cp| serde_json::json!({
                        "contribution": cp.contribution,
                        "amount": c.format(cp.amount_minor),
                    })).collect::<serde_json::Value>();
                }
                if let Some(note) = &b.cap {
                    bucket["cap"] = serde_json::json!({
                        "cap": c.format(note.cap_minor),
                        "capped": note.capped,
                        "moved_to_others": c.format(note.excess_minor),
                        "unplaced": c.format(note.unplaced_minor),
                    });
                }
                bucket
            }).collect::<Vec<_>>(),
            "totals": self.totals().iter().map(|(r, a)| serde_json::json!({
                "recipient": r,
                "amount": c.format(*a),
            })).collect::<Vec<_>>(),
        })
    }

    /// The journal record of this plan when committed as `id`.
    pub fn to_record(&self, id: &str) -> DistributionRecord {
        DistributionRecord {
            id: id.to_string(),
            revenue: self.revenue.id.clone(),
            equation: self.equation.clone(),
            lines: self
                .buckets
                .iter()
                .flat_map(|b| {
                    b.lines.iter().map(move |l| AllocationLine {
                        bucket_index: b.index,
                        bucket: b.name.clone(),
                        bucket_type: b.bucket_type,
                        recipient: l.recipient.clone(),
                        amount_minor: l.amount_minor,
                        weight: l.weight.clone(),
                        stage: l.stage.clone(),
                        cap_minor: b.cap.as_ref().map(|c| c.cap_minor),
                        capped: l.capped,
                    })
                })
                .collect(),
            claims: self.claims.clone(),
            revenue_revision: None,
        }
    }
}

/// Formats a non-negative big integer scaled by 10^scale, without trailing zeros.
pub fn format_big(value: &BigUint, scale: u32) -> String {
    let digits = value.to_string();
    if scale == 0 {
        return digits;
    }
    let scale = scale as usize;
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (int, frac) = padded.split_at(padded.len() - scale);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// `part / whole` with 6 decimals, rounded half up (for reading only).
fn share_text(part: i64, whole: i64) -> String {
    if whole <= 0 {
        return "0.000000".into();
    }
    let scaled = (i128::from(part) * 2_000_000 + i128::from(whole)) / (2 * i128::from(whole));
    format_scaled(scaled, 6)
}

/// The most weeks [`decay_factors`] computes. Dates are years 1000–9999,
/// so no two are further apart than 470,000 weeks; and for every decay
/// above 0 the factor reaches 0 within about 200,000 weeks (it falls by at
/// least 1 each week), so fₙ for a larger n equals f at this cap.
pub const MAX_DECAY_WEEKS: usize = 470_000;

/// fₙ for every n up to `max_weeks`: f₀ = 10¹², fₙ = ⌊fₙ₋₁·(100 − d)/100⌋.
pub fn decay_factors(decay_e2: i64, max_weeks: usize) -> Vec<u64> {
    let keep = (10_000 - decay_e2).clamp(0, 10_000) as u128;
    let mut factors = Vec::with_capacity(max_weeks + 1);
    let mut f: u128 = u128::from(RECENT_F0);
    for _ in 0..=max_weeks {
        factors.push(f as u64);
        f = f * keep / 10_000;
    }
    factors
}

struct Weights {
    /// (member, weight, weight text) for members with an eligible contribution.
    list: Vec<(String, BigUint, String)>,
    /// The stage percents that scaled each member's weight, where any did.
    stages: BTreeMap<String, String>,
}

/// Each member's stage percents other than 100 % among `groups`, as text
/// (`50%`, `50%, 75%`), lowest first.
fn stages_of(groups: &[ValueGroup]) -> BTreeMap<String, String> {
    let mut by_member: BTreeMap<&str, std::collections::BTreeSet<i64>> = BTreeMap::new();
    for g in groups {
        if g.stage_e2 != crate::standards::FULL_E2 {
            by_member.entry(&g.member).or_default().insert(g.stage_e2);
        }
    }
    by_member
        .into_iter()
        .map(|(m, set)| {
            let text: Vec<String> = set
                .into_iter()
                .map(|e2| format!("{}%", crate::money::format_trimmed(i128::from(e2), 2)))
                .collect();
            (m.to_string(), text.join(", "))
        })
        .collect()
}

/// The scale of a weight built from values: a value scaled by a stage's
/// percent in hundredths of a percent (10⁴ = 100 %).
pub const WEIGHT_SCALE: u32 = VALUE_SCALE + 4;

/// A group's value, Σ quantity × rate × multiplier × stage, exactly
/// (≤ 10⁴⁵ within the bounds: more than i128 holds, hence a big integer),
/// at [`WEIGHT_SCALE`].
fn group_value(g: &ValueGroup) -> Result<BigUint, DistributeError> {
    let q = BigUint::try_from(g.quantity_e4).map_err(|_| DistributeError::NegativeInput)?;
    let r = BigUint::try_from(g.rate_e4).map_err(|_| DistributeError::NegativeInput)?;
    let m = BigUint::try_from(g.multiplier_e3).map_err(|_| DistributeError::NegativeInput)?;
    let s = BigUint::try_from(g.stage_e2).map_err(|_| DistributeError::NegativeInput)?;
    Ok(q * r * m * s)
}

fn value_weights(groups: &[ValueGroup]) -> Result<BTreeMap<String, BigUint>, DistributeError> {
    let mut by_member: BTreeMap<String, BigUint> = BTreeMap::new();
    for g in groups {
        *by_member.entry(g.member.clone()).or_default() += group_value(g)?;
    }
    Ok(by_member)
}

fn policy_weights(
    facts: &dyn Facts,
    revenue: &RevenueInfo,
    bucket: &Bucket,
    policy: Policy,
    bucket_amount: u64,
) -> Result<Weights, DistributeError> {
    let mut eligible = Eligible {
        project: &revenue.project,
        up_to: revenue.date,
        after: None,
        kinds: bucket.kinds.as_deref(),
        class: KindClass::Shared,
    };
    let mut stages = BTreeMap::new();
    let list = match policy {
        Policy::Lifetime => {
            let groups = facts.value_groups(&eligible, false)?;
            stages = stages_of(&groups);
            value_weights(&groups)?
                .into_iter()
                .map(|(m, w)| {
                    let text = format_big(&w, WEIGHT_SCALE);
                    (m, w, text)
                })
                .collect()
        }
        Policy::Period => {
            eligible.after = facts.period_cut(&revenue.project, &revenue.id, revenue.date)?;
            let groups = facts.value_groups(&eligible, false)?;
            stages = stages_of(&groups);
            value_weights(&groups)?
                .into_iter()
                .map(|(m, w)| {
                    let text = format_big(&w, WEIGHT_SCALE);
                    (m, w, text)
                })
                .collect()
        }
        Policy::Recent { decay_e2 } => {
            let groups = facts.value_groups(&eligible, true)?;
            stages = stages_of(&groups);
            let week_of = |g: &ValueGroup| {
                usize::try_from(g.weeks.max(0)).map_or(MAX_DECAY_WEEKS, |w| w.min(MAX_DECAY_WEEKS))
            };
            let max_weeks = groups.iter().map(week_of).max().unwrap_or(0);
            let factors = decay_factors(decay_e2, max_weeks);
            let mut by_member: BTreeMap<String, BigUint> = BTreeMap::new();
            for g in &groups {
                let f = factors.get(week_of(g)).copied().unwrap_or(0);
                let w = group_value(g)? * BigUint::from(f);
                *by_member.entry(g.member.clone()).or_default() += w;
            }
            by_member
                .into_iter()
                .map(|(m, w)| {
                    let text = format_big(&w, WEIGHT_SCALE + 12);
                    (m, w, text)
                })
                .collect()
        }
        Policy::Balanced => {
            let groups = facts.value_groups(&eligible, false)?;
            stages = stages_of(&groups);
            let lifetime = value_weights(&groups)?;
            let paid = facts.policy_paid(&revenue.project, &revenue.id)?;
            // Σ over every distribution of the project: a big integer, as
            // many i64 lines need not sum within i64.
            let paid_total: BigInt = paid.values().map(|v| BigInt::from(*v)).sum();
            let sum_l: BigUint = lifetime.values().sum();
            let pool = paid_total + BigInt::from(bucket_amount);
            lifetime
                .into_iter()
                .map(|(m, l)| {
                    let paid_i = BigInt::from(*paid.get(&m).unwrap_or(&0));
                    let w = &pool * BigInt::from_biguint(Sign::Plus, l)
                        - paid_i * BigInt::from_biguint(Sign::Plus, sum_l.clone());
                    let w = w.to_biguint().unwrap_or_default(); // max(0, w)
                    let text = format_big(&w, WEIGHT_SCALE);
                    (m, w, text)
                })
                .collect()
        }
        Policy::Peer => {
            if let Some(epoch) = facts.open_epoch(&revenue.project, revenue.date)? {
                return Err(DistributeError::Refused(
                    crate::refusal::Refusal::EpochOpen {
                        epoch,
                        project: revenue.project.clone(),
                    },
                ));
            }
            let after = facts.period_cut(&revenue.project, &revenue.id, revenue.date)?;
            let standards = facts.standards()?;
            let day = crate::model::day_number(revenue.date);
            facts
                .peer_received(&revenue.project, revenue.date, after)?
                .into_iter()
                // A bad leaver's peer weight is 0 (SPEC §14).
                .filter(|(m, g)| *g > 0 && !standards.bad_leaver_on(m, day))
                .map(|(m, g)| (m, BigUint::from(g as u64), g.to_string()))
                .collect()
        }
        Policy::Equal { among } => {
            let members: Vec<String> = match among {
                Among::Contributors => value_weights(&facts.value_groups(&eligible, false)?)?
                    .into_keys()
                    .collect(),
                Among::Members => {
                    let standards = facts.standards()?;
                    let day = crate::model::day_number(revenue.date);
                    facts
                        .members()?
                        .into_iter()
                        .filter(|m| standards.active_on(m, day))
                        .collect()
                }
            };
            members
                .into_iter()
                .map(|m| (m, BigUint::from(1u8), "1".to_string()))
                .collect()
        }
    };
    Ok(Weights { list, stages })
}

/// What one bucket did with its amount.
struct Placed {
    placed: u64,
    lines: Vec<PlanLine>,
    claims: Vec<ClaimPaid>,
    why_not: String,
    cap: Option<CapNote>,
}

fn place(
    facts: &dyn Facts,
    revenue: &RevenueInfo,
    bucket: &Bucket,
    amount: u64,
    currency: &Currency,
    reimbursed_here: &mut HashMap<String, i64>,
) -> Result<Placed, DistributeError> {
    let to_i64 = |v: u64| i64::try_from(v).map_err(|_| DistributeError::Overflow);
    match &bucket.target {
        Target::Fund(fund) => Ok(Placed {
            placed: amount,
            lines: if amount > 0 {
                vec![PlanLine {
                    recipient: fund.clone(),
                    amount_minor: to_i64(amount)?,
                    weight: "1".into(),
                    share: share_text(1, 1),
                    stage: String::new(),
                    capped: false,
                }]
            } else {
                Vec::new()
            },
            claims: Vec::new(),
            why_not: String::new(),
            cap: None,
        }),
        Target::Reimburse | Target::Repay => {
            let class = if bucket.target == Target::Repay {
                KindClass::Deferred
            } else {
                KindClass::Reimbursable
            };
            let eligible = Eligible {
                project: &revenue.project,
                up_to: revenue.date,
                after: None,
                kinds: bucket.kinds.as_deref(),
                class,
            };
            let mut left = to_i64(amount)?;
            let mut by_member: BTreeMap<String, i64> = BTreeMap::new();
            let mut claims = Vec::new();
            for claim in facts.claims(&eligible)? {
                if left == 0 {
                    break;
                }
                let here = reimbursed_here
                    .entry(claim.contribution.clone())
                    .or_default();
                if claim.amount_minor < 0 || claim.reimbursed_minor < 0 {
                    return Err(DistributeError::NegativeInput);
                }
                // i128: three stored i64s cannot overflow it.
                let open = i128::from(claim.amount_minor)
                    - i128::from(claim.reimbursed_minor)
                    - i128::from(*here);
                if open <= 0 {
                    continue;
                }
                // ≤ left, an i64.
                let pay = i64::try_from(open.min(i128::from(left)))
                    .map_err(|_| DistributeError::Overflow)?;
                left -= pay;
                *here += pay;
                *by_member.entry(claim.member.clone()).or_default() += pay;
                claims.push(ClaimPaid {
                    contribution: claim.contribution,
                    amount_minor: pay,
                });
            }
            let placed = to_i64(amount)? - left;
            let lines = by_member
                .into_iter()
                .map(|(recipient, paid)| PlanLine {
                    recipient,
                    amount_minor: paid,
                    weight: currency.format(paid),
                    share: share_text(paid, placed),
                    stage: String::new(),
                    capped: false,
                })
                .collect();
            Ok(Placed {
                placed: placed as u64,
                lines,
                claims,
                why_not: match class {
                    KindClass::Deferred => "the open deferred claims are smaller than the bucket",
                    _ => "the open reimbursable claims are smaller than the bucket",
                }
                .into(),
                cap: None,
            })
        }
        Target::Policy(policy) => {
            let weights = policy_weights(facts, revenue, bucket, *policy, amount)?;
            let positive: Vec<(String, BigUint, String)> = weights
                .list
                .into_iter()
                .filter(|(_, w, _)| !w.is_zero())
                .collect();
            if positive.is_empty() || amount == 0 {
                return Ok(Placed {
                    placed: 0,
                    lines: Vec::new(),
                    claims: Vec::new(),
                    why_not: format!(
                        "no member has an eligible contribution with a weight above zero under policy '{}'",
                        policy.name()
                    ),
                    cap: None,
                });
            }
            let keyed: Vec<(&str, BigUint)> = positive
                .iter()
                .map(|(m, w, _)| (m.as_str(), w.clone()))
                .collect();
            let uncapped = allocate(amount, &keyed).map_err(|_| DistributeError::Overflow)?;
            let (shares, cap, unplaced) = match bucket.cap {
                None => (uncapped, None, 0),
                Some(cap) => {
                    let c = cap.minor_units(amount);
                    let capped = allocate_capped(amount, &keyed, c)
                        .map_err(|_| DistributeError::Overflow)?;
                    // What the others gained from the cap: Σ over the
                    // uncapped of (capped share − share without a cap).
                    let moved: i128 = uncapped
                        .iter()
                        .zip(&capped.shares)
                        .zip(&capped.capped)
                        .filter(|(_, was)| !**was)
                        .map(|((u, s), _)| i128::from(*s) - i128::from(*u))
                        .sum();
                    let moved = u64::try_from(moved.max(0)).unwrap_or(0);
                    let note = CapNote {
                        cap_minor: to_i64(c)?,
                        capped: positive
                            .iter()
                            .zip(&capped.capped)
                            .filter(|(_, was)| **was)
                            .map(|((m, _, _), _)| m.clone())
                            .collect(),
                        excess_minor: to_i64(moved)?,
                        unplaced_minor: to_i64(capped.unplaced)?,
                    };
                    (capped.shares, Some(note), capped.unplaced)
                }
            };
            let placed = amount - unplaced;
            let bucket_amount = to_i64(placed)?;
            let mut lines = Vec::with_capacity(positive.len());
            for ((member, _, text), share) in positive.into_iter().zip(shares) {
                let share = to_i64(share)?;
                let capped = cap.as_ref().is_some_and(|c| c.capped.contains(&member));
                lines.push(PlanLine {
                    stage: weights.stages.get(&member).cloned().unwrap_or_default(),
                    capped,
                    recipient: member,
                    amount_minor: share,
                    weight: text,
                    share: share_text(share, bucket_amount),
                });
            }
            Ok(Placed {
                placed,
                lines,
                claims: Vec::new(),
                why_not: match &cap {
                    Some(note) => format!(
                        "every member with a weight is capped at {}",
                        currency.format(note.cap_minor)
                    ),
                    None => String::new(),
                },
                cap,
            })
        }
    }
}

/// Computes the distribution of `revenue` by `equation`.
pub fn plan(
    facts: &dyn Facts,
    revenue: &RevenueInfo,
    equation: &Equation,
    currency: &Currency,
) -> Result<DistributionPlan, DistributeError> {
    if revenue.amount_minor > currency.max_amount_minor() {
        // Only a ledger written before the bounds holds such a revenue;
        // distributing it would let balances outgrow what is summed exactly.
        return Err(DistributeError::AboveMaximum {
            revenue: revenue.id.clone(),
            amount: format!(
                "{} {}",
                currency.format(revenue.amount_minor),
                currency.code
            ),
            max: format!(
                "{} {}",
                currency.format(currency.max_amount_minor()),
                currency.code
            ),
        });
    }
    let total = u64::try_from(revenue.amount_minor).map_err(|_| DistributeError::NegativeInput)?;
    let rest = equation.buckets.iter().position(|b| b.share == Share::Rest);
    let percents: Vec<(usize, BigUint)> = equation
        .buckets
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b.share {
            Share::Percent(p) => Some((i, BigUint::from(p as u64))),
            Share::Rest => None,
        })
        .collect();
    let mut amounts: Vec<u64> = vec![0; equation.buckets.len()];
    if rest.is_some() {
        for (i, p) in &percents {
            let a = BigUint::from(total) * p / BigUint::from(10_000u32);
            amounts[*i] = a.to_u64().ok_or(DistributeError::Overflow)?;
        }
    } else {
        // Percentages total exactly 100: split R by them, ties to the earlier bucket.
        let shares = allocate(total, &percents).map_err(|_| DistributeError::Overflow)?;
        for ((i, _), share) in percents.iter().zip(shares) {
            amounts[*i] = share;
        }
    }
    let mut reimbursed_here: HashMap<String, i64> = HashMap::new();
    let mut results: Vec<Option<Placed>> = (0..equation.buckets.len()).map(|_| None).collect();
    let mut placed_by_percent: u64 = 0;
    for (i, bucket) in equation.buckets.iter().enumerate() {
        if Some(i) == rest {
            continue;
        }
        let placed = place(
            facts,
            revenue,
            bucket,
            amounts[i],
            currency,
            &mut reimbursed_here,
        )?;
        if placed.placed < amounts[i] && rest.is_none() {
            return Err(cannot_place(
                bucket,
                amounts[i] - placed.placed,
                currency,
                &placed.why_not,
            ));
        }
        placed_by_percent += placed.placed;
        results[i] = Some(placed);
    }
    if let Some(r) = rest {
        // Each percentage bucket placed at most its amount, and the amounts
        // total at most R (⌊R·p/100⌋ with Σp ≤ 100).
        debug_assert!(placed_by_percent <= total);
        let amount = total
            .checked_sub(placed_by_percent)
            .ok_or(DistributeError::Overflow)?;
        let bucket = &equation.buckets[r];
        let placed = place(
            facts,
            revenue,
            bucket,
            amount,
            currency,
            &mut reimbursed_here,
        )?;
        if placed.placed < amount {
            return Err(cannot_place(
                bucket,
                amount - placed.placed,
                currency,
                &placed.why_not,
            ));
        }
        results[r] = Some(placed);
    }
    let mut buckets = Vec::with_capacity(equation.buckets.len());
    let mut claims = Vec::new();
    for (i, (bucket, placed)) in equation.buckets.iter().zip(results).enumerate() {
        let Some(placed) = placed else { continue };
        claims.extend(placed.claims.iter().cloned());
        buckets.push(BucketPlan {
            index: i as u32,
            name: bucket.name.clone(),
            bucket_type: bucket.bucket_type(),
            policy: match bucket.target {
                Target::Policy(p) => Some(p.name().to_string()),
                _ => None,
            },
            amount_minor: i64::try_from(placed.placed).map_err(|_| DistributeError::Overflow)?,
            lines: placed.lines,
            cap: placed.cap,
            claims: placed.claims,
            moved: match rest {
                Some(r) if r != i && placed.placed < amounts[i] => Some((
                    i64::try_from(amounts[i]).map_err(|_| DistributeError::Overflow)?,
                    i64::try_from(amounts[i] - placed.placed)
                        .map_err(|_| DistributeError::Overflow)?,
                    equation.buckets[r].name.clone(),
                )),
                _ => None,
            },
        });
    }
    let plan = DistributionPlan {
        revenue: revenue.clone(),
        currency: currency.clone(),
        equation: equation.name.clone(),
        buckets,
        claims,
    };
    if cfg!(debug_assertions) {
        assert_invariants(&plan);
    }
    Ok(plan)
}

/// The invariants `verify` checks, asserted where they are computed: every
/// line ≥ 0, each bucket's lines sum to the bucket, the buckets sum to the
/// revenue, and the claims paid sum to the reimbursement buckets' lines.
fn assert_invariants(plan: &DistributionPlan) {
    let mut total: i128 = 0;
    for bucket in &plan.buckets {
        let mut lines: i128 = 0;
        for line in &bucket.lines {
            debug_assert!(
                line.amount_minor >= 0,
                "negative line {} in bucket {}",
                line.amount_minor,
                bucket.name
            );
            lines += i128::from(line.amount_minor);
        }
        debug_assert_eq!(
            lines,
            i128::from(bucket.amount_minor),
            "bucket {}: lines do not sum to the bucket",
            bucket.name
        );
        total += lines;
    }
    debug_assert_eq!(
        total,
        i128::from(plan.revenue.amount_minor),
        "the lines do not sum to the revenue"
    );
    let reimbursed: i128 = plan
        .buckets
        .iter()
        .filter(|b| matches!(b.bucket_type, BucketType::Reimburse | BucketType::Repay))
        .flat_map(|b| &b.lines)
        .map(|l| i128::from(l.amount_minor))
        .sum();
    let claims: i128 = plan.claims.iter().map(|c| i128::from(c.amount_minor)).sum();
    debug_assert_eq!(
        reimbursed, claims,
        "claims paid differ from reimbursement lines"
    );
}

fn cannot_place(bucket: &Bucket, amount: u64, currency: &Currency, why: &str) -> DistributeError {
    DistributeError::CannotPlace {
        bucket: bucket.name.clone(),
        amount: format!("{} {}", currency.format(amount as i64), currency.code),
        reason: why.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decay_factors_are_exact_floors() {
        let f = decay_factors(1000, 3);
        assert_eq!(
            f,
            vec![
                1_000_000_000_000,
                900_000_000_000,
                810_000_000_000,
                729_000_000_000
            ]
        );
        assert_eq!(decay_factors(10_000, 2), vec![RECENT_F0, 0, 0]);
        assert_eq!(decay_factors(0, 2), vec![RECENT_F0; 3]);
        // Floors compound: 33.33 % for 30 weeks (exact value from Python's //).
        assert_eq!(decay_factors(3333, 30)[30], 5_222_922);
    }

    /// Books of two members whose contributions sit at the bounds: a
    /// million contributions of the largest money quantity at the largest
    /// rate and multiplier (Σ quantity 10²², beyond i64), a year old.
    struct AtTheBounds;

    impl Facts for AtTheBounds {
        fn value_groups(
            &self,
            _: &Eligible<'_>,
            by_week: bool,
        ) -> Result<Vec<ValueGroup>, DistributeError> {
            let group = |member: &str, quantity_e4: i128| ValueGroup {
                member: member.into(),
                quantity_e4,
                rate_e4: crate::money::MAX_RATE_E4,
                multiplier_e3: crate::money::MAX_MULTIPLIER_E3,
                weeks: if by_week { 52 } else { 0 },
                stage_e2: crate::standards::FULL_E2,
            };
            let million = i128::from(crate::money::MAX_MONEY_QUANTITY_E4) * 1_000_000;
            Ok(vec![group("ana", million), group("ben", million / 2)])
        }
        fn claims(&self, _: &Eligible<'_>) -> Result<Vec<Claim>, DistributeError> {
            Ok(Vec::new())
        }
        fn period_cut(
            &self,
            _: &str,
            _: &str,
            _: NaiveDate,
        ) -> Result<Option<NaiveDate>, DistributeError> {
            Ok(None)
        }
        fn policy_paid(&self, _: &str, _: &str) -> Result<BTreeMap<String, i64>, DistributeError> {
            // Paid so far, summing beyond i64 (they are summed as big integers).
            Ok(BTreeMap::from([
                ("ana".into(), i64::MAX),
                ("ben".into(), i64::MAX),
            ]))
        }
        fn members(&self) -> Result<Vec<String>, DistributeError> {
            Ok(vec!["ana".into(), "ben".into()])
        }

        fn peer_received(
            &self,
            _: &str,
            _: NaiveDate,
            _: Option<NaiveDate>,
        ) -> Result<BTreeMap<String, i64>, DistributeError> {
            Ok(BTreeMap::new())
        }

        fn open_epoch(&self, _: &str, _: NaiveDate) -> Result<Option<String>, DistributeError> {
            Ok(None)
        }
    }

    fn equation(policy: &str) -> Equation {
        let source = format!("[[bucket]]\nshare = \"rest\"\npolicy = \"{policy}\"\n");
        crate::equation::parse("eq.toml", &source, None).unwrap()
    }

    #[test]
    fn regression_weights_at_the_bounds_do_not_overflow() {
        let eur = Currency::new("EUR", None).unwrap();
        let revenue = RevenueInfo {
            id: "R".into(),
            project: "p".into(),
            date: NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(),
            amount_minor: eur.max_amount_minor(),
        };
        for (policy, ana) in [
            ("lifetime", 66_666_666_666_667),
            ("recent", 66_666_666_666_667),
            // Both were paid i64::MAX before, equal amounts for unequal
            // work: ben is over-paid, so ana takes the whole bucket.
            ("balanced", 100_000_000_000_000),
        ] {
            let plan = plan(&AtTheBounds, &revenue, &equation(policy), &eur).unwrap();
            let lines = &plan.buckets[0].lines;
            assert_eq!(lines[0].amount_minor, ana, "{policy}");
            assert_eq!(
                lines.iter().map(|l| l.amount_minor).sum::<i64>(),
                eur.max_amount_minor(),
                "{policy}"
            );
        }
        // A revenue above the bound (recorded before it existed) is refused.
        let above = RevenueInfo {
            amount_minor: i64::MAX,
            ..revenue
        };
        assert!(matches!(
            plan(&AtTheBounds, &above, &equation("lifetime"), &eur),
            Err(DistributeError::AboveMaximum { .. })
        ));
    }

    #[test]
    fn decay_factors_reach_their_fixed_point_before_the_cap() {
        // The slowest decay above 0 (0.01 % a week) reaches 0 well before
        // MAX_DECAY_WEEKS, so capping the week index changes no weight.
        let f = decay_factors(1, MAX_DECAY_WEEKS);
        assert_eq!(f[MAX_DECAY_WEEKS], 0);
        assert_eq!(decay_factors(0, 1)[1], RECENT_F0);
    }

    #[test]
    fn big_decimal_text() {
        assert_eq!(format_big(&BigUint::from(12_500u32), 3), "12.5");
        assert_eq!(format_big(&BigUint::from(5u32), 3), "0.005");
        assert_eq!(format_big(&BigUint::from(5000u32), 3), "5");
    }

    #[test]
    fn shares_round_half_up() {
        assert_eq!(share_text(1, 3), "0.333333");
        assert_eq!(share_text(2, 3), "0.666667");
        assert_eq!(share_text(5, 5), "1.000000");
    }
}
