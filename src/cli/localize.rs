//! clap's own layer in the CLI's language: `--help` texts and headings
//! (this file) and parse errors (`cli::parse_error`).
//!
//! The derive's doc comments are the English help; for another language
//! the built command tree is walked and every text replaced by the
//! catalogue's: a command's about is `help-PATH` (`help-openvalue` for
//! the program, `help-log`, `help-member-add`), an argument's help
//! `help-PATH--ID` (global arguments under `openvalue`). English
//! catalogues hold no `help-` keys: the doc comments are the one source,
//! and a key a catalogue lacks leaves the English text
//! (`tests/i18n.rs` makes sure none is missing).

use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n::{has, tr, Lang};

/// The program's command-line definition, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    // Built first, so clap's own `--help`, `--version` and `help`
    // subcommand exist and global arguments are in every subcommand.
    cmd.build();
    localize(cmd, "openvalue", lang)
}

/// The catalogue key of a command's about (`openvalue` is the program).
pub fn command_key(path: &str) -> String {
    format!("help-{path}")
}

/// The catalogue key of an argument's help.
pub fn arg_key(path: &str, id: &str) -> String {
    format!("help-{path}--{id}")
}

/// A subcommand's path below `path`.
pub fn sub_path(path: &str, name: &str) -> String {
    if path == "openvalue" {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

/// A heading without the `:` clap writes itself (French keeps its
/// narrow space before it).
fn heading(lang: Lang, key: &str) -> String {
    let text = tr(lang, key, &[]);
    text.strip_suffix(':').unwrap_or(&text).to_string()
}

fn localize(mut cmd: Command, path: &str, lang: Lang) -> Command {
    for sub in cmd.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        // clap's `help` subcommand holds copies of the others: they keep
        // their own paths.
        let below = if name == "help" {
            path.to_string()
        } else {
            sub_path(path, &name)
        };
        *sub = localize(std::mem::take(sub), &below, lang);
    }
    if cmd.get_name() == "help" {
        cmd = cmd.about(tr(lang, "cli-help-subcommand", &[]));
    } else if has(lang, &command_key(path)) {
        cmd = cmd.about(tr(lang, &command_key(path), &[]));
    }
    if let Some(after) = cmd.get_after_help().map(ToString::to_string) {
        if let Some(rest) = after.strip_prefix("Example:") {
            cmd = cmd.after_help(format!("{}{rest}", tr(lang, "cli-help-example", &[])));
        }
    }
    let usage = tr(lang, "cli-help-usage", &[]);
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
    .subcommand_help_heading(heading(lang, "cli-help-commands"))
    .mut_args(|arg| localize_arg(arg, path, lang))
}

fn localize_arg(arg: Arg, path: &str, lang: Lang) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let arg = match id.as_str() {
        "help" if arg.get_long_help().is_some() => arg
            .help(tr(lang, "cli-help-flag-help-more", &[]))
            .long_help(tr(lang, "cli-help-flag-help-summary", &[])),
        "help" => arg.help(tr(lang, "cli-help-flag-help", &[])),
        "version" => arg.help(tr(lang, "cli-help-flag-version", &[])),
        _ => {
            let owner = if arg.is_global_set() {
                "openvalue"
            } else {
                path
            };
            let key = arg_key(owner, &id);
            if has(lang, &key) {
                arg.help(tr(lang, &key, &[]))
            } else {
                arg
            }
        }
    };
    let arg = with_values(arg, lang);
    if arg.get_help_heading().is_some() {
        return arg;
    }
    if arg.is_positional() {
        // In a heading of its own clap sorts by display order.
        let index = arg.get_index().unwrap_or(0);
        return arg
            .help_heading(heading(lang, "cli-help-arguments"))
            .display_order(index);
    }
    arg.help_heading(heading(lang, "cli-help-options"))
}

/// The argument's help with its default and possible values said in
/// `lang` (clap's own `[default: …]` and `[possible values: …]` hidden).
fn with_values(arg: Arg, lang: Lang) -> Arg {
    let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let takes_value = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| {
            let v = v.to_string_lossy();
            if v.is_empty() || v.contains(char::is_whitespace) {
                format!("{v:?}")
            } else {
                v.into_owned()
            }
        })
        .collect();
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults.join(" ");
        help.push(' ');
        help.push_str(&tr(lang, "cli-help-default", &[("value", value.into())]));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_string())
        .collect();
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        let values = possible.join(", ");
        help.push(' ');
        help.push_str(&tr(
            lang,
            "cli-parse-possible_values",
            &[("values", values.into())],
        ));
    }
    arg.help(help.trim_start().to_string())
        .hide_default_value(true)
        .hide_possible_values(true)
}
