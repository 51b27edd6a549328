//! Importing the five canonical CSV files (SPEC §5).
//!
//! Parse, then refine: every row is read and validated first, every
//! problem collected (up to [`MAX_REPORTED`] shown) as
//! `FILE:LINE:COLUMN: what is wrong`; only when the whole file is clean is
//! anything written, in one transaction. Re-importing a file adds nothing:
//! rows with an `id` are keyed by it, rows without by their content and
//! their occurrence number within the file.
//!
//! The CSV text is read by [`crate::csvread`]: lines are physical lines (LF,
//! CRLF or CR, blank lines included); a quote never closed, text after a
//! closing quote, a row longer than [`crate::csvread::MAX_ROW_BYTES`] and a
//! file not in UTF-8 are refused at `FILE:LINE:COLUMN`. A path that is not a
//! regular file (a directory, a FIFO, a device) is refused before it is
//! opened.
//!
//! A file in a locale's format (SPEC §16: `;`, decimal comma, day-first
//! dates) is read by [`import_file_as`] and [`import_reader_as`] with a
//! [`CsvFormat`]: its dates and numbers become canonical text
//! ([`crate::csvformat`]) before the same checks. In every format, the
//! `'` an export put before formula-like text is taken off again.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::Read;
use std::path::Path;
use std::str::FromStr;

use thiserror::Error;

use crate::csvformat::CsvFormat;
use crate::csvread::{self, CsvReader};
use crate::i18n::Message;
use crate::journal::Payload;
use crate::model::{Account, ContributionRecord, Kind, KindVersion, Project, RevenueRecord};
use crate::store::query::Catalog;
use crate::store::{Books, Ledger, RecordTable, StoreError};
use crate::text::quote;
use crate::validate::{self, FieldProblem, RawAccount, RawContribution, RawKind, RawRevenue};

/// Most problems reported at once.
pub const MAX_REPORTED: usize = 100;
/// Records per journal entry when a large file is imported.
const RECORDS_PER_ENTRY: usize = 5_000;
/// Namespace of the UUIDs given to rows without an id.
const ROW_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6f70_656e_7661_6c75_6500_0000_0000_0001);

/// Which file is imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Table {
    /// members.csv
    Members,
    /// projects.csv
    Projects,
    /// kinds.csv
    Kinds,
    /// contributions.csv
    Contributions,
    /// revenues.csv
    Revenues,
}

impl Table {
    /// All tables, in the order a new ledger imports them.
    pub const ALL: [Table; 5] = [
        Table::Members,
        Table::Projects,
        Table::Kinds,
        Table::Contributions,
        Table::Revenues,
    ];

    fn columns(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Table::Members => (&["handle", "name"], &["joined_on", "type", "status"]),
            Table::Projects => (&["code", "name"], &["parent"]),
            Table::Kinds => (
                &["code", "name", "measure", "rate"],
                &[
                    "valued_by",
                    "unit",
                    "multiplier",
                    "gift",
                    "reimbursable",
                    "deferred",
                    "effective_from",
                ],
            ),
            Table::Contributions => (
                &["date", "member", "project", "kind", "quantity"],
                &["id", "note"],
            ),
            Table::Revenues => (&["date", "project", "amount"], &["id", "currency", "note"]),
        }
    }

    /// The columns a locale writes its own way (dates, then numbers), and
    /// the text columns an export neutralises against formulas.
    fn localised_columns(self) -> [&'static [&'static str]; 3] {
        match self {
            Table::Members => [&["joined_on"], &[], &["name"]],
            Table::Projects => [&[], &[], &["name"]],
            Table::Kinds => [
                &["effective_from"],
                &["rate", "multiplier"],
                &["name", "unit"],
            ],
            Table::Contributions => [&["date"], &["quantity"], &["note"]],
            Table::Revenues => [&["date"], &["amount"], &["note"]],
        }
    }

    /// The table's name as used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Table::Members => "members",
            Table::Projects => "projects",
            Table::Kinds => "kinds",
            Table::Contributions => "contributions",
            Table::Revenues => "revenues",
        }
    }
}

impl FromStr for Table {
    type Err = String;
    fn from_str(s: &str) -> Result<Table, String> {
        Table::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| {
                format!("{} is not an importable file: use members, projects, kinds, contributions or revenues", quote(s))
            })
    }
}

/// One problem in an imported file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowProblem {
    /// File name as given.
    pub file: String,
    /// 1-based line where the row starts.
    pub line: u64,
    /// 1-based column.
    pub column: usize,
    /// What is wrong (English).
    pub message: String,
    /// The same to render in the user's language, where the check that
    /// found it built one (a field's problem: SPEC §16).
    #[serde(skip)]
    pub says: Option<Says>,
}

/// A row problem as a catalogue message: the field (none for a problem of
/// the file or the row itself), its problem, and the value as the file
/// wrote it where the check quoted it normalised (`'1234.5'` shown as the
/// file's `'1.234,5'`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Says {
    /// The column, if the problem is a field's.
    pub field: Option<&'static str>,
    /// Its problem.
    pub problem: crate::i18n::Message,
    /// (quoted canonical value, quoted value as written), if they differ.
    pub restore: Option<(String, String)>,
}

impl RowProblem {
    /// What is wrong, in `lang` (the English `message` where no catalogue
    /// message was built).
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        let Some(says) = &self.says else {
            return self.message.clone();
        };
        let mut problem = says.problem.render(lang);
        if let Some((canonical, original)) = &says.restore {
            problem = problem.replace(canonical, original);
        }
        match says.field {
            Some(field) => crate::i18n::tr(
                lang,
                "err-field",
                &[("field", field.into()), ("message", problem.into())],
            ),
            None => problem,
        }
    }
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// Why an import wrote nothing.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The path is not a regular file: a directory, a FIFO, a device.
    #[error("{file}: this is {what}, not a CSV file")]
    NotAFile {
        /// File name.
        file: String,
        /// What it is instead (`a directory` …).
        what: &'static str,
    },
    /// The file could not be read.
    #[error("{file}: cannot read the file: {source}")]
    Read {
        /// File name.
        file: String,
        /// The IO error.
        source: std::io::Error,
    },
    /// Rows are wrong; nothing was imported.
    #[error("{}", describe_rows(.problems, *.total))]
    Rows {
        /// The first problems (at most [`MAX_REPORTED`]).
        problems: Vec<RowProblem>,
        /// How many problems there were in all.
        total: usize,
    },
    /// The ledger could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn describe_rows(problems: &[RowProblem], total: usize) -> String {
    use crate::i18n::{tr, Lang};
    let mut out: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    if total > problems.len() {
        let more = total - problems.len();
        out.push(tr(Lang::En, "err-import-more", &[("count", more.into())]));
    }
    out.push(tr(Lang::En, "err-import-rows", &[("count", total.into())]));
    out.join("\n")
}

/// Options of an import.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Report what would happen and write nothing.
    pub dry_run: bool,
    /// Skip columns the file format does not know instead of refusing them.
    pub ignore_unknown: bool,
}

/// Where an import is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    /// `reading`, `checking`, `writing` or `indexing`.
    pub phase: &'static str,
    /// Rows done in this phase.
    pub done: u64,
    /// Rows in all (0 while reading).
    pub total: u64,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// The table.
    pub table: Table,
    /// Data rows in the file.
    pub rows: usize,
    /// Rows added.
    pub added: usize,
    /// Rows already in the ledger (nothing to do).
    pub unchanged: usize,
    /// Existing rows updated (a member's status, a kind's new rate version).
    pub updated: usize,
    /// Nothing was written.
    pub dry_run: bool,
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.dry_run { "would add" } else { "added" };
        write!(
            f,
            "{}: {} row{} — {verb} {}, {} already present",
            self.table.as_str(),
            self.rows,
            if self.rows == 1 { "" } else { "s" },
            self.added,
            self.unchanged
        )?;
        if self.updated > 0 {
            let verb = if self.dry_run {
                "would update"
            } else {
                "updated"
            };
            write!(f, ", {verb} {}", self.updated)?;
        }
        if self.dry_run {
            write!(f, " (dry run: nothing written)")?;
        }
        Ok(())
    }
}

/// A data row: its line and its fields by column name.
struct Row {
    line: u64,
    record: csv::StringRecord,
    /// Fields a locale wrote its own way, as the file has them.
    originals: Originals,
}

struct Sheet {
    /// Column name → 0-based index.
    index: HashMap<&'static str, usize>,
    rows: Vec<Row>,
    /// Fields that are no date or number of the file's format: line,
    /// 1-based column, the column's name, the problem.
    problems: Vec<(u64, usize, &'static str, crate::i18n::Message)>,
}

/// Fields of a row that a locale wrote its own way: (0-based column, the
/// canonical text the validators saw, the text of the file). Messages
/// quote the file's text.
#[derive(Default)]
struct Originals(Vec<(usize, String, String)>);

impl Originals {
    /// `message` about the field in `column`, quoting the file's text.
    fn restore(&self, column: usize, message: String) -> String {
        match self.quoted(column) {
            Some((canonical, original)) => message.replace(&canonical, &original),
            None => message,
        }
    }

    /// The quoted canonical value of `column` and the quoted value as the
    /// file wrote it, if the file's format changed it.
    fn quoted(&self, column: usize) -> Option<(String, String)> {
        self.0
            .iter()
            .find(|(c, _, _)| *c == column)
            .map(|(_, canonical, original)| (quote(canonical), quote(original)))
    }
}

/// What a column holds, for [`Localiser`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Date,
    Number,
    Text,
}

/// What a file's format writes its own way in one table: (0-based column,
/// what it holds, its name).
struct Localiser {
    format: CsvFormat,
    columns: Vec<(usize, Field, &'static str)>,
}

impl Localiser {
    fn new(format: &CsvFormat, table: Table, index: &HashMap<&'static str, usize>) -> Localiser {
        let [dates, numbers, texts] = table.localised_columns();
        let find = |names: &[&'static str], field: Field| -> Vec<(usize, Field, &'static str)> {
            names
                .iter()
                .filter_map(|n| index.get(n).map(|i| (*i, field, *n)))
                .collect()
        };
        // Exports neutralise text in every format, so every import reads
        // it back; dates and numbers differ only in a locale's format.
        let mut columns = find(texts, Field::Text);
        if !format.is_canonical() {
            columns.extend(find(dates, Field::Date));
            columns.extend(find(numbers, Field::Number));
        }
        Localiser {
            format: *format,
            columns,
        }
    }

    /// Rewrites `record`'s dates and numbers into canonical text, and its
    /// text cells that an export neutralised ([`crate::export::safe_text`])
    /// back into the text; returns what was rewritten, or each field that
    /// is no date or number of the format (0-based column, its name and
    /// the problem).
    #[allow(clippy::type_complexity)]
    fn apply(
        &self,
        record: &mut csv::StringRecord,
    ) -> Result<Originals, Vec<(usize, &'static str, crate::i18n::Message)>> {
        let mut originals = Originals::default();
        let mut problems = Vec::new();
        for &(column, field, name) in &self.columns {
            let Some(text) = record.get(column) else {
                continue;
            };
            let mapped = match field {
                Field::Date => self.format.date(text),
                Field::Number => self.format.number(text),
                Field::Text => Ok(std::borrow::Cow::Borrowed(crate::export::unneutralised(
                    text,
                ))),
            };
            match mapped {
                Ok(canonical) if canonical != text => {
                    originals
                        .0
                        .push((column, canonical.into_owned(), text.to_string()));
                }
                Ok(_) => {}
                Err(message) => problems.push((column, name, message)),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        if !originals.0.is_empty() {
            let mut fields: Vec<String> = record.iter().map(String::from).collect();
            for (column, canonical, _) in &originals.0 {
                fields[*column] = canonical.clone();
            }
            *record = csv::StringRecord::from(fields);
        }
        Ok(originals)
    }
}

impl Sheet {
    fn get<'a>(&self, row: &'a Row, column: &str) -> Option<&'a str> {
        self.index.get(column).and_then(|i| row.record.get(*i))
    }
    fn req<'a>(&self, row: &'a Row, column: &str) -> &'a str {
        self.get(row, column).unwrap_or("")
    }
    fn column_number(&self, column: &str) -> usize {
        self.index.get(column).map(|i| i + 1).unwrap_or(1)
    }
}

/// Collects row problems, keeping the first [`MAX_REPORTED`].
struct Report {
    file: String,
    problems: Vec<RowProblem>,
    total: usize,
}

impl Report {
    /// A problem of the file or the row (no field of its own): English
    /// text, or a message rendered in the user's language.
    fn add(&mut self, line: u64, column: usize, message: impl Into<crate::i18n::Message>) {
        let message = message.into();
        let says = match &message {
            crate::i18n::Message::Key { .. } => Some(Says {
                field: None,
                problem: message.clone(),
                restore: None,
            }),
            _ => None,
        };
        self.add_says(line, column, message.to_string(), says);
    }
    fn add_says(
        &mut self,
        line: u64,
        column: usize,
        message: impl Into<String>,
        says: Option<Says>,
    ) {
        self.total += 1;
        if self.problems.len() < MAX_REPORTED {
            self.problems.push(RowProblem {
                file: self.file.clone(),
                line,
                column,
                message: message.into(),
                says,
            });
        }
    }
    /// A field's problem found before the field checks (a date or number
    /// not of the file's format).
    fn field_says(
        &mut self,
        line: u64,
        column: usize,
        field: &'static str,
        problem: crate::i18n::Message,
    ) {
        let message = format!("{field}: {problem}");
        let says = Says {
            field: Some(field),
            problem,
            restore: None,
        };
        self.add_says(line, column, message, Some(says));
    }
    fn csv(&mut self, problem: csvread::Problem) {
        self.add(problem.line, problem.column, problem.message);
    }
    fn fields(&mut self, sheet: &Sheet, row: &Row, problems: Vec<FieldProblem>) {
        for p in problems {
            let column = sheet.column_number(p.field);
            let says = p.says.map(|problem| Says {
                field: Some(p.field),
                problem,
                restore: row.originals.quoted(column - 1),
            });
            let message = row.originals.restore(column - 1, p.message);
            self.add_says(row.line, column, format!("{}: {message}", p.field), says);
        }
    }
    fn into_error(self) -> ImportError {
        ImportError::Rows {
            problems: self.problems,
            total: self.total,
        }
    }
    fn into_result(self) -> Result<(), ImportError> {
        if self.total == 0 {
            Ok(())
        } else {
            Err(self.into_error())
        }
    }
}

/// Opens the CSV reader and maps its header to the table's columns.
fn read_header<R: Read>(
    table: Table,
    file: &str,
    reader: R,
    format: &CsvFormat,
    options: &ImportOptions,
) -> Result<(CsvReader<R>, HashMap<&'static str, usize>), ImportError> {
    let mut report = Report {
        file: file.to_string(),
        problems: Vec::new(),
        total: 0,
    };
    let (required, optional) = table.columns();
    let mut csv = CsvReader::with_separator(reader, format.separator);
    let header = csv
        .headers(&mut |p| report.csv(p))
        .map_err(|source| read_error(file, source))?;
    let Some((line, headers)) = header else {
        if report.total == 0 {
            report.add(1, 1, Message::new("err-import-no_header"));
        }
        return Err(report.into_error());
    };
    let mut index = HashMap::new();
    if headers.iter().all(|h| h.trim().is_empty()) {
        report.add(
            line,
            1,
            Message::new("err-import-empty").arg("columns", required.join(", ")),
        );
        return Err(report.into_error());
    }
    if let Some(message) = other_separator(&headers, format, table) {
        report.add(line, 1, message);
        return Err(report.into_error());
    }
    for (i, header) in headers.iter().enumerate() {
        let name = header.trim();
        match required.iter().chain(optional).find(|c| **c == name) {
            Some(known) => {
                if index.insert(*known, i).is_some() {
                    report.add(
                        line,
                        i + 1,
                        Message::new("err-import-column_twice").arg("column", quote(name)),
                    );
                }
            }
            None if options.ignore_unknown => {}
            None => {
                let all: Vec<String> = required
                    .iter()
                    .chain(optional)
                    .map(|c| c.to_string())
                    .collect();
                let message = match crate::store::query::suggest(name, all.iter()) {
                    Some(best) => Message::new("err-import-unknown_column-hint")
                        .arg("column", quote(name))
                        .arg("hint", format!("'{best}'")),
                    None => Message::new("err-import-unknown_column")
                        .arg("column", quote(name))
                        .arg("table", table.as_str())
                        .arg(
                            "columns",
                            required
                                .iter()
                                .map(|c| c.to_string())
                                .chain(optional.iter().map(|c| format!("[{c}]")))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                };
                report.add(line, i + 1, message);
            }
        }
    }
    for column in required {
        if !index.contains_key(column) {
            report.add(
                line,
                1,
                Message::new("err-import-missing_column").arg("column", format!("'{column}'")),
            );
        }
    }
    if report.total > 0 {
        return Err(report.into_error());
    }
    Ok((csv, index))
}

/// A message when the header is one field that the other separator would
/// split into the table's columns: a `;` file read as canonical, or a
/// canonical file read in a decimal-comma locale.
fn other_separator(
    headers: &csv::StringRecord,
    format: &CsvFormat,
    table: Table,
) -> Option<Message> {
    let [only] = headers.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let other = if format.separator == b';' { ',' } else { ';' };
    let (required, optional) = table.columns();
    let known = only
        .split(other)
        .any(|name| required.iter().chain(optional).any(|c| *c == name.trim()));
    if !known {
        return None;
    }
    let key = if other == ';' {
        "err-import-semicolon"
    } else {
        "err-import-comma"
    };
    Some(Message::new(key).arg("header", quote(only)))
}

/// Reads the next data row into `record`, skipping blank lines; rows that
/// cannot be read are reported and skipped. `Ok(None)` at the end.
fn next_row<R: Read>(
    csv: &mut CsvReader<R>,
    record: &mut csv::StringRecord,
    file: &str,
    report: &mut Report,
) -> Result<Option<u64>, ImportError> {
    csv.next_row(record, &mut |p| report.csv(p))
        .map_err(|source| read_error(file, source))
}

fn read_error(file: &str, source: std::io::Error) -> ImportError {
    ImportError::Read {
        file: file.to_string(),
        source,
    }
}

fn read_sheet(
    table: Table,
    file: &str,
    reader: impl Read,
    format: &CsvFormat,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Sheet, ImportError> {
    let (mut csv, index) = read_header(table, file, reader, format, options)?;
    let localiser = Localiser::new(format, table, &index);
    let mut report = Report {
        file: file.to_string(),
        problems: Vec::new(),
        total: 0,
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut read = 0u64;
    let mut record = csv::StringRecord::new();
    while let Some(line) = next_row(&mut csv, &mut record, file, &mut report)? {
        read += 1;
        let mut record = record.clone();
        match localiser.apply(&mut record) {
            Ok(originals) => rows.push(Row {
                line,
                record,
                originals,
            }),
            // Reported with the rows' other problems; the row is not
            // checked further.
            Err(found) => {
                problems.extend(found.into_iter().map(|(c, name, m)| (line, c + 1, name, m)))
            }
        }
        if read % 50_000 == 0 {
            progress(Progress {
                phase: "reading",
                done: read,
                total: 0,
            });
        }
    }
    report.into_result()?;
    Ok(Sheet {
        index,
        rows,
        problems,
    })
}

/// Imports a canonical CSV file from disk; see [`import_reader`].
pub fn import_file(
    ledger: &mut Ledger,
    table: Table,
    path: &Path,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    import_file_as(
        ledger,
        table,
        path,
        &CsvFormat::CANONICAL,
        options,
        progress,
    )
}

/// Imports a CSV file written in `format` (a locale's, SPEC §16, or one
/// [`crate::csvformat::detect`] found) from disk; see [`import_reader_as`].
pub fn import_file_as(
    ledger: &mut Ledger,
    table: Table,
    path: &Path,
    format: &CsvFormat,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    let name = path.display().to_string();
    // Before opening: opening a FIFO waits for a writer, and a device such
    // as /dev/zero never ends.
    let metadata = std::fs::metadata(path).map_err(|source| read_error(&name, source))?;
    if let Some(what) = not_a_file(&metadata.file_type()) {
        return Err(ImportError::NotAFile { file: name, what });
    }
    let file = std::fs::File::open(path).map_err(|source| read_error(&name, source))?;
    // The CSV reader buffers; the file needs no buffer of its own.
    import_reader_as(ledger, table, &name, file, format, options, progress)
}

/// What a path is when it is not a regular file.
fn not_a_file(file_type: &std::fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if file_type.is_char_device() {
            return Some("a character device");
        }
        if file_type.is_block_device() {
            return Some("a block device");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
    }
    if file_type.is_dir() {
        Some("a directory")
    } else if !file_type.is_file() {
        Some("neither a file nor a directory")
    } else {
        None
    }
}

/// Imports one canonical CSV file: all of it or nothing.
pub fn import_reader(
    ledger: &mut Ledger,
    table: Table,
    file: &str,
    reader: impl Read + Send,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    import_reader_as(
        ledger,
        table,
        file,
        reader,
        &CsvFormat::CANONICAL,
        options,
        progress,
    )
}

/// Imports one CSV file written in `format`: all of it or nothing. Its
/// dates and numbers are read into canonical text first
/// ([`CsvFormat::date`], [`CsvFormat::number`]), then checked as a
/// canonical file's are; messages quote the file's own text.
pub fn import_reader_as(
    ledger: &mut Ledger,
    table: Table,
    file: &str,
    reader: impl Read + Send,
    format: &CsvFormat,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    if table == Table::Contributions {
        return import_contributions(ledger, file, reader, format, options, progress);
    }
    let sheet = read_sheet(table, file, reader, format, options, progress)?;
    let summary = |plan: &Plan| ImportSummary {
        table,
        rows: sheet.rows.len(),
        added: plan.added,
        unchanged: plan.unchanged,
        updated: plan.updated,
        dry_run: options.dry_run,
    };
    if options.dry_run {
        let plan = plan_table(ledger.books(), table, file, &sheet)?;
        return Ok(summary(&plan));
    }
    // What is new and what is already there is decided in the transaction
    // that writes it: two imports of one file at once add it once, and
    // the second says "already present" (SPEC §11).
    let plan = ledger.write(|w| -> Result<Plan, ImportError> {
        let plan = plan_table(w.books(), table, file, &sheet)?;
        let total = plan.payloads.len() as u64;
        for (i, payload) in plan.payloads.iter().enumerate() {
            w.append(payload)?;
            progress(Progress {
                phase: "writing",
                done: i as u64 + 1,
                total,
            });
        }
        Ok(plan)
    })?;
    Ok(summary(&plan))
}

/// What importing `sheet` would add, against the books as `books` sees them.
fn plan_table(
    books: Books<'_>,
    table: Table,
    file: &str,
    sheet: &Sheet,
) -> Result<Plan, ImportError> {
    let catalog = books.catalog()?;
    let mut report = Report {
        file: file.to_string(),
        problems: Vec::new(),
        total: 0,
    };
    for (line, column, field, problem) in &sheet.problems {
        report.field_says(*line, *column, field, problem.clone());
    }
    let plan = match table {
        Table::Members => plan_members(&catalog, sheet, &mut report),
        Table::Projects => plan_projects(&catalog, sheet, &mut report),
        Table::Kinds => plan_kinds(&catalog, sheet, &mut report),
        Table::Contributions => unreachable!("contributions are streamed"),
        Table::Revenues => plan_revenues(books, &catalog, sheet, &mut report)?,
    };
    report.into_result()?;
    Ok(plan)
}

#[derive(Default)]
struct Plan {
    payloads: Vec<Payload>,
    added: usize,
    unchanged: usize,
    updated: usize,
}

fn plan_members(catalog: &Catalog, sheet: &Sheet, report: &mut Report) -> Plan {
    let mut plan = Plan::default();
    let mut new: Vec<Account> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in &sheet.rows {
        let raw = RawAccount {
            handle: sheet.req(row, "handle"),
            name: sheet.req(row, "name"),
            joined_on: sheet.get(row, "joined_on"),
            account_type: sheet.get(row, "type"),
            status: sheet.get(row, "status"),
        };
        let account = match validate::account(&raw) {
            Ok(a) => a,
            Err(problems) => {
                report.fields(sheet, row, problems);
                continue;
            }
        };
        if let Some(first) = seen.insert(account.handle.clone(), row.line) {
            report.add(
                row.line,
                sheet.column_number("handle"),
                Message::new("err-import-handle_twice")
                    .arg("handle", format!("'{}'", account.handle))
                    .arg("first", first.to_string()),
            );
            continue;
        }
        match catalog.accounts.get(&account.handle) {
            None => {
                plan.added += 1;
                new.push(account);
            }
            Some(existing) if *existing == account => plan.unchanged += 1,
            Some(existing)
                if Account {
                    status: account.status,
                    ..existing.clone()
                } == account =>
            {
                plan.updated += 1;
                plan.payloads.push(Payload::AccountStatusSet {
                    handle: account.handle.clone(),
                    status: account.status,
                    from: Some(crate::ops::today()),
                    reason: None,
                });
            }
            Some(existing) => report.add(
                row.line,
                sheet.column_number("handle"),
                Message::new("err-import-account_differs")
                    .arg("handle", format!("'{}'", existing.handle))
                    .arg("name", quote(&existing.name))
                    .arg("type", existing.account_type.to_string())
                    .arg(
                        "joined",
                        existing
                            .joined_on
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "none".into()),
                    ),
            ),
        }
    }
    if !new.is_empty() {
        plan.payloads
            .insert(0, Payload::AccountsAdded { accounts: new });
    }
    plan
}

fn plan_projects(catalog: &Catalog, sheet: &Sheet, report: &mut Report) -> Plan {
    let mut plan = Plan::default();
    let in_file: HashMap<&str, u64> = sheet
        .rows
        .iter()
        .filter_map(|r| sheet.get(r, "code").map(|c| (c, r.line)))
        .collect();
    let mut new: BTreeMap<String, Project> = BTreeMap::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in &sheet.rows {
        let known = |code: &str| in_file.contains_key(code);
        let project = match validate::project(
            catalog,
            sheet.req(row, "code"),
            sheet.req(row, "name"),
            sheet.get(row, "parent"),
            &known,
        ) {
            Ok(p) => p,
            Err(problems) => {
                report.fields(sheet, row, problems);
                continue;
            }
        };
        if let Some(first) = seen.insert(project.code.clone(), row.line) {
            report.add(
                row.line,
                sheet.column_number("code"),
                Message::new("err-import-project_twice")
                    .arg("code", format!("'{}'", project.code))
                    .arg("first", first.to_string()),
            );
            continue;
        }
        match catalog.projects.get(&project.code) {
            None => {
                plan.added += 1;
                new.insert(project.code.clone(), project);
            }
            Some(existing) if *existing == project => plan.unchanged += 1,
            Some(existing) => report.add(
                row.line,
                sheet.column_number("name"),
                Message::new("err-import-project_differs")
                    .arg("code", format!("'{}'", existing.code))
                    .arg("name", quote(&existing.name))
                    .arg(
                        "parent",
                        existing
                            .parent
                            .as_ref()
                            .map(|p| format!("'{p}'"))
                            .unwrap_or_else(|| "none".into()),
                    ),
            ),
        }
    }
    // Parents before children; a cycle among new projects is an error.
    let mut ordered: Vec<Project> = Vec::new();
    let mut placed: std::collections::HashSet<String> = catalog.projects.keys().cloned().collect();
    while !new.is_empty() {
        let ready: Vec<String> = new
            .values()
            .filter(|p| {
                p.parent
                    .as_ref()
                    .is_none_or(|parent| placed.contains(parent))
            })
            .map(|p| p.code.clone())
            .collect();
        if ready.is_empty() {
            for p in new.values() {
                let line = in_file.get(p.code.as_str()).copied().unwrap_or(0);
                report.add(
                    line,
                    sheet.column_number("parent"),
                    Message::new("err-import-project_cycle").arg("code", format!("'{}'", p.code)),
                );
            }
            break;
        }
        for code in ready {
            if let Some(p) = new.remove(&code) {
                placed.insert(code);
                ordered.push(p);
            }
        }
    }
    if !ordered.is_empty() {
        plan.payloads
            .push(Payload::ProjectsAdded { projects: ordered });
    }
    plan
}

fn plan_kinds(catalog: &Catalog, sheet: &Sheet, report: &mut Report) -> Plan {
    let mut plan = Plan::default();
    let mut new_kinds: BTreeMap<String, (Kind, u64)> = BTreeMap::new();
    let mut new_versions: BTreeMap<(String, Option<chrono::NaiveDate>), (KindVersion, u64)> =
        BTreeMap::new();
    for row in &sheet.rows {
        let raw = RawKind {
            code: sheet.req(row, "code"),
            name: sheet.req(row, "name"),
            measure: sheet.req(row, "measure"),
            unit: sheet.get(row, "unit"),
            rate: sheet.req(row, "rate"),
            multiplier: sheet.get(row, "multiplier"),
            gift: sheet.get(row, "gift"),
            reimbursable: sheet.get(row, "reimbursable"),
            deferred: sheet.get(row, "deferred"),
            valued_by: sheet.get(row, "valued_by"),
            effective_from: sheet.get(row, "effective_from"),
        };
        let (kind, version) = match validate::kind(&raw) {
            Ok(kv) => kv,
            Err(problems) => {
                report.fields(sheet, row, problems);
                continue;
            }
        };
        // The kind's fixed attributes must agree with the ledger and the file.
        let known = catalog
            .kinds
            .get(&kind.code)
            .map(|k| (k.clone(), "ledger".to_string()))
            .or_else(|| {
                new_kinds
                    .get(&kind.code)
                    .map(|(k, line)| (k.clone(), line.to_string()))
            });
        match known {
            Some((existing, _)) if existing == kind => {}
            Some((existing, where_)) => {
                report.add(
                    row.line,
                    sheet.column_number("name"),
                    Message::new("err-import-kind_differs")
                        .arg("kind", format!("'{}'", kind.code))
                        .arg("line", where_)
                        .arg("details", describe_kind(&existing)),
                );
                continue;
            }
            None => {
                new_kinds.insert(kind.code.clone(), (kind.clone(), row.line));
            }
        }
        let key = (version.kind.clone(), version.effective_from);
        let from_date = version
            .effective_from
            .map(|d| d.to_string())
            .unwrap_or_else(|| "none".into());
        let existing = catalog.versions.get(&version.kind).and_then(|vs| {
            vs.iter()
                .find(|v| v.effective_from == version.effective_from)
        });
        match (existing, new_versions.get(&key)) {
            (Some(v), _) if *v == version => plan.unchanged += 1,
            (Some(v), _) => report.add(
                row.line,
                sheet.column_number("rate"),
                Message::new("err-import-version_exists")
                    .arg("kind", format!("'{}'", v.kind))
                    .arg("date", from_date.as_str())
                    .arg("rate", v.rate_text())
                    .arg("multiplier", v.multiplier_text()),
            ),
            (None, Some((v, _))) if *v == version => plan.unchanged += 1,
            (None, Some((_, line))) => report.add(
                row.line,
                sheet.column_number("effective_from"),
                Message::new("err-import-version_twice")
                    .arg("kind", format!("'{}'", version.kind))
                    .arg("date", from_date.as_str())
                    .arg("line", line.to_string()),
            ),
            (None, None) => {
                if catalog.kinds.contains_key(&version.kind) {
                    plan.updated += 1;
                } else {
                    plan.added += 1;
                }
                new_versions.insert(key, (version, row.line));
            }
        }
    }
    let kinds: Vec<Kind> = new_kinds
        .into_values()
        .filter(|(k, _)| !catalog.kinds.contains_key(&k.code))
        .map(|(k, _)| k)
        .collect();
    if !kinds.is_empty() {
        plan.payloads.push(Payload::KindsAdded { kinds });
    }
    let versions: Vec<KindVersion> = new_versions.into_values().map(|(v, _)| v).collect();
    if !versions.is_empty() {
        plan.payloads.push(Payload::KindVersionsAdded { versions });
    }
    plan
}

/// A kind's fixed attributes as its columns and values (codes, the same
/// in every language).
fn describe_kind(k: &Kind) -> String {
    format!(
        "name {}, measure {}{}, gift {}, reimbursable {}, deferred {}{}",
        quote(&k.name),
        k.measure,
        k.unit
            .as_ref()
            .map(|u| format!(", unit {u}"))
            .unwrap_or_default(),
        k.gift,
        k.reimbursable,
        k.deferred,
        if k.peers { ", valued by peers" } else { "" }
    )
}

/// The id of a row without one: a UUID derived from its content and its
/// occurrence number within the file, so re-importing finds it again.
fn content_id(table: Table, content: &impl serde::Serialize, occurrence: u32) -> String {
    let mut key = serde_json::to_vec(content).unwrap_or_default();
    key.extend_from_slice(format!("|{}|{occurrence}", table.as_str()).as_bytes());
    uuid::Uuid::new_v5(&ROW_NAMESPACE, &key).to_string()
}

/// Decides, for each row's id, whether it is new, already present or a conflict.
///
/// Kept small because it remembers every id of the file: 32 bytes a row
/// (a million rows take about 70 MB with the hash table's spare room).
struct IdCheck {
    table: RecordTable,
    /// Ids seen in this file, as 128-bit fingerprints: the line of their
    /// first row and a 64-bit fingerprint of its content.
    seen: HashMap<u128, (u64, u64)>,
    ledger_empty: bool,
}

/// A 128-bit fingerprint of `bytes`: two SipHash-1-3 passes with
/// different prefixes. Only compares rows of one import in memory. A
/// collision of two ids (odds about 2⁻⁶⁴ at a million rows) would refuse
/// the file with a duplicate-id message; skipping a row would need the
/// content fingerprints of two rows with the same id to collide as well.
fn fingerprint(bytes: &[u8]) -> u128 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        bytes.hash(&mut h);
        h.finish()
    };
    (u128::from(half(1)) << 64) | u128::from(half(2))
}

/// Rows without an id: how often each content occurred so far in the file,
/// which makes the row's id (see [`content_id`]).
#[derive(Default)]
struct Occurrences {
    /// By a 64-bit fingerprint of the content (16 bytes a row): two
    /// contents colliding would only share a counter, which still gives
    /// every row of the same file the same id on every import.
    counts: HashMap<u64, u32>,
}

impl Occurrences {
    fn next(&mut self, content: &impl serde::Serialize) -> u32 {
        let key = serde_json::to_vec(content).unwrap_or_default();
        let n = self.counts.entry(fingerprint(&key) as u64).or_insert(0);
        *n += 1;
        *n
    }
}

enum IdOutcome {
    New,
    Present,
}

impl IdCheck {
    fn new(books: Books<'_>, table: RecordTable) -> Result<IdCheck, StoreError> {
        Ok(IdCheck {
            table,
            seen: HashMap::new(),
            ledger_empty: !books.has_records(table)?,
        })
    }

    fn check(
        &mut self,
        books: Books<'_>,
        id: &str,
        digest: String,
        line: u64,
    ) -> Result<Result<IdOutcome, Message>, StoreError> {
        let raw = fingerprint(digest.as_bytes()) as u64;
        let key = fingerprint(id.as_bytes());
        if let Some((first, first_digest)) = self.seen.get(&key) {
            return Ok(if *first_digest == raw {
                Ok(IdOutcome::Present)
            } else {
                Err(Message::new("err-import-id_twice")
                    .arg("id", format!("'{id}'"))
                    .arg("first", first.to_string()))
            });
        }
        self.seen.insert(key, (line, raw));
        if self.ledger_empty {
            return Ok(Ok(IdOutcome::New));
        }
        Ok(match books.record_digest(self.table, id)? {
            None => Ok(IdOutcome::New),
            Some(existing) if existing == digest => Ok(IdOutcome::Present),
            Some(_) => Err(Message::new("err-import-id_in_ledger").arg("id", format!("'{id}'"))),
        })
    }
}

/// Where a streamed import goes: nowhere (a dry run reads the books and
/// writes nothing) or into the open write transaction.
enum Target<'a, 'w> {
    DryRun(Books<'a>),
    Write(&'a mut crate::store::Writer<'w>),
}

impl Target<'_, '_> {
    fn books(&self) -> Books<'_> {
        match self {
            Target::DryRun(books) => *books,
            Target::Write(w) => w.books(),
        }
    }
    fn append(&mut self, payload: &Payload) -> Result<(), StoreError> {
        match self {
            Target::DryRun(_) => Ok(()),
            Target::Write(w) => w.append(payload).map(|_| ()),
        }
    }
    fn suspend_indexes(&mut self) -> Result<Vec<String>, StoreError> {
        match self {
            Target::DryRun(_) => Ok(Vec::new()),
            Target::Write(w) => w.suspend_indexes("contributions"),
        }
    }
    fn restore_indexes(&mut self, definitions: &[String]) -> Result<(), StoreError> {
        match self {
            Target::DryRun(_) => Ok(()),
            Target::Write(w) => w.restore_indexes(definitions),
        }
    }
}

/// Rows written before an import decides whether to rebuild the indexes.
const INDEX_REBUILD_AFTER: usize = 50_000;

/// Rows the reading thread hands over at a time, and batches it may read
/// ahead of the writer (bounded, so memory does not grow with the file).
const ROWS_PER_HANDOVER: usize = 1_000;
const HANDOVERS_AHEAD: usize = 8;

/// What the reading thread found, in file order.
enum Found {
    /// A valid row: its line, the record (its id given or made) and the
    /// digest of its content.
    Row(u64, ContributionRecord, String),
    /// A row with problems: line, column and message of each, with the
    /// message to render in the user's language where there is one.
    Invalid(Vec<(u64, usize, String, Option<Says>)>),
    /// A problem reading the CSV itself (not a row).
    Csv(csvread::Problem),
}

/// The reading thread of [`import_contributions`]: parses and validates
/// each row against the catalog and makes its id and digest, handing rows
/// over in file order. Stops early when the writer has gone (it failed).
fn read_contributions<R: Read>(
    mut csv: CsvReader<R>,
    index: &HashMap<&'static str, usize>,
    localiser: &Localiser,
    catalog: &Catalog,
    file: &str,
    to_writer: std::sync::mpsc::SyncSender<Vec<Found>>,
) -> Result<(), ImportError> {
    let column = |name: &str| index.get(name).copied();
    let number = |name: &str| index.get(name).map(|i| i + 1).unwrap_or(1);
    let (c_id, c_date, c_member, c_project, c_kind, c_quantity, c_note) = (
        column("id"),
        column("date"),
        column("member"),
        column("project"),
        column("kind"),
        column("quantity"),
        column("note"),
    );
    let mut occurrences = Occurrences::default();
    let mut record = csv::StringRecord::new();
    let mut found: Vec<Found> = Vec::with_capacity(ROWS_PER_HANDOVER);
    loop {
        let next = csv
            .next_row(&mut record, &mut |p| found.push(Found::Csv(p)))
            .map_err(|source| read_error(file, source))?;
        let Some(line) = next else { break };
        let originals = match localiser.apply(&mut record) {
            Ok(originals) => originals,
            Err(problems) => {
                found.push(Found::Invalid(
                    problems
                        .into_iter()
                        .map(|(c, name, problem)| {
                            let message = format!("{name}: {problem}");
                            let says = Says {
                                field: Some(name),
                                problem,
                                restore: None,
                            };
                            (line, c + 1, message, Some(says))
                        })
                        .collect(),
                ));
                continue;
            }
        };
        let get = |i: Option<usize>| i.and_then(|i| record.get(i));
        let raw = RawContribution {
            id: get(c_id),
            date: get(c_date).unwrap_or(""),
            member: get(c_member).unwrap_or(""),
            project: get(c_project).unwrap_or(""),
            kind: get(c_kind).unwrap_or(""),
            quantity: get(c_quantity).unwrap_or(""),
            note: get(c_note),
        };
        match validate::contribution(catalog, &raw) {
            Ok(mut contribution) => {
                if contribution.id.is_empty() {
                    let occurrence = occurrences.next(&contribution);
                    contribution.id = content_id(Table::Contributions, &contribution, occurrence);
                }
                let digest = crate::store::contribution_digest(&contribution)?;
                found.push(Found::Row(line, contribution, digest));
            }
            Err(problems) => found.push(Found::Invalid(
                problems
                    .into_iter()
                    .map(|p| {
                        let column = number(p.field);
                        let says = p.says.map(|problem| Says {
                            field: Some(p.field),
                            problem,
                            restore: originals.quoted(column - 1),
                        });
                        let message = originals.restore(column - 1, p.message);
                        (line, column, format!("{}: {message}", p.field), says)
                    })
                    .collect(),
            )),
        }
        if found.len() >= ROWS_PER_HANDOVER {
            let full = std::mem::replace(&mut found, Vec::with_capacity(ROWS_PER_HANDOVER));
            if to_writer.send(full).is_err() {
                return Ok(()); // the writer stopped; its error is the one reported
            }
        }
    }
    if !found.is_empty() {
        let _ = to_writer.send(found);
    }
    Ok(())
}

/// Imports contributions in one streaming pass inside one transaction.
///
/// A reading thread parses and validates each row against the catalog
/// (loaded once, in the write transaction) while this thread checks ids
/// and appends entries of [`RECORDS_PER_ENTRY`] through
/// [`Writer::append`](crate::store::Writer::append), which applies the rules
/// of the books to every record: the two cores share the work, and at most
/// [`HANDOVERS_AHEAD`] batches of rows wait between them. The first bad
/// row stops the writing (the rest is still checked, so every problem is
/// reported) and the transaction is rolled back: all or nothing, without
/// holding the file in memory. Checking ids inside the transaction also
/// means a second process importing the same file at the same moment
/// waits, then finds the rows present.
fn import_contributions<R: Read + Send>(
    ledger: &mut Ledger,
    file: &str,
    reader: R,
    format: &CsvFormat,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    let (csv, index) = read_header(Table::Contributions, file, reader, format, options)?;
    let localiser = Localiser::new(format, Table::Contributions, &index);
    let mut csv = Some(csv);
    let mut body = |target: &mut Target<'_, '_>| -> Result<ImportSummary, ImportError> {
        let catalog = target.books().catalog()?;
        let existing = target.books().record_count(RecordTable::Contributions)?;
        let mut ids = IdCheck::new(target.books(), RecordTable::Contributions)?;
        let Some(csv) = csv.take() else {
            unreachable!("the body runs once")
        };
        let (to_writer, from_reader) = std::sync::mpsc::sync_channel(HANDOVERS_AHEAD);
        std::thread::scope(|scope| {
            let reading = scope
                .spawn(|| read_contributions(csv, &index, &localiser, &catalog, file, to_writer));
            let written = write_contributions(
                target,
                &mut ids,
                &from_reader,
                file,
                &index,
                options,
                existing,
                progress,
            );
            // Dropping the receiver stops a reader still running (after an error).
            drop(from_reader);
            let read = reading
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            // A read error (the file became unreadable) comes first: the
            // writer saw only an early end.
            read?;
            written
        })
    };
    if options.dry_run {
        body(&mut Target::DryRun(ledger.books()))
    } else {
        ledger.write(|w| body(&mut Target::Write(w)))
    }
}

/// The writing side of [`import_contributions`]: checks each row's id and
/// appends the new rows in entries of [`RECORDS_PER_ENTRY`].
#[allow(clippy::too_many_arguments)]
fn write_contributions(
    target: &mut Target<'_, '_>,
    ids: &mut IdCheck,
    from_reader: &std::sync::mpsc::Receiver<Vec<Found>>,
    file: &str,
    index: &HashMap<&'static str, usize>,
    options: &ImportOptions,
    existing: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    let id_column = index.get("id").map(|i| i + 1).unwrap_or(1);
    let mut report = Report {
        file: file.to_string(),
        problems: Vec::new(),
        total: 0,
    };
    let mut summary = ImportSummary {
        table: Table::Contributions,
        rows: 0,
        added: 0,
        unchanged: 0,
        updated: 0,
        dry_run: options.dry_run,
    };
    let mut batch: Vec<ContributionRecord> = Vec::with_capacity(RECORDS_PER_ENTRY);
    let mut entries = 0u64;
    // Secondary indexes dropped for a large import, rebuilt at its end.
    let mut suspended: Option<Vec<String>> = None;
    for found in from_reader.iter().flatten() {
        let (line, contribution, digest) = match found {
            Found::Csv(problem) => {
                report.csv(problem);
                continue;
            }
            Found::Invalid(problems) => {
                summary.rows += 1;
                for (line, column, message, says) in problems {
                    report.add_says(line, column, message, says);
                }
                continue;
            }
            Found::Row(line, contribution, digest) => (line, contribution, digest),
        };
        summary.rows += 1;
        if summary.rows % 50_000 == 0 {
            progress(Progress {
                phase: "checking",
                done: summary.rows as u64,
                total: 0,
            });
        }
        match ids.check(target.books(), &contribution.id, digest, line)? {
            Ok(IdOutcome::New) => {
                summary.added += 1;
                if report.total > 0 {
                    continue; // nothing more is written; the rest is only checked
                }
                batch.push(contribution);
                if suspended.is_none()
                    && summary.added == INDEX_REBUILD_AFTER
                    && existing < 4 * INDEX_REBUILD_AFTER as u64
                {
                    suspended = Some(target.suspend_indexes()?);
                }
                if batch.len() == RECORDS_PER_ENTRY {
                    target.append(&Payload::ContributionsAdded {
                        contributions: std::mem::take(&mut batch),
                    })?;
                    entries += 1;
                    progress(Progress {
                        phase: "writing",
                        done: entries,
                        total: 0,
                    });
                }
            }
            Ok(IdOutcome::Present) => summary.unchanged += 1,
            Err(message) => report.add(line, id_column, message),
        }
    }
    // Rolls the transaction back when anything was wrong.
    report.into_result()?;
    if !batch.is_empty() {
        target.append(&Payload::ContributionsAdded {
            contributions: batch,
        })?;
        entries += 1;
        progress(Progress {
            phase: "writing",
            done: entries,
            total: entries,
        });
    }
    // The ids of the file are no longer needed: free them before SQLite's
    // sorter rebuilds the indexes (the import's peak of memory).
    ids.seen = HashMap::new();
    if let Some(definitions) = suspended {
        progress(Progress {
            phase: "indexing",
            done: entries,
            total: entries,
        });
        target.restore_indexes(&definitions)?;
    }
    Ok(summary)
}

fn plan_revenues(
    books: Books<'_>,
    catalog: &Catalog,
    sheet: &Sheet,
    report: &mut Report,
) -> Result<Plan, ImportError> {
    let mut plan = Plan::default();
    let mut occurrences = Occurrences::default();
    let mut ids = IdCheck::new(books, RecordTable::Revenues)?;
    let mut batch: Vec<RevenueRecord> = Vec::new();
    for row in &sheet.rows {
        let raw = RawRevenue {
            id: sheet.get(row, "id"),
            date: sheet.req(row, "date"),
            project: sheet.req(row, "project"),
            amount: sheet.req(row, "amount"),
            currency: sheet.get(row, "currency"),
            note: sheet.get(row, "note"),
        };
        let mut record = match validate::revenue(catalog, &raw) {
            Ok(r) => r,
            Err(problems) => {
                report.fields(sheet, row, problems);
                continue;
            }
        };
        if record.id.is_empty() {
            let occurrence = occurrences.next(&record);
            record.id = content_id(Table::Revenues, &record, occurrence);
        }
        let digest = crate::store::revenue_digest(&record)?;
        match ids.check(books, &record.id, digest, row.line)? {
            Ok(IdOutcome::New) => {
                plan.added += 1;
                batch.push(record);
            }
            Ok(IdOutcome::Present) => plan.unchanged += 1,
            Err(message) => report.add(row.line, sheet.column_number("id"), message),
        }
    }
    for chunk in batch.chunks(RECORDS_PER_ENTRY) {
        plan.payloads.push(Payload::RevenuesAdded {
            revenues: chunk.to_vec(),
        });
    }
    Ok(plan)
}
