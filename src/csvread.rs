//! Reading a CSV file strictly (SPEC §5, §11): the `csv` crate parses, and
//! a watcher on the bytes on their way to it catches what it lets through.
//!
//! The `csv` crate (csv-core underneath) is lenient where an import must
//! not be, and offers no setting to change it:
//!
//! - at the end of the input, a quoted field whose closing quote is missing
//!   is closed silently, so one missing `"` turns the rest of the file into
//!   one value;
//! - `"x"y`, text after a closing quote, is read as `xy`;
//! - a record's [`csv::Position`] counts `\n` bytes only and points just
//!   after the previous record's first terminator byte, so rows of a CRLF
//!   file are one line low, a CR-only file is all line 1 and a blank line
//!   before a row is reported as the row;
//! - a field that never ends (`/dev/zero` through a pipe, a missing quote
//!   in a large file) grows in memory without bound.
//!
//! [`Watch`] is a [`Read`] adapter between the file and the `csv` reader.
//! It follows csv-core's rules for the settings used here — the separator
//! (a comma, or a semicolon for a locale's files, see
//! [`crate::csvformat`]), `"` quotes written twice inside a quoted field, CR, LF or CRLF ending a
//! record, blank lines skipped — with a five-state machine that copies
//! nothing, and notes:
//!
//! - where each record starts (byte offset and physical line), so the byte
//!   offset of a `csv` position maps to the line a person sees in an
//!   editor;
//! - text after a closing quote, reported with its row;
//! - what ends the input with an error: a quote never closed, a row longer
//!   than [`MAX_ROW_BYTES`], a file in UTF-16 or UTF-32 (seen in its first
//!   bytes). Only the bytes before the problem reach the `csv` reader.
//!
//! [`CsvReader`] puts the two together: rows with their physical line, and
//! every problem as a [`Problem`] at `LINE:COLUMN`, where the column is the
//! 1-based field number.

use std::collections::VecDeque;
use std::fmt;
use std::io::{self, Read};

use crate::i18n::{Message, MessageArg};

/// Longest row read, quoted line breaks included: 1 MiB. No field needs as
/// much (names are at most 200 characters, notes 2,000; SPEC §11); the
/// bound keeps a file without line ends, or with a missing closing quote,
/// from filling memory.
pub const MAX_ROW_BYTES: u64 = 1 << 20;

/// Bytes the `csv` reader asks for at once.
const BUFFER_BYTES: usize = 1 << 16;

/// Bytes at the start of a file looked at to recognise its encoding.
const SNIFF_BYTES: usize = 1 << 10;

/// Where csv-core is within the input (its `StartRecord`, `StartField`,
/// `InField`, `InQuotedField` and `InDoubleEscapedQuote`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between records: line ends here are blank lines.
    RecordStart,
    /// After a comma.
    FieldStart,
    /// In a field that did not start with a quote.
    Unquoted,
    /// In a quoted field: commas and line ends are text.
    Quoted,
    /// After a quote in a quoted field: a second quote is a quote in the
    /// text, a comma or line end ends the field, anything else is a flaw.
    QuoteInQuoted,
}

/// A text encoding that is not UTF-8, recognised from a file's first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-16, as Excel's "Unicode Text" and some Windows programs write.
    Utf16 {
        /// Big-endian (most significant byte first).
        big_endian: bool,
        /// The file starts with a byte-order mark.
        bom: bool,
    },
    /// UTF-32 with a byte-order mark.
    Utf32 {
        /// Big-endian.
        big_endian: bool,
    },
    /// Many NUL bytes: not text at all.
    NotText,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let endian = |big: bool| if big { "big-endian" } else { "little-endian" };
        match self {
            Encoding::Utf16 { big_endian, bom } => write!(
                f,
                "UTF-16 ({}, {} a byte-order mark)",
                endian(*big_endian),
                if *bom { "with" } else { "without" }
            ),
            Encoding::Utf32 { big_endian } => write!(f, "UTF-32 ({})", endian(*big_endian)),
            Encoding::NotText => write!(f, "not text (it contains NUL bytes)"),
        }
    }
}

/// Something wrong with the CSV text itself, before any field is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flaw {
    /// `"x"y`: text after the closing quote of a quoted field.
    TextAfterQuote,
    /// A quoted field is still open at the end of the file.
    Unterminated {
        /// Last line of the file.
        last_line: u64,
    },
    /// A row is longer than [`MAX_ROW_BYTES`].
    RowTooLong {
        /// The row is inside a quoted field when it passes the bound: most
        /// likely its closing quote is missing.
        in_quotes: bool,
    },
    /// The file is not UTF-8.
    Encoding(Encoding),
}

impl fmt::Display for Flaw {
    /// English, for logs; [`Flaw::message`] is what the user reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().to_string())
    }
}

impl Flaw {
    /// What is wrong, as a catalogue message (SPEC §16).
    pub fn message(&self) -> Message {
        match self {
            Flaw::TextAfterQuote => Message::new("err-csv-text_after_quote"),
            Flaw::Unterminated { last_line } => {
                Message::new("err-csv-unterminated").arg("last_line", bound_number(*last_line))
            }
            Flaw::RowTooLong { in_quotes: true } => {
                Message::new("err-csv-quote_too_long").arg("bytes", MAX_ROW_BYTES.to_string())
            }
            Flaw::RowTooLong { in_quotes: false } => {
                Message::new("err-csv-row_too_long").arg("bytes", MAX_ROW_BYTES.to_string())
            }
            Flaw::Encoding(Encoding::NotText) => Message::new("err-csv-not_text"),
            Flaw::Encoding(Encoding::Utf16 { big_endian, bom }) => Message::new("err-csv-utf16")
                .arg("big_endian", yes_no(*big_endian))
                .arg("bom", yes_no(*bom))
                .arg("save", MessageArg::Key("err-csv-save_utf8")),
            Flaw::Encoding(Encoding::Utf32 { big_endian }) => Message::new("err-csv-utf32")
                .arg("big_endian", yes_no(*big_endian))
                .arg("save", MessageArg::Key("err-csv-save_utf8")),
        }
    }
}

/// A selector argument: `yes` or `no`.
fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// A line number as a message argument (text: line numbers are not
/// grouped in thousands).
fn bound_number(n: u64) -> String {
    n.to_string()
}

/// A [`Flaw`] and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Located {
    /// Byte offset, to tell which record it belongs to.
    offset: u64,
    /// Physical line, 1-based.
    line: u64,
    /// Field of its record, 0-based.
    field: usize,
    flaw: Flaw,
}

/// Watches the bytes going from a file to the `csv` reader; see the module
/// documentation.
#[derive(Debug)]
pub struct Watch<R> {
    inner: R,
    /// The field separator (`,` or `;`).
    separator: u8,
    state: State,
    /// Bytes scanned so far.
    offset: u64,
    /// Physical line of the next byte.
    line: u64,
    /// The previous byte was a CR (so an LF now ends no further line).
    after_cr: bool,
    /// The last byte scanned.
    last: u8,
    /// The current record: first byte, its line, and the field (0-based).
    record_start: u64,
    record_line: u64,
    field: usize,
    /// Where the current quoted field opened: line and field.
    quote_line: u64,
    quote_field: usize,
    /// Starts of the records scanned but not yet asked about: (offset, line).
    /// Holds only the records of the bytes the `csv` reader has buffered.
    starts: VecDeque<(u64, u64)>,
    /// Flaws scanned but not yet reported.
    flaws: VecDeque<Located>,
    /// The flaw that ended the input.
    fatal: Option<Located>,
}

impl<R: Read> Watch<R> {
    /// Watches `inner`, comma separated, from its start.
    pub fn new(inner: R) -> Watch<R> {
        Watch::with_separator(inner, b',')
    }

    /// Watches `inner`, with fields separated by `separator`, from its start.
    pub fn with_separator(inner: R, separator: u8) -> Watch<R> {
        Watch {
            inner,
            separator,
            state: State::RecordStart,
            offset: 0,
            line: 1,
            after_cr: false,
            last: 0,
            record_start: 0,
            record_line: 1,
            field: 0,
            quote_line: 1,
            quote_field: 0,
            starts: VecDeque::new(),
            flaws: VecDeque::new(),
            fatal: None,
        }
    }

    /// The physical line of the record that starts at or after byte
    /// `offset`: a `csv` position points just after the previous record's
    /// first terminator byte, so line ends and blank lines may come first.
    /// Forgets earlier records, so ask in increasing order.
    fn line_at(&mut self, offset: u64) -> Option<u64> {
        while self
            .starts
            .front()
            .is_some_and(|(start, _)| *start < offset)
        {
            self.starts.pop_front();
        }
        self.starts.front().map(|(_, line)| *line)
    }

    /// The oldest flaw before byte `offset`, if any.
    fn flaw_before(&mut self, offset: u64) -> Option<Located> {
        if self.flaws.front()?.offset < offset {
            self.flaws.pop_front()
        } else {
            None
        }
    }

    /// The flaw that ended the input, once.
    fn take_fatal(&mut self) -> Option<Located> {
        self.fatal.take()
    }

    /// Scans `bytes`, the next of the input; returns how many may be given
    /// to the `csv` reader (fewer than all when a fatal flaw was found).
    fn scan(&mut self, bytes: &[u8]) -> usize {
        let end = self.offset + bytes.len() as u64;
        let first_start = match self.state {
            State::RecordStart => self.offset,
            _ => self.record_start,
        };
        let used = if end - first_start <= MAX_ROW_BYTES {
            // No row can pass the bound within these bytes: the usual case.
            self.scan_fast(bytes);
            bytes.len()
        } else {
            self.scan_checked(bytes)
        };
        self.offset += used as u64;
        if let Some(last) = bytes[..used].last() {
            self.last = *last;
        }
        used
    }

    /// Scans `bytes`, skipping runs of bytes that change nothing (all but
    /// comma, quote, CR and LF, inside a field) at a byte a cycle or so.
    fn scan_fast(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if matches!(self.state, State::Unquoted | State::Quoted) && !self.is_special(b) {
                let run = bytes[i..]
                    .iter()
                    .position(|&b| self.is_special(b))
                    .unwrap_or(bytes.len() - i);
                self.after_cr = false;
                i += run;
                continue;
            }
            self.step(b, self.offset + i as u64);
            i += 1;
        }
    }

    /// Scans `bytes` byte by byte, stopping at the first byte past the
    /// bound of a row; returns how many bytes were scanned.
    fn scan_checked(&mut self, bytes: &[u8]) -> usize {
        for (i, &b) in bytes.iter().enumerate() {
            let offset = self.offset + i as u64;
            if self.state != State::RecordStart && offset - self.record_start >= MAX_ROW_BYTES {
                self.fatal = Some(self.too_long(offset));
                return i;
            }
            self.step(b, offset);
        }
        bytes.len()
    }

    /// Follows one byte, at `offset`.
    #[inline(always)]
    fn step(&mut self, b: u8, offset: u64) {
        self.state = match self.state {
            State::RecordStart if b == b'\r' || b == b'\n' => State::RecordStart,
            State::RecordStart => {
                self.record_start = offset;
                self.record_line = self.line;
                self.field = 0;
                self.starts.push_back((offset, self.line));
                self.field_start(b)
            }
            State::FieldStart => self.field_start(b),
            State::Unquoted => self.unquoted(b),
            State::Quoted if b == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted => match b {
                b'"' => State::Quoted,
                b'\r' | b'\n' => self.unquoted(b),
                _ if b == self.separator => self.unquoted(b),
                _ => {
                    self.flaws.push_back(Located {
                        offset,
                        line: self.line,
                        field: self.field,
                        flaw: Flaw::TextAfterQuote,
                    });
                    State::Unquoted // as csv-core goes on
                }
            },
        };
        // Physical lines: CR LF is one line end, a lone CR or LF another.
        match b {
            b'\n' if self.after_cr => self.after_cr = false,
            b'\n' => self.line += 1,
            b'\r' => {
                self.line += 1;
                self.after_cr = true;
            }
            _ => self.after_cr = false,
        }
    }

    fn field_start(&mut self, b: u8) -> State {
        if b == b'"' {
            self.quote_line = self.line;
            self.quote_field = self.field;
            State::Quoted
        } else {
            self.unquoted(b)
        }
    }

    fn unquoted(&mut self, b: u8) -> State {
        match b {
            b'\r' | b'\n' => State::RecordStart,
            _ if b == self.separator => {
                self.field += 1;
                State::FieldStart
            }
            _ => State::Unquoted,
        }
    }

    fn too_long(&self, offset: u64) -> Located {
        let in_quotes = self.state == State::Quoted;
        Located {
            offset,
            line: if in_quotes {
                self.quote_line
            } else {
                self.record_line
            },
            field: if in_quotes {
                self.quote_field
            } else {
                self.field
            },
            flaw: Flaw::RowTooLong { in_quotes },
        }
    }

    /// The bytes that can change the state inside a field.
    #[inline(always)]
    fn is_special(&self, b: u8) -> bool {
        matches!(b, b'"' | b'\r' | b'\n') || b == self.separator
    }

    fn stop(&mut self, located: Located) -> io::Error {
        self.fatal = Some(located);
        stopped()
    }
}

/// The error a [`Watch`] gives the `csv` reader once the input has ended
/// on a fatal flaw; the flaw itself is kept for [`CsvReader`].
fn stopped() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "the CSV text is malformed")
}

impl<R: Read> Read for Watch<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.fatal.is_some() {
            return Err(stopped());
        }
        let n = self.inner.read(buf)?;
        if n == 0 {
            if !buf.is_empty() && self.state == State::Quoted {
                let located = Located {
                    offset: self.offset,
                    line: self.quote_line,
                    field: self.quote_field,
                    flaw: Flaw::Unterminated {
                        // The line of the last byte: a final line end
                        // starts no line.
                        last_line: match self.last {
                            b'\r' | b'\n' => self.line - 1,
                            _ => self.line,
                        },
                    },
                };
                return Err(self.stop(located));
            }
            return Ok(0);
        }
        let bytes = buf.get(..n).unwrap_or(buf);
        if self.offset == 0 {
            if let Some(encoding) = sniff(bytes) {
                let located = Located {
                    offset: 0,
                    line: 1,
                    field: 0,
                    flaw: Flaw::Encoding(encoding),
                };
                return Err(self.stop(located));
            }
        }
        match self.scan(bytes) {
            0 if self.fatal.is_some() => Err(stopped()),
            used => Ok(used),
        }
    }
}

/// Recognises UTF-16 and UTF-32 (with a byte-order mark, or UTF-16 of
/// mostly ASCII text without one: a NUL in every other byte), and data
/// that is not text, from the first bytes of a file.
fn sniff(bytes: &[u8]) -> Option<Encoding> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] => return Some(Encoding::Utf32 { big_endian: false }),
        [0, 0, 0xFE, 0xFF, ..] => return Some(Encoding::Utf32 { big_endian: true }),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => {
            return Some(Encoding::Utf16 {
                big_endian: bytes[0] == 0xFE,
                bom: true,
            })
        }
        _ => {}
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let pairs = head.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    if pairs < 2 || even + odd == 0 {
        None
    } else if even == 0 && odd * 2 >= pairs {
        Some(Encoding::Utf16 {
            big_endian: false,
            bom: false,
        })
    } else if odd == 0 && even * 2 >= pairs {
        Some(Encoding::Utf16 {
            big_endian: true,
            bom: false,
        })
    } else if (even + odd) * 8 >= head.len() {
        Some(Encoding::NotText)
    } else {
        None // a stray NUL: the field checks refuse control characters
    }
}

/// A problem with the CSV text: `LINE:COLUMN` (the 1-based field) and what
/// is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Physical line, 1-based.
    pub line: u64,
    /// Field number, 1-based.
    pub column: usize,
    /// What is wrong.
    pub message: Message,
}

/// A strict CSV reader: the `csv` crate over a [`Watch`].
pub struct CsvReader<R: Read> {
    csv: csv::Reader<Watch<R>>,
    /// The line of the first row that was not UTF-8 (its message says how
    /// to save the file as UTF-8; later ones point to it).
    not_utf8: Option<u64>,
}

impl<R: Read> CsvReader<R> {
    /// Reads comma-separated CSV with a header row from `reader`.
    pub fn new(reader: R) -> CsvReader<R> {
        CsvReader::with_separator(reader, b',')
    }

    /// Reads CSV with a header row from `reader`, fields separated by
    /// `separator` (`;` for a locale's files).
    pub fn with_separator(reader: R, separator: u8) -> CsvReader<R> {
        let csv = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .delimiter(separator)
            .buffer_capacity(BUFFER_BYTES)
            .from_reader(Watch::with_separator(reader, separator));
        CsvReader {
            csv,
            not_utf8: None,
        }
    }

    /// The header row and its line. `Ok(None)` when it cannot be read; the
    /// problems were given to `problem`.
    pub fn headers(
        &mut self,
        problem: &mut dyn FnMut(Problem),
    ) -> io::Result<Option<(u64, csv::StringRecord)>> {
        match self.csv.headers().cloned() {
            Ok(headers) => {
                let line = self.csv.get_mut().line_at(0).unwrap_or(1);
                if self.flaws_in_record(problem) {
                    return Ok(None);
                }
                Ok(Some((line, headers)))
            }
            Err(e) => {
                self.error(e, problem)?;
                Ok(None)
            }
        }
    }

    /// Reads the next row into `record` and returns its line; `Ok(None)`
    /// at the end. Blank rows are skipped; so are rows with a problem,
    /// which is given to `problem`. A problem that ends the reading (a
    /// quote never closed, a row too long, a file not in UTF-8) also
    /// ends the rows. `Err` only when the file cannot be read.
    pub fn next_row(
        &mut self,
        record: &mut csv::StringRecord,
        problem: &mut dyn FnMut(Problem),
    ) -> io::Result<Option<u64>> {
        loop {
            match self.csv.read_record(record) {
                Ok(true) => {
                    let line = self.line_of(record.position());
                    if self.flaws_in_record(problem) || record.iter().all(str::is_empty) {
                        continue;
                    }
                    return Ok(Some(line));
                }
                Ok(false) => {
                    self.flaws_before(u64::MAX, problem);
                    return Ok(None);
                }
                Err(e) => {
                    if !self.error(e, problem)? {
                        return Ok(None);
                    }
                }
            }
        }
    }

    /// Reports a `csv` error; `Ok(true)` when reading can go on.
    fn error(&mut self, e: csv::Error, problem: &mut dyn FnMut(Problem)) -> io::Result<bool> {
        let line = self.line_of(e.position());
        let message = match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => Some((
                1,
                Message::new("err-csv-field_count")
                    .arg("count", *len)
                    .arg("expected", *expected_len),
            )),
            csv::ErrorKind::Utf8 { err, .. } => {
                let message = match self.not_utf8 {
                    None => Message::new("err-csv-latin1")
                        .arg("save", MessageArg::Key("err-csv-save_utf8")),
                    Some(first) => {
                        Message::new("err-csv-not_utf8_again").arg("first", bound_number(first))
                    }
                };
                self.not_utf8.get_or_insert(line);
                Some((err.field() + 1, message))
            }
            _ => None,
        };
        if let Some((column, message)) = message {
            // The row was read to its end: reading goes on after it.
            self.flaws_in_record(problem);
            problem(Problem {
                line,
                column,
                message,
            });
            return Ok(true);
        }
        if let Some(fatal) = self.csv.get_mut().take_fatal() {
            self.flaws_before(u64::MAX, problem);
            problem(into_problem(fatal));
            return Ok(false);
        }
        if !matches!(e.kind(), csv::ErrorKind::Io(_)) {
            // Seeking and deserialising are not used here.
            return Err(io::Error::other(e));
        }
        match e.into_kind() {
            csv::ErrorKind::Io(source) => Err(source),
            _ => Err(stopped()),
        }
    }

    /// The physical line of the record at `position`.
    fn line_of(&mut self, position: Option<&csv::Position>) -> u64 {
        match position {
            Some(p) => self.csv.get_mut().line_at(p.byte()).unwrap_or(p.line()),
            None => 0,
        }
    }

    /// Reports the flaws of the record just read; true if there were any.
    fn flaws_in_record(&mut self, problem: &mut dyn FnMut(Problem)) -> bool {
        let end = self.csv.position().byte();
        self.flaws_before(end, problem)
    }

    fn flaws_before(&mut self, offset: u64, problem: &mut dyn FnMut(Problem)) -> bool {
        let mut any = false;
        while let Some(located) = self.csv.get_mut().flaw_before(offset) {
            any = true;
            problem(into_problem(located));
        }
        any
    }
}

fn into_problem(located: Located) -> Problem {
    Problem {
        line: located.line,
        column: located.field + 1,
        message: located.flaw.message(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's line and fields.
    type Row = (u64, Vec<String>);

    /// Reads `text`: each row's line and fields, then the problems.
    fn read(text: &[u8]) -> (Vec<Row>, Vec<(u64, usize, String)>) {
        let mut reader = CsvReader::new(text);
        let mut problems = Vec::new();
        let mut rows = Vec::new();
        let mut problem = |p: Problem| problems.push((p.line, p.column, p.message.to_string()));
        if let Some((line, header)) = reader.headers(&mut problem).unwrap() {
            rows.push((line, header.iter().map(String::from).collect()));
            let mut record = csv::StringRecord::new();
            while let Some(line) = reader.next_row(&mut record, &mut problem).unwrap() {
                rows.push((line, record.iter().map(String::from).collect()));
            }
        }
        (rows, problems)
    }

    fn lines(text: &[u8]) -> Vec<u64> {
        read(text).0.into_iter().map(|(line, _)| line).collect()
    }

    #[test]
    fn lines_are_physical_for_lf_crlf_and_cr() {
        assert_eq!(lines(b"a,b\n1,2\n\n3,4\n"), [1, 2, 4]);
        assert_eq!(lines(b"a,b\r\n1,2\r\n\r\n3,4\r\n"), [1, 2, 4]);
        assert_eq!(lines(b"a,b\r1,2\r\r3,4\r"), [1, 2, 4]);
        assert_eq!(lines(b"\n\na,b\n\"x\ny\",2\n3,4"), [3, 4, 6]);
        assert_eq!(lines(b"a,b\n\r\n\n\r1,2"), [1, 5]);
    }

    #[test]
    fn quoted_fields_are_read_as_the_csv_crate_reads_them() {
        let (rows, problems) = read(b"a,b\n\"x,\"\"y\"\"\r\nz\",\"\"\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            rows[1],
            (2, vec!["x,\"y\"\r\nz".to_string(), String::new()])
        );
    }

    #[test]
    fn semicolon_separated_rows_keep_commas_and_find_flaws() {
        let text = b"a;b\r\n1,5;\"x;y\"\r\n2;\"z\"w\r\n";
        let mut reader = CsvReader::with_separator(&text[..], b';');
        let mut problems = Vec::new();
        let mut problem = |p: Problem| problems.push((p.line, p.column));
        let (line, header) = reader.headers(&mut problem).unwrap().unwrap();
        assert_eq!((line, header.len()), (1, 2));
        let mut record = csv::StringRecord::new();
        let mut rows = Vec::new();
        while let Some(line) = reader.next_row(&mut record, &mut problem).unwrap() {
            rows.push((line, record.iter().map(String::from).collect::<Vec<_>>()));
        }
        assert_eq!(rows, [(2, vec!["1,5".to_string(), "x;y".to_string()])]);
        assert_eq!(problems, [(3, 2)]);
    }

    #[test]
    fn text_after_a_closing_quote_skips_the_row() {
        let (rows, problems) = read(b"a,b\n1,\"x\"y\n2,3\n");
        assert_eq!(lines_of(&rows), [1, 3]);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].0, problems[0].1), (2, 2));
    }

    fn lines_of(rows: &[Row]) -> Vec<u64> {
        rows.iter().map(|(l, _)| *l).collect()
    }

    #[test]
    fn an_unterminated_quote_is_reported_where_it_opened() {
        let (rows, problems) = read(b"a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        assert_eq!(lines_of(&rows), [1, 2]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].0, problems[0].1), (3, 2));
        assert!(problems[0].2.contains("to line 5"), "{}", problems[0].2);
        let (_, problems) = read(b"a,b\r\n1,\"open\r\n2,3");
        assert!(problems[0].2.contains("(to line 3)"), "{}", problems[0].2);
    }

    #[test]
    fn a_row_longer_than_the_bound_ends_the_reading() {
        let mut text = b"a,b\n1,2\n3,".to_vec();
        text.resize(text.len() + 3 * MAX_ROW_BYTES as usize, b'x');
        let (rows, problems) = read(&text);
        assert_eq!(lines_of(&rows), [1, 2]);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].0, problems[0].1), (3, 2));
        assert!(problems[0].2.contains("longer than 1 MiB"));
    }

    /// Gives its bytes one at a time, so every state meets a chunk boundary.
    struct OneByte<'a>(&'a [u8]);

    impl Read for OneByte<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match (self.0.split_first(), buf.first_mut()) {
                (Some((b, rest)), Some(out)) => {
                    *out = *b;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    /// The physical line of the first byte at or after `offset` that does
    /// not end a line, counted independently of [`Watch`].
    fn physical_line(text: &[u8], offset: usize) -> u64 {
        let start = (offset..text.len())
            .find(|&i| text[i] != b'\r' && text[i] != b'\n')
            .unwrap_or(text.len());
        let before = &text[..start];
        let ends = before
            .iter()
            .enumerate()
            .filter(|&(i, &b)| b == b'\r' || (b == b'\n' && (i == 0 || before[i - 1] != b'\r')))
            .count();
        1 + ends as u64
    }

    /// Each record the `csv` crate reads gets the physical line where it
    /// starts, whatever the chunks the input comes in.
    fn check_lines<R: Read>(
        text: &[u8],
        reader: R,
        separator: u8,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator)
            .from_reader(Watch::with_separator(reader, separator));
        let mut record = csv::ByteRecord::new();
        while let Ok(true) = csv.read_byte_record(&mut record) {
            let byte = record.position().map_or(0, |p| p.byte());
            let line = csv.get_mut().line_at(byte);
            proptest::prop_assert_eq!(line, Some(physical_line(text, byte as usize)));
        }
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn lines_agree_with_the_csv_crate(text in proptest::collection::vec(
            proptest::sample::select(vec![b'a', b',', b';', b'"', b'\r', b'\n']), 0..60)
        ) {
            for separator in [b',', b';'] {
                check_lines(&text, &text[..], separator)?;
                check_lines(&text, OneByte(&text), separator)?;
            }
        }
    }

    #[test]
    fn encodings_are_recognised() {
        let utf16le: Vec<u8> = "a,b\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let utf16be: Vec<u8> = "a,b\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            sniff(&utf16le),
            Some(Encoding::Utf16 {
                big_endian: false,
                bom: false
            })
        );
        assert_eq!(
            sniff(&utf16be),
            Some(Encoding::Utf16 {
                big_endian: true,
                bom: false
            })
        );
        assert_eq!(
            sniff(&[0xFF, 0xFE, b'a', 0]),
            Some(Encoding::Utf16 {
                big_endian: false,
                bom: true
            })
        );
        assert_eq!(sniff(&[0; 64]), Some(Encoding::NotText));
        assert_eq!(sniff(b"\xEF\xBB\xBFa,b\n"), None);
        assert_eq!(sniff(b"a,b\n1,caf\xE9\n"), None);
    }
}
