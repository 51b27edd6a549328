//! Showing a user's text inside a message (SPEC §11): at most the first
//! [`QUOTED_CHARS`] characters of an offending value, with control
//! characters (and the bidirectional overrides that can disguise text)
//! shown escaped, so a message never floods or drives the terminal.
//!
//! ```
//! use openvalue::text::quote;
//!
//! assert_eq!(quote("anna"), "'anna'");
//! assert_eq!(quote("a\u{1b}[31mb"), "'a\\u{1b}[31mb'");
//! let long = "x".repeat(10_000);
//! assert_eq!(quote(&long), format!("'{}…' (10000 characters)", "x".repeat(80)));
//! ```

use std::fmt::Write;

/// Most characters of a value a message quotes.
pub const QUOTED_CHARS: usize = 80;

/// `value` in single quotes, cut after [`QUOTED_CHARS`] characters (then
/// followed by its length), control characters escaped (`\n`, `\u{1b}`).
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len().min(4 * QUOTED_CHARS) + 2);
    out.push('\'');
    let mut chars = value.chars();
    for c in chars.by_ref().take(QUOTED_CHARS) {
        push_shown(&mut out, c);
    }
    if chars.next().is_some() {
        let total = value.chars().count();
        // Writing to a String cannot fail.
        let _ = write!(out, "…' ({total} characters)");
    } else {
        out.push('\'');
    }
    out
}

/// Pushes `c` as it may be shown on a terminal.
fn push_shown(out: &mut String, c: char) {
    let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if c.is_control() {
        out.extend(c.escape_default());
    } else if bidi {
        out.extend(c.escape_unicode());
    } else {
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_are_quoted_whole() {
        assert_eq!(quote(""), "''");
        assert_eq!(quote("café"), "'café'");
        assert_eq!(quote(&"é".repeat(80)), format!("'{}'", "é".repeat(80)));
    }

    #[test]
    fn long_values_are_cut_after_80_characters() {
        let shown = quote(&"é".repeat(81));
        assert_eq!(shown, format!("'{}…' (81 characters)", "é".repeat(80)));
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(quote("a\tb\nc\0"), "'a\\tb\\nc\\u{0}'");
        assert_eq!(quote("\u{202e}evil"), "'\\u{202e}evil'");
    }
}
