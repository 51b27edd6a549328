//! Exports for the treasurer and the accountant (SPEC §5): CSV in the
//! reader's locale, a double-entry journal, and hledger's plain-text format.
//!
//! Text cells that a spreadsheet would run as a formula are neutralised;
//! numbers are written as numbers in the locale's decimal mark.

use std::io::Write;

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{date_of_day, day_number};
use crate::money::{
    format_scaled, format_trimmed, Currency, MULTIPLIER_SCALE, QUANTITY_SCALE, RATE_SCALE,
    VALUE_SCALE,
};
use crate::store::query::ContributionStatus;
use crate::store::{Ledger, StoreError};

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
}

impl Report {
    /// Every report.
    pub const ALL: [Report; 5] = [
        Report::Contributions,
        Report::Allocations,
        Report::Balances,
        Report::Payouts,
        Report::Journal,
    ];
    /// Its name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Report::Contributions => "contributions",
            Report::Allocations => "allocations",
            Report::Balances => "balances",
            Report::Payouts => "payouts",
            Report::Journal => "journal",
        }
    }
}

impl std::str::FromStr for Report {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Report, String> {
        Report::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("'{s}' is not an export: use contributions, allocations, balances, payouts or journal"))
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
    /// `en` → `,` and `.`; `es ca fr de it pt nl` → `;` and `,`.
    pub fn parse(code: &str) -> std::result::Result<Locale, String> {
        match code {
            "en" => Ok(Locale {
                separator: b',',
                decimal: '.',
            }),
            "es" | "ca" | "fr" | "de" | "it" | "pt" | "nl" => Ok(Locale {
                separator: b';',
                decimal: ',',
            }),
            other => Err(format!(
                "unknown locale '{other}': use en, es, ca, fr, de, it, pt or nl"
            )),
        }
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

/// Neutralises a text cell against formula injection (`=`, `+`, `-`, `@`, tab, CR).
pub fn safe_text(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
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

fn day_range(options: &ExportOptions) -> (i64, i64) {
    (
        options.from.map(day_number).unwrap_or(i64::MIN),
        options.to.map(day_number).unwrap_or(i64::MAX),
    )
}

/// Writes `report` as CSV to `out`; returns the number of data rows.
pub fn export_csv(
    ledger: &Ledger,
    report: Report,
    out: impl Write,
    options: &ExportOptions,
) -> Result<usize> {
    let currency = ledger.currency().clone();
    let (from, to) = day_range(options);
    let project = options.project.as_deref();
    let conn = ledger.conn();
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
            let k = ledger.settings().approvals_required;
            let mut stmt = conn.prepare(
                "SELECT c.id, c.day, c.member, c.project, c.kind, c.quantity_e4, k.measure, v.rate_e4, v.multiplier_e3,
                        c.void, c.rejections, c.approvals, c.note, k.gift, k.reimbursable
                 FROM contributions c JOIN kinds k ON k.code = c.kind
                 JOIN kind_versions v ON v.kind = c.kind AND v.from_day = (
                    SELECT max(v2.from_day) FROM kind_versions v2 WHERE v2.kind = c.kind AND v2.from_day <= c.day)
                 WHERE c.day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.project = ?3)
                 ORDER BY c.day, c.entered",
            ).map_err(StoreError::from)?;
            let mut rows = stmt
                .query(params![from, to, project])
                .map_err(StoreError::from)?;
            while let Some(r) = rows.next().map_err(StoreError::from)? {
                let q: i64 = r.get(5).map_err(StoreError::from)?;
                let rate: i64 = r.get(7).map_err(StoreError::from)?;
                let mult: i64 = r.get(8).map_err(StoreError::from)?;
                let void: bool = r.get(9).map_err(StoreError::from)?;
                let rejections: i64 = r.get(10).map_err(StoreError::from)?;
                let approvals: i64 = r.get(11).map_err(StoreError::from)?;
                let status = ContributionStatus::judge(void, rejections, approvals, k).as_str();
                sheet.row(vec![
                    t(r.get::<_, String>(0).map_err(StoreError::from)?),
                    t(date_of_day(r.get(1).map_err(StoreError::from)?).to_string()),
                    t(r.get::<_, String>(2).map_err(StoreError::from)?),
                    t(r.get::<_, String>(3).map_err(StoreError::from)?),
                    t(r.get::<_, String>(4).map_err(StoreError::from)?),
                    n(format_trimmed(i128::from(q), QUANTITY_SCALE)),
                    t(r.get::<_, String>(6).map_err(StoreError::from)?),
                    n(format_trimmed(i128::from(rate), RATE_SCALE)),
                    n(format_trimmed(i128::from(mult), MULTIPLIER_SCALE)),
                    n(format_trimmed(
                        crate::model::value_of(q, rate, mult),
                        VALUE_SCALE,
                    )),
                    t(status),
                    n(approvals.to_string()),
                    t(r.get::<_, String>(12).map_err(StoreError::from)?),
                ])?;
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
                ],
            )?;
            let mut stmt = conn.prepare(
                "SELECT d.id, d.revenue, d.revenue_day, d.project, a.bucket, a.recipient, a.amount_minor, a.weight
                 FROM allocations a JOIN distributions d ON d.id = a.distribution
                 WHERE d.reversed = 0 AND d.revenue_day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR d.project = ?3)
                 ORDER BY d.revenue_day, d.id, a.bucket_index, a.recipient",
            ).map_err(StoreError::from)?;
            let mut rows = stmt
                .query(params![from, to, project])
                .map_err(StoreError::from)?;
            while let Some(r) = rows.next().map_err(StoreError::from)? {
                sheet.row(vec![
                    t(r.get::<_, String>(0).map_err(StoreError::from)?),
                    t(r.get::<_, String>(1).map_err(StoreError::from)?),
                    t(date_of_day(r.get(2).map_err(StoreError::from)?).to_string()),
                    t(r.get::<_, String>(3).map_err(StoreError::from)?),
                    t(r.get::<_, String>(4).map_err(StoreError::from)?),
                    t(r.get::<_, String>(5).map_err(StoreError::from)?),
                    n(currency.format(r.get(6).map_err(StoreError::from)?)),
                    t(currency.code.clone()),
                    n(r.get::<_, String>(7).map_err(StoreError::from)?),
                ])?;
            }
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
            let mut stmt = conn
                .prepare(
                    "SELECT id, day, account, amount_minor, method, note FROM payouts
                 WHERE day BETWEEN ?1 AND ?2 ORDER BY day, id",
                )
                .map_err(StoreError::from)?;
            let mut rows = stmt.query(params![from, to]).map_err(StoreError::from)?;
            while let Some(r) = rows.next().map_err(StoreError::from)? {
                sheet.row(vec![
                    t(r.get::<_, String>(0).map_err(StoreError::from)?),
                    t(date_of_day(r.get(1).map_err(StoreError::from)?).to_string()),
                    t(r.get::<_, String>(2).map_err(StoreError::from)?),
                    n(currency.format(r.get(3).map_err(StoreError::from)?)),
                    t(currency.code.clone()),
                    t(r.get::<_, String>(4).map_err(StoreError::from)?),
                    t(r.get::<_, String>(5).map_err(StoreError::from)?),
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
    let conn = ledger.conn();
    let (from, to) = day_range(options);
    let project = options.project.as_deref();
    let funds: std::collections::HashSet<String> = conn
        .prepare("SELECT handle FROM accounts WHERE type = 'fund'")
        .map_err(StoreError::from)?
        .query_map([], |r| r.get(0))
        .map_err(StoreError::from)?
        .collect::<std::result::Result<_, _>>()
        .map_err(StoreError::from)?;
    // Each transaction with its rank within a day: money received, then
    // split, then reversals, then paid out — the order a reader expects.
    let mut txs: Vec<(u8, Transaction)> = Vec::new();
    // Revenues.
    let mut stmt = conn
        .prepare("SELECT id, project, day, amount_minor, note FROM revenues WHERE day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR project = ?3)")
        .map_err(StoreError::from)?;
    let rows = stmt
        .query_map(params![from, to, project], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .map_err(StoreError::from)?;
    for row in rows {
        let (id, project, day, amount, note) = row.map_err(StoreError::from)?;
        txs.push((
            0,
            Transaction {
                date: date_of_day(day),
                entry: id.clone(),
                memo: if note.is_empty() {
                    format!("revenue of {project}")
                } else {
                    format!("revenue of {project}: {note}")
                },
                postings: vec![
                    Posting {
                        account: "Assets:Bank".into(),
                        amount_minor: amount,
                    },
                    Posting {
                        account: format!("Income:{project}"),
                        amount_minor: -amount,
                    },
                ],
            },
        ));
    }
    // Distributions and their reversals.
    let mut stmt = conn
        .prepare(
            "SELECT d.id, d.project, d.revenue, d.revenue_day, d.reversed,
                    (SELECT substr(j.recorded_at, 1, 10) FROM journal j WHERE j.id = d.reversal_entry)
             FROM distributions d WHERE (?1 IS NULL OR d.project = ?1) ORDER BY d.revenue_day, d.id",
        )
        .map_err(StoreError::from)?;
    let dists: Vec<(String, String, String, i64, bool, Option<String>)> = stmt
        .query_map(params![project], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .map_err(StoreError::from)?
        .collect::<std::result::Result<_, _>>()
        .map_err(StoreError::from)?;
    let mut lines_stmt = conn
        .prepare("SELECT recipient, sum(amount_minor) FROM allocations WHERE distribution = ?1 GROUP BY recipient ORDER BY recipient")
        .map_err(StoreError::from)?;
    for (id, project, revenue, day, reversed, reversal_day) in dists {
        let lines: Vec<(String, i64)> = lines_stmt
            .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(StoreError::from)?
            .collect::<std::result::Result<_, _>>()
            .map_err(StoreError::from)?;
        let total: i64 = lines.iter().map(|(_, a)| a).sum();
        let mut postings = vec![Posting {
            account: format!("Income:{project}"),
            amount_minor: total,
        }];
        postings.extend(lines.iter().map(|(r, a)| Posting {
            account: recipient_account(r, funds.contains(r)),
            amount_minor: -a,
        }));
        let date = date_of_day(day);
        if day >= from && day <= to {
            txs.push((
                1,
                Transaction {
                    date,
                    entry: id.clone(),
                    memo: format!("distribution of revenue {revenue}"),
                    postings: postings.clone(),
                },
            ));
        }
        if reversed {
            let reversal_date = reversal_day
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
                .unwrap_or(date)
                .max(date);
            let rd = day_number(reversal_date);
            if rd >= from && rd <= to {
                txs.push((
                    2,
                    Transaction {
                        date: reversal_date,
                        entry: format!("{id}-reversal"),
                        memo: format!("reversal of distribution {id}"),
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
    }
    // Payouts (not tied to a project).
    if project.is_none() {
        let mut stmt = conn
            .prepare("SELECT id, account, day, amount_minor, method, note FROM payouts WHERE day BETWEEN ?1 AND ?2")
            .map_err(StoreError::from)?;
        let rows = stmt
            .query_map(params![from, to], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .map_err(StoreError::from)?;
        for row in rows {
            let (id, account, day, amount, method, note) = row.map_err(StoreError::from)?;
            let mut memo = format!("payout to {account}");
            if !method.is_empty() {
                memo.push_str(&format!(" by {method}"));
            }
            if !note.is_empty() {
                memo.push_str(&format!(": {note}"));
            }
            txs.push((
                3,
                Transaction {
                    date: date_of_day(day),
                    entry: id,
                    memo,
                    postings: vec![
                        Posting {
                            account: recipient_account(&account, funds.contains(&account)),
                            amount_minor: amount,
                        },
                        Posting {
                            account: "Assets:Bank".into(),
                            amount_minor: -amount,
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
    }

    #[test]
    fn locales() {
        assert_eq!(Locale::parse("en").unwrap().separator, b',');
        assert_eq!(Locale::parse("ca").unwrap().decimal, ',');
        assert!(Locale::parse("xx").is_err());
    }
}
