//! The languages OpenValue speaks (SPEC §16): English, Spanish, Catalan and
//! French, each from one Fluent catalogue, `locales/LANG.ftl`, shared by the
//! CLI, the core's messages and the app.
//!
//! A message is a key and named arguments; [`tr`] renders it in a language,
//! with that language's plural rules, falling back to English for a key a
//! catalogue lacks (the catalogue test in `tests/i18n.rs` makes sure none
//! does). Text stored in the ledger, `--json` output, exports and CSV
//! headers never go through here: they do not depend on the language.
//!
//! Project Fluent's own Rust crate (`fluent-bundle`) does the work; see
//! ADR 15 for why.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default, and the fallback).
    #[default]
    En,
    /// Spanish.
    Es,
    /// Catalan.
    Ca,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Ca, Lang::Fr];

    /// The language's code (`en`, `es`, `ca`, `fr`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ca => "ca",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name for itself, as a selector shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ca => "Català",
            Lang::Fr => "Français",
        }
    }

    /// The language of a locale name or language tag (`es`, `es_ES.UTF-8`,
    /// `fr-CA`, `ca_ES@valencia`), if it is one of ours.
    pub fn parse(tag: &str) -> Option<Lang> {
        let language = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The language the environment asks for: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`, empty values ignored; English when the
    /// first one set names a language we do not have (or `C`/`POSIX`).
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (for tests).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        Lang::requested_by(get).unwrap_or_default()
    }

    /// The language the environment names, if it names one of ours (the
    /// app uses it before the window's own idea of the system language,
    /// which needs the locale installed).
    pub fn requested() -> Option<Lang> {
        Lang::requested_by(|name| std::env::var(name).ok())
    }

    /// [`Lang::requested`] over any source of variables.
    pub fn requested_by(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(get)
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
    }

    /// The catalogue's text.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::Es => include_str!("../locales/es.ftl"),
            Lang::Ca => include_str!("../locales/ca.ftl"),
            Lang::Fr => include_str!("../locales/fr.ftl"),
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
            Lang::Ca => 2,
            Lang::Fr => 3,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::ALL.into_iter().map(build).collect());
    &all[lang.index()]
}

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Terminal output and the app's text nodes do not want bidi isolation
    // marks around every argument: all four languages are left to right.
    bundle.set_use_isolating(false);
    // A catalogue that does not parse keeps what it could read; the
    // catalogue test fails on any error, so none ships.
    let resource = match FluentResource::try_new(lang.catalogue().to_string()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// A message argument: text or a number (numbers choose plural forms).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, shown as it is.
    Text(Cow<'a, str>),
    /// A count or amount; Fluent picks the plural form from it.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

/// The message `key` in `lang` with its arguments; English when `lang`'s
/// catalogue lacks the key, and the key itself when English lacks it too.
pub fn tr(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    render(lang, key, args)
        .or_else(|| render(Lang::En, key, args))
        .unwrap_or_else(|| key.to_string())
}

fn render(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.to_string()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// A decimal number, given as its exact canonical text (`-1234.50`, as
/// `Currency::format` writes it), in `lang`'s way for tables and
/// messages: `1,234.50` (en), `1.234,50` (es, ca), `1 234,50` (fr, with
/// a narrow no-break space, U+202F). Text that is not such a number is
/// returned as it is. No floating point: the digits are regrouped.
/// `--json`, exports and CSV never go through here.
pub fn number(lang: Lang, text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !plain(whole) || fraction.is_some_and(|f| !plain(f)) {
        return text.to_string();
    }
    let (group, point) = match lang {
        Lang::En => (",", "."),
        Lang::Es | Lang::Ca => (".", ","),
        Lang::Fr => ("\u{202f}", ","),
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3 * 3);
    out.push_str(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push_str(point);
        out.push_str(f);
    }
    out
}

/// A message the core builds for later rendering: a catalogue key and
/// its arguments (owned, so an error can carry it), or — for text not yet
/// in the catalogues — English as it is. Its `Display` is English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A catalogue message and its arguments.
    Key {
        /// The catalogue key (`err-…`).
        key: &'static str,
        /// Named arguments.
        args: Vec<(&'static str, MessageArg)>,
    },
    /// A rule of the books that refused something, shown where a form's
    /// field caused it (a handle that is taken).
    Refused(Box<crate::refusal::Refusal>),
    /// English text no catalogue holds yet (listed in the lint of
    /// `tests/i18n.rs` as not yet translated).
    Plain(String),
}

/// An owned message argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    /// Text.
    Text(String),
    /// A whole number (chooses plural forms).
    Number(i64),
    /// Another catalogue message, rendered in the same language (a
    /// thing's noun).
    Key(&'static str),
    /// A message with arguments of its own, rendered in the same language
    /// (a detail inside a sentence).
    Message(Box<Message>),
}

impl From<Message> for MessageArg {
    fn from(m: Message) -> Self {
        MessageArg::Message(Box::new(m))
    }
}

impl From<String> for MessageArg {
    fn from(s: String) -> Self {
        MessageArg::Text(s)
    }
}

impl From<&str> for MessageArg {
    fn from(s: &str) -> Self {
        MessageArg::Text(s.to_string())
    }
}

impl From<&String> for MessageArg {
    fn from(s: &String) -> Self {
        MessageArg::Text(s.clone())
    }
}

impl From<i64> for MessageArg {
    fn from(n: i64) -> Self {
        MessageArg::Number(n)
    }
}

impl From<u64> for MessageArg {
    fn from(n: u64) -> Self {
        MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<usize> for MessageArg {
    fn from(n: usize) -> Self {
        MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl Message {
    /// The catalogue message `key`, without arguments yet.
    pub fn new(key: &'static str) -> Message {
        Message::Key {
            key,
            args: Vec::new(),
        }
    }

    /// With the argument `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<MessageArg>) -> Message {
        if let Message::Key { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Message::Plain(text) => text.clone(),
            Message::Refused(refusal) => refusal.message(lang),
            Message::Key { key, args } => {
                let args: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .map(|(name, value)| {
                        let value = match value {
                            MessageArg::Text(s) => Arg::from(s.as_str()),
                            MessageArg::Number(n) => Arg::from(*n),
                            MessageArg::Key(k) => Arg::from(tr(lang, k, &[])),
                            MessageArg::Message(m) => Arg::from(m.render(lang)),
                        };
                        (*name, value)
                    })
                    .collect();
                tr(lang, key, &args)
            }
        }
    }

    /// The catalogue key, if it has one.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Message::Key { key, .. } => Some(key),
            Message::Refused(_) | Message::Plain(_) => None,
        }
    }
}

impl From<String> for Message {
    /// English text no catalogue holds yet.
    fn from(text: String) -> Self {
        Message::Plain(text)
    }
}

impl From<&str> for Message {
    /// English text no catalogue holds yet.
    fn from(text: &str) -> Self {
        Message::Plain(text.to_string())
    }
}

impl std::error::Error for Message {}

impl From<Message> for String {
    /// The English text (callers that still take text, such as the app's
    /// field errors).
    fn from(message: Message) -> Self {
        message.to_string()
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Whether `lang`'s catalogue has the message `key` (for tests and for
/// messages that are optional, such as a hint).
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn the_environment_chooses_lc_all_then_lc_messages_then_lang() {
        assert_eq!(Lang::from_vars(vars(&[("LANG", "es_ES.UTF-8")])), Lang::Es);
        assert_eq!(
            Lang::from_vars(vars(&[("LANG", "es_ES.UTF-8"), ("LC_MESSAGES", "fr_FR")])),
            Lang::Fr
        );
        assert_eq!(
            Lang::from_vars(vars(&[
                ("LANG", "es_ES.UTF-8"),
                ("LC_MESSAGES", "fr_FR"),
                ("LC_ALL", "ca_ES@valencia")
            ])),
            Lang::Ca
        );
        // Empty values are ignored; C and unknown languages are English.
        assert_eq!(
            Lang::from_vars(vars(&[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")])),
            Lang::Fr
        );
        assert_eq!(Lang::from_vars(vars(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "de_DE")])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[])), Lang::En);
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(Lang::En, "1234.50"), "1,234.50");
        assert_eq!(number(Lang::Es, "1234.50"), "1.234,50");
        assert_eq!(number(Lang::Ca, "-1234567.5"), "-1.234.567,5");
        assert_eq!(number(Lang::Fr, "1234.50"), "1\u{202f}234,50");
        assert_eq!(number(Lang::Fr, "999.00"), "999,00");
        assert_eq!(number(Lang::Es, "12"), "12");
        assert_eq!(
            number(Lang::En, "92233720368547758.07"),
            "92,233,720,368,547,758.07"
        );
        // Not a number: unchanged.
        assert_eq!(number(Lang::Es, "n/a"), "n/a");
        assert_eq!(number(Lang::Es, "1.2.3"), "1.2.3");
    }

    #[test]
    fn a_missing_key_falls_back_to_english_then_to_the_key() {
        assert_eq!(tr(Lang::Fr, "no-such-message", &[]), "no-such-message");
    }
}
