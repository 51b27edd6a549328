//! The domain types: accounts, projects, kinds, contributions, revenues and
//! the records that journal entries carry. Pure data, no IO.

use crate::i18n::Message;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::{self, format_trimmed};
use crate::validate::quote_value;

/// A member (a person) or a fund (the commons fund, a reserve).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountType {
    /// A person who contributes and is paid.
    Member,
    /// A pool of money; cannot contribute.
    Fund,
}

/// Whether a member is still part of the cooperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// A current member.
    Active,
    /// A member who left; keeps what they earned.
    Left,
}

/// How a kind of contribution is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// Time, in hours.
    Hours,
    /// Money, in the ledger's currency.
    Money,
    /// A count of something, with a unit label (`words`).
    Quantity,
}

macro_rules! text_enum {
    ($ty:ty, $what:literal, $($variant:ident => $text:literal),+) => {
        impl $ty {
            /// The canonical text of this value.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $ty {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                match text {
                    $($text => Ok(Self::$variant),)+
                    other => Err(format!(
                        "{} is not a {}: use {}",
                        quote_value(other),
                        $what,
                        [$($text),+].join(" or ")
                    )),
                }
            }
        }
    };
}

text_enum!(AccountType, "account type", Member => "member", Fund => "fund");
text_enum!(Status, "status", Active => "active", Left => "left");
text_enum!(Measure, "measure", Hours => "hours", Money => "money", Quantity => "quantity");

/// A member or fund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// Unique lowercase handle (`ana`, `commons`).
    pub handle: String,
    /// Display name.
    pub name: String,
    /// Member or fund.
    #[serde(rename = "type")]
    pub account_type: AccountType,
    /// Active or left.
    pub status: Status,
    /// When the member joined, if known.
    pub joined_on: Option<NaiveDate>,
}

/// What revenue is earned by and contributions are made to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    /// Unique lowercase code.
    pub code: String,
    /// Display name.
    pub name: String,
    /// Optional parent project's code.
    pub parent: Option<String>,
}

/// A kind of contribution; its rate and multiplier live in [`KindVersion`]s.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kind {
    /// Unique lowercase code.
    pub code: String,
    /// Display name.
    pub name: String,
    /// Hours, money or quantity.
    pub measure: Measure,
    /// Unit label for `quantity` kinds (`words`).
    pub unit: Option<String>,
    /// Valued and shown, but earns no revenue share.
    pub gift: bool,
    /// Money the cooperative owes back (measure `money` only).
    pub reimbursable: bool,
    /// A claim paid back later by `repay` buckets (SPEC §14), earning no
    /// policy share. Entries written before it decode as `false`.
    #[serde(default)]
    pub deferred: bool,
    /// Valued by other members (SPEC §15, `valued_by = "peers"`): no rate;
    /// each contribution is worth the reputation-weighted lower median of
    /// its valuations ([`crate::peers`]). Entries written before it decode
    /// as `false`.
    #[serde(default)]
    pub peers: bool,
}

/// Which contributions a bucket looks at, by their kind (SPEC §4, §14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KindClass {
    /// Kinds that earn policy shares: neither gift, reimbursable nor deferred.
    Shared,
    /// Reimbursable kinds, paid back by `reimburse` buckets.
    Reimbursable,
    /// Deferred kinds, paid back by `repay` buckets.
    Deferred,
}

impl Kind {
    /// The class of bucket that counts this kind; `None` for a gift,
    /// which no bucket counts.
    pub fn class(&self) -> Option<KindClass> {
        KindClass::of(self.gift, self.reimbursable, self.deferred)
    }
}

impl KindClass {
    /// The class of a kind with these flags (see [`Kind::class`]).
    pub fn of(gift: bool, reimbursable: bool, deferred: bool) -> Option<KindClass> {
        match (gift, reimbursable, deferred) {
            (true, _, _) => None,
            (_, true, _) => Some(KindClass::Reimbursable),
            (_, _, true) => Some(KindClass::Deferred),
            _ => Some(KindClass::Shared),
        }
    }
}

/// A kind's rate and multiplier from an effective date on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindVersion {
    /// The kind's code.
    pub kind: String,
    /// In force from this date; `None` means from the beginning.
    pub effective_from: Option<NaiveDate>,
    /// Value per unit, scaled by 10^[`money::RATE_SCALE`].
    pub rate_e4: i64,
    /// Risk factor, scaled by 10^[`money::MULTIPLIER_SCALE`].
    pub multiplier_e3: i64,
}

impl KindVersion {
    /// The rate as decimal text.
    pub fn rate_text(&self) -> String {
        format_trimmed(i128::from(self.rate_e4), money::RATE_SCALE)
    }
    /// The multiplier as decimal text.
    pub fn multiplier_text(&self) -> String {
        format_trimmed(i128::from(self.multiplier_e3), money::MULTIPLIER_SCALE)
    }
}

/// The exact value of `quantity_e4` units at a rate and multiplier, scaled
/// by 10^[`money::VALUE_SCALE`].
///
/// Within the bounds (quantity ≤ 10¹⁶, rate ≤ 10¹³, multiplier ≤ 10⁶ at
/// their scales) the value is at most 10³⁵ < i128::MAX ≈ 1.7·10³⁸, so it is
/// exact. Out-of-bounds inputs (a ledger written before the bounds, or
/// changed behind the application's back) saturate at `i128::MAX` rather
/// than wrap into a negative value; [`checked_value_of`] says which.
///
/// ```
/// use openvalue::model::value_of;
/// assert!(value_of(i64::MAX, i64::MAX, i64::MAX) > 0);
/// ```
pub fn value_of(quantity_e4: i64, rate_e4: i64, multiplier_e3: i64) -> i128 {
    checked_value_of(quantity_e4, rate_e4, multiplier_e3).unwrap_or(
        if (quantity_e4 < 0) ^ (rate_e4 < 0) ^ (multiplier_e3 < 0) {
            i128::MIN
        } else {
            i128::MAX
        },
    )
}

/// The exact value, or `None` if it does not fit i128 (only possible
/// outside the bounds).
pub fn checked_value_of(quantity_e4: i64, rate_e4: i64, multiplier_e3: i64) -> Option<i128> {
    i128::from(quantity_e4)
        .checked_mul(i128::from(rate_e4))?
        .checked_mul(i128::from(multiplier_e3))
}

/// What a contribution claims from claims buckets, in minor units
/// (SPEC §4.4, §14): a reimbursable expense its amount, a deferred
/// contribution its value floored to minor units (never scaled by a stage);
/// `None` for a kind that makes no claim.
pub fn claim_minor(
    class: Option<KindClass>,
    quantity_e4: i64,
    rate_e4: i64,
    multiplier_e3: i64,
    currency: &money::Currency,
) -> Option<i128> {
    match class? {
        KindClass::Reimbursable => Some(i128::from(currency.quantity_to_minor(quantity_e4))),
        KindClass::Deferred => {
            let value = value_of(quantity_e4, rate_e4, multiplier_e3);
            Some(value.div_euclid(10i128.pow(money::VALUE_SCALE - currency.scale)))
        }
        KindClass::Shared => None,
    }
}

/// A member's valuation of a peer-valued contribution (SPEC §15): the
/// whole contribution's value in minor units; a later one by the same
/// member replaces the earlier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Valuation {
    /// The contribution valued.
    pub contribution: String,
    /// The member who values it (never its contributor).
    pub by: String,
    /// The value in minor units of the ledger's currency; ≥ 0.
    pub amount_minor: i64,
}

/// A contribution as first recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionRecord {
    /// Its id (from the file, or a UUID).
    pub id: String,
    /// Contributing member's handle.
    pub member: String,
    /// Project code.
    pub project: String,
    /// Kind code.
    pub kind: String,
    /// Date of the work.
    pub date: NaiveDate,
    /// Quantity scaled by 10^[`money::QUANTITY_SCALE`]; > 0.
    pub quantity_e4: i64,
    /// Free text.
    pub note: String,
}

/// A correction supersedes a contribution's fields, or voids it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The contribution corrected.
    pub contribution: String,
    /// New quantity.
    pub quantity_e4: Option<i64>,
    /// New date.
    pub date: Option<NaiveDate>,
    /// New kind.
    pub kind: Option<String>,
    /// New note.
    pub note: Option<String>,
    /// Void the contribution.
    pub void: bool,
    /// The revision it corrects (0 for the contribution as first
    /// entered); `None` in entries written before merges, meaning the
    /// current one. A merged correction of a revision that is no longer
    /// current is a conflict ("changed since", SPEC §12).
    #[serde(default)]
    pub revision: Option<i64>,
}

/// Approve or reject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Counts towards `approvals_required`.
    Approve,
    /// Stops the contribution counting until it is corrected.
    Reject,
}
text_enum!(Verdict, "verdict", Approve => "approve", Reject => "reject");

/// A member's approval or rejection of someone else's contribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The contribution reviewed.
    pub contribution: String,
    /// Reviewing member.
    pub by: String,
    /// Approve or reject.
    pub verdict: Verdict,
    /// Why (required for a rejection).
    pub reason: String,
    /// The revision it judges; `None` in entries written before merges,
    /// meaning the current one. A review of an earlier revision is kept
    /// and does not count (SPEC §11).
    #[serde(default)]
    pub revision: Option<i64>,
    /// The reviewing member's signature (hex) over
    /// `members::review_message`, when they were signed in (SPEC §13).
    #[serde(default)]
    pub signature: Option<String>,
}

/// Money a project received, in the ledger's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevenueRecord {
    /// Its id.
    pub id: String,
    /// Project code.
    pub project: String,
    /// Date received.
    pub date: NaiveDate,
    /// Amount in minor units; > 0.
    pub amount_minor: i64,
    /// Free text.
    pub note: String,
}

/// Money actually paid to a recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoutRecord {
    /// Its id.
    pub id: String,
    /// Receiving account's handle.
    pub account: String,
    /// Date paid.
    pub date: NaiveDate,
    /// Amount in minor units; > 0.
    pub amount_minor: i64,
    /// How (bank transfer, cash …).
    pub method: String,
    /// Free text.
    pub note: String,
}

/// A revenue corrected (a new amount, date or note) or voided (SPEC §13).
/// Refused while the revenue has a live distribution: reverse it first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevenueCorrection {
    /// The revenue corrected.
    pub revenue: String,
    /// New amount in minor units.
    pub amount_minor: Option<i64>,
    /// New date.
    pub date: Option<NaiveDate>,
    /// New note.
    pub note: Option<String>,
    /// Void the revenue.
    pub void: bool,
    /// The revision it corrects (0 for the revenue as first entered); a
    /// merged correction of a revision that is no longer current is a
    /// conflict ("changed since").
    pub revision: Option<i64>,
}

/// What a rename names: an account (member or fund), a project or a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Renamed {
    /// A member or fund, by handle.
    Account,
    /// A project, by code.
    Project,
    /// A kind, by code.
    Kind,
}
text_enum!(Renamed, "thing to rename", Account => "account", Project => "project", Kind => "kind");

/// Which kind of bucket an allocation line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BucketType {
    /// Everything to one fund.
    Fund,
    /// Open reimbursable claims.
    Reimburse,
    /// Split by a policy's weights.
    Policy,
    /// Open deferred claims (SPEC §14).
    Repay,
}
text_enum!(BucketType, "bucket type", Fund => "fund", Reimburse => "reimburse", Policy => "policy", Repay => "repay");

/// One line of a committed distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocationLine {
    /// Bucket position in the equation (0-based).
    pub bucket_index: u32,
    /// Bucket name.
    pub bucket: String,
    /// Bucket type.
    pub bucket_type: BucketType,
    /// Receiving account.
    pub recipient: String,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// The weight behind it, as exact decimal text (for reading).
    pub weight: String,
    /// The stage percents that scaled the weight (`50%`), if any (SPEC
    /// §14; appended in schema 14: older entries have none).
    #[serde(default)]
    pub stage: String,
    /// The bucket's cap in minor units, if it had one.
    #[serde(default)]
    pub cap_minor: Option<i64>,
    /// The recipient was held at that cap.
    #[serde(default)]
    pub capped: bool,
}

/// The part of a reimbursable claim paid by a distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimPaid {
    /// The reimbursable contribution.
    pub contribution: String,
    /// Amount in minor units.
    pub amount_minor: i64,
}

/// A committed distribution of one revenue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DistributionRecord {
    /// Its id.
    pub id: String,
    /// The revenue distributed.
    pub revenue: String,
    /// Name of the equation used.
    pub equation: String,
    /// The lines; they sum to the revenue.
    pub lines: Vec<AllocationLine>,
    /// Reimbursable claims paid.
    pub claims: Vec<ClaimPaid>,
    /// The revision of the revenue it splits (0 as first entered); `None`
    /// in entries written before revenues could be corrected. A merged
    /// distribution of a revenue corrected since is a conflict ("changed
    /// since"): its split was computed for other figures.
    #[serde(default)]
    pub revenue_revision: Option<i64>,
}

/// Lowercase handle or code: 1–32 of `a-z 0-9 _ -`, starting with a letter or digit.
pub fn check_handle(text: &str) -> Result<(), Message> {
    let ok = !text.is_empty()
        && text.len() <= 32
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && text
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(Message::new("err-handle").arg("text", quote_value(text)))
    }
}

/// An entry id: 1–64 of `A-Z a-z 0-9 . _ -`.
pub fn check_id(text: &str) -> Result<(), Message> {
    let ok = !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(Message::new("err-id").arg("text", quote_value(text)))
    }
}

/// The earliest year a date may have (SPEC §11 bounds).
pub const MIN_YEAR: i32 = 1000;
/// The latest year a date may have.
pub const MAX_YEAR: i32 = 9999;

/// Parses an ISO `YYYY-MM-DD` date with a year from [`MIN_YEAR`] to
/// [`MAX_YEAR`].
///
/// ```
/// use openvalue::model::parse_date;
/// assert!(parse_date("2026-03-31").is_ok());
/// assert!(parse_date("-001-05-02").is_err());
/// assert!(parse_date("0999-12-31").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate, Message> {
    // Exactly `DDDD-DD-DD` in ASCII digits: chrono alone accepts signs
    // (`-001-05-02`, `+2026-1-1`) and unpadded fields.
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if shape_ok {
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            use chrono::Datelike;
            if (MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
                return Ok(date);
            }
            return Err(Message::new("err-date-range")
                .arg("text", quote_value(text))
                .arg("min", i64::from(MIN_YEAR))
                .arg("max", i64::from(MAX_YEAR)));
        }
    }
    Err(Message::new("err-date").arg("text", quote_value(text)))
}

/// Parses `true` / `false`.
pub fn parse_bool(text: &str) -> Result<bool, String> {
    match text {
        "true" => Ok(true),
        "false" => Ok(false),
        other => Err(format!(
            "{} is not a boolean: use true or false",
            quote_value(other)
        )),
    }
}

/// Day number used for storage and date arithmetic (days from the common era).
pub fn day_number(date: NaiveDate) -> i64 {
    use chrono::Datelike;
    i64::from(date.num_days_from_ce())
}

/// The date of a stored day number.
pub fn date_of_day(day: i64) -> NaiveDate {
    i32::try_from(day)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles() {
        assert!(check_handle("ana").is_ok());
        assert!(check_handle("ana-2").is_ok());
        assert!(check_handle("Ana").is_err());
        assert!(check_handle("").is_err());
        assert!(check_handle("-x").is_err());
    }

    #[test]
    fn dates() {
        assert!(parse_date("2026-02-28").is_ok());
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("2026-2-3").is_err());
        assert!(parse_date("31/01/2026").is_err());
        let d = parse_date("2026-11-25").unwrap();
        assert_eq!(date_of_day(day_number(d)), d);
    }

    #[test]
    fn enums_parse_their_text() {
        assert_eq!("fund".parse::<AccountType>(), Ok(AccountType::Fund));
        assert!("Fund".parse::<AccountType>().is_err());
        assert_eq!("quantity".parse::<Measure>(), Ok(Measure::Quantity));
    }

    #[test]
    fn regression_negative_year_date_is_refused() {
        assert!(parse_date("-001-05-02").is_err());
        assert!(parse_date("+2026-05-0").is_err());
        assert!(parse_date("0999-12-31").is_err());
        assert!(parse_date("1000-01-01").is_ok());
        assert!(parse_date("9999-12-31").is_ok());
        assert!(parse_date("２０２６-01-01").is_err());
    }

    #[test]
    fn regression_huge_rate_times_multiplier_does_not_overflow() {
        // The defect: 922337203685477 × 9223372036854775 at their scales
        // wrapped to a negative value (release) or panicked (debug).
        let rate_e4 = 922_337_203_685_477 * 10_000;
        let multiplier_e3 = 9_223_372_036_854_775_000;
        assert!(value_of(10_000, rate_e4, multiplier_e3) > 0);
        assert_eq!(checked_value_of(10_000, rate_e4, multiplier_e3), None);
        // The largest value within the bounds is exact.
        let max = checked_value_of(
            money::MAX_MONEY_QUANTITY_E4,
            money::MAX_RATE_E4,
            money::MAX_MULTIPLIER_E3,
        );
        assert_eq!(max, Some(10i128.pow(35)));
    }

    #[test]
    fn values_are_exact() {
        // 2.5 h at 20.00/h with multiplier 2 = 100
        assert_eq!(
            value_of(25_000, 200_000, 2_000),
            100 * 10i128.pow(money::VALUE_SCALE)
        );
    }
}

/// A GIVE epoch (SPEC §15, Coordinape): each member may give up to `give`
/// GIVE to other members of the project between `from` and `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Epoch {
    /// Its id.
    pub id: String,
    /// The project.
    pub project: String,
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// Each member's GIVE budget.
    pub give: i64,
}

/// GIVE from one member to another in an epoch (replaces an earlier give
/// between the same two; 0 withdraws it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Give {
    /// The epoch.
    pub epoch: String,
    /// The giver.
    pub from: String,
    /// The receiver.
    pub to: String,
    /// Whole GIVE, ≥ 0.
    pub amount: i64,
    /// A word of thanks to the receiver (shown only to them in the app
    /// when sign-in is on). Appended in schema 13: older entries have none.
    #[serde(default)]
    pub note: String,
}

/// A community token (SPEC §15): earned by contributing, sent between
/// members, never converted to money.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenDefinition {
    /// Lowercase code (`eco`).
    pub code: String,
    /// Name.
    pub name: String,
    /// Decimal places of its amounts.
    pub scale: u32,
    /// Tokens minted per unit of counted value, × 10⁴.
    pub per_value_e4: i64,
}

/// Tokens sent from one member to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenTransfer {
    /// Its id.
    pub id: String,
    /// The token.
    pub token: String,
    /// The sender.
    pub from: String,
    /// The recipient.
    pub to: String,
    /// Amount in the token's minor units (its scale); > 0.
    pub amount_minor: i64,
    /// Date.
    pub date: NaiveDate,
    /// Free text.
    pub note: String,
}

/// Tokens minted for one counted contribution: ⌊value × per-value⌋ at the
/// token's scale, from a value at scale 10¹¹ ([`value_of`]). Exact.
pub fn tokens_minted(value_e11: i128, per_value_e4: i64, scale: u32) -> i128 {
    // value·X·10^S = value_e11 · per_value_e4 · 10^S / 10^15.
    let numerator = value_e11
        .saturating_mul(i128::from(per_value_e4))
        .saturating_mul(10i128.saturating_pow(scale));
    numerator.div_euclid(10i128.pow(15))
}

/// One owner of a resource and their whole-number share (SPEC §14).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceOwner {
    /// A member's or fund's handle.
    pub handle: String,
    /// Whole-number weight, ≥ 1.
    pub share: i64,
}

/// A resource whose use credits its owners (SPEC §14, NRP's upstream
/// flows); fixed once defined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceDefinition {
    /// Lowercase code (`laser`).
    pub code: String,
    /// Name.
    pub name: String,
    /// Unit of use (`hours`).
    pub unit: String,
    /// Value per unit of use, scaled by 10^[`money::RATE_SCALE`].
    pub rate_e4: i64,
    /// The owners, each named once.
    pub owners: Vec<ResourceOwner>,
}

/// A use of a resource on a project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceUse {
    /// Its id.
    pub id: String,
    /// The resource's code.
    pub resource: String,
    /// The project it was used for.
    pub project: String,
    /// Date of the use.
    pub date: NaiveDate,
    /// Quantity used, scaled by 10^[`money::QUANTITY_SCALE`]; > 0.
    pub quantity_e4: i64,
    /// Who used it (recorded only).
    pub by: Option<String>,
}

/// The built-in kind of the contributions a resource's use credits to its
/// owners (SPEC §14).
pub const RESOURCE_USE_KIND: &str = "resource-use";

/// The largest value of one use, quantity × rate, in currency units
/// (SPEC §11 bounds): its value at 10⁻¹¹ then fits the allocation rule's
/// u64 amount (10¹⁹ < 1.8·10¹⁹).
pub const MAX_USE_VALUE_UNITS: i64 = 100_000_000;

/// The largest share of one owner, and the most owners of a resource.
pub const MAX_RESOURCE_SHARE: i64 = 1_000_000;
/// The most owners a resource may have.
pub const MAX_RESOURCE_OWNERS: usize = 100;

/// A use's value, quantity × rate, scaled by 10^[`money::VALUE_SCALE`].
pub fn use_value(quantity_e4: i64, rate_e4: i64) -> i128 {
    value_of(quantity_e4, rate_e4, 10i64.pow(money::MULTIPLIER_SCALE))
}

/// Each owner's credit from one use, in owner order: the use's value
/// (quantity × rate, at 10⁻¹¹, the finest scale values are kept in) split
/// by their shares with the allocation rule (largest remainder, ties to
/// the handle first in byte order). Exact; `None` when the value is
/// outside the bounds (negative, or above [`MAX_USE_VALUE_UNITS`]) or no
/// owner has a share.
///
/// ```
/// use openvalue::model::{resource_credits, ResourceOwner};
/// let o = |h: &str, share| ResourceOwner { handle: h.into(), share };
/// // 3 h at 10.00 = 30, split 2:1:1 → 15, 7.5, 7.5 (at 10⁻¹¹).
/// let c = resource_credits(30_000, 100_000, &[o("ana", 2), o("ben", 1), o("commons", 1)]).unwrap();
/// assert_eq!(c, vec![15 * 10i128.pow(11), 75 * 10i128.pow(10), 75 * 10i128.pow(10)]);
/// ```
pub fn resource_credits(
    quantity_e4: i64,
    rate_e4: i64,
    owners: &[ResourceOwner],
) -> Option<Vec<i128>> {
    let value = use_value(quantity_e4, rate_e4);
    let max = i128::from(MAX_USE_VALUE_UNITS) * 10i128.pow(money::VALUE_SCALE);
    if !(0..=max).contains(&value) || owners.iter().any(|o| o.share < 0) {
        return None;
    }
    let amount = u64::try_from(value).ok()?;
    let weights: Vec<(&str, num_bigint::BigUint)> = owners
        .iter()
        .map(|o| {
            (
                o.handle.as_str(),
                num_bigint::BigUint::from(o.share.unsigned_abs()),
            )
        })
        .collect();
    let shares = crate::split::allocate(amount, &weights).ok()?;
    Some(shares.into_iter().map(i128::from).collect())
}

/// The id of the claim a fund owner holds from one use (SPEC §14): the
/// use's id and the fund's handle, joined by `/`, which no id or handle
/// contains, so it never names a contribution.
pub fn resource_claim_id(use_id: &str, fund: &str) -> String {
    format!("{use_id}/{fund}")
}
