//! Exports for the treasurer and the accountant (SPEC §5): CSV in the
//! reader's locale, a double-entry journal, and hledger's plain-text format.
//!
//! Text cells that a spreadsheet would run as a formula are neutralised;
//! numbers are written as numbers in the locale's decimal mark.

use std::io::Write;

use chrono::NaiveDate;

use serde::Serialize;

use crate::error::{Error, Result};

use crate::money::{
    format_scaled, format_trimmed, Currency, MULTIPLIER_SCALE, QUANTITY_SCALE, RATE_SCALE,
    VALUE_SCALE,
};

use crate::store::{Ledger, Span};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Report {
    /// Every contribution with its value and status.
    Contributions,
    /// Lines of committed, non-reversed distributions.
    Allocations,
    /// Earned, paid and owed per account.
    Balances,
    /// Payouts.
    Payouts,
    /// The double-entry journal.
    Journal,
    /// Members and funds, in the columns `import members` reads.
    Members,
    /// Projects, as `import projects` reads them.
    Projects,
    /// Kinds, one row per version of their rate, as `import kinds` reads them.
    Kinds,
    /// Revenues, as `import revenues` reads them.
    Revenues,
}

impl Report {
    /// Every report.
    pub const ALL: [Report; 9] = [
        Report::Contributions,
        Report::Allocations,
        Report::Balances,
        Report::Payouts,
        Report::Journal,
        Report::Members,
        Report::Projects,
        Report::Kinds,
        Report::Revenues,
    ];
    /// Its name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Report::Contributions => "contributions",
            Report::Allocations => "allocations",
            Report::Balances => "balances",
            Report::Payouts => "payouts",
            Report::Journal => "journal",
            Report::Members => "members",
            Report::Projects => "projects",
            Report::Kinds => "kinds",
            Report::Revenues => "revenues",
        }
    }
}

impl std::str::FromStr for Report {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Report, String> {
        Report::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("{} is not an export: use contributions, allocations, balances, payouts, journal, members, projects, kinds or revenues", crate::text::quote(s)))
    }
}

/// Separator and decimal mark of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// Field separator.
    pub separator: u8,
    /// Decimal mark.
    pub decimal: char,
}

impl Locale {
    /// `en` → `,` and `.`; `es ca fr de it pt nl` → `;` and `,` (the
    /// table of locales is [`crate::csvformat::CsvFormat::for_locale`]).
    pub fn parse(code: &str) -> std::result::Result<Locale, crate::i18n::Message> {
        let format = crate::csvformat::CsvFormat::for_locale(code)?;
        Ok(Locale {
            separator: format.separator,
            decimal: if format.decimal_comma { ',' } else { '.' },
        })
    }
}

impl Default for Locale {
    fn default() -> Locale {
        Locale {
            separator: b',',
            decimal: '.',
        }
    }
}

/// Options of an export.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// Separator and decimal mark.
    pub locale: Locale,
    /// Start with a UTF-8 byte order mark (for Excel).
    pub bom: bool,
    /// Only rows dated on or after.
    pub from: Option<NaiveDate>,
    /// Only rows dated on or before.
    pub to: Option<NaiveDate>,
    /// Only this project (contributions, allocations, journal).
    pub project: Option<String>,
}

/// Neutralises a text cell against formula injection (`=`, `+`, `-`, `@`,
/// tab, CR) with a leading `'`. Text that already starts with `'` before
/// such a character gets one more, so [`unneutralised`] gives every text
/// back exactly.
pub fn safe_text(text: &str) -> String {
    if needs_neutralising(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A spreadsheet would run `text` as a formula, or it starts with `'`s
/// before such text.
fn needs_neutralising(text: &str) -> bool {
    let unquoted = text.trim_start_matches('\'');
    unquoted.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Text as it was before [`safe_text`]: its leading `'` is taken off when
/// what follows needed neutralising, so an exported file imports back as
/// it was. Any other text is returned as it is.
///
/// ```
/// use openvalue::export::{safe_text, unneutralised};
/// assert_eq!(unneutralised(&safe_text("-5 % discount")), "-5 % discount");
/// assert_eq!(unneutralised("'quoted'"), "'quoted'");
/// ```
pub fn unneutralised(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_neutralising(rest) => rest,
        _ => text,
    }
}

enum Cell {
    Text(String),
    Number(String),
}

struct Sheet<W: Write> {
    writer: csv::Writer<W>,
    decimal: char,
    rows: usize,
}

impl<W: Write> Sheet<W> {
    fn new(mut out: W, options: &ExportOptions, header: &[&str]) -> Result<Sheet<W>> {
        if options.bom {
            out.write_all("\u{feff}".as_bytes())
                .map_err(|e| Error::Export(e.to_string()))?;
        }
        let mut writer = csv::WriterBuilder::new()
            .delimiter(options.locale.separator)
            .from_writer(out);
        writer
            .write_record(header)
            .map_err(|e| Error::Export(e.to_string()))?;
        Ok(Sheet {
            writer,
            decimal: options.locale.decimal,
            rows: 0,
        })
    }

    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        let fields: Vec<String> = cells
            .into_iter()
            .map(|c| match c {
                Cell::Text(t) => safe_text(&t),
                Cell::Number(n) if self.decimal == '.' => n,
                Cell::Number(n) => n.replace('.', &self.decimal.to_string()),
            })
            .collect();
        self.writer
            .write_record(&fields)
            .map_err(|e| Error::Export(e.to_string()))?;
        self.rows += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<usize> {
        self.writer
            .flush()
            .map_err(|e| Error::Export(e.to_string()))?;
        Ok(self.rows)
    }
}

fn t(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn n(s: impl Into<String>) -> Cell {
    Cell::Number(s.into())
}

fn span_of(options: &ExportOptions) -> Span<'_> {
    Span {
        from: options.from,
        to: options.to,
        project: options.project.as_deref(),
    }
}

/// Writes `report` as CSV to `out`; returns the number of data rows.
pub fn export_csv(
    ledger: &Ledger,
    report: Report,
    out: impl Write,
    options: &ExportOptions,
) -> Result<usize> {
    let currency = ledger.currency().clone();
    let span = span_of(options);
    let books = ledger.books();
    match report {
        Report::Contributions => {
            let mut sheet = Sheet::new(
                out,
                options,
                &[
                    "id",
                    "date",
                    "member",
                    "project",
                    "kind",
                    "quantity",
                    "measure",
                    "rate",
                    "multiplier",
                    "value",
                    "status",
                    "approvals",
                    "note",
                ],
            )?;
            books.each_contribution_line(&span, |c| {
                sheet.row(vec![
                    t(c.id),
                    t(c.date.to_string()),
                    t(c.member),
                    t(c.project),
                    t(c.kind),
                    n(format_trimmed(i128::from(c.quantity_e4), QUANTITY_SCALE)),
                    t(c.measure),
                    n(format_trimmed(i128::from(c.rate_e4), RATE_SCALE)),
                    n(format_trimmed(
                        i128::from(c.multiplier_e3),
                        MULTIPLIER_SCALE,
                    )),
                    n(format_trimmed(
                        crate::model::value_of(c.quantity_e4, c.rate_e4, c.multiplier_e3),
                        VALUE_SCALE,
                    )),
                    t(c.status.as_str()),
                    n(c.approvals.to_string()),
                    t(c.note),
                ])
            })?;
            // Resource credits (SPEC §14): one row per owner per use, of
            // the built-in kind, with its exact value; they count without
            // approval. The multiplier is left empty: the value is the
            // owner's share of quantity × rate, not a product of the row.
            for u in ledger.resource_uses()? {
                let in_span = span.from.is_none_or(|d| u.date >= d)
                    && span.to.is_none_or(|d| u.date <= d)
                    && span.project.is_none_or(|p| p == u.project);
                if !in_span {
                    continue;
                }
                for (owner, value) in &u.credits {
                    sheet.row(vec![
                        t(u.id.clone()),
                        t(u.date.to_string()),
                        t(owner.clone()),
                        t(u.project.clone()),
                        t(crate::model::RESOURCE_USE_KIND),
                        n(u.quantity.clone()),
                        t("quantity"),
                        n(u.rate.clone()),
                        t(""),
                        n(value.clone()),
                        t("counts"),
                        n("0"),
                        t(format!("use of resource {}", u.resource)),
                    ])?;
                }
            }
            sheet.finish()
        }
        Report::Allocations => {
            let mut sheet = Sheet::new(
                out,
                options,
                &[
                    "distribution",
                    "revenue",
                    "date",
                    "project",
                    "bucket",
                    "recipient",
                    "amount",
                    "currency",
                    "weight",
                    "stage",
                    "cap",
                    "capped",
                ],
            )?;
            books.each_allocation(&span, |a| {
                sheet.row(vec![
                    t(a.distribution),
                    t(a.revenue),
                    t(a.date.to_string()),
                    t(a.project),
                    t(a.bucket),
                    t(a.recipient),
                    n(currency.format(a.amount_minor)),
                    t(currency.code.clone()),
                    n(a.weight),
                    // The stage percents behind the weight (`50%`), the
                    // bucket's cap and whether this line was held at it.
                    t(a.stage),
                    match a.cap_minor {
                        Some(cap) => n(currency.format(cap)),
                        None => t(String::new()),
                    },
                    t(if a.capped { "true" } else { "false" }.to_string()),
                ])
            })?;
            sheet.finish()
        }
        Report::Balances => {
            let mut sheet = Sheet::new(
                out,
                options,
                &[
                    "account", "name", "type", "earned", "paid", "owed", "currency",
                ],
            )?;
            for b in ledger.balances()? {
                sheet.row(vec![
                    t(b.account),
                    t(b.name),
                    t(b.account_type),
                    n(currency.format(b.earned_minor)),
                    n(currency.format(b.paid_minor)),
                    n(currency.format(b.owed_minor)),
                    t(currency.code.clone()),
                ])?;
            }
            sheet.finish()
        }
        Report::Payouts => {
            let mut sheet = Sheet::new(
                out,
                options,
                &[
                    "id", "date", "account", "amount", "currency", "method", "note",
                ],
            )?;
            for p in books.payouts_in(&span)? {
                sheet.row(vec![
                    t(p.id),
                    t(p.date.to_string()),
                    t(p.account),
                    n(currency.format(p.amount_minor)),
                    t(currency.code.clone()),
                    t(p.method),
                    t(p.note),
                ])?;
            }
            sheet.finish()
        }
        Report::Journal => {
            let mut sheet = Sheet::new(
                out,
                options,
                &[
                    "date", "entry", "account", "debit", "credit", "currency", "memo",
                ],
            )?;
            for tx in double_entry(ledger, options)? {
                for posting in &tx.postings {
                    let (debit, credit) = if posting.amount_minor >= 0 {
                        (currency.format(posting.amount_minor), String::new())
                    } else {
                        (String::new(), currency.format(-posting.amount_minor))
                    };
                    sheet.row(vec![
                        t(tx.date.to_string()),
                        t(tx.entry.clone()),
                        t(posting.account.clone()),
                        n(debit),
                        n(credit),
                        t(currency.code.clone()),
                        t(tx.memo.clone()),
                    ])?;
                }
            }
            sheet.finish()
        }
        Report::Members | Report::Projects | Report::Kinds | Report::Revenues => {
            export_table(ledger, report, out, options)
        }
    }
}

/// The four tables `import` reads besides contributions, in its columns,
/// so a ledger's catalogue moves to another ledger (or round-trips through
/// a spreadsheet) in the file's locale.
fn export_table(
    ledger: &Ledger,
    report: Report,
    out: impl Write,
    options: &ExportOptions,
) -> Result<usize> {
    let date = |d: Option<NaiveDate>| t(d.map(|d| d.to_string()).unwrap_or_default());
    let catalog = ledger.catalog()?;
    match report {
        Report::Members => {
            let header = ["handle", "name", "joined_on", "type", "status"];
            let mut sheet = Sheet::new(out, options, &header)?;
            for a in catalog.accounts.values() {
                sheet.row(vec![
                    t(a.handle.clone()),
                    t(a.name.clone()),
                    date(a.joined_on),
                    t(a.account_type.as_str()),
                    t(a.status.as_str()),
                ])?;
            }
            sheet.finish()
        }
        Report::Projects => {
            let mut sheet = Sheet::new(out, options, &["code", "name", "parent"])?;
            for p in catalog.projects.values() {
                let parent = p.parent.clone().unwrap_or_default();
                sheet.row(vec![t(p.code.clone()), t(p.name.clone()), t(parent)])?;
            }
            sheet.finish()
        }
        Report::Kinds => {
            let header = [
                "code",
                "name",
                "measure",
                "unit",
                "rate",
                "multiplier",
                "gift",
                "reimbursable",
                "deferred",
                "valued_by",
                "effective_from",
            ];
            let mut sheet = Sheet::new(out, options, &header)?;
            let flag = |b: bool| t(if b { "true" } else { "false" });
            for k in catalog.kinds.values() {
                for v in catalog.versions.get(&k.code).into_iter().flatten() {
                    sheet.row(vec![
                        t(k.code.clone()),
                        t(k.name.clone()),
                        t(k.measure.as_str()),
                        t(k.unit.clone().unwrap_or_default()),
                        n(v.rate_text()),
                        n(v.multiplier_text()),
                        flag(k.gift),
                        flag(k.reimbursable),
                        flag(k.deferred),
                        t(if k.peers { "peers" } else { "" }),
                        date(v.effective_from),
                    ])?;
                }
            }
            sheet.finish()
        }
        _ => {
            let currency = ledger.currency();
            let header = ["id", "date", "project", "amount", "currency", "note"];
            let mut sheet = Sheet::new(out, options, &header)?;
            for r in ledger.books().revenues_in(&span_of(options))? {
                sheet.row(vec![
                    t(r.id),
                    t(r.date.to_string()),
                    t(r.project),
                    n(currency.format(r.amount_minor)),
                    t(currency.code.clone()),
                    t(r.note),
                ])?;
            }
            sheet.finish()
        }
    }
}

/// One posting of a double-entry transaction: positive is a debit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Posting {
    /// Account name (`Assets:Bank`, `Income:festival`, `Liabilities:Payable:ana`).
    pub account: String,
    /// Debit (> 0) or credit (< 0), in minor units.
    pub amount_minor: i64,
}

/// A balanced double-entry transaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transaction {
    /// Date.
    pub date: NaiveDate,
    /// The OpenValue entry it comes from (revenue, distribution, payout id).
    pub entry: String,
    /// Description.
    pub memo: String,
    /// Postings; they sum to zero.
    pub postings: Vec<Posting>,
}

/// The account an allocation to `handle` is owed from.
fn recipient_account(handle: &str, is_fund: bool) -> String {
    if is_fund {
        format!("Equity:Funds:{handle}")
    } else {
        format!("Liabilities:Payable:{handle}")
    }
}

/// The books as double-entry transactions: revenue received into the bank,
/// distributions moving income to what is owed to members and funds,
/// reversals undoing them, payouts paying from the bank.
pub fn double_entry(ledger: &Ledger, options: &ExportOptions) -> Result<Vec<Transaction>> {
    let books = ledger.books();
    let span = span_of(options);
    let funds = books.fund_handles()?;
    // Each transaction with its rank within a day: money received, then
    // split, then reversals, then paid out — the order a reader expects.
    let mut txs: Vec<(u8, Transaction)> = Vec::new();
    for r in books.revenues_in(&span)? {
        txs.push((
            0,
            Transaction {
                date: r.date,
                entry: r.id.clone(),
                memo: if r.note.is_empty() {
                    format!("revenue of {}", r.project)
                } else {
                    format!("revenue of {}: {}", r.project, r.note)
                },
                postings: vec![
                    Posting {
                        account: "Assets:Bank".into(),
                        amount_minor: r.amount_minor,
                    },
                    Posting {
                        account: format!("Income:{}", r.project),
                        amount_minor: -r.amount_minor,
                    },
                ],
            },
        ));
    }
    // Distributions and their reversals.
    for d in books.distribution_postings(span.project)? {
        let total: i64 = d.lines.iter().map(|(_, a)| a).sum();
        let mut postings = vec![Posting {
            account: format!("Income:{}", d.project),
            amount_minor: total,
        }];
        postings.extend(d.lines.iter().map(|(r, a)| Posting {
            account: recipient_account(r, funds.contains(r)),
            amount_minor: -a,
        }));
        if span.covers(d.date) {
            txs.push((
                1,
                Transaction {
                    date: d.date,
                    entry: d.id.clone(),
                    memo: format!("distribution of revenue {}", d.revenue),
                    postings: postings.clone(),
                },
            ));
        }
        if let Some(reversal_date) = d.reversed_on.filter(|r| span.covers(*r)) {
            txs.push((
                2,
                Transaction {
                    date: reversal_date,
                    entry: format!("{}-reversal", d.id),
                    memo: format!("reversal of distribution {}", d.id),
                    postings: postings
                        .iter()
                        .map(|p| Posting {
                            account: p.account.clone(),
                            amount_minor: -p.amount_minor,
                        })
                        .collect(),
                },
            ));
        }
    }
    // Payouts (not tied to a project).
    if span.project.is_none() {
        for p in books.payouts_in(&span)? {
            let mut memo = format!("payout to {}", p.account);
            if !p.method.is_empty() {
                memo.push_str(&format!(" by {}", p.method));
            }
            if !p.note.is_empty() {
                memo.push_str(&format!(": {}", p.note));
            }
            txs.push((
                3,
                Transaction {
                    date: p.date,
                    entry: p.id,
                    memo,
                    postings: vec![
                        Posting {
                            account: recipient_account(&p.account, funds.contains(&p.account)),
                            amount_minor: p.amount_minor,
                        },
                        Posting {
                            account: "Assets:Bank".into(),
                            amount_minor: -p.amount_minor,
                        },
                    ],
                },
            ));
        }
    }
    txs.sort_by(|(ra, a), (rb, b)| (a.date, ra, &a.entry).cmp(&(b.date, rb, &b.entry)));
    Ok(txs.into_iter().map(|(_, tx)| tx).collect())
}

/// Writes the double-entry journal in hledger's journal format: the
/// commodity and every account declared (with hledger's account types, so
/// `hledger check --strict` and the balance sheet reports work as they
/// are), then one transaction per revenue, distribution, reversal and
/// payout, with the OpenValue entry id as the transaction code.
pub fn export_hledger(
    ledger: &Ledger,
    mut out: impl Write,
    options: &ExportOptions,
) -> Result<usize> {
    let currency: &Currency = ledger.currency();
    let io = |e: std::io::Error| Error::Export(e.to_string());
    let txs = double_entry(ledger, options)?;
    writeln!(
        out,
        "; OpenValue export of {}",
        one_line(&ledger.settings().name)
    )
    .map_err(io)?;
    writeln!(out, "commodity {}", format_commodity(currency)).map_err(io)?;
    let accounts: std::collections::BTreeSet<&str> = txs
        .iter()
        .flat_map(|tx| tx.postings.iter().map(|p| p.account.as_str()))
        .collect();
    if !accounts.is_empty() {
        writeln!(out).map_err(io)?;
    }
    for account in accounts {
        let account_type = match account.split(':').next() {
            Some("Assets") => "A",
            Some("Liabilities") => "L",
            Some("Equity") => "E",
            Some("Income") => "R",
            _ => "X",
        };
        writeln!(out, "account {account:<40}  ; type: {account_type}").map_err(io)?;
    }
    for tx in &txs {
        writeln!(out, "\n{} ({}) {}", tx.date, tx.entry, one_line(&tx.memo)).map_err(io)?;
        for p in &tx.postings {
            writeln!(
                out,
                "    {:<40}  {} {}",
                p.account,
                format_scaled(i128::from(p.amount_minor), currency.scale),
                currency.code
            )
            .map_err(io)?;
        }
    }
    Ok(txs.len())
}

/// One component of a beancount account name for a handle or a project
/// code: beancount wants a capital letter or a digit first, then letters,
/// digits and dashes. The mapping is injective (ADR 11), so `a_b` and
/// `a-b` stay two accounts: a lowercase letter or digit stays (the first
/// letter capitalised), `-` becomes `--`, `_` becomes `-u`, a capital `X`
/// becomes `-X`, any other character `-x` and its hexadecimal code point
/// and `-`. Every escape starts with `-` and none is a prefix of another,
/// so the name can be read back; it is injective over names that start
/// with a lowercase letter or a digit, as every handle and code does.
///
/// ```
/// use openvalue::export::beancount_component;
/// assert_eq!(beancount_component("ana"), "Ana");
/// assert_eq!(beancount_component("a_b"), "A-ub");
/// assert_eq!(beancount_component("a-b"), "A--b");
/// assert_eq!(beancount_component("2026-fest"), "2026--fest");
/// ```
pub fn beancount_component(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    for (i, c) in name.chars().enumerate() {
        match c {
            'a'..='z' if i == 0 => out.push(c.to_ascii_uppercase()),
            'a'..='z' | '0'..='9' => out.push(c),
            '-' => out.push_str("--"),
            '_' => out.push_str("-u"),
            'A'..='Z' => {
                out.push('-');
                out.push(c);
            }
            other => out.push_str(&format!("-x{:x}-", u32::from(other))),
        }
    }
    if !out.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        // Outside the handles' alphabet: still a valid name.
        out.insert(0, '0');
    }
    out
}

/// The beancount name of an account of [`double_entry`].
fn beancount_account(account: &str) -> String {
    for prefix in ["Income:", "Liabilities:Payable:", "Equity:Funds:"] {
        if let Some(name) = account.strip_prefix(prefix) {
            return format!("{prefix}{}", beancount_component(name));
        }
    }
    account.to_string()
}

/// Text as a beancount string literal: quoted, with `\` and `"` escaped,
/// on one line.
fn beancount_string(text: &str) -> String {
    let one_line = text.replace(['\n', '\r'], " ");
    format!(
        "\"{}\"",
        one_line.replace('\\', "\\\\").replace('"', "\\\"")
    )
}

/// Writes the double-entry journal in beancount's format (version 3):
/// the currency as the operating currency, each account opened on the
/// date of its first posting, one transaction per revenue, distribution,
/// reversal and payout (the OpenValue entry id as its `entry` metadata),
/// and — for the whole books, without `--from`, `--to` or `--project` —
/// `balance` assertions the day after the last transaction that hold
/// OpenValue's balances (what is owed to each member and fund, what the
/// bank holds) with no tolerance, so `bean-check` proves the two agree to
/// the cent.
pub fn export_beancount(
    ledger: &Ledger,
    mut out: impl Write,
    options: &ExportOptions,
) -> Result<usize> {
    let currency: &Currency = ledger.currency();
    let code = &currency.code;
    let io = |e: std::io::Error| Error::Export(e.to_string());
    let txs = double_entry(ledger, options)?;
    let name = &ledger.settings().name;
    writeln!(out, "; OpenValue export of {}", one_line(name)).map_err(io)?;
    writeln!(out, "option \"title\" {}", beancount_string(name)).map_err(io)?;
    writeln!(out, "option \"operating_currency\" \"{code}\"").map_err(io)?;
    let mut opened: std::collections::BTreeMap<String, NaiveDate> = Default::default();
    for tx in &txs {
        for p in &tx.postings {
            let first = opened
                .entry(beancount_account(&p.account))
                .or_insert(tx.date);
            *first = (*first).min(tx.date);
        }
    }
    if let Some(first) = opened.values().min() {
        writeln!(out, "\n{first} commodity {code}").map_err(io)?;
    }
    let mut opens: Vec<(&NaiveDate, &String)> = opened.iter().map(|(a, d)| (d, a)).collect();
    opens.sort();
    for (date, account) in opens {
        writeln!(out, "{date} open {account} {code}").map_err(io)?;
    }
    for tx in &txs {
        writeln!(out, "\n{} * {}", tx.date, beancount_string(&tx.memo)).map_err(io)?;
        writeln!(out, "  entry: {}", beancount_string(&tx.entry)).map_err(io)?;
        for p in &tx.postings {
            let amount = format_scaled(i128::from(p.amount_minor), currency.scale);
            let account = beancount_account(&p.account);
            writeln!(out, "  {account:<40}  {amount:>14} {code}").map_err(io)?;
        }
    }
    let whole_books = options.from.is_none() && options.to.is_none() && options.project.is_none();
    if let (true, Some(last)) = (whole_books, txs.last()) {
        let day_after = last.date.succ_opt().unwrap_or(last.date);
        writeln!(out).map_err(io)?;
        for (account, balance_minor) in closing_balances(ledger)? {
            let account = beancount_account(&account);
            if !opened.contains_key(&account) && balance_minor == 0 {
                continue; // never used: nothing to open or to assert
            }
            let amount = format_scaled(i128::from(balance_minor), currency.scale);
            // `~ 0`: exact. Beancount's inferred tolerance at two places
            // would let a balance one cent off pass.
            writeln!(
                out,
                "{day_after} balance {account:<40}  {amount:>14} ~ 0 {code}"
            )
            .map_err(io)?;
        }
    }
    Ok(txs.len())
}

/// What OpenValue says each account of [`double_entry`] holds at the end:
/// what is owed to each member (payable) and fund (equity) as a credit
/// balance, and the bank's revenues received less payouts.
fn closing_balances(ledger: &Ledger) -> Result<Vec<(String, i64)>> {
    let balances = ledger.balances()?;
    let received: i64 = ledger
        .books()
        .revenues_in(&Span::default())?
        .iter()
        .map(|r| r.amount_minor)
        .sum();
    let paid: i64 = balances.iter().map(|b| b.paid_minor).sum();
    let mut out = vec![("Assets:Bank".to_string(), received - paid)];
    for b in balances {
        out.push((
            recipient_account(&b.account, b.account_type == "fund"),
            -b.owed_minor,
        ));
    }
    Ok(out)
}

/// Text on one line of a plain-text journal: no line breaks, and no `;`,
/// which would start a comment.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', ';'], " ")
}

fn format_commodity(currency: &Currency) -> String {
    let sample = format_scaled(100_000 * 10i128.pow(currency.scale), currency.scale);
    format!("{sample} {}", currency.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(safe_text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(safe_text("+1"), "'+1");
        assert_eq!(safe_text("-1"), "'-1");
        assert_eq!(safe_text("@x"), "'@x");
        assert_eq!(safe_text("\tx"), "'\tx");
        assert_eq!(safe_text("\rx"), "'\rx");
        assert_eq!(safe_text("Ana"), "Ana");
        for text in [
            "=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "Ana", "'=x", "''",
        ] {
            assert_eq!(unneutralised(&safe_text(text)), text);
        }
    }

    /// Reads a [`beancount_component`] back: the proof that it is injective.
    fn decode(component: &str) -> Option<String> {
        let mut chars = component.chars();
        let mut out = String::new();
        let first = chars.next()?;
        if first.is_ascii_uppercase() {
            out.push(first.to_ascii_lowercase());
        } else if first.is_ascii_digit() {
            out.push(first);
        } else {
            return None;
        }
        while let Some(c) = chars.next() {
            match c {
                '-' => match chars.next()? {
                    '-' => out.push('-'),
                    'u' => out.push('_'),
                    'x' => {
                        let hex: String = chars.by_ref().take_while(|c| *c != '-').collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    upper if upper.is_ascii_uppercase() => out.push(upper),
                    _ => return None,
                },
                c if c.is_ascii_lowercase() || c.is_ascii_digit() => out.push(c),
                _ => return None,
            }
        }
        Some(out)
    }

    /// What beancount 3 accepts as a component after the root:
    /// a capital letter or digit, then letters, digits and dashes.
    fn valid_component(component: &str) -> bool {
        component
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && component
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
    }

    #[test]
    fn look_alike_handles_are_distinct_accounts() {
        let names = [
            "a_b", "a-b", "a--b", "a-ub", "a_u", "a-u", "ab", "a-B", "0-", "0_",
        ];
        let mut seen = std::collections::HashSet::new();
        for name in names {
            let component = beancount_component(name);
            assert!(valid_component(&component), "{name} → {component}");
            assert!(seen.insert(component.clone()), "{name} → {component} twice");
            assert_eq!(decode(&component).as_deref(), Some(name));
        }
    }

    proptest::proptest! {
        /// An exported text cell imports back as the text.
        #[test]
        fn neutralised_text_reads_back(text in "['=+@\\t\\r-]{0,3}\\PC{0,8}") {
            let cell = safe_text(&text);
            proptest::prop_assert_eq!(unneutralised(&cell), text.as_str());
        }

        /// Every handle or code (and any text that starts like one) maps to
        /// a valid component that reads back as itself: no two share one.
        #[test]
        fn beancount_components_are_valid_and_injective(
            name in "[a-z0-9][a-zA-Z0-9_\\-. éß;:]{0,31}",
            other in "[a-z0-9][a-z0-9_\\-]{0,31}",
        ) {
            let (a, b) = (beancount_component(&name), beancount_component(&other));
            proptest::prop_assert!(valid_component(&a), "{} → {}", name, a);
            proptest::prop_assert_eq!(decode(&a), Some(name.clone()));
            proptest::prop_assert_eq!(a == b, name == other);
        }
    }

    #[test]
    fn locales() {
        assert_eq!(Locale::parse("en").unwrap().separator, b',');
        assert_eq!(Locale::parse("ca").unwrap().decimal, ',');
        assert!(Locale::parse("xx").is_err());
    }
}
