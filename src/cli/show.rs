//! How text reaches the terminal: every message and table the CLI prints
//! goes through [`shown`], so no byte of a note or a name can act on the
//! terminal (an ESC sequence recolouring it, moving the cursor, retitling
//! the window), and tables stay readable with very long texts.

use std::borrow::Cow;
use std::io::Write;

use crate::error::{Error, Result};

/// Most characters a table cell or a quoted value in a message shows;
/// longer texts end in `…`. The same limit as the core's messages (§11).
pub const SHOWN_MAX_CHARS: usize = 80;

/// Whether `c` may act on a terminal rather than print: control
/// characters (C0, DEL, C1, so ESC, NUL, CR, newline, tab) and the
/// bidirectional overrides that reorder what is shown after them.
fn acts_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The one function that makes text safe for a terminal: each character
/// that could act on it is written as an escape (`\u{1b}`, `\n`, `\t`).
/// Other text, backslashes included, is unchanged, so applying it twice
/// changes nothing more.
pub fn shown(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => safe.push_str("\\n"),
            '\t' => safe.push_str("\\t"),
            '\r' => safe.push_str("\\r"),
            c if acts_on_terminal(c) => safe.extend(c.escape_unicode()),
            c => safe.push(c),
        }
    }
    Cow::Owned(safe)
}

/// [`shown`], then cut to at most [`SHOWN_MAX_CHARS`] characters ending
/// in `…`: for table cells and for values quoted in messages.
pub fn clipped(text: &str) -> String {
    let safe = shown(text);
    if safe.chars().count() <= SHOWN_MAX_CHARS {
        return safe.into_owned();
    }
    let mut cut: String = safe.chars().take(SHOWN_MAX_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// A message of one or more lines, each line [`shown`]: the line breaks
/// the CLI itself puts in a message stay, nothing else can act on the
/// terminal.
pub fn message(text: &str) -> String {
    text.split('\n').map(shown).collect::<Vec<_>>().join("\n")
}

/// JSON for a terminal: serde_json escapes C0 controls but writes DEL, C1
/// controls and the bidirectional overrides as they are; here they become
/// JSON's own `\u009b` escapes, so the text is the same JSON value and
/// still cannot act on the terminal. (Outside strings JSON is ASCII.)
pub fn json(text: &str) -> Cow<'_, str> {
    // Inside strings serde_json has escaped every newline already; the
    // ones left are the pretty printer's own.
    let escaped = |c: char| c != '\n' && acts_on_terminal(c);
    if !text.chars().any(escaped) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            // Every such character is in the Basic Multilingual Plane.
            safe.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            safe.push(c);
        }
    }
    Cow::Owned(safe)
}

/// An error writing to standard output.
pub fn io_err(e: std::io::Error) -> Error {
    Error::Io {
        path: "stdout".into(),
        source: e,
    }
}

/// Writes one message (see [`message`]) and a line break.
pub fn say(out: &mut dyn Write, text: &str) -> Result<()> {
    writeln!(out, "{}", message(text)).map_err(io_err)
}

/// A table's heading in the CLI's language: each heading the CLI prints
/// has its `cli-col-*` message (a heading not listed shows as it is).
fn heading(english: &str) -> String {
    let key = match english {
        "handle" => "cli-col-handle",
        "name" => "cli-col-name",
        "type" => "cli-col-type",
        "status" => "cli-col-status",
        "joined" => "cli-col-joined",
        "code" => "cli-col-code",
        "parent" => "cli-col-parent",
        "id" => "cli-col-id",
        "date" => "cli-col-date",
        "project" => "cli-col-project",
        "amount" => "cli-col-amount",
        "distribution" => "cli-col-distribution",
        "note" => "cli-col-note",
        "from" => "cli-col-from",
        "bucket" => "cli-col-bucket",
        "contribution" => "cli-col-contribution",
        "kind" => "cli-col-kind",
        "quantity" => "cli-col-quantity",
        "rate" => "cli-col-rate",
        "multiplier" => "cli-col-multiplier",
        "value" => "cli-col-value",
        "decay factor" => "cli-col-decay_factor",
        "stage" => "cli-col-stage",
        "left" => "cli-col-left",
        "recipient" => "cli-col-recipient",
        "weight" => "cli-col-weight",
        "share" => "cli-col-share",
        "account" => "cli-col-account",
        "earned" => "cli-col-earned",
        "paid" => "cli-col-paid",
        "owed" => "cli-col-owed",
        "method" => "cli-col-method",
        "resource" => "cli-col-resource",
        "unit" => "cli-col-unit",
        "owners" => "cli-col-owners",
        "use" => "cli-col-use",
        "by" => "cli-col-by",
        "credits" => "cli-col-credits",
        "percent" => "cli-col-percent",
        "kinds" => "cli-col-kinds",
        "members today" => "cli-col-members_today",
        "member" => "cli-col-member",
        "measure" => "cli-col-measure",
        "flags" => "cli-col-flags",
        other => return other.to_string(),
    };
    super::tr(key, &[])
}

/// Writes rows under headers in aligned columns, each cell [`clipped`];
/// `(none)` when there are no rows.
pub fn table(out: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> Result<()> {
    debug_assert!(
        rows.iter().all(|row| row.len() == headers.len()),
        "every row has a cell per header"
    );
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| clipped(cell)).collect())
        .collect();
    let headers: Vec<String> = headers.iter().map(|h| clipped(&heading(h))).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    // Padding by hand: `format!("{c:<w$}")` panics for widths above
    // u16::MAX, and a cell's width is the user's to choose.
    let line = |cells: &[String]| -> String {
        let mut text = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            text.push_str(cell);
            let pad = w.saturating_sub(cell.chars().count());
            text.extend(std::iter::repeat_n(' ', pad));
        }
        text.trim_end().to_string()
    };
    writeln!(out, "{}", line(&headers)).map_err(io_err)?;
    for row in &rows {
        writeln!(out, "{}", line(row)).map_err(io_err)?;
    }
    if rows.is_empty() {
        writeln!(out, "{}", super::tr("cli-table-none", &[])).map_err(io_err)?;
    }
    Ok(())
}

/// `text` with every single-quoted value longer than
/// [`crate::text::QUOTED_CHARS`] characters cut as [`crate::text::quote`]
/// cuts it: for messages written by others (the argument parser's), which
/// quote a value in full.
pub fn cut_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4096));
    let mut rest = text;
    while let Some(open) = next_quote(rest) {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match next_quote(after) {
            Some(close) => {
                let inner = &after[..close];
                if inner.chars().count() > crate::text::QUOTED_CHARS {
                    out.push_str(&crate::text::quote(inner));
                } else {
                    out.push('\'');
                    out.push_str(inner);
                    out.push('\'');
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The byte index of the next `'` that quotes: an apostrophe inside a word
/// (French "n'est", Catalan "l'ús", "O'Brien") is text, not a quote.
fn next_quote(text: &str) -> Option<usize> {
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        let in_word =
            previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        if c == '\'' && !in_word {
            return Some(i);
        }
        previous = Some(c);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apostrophe_inside_a_word_is_not_a_quote() {
        let text = "invalid value '2026-13-01' for '--date <DATE>': '2026-13-01' n'est pas une date : utilisez AAAA-MM-JJ, comme 2026-03-31\n\nFor more information, try '--help'.";
        assert_eq!(cut_quoted(text), text);
    }

    #[test]
    fn long_quoted_values_are_cut() {
        let long = "Z".repeat(1000);
        let cut = cut_quoted(&format!("invalid value '{long}' for '--date <DATE>'"));
        assert!(cut.len() < 200, "{cut}");
        assert!(
            cut.contains("(1000 characters)") && cut.ends_with("for '--date <DATE>'"),
            "{cut}"
        );
        assert_eq!(cut_quoted("a 'b' c"), "a 'b' c");
        assert_eq!(cut_quoted("it's"), "it's");
    }

    #[test]
    fn shown_escapes_what_acts_on_a_terminal_and_nothing_else() {
        assert_eq!(shown("Ana Puig, 3 €"), "Ana Puig, 3 €");
        assert_eq!(shown("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(shown("a\nb\tc\rd\0e\u{7f}"), "a\\nb\\tc\\rd\\u{0}e\\u{7f}");
        assert_eq!(shown("\u{9b}2J\u{202e}"), "\\u{9b}2J\\u{202e}");
        let once = shown("\u{1b}x").into_owned();
        assert_eq!(shown(&once), once);
    }

    #[test]
    fn json_keeps_the_value_and_escapes_what_serde_leaves_raw() {
        let text = serde_json::to_string_pretty(&["a\u{1b}b\u{9b}c\u{202e}d\n"]).unwrap();
        let safe = json(&text);
        assert!(safe.contains('\n'), "the layout stays: {safe}");
        assert!(
            !safe.chars().any(|c| c != '\n' && acts_on_terminal(c)),
            "{safe}"
        );
        let back: Vec<String> = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, ["a\u{1b}b\u{9b}c\u{202e}d\n"]);
    }

    #[test]
    fn clipped_cuts_long_text_at_a_character() {
        let long = "é".repeat(70_000);
        let cut = clipped(&long);
        assert_eq!(cut.chars().count(), SHOWN_MAX_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(clipped("short"), "short");
    }

    #[test]
    fn table_pads_columns_and_survives_any_width() {
        let mut out = Vec::new();
        let rows = vec![
            vec!["a".to_string(), "x".repeat(100_000)],
            vec!["bbb".to_string(), "y".into()],
        ];
        table(&mut out, &["k", "v"], &rows).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "k    v");
        assert!(lines[1].starts_with("a    xxx"));
        assert_eq!(lines[2], "bbb  y");
    }
}
