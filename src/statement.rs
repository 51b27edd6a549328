//! A member's statement (SPEC §13): their contributions with status and
//! value, each line they got in a distribution with the weight behind it,
//! their payouts and what is owed — a document a member can keep, as HTML
//! or PDF (ADR 13).
//!
//! [`Ledger::statement`] gathers the figures from the books; the totals
//! are [`Books::balances_in`](crate::store::Books::balances_in)'s, the
//! same function `balances` prints, so a statement and the balances for
//! the same member and period always agree. [`Statement::html`] and
//! [`Statement::pdf`] only lay them out.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::members::Role;
use crate::model::value_of;
use crate::money::{format_trimmed, Currency, QUANTITY_SCALE, VALUE_SCALE};
use crate::store::{AllocationRow, Ledger, Span};

/// One contribution on a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementContribution {
    /// Its id.
    pub id: String,
    /// Date.
    pub date: NaiveDate,
    /// Project.
    pub project: String,
    /// Kind.
    pub kind: String,
    /// Quantity and measure ("2.5 hours").
    pub quantity: String,
    /// quantity × rate × multiplier (exact decimal text).
    pub value: String,
    /// counts, pending, rejected (with the reason) or void.
    pub status: String,
}

/// Everything a statement shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The cooperative's name.
    pub cooperative: String,
    /// The ledger's currency.
    pub currency: Currency,
    /// The member's (or fund's) handle.
    pub account: String,
    /// Their name.
    pub name: String,
    /// From this date (`None`: the beginning).
    pub from: Option<NaiveDate>,
    /// Up to this date (`None`: today and after).
    pub to: Option<NaiveDate>,
    /// Their contributions dated in the period.
    pub contributions: Vec<StatementContribution>,
    /// Their lines in live distributions of revenues dated in the period.
    pub lines: Vec<AllocationRow>,
    /// Payouts to them (not voided) dated in the period.
    pub payouts: Vec<crate::model::PayoutRecord>,
    /// Earned in the period, in minor units.
    pub earned_minor: i64,
    /// Paid in the period, in minor units.
    pub paid_minor: i64,
    /// Earned − paid in the period.
    pub net_minor: i64,
    /// Owed at the end of the period (everything earned − paid up to it).
    pub owed_minor: i64,
}

impl Ledger {
    /// The statement of `account` for a period. With sign-in on, a member
    /// may have their own; anyone else's needs a treasurer (SPEC §13).
    pub fn statement(
        &self,
        account: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Statement> {
        let catalog = self.catalog()?;
        let Some(a) = catalog.accounts.get(account) else {
            return Err(Error::NotFound(crate::validate::unknown_message(
                "member",
                account,
                catalog.accounts.keys(),
            )));
        };
        if self.signed_in() == Some(account) {
            self.may(Role::Member, "a member's own statement")?;
        } else {
            self.may(Role::Treasurer, "another member's statement")?;
        }
        let books = self.books();
        let span = Span {
            from,
            to,
            project: None,
        };
        let contributions = self.statement_contributions(account, &span)?;
        let mut lines = Vec::new();
        books.each_allocation(&span, |l| {
            if l.recipient == account {
                lines.push(l);
            }
            Ok::<_, Error>(())
        })?;
        let payouts = books
            .payouts_in(&span)?
            .into_iter()
            .filter(|p| p.account == account)
            .collect();
        let balance_of = |from, to| -> Result<crate::store::Balance> {
            books
                .balances_in(from, to)?
                .into_iter()
                .find(|b| b.account == account)
                .ok_or_else(|| {
                    Error::NotFound(
                        crate::i18n::Message::new("err-not_found-balance").arg("account", account),
                    )
                })
        };
        let period = balance_of(from, to)?;
        let until_end = balance_of(None, to)?;
        Ok(Statement {
            cooperative: self.settings().name.clone(),
            currency: self.currency().clone(),
            account: account.to_string(),
            name: a.name.clone(),
            from,
            to,
            contributions,
            lines,
            payouts,
            earned_minor: period.earned_minor,
            paid_minor: period.paid_minor,
            net_minor: period.owed_minor,
            owed_minor: until_end.owed_minor,
        })
    }

    fn statement_contributions(
        &self,
        account: &str,
        span: &Span<'_>,
    ) -> Result<Vec<StatementContribution>> {
        let books = self.books();
        let reasons = books.rejection_reasons(account)?;
        let mut out = Vec::new();
        books.each_contribution_line(span, |c| {
            if c.member != account {
                return Ok::<_, Error>(());
            }
            let mut status = c.status.as_str().to_string();
            if let Some(reason) = reasons.get(&c.id).filter(|_| status == "rejected") {
                status = format!("rejected: {reason}");
            }
            out.push(StatementContribution {
                value: format_trimmed(
                    value_of(c.quantity_e4, c.rate_e4, c.multiplier_e3),
                    VALUE_SCALE,
                ),
                quantity: format!(
                    "{} {}",
                    format_trimmed(i128::from(c.quantity_e4), QUANTITY_SCALE),
                    c.measure
                ),
                id: c.id,
                date: c.date,
                project: c.project,
                kind: c.kind,
                status,
            });
            Ok(())
        })?;
        Ok(out)
    }
}

/// The sections of a statement as rows of text, shared by the HTML and
/// the PDF so both say the same.
struct Section {
    title: &'static str,
    header: &'static [&'static str],
    /// Each column's width on a PDF page, in points (they sum to the
    /// 515 points between the margins): ids get room for a UUID.
    widths: &'static [f32],
    rows: Vec<Vec<String>>,
    empty: &'static str,
}

impl Statement {
    /// "from 2026-01-01 to 2026-03-31", "up to …", "all dates".
    pub fn period(&self) -> String {
        match (self.from, self.to) {
            (Some(f), Some(t)) => format!("{f} to {t}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("up to {t}"),
            (None, None) => "all dates".to_string(),
        }
    }

    fn money(&self, minor: i64) -> String {
        format!("{} {}", self.currency.format(minor), self.currency.code)
    }

    /// The totals, as (label, amount) pairs.
    pub fn totals(&self) -> Vec<(String, String)> {
        let end = match self.to {
            Some(t) => format!("Owed on {t}"),
            None => "Owed now".to_string(),
        };
        vec![
            ("Earned in the period".into(), self.money(self.earned_minor)),
            ("Paid in the period".into(), self.money(self.paid_minor)),
            (
                "Earned − paid in the period".into(),
                self.money(self.net_minor),
            ),
            (end, self.money(self.owed_minor)),
        ]
    }

    fn sections(&self) -> Vec<Section> {
        let c = &self.currency;
        vec![
            Section {
                title: "Contributions",
                header: &[
                    "id", "date", "project", "kind", "quantity", "value", "status",
                ],
                widths: &[170.0, 50.0, 55.0, 50.0, 55.0, 55.0, 80.0],
                rows: self
                    .contributions
                    .iter()
                    .map(|x| {
                        vec![
                            x.id.clone(),
                            x.date.to_string(),
                            x.project.clone(),
                            x.kind.clone(),
                            x.quantity.clone(),
                            x.value.clone(),
                            x.status.clone(),
                        ]
                    })
                    .collect(),
                empty: "No contributions in this period.",
            },
            Section {
                title: "Distribution lines",
                header: &["revenue", "date", "project", "bucket", "weight", "amount"],
                widths: &[170.0, 50.0, 65.0, 85.0, 75.0, 70.0],
                rows: self
                    .lines
                    .iter()
                    .map(|l| {
                        vec![
                            l.revenue.clone(),
                            l.date.to_string(),
                            l.project.clone(),
                            l.bucket.clone(),
                            l.weight.clone(),
                            c.format(l.amount_minor),
                        ]
                    })
                    .collect(),
                empty: "No distribution lines in this period.",
            },
            Section {
                title: "Payouts",
                header: &["id", "date", "method", "note", "amount"],
                widths: &[170.0, 50.0, 75.0, 150.0, 70.0],
                rows: self
                    .payouts
                    .iter()
                    .map(|p| {
                        vec![
                            p.id.clone(),
                            p.date.to_string(),
                            p.method.clone(),
                            p.note.clone(),
                            c.format(p.amount_minor),
                        ]
                    })
                    .collect(),
                empty: "No payouts in this period.",
            },
        ]
    }

    /// The statement as one self-contained HTML page (printable).
    pub fn html(&self) -> String {
        let e = escape_html;
        let mut h =
            String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.push_str(&format!(
            "<title>Statement of {} — {}</title>\n",
            e(&self.account),
            e(&self.cooperative)
        ));
        h.push_str("<style>body{font-family:'DejaVu Sans',sans-serif;margin:2em;color:#111}table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #999;padding:0.25em 0.5em;text-align:left}td.n{text-align:right}h1{margin-bottom:0}@media print{body{margin:0}}</style>\n</head>\n<body>\n");
        h.push_str(&format!(
            "<h1>Statement of {} ({})</h1>\n<p>{} · {} · currency {}</p>\n",
            e(&self.name),
            e(&self.account),
            e(&self.cooperative),
            e(&self.period()),
            e(&self.currency.code)
        ));
        h.push_str("<h2>Totals</h2>\n<table class=\"totals\">\n");
        for (label, amount) in self.totals() {
            h.push_str(&format!(
                "<tr><th>{}</th><td class=\"n\">{}</td></tr>\n",
                e(&label),
                e(&amount)
            ));
        }
        h.push_str("</table>\n");
        for s in self.sections() {
            h.push_str(&format!("<h2>{}</h2>\n", s.title));
            if s.rows.is_empty() {
                h.push_str(&format!("<p>{}</p>\n", s.empty));
                continue;
            }
            h.push_str("<table>\n<tr>");
            for col in s.header {
                h.push_str(&format!("<th>{col}</th>"));
            }
            h.push_str("</tr>\n");
            for row in &s.rows {
                h.push_str("<tr>");
                for cell in row {
                    h.push_str(&format!("<td>{}</td>", e(cell)));
                }
                h.push_str("</tr>\n");
            }
            h.push_str("</table>\n");
        }
        h.push_str("</body>\n</html>\n");
        h
    }

    /// The statement as a PDF document (A4), set in the embedded DejaVu
    /// Sans with krilla (ADR 13).
    pub fn pdf(&self) -> Result<Vec<u8>> {
        let mut pdf = pdf::Pages::new()?;
        pdf.line(
            &format!("Statement of {} ({})", self.name, self.account),
            16.0,
        );
        pdf.line(
            &format!(
                "{} · {} · currency {}",
                self.cooperative,
                self.period(),
                self.currency.code
            ),
            10.0,
        );
        pdf.gap();
        pdf.line("Totals", 13.0);
        for (label, amount) in self.totals() {
            pdf.row(&[label, amount], &[0.0, 220.0]);
        }
        for s in self.sections() {
            pdf.gap();
            pdf.line(s.title, 13.0);
            if s.rows.is_empty() {
                pdf.line(s.empty, 9.0);
                continue;
            }
            let x = column_offsets(s.widths);
            let header: Vec<String> = s.header.iter().map(|h| h.to_string()).collect();
            pdf.row(&header, &x);
            for row in &s.rows {
                pdf.row(row, &x);
            }
        }
        pdf.finish(&format!("Statement of {}", self.account))
    }
}

/// Where each column starts on a PDF line, in points from the margin.
fn column_offsets(widths: &[f32]) -> Vec<f32> {
    widths
        .iter()
        .scan(0.0, |start, w| {
            let this = *start;
            *start += w;
            Some(this)
        })
        .collect()
}

/// Text safe inside HTML elements and attributes.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Pages of text lines laid out top to bottom with krilla.
mod pdf {
    use krilla::geom::Point;
    use krilla::page::PageSettings;
    use krilla::text::{Font, TextDirection};
    use krilla::Document;

    use crate::error::{Error, Result};

    const WIDTH: f32 = 595.0;
    const HEIGHT: f32 = 842.0;
    const MARGIN: f32 = 40.0;
    const ROW_SIZE: f32 = 7.0;

    /// Lines of text, each drawn when the page it falls on is made.
    pub(super) struct Pages {
        font: Font,
        /// Per page: (x, y, size, text).
        pages: Vec<Vec<(f32, f32, f32, String)>>,
        y: f32,
    }

    impl Pages {
        pub(super) fn new() -> Result<Pages> {
            let font = Font::new(crate::chart::FONT_BYTES.into(), 0)
                .ok_or_else(|| Error::Export("the embedded font cannot be read".into()))?;
            Ok(Pages {
                font,
                pages: vec![Vec::new()],
                y: MARGIN,
            })
        }

        fn advance(&mut self, height: f32) -> f32 {
            if self.y + height > HEIGHT - MARGIN {
                self.pages.push(Vec::new());
                self.y = MARGIN;
            }
            self.y += height;
            self.y
        }

        fn put(&mut self, x: f32, y: f32, size: f32, text: &str) {
            if let Some(page) = self.pages.last_mut() {
                page.push((MARGIN + x, y, size, text.to_string()));
            }
        }

        /// One line of text at `size` points.
        pub(super) fn line(&mut self, text: &str, size: f32) {
            let y = self.advance(size * 1.5);
            self.put(0.0, y, size, &clip(text, 110));
        }

        /// A blank line.
        pub(super) fn gap(&mut self) {
            self.advance(ROW_SIZE);
        }

        /// Cells starting at `x` (points from the margin), each cut to
        /// fit its column.
        pub(super) fn row(&mut self, cells: &[String], x: &[f32]) {
            let y = self.advance(ROW_SIZE * 1.6);
            for (i, (cell, start)) in cells.iter().zip(x).enumerate() {
                let room = x
                    .get(i + 1)
                    .map(|next| next - start)
                    .unwrap_or(515.0 - start);
                // DejaVu Sans: at most about 0.64 em per character (digits).
                let chars = ((room - 4.0) / (ROW_SIZE * 0.64)).max(4.0) as usize;
                self.put(*start, y, ROW_SIZE, &clip(cell, chars));
            }
        }

        /// The PDF's bytes.
        pub(super) fn finish(self, title: &str) -> Result<Vec<u8>> {
            let mut document = Document::new();
            document.set_metadata(
                krilla::metadata::Metadata::new()
                    .title(title.to_string())
                    .creator("OpenValue".to_string()),
            );
            let settings = PageSettings::from_wh(WIDTH, HEIGHT)
                .ok_or_else(|| Error::Export("cannot make an A4 page".into()))?;
            for lines in &self.pages {
                let mut page = document.start_page_with(settings.clone());
                let mut surface = page.surface();
                for (x, y, size, text) in lines {
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        self.font.clone(),
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                surface.finish();
                page.finish();
            }
            document
                .finish()
                .map_err(|e| Error::Export(format!("cannot write the PDF ({e:?})")))
        }
    }

    /// At most `chars` characters, the cut marked with "…"; control
    /// characters (a note's newline) as spaces.
    fn clip(text: &str, chars: usize) -> String {
        let clean: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if clean.chars().count() <= chars {
            return clean;
        }
        let mut cut: String = clean.chars().take(chars.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape_html("<a & 'b'>"), "&lt;a &amp; &#39;b&#39;&gt;");
    }
}
