//! The formats a CSV file comes in (SPEC §5, §16): its separator, its
//! decimal mark and how its dates are written, by locale; reading a
//! locale's dates and numbers into the canonical text the validators
//! parse; and recognising a file's format from its first lines.
//!
//! Pure: no files, no store. Dates are parsed by chrono, numbers by
//! [`crate::money`] once the decimal comma is mapped to a point; this
//! module only decides which form a field is in.
//!
//! Thousands separators (ADR 11): exports write none. A file in a
//! decimal-comma locale may group thousands with `.`, a space, a
//! no-break space or a narrow no-break space (LibreOffice and Excel write
//! a number "as shown"), but only in groups of exactly three digits:
//! `1.234,56` and `1 234,56` are 1234.56, while `1.5` or `12.50` — most
//! likely a decimal point where a comma belongs — are refused, never read
//! as 15 or 1250.
//!
//! ```
//! use openvalue::csvformat::{CsvFormat, DateStyle};
//!
//! let es = CsvFormat::for_locale("es").unwrap();
//! assert_eq!(es.separator, b';');
//! assert_eq!(es.number("1.234,5").unwrap(), "1234.5");
//! assert_eq!(es.date("31/03/2026").unwrap(), "2026-03-31");
//! assert!(es.date("31/03/26").unwrap_err().to_string().contains("two-digit year"));
//! assert_eq!(CsvFormat::for_locale("de").unwrap().dates, DateStyle::DayDot);
//! ```

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::Message;
use crate::text::quote;

/// The locales a CSV file may be written in, as `--locale` takes them.
pub const LOCALES: [&str; 8] = ["en", "es", "ca", "fr", "de", "it", "pt", "nl"];

/// How a file writes its dates. ISO `YYYY-MM-DD` is always read too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// `YYYY-MM-DD` only.
    Iso,
    /// `DD/MM/YYYY` (es, ca, fr, it, pt).
    DaySlash,
    /// `DD.MM.YYYY` (de).
    DayDot,
    /// `DD-MM-YYYY` (nl).
    DayDash,
}

impl DateStyle {
    /// The form as a person reads it (`DD/MM/YYYY`).
    pub fn shown(self) -> &'static str {
        match self {
            DateStyle::Iso => "YYYY-MM-DD",
            DateStyle::DaySlash => "DD/MM/YYYY",
            DateStyle::DayDot => "DD.MM.YYYY",
            DateStyle::DayDash => "DD-MM-YYYY",
        }
    }

    /// The style as a message selector (`iso`, `slash`, `dot`, `dash`):
    /// the catalogues write the form with their own letters (`DD/MM/AAAA`).
    fn code(self) -> &'static str {
        match self {
            DateStyle::Iso => "iso",
            DateStyle::DaySlash => "slash",
            DateStyle::DayDot => "dot",
            DateStyle::DayDash => "dash",
        }
    }

    /// The chrono patterns with a four-digit and a two-digit year, and the
    /// separator, for a day-first style.
    fn patterns(self) -> Option<(&'static str, &'static str, char)> {
        match self {
            DateStyle::Iso => None,
            DateStyle::DaySlash => Some(("%d/%m/%Y", "%d/%m/%y", '/')),
            DateStyle::DayDot => Some(("%d.%m.%Y", "%d.%m.%y", '.')),
            DateStyle::DayDash => Some(("%d-%m-%Y", "%d-%m-%y", '-')),
        }
    }

    /// An example date in this style.
    fn example(self) -> &'static str {
        match self {
            DateStyle::Iso => "2026-03-31",
            DateStyle::DaySlash => "31/03/2026",
            DateStyle::DayDot => "31.03.2026",
            DateStyle::DayDash => "31-03-2026",
        }
    }
}

/// The format of a CSV file: separator, decimal mark and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CsvFormat {
    /// Field separator: `,` or `;`.
    pub separator: u8,
    /// Numbers are written with a decimal comma (`12,5`).
    pub decimal_comma: bool,
    /// How dates are written besides ISO.
    pub dates: DateStyle,
}

impl Default for CsvFormat {
    fn default() -> CsvFormat {
        CsvFormat::CANONICAL
    }
}

/// The characters that may group thousands in a decimal-comma locale.
const GROUPING: [char; 4] = ['.', ' ', '\u{a0}', '\u{202f}'];

impl CsvFormat {
    /// The canonical format (SPEC §5): `,`, decimal point, ISO dates.
    pub const CANONICAL: CsvFormat = CsvFormat {
        separator: b',',
        decimal_comma: false,
        dates: DateStyle::Iso,
    };

    /// The format of a locale: `en` is canonical; `es ca fr it pt` write
    /// `;`, a decimal comma and `DD/MM/YYYY`; `de` `DD.MM.YYYY`; `nl`
    /// `DD-MM-YYYY`.
    pub fn for_locale(code: &str) -> Result<CsvFormat, Message> {
        let dates = match code {
            "en" => return Ok(CsvFormat::CANONICAL),
            "es" | "ca" | "fr" | "it" | "pt" => DateStyle::DaySlash,
            "de" => DateStyle::DayDot,
            "nl" => DateStyle::DayDash,
            other => {
                let (last, first) = LOCALES.split_last().unwrap_or((&"en", &[]));
                return Err(Message::new("err-locale-unknown")
                    .arg("locale", quote(other))
                    .arg("first", first.join(", "))
                    .arg("last", *last));
            }
        };
        Ok(CsvFormat {
            separator: b';',
            decimal_comma: true,
            dates,
        })
    }

    /// What [`detect`] found, as a message to render in the user's
    /// language (`detected: ; and decimal comma, dates DD/MM/YYYY`).
    pub fn detected(&self) -> Message {
        Message::new("err-csv-detected")
            .arg("separator", (self.separator as char).to_string())
            .arg("comma", if self.decimal_comma { "yes" } else { "no" })
            .arg("style", self.dates.code())
    }

    /// True for the canonical format, whose fields need no mapping.
    pub fn is_canonical(&self) -> bool {
        !self.decimal_comma && self.dates == DateStyle::Iso
    }

    /// Whether a file in `other` can be read with this format: the same
    /// separator and decimal mark, and dates in ISO or this style.
    pub fn reads(&self, other: &CsvFormat) -> bool {
        self.separator == other.separator
            && self.decimal_comma == other.decimal_comma
            && (other.dates == DateStyle::Iso || other.dates == self.dates)
    }

    /// A date of this format as canonical `YYYY-MM-DD` text. ISO dates
    /// pass unchanged (the validators check them); a two-digit year is
    /// refused with the date written in full as a hint.
    pub fn date<'t>(&self, text: &'t str) -> Result<Cow<'t, str>, Message> {
        let Some((long, short, separator)) = self.dates.patterns() else {
            return Ok(Cow::Borrowed(text));
        };
        // An empty optional date is the validators' to judge, as is ISO.
        if text.trim().is_empty() || crate::model::parse_date(text).is_ok() {
            return Ok(Cow::Borrowed(text));
        }
        // chrono alone accepts signs and spaces around numbers; only
        // digits and the separator are a date of this style.
        let shaped = !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == separator);
        if shaped {
            if let Ok(date) = NaiveDate::parse_from_str(text, short) {
                return Err(Message::new("err-date-two_digit_year")
                    .arg("text", quote(text))
                    .arg("full", date.format(long).to_string())
                    .arg("style", self.dates.code()));
            }
            if let Ok(date) = NaiveDate::parse_from_str(text, long) {
                // The validators check the year's range on the ISO text.
                return Ok(Cow::Owned(date.format("%Y-%m-%d").to_string()));
            }
        }
        Err(Message::new("err-date-locale")
            .arg("text", quote(text))
            .arg("style", self.dates.code())
            .arg("example", self.dates.example()))
    }

    /// A number of this format as canonical text (`1.234,5` → `1234.5`)
    /// for [`crate::money`] to parse; see the module documentation for
    /// thousands separators. Text that is no number at all passes on, so
    /// the parser's own message reports it.
    pub fn number<'t>(&self, text: &'t str) -> Result<Cow<'t, str>, Message> {
        if !self.decimal_comma {
            return Ok(Cow::Borrowed(text));
        }
        let (whole, fraction) = match text.split_once(',') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (text, None),
        };
        let whole = match GROUPING.iter().find(|g| whole.contains(**g)) {
            None => Cow::Borrowed(whole),
            Some(&grouping) => {
                let groups: Vec<&str> = whole.split(grouping).collect();
                let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
                let well_grouped = groups.iter().all(|g| digits(g))
                    && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
                    && groups.iter().skip(1).all(|g| g.len() == 3);
                if !well_grouped {
                    return Err(self.misplaced_mark(text, grouping));
                }
                Cow::Owned(groups.concat())
            }
        };
        Ok(match fraction {
            Some(fraction) => Cow::Owned(format!("{whole}.{fraction}")),
            None => whole,
        })
    }

    fn misplaced_mark(&self, text: &str, grouping: char) -> Message {
        let key = if grouping == '.' {
            "err-number-decimal_comma"
        } else {
            "err-number-grouping"
        };
        Message::new(key).arg("text", quote(text))
    }
}

/// What [`detect`] found in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detected {
    /// The format to read the file with.
    pub format: CsvFormat,
    /// The locales that read this format (`en`; or `es`, `ca`, … for
    /// `;`, decimal comma and `DD/MM/YYYY`).
    pub locales: Vec<&'static str>,
    /// `detected: ; and decimal comma, dates DD/MM/YYYY`, for an import
    /// screen to show.
    pub description: String,
}

/// Lines of a file [`detect`] looks at.
const DETECT_LINES: usize = 200;

/// Recognises the format of CSV text from its first lines: the separator
/// from the header (the one that splits it into more columns), then, in
/// the rows, whether numbers have a decimal comma and how dates are
/// written. What the rows do not show is taken from the locale family of
/// the separator (`;` files write decimal commas and day-first dates).
///
/// ```
/// use openvalue::csvformat::detect;
///
/// let found = detect(b"id;date;quantity\r\nC-1;31/03/2026;2,5\r\n");
/// assert_eq!(found.description, "detected: ; and decimal comma, dates DD/MM/YYYY");
/// assert_eq!(found.locales, ["es", "ca", "fr", "it", "pt"]);
/// ```
pub fn detect(head: &[u8]) -> Detected {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = lines.next().unwrap_or("");
    let separator = if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let (mut comma_numbers, mut point_numbers) = (0usize, 0usize);
    let mut dates: [usize; 4] = [0; 4];
    let styles = [
        DateStyle::Iso,
        DateStyle::DaySlash,
        DateStyle::DayDot,
        DateStyle::DayDash,
    ];
    for record in reader.records().take(DETECT_LINES).flatten() {
        for field in record.iter().map(str::trim) {
            for (count, style) in dates.iter_mut().zip(styles) {
                if is_date_of(field, style) {
                    *count += 1;
                }
            }
            if is_decimal_with(field, ',') {
                comma_numbers += 1;
            } else if is_decimal_with(field, '.') {
                point_numbers += 1;
            }
        }
    }
    let family = if separator == b';' {
        CsvFormat {
            separator,
            decimal_comma: true,
            dates: DateStyle::DaySlash,
        }
    } else {
        CsvFormat::CANONICAL
    };
    let decimal_comma = match (comma_numbers, point_numbers) {
        (0, 0) => family.decimal_comma,
        (c, p) => c >= p && separator == b';',
    };
    let day_first = styles
        .iter()
        .zip(dates)
        .skip(1)
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map(|(s, _)| *s);
    let format = CsvFormat {
        separator,
        decimal_comma,
        dates: match (day_first, dates[0]) {
            (Some(style), _) => style,
            (None, 0) => family.dates,
            (None, _) => DateStyle::Iso,
        },
    };
    let locales = LOCALES
        .into_iter()
        .filter(|code| CsvFormat::for_locale(code).is_ok_and(|f| f.reads(&format)))
        .collect();
    Detected {
        format,
        locales,
        description: format.detected().to_string(),
    }
}

/// Whether `field` is a date written in `style`.
fn is_date_of(field: &str, style: DateStyle) -> bool {
    match style.patterns() {
        None => crate::model::parse_date(field).is_ok(),
        Some((long, _, separator)) => {
            field.chars().all(|c| c.is_ascii_digit() || c == separator)
                && NaiveDate::parse_from_str(field, long).is_ok()
        }
    }
}

/// Whether `field` is digits, `mark` and digits (`12,5` for a comma).
fn is_decimal_with(field: &str, mark: char) -> bool {
    field.split_once(mark).is_some_and(|(whole, fraction)| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        digits(whole) && digits(fraction)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_a_format_and_en_is_canonical() {
        for code in LOCALES {
            let format = CsvFormat::for_locale(code).unwrap();
            assert_eq!(format.is_canonical(), code == "en", "{code}");
        }
        assert!(CsvFormat::for_locale("xx")
            .unwrap_err()
            .to_string()
            .contains("es, ca"));
    }

    #[test]
    fn dates_of_each_style_become_iso() {
        let cases = [
            ("es", "31/03/2026"),
            ("ca", "1/3/2026"),
            ("de", "31.03.2026"),
            ("nl", "31-03-2026"),
        ];
        for (code, text) in cases {
            let format = CsvFormat::for_locale(code).unwrap();
            let iso = format.date(text).unwrap();
            assert!(
                iso == "2026-03-31" || iso == "2026-03-01",
                "{code} {text} {iso}"
            );
            // What export writes is read in every locale.
            assert_eq!(format.date("2026-03-31").unwrap(), "2026-03-31");
        }
        let es = CsvFormat::for_locale("es").unwrap();
        let two = es.date("31/03/26").unwrap_err().to_string();
        assert!(
            two.contains("two-digit year") && two.contains("31/03/2026"),
            "{two}"
        );
        assert!(es
            .date("31.03.2026")
            .unwrap_err()
            .to_string()
            .contains("DD/MM/YYYY"));
        assert_eq!(es.date("").unwrap(), "");
        assert!(es.date("31/02/2026").is_err());
        assert!(es.date("+1/03/2026").is_err());
        assert!(es.date("03/31/2026").is_err(), "month first is no es date");
        let de = CsvFormat::for_locale("de").unwrap();
        assert!(de
            .date("31.03.26")
            .unwrap_err()
            .to_string()
            .contains("31.03.2026"));
        // A canonical file's dates reach the validators as they are.
        assert_eq!(
            CsvFormat::CANONICAL.date("31/03/2026").unwrap(),
            "31/03/2026"
        );
    }

    #[test]
    fn decimal_commas_and_thousands_in_threes() {
        let fr = CsvFormat::for_locale("fr").unwrap();
        assert_eq!(fr.number("12,5").unwrap(), "12.5");
        assert_eq!(fr.number("1234,56").unwrap(), "1234.56");
        assert_eq!(fr.number("1.234,56").unwrap(), "1234.56");
        assert_eq!(fr.number("1 234 567,8").unwrap(), "1234567.8");
        assert_eq!(fr.number("1\u{202f}234,5").unwrap(), "1234.5");
        assert_eq!(fr.number("1.234").unwrap(), "1234");
        assert_eq!(fr.number("7").unwrap(), "7");
        assert!(fr
            .number("1.5")
            .unwrap_err()
            .to_string()
            .contains("decimal mark is a comma"));
        assert!(fr.number("12.50").is_err());
        assert!(fr.number("1234.567,8").is_err());
        assert!(fr.number("1 23,4").is_err());
        // Not numbers at all: the money parser's message reports them.
        assert_eq!(fr.number("abc").unwrap(), "abc");
        assert_eq!(fr.number("1,2,3").unwrap(), "1.2,3");
        assert_eq!(CsvFormat::CANONICAL.number("12,5").unwrap(), "12,5");
    }

    #[test]
    fn detect_recognises_each_locale_family() {
        let en = detect(b"date,quantity\n2026-03-31,2.5\n");
        assert_eq!(en.format, CsvFormat::CANONICAL);
        assert_eq!(en.locales, ["en"]);
        assert_eq!(
            en.description,
            "detected: , and decimal point, dates YYYY-MM-DD"
        );
        let de = detect("\u{feff}date;quantity\n31.03.2026;2,5\n".as_bytes());
        assert_eq!(de.format, CsvFormat::for_locale("de").unwrap());
        assert_eq!(de.locales, ["de"]);
        let nl = detect(b"date;quantity\r\n31-03-2026;2\r\n");
        assert_eq!(nl.locales, ["nl"]);
        // What export --locale es writes: ISO dates with a decimal comma.
        let export = detect(b"id;date;quantity\n C-1;2026-03-31;2,5\n");
        assert_eq!(
            export.description,
            "detected: ; and decimal comma, dates YYYY-MM-DD"
        );
        assert_eq!(export.locales, ["es", "ca", "fr", "de", "it", "pt", "nl"]);
        assert_eq!(detect(b"").format, CsvFormat::CANONICAL);
    }
}
