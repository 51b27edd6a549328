//! Turning raw text fields into validated records, against the [`Catalog`].
//!
//! Pure functions: each returns the record or every problem found, each
//! naming its field, so the CSV importer can point at `FILE:LINE:COLUMN`
//! and the CLI and the app at the argument or form field.

use chrono::NaiveDate;

use crate::catalog::{suggest, Catalog};
use crate::journal::Payload;
use crate::model::{
    check_handle, check_id, parse_bool, parse_date, Account, AccountType, ContributionRecord, Kind,
    KindVersion, Measure, Project, RevenueRecord, Status,
};
use crate::money::{self, parse_positive_at_most, DecimalError};

/// The longest name (member, project, kind, unit, cooperative, equation,
/// bucket, payout method), in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note (contribution, revenue, payout, correction, rejection
/// reason), in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// The largest equation file, in bytes (1 MB).
pub const MAX_EQUATION_BYTES: usize = 1_000_000;
/// How many characters of an offending value a message quotes.
pub use crate::text::QUOTED_CHARS as QUOTE_CHARS;

use crate::i18n::Message;
/// An offending value as a message shows it (one implementation for every
/// message: [`crate::text::quote`]).
pub use crate::text::quote as quote_value;

/// Control characters (C0, DEL, C1) and the bidirectional overrides and
/// isolates that can make text display other than it reads.
fn is_unsafe_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What a text field may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextRule {
    /// One line, trimmed, not empty.
    Name,
    /// One line, trimmed, may be empty.
    OptionalName,
    /// Several lines, may be empty.
    Note,
}

fn check_text(what: &str, text: &str, rule: TextRule) -> Result<String, Message> {
    let (max, newline_ok) = match rule {
        TextRule::Name | TextRule::OptionalName => (MAX_NAME_CHARS, false),
        TextRule::Note => (MAX_NOTE_CHARS, true),
    };
    // Count lazily: a 50 MB value is refused after max + 1 characters.
    if text.chars().nth(max).is_some() {
        return Err(Message::new("err-text-too_long")
            .arg("what", what)
            .arg("text", quote_value(text))
            .arg("max", max));
    }
    if let Some(bad) = text
        .chars()
        .find(|&c| is_unsafe_char(c) && c != '\t' && !(newline_ok && c == '\n'))
    {
        return Err(Message::new("err-text-control")
            .arg("what", what)
            .arg("text", quote_value(text))
            .arg("char", bad.escape_debug().to_string())
            .arg("newline", if newline_ok { "yes" } else { "no" }));
    }
    let kept = match rule {
        TextRule::Note => text,
        TextRule::Name | TextRule::OptionalName => text.trim(),
    };
    if rule == TextRule::Name && kept.is_empty() {
        return Err(Message::new("err-text-empty").arg("what", what));
    }
    Ok(kept.to_string())
}

/// A name: trimmed, not empty, at most [`MAX_NAME_CHARS`] characters, no
/// control character but tab. `what` names the field in the message.
///
/// ```
/// use openvalue::validate::name_text;
/// assert_eq!(name_text("name", " Ana "), Ok("Ana".to_string()));
/// assert!(name_text("name", "  ").is_err());
/// assert!(name_text("name", "a\nb").is_err());
/// ```
pub fn name_text(what: &str, text: &str) -> Result<String, Message> {
    check_text(what, text, TextRule::Name)
}

/// An optional one-line label (a unit, a payout method): like
/// [`name_text`] but may be empty.
pub fn label_text(what: &str, text: &str) -> Result<String, Message> {
    check_text(what, text, TextRule::OptionalName)
}

/// A note: at most [`MAX_NOTE_CHARS`] characters; tab and newline are the
/// only control characters allowed. Kept as given (not trimmed).
///
/// ```
/// use openvalue::validate::note_text;
/// assert!(note_text("note", "line 1\nline 2").is_ok());
/// assert_eq!(note_text("note", "a\r\nb"), Ok("a\r\nb".to_string()));
/// assert!(note_text("note", "a\rb").is_err());
/// assert!(note_text("note", "\u{1b}[31mred").is_err());
/// assert!(note_text("note", &"x".repeat(2_001)).is_err());
/// ```
///
/// A CRLF line end (a multi-line cell saved by Excel) counts as a newline
/// and is kept as given; a lone carriage return is refused like any other
/// control character (it can overwrite a terminal line).
pub fn note_text(what: &str, text: &str) -> Result<String, Message> {
    if text.contains("\r\n") {
        check_text(what, &text.replace("\r\n", "\n"), TextRule::Note)?;
        return Ok(text.to_string());
    }
    check_text(what, text, TextRule::Note)
}

/// A problem with one field of an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field (CSV column name, CLI argument).
    pub field: &'static str,
    /// What is wrong, with a hint where one helps (English).
    pub message: String,
    /// The same as a message to render in the user's language, where its
    /// producer built one (SPEC §16); `message` is its English.
    pub says: Option<crate::i18n::Message>,
}

impl FieldProblem {
    /// The problem's text in `lang`: its message rendered, or the English
    /// text when it has none yet.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        match &self.says {
            Some(says) => says.render(lang),
            None => self.message.clone(),
        }
    }
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
            says: None,
        });
    }
    /// Records a problem as a message to render in the user's language.
    pub fn says(&mut self, field: &'static str, message: crate::i18n::Message) {
        self.0.push(FieldProblem {
            field,
            message: message.to_string(),
            says: Some(message),
        });
    }
    /// Keeps the value or records the error.
    /// The error may be English text or a message to render per
    /// language.
    pub fn take<T, E: Into<crate::i18n::Message>>(
        &mut self,
        field: &'static str,
        result: Result<T, E>,
    ) -> Option<T> {
        match result.map_err(Into::into) {
            Ok(v) => Some(v),
            Err(crate::i18n::Message::Plain(m)) => {
                self.add(field, m);
                None
            }
            Err(m) => {
                self.says(field, m);
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
    unknown_message(what, word, candidates).to_string()
}

/// [`unknown_with_hint`] as a message to render in the user's language.
pub fn unknown_message<'a>(
    what: &str,
    word: &str,
    candidates: impl Iterator<Item = &'a String>,
) -> crate::i18n::Message {
    let hint = suggest(word, candidates);
    crate::i18n::Message::new("err-unknown")
        .arg("thing", thing_term(what))
        .arg("word", quote_value(word))
        .arg("hinted", if hint.is_some() { "yes" } else { "no" })
        .arg("hint", hint.as_deref().map(quote_value).unwrap_or_default())
}

/// The catalogue's noun for a thing named in English (`member`, `kind`).
pub fn thing_term(what: &str) -> crate::i18n::MessageArg {
    use crate::i18n::MessageArg;
    match what {
        "member" => MessageArg::Key("thing-member"),
        "account" => MessageArg::Key("thing-account"),
        "fund" => MessageArg::Key("thing-fund"),
        "project" => MessageArg::Key("thing-project"),
        "kind" => MessageArg::Key("thing-kind"),
        "token" => MessageArg::Key("thing-token"),
        "contribution" => MessageArg::Key("thing-contribution"),
        "revenue" => MessageArg::Key("thing-revenue"),
        "distribution" => MessageArg::Key("thing-distribution"),
        "epoch" => MessageArg::Key("thing-epoch"),
        other => MessageArg::Text(other.to_string()),
    }
}

fn optional(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.is_empty())
}

fn decimal_message(e: DecimalError) -> crate::i18n::Message {
    e.message()
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

/// A member or fund as a form or a command gives it: typed fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountInput {
    /// Handle.
    pub handle: String,
    /// Name.
    pub name: String,
    /// Member or fund.
    pub account_type: AccountType,
    /// When the member joined, if known.
    pub joined_on: Option<NaiveDate>,
}

impl AccountInput {
    /// A member, joined on an unknown date.
    pub fn member(handle: &str, name: &str) -> AccountInput {
        AccountInput {
            handle: handle.to_string(),
            name: name.to_string(),
            account_type: AccountType::Member,
            joined_on: None,
        }
    }

    /// A fund.
    pub fn fund(handle: &str, name: &str) -> AccountInput {
        AccountInput {
            account_type: AccountType::Fund,
            ..AccountInput::member(handle, name)
        }
    }
}

/// Validates a typed account (added active).
pub fn account_from(input: &AccountInput) -> Result<Account, Vec<FieldProblem>> {
    let mut p = Problems::default();
    let value = account_fields(
        &mut p,
        &input.handle,
        &input.name,
        Some(input.account_type),
        Some(Status::Active),
        Some(input.joined_on),
    );
    p.finish(value)
}

impl RawAccount<'_> {
    /// Parses the text into a typed input (the checks of the fields
    /// themselves come with [`account_from`]).
    pub fn input(&self) -> Result<AccountInput, Vec<FieldProblem>> {
        let mut p = Problems::default();
        let joined_on = match optional(self.joined_on) {
            Some(t) => p.take("joined_on", parse_date(t)).map(Some),
            None => Some(None),
        };
        let account_type = match optional(self.account_type) {
            Some(t) => p.take("type", t.parse::<AccountType>()),
            None => Some(AccountType::Member),
        };
        let value = (|| {
            Some(AccountInput {
                handle: self.handle.to_string(),
                name: self.name.to_string(),
                account_type: account_type?,
                joined_on: joined_on?,
            })
        })();
        p.finish(value)
    }
}

/// Validates an account given as text (a CSV row).
pub fn account(raw: &RawAccount<'_>) -> Result<Account, Vec<FieldProblem>> {
    let mut p = Problems::default();
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
    let value = account_fields(
        &mut p,
        raw.handle,
        raw.name,
        account_type,
        status,
        joined_on,
    );
    p.finish(value)
}

/// The rules of an account's fields, once parsed (`None`: did not parse).
fn account_fields(
    p: &mut Problems,
    handle: &str,
    name: &str,
    account_type: Option<AccountType>,
    status: Option<Status>,
    joined_on: Option<Option<NaiveDate>>,
) -> Option<Account> {
    let handle = p.take("handle", check_handle(handle).map(|_| handle.to_string()));
    let name = p.take("name", name_text("name", name));
    if let Some(Some(d)) = joined_on {
        p.take("joined_on", date_bounds(d));
    }
    Some(Account {
        handle: handle?,
        name: name?,
        account_type: account_type?,
        status: status?,
        joined_on: joined_on?,
    })
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
    let name = p.take("name", name_text("name", name));
    let parent = match optional(parent) {
        Some(parent) if parent == code => {
            p.says(
                "parent",
                Message::new("err-project-own_parent").arg("code", quote_value(code)),
            );
            None
        }
        Some(parent) if catalog.projects.contains_key(parent) || also_known(parent) => {
            Some(Some(parent.to_string()))
        }
        Some(parent) => {
            p.says(
                "parent",
                unknown_message("project", parent, catalog.projects.keys()),
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
    /// Deferred (default false).
    pub deferred: Option<&'a str>,
    /// `peers` for a kind valued by peers (SPEC §15); empty: by its rate.
    pub valued_by: Option<&'a str>,
    /// Effective from (default: the beginning).
    pub effective_from: Option<&'a str>,
}

/// A kind (and one version of its rate) as a form or a command gives it.
/// Rate and multiplier stay exact decimal text, parsed here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindInput {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Hours, money or quantity.
    pub measure: Measure,
    /// Unit label (quantity kinds).
    pub unit: Option<String>,
    /// Value per unit (decimal text).
    pub rate: String,
    /// Risk factor (decimal text; `None`: 1).
    pub multiplier: Option<String>,
    /// Earns no share.
    pub gift: bool,
    /// Money owed back.
    pub reimbursable: bool,
    /// A claim paid back later by repay buckets (SPEC §14).
    pub deferred: bool,
    /// Valued by peers (SPEC §15): no rate (`rate` empty).
    pub peers: bool,
    /// In force from (`None`: the beginning).
    pub effective_from: Option<NaiveDate>,
}

impl KindInput {
    /// A kind at `rate` with multiplier 1, no unit, neither a gift nor
    /// reimbursable, in force from the beginning.
    pub fn new(code: &str, name: &str, measure: Measure, rate: &str) -> KindInput {
        KindInput {
            code: code.to_string(),
            name: name.to_string(),
            measure,
            unit: None,
            rate: rate.to_string(),
            multiplier: None,
            gift: false,
            reimbursable: false,
            deferred: false,
            peers: false,
            effective_from: None,
        }
    }
}

/// Validates a typed kind: the kind and one version of its rate.
pub fn kind_from(input: &KindInput) -> Result<(Kind, KindVersion), Vec<FieldProblem>> {
    let mut p = Problems::default();
    let value = kind_fields(
        &mut p,
        KindFields {
            code: &input.code,
            name: &input.name,
            measure: Some(input.measure),
            unit: input.unit.as_deref(),
            rate: &input.rate,
            multiplier: input.multiplier.as_deref(),
            gift: Some(input.gift),
            reimbursable: Some(input.reimbursable),
            deferred: Some(input.deferred),
            peers: Some(input.peers),
            effective_from: Some(input.effective_from),
        },
    );
    p.finish(value)
}

impl RawKind<'_> {
    /// Parses the text into a typed input (rate and multiplier stay text;
    /// [`kind_from`] checks every field).
    pub fn input(&self) -> Result<KindInput, Vec<FieldProblem>> {
        let mut p = Problems::default();
        let measure = p.take("measure", self.measure.parse::<Measure>());
        let gift = flag(&mut p, "gift", self.gift);
        let reimbursable = flag(&mut p, "reimbursable", self.reimbursable);
        let deferred = flag(&mut p, "deferred", self.deferred);
        let peers = valued_by(&mut p, self.valued_by);
        let effective_from = match optional(self.effective_from) {
            Some(t) => p.take("effective_from", parse_date(t)).map(Some),
            None => Some(None),
        };
        let value = (|| {
            Some(KindInput {
                unit: optional(self.unit).map(str::to_string),
                multiplier: optional(self.multiplier).map(str::to_string),
                gift: gift?,
                reimbursable: reimbursable?,
                deferred: deferred?,
                peers: peers?,
                effective_from: effective_from?,
                ..KindInput::new(self.code, self.name, measure?, self.rate)
            })
        })();
        p.finish(value)
    }
}

/// Validates a kind row given as text: the kind and one version of its rate.
pub fn kind(raw: &RawKind<'_>) -> Result<(Kind, KindVersion), Vec<FieldProblem>> {
    let mut p = Problems::default();
    let measure = p.take("measure", raw.measure.parse::<Measure>());
    let gift = flag(&mut p, "gift", raw.gift);
    let reimbursable = flag(&mut p, "reimbursable", raw.reimbursable);
    let deferred = flag(&mut p, "deferred", raw.deferred);
    let peers = valued_by(&mut p, raw.valued_by);
    let effective_from = match optional(raw.effective_from) {
        Some(t) => p.take("effective_from", parse_date(t)).map(Some),
        None => Some(None),
    };
    let value = kind_fields(
        &mut p,
        KindFields {
            code: raw.code,
            name: raw.name,
            measure,
            unit: raw.unit,
            rate: raw.rate,
            multiplier: raw.multiplier,
            gift,
            reimbursable,
            deferred,
            peers,
            effective_from,
        },
    );
    p.finish(value)
}

/// The `valued_by` field of a kind: empty (by its rate) or `peers`.
fn valued_by(p: &mut Problems, text: Option<&str>) -> Option<bool> {
    match optional(text) {
        None => Some(false),
        Some(t) if t.trim() == "peers" => Some(true),
        Some(t) => {
            p.says(
                "valued_by",
                Message::new("err-kind-valued_by").arg("text", quote_value(t)),
            );
            None
        }
    }
}

/// A true/false field of a row, false when empty.
fn flag(p: &mut Problems, field: &'static str, text: Option<&str>) -> Option<bool> {
    match optional(text) {
        Some(t) => p.take(field, parse_bool(t)),
        None => Some(false),
    }
}

/// A kind's fields once parsed (`None`: did not parse); text that is
/// checked, not parsed, is borrowed.
struct KindFields<'a> {
    code: &'a str,
    name: &'a str,
    measure: Option<Measure>,
    unit: Option<&'a str>,
    rate: &'a str,
    multiplier: Option<&'a str>,
    gift: Option<bool>,
    reimbursable: Option<bool>,
    deferred: Option<bool>,
    peers: Option<bool>,
    effective_from: Option<Option<NaiveDate>>,
}

/// The rules of a kind's fields.
fn kind_fields(p: &mut Problems, f: KindFields<'_>) -> Option<(Kind, KindVersion)> {
    let KindFields {
        code,
        name,
        measure,
        unit,
        rate,
        multiplier,
        gift,
        reimbursable,
        deferred,
        peers,
        effective_from,
    } = f;
    let code = p.take("code", check_handle(code).map(|_| code.to_string()));
    let name = p.take("name", name_text("name", name));
    let unit = match optional(unit) {
        Some(u) => p
            .take("unit", label_text("unit", u))
            .filter(|u| !u.is_empty()),
        None => None,
    };
    if let (Some(m), Some(u)) = (measure, &unit) {
        if m != Measure::Quantity {
            p.says(
                "unit",
                Message::new("err-kind-unit_measure")
                    .arg("unit", quote_value(u))
                    .arg("measure", m.to_string()),
            );
        }
    }
    if measure == Some(Measure::Quantity) && unit.is_none() {
        p.says("unit", Message::new("err-kind-unit_needed"));
    }
    // A peer-valued kind has no rate: its contributions are valued by
    // other members (SPEC §15); its one version holds rate 0.
    let rate = match (peers, optional(Some(rate))) {
        (Some(true), None) => Some(0),
        (Some(true), Some(_)) => {
            p.says("rate", Message::new("err-kind-peers_rate"));
            None
        }
        _ => p.take(
            "rate",
            money::parse_at_most(rate, money::RATE_SCALE, money::MAX_RATE_UNITS)
                .map_err(decimal_message),
        ),
    };
    let multiplier = match optional(multiplier) {
        Some(t) => p.take(
            "multiplier",
            money::parse_at_most(t, money::MULTIPLIER_SCALE, money::MAX_MULTIPLIER_UNITS)
                .map_err(decimal_message),
        ),
        None => Some(10i64.pow(money::MULTIPLIER_SCALE)),
    };
    if reimbursable == Some(true) && measure.is_some_and(|m| m != Measure::Money) {
        p.says("reimbursable", Message::new("err-kind-reimbursable_money"));
    }
    if gift == Some(true) && reimbursable == Some(true) {
        p.says("reimbursable", Message::new("err-kind-gift_reimbursable"));
    }
    if deferred == Some(true) && (gift == Some(true) || reimbursable == Some(true)) {
        p.says("deferred", Message::new("err-kind-deferred_one"));
    }
    if peers == Some(true)
        && (gift == Some(true) || reimbursable == Some(true) || deferred == Some(true))
    {
        p.says("valued_by", Message::new("err-kind-peers_one"));
    }
    if let Some(Some(d)) = effective_from {
        p.take("effective_from", date_bounds(d));
    }
    let code = code?;
    Some((
        Kind {
            code: code.clone(),
            name: name?,
            measure: measure?,
            unit,
            gift: gift?,
            reimbursable: reimbursable?,
            deferred: deferred?,
            peers: peers?,
        },
        KindVersion {
            kind: code,
            effective_from: effective_from?,
            rate_e4: rate?,
            multiplier_e3: multiplier?,
        },
    ))
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

/// Parses a quantity for `kind`: money kinds at the currency's scale and
/// at most [`money::MAX_AMOUNT_UNITS`], others at 3 places and at most
/// [`money::MAX_QUANTITY_UNITS`]; the result is at the fixed quantity scale.
pub fn quantity_for(catalog: &Catalog, kind: &Kind, text: &str) -> Result<i64, String> {
    let (places, max_units) = match kind.measure {
        Measure::Money => (catalog.currency.scale, money::MAX_AMOUNT_UNITS),
        _ => (money::QUANTITY_INPUT_PLACES, money::MAX_QUANTITY_UNITS),
    };
    parse_positive_at_most(text, places, money::QUANTITY_SCALE, max_units).map_err(|e| match e {
        DecimalError::TooManyPlaces { text, places, max } => format!(
            "{} has {places} decimal places; {} kind '{}' allows at most {max}",
            quote_value(&text),
            kind.measure,
            kind.code
        ),
        other => other.to_string(),
    })
}

/// Checks that `member` may contribute: exists and is a member, not a fund.
pub fn contributor(catalog: &Catalog, member: &str) -> Result<(), crate::i18n::Message> {
    match catalog.accounts.get(member) {
        None => Err(unknown_message("member", member, catalog.accounts.keys())),
        Some(a) if a.account_type == AccountType::Fund => Err(crate::i18n::Message::Refused(
            Box::new(crate::refusal::Refusal::FundCannot {
                handle: member.to_string(),
                action: "contribute",
            }),
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

/// A contribution as a form or a command gives it: typed fields; the
/// quantity stays exact decimal text (its places depend on the kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionInput {
    /// Your own id (`None`: the caller assigns one).
    pub id: Option<String>,
    /// Date of the work.
    pub date: NaiveDate,
    /// Member.
    pub member: String,
    /// Project.
    pub project: String,
    /// Kind.
    pub kind: String,
    /// Quantity (decimal text).
    pub quantity: String,
    /// Note.
    pub note: String,
}

/// Validates a typed contribution against the catalog. `id` is left empty
/// when not given; the caller assigns one.
pub fn contribution_from(
    catalog: &Catalog,
    input: &ContributionInput,
) -> Result<ContributionRecord, Vec<FieldProblem>> {
    let mut p = Problems::default();
    if let Err(m) = date_bounds(input.date) {
        p.add("date", m);
    }
    let value = contribution_fields(
        &mut p,
        catalog,
        input.id.as_deref(),
        Some(input.date),
        ContributionText {
            member: &input.member,
            project: &input.project,
            kind: &input.kind,
            quantity: &input.quantity,
            note: &input.note,
        },
    );
    p.finish(value)
}

impl RawContribution<'_> {
    /// Parses the text into a typed input.
    pub fn input(&self) -> Result<ContributionInput, Vec<FieldProblem>> {
        let mut p = Problems::default();
        let date = p.take("date", parse_date(self.date));
        let value = date.map(|date| ContributionInput {
            id: optional(self.id).map(str::to_string),
            date,
            member: self.member.to_string(),
            project: self.project.to_string(),
            kind: self.kind.to_string(),
            quantity: self.quantity.to_string(),
            note: self.note.unwrap_or("").to_string(),
        });
        p.finish(value)
    }
}

/// Validates a contribution given as text (a CSV row). `id` is left empty
/// when not given; the caller assigns one.
pub fn contribution(
    catalog: &Catalog,
    raw: &RawContribution<'_>,
) -> Result<ContributionRecord, Vec<FieldProblem>> {
    let mut p = Problems::default();
    let date = p.take("date", parse_date(raw.date));
    let value = contribution_fields(
        &mut p,
        catalog,
        optional(raw.id),
        date,
        ContributionText {
            member: raw.member,
            project: raw.project,
            kind: raw.kind,
            quantity: raw.quantity,
            note: raw.note.unwrap_or(""),
        },
    );
    p.finish(value)
}

/// The fields of a contribution that are checked, not parsed.
struct ContributionText<'a> {
    member: &'a str,
    project: &'a str,
    kind: &'a str,
    quantity: &'a str,
    note: &'a str,
}

/// The rules of a contribution's fields against the catalog.
fn contribution_fields(
    p: &mut Problems,
    catalog: &Catalog,
    id: Option<&str>,
    date: Option<NaiveDate>,
    t: ContributionText<'_>,
) -> Option<ContributionRecord> {
    let id = match id.filter(|i| !i.is_empty()) {
        Some(id) => p.take("id", check_id(id).map(|_| id.to_string())),
        None => Some(String::new()),
    };
    let member = p.take(
        "member",
        contributor(catalog, t.member).map(|_| t.member.to_string()),
    );
    let project = if catalog.projects.contains_key(t.project) {
        Some(t.project.to_string())
    } else {
        p.says(
            "project",
            unknown_message("project", t.project, catalog.projects.keys()),
        );
        None
    };
    let kind = match catalog.kinds.get(t.kind) {
        Some(k) => Some(k),
        None => {
            p.says(
                "kind",
                unknown_message("kind", t.kind, catalog.kinds.keys()),
            );
            None
        }
    };
    let quantity = match kind {
        Some(k) => p.take("quantity", quantity_for(catalog, k, t.quantity)),
        None => None,
    };
    if let (Some(k), Some(d)) = (kind, date) {
        p.take("date", kind_in_force(catalog, &k.code, d));
    }
    let note = p.take("note", note_text("note", t.note));
    Some(ContributionRecord {
        id: id?,
        member: member?,
        project: project?,
        kind: kind?.code.clone(),
        date: date?,
        quantity_e4: quantity?,
        note: note?,
    })
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

/// A revenue as a form or a command gives it: typed fields; the amount
/// stays exact decimal text in the base currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueInput {
    /// Your own id (`None`: the caller assigns one).
    pub id: Option<String>,
    /// Date received.
    pub date: NaiveDate,
    /// Project.
    pub project: String,
    /// Amount (decimal text).
    pub amount: String,
    /// Note.
    pub note: String,
}

/// Validates a typed revenue; `id` is left empty when not given.
pub fn revenue_from(
    catalog: &Catalog,
    input: &RevenueInput,
) -> Result<RevenueRecord, Vec<FieldProblem>> {
    let mut p = Problems::default();
    if let Err(m) = date_bounds(input.date) {
        p.add("date", m);
    }
    let value = revenue_fields(
        &mut p,
        catalog,
        input.id.as_deref(),
        Some(input.date),
        &input.project,
        &input.amount,
        &input.note,
    );
    p.finish(value)
}

impl RawRevenue<'_> {
    /// Parses the text into a typed input (a currency other than the base
    /// one is refused by [`revenue`], which reads it).
    pub fn input(&self) -> Result<RevenueInput, Vec<FieldProblem>> {
        let mut p = Problems::default();
        let date = p.take("date", parse_date(self.date));
        let value = date.map(|date| RevenueInput {
            id: optional(self.id).map(str::to_string),
            date,
            project: self.project.to_string(),
            amount: self.amount.to_string(),
            note: self.note.unwrap_or("").to_string(),
        });
        p.finish(value)
    }
}

/// Validates a revenue given as text (a CSV row); `id` is left empty when
/// not given.
pub fn revenue(
    catalog: &Catalog,
    raw: &RawRevenue<'_>,
) -> Result<RevenueRecord, Vec<FieldProblem>> {
    let mut p = Problems::default();
    let date = p.take("date", parse_date(raw.date));
    if let Some(code) = optional(raw.currency) {
        if code != catalog.currency.code {
            p.add(
                "currency",
                format!(
                    "revenue in {} is not supported yet: this ledger's base currency is {}; convert the amount first",
                    if (3..=10).contains(&code.len())
                        && code.bytes().all(|b| b.is_ascii_uppercase())
                    {
                        code.to_string()
                    } else {
                        quote_value(code)
                    },
                    catalog.currency.code
                ),
            );
        }
    }
    let value = revenue_fields(
        &mut p,
        catalog,
        optional(raw.id),
        date,
        raw.project,
        raw.amount,
        raw.note.unwrap_or(""),
    );
    p.finish(value)
}

/// The rules of a revenue's fields against the catalog.
fn revenue_fields(
    p: &mut Problems,
    catalog: &Catalog,
    id: Option<&str>,
    date: Option<NaiveDate>,
    project: &str,
    amount: &str,
    note: &str,
) -> Option<RevenueRecord> {
    let id = match id.filter(|i| !i.is_empty()) {
        Some(id) => p.take("id", check_id(id).map(|_| id.to_string())),
        None => Some(String::new()),
    };
    let project = if catalog.projects.contains_key(project) {
        Some(project.to_string())
    } else {
        p.says(
            "project",
            unknown_message("project", project, catalog.projects.keys()),
        );
        None
    };
    let amount = p.take(
        "amount",
        catalog
            .currency
            .parse_amount(amount)
            .map_err(decimal_message),
    );
    let note = p.take("note", note_text("note", note));
    Some(RevenueRecord {
        id: id?,
        project: project?,
        date: date?,
        amount_minor: amount?,
        note: note?,
    })
}

/// Most decimal places of a token (SPEC §15).
pub const MAX_TOKEN_SCALE: u32 = 8;
/// Most tokens minted per unit of value, × 10⁴ (one million).
pub const MAX_TOKENS_PER_VALUE_E4: i64 = 1_000_000 * 10_000;
/// Largest GIVE budget of an epoch.
pub const MAX_GIVE: i64 = 1_000_000;
/// Largest token amount sent at once, in minor units.
pub const MAX_TOKEN_AMOUNT_MINOR: i64 = 1_000_000_000_000_000;

/// Every bound of SPEC §11 that a journal entry's payload breaks: numbers
/// above their maxima, texts too long or holding control characters, dates
/// outside years 1000–9999, a kind both gift and reimbursable.
///
/// The field validators above already refuse such input when it is typed
/// or imported; this is the same rule for entries that arrive whole — a
/// merged bundle, a replayed journal — so that a bound cannot be crossed
/// by going around them. Quantities are checked against their kind's
/// measure when the kind is in `catalog`, else against the larger (money)
/// bound.
pub fn entry_bounds(catalog: &Catalog, payload: &Payload) -> Vec<FieldProblem> {
    let mut p = Problems::default();
    let max_minor = catalog.currency.max_amount_minor();
    let amount =
        |minor: i64, min: i64| within("amount", minor, min, max_minor, catalog.currency.scale);
    match payload {
        Payload::LedgerCreated { name, scale, .. } => {
            p.take("name", name_text("name", name));
            if *scale > money::MAX_CURRENCY_SCALE {
                p.add(
                    "scale",
                    format!("at most {} decimal places", money::MAX_CURRENCY_SCALE),
                );
            }
        }
        Payload::ApprovalsRequiredSet { .. } | Payload::DistributionReversed { .. } => {}
        Payload::AccountStatusSet { from, .. } => {
            if let Some(d) = from {
                p.take("from", date_bounds(*d));
            }
        }
        Payload::StageDefined { code, kinds, .. } => {
            p.take("code", check_handle(code).map(|_| ()));
            if kinds.is_empty() {
                p.add(
                    "kinds",
                    format!("stage {} scales no kind", quote_value(code)),
                );
            }
        }
        Payload::StageSet { from, .. } => {
            p.take("from", date_bounds(*from));
        }
        Payload::ResourceAdded(r) => {
            p.take("code", check_handle(&r.code).map(|_| ()));
            p.take("name", name_text("name", &r.name));
            p.take("unit", label_text("unit", &r.unit));
            p.take(
                "rate",
                within("rate", r.rate_e4, 1, money::MAX_RATE_E4, money::RATE_SCALE),
            );
            if r.owners.len() > crate::model::MAX_RESOURCE_OWNERS {
                p.add(
                    "owner",
                    format!(
                        "a resource has at most {} owners",
                        crate::model::MAX_RESOURCE_OWNERS
                    ),
                );
            }
            for o in &r.owners {
                p.take("owner", check_handle(&o.handle).map(|_| ()));
                p.take(
                    "owner",
                    within("share", o.share, 1, crate::model::MAX_RESOURCE_SHARE, 0),
                );
            }
        }
        Payload::ResourceUsed(u) => {
            p.take("id", crate::model::check_id(&u.id));
            p.take(
                "quantity",
                within(
                    "quantity",
                    u.quantity_e4,
                    1,
                    money::MAX_QUANTITY_E4,
                    money::QUANTITY_SCALE,
                ),
            );
            p.take("date", date_bounds(u.date));
        }
        Payload::AccountsAdded { accounts } => {
            for a in accounts {
                p.take("name", name_text("name", &a.name));
                if let Some(d) = a.joined_on {
                    p.take("joined_on", date_bounds(d));
                }
            }
        }
        Payload::ProjectsAdded { projects } => {
            for pr in projects {
                p.take("name", name_text("name", &pr.name));
            }
        }
        Payload::KindsAdded { kinds } => {
            for k in kinds {
                p.take("name", name_text("name", &k.name));
                if let Some(u) = &k.unit {
                    p.take("unit", label_text("unit", u));
                }
                if [k.gift, k.reimbursable, k.deferred, k.peers]
                    .iter()
                    .filter(|f| **f)
                    .count()
                    > 1
                {
                    p.add(
                        "reimbursable",
                        format!(
                            "kind {} is more than one of gift, reimbursable, deferred and valued by peers",
                            quote_value(&k.code)
                        ),
                    );
                }
            }
        }
        Payload::KindVersionsAdded { versions } => {
            for v in versions {
                p.take(
                    "rate",
                    within("rate", v.rate_e4, 0, money::MAX_RATE_E4, money::RATE_SCALE),
                );
                p.take(
                    "multiplier",
                    within(
                        "multiplier",
                        v.multiplier_e3,
                        0,
                        money::MAX_MULTIPLIER_E3,
                        money::MULTIPLIER_SCALE,
                    ),
                );
                if let Some(d) = v.effective_from {
                    p.take("effective_from", date_bounds(d));
                }
            }
        }
        Payload::ContributionsAdded { contributions } => {
            for c in contributions {
                p.take(
                    "quantity",
                    quantity_bounds(catalog, Some(&c.kind), c.quantity_e4),
                );
                p.take("date", date_bounds(c.date));
                p.take("note", note_text("note", &c.note));
            }
        }
        Payload::Corrected(c) => {
            if let Some(q) = c.quantity_e4 {
                p.take("quantity", quantity_bounds(catalog, c.kind.as_deref(), q));
            }
            if let Some(d) = c.date {
                p.take("date", date_bounds(d));
            }
            if let Some(n) = &c.note {
                p.take("note", note_text("note", n));
            }
        }
        Payload::Reviewed(r) => {
            p.take("reason", note_text("reason", &r.reason));
        }
        Payload::RevenuesAdded { revenues } => {
            for r in revenues {
                p.take("amount", amount(r.amount_minor, 1));
                p.take("date", date_bounds(r.date));
                p.take("note", note_text("note", &r.note));
            }
        }
        Payload::EquationSet { source, from, .. } => {
            if source.len() > MAX_EQUATION_BYTES {
                p.add(
                    "equation",
                    format!(
                        "the equation is {} bytes; at most {MAX_EQUATION_BYTES} are allowed",
                        source.len()
                    ),
                );
            }
            if let Some(d) = from {
                p.take("from", date_bounds(*d));
            }
        }
        Payload::DistributionCommitted(d) => {
            for line in &d.lines {
                p.take("amount", amount(line.amount_minor, 0));
            }
        }
        Payload::PayoutRecorded(r) => {
            p.take("amount", amount(r.amount_minor, 1));
            p.take("date", date_bounds(r.date));
            p.take("method", label_text("method", &r.method));
            p.take("note", note_text("note", &r.note));
        }
        Payload::DeviceKey { label, .. } | Payload::DeviceInvited { label, .. } => {
            p.take("label", label_text("label", label));
        }
        Payload::DeviceAdmitted { .. } | Payload::DeviceRevoked { .. } => {}
        Payload::SignInSet { .. } | Payload::MemberKeySet { .. } | Payload::RoleSet { .. } => {}
        Payload::TokenDefined(t) => {
            p.take("name", name_text("name", &t.name));
            if t.scale > MAX_TOKEN_SCALE {
                p.add(
                    "scale",
                    format!("a token has at most {MAX_TOKEN_SCALE} decimal places"),
                );
            }
            p.take(
                "per-value",
                within("per-value", t.per_value_e4, 1, MAX_TOKENS_PER_VALUE_E4, 4),
            );
        }
        Payload::EpochOpened(e) => {
            p.take("date", date_bounds(e.from));
            p.take("date", date_bounds(e.to));
            if e.to < e.from {
                p.add("to", "the epoch ends before it begins".to_string());
            }
            p.take("give", within("give", e.give, 1, MAX_GIVE, 0));
        }
        Payload::GiveSet(g) => {
            p.take("give", within("give", g.amount, 0, MAX_GIVE, 0));
            p.take("note", note_text("note", &g.note));
        }
        Payload::EpochClosed { .. } | Payload::PayoutVoided { .. } => {}
        Payload::RevenueCorrected(r) => {
            if let Some(a) = r.amount_minor {
                p.take("amount", amount(a, 1));
            }
            if let Some(d) = r.date {
                p.take("date", date_bounds(d));
            }
            if let Some(n) = &r.note {
                p.take("note", note_text("note", n));
            }
        }
        Payload::Renamed { name, .. } => {
            p.take("name", name_text("name", name));
        }
        Payload::Valued(v) => {
            p.take("amount", amount(v.amount_minor, 0));
        }
        Payload::TokenSent(t) => {
            p.take(
                "amount",
                within("amount", t.amount_minor, 1, MAX_TOKEN_AMOUNT_MINOR, 0),
            );
            p.take("date", date_bounds(t.date));
            p.take("note", note_text("note", &t.note));
        }
    }
    p.0
}

fn within(what: &str, value: i64, min: i64, max: i64, scale: u32) -> Result<(), String> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "{what} {} is outside {} to {}",
            money::format_trimmed(i128::from(value), scale),
            money::format_trimmed(i128::from(min), scale),
            money::format_trimmed(i128::from(max), scale)
        ))
    }
}

fn quantity_bounds(catalog: &Catalog, kind: Option<&str>, quantity_e4: i64) -> Result<(), String> {
    let max = match kind.and_then(|k| catalog.kinds.get(k)).map(|k| k.measure) {
        Some(Measure::Hours | Measure::Quantity) => money::MAX_QUANTITY_E4,
        Some(Measure::Money) | None => money::MAX_MONEY_QUANTITY_E4,
    };
    within("quantity", quantity_e4, 1, max, money::QUANTITY_SCALE)
}

/// A date within the years the books hold (SPEC §11).
pub fn date_bounds(date: NaiveDate) -> Result<(), String> {
    use chrono::Datelike;
    if (crate::model::MIN_YEAR..=crate::model::MAX_YEAR).contains(&date.year()) {
        Ok(())
    } else {
        Err(format!(
            "{date} is out of range: dates are years {} to {}",
            crate::model::MIN_YEAR,
            crate::model::MAX_YEAR
        ))
    }
}

/// Formats field problems for a command line or a form: `member: unknown …`.
pub fn describe(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Correction, PayoutRecord};
    use crate::money::Currency;
    use proptest::prelude::*;

    fn catalog() -> Catalog {
        Catalog {
            currency: Currency::new("EUR", None).unwrap(),
            approvals_required: 0,
            accounts: Default::default(),
            projects: Default::default(),
            kinds: Default::default(),
            versions: Default::default(),
        }
    }

    #[test]
    fn names_and_notes() {
        assert_eq!(name_text("name", "a\tb"), Ok("a\tb".into()));
        assert!(name_text("name", "a\u{85}b").is_err());
        assert!(name_text("name", &"n".repeat(201)).is_err());
        assert!(name_text("name", &"n".repeat(200)).is_ok());
        assert_eq!(label_text("unit", ""), Ok(String::new()));
        assert!(note_text("note", "a\rb").is_err());
        assert!(note_text("note", "a\0b").is_err());
        assert!(note_text("note", &"x".repeat(2_000)).is_ok());
    }

    #[test]
    fn regression_kind_both_gift_and_reimbursable_is_refused() {
        let raw = RawKind {
            code: "k",
            name: "K",
            measure: "money",
            rate: "1",
            gift: Some("true"),
            reimbursable: Some("true"),
            ..Default::default()
        };
        let problems = kind(&raw).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("both a gift and reimbursable"));
    }

    #[test]
    fn entry_bounds_refuse_what_the_validators_refuse() {
        let c = catalog();
        let ok = Payload::Corrected(Correction {
            contribution: "c".into(),
            quantity_e4: Some(money::MAX_MONEY_QUANTITY_E4),
            date: NaiveDate::from_ymd_opt(2026, 1, 1),
            kind: None,
            note: Some("fine\n".into()),
            void: false,
            revision: None,
        });
        assert!(entry_bounds(&c, &ok).is_empty());
        let bad = Payload::KindVersionsAdded {
            versions: vec![KindVersion {
                kind: "k".into(),
                effective_from: NaiveDate::from_ymd_opt(-1, 5, 2),
                rate_e4: 922_337_203_685_477 * 10_000,
                multiplier_e3: money::MAX_MULTIPLIER_E3 + 1,
            }],
        };
        let fields: Vec<_> = entry_bounds(&c, &bad).iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["rate", "multiplier", "effective_from"]);
        let payout = Payload::PayoutRecorded(PayoutRecord {
            id: "x".into(),
            account: "ana".into(),
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            amount_minor: i64::MAX,
            method: "cash\u{1b}".into(),
            note: String::new(),
        });
        let fields: Vec<_> = entry_bounds(&c, &payout).iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["amount", "method"]);
    }

    proptest! {
        #[test]
        fn text_checks_never_panic_and_quote_at_most_80(text in "\\PC{0,300}|[\\x00-\\x1f]{0,20}") {
            let _ = name_text("name", &text);
            let _ = note_text("note", &text);
            let q = quote_value(&text);
            prop_assert!(q.chars().filter(|c| !c.is_control()).count() <= 80 * 10 + 3);
            prop_assert!(!q.chars().any(|c| c.is_control()));
        }
    }
}
