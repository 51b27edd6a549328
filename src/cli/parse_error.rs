//! clap's parse errors in the CLI's language: the common kinds are
//! written from `cli-parse-*` messages with the error's context, laid out
//! as clap lays them out (message, tips, usage, where to read more);
//! any other kind, and every error in English, is clap's own text.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{tr, Arg, Lang};

/// The error's text in `lang` (without the final newline), or `None`
/// when clap's English is to be shown.
pub fn render(e: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let message = message(e, lang)?;
    let mut text = tr(lang, "cli-error", &[("message", message.into())]);
    let tips = tips(e, lang);
    if !tips.is_empty() {
        text.push_str("\n\n");
        text.push_str(&tips.join("\n"));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
        let heading = tr(lang, "cli-help-usage", &[]);
        text.push_str(&format!("\n\n{heading} {usage}"));
    }
    let help = quoted("--help");
    text.push_str("\n\n");
    text.push_str(&tr(lang, "cli-parse-more", &[("help", help.into())]));
    Some(text)
}

/// A value as clap quotes it.
fn quoted(text: &str) -> String {
    format!("'{text}'")
}

fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn texts(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn number(e: &clap::Error, kind: ContextKind) -> Option<i64> {
    match e.get(kind)? {
        ContextValue::Number(n) => i64::try_from(*n).ok(),
        _ => None,
    }
}

fn message(e: &clap::Error, lang: Lang) -> Option<String> {
    let arg = || text(e, ContextKind::InvalidArg).map(|a| quoted(&a));
    let value = || text(e, ContextKind::InvalidValue).map(|v| quoted(&v));
    let say = |key: &str, args: &[(&str, Arg<'_>)]| Some(tr(lang, key, args));
    match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            let missing = texts(e, ContextKind::InvalidArg);
            let mut text = tr(lang, "cli-parse-missing", &[]);
            for m in missing {
                text.push_str(&format!("\n  {m}"));
            }
            Some(text)
        }
        ErrorKind::UnknownArgument => say("cli-parse-unknown_argument", &[("arg", arg()?.into())]),
        ErrorKind::InvalidSubcommand => {
            let name = quoted(&text(e, ContextKind::InvalidSubcommand)?);
            say("cli-parse-unknown_subcommand", &[("name", name.into())])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => invalid_value(e, lang),
        ErrorKind::ArgumentConflict => conflict(e, lang),
        ErrorKind::TooManyValues => say(
            "cli-parse-too_many_values",
            &[("arg", arg()?.into()), ("value", value()?.into())],
        ),
        ErrorKind::WrongNumberOfValues => {
            let expected = number(e, ContextKind::ExpectedNumValues)?;
            let actual = number(e, ContextKind::ActualNumValues)?;
            let args = [
                ("arg", arg()?.into()),
                ("expected", expected.into()),
                ("actual", actual.into()),
            ];
            say("cli-parse-wrong_number", &args)
        }
        ErrorKind::MissingSubcommand => missing_subcommand(e, lang),
        ErrorKind::NoEquals => say("cli-parse-no_equals", &[("arg", arg()?.into())]),
        _ => None,
    }
}

fn invalid_value(e: &clap::Error, lang: Lang) -> Option<String> {
    let arg = quoted(&text(e, ContextKind::InvalidArg)?);
    let value = text(e, ContextKind::InvalidValue)?;
    if value.is_empty() && e.kind() == ErrorKind::InvalidValue {
        return Some(tr(lang, "cli-parse-value_required", &[("arg", arg.into())]));
    }
    let mut args = vec![("arg", Arg::from(arg)), ("value", quoted(&value).into())];
    let mut text = match std::error::Error::source(e) {
        Some(reason) if e.kind() == ErrorKind::ValueValidation => {
            args.push(("reason", reason.to_string().into()));
            tr(lang, "cli-parse-invalid_value_because", &args)
        }
        _ => tr(lang, "cli-parse-invalid_value", &args),
    };
    let valid = texts(e, ContextKind::ValidValue);
    if !valid.is_empty() {
        let values = valid.join(", ");
        let list = tr(
            lang,
            "cli-parse-possible_values",
            &[("values", values.into())],
        );
        text.push_str(&format!("\n  {list}"));
    }
    Some(text)
}

fn conflict(e: &clap::Error, lang: Lang) -> Option<String> {
    let arg = quoted(&text(e, ContextKind::InvalidArg)?);
    let others = texts(e, ContextKind::PriorArg);
    if others.is_empty() {
        return Some(tr(lang, "cli-parse-conflict_any", &[("arg", arg.into())]));
    }
    if others.len() == 1 && quoted(&others[0]) == arg {
        return Some(tr(lang, "cli-parse-conflict_self", &[("arg", arg.into())]));
    }
    let other = others
        .iter()
        .map(|o| quoted(o))
        .collect::<Vec<_>>()
        .join(", ");
    Some(tr(
        lang,
        "cli-parse-conflict",
        &[("arg", arg.into()), ("other", other.into())],
    ))
}

fn missing_subcommand(e: &clap::Error, lang: Lang) -> Option<String> {
    let name = quoted(&text(e, ContextKind::InvalidSubcommand)?);
    let mut text = tr(
        lang,
        "cli-parse-missing_subcommand",
        &[("name", name.into())],
    );
    let valid = texts(e, ContextKind::ValidSubcommand);
    if !valid.is_empty() {
        let values = valid.join(", ");
        let list = tr(lang, "cli-parse-subcommands", &[("values", values.into())]);
        text.push_str(&format!("\n  {list}"));
    }
    Some(text)
}

/// The "tip:" lines: similar subcommands, arguments or values, then
/// clap's own tips (their text is clap's).
fn tips(e: &clap::Error, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for (kind, key) in [
        (
            ContextKind::SuggestedSubcommand,
            "cli-parse-similar_subcommand",
        ),
        (ContextKind::SuggestedArg, "cli-parse-similar_argument"),
        (ContextKind::SuggestedValue, "cli-parse-similar_value"),
    ] {
        let similar = texts(e, kind);
        if similar.is_empty() {
            continue;
        }
        let count = similar.len();
        let similar = similar
            .iter()
            .map(|s| quoted(s))
            .collect::<Vec<_>>()
            .join(", ");
        let args = [("similar", similar.into()), ("count", count.into())];
        out.push(format!("  {}", tr(lang, key, &args)));
    }
    for tip in texts(e, ContextKind::Suggested) {
        out.push(format!(
            "  {}",
            tr(lang, "cli-parse-tip", &[("tip", tip.into())])
        ));
    }
    out
}
