//! Equations: a project's distribution rule, read from TOML (SPEC §4).
//!
//! Reading is strict: an unknown key, a malformed share, two `rest`
//! buckets, percentages over 100, an unknown fund, kind or policy are all
//! reported with the file, line and column of the offending text.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use thiserror::Error;
use toml::Spanned;

use crate::catalog::Catalog;
use crate::i18n::Message;
use crate::model::{AccountType, BucketType};
use crate::money::{parse_percent, Share};
use crate::validate::{name_text, quote_value, unknown_message, MAX_EQUATION_BYTES};

/// One problem in an equation file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EquationProblem {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong (English).
    pub message: String,
    /// The same to render in the user's language (none for the TOML
    /// parser's own words, which stay as it wrote them).
    #[serde(skip)]
    pub says: Option<Message>,
}

impl EquationProblem {
    /// What is wrong, in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        match &self.says {
            Some(says) => says.render(lang),
            None => self.message.clone(),
        }
    }
}

/// An equation was refused.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum EquationError {
    /// The file has problems.
    #[error("{}", describe(.file, .problems))]
    Invalid {
        /// File name as given.
        file: String,
        /// Every problem found.
        problems: Vec<EquationProblem>,
    },
    /// A project has no equation and there is no default.
    #[error("project '{project}' has no equation in force on {date}: set an equation for the project, or a ledger default for every project")]
    Missing {
        /// Project code.
        project: String,
        /// Revenue date.
        date: chrono::NaiveDate,
    },
}

fn describe(file: &str, problems: &[EquationProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{file}:{}:{}: {}", p.line, p.column, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How a policy bucket weighs members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "policy")]
pub enum Policy {
    /// Σ value of all eligible contributions.
    Lifetime,
    /// Σ value since the latest earlier distribution.
    Period,
    /// Σ value × a weekly decay factor.
    Recent {
        /// Decay per week in hundredths of a percent.
        decay_e2: i64,
    },
    /// Lifetime share minus what was already paid (SourceCred's BALANCED).
    Balanced,
    /// One each.
    Equal {
        /// Contributors or all active members.
        among: Among,
    },
    /// GIVE received in the project's closed epochs (SPEC §15).
    Peer,
}

impl Policy {
    /// The policy's name as written in equations.
    pub fn name(&self) -> &'static str {
        match self {
            Policy::Lifetime => "lifetime",
            Policy::Period => "period",
            Policy::Recent { .. } => "recent",
            Policy::Balanced => "balanced",
            Policy::Equal { .. } => "equal",
            Policy::Peer => "peer",
        }
    }
}

/// Who shares an `equal` bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Among {
    /// Members with at least one eligible contribution.
    Contributors,
    /// Every active member.
    Members,
}

/// Where a bucket's money goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// All to one fund.
    Fund(String),
    /// Open reimbursable claims, oldest first.
    Reimburse,
    /// Split among members by a policy.
    Policy(Policy),
    /// Open deferred claims, oldest first (SPEC §14).
    Repay,
}

/// One bucket of an equation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    /// Unique name in the equation.
    pub name: String,
    /// A percentage or the rest.
    pub share: Share,
    /// Where the money goes.
    pub target: Target,
    /// Only these kinds (policy and reimbursement buckets); `None` = all eligible.
    pub kinds: Option<Vec<String>>,
    /// The most one recipient takes from a policy bucket (SPEC §14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Cap>,
}

/// The most one recipient takes from a policy bucket (SPEC §14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cap {
    /// A percentage of the bucket's amount, in hundredths of a percent:
    /// c = ⌊B·N/100⌋ minor units.
    Percent(i64),
    /// An amount, in minor units of the ledger's currency.
    Amount(i64),
}

impl Cap {
    /// The cap in minor units for a bucket of `bucket_amount`.
    pub fn minor_units(self, bucket_amount: u64) -> u64 {
        match self {
            // ≤ 100 %, so ⌊B·N/10⁴⌋ ≤ B; u128 holds B·N.
            Cap::Percent(n) => {
                (u128::from(bucket_amount) * n.clamp(0, 10_000) as u128 / 10_000) as u64
            }
            Cap::Amount(minor) => u64::try_from(minor).unwrap_or(0),
        }
    }
}

impl Bucket {
    /// The bucket's type.
    pub fn bucket_type(&self) -> BucketType {
        match self.target {
            Target::Fund(_) => BucketType::Fund,
            Target::Reimburse => BucketType::Reimburse,
            Target::Policy(_) => BucketType::Policy,
            Target::Repay => BucketType::Repay,
        }
    }
}

/// A validated equation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Equation {
    /// Its name.
    pub name: String,
    /// Buckets in file order.
    pub buckets: Vec<Bucket>,
}

impl fmt::Display for Equation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)
    }
}

// Unknown keys are not refused by serde (which stops at the first one) but
// by `unknown_keys`, which reports every one with its line and column.
#[derive(Deserialize)]
struct RawEquation {
    name: Option<Spanned<String>>,
    #[serde(default)]
    bucket: Vec<Spanned<RawBucket>>,
}

/// Why a bucket's `kinds` list cannot name `kind`, if it cannot: each
/// bucket counts one class of kinds (SPEC §4, §14).
fn kind_mismatch(target: &Target, kind: &crate::model::Kind) -> Option<Message> {
    use crate::model::KindClass;
    let key = match (target, kind.class()?) {
        (Target::Reimburse, KindClass::Reimbursable)
        | (Target::Repay, KindClass::Deferred)
        | (Target::Policy(_), KindClass::Shared)
        | (Target::Fund(_), _) => None,
        (Target::Reimburse, _) => Some("err-equation-kind-not_reimbursable"),
        (Target::Repay, _) => Some("err-equation-kind-not_deferred"),
        (Target::Policy(_), KindClass::Reimbursable) => Some("err-equation-kind-reimbursable"),
        (Target::Policy(_), KindClass::Deferred) => Some("err-equation-kind-deferred"),
    }?;
    Some(Message::new(key).arg("kind", format!("'{}'", kind.code)))
}

/// The keys of an equation's top level.
const EQUATION_KEYS: [&str; 2] = ["name", "bucket"];
/// The keys of a `[[bucket]]`.
const BUCKET_KEYS: [&str; 10] = [
    "name",
    "share",
    "fund",
    "reimburse",
    "repay",
    "policy",
    "kinds",
    "decay",
    "among",
    "cap",
];

#[derive(Deserialize)]
struct RawBucket {
    name: Option<Spanned<String>>,
    share: Option<Spanned<String>>,
    fund: Option<Spanned<String>>,
    reimburse: Option<Spanned<bool>>,
    repay: Option<Spanned<bool>>,
    policy: Option<Spanned<String>>,
    kinds: Option<Spanned<Vec<Spanned<String>>>>,
    decay: Option<Spanned<String>>,
    among: Option<Spanned<String>>,
    cap: Option<Spanned<String>>,
}

#[derive(Deserialize)]
struct NameOnly {
    name: Option<String>,
}

/// The `name` of an equation source, or "Equation" if it has none.
pub fn name_of(source: &str) -> String {
    toml::from_str::<NameOnly>(source)
        .ok()
        .and_then(|n| n.name)
        .unwrap_or_else(|| "Equation".to_string())
}

struct Problems<'a> {
    source: &'a str,
    list: Vec<EquationProblem>,
}

impl Problems<'_> {
    /// A problem at `span`: a catalogue message, or English text (the
    /// TOML parser's).
    fn at(&mut self, span: Range<usize>, message: impl Into<Message>) {
        let (line, column) = line_column(self.source, span.start);
        let message = message.into();
        let says = match &message {
            Message::Key { .. } | Message::Refused(_) => Some(message.clone()),
            _ => None,
        };
        self.list.push(EquationProblem {
            line,
            column,
            message: message.to_string(),
            says,
        });
    }
}

fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count() + 1)
        .unwrap_or(1);
    (line, column)
}

/// Parses and validates an equation against the ledger's catalog.
///
/// ```
/// # use openvalue::equation::parse;
/// let err = parse("festival.toml", "[[bucket]]\nshare = \"rest\"\npolicy = \"forever\"\n", None).unwrap_err();
/// assert!(err.to_string().starts_with("festival.toml:3:10: unknown policy 'forever'"));
/// ```
pub fn parse(
    file: &str,
    source: &str,
    catalog: Option<&Catalog>,
) -> Result<Equation, EquationError> {
    let mut p = Problems {
        source,
        list: Vec::new(),
    };
    if source.len() > MAX_EQUATION_BYTES {
        p.at(
            0..0,
            Message::new("err-equation-too_large")
                .arg("bytes", source.len().to_string())
                .arg("max", MAX_EQUATION_BYTES.to_string()),
        );
        return Err(EquationError::Invalid {
            file: file.to_string(),
            problems: p.list,
        });
    }
    let raw: RawEquation = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            // The TOML parser's own words (technical, like SQLite's).
            p.at(span, e.message().trim().to_string());
            return Err(EquationError::Invalid {
                file: file.to_string(),
                problems: p.list,
            });
        }
    };
    unknown_keys(&mut p, source);
    let name = match &raw.name {
        Some(n) => match name_text("name", n.get_ref()) {
            Ok(name) => name,
            Err(message) => {
                p.at(n.span(), message);
                String::new()
            }
        },
        None => "Equation".to_string(),
    };
    if raw.bucket.is_empty() {
        p.at(0..0, Message::new("err-equation-no_buckets"));
    }
    let mut buckets = Vec::new();
    let mut rest_at: Option<Range<usize>> = None;
    let mut percent_total: i64 = 0;
    // A share already reported as wrong makes the total meaningless: one
    // clear message ("over 100%"), not a second one about the total.
    let mut share_invalid = false;
    let mut names = std::collections::HashMap::new();
    for (index, spanned) in raw.bucket.iter().enumerate() {
        let rb = spanned.get_ref();
        let bucket_span = spanned.span();
        let name = match &rb.name {
            Some(n) => match name_text("name", n.get_ref()) {
                Ok(text) => text,
                Err(message) => {
                    p.at(n.span(), message);
                    n.get_ref().trim().to_string()
                }
            },
            None => format!("Bucket {}", index + 1),
        };
        if let Some(first) = names.insert(name.clone(), index) {
            let span = rb
                .name
                .as_ref()
                .map(|n| n.span())
                .unwrap_or(bucket_span.clone());
            p.at(
                span,
                Message::new("err-equation-name_twice")
                    .arg("name", quote_value(&name))
                    .arg("first", first + 1),
            );
        }
        let share = match &rb.share {
            None => {
                p.at(
                    bucket_span.clone(),
                    Message::new("err-equation-no_share").arg("name", quote_value(&name)),
                );
                share_invalid = true;
                None
            }
            Some(s) if s.get_ref() == "rest" => {
                if rest_at.is_some() {
                    p.at(s.span(), Message::new("err-equation-two_rests"));
                }
                rest_at = Some(s.span());
                Some(Share::Rest)
            }
            Some(s) => match parse_percent(s.get_ref()) {
                Ok(v) if v > 10_000 => {
                    p.at(
                        s.span(),
                        Message::new("err-equation-share_over")
                            .arg("share", quote_value(s.get_ref())),
                    );
                    share_invalid = true;
                    None
                }
                Ok(v) => {
                    percent_total += v;
                    if percent_total > 10_000 {
                        p.at(
                            s.span(),
                            Message::new("err-equation-total_over").arg(
                                "total",
                                crate::money::format_trimmed(i128::from(percent_total), 2),
                            ),
                        );
                    }
                    Some(Share::Percent(v))
                }
                Err(_) => {
                    p.at(s.span(), share_message(s.get_ref()));
                    share_invalid = true;
                    None
                }
            },
        };
        let targets = [
            rb.fund.is_some(),
            rb.reimburse.is_some(),
            rb.repay.is_some(),
            rb.policy.is_some(),
        ]
        .iter()
        .filter(|t| **t)
        .count();
        if targets != 1 {
            p.at(
                bucket_span.clone(),
                Message::new("err-equation-one_target").arg("name", quote_value(&name)),
            );
        }
        let target = if let Some(fund) = &rb.fund {
            if let Some(catalog) = catalog {
                match catalog.accounts.get(fund.get_ref()) {
                    Some(a) if a.account_type == AccountType::Fund => {}
                    Some(_) => p.at(
                        fund.span(),
                        Message::new("err-equation-member_not_fund")
                            .arg("fund", quote_value(fund.get_ref())),
                    ),
                    None => p.at(
                        fund.span(),
                        unknown_message(
                            "fund",
                            fund.get_ref(),
                            catalog
                                .accounts
                                .values()
                                .filter(|a| a.account_type == AccountType::Fund)
                                .map(|a| &a.handle),
                        ),
                    ),
                }
            }
            Some(Target::Fund(fund.get_ref().clone()))
        } else if let Some(reimburse) = &rb.reimburse {
            if !reimburse.get_ref() {
                p.at(
                    reimburse.span(),
                    Message::new("err-equation-only_true").arg("key", "reimburse"),
                );
            }
            Some(Target::Reimburse)
        } else if let Some(repay) = &rb.repay {
            if !repay.get_ref() {
                p.at(
                    repay.span(),
                    Message::new("err-equation-only_true").arg("key", "repay"),
                );
            }
            Some(Target::Repay)
        } else if let Some(policy) = &rb.policy {
            parse_policy(&mut p, rb, policy).map(Target::Policy)
        } else {
            None
        };
        let policy_name = rb.policy.as_ref().map(|p| p.get_ref().as_str());
        if policy_name != Some("recent") {
            if let Some(d) = &rb.decay {
                p.at(
                    d.span(),
                    Message::new("err-equation-only_policy")
                        .arg("key", "decay")
                        .arg("policy", "recent"),
                );
            }
        }
        if policy_name != Some("equal") {
            if let Some(a) = &rb.among {
                p.at(
                    a.span(),
                    Message::new("err-equation-only_policy")
                        .arg("key", "among")
                        .arg("policy", "equal"),
                );
            }
        }
        let kinds = match &rb.kinds {
            None => None,
            Some(list) => {
                if matches!(target, Some(Target::Fund(_))) {
                    p.at(list.span(), Message::new("err-equation-fund_kinds"));
                }
                if list.get_ref().is_empty() {
                    p.at(list.span(), Message::new("err-equation-empty_kinds"));
                }
                if let Some(catalog) = catalog {
                    for k in list.get_ref() {
                        match catalog.kinds.get(k.get_ref()) {
                            // The built-in kind of resource credits (SPEC
                            // §14): members' earn policy shares, funds'
                            // are claims repaid; reimbursing takes none.
                            None if k.get_ref() == crate::model::RESOURCE_USE_KIND => {
                                if matches!(target, Some(Target::Reimburse)) {
                                    p.at(k.span(), Message::new("err-equation-resource_credits"));
                                }
                            }
                            None => p.at(
                                k.span(),
                                unknown_message("kind", k.get_ref(), catalog.kinds.keys()),
                            ),
                            Some(kind) if kind.gift => p.at(
                                k.span(),
                                Message::new("err-equation-kind-gift")
                                    .arg("kind", format!("'{}'", kind.code)),
                            ),
                            Some(kind) => {
                                if let Some(message) =
                                    target.as_ref().and_then(|t| kind_mismatch(t, kind))
                                {
                                    p.at(k.span(), message);
                                }
                            }
                        }
                    }
                }
                Some(list.get_ref().iter().map(|k| k.get_ref().clone()).collect())
            }
        };
        let cap = rb.cap.as_ref().and_then(|cap| {
            if !matches!(target, Some(Target::Policy(_))) {
                p.at(cap.span(), Message::new("err-equation-cap_policy"));
                return None;
            }
            match parse_cap(cap.get_ref(), catalog) {
                Ok(c) => Some(c),
                Err(message) => {
                    p.at(cap.span(), message);
                    None
                }
            }
        });
        if let (Some(share), Some(target)) = (share, target) {
            buckets.push(Bucket {
                name,
                share,
                target,
                kinds,
                cap,
            });
        }
    }
    if rest_at.is_none()
        && !raw.bucket.is_empty()
        && !share_invalid
        && percent_total != 10_000
        && percent_total <= 10_000
    {
        p.at(
            raw.bucket.last().map(|b| b.span()).unwrap_or(0..0),
            Message::new("err-equation-total").arg(
                "total",
                crate::money::format_trimmed(i128::from(percent_total), 2),
            ),
        );
    }
    p.list.sort_by_key(|problem| (problem.line, problem.column));
    if p.list.is_empty() {
        Ok(Equation { name, buckets })
    } else {
        Err(EquationError::Invalid {
            file: file.to_string(),
            problems: p.list,
        })
    }
}

/// Reads `cap = "N%"` (above 0, at most 100) or `cap = "AMOUNT"` (in the
/// ledger's currency; EUR's two decimals when there is no ledger).
fn parse_cap(text: &str, catalog: Option<&Catalog>) -> Result<Cap, Message> {
    if text.ends_with('%') {
        return match parse_percent(text) {
            Ok(n) if n > 0 && n <= 10_000 => Ok(Cap::Percent(n)),
            _ => Err(Message::new("err-equation-cap_percent").arg("cap", quote_value(text))),
        };
    }
    let currency = match catalog {
        Some(c) => c.currency.clone(),
        None => crate::money::Currency::new("EUR", Some(2)).map_err(|e| e.message())?,
    };
    currency.parse_amount(text).map(Cap::Amount).map_err(|_| {
        Message::new("err-equation-cap")
            .arg("cap", quote_value(text))
            .arg("currency", currency.code.as_str())
            .arg("scale", i64::from(currency.scale))
    })
}

/// The message for a share that is neither a percentage nor "rest",
/// suggesting the spelling without spaces when that one is right.
fn share_message(text: &str) -> Message {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact != text && (compact == "rest" || parse_percent(&compact).is_ok()) {
        return Message::new("err-equation-share_spaces")
            .arg("share", quote_value(text))
            .arg("compact", format!("\"{compact}\""));
    }
    Message::new("err-equation-share").arg("share", quote_value(text))
}

/// Reports every key the equation format does not have, each at its own
/// line and column (serde's `deny_unknown_fields` stops at the first).
fn unknown_keys(p: &mut Problems<'_>, source: &str) {
    // The typed parse already succeeded, so this one does too; if it did
    // not, the typed parse's error is the one reported.
    let Ok(document) = toml::de::DeTable::parse(source) else {
        return;
    };
    for (key, value) in document.get_ref().iter() {
        let key_text: &str = key.get_ref();
        if !EQUATION_KEYS.contains(&key_text) {
            p.at(
                key.span(),
                Message::new("err-equation-unknown_key").arg("key", quote_value(key_text)),
            );
            continue;
        }
        let Some(buckets) = value.get_ref().as_array().filter(|_| key_text == "bucket") else {
            continue;
        };
        for bucket in buckets.iter() {
            let Some(table) = bucket.get_ref().as_table() else {
                continue;
            };
            for (key, _) in table.iter() {
                let key_text: &str = key.get_ref();
                if !BUCKET_KEYS.contains(&key_text) {
                    p.at(
                        key.span(),
                        Message::new("err-equation-unknown_bucket_key")
                            .arg("key", quote_value(key_text))
                            .arg("keys", BUCKET_KEYS.join(", ")),
                    );
                }
            }
        }
    }
}

fn parse_policy(p: &mut Problems<'_>, rb: &RawBucket, policy: &Spanned<String>) -> Option<Policy> {
    match policy.get_ref().as_str() {
        "lifetime" => Some(Policy::Lifetime),
        "period" => Some(Policy::Period),
        "balanced" => Some(Policy::Balanced),
        "peer" => Some(Policy::Peer),
        "recent" => {
            let decay_e2 = match &rb.decay {
                None => 1_000,
                Some(d) => match parse_percent(d.get_ref()) {
                    Ok(v) if v <= 10_000 => v,
                    _ => {
                        p.at(
                            d.span(),
                            Message::new("err-equation-decay")
                                .arg("decay", quote_value(d.get_ref())),
                        );
                        return None;
                    }
                },
            };
            Some(Policy::Recent { decay_e2 })
        }
        "equal" => {
            let among = match rb.among.as_ref().map(|a| (a.get_ref().as_str(), a.span())) {
                None | Some(("contributors", _)) => Among::Contributors,
                Some(("members", _)) => Among::Members,
                Some((other, span)) => {
                    p.at(
                        span,
                        Message::new("err-equation-among").arg("among", quote_value(other)),
                    );
                    return None;
                }
            };
            Some(Policy::Equal { among })
        }
        other => {
            p.at(
                policy.span(),
                Message::new("err-equation-policy").arg("policy", quote_value(other)),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(source: &str) -> Vec<String> {
        match parse("eq.toml", source, None) {
            Ok(_) => vec![],
            Err(e) => e.to_string().lines().map(str::to_string).collect(),
        }
    }

    #[test]
    fn the_spec_example_parses() {
        let eq = parse(
            "eq.toml",
            r#"name = "Festival 2026"

[[bucket]]
name = "Commons fund"
share = "10%"
fund = "commons"

[[bucket]]
name = "Expenses"
share = "30%"
reimburse = true

[[bucket]]
name = "Contributors"
share = "rest"
policy = "lifetime"
kinds = ["work", "care", "cash"]
"#,
            None,
        )
        .unwrap();
        assert_eq!(eq.name, "Festival 2026");
        assert_eq!(eq.buckets.len(), 3);
        assert_eq!(eq.buckets[0].share, Share::Percent(1000));
        assert_eq!(eq.buckets[2].target, Target::Policy(Policy::Lifetime));
        assert_eq!(eq.buckets[2].kinds.as_ref().unwrap().len(), 3);
    }

    #[test]
    fn unknown_key_names_line_and_column() {
        let p = problems("[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\nweight = 3\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("eq.toml:4:1:"), "{p:?}");
        assert!(p[0].contains("weight"), "{p:?}");
    }

    #[test]
    fn two_rest_buckets() {
        let p = problems("[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n");
        assert_eq!(p, vec!["eq.toml:5:9: only one bucket can take the rest"]);
    }

    #[test]
    fn percentages_over_100() {
        let p = problems("[[bucket]]\nshare = \"60%\"\npolicy = \"lifetime\"\n[[bucket]]\nshare = \"50%\"\npolicy = \"equal\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n");
        assert_eq!(
            p,
            vec!["eq.toml:5:9: the percentages add up to 110% by here, over 100%"]
        );
    }

    #[test]
    fn not_100_without_rest() {
        let p = problems("[[bucket]]\nshare = \"60%\"\npolicy = \"lifetime\"\n");
        assert_eq!(p.len(), 1);
        assert!(p[0].contains("must total exactly 100%, not 60%"), "{p:?}");
    }

    #[test]
    fn malformed_and_negative_percentages() {
        assert!(problems("[[bucket]]\nshare = \"-10%\"\npolicy = \"lifetime\"\n[[bucket]]\nshare=\"rest\"\npolicy=\"equal\"\n")[0]
            .contains("share '-10%' is not a percentage"));
        assert!(problems("[[bucket]]\nshare = \"ten\"\npolicy = \"lifetime\"\n[[bucket]]\nshare=\"rest\"\npolicy=\"equal\"\n")[0]
            .contains("share 'ten' is not a percentage"));
    }

    #[test]
    fn decay_range() {
        let p = problems("[[bucket]]\nshare = \"rest\"\npolicy = \"recent\"\ndecay = \"150%\"\n");
        assert_eq!(
            p,
            vec!["eq.toml:4:9: decay '150%' must be a percentage from \"0%\" to \"100%\""]
        );
        assert!(
            problems("[[bucket]]\nshare = \"rest\"\npolicy = \"recent\"\ndecay = \"0%\"\n")
                .is_empty()
        );
    }

    #[test]
    fn exactly_one_target() {
        let p =
            problems("[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\nfund = \"commons\"\n");
        assert!(p[0].contains("exactly one of"), "{p:?}");
    }

    #[test]
    fn regression_share_with_a_space_is_refused_with_a_suggestion() {
        let p = problems("[[bucket]]\nshare = \"10 %\"\nfund = \"commons\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n");
        assert_eq!(
            p,
            vec!["eq.toml:2:9: share '10 %' has spaces: write \"10%\""]
        );
    }

    #[test]
    fn regression_empty_equation_name_is_refused() {
        let p = problems("name = \"  \"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n");
        assert_eq!(p, vec!["eq.toml:1:8: name is empty"]);
        let p =
            problems("name = \"a\\u001b[2Jb\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("control character"), "{p:?}");
    }

    #[test]
    fn regression_50_mb_equation_name_is_refused() {
        let source = format!(
            "name = \"{}\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n",
            "x".repeat(50_000_000)
        );
        let p = problems(&source);
        assert_eq!(p.len(), 1);
        assert_eq!(
            p,
            vec!["eq.toml:1:1: the file is 50000053 bytes; an equation file may have at most 1000000"]
        );
        // Under the file limit, a name over 200 characters is refused and
        // the message quotes at most 80 of them.
        let source = format!(
            "name = \"{}\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n",
            "x".repeat(201)
        );
        let p = problems(&source);
        assert_eq!(p.len(), 1);
        assert!(p[0].contains("longer than 200 characters"), "{p:?}");
        assert!(p[0].len() < 200, "{p:?}");
        let ok = format!(
            "name = \"{}\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"equal\"\n",
            "é".repeat(200)
        );
        assert!(problems(&ok).is_empty());
    }

    #[test]
    fn regression_share_over_100_percent_has_one_message() {
        let p = problems("[[bucket]]\nshare = \"100.01%\"\npolicy = \"lifetime\"\n");
        assert_eq!(p, vec!["eq.toml:2:9: share '100.01%' is over 100%"]);
    }

    #[test]
    fn regression_every_unknown_toml_key_is_reported() {
        let p = problems(
            "nmae = \"x\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\nweight = 3\nfunds = \"commons\"\n",
        );
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].starts_with("eq.toml:1:1: unknown key 'nmae'"), "{p:?}");
        assert!(
            p[1].starts_with("eq.toml:5:1: unknown key 'weight' in a bucket"),
            "{p:?}"
        );
        assert!(
            p[2].starts_with("eq.toml:6:1: unknown key 'funds' in a bucket"),
            "{p:?}"
        );
    }

    #[test]
    fn toml_syntax_errors_have_positions() {
        let p = problems("name = \"x\n");
        assert!(p[0].starts_with("eq.toml:1:"), "{p:?}");
    }
}
