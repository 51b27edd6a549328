//! Turning raw text fields into validated records, against the [`Catalog`].
//!
//! Pure functions: each returns the record or every problem found, each
//! naming its field, so the CSV importer can point at `FILE:LINE:COLUMN`
//! and the CLI and the app at the argument or form field.

use chrono::NaiveDate;

use crate::model::{
    check_handle, check_id, parse_bool, parse_date, Account, AccountType, ContributionRecord, Kind,
    KindVersion, Measure, Project, RevenueRecord, Status,
};
use crate::money::{self, parse_positive, DecimalError};
use crate::store::query::{suggest, Catalog};

/// A problem with one field of an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field (CSV column name, CLI argument).
    pub field: &'static str,
    /// What is wrong, with a hint where one helps.
    pub message: String,
}

/// Collects problems while fields are parsed.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<FieldProblem>);

impl Problems {
    /// Records a problem.
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FieldProblem {
            field,
            message: message.into(),
        });
    }
    /// Keeps the value or records the error.
    pub fn take<T>(&mut self, field: &'static str, result: Result<T, String>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(m) => {
                self.add(field, m);
                None
            }
        }
    }
    /// The result: `value` if nothing was recorded.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<FieldProblem>> {
        match value {
            Some(v) if self.0.is_empty() => Ok(v),
            _ => Err(self.0),
        }
    }
}

/// `unknown member 'anna' — did you mean 'ana'?`
pub fn unknown_with_hint<'a>(
    what: &str,
    word: &str,
    candidates: impl Iterator<Item = &'a String>,
) -> String {
    match suggest(word, candidates) {
        Some(best) => format!(
            "unknown {what} {} — did you mean '{best}'?",
            crate::text::quote(word)
        ),
        None => format!("unknown {what} {}", crate::text::quote(word)),
    }
}

fn optional(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.is_empty())
}

fn decimal_message(e: DecimalError) -> String {
    e.to_string()
}

/// Raw fields of a member or fund.
#[derive(Debug, Clone, Default)]
pub struct RawAccount<'a> {
    /// Handle.
    pub handle: &'a str,
    /// Name.
    pub name: &'a str,
    /// Joined on (optional).
    pub joined_on: Option<&'a str>,
    /// member | fund (optional, default member).
    pub account_type: Option<&'a str>,
    /// active | left (optional, default active).
    pub status: Option<&'a str>,
}

/// Validates an account.
pub fn account(raw: &RawAccount<'_>) -> Result<Account, Vec<FieldProblem>> {
    let mut p = Problems::default();
    let handle = p.take(
        "handle",
        check_handle(raw.handle).map(|_| raw.handle.to_string()),
    );
    let name = p.take("name", non_empty("name", raw.name));
    let joined_on = match optional(raw.joined_on) {
        Some(t) => p.take("joined_on", parse_date(t)).map(Some),
        None => Some(None),
    };
    let account_type = match optional(raw.account_type) {
        Some(t) => p.take("type", t.parse::<AccountType>()),
        None => Some(AccountType::Member),
    };
    let status = match optional(raw.status) {
        Some(t) => p.take("status", t.parse::<Status>()),
        None => Some(Status::Active),
    };
    let value = (|| {
        Some(Account {
            handle: handle?,
            name: name?,
            account_type: account_type?,
            status: status?,
            joined_on: joined_on?,
        })
    })();
    p.finish(value)
}

fn non_empty(field: &str, text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        Err(format!("{field} is empty"))
    } else {
        Ok(t.to_string())
    }
}

/// Validates a project (the parent is checked against `catalog` and `also_known`).
pub fn project(
    catalog: &Catalog,
    code: &str,
    name: &str,
    parent: Option<&str>,
    also_known: &dyn Fn(&str) -> bool,
) -> Result<Project, Vec<FieldProblem>> {
    let mut p = Problems::default();
    let code_ok = p.take("code", check_handle(code).map(|_| code.to_string()));
    let name = p.take("name", non_empty("name", name));
    let parent = match optional(parent) {
        Some(parent) if parent == code => {
            p.add(
                "parent",
                format!("project '{code}' cannot be its own parent"),
            );
            None
        }
        Some(parent) if catalog.projects.contains_key(parent) || also_known(parent) => {
            Some(Some(parent.to_string()))
        }
        Some(parent) => {
            p.add(
                "parent",
                unknown_with_hint("project", parent, catalog.projects.keys()),
            );
            None
        }
        None => Some(None),
    };
    let value = (|| {
        Some(Project {
            code: code_ok?,
            name: name?,
            parent: parent?,
        })
    })();
    p.finish(value)
}

/// Raw fields of a kinds.csv row.
#[derive(Debug, Clone, Default)]
pub struct RawKind<'a> {
    /// Code.
    pub code: &'a str,
    /// Name.
    pub name: &'a str,
    /// hours | money | quantity.
    pub measure: &'a str,
    /// Unit label (quantity kinds).
    pub unit: Option<&'a str>,
    /// Rate.
    pub rate: &'a str,
    /// Multiplier (default 1).
    pub multiplier: Option<&'a str>,
    /// Gift (default false).
    pub gift: Option<&'a str>,
    /// Reimbursable (default false).
    pub reimbursable: Option<&'a str>,
    /// Effective from (default: the beginning).
    pub effective_from: Option<&'a str>,
}

/// Validates a kind row: the kind and one version of its rate.
pub fn kind(raw: &RawKind<'_>) -> Result<(Kind, KindVersion), Vec<FieldProblem>> {
    let mut p = Problems::default();
    let code = p.take("code", check_handle(raw.code).map(|_| raw.code.to_string()));
    let name = p.take("name", non_empty("name", raw.name));
    let measure = p.take("measure", raw.measure.parse::<Measure>());
    let unit = optional(raw.unit).map(str::to_string);
    if let (Some(m), Some(u)) = (measure, &unit) {
        if m != Measure::Quantity {
            p.add(
                "unit",
                format!("unit '{u}' applies only to measure quantity, not {m}"),
            );
        }
    }
    if measure == Some(Measure::Quantity) && unit.is_none() {
        p.add("unit", "a quantity kind needs a unit label, such as words");
    }
    let rate = p.take(
        "rate",
        money::parse_scaled(raw.rate, money::RATE_SCALE)
            .map_err(decimal_message)
            .and_then(|v| {
                i64::try_from(v).map_err(|_| format!("rate '{}' is too large", raw.rate))
            }),
    );
    let multiplier = match optional(raw.multiplier) {
        Some(t) => p.take(
            "multiplier",
            money::parse_scaled(t, money::MULTIPLIER_SCALE)
                .map_err(decimal_message)
                .and_then(|v| {
                    i64::try_from(v).map_err(|_| format!("multiplier '{t}' is too large"))
                }),
        ),
        None => Some(10i64.pow(money::MULTIPLIER_SCALE)),
    };
    let gift = match optional(raw.gift) {
        Some(t) => p.take("gift", parse_bool(t)),
        None => Some(false),
    };
    let reimbursable = match optional(raw.reimbursable) {
        Some(t) => p.take("reimbursable", parse_bool(t)),
        None => Some(false),
    };
    if reimbursable == Some(true) && measure.is_some_and(|m| m != Measure::Money) {
        p.add(
            "reimbursable",
            "only a kind with measure money can be reimbursable",
        );
    }
    let effective_from = match optional(raw.effective_from) {
        Some(t) => p.take("effective_from", parse_date(t)).map(Some),
        None => Some(None),
    };
    let value = (|| {
        let code = code?;
        Some((
            Kind {
                code: code.clone(),
                name: name?,
                measure: measure?,
                unit,
                gift: gift?,
                reimbursable: reimbursable?,
            },
            KindVersion {
                kind: code,
                effective_from: effective_from?,
                rate_e4: rate?,
                multiplier_e3: multiplier?,
            },
        ))
    })();
    p.finish(value)
}

/// Raw fields of a contribution.
#[derive(Debug, Clone, Default)]
pub struct RawContribution<'a> {
    /// Id (optional).
    pub id: Option<&'a str>,
    /// Date.
    pub date: &'a str,
    /// Member handle.
    pub member: &'a str,
    /// Project code.
    pub project: &'a str,
    /// Kind code.
    pub kind: &'a str,
    /// Quantity.
    pub quantity: &'a str,
    /// Note (optional).
    pub note: Option<&'a str>,
}

/// Parses a quantity for `kind`: money kinds at the currency's scale,
/// others at 3 places; the result is at the fixed quantity scale.
pub fn quantity_for(catalog: &Catalog, kind: &Kind, text: &str) -> Result<i64, String> {
    let places = match kind.measure {
        Measure::Money => catalog.currency.scale,
        _ => money::QUANTITY_INPUT_PLACES,
    };
    parse_positive(text, places, money::QUANTITY_SCALE).map_err(|e| match e {
        DecimalError::TooManyPlaces { text, places, max } => format!(
            "'{text}' has {places} decimal places; {} kind '{}' allows at most {max}",
            kind.measure, kind.code
        ),
        other => other.to_string(),
    })
}

/// Checks that `member` may contribute: exists and is a member, not a fund.
pub fn contributor(catalog: &Catalog, member: &str) -> Result<(), String> {
    match catalog.accounts.get(member) {
        None => Err(unknown_with_hint("member", member, catalog.accounts.keys())),
        Some(a) if a.account_type == AccountType::Fund => Err(format!(
            "'{member}' is a fund, and a fund cannot contribute"
        )),
        Some(_) => Ok(()),
    }
}

/// Checks that a kind has a rate in force on `date`.
pub fn kind_in_force(catalog: &Catalog, kind: &str, date: NaiveDate) -> Result<(), String> {
    if catalog.version_on(kind, date).is_some() {
        return Ok(());
    }
    let first = catalog
        .versions
        .get(kind)
        .and_then(|v| v.first())
        .and_then(|v| v.effective_from);
    Err(match first {
        Some(first) => format!(
            "{date} is before kind '{kind}' has a rate: its first rate is effective from {first}"
        ),
        None => format!("kind '{kind}' has no rate"),
    })
}

/// Validates a contribution. `id` is left empty when not given; the caller
/// assigns one.
pub fn contribution(
    catalog: &Catalog,
    raw: &RawContribution<'_>,
) -> Result<ContributionRecord, Vec<FieldProblem>> {
    let mut p = Problems::default();
    let id = match optional(raw.id) {
        Some(id) => p.take("id", check_id(id).map(|_| id.to_string())),
        None => Some(String::new()),
    };
    let date = p.take("date", parse_date(raw.date));
    let member = p.take(
        "member",
        contributor(catalog, raw.member).map(|_| raw.member.to_string()),
    );
    let project = if catalog.projects.contains_key(raw.project) {
        Some(raw.project.to_string())
    } else {
        p.add(
            "project",
            unknown_with_hint("project", raw.project, catalog.projects.keys()),
        );
        None
    };
    let kind = match catalog.kinds.get(raw.kind) {
        Some(k) => Some(k),
        None => {
            p.add(
                "kind",
                unknown_with_hint("kind", raw.kind, catalog.kinds.keys()),
            );
            None
        }
    };
    let quantity = match kind {
        Some(k) => p.take("quantity", quantity_for(catalog, k, raw.quantity)),
        None => None,
    };
    if let (Some(k), Some(d)) = (kind, date) {
        p.take("date", kind_in_force(catalog, &k.code, d));
    }
    let value = (|| {
        Some(ContributionRecord {
            id: id?,
            member: member?,
            project: project?,
            kind: kind?.code.clone(),
            date: date?,
            quantity_e4: quantity?,
            note: raw.note.unwrap_or("").to_string(),
        })
    })();
    p.finish(value)
}

/// Raw fields of a revenue.
#[derive(Debug, Clone, Default)]
pub struct RawRevenue<'a> {
    /// Id (optional).
    pub id: Option<&'a str>,
    /// Date.
    pub date: &'a str,
    /// Project code.
    pub project: &'a str,
    /// Amount.
    pub amount: &'a str,
    /// Currency (optional, default the base currency).
    pub currency: Option<&'a str>,
    /// Note.
    pub note: Option<&'a str>,
}

/// Validates a revenue; `id` is left empty when not given.
pub fn revenue(
    catalog: &Catalog,
    raw: &RawRevenue<'_>,
) -> Result<RevenueRecord, Vec<FieldProblem>> {
    let mut p = Problems::default();
    let id = match optional(raw.id) {
        Some(id) => p.take("id", check_id(id).map(|_| id.to_string())),
        None => Some(String::new()),
    };
    let date = p.take("date", parse_date(raw.date));
    let project = if catalog.projects.contains_key(raw.project) {
        Some(raw.project.to_string())
    } else {
        p.add(
            "project",
            unknown_with_hint("project", raw.project, catalog.projects.keys()),
        );
        None
    };
    if let Some(code) = optional(raw.currency) {
        if code != catalog.currency.code {
            p.add(
                "currency",
                format!(
                    "revenue in {code} is not supported yet: this ledger's base currency is {}; convert the amount first",
                    catalog.currency.code
                ),
            );
        }
    }
    let amount = p.take(
        "amount",
        catalog
            .currency
            .parse_amount(raw.amount)
            .map_err(decimal_message),
    );
    let value = (|| {
        Some(RevenueRecord {
            id: id?,
            project: project?,
            date: date?,
            amount_minor: amount?,
            note: raw.note.unwrap_or("").to_string(),
        })
    })();
    p.finish(value)
}

/// Formats field problems for a command line or a form: `member: unknown …`.
pub fn describe(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}
