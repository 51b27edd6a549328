//! The `openvalue` command line: parse arguments, call one core function
//! per command, present the result.
//!
//! [`run`] dispatches each subcommand to one small function: `setup`
//! (init, demo, import, settings, verify, backup), `contributions` (log,
//! list, approve, reject, correct), `catalog` (members, projects, kinds,
//! revenues, equations), `payouts` (distribute, reverse, pay, balances)
//! and `files` (export, chart). Everything printed passes through `show`,
//! so no text reaches the terminal raw.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::Verdict;
use crate::store::Ledger;

/// Writes one message line to `$out` (through [`show::say`]), returning
/// early on an error.
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {
        $crate::cli::show::say($out, &format!($($arg)*))?
    };
}

/// Writes one message line from the catalogue (`cli-*` key and named
/// arguments, in the language the environment chose) to `$out`,
/// returning early on an error.
macro_rules! say_tr {
    ($out:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::cli::show::say(
            $out,
            &$crate::cli::tr($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*]),
        )?
    };
}

mod args;
mod catalog;
mod contributions;
mod devices;
mod files;
mod hints;
pub mod localize;
mod parse_error;
mod payouts;
mod people;
mod resources;
mod rules;
mod setup;
pub mod show;
mod tokens;

pub use args::*;

pub use crate::fsio::default_ledger_path;

thread_local! {
    /// The language of this run's messages, chosen once in [`main`].
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// The language the CLI speaks in this thread (English until [`main`]
/// or [`set_lang`] chose one).
pub fn lang() -> Lang {
    LANG.with(std::cell::Cell::get)
}

/// Chooses the language of the CLI's messages in this thread.
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The catalogue's message `key` in the CLI's language.
pub fn tr(key: &str, args: &[(&str, crate::i18n::Arg<'_>)]) -> String {
    crate::i18n::tr(lang(), key, args)
}

/// An amount in minor units for tables and messages, written the
/// CLI's language's way ([`crate::i18n::number`]).
pub(crate) fn amount(currency: &crate::money::Currency, minor: i64) -> String {
    crate::i18n::number(lang(), &currency.format(minor))
}

/// An account's type (`member`, `fund`) as a table shows it.
pub(crate) fn account_type(code: &str) -> String {
    match code {
        "member" => tr("thing-member", &[]),
        "fund" => tr("thing-fund", &[]),
        other => other.to_string(),
    }
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> i32 {
    // SPEC §16: LC_ALL, then LC_MESSAGES, then LANG, decided once.
    set_lang(Lang::from_env());
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            // clap quotes the offending argument: it is shown escaped,
            // like every other message.
            let text = parse_error::render(&e, lang()).unwrap_or_else(|| e.render().to_string());
            tell(&show::message(&show::cut_quoted(text.trim_end())));
            return 2;
        }
        Err(e) => {
            let _ = e.print();
            return 0;
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run(cli, &mut out) {
        Ok(()) => 0,
        // The reader went away (`openvalue list | head`): what was asked
        // was done; there is nobody left to tell.
        Err(Error::Io { path, source })
            if path == "stdout" && source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            0
        }
        Err(e) => {
            let _ = out.flush();
            let message = show::message(&e.message(lang()));
            tell(&tr("cli-error", &[("message", message.into())]));
            if let Some(hint) = hints::hint(&e) {
                let hint = show::message(&hint);
                tell(&tr("cli-hint", &[("hint", hint.into())]));
            }
            1
        }
    }
}

/// The command line's arguments, parsed by the definition whose help
/// and errors are in the CLI's language.
fn parse() -> std::result::Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let mut command = localize::command(lang());
    let mut matches = command.try_get_matches_from_mut(std::env::args_os())?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command))
}

/// Writes a line to stderr; a stderr that cannot be written (closed, a
/// full disk) changes nothing: the exit code still says what happened.
fn tell(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Runs one parsed command, writing its output to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<()> {
    people::act_as(cli.as_member.clone());
    let path = cli.ledger.clone().unwrap_or_else(default_ledger_path);
    let ledger = path.as_path();
    match cli.command {
        Command::Init(args) => setup::init(ledger, args, out),
        Command::Demo { file } => setup::demo(&file, out),
        Command::Import(args) => setup::import(ledger, args, out),
        Command::Settings { approvals, sign_in } => {
            setup::settings(ledger, approvals, sign_in, out)
        }
        Command::Role(cmd) => people::role(ledger, cmd, out),
        Command::Verify { against: None } => setup::verify(ledger, out),
        Command::Verify {
            against: Some(file),
        } => devices::verify_against(ledger, &file, out),
        Command::Device(cmd) => devices::device(ledger, cmd, out),
        Command::Clone { file } => devices::clone(ledger, &file, out),
        Command::Bundle(cmd) => devices::bundle(ledger, cmd, out),
        Command::Sync { dir } => devices::sync(ledger, &dir, out),
        Command::Conflicts => devices::conflicts(ledger, out),
        Command::Token(cmd) => tokens::token(ledger, cmd, out),
        Command::Epoch(cmd) => tokens::epoch(ledger, cmd, out),
        Command::Stage(cmd) => rules::stage(ledger, cmd, out),
        Command::Resource(cmd) => resources::resource(ledger, cmd, out),
        Command::Use {
            resource,
            project,
            quantity,
            date,
            by,
        } => resources::record_use(ledger, &resource, &project, &quantity, date, by, out),
        Command::Give {
            epoch,
            from,
            to,
            amount,
            note,
        } => tokens::give(ledger, (&epoch, &from, &to), amount, &note, out),
        Command::Value { id, by, amount } => tokens::value(ledger, &id, &by, &amount, out),
        Command::Reputation { date } => tokens::reputation(ledger, date, out),
        Command::Backup { file } => setup::backup(ledger, &file, out),
        Command::Log(args) => contributions::log(ledger, args, out),
        Command::List(args) => contributions::list(ledger, args, out),
        Command::Approve { id, by } => {
            contributions::review(ledger, &id, &by, Verdict::Approve, "", out)
        }
        Command::Reject { id, by, reason } => {
            contributions::review(ledger, &id, &by, Verdict::Reject, &reason, out)
        }
        Command::Correct(args) => contributions::correct(ledger, args, out),
        Command::Member(cmd) => catalog::member(ledger, cmd, out),
        Command::Project(cmd) => catalog::project(ledger, cmd, out),
        Command::Kind(cmd) => catalog::kind(ledger, cmd, out),
        Command::Revenue(cmd) => catalog::revenue(ledger, cmd, out),
        Command::Equation(cmd) => catalog::equation(ledger, cmd, out),
        Command::Distribute(args) => payouts::distribute(ledger, args, out),
        Command::Reverse { distribution } => payouts::reverse(ledger, &distribution, out),
        Command::Undo { dry_run } => payouts::undo(ledger, dry_run, out),
        Command::Pay(args) => payouts::pay(ledger, args, out),
        Command::Payout(cmd) => payouts::payout(ledger, cmd, out),
        Command::Balances(args) => payouts::balances(ledger, args, out),
        Command::Statement(args) => files::statement(ledger, args, out),
        Command::Export(args) => files::export(ledger, args, out),
        Command::Chart(cmd) => files::chart(ledger, cmd, out),
    }
}

fn open(path: &Path) -> Result<Ledger> {
    let mut ledger = Ledger::open(path)?;
    people::sign_in(&mut ledger)?;
    Ok(ledger)
}

/// Runs `make`, which creates the file at `path`, with the folders it
/// needs created first; when `make` fails, the folders created for it are
/// removed again, so a refused `init` or `clone` leaves nothing behind.
fn in_new_folders<T>(path: &Path, make: impl FnOnce() -> Result<T>) -> Result<T> {
    let mut created = Vec::new();
    let mut dir = path.parent();
    while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        created.push(d.to_path_buf());
        dir = d.parent();
    }
    if let Some(deepest) = created.first() {
        std::fs::create_dir_all(deepest).map_err(|e| Error::Io {
            path: deepest.display().to_string(),
            source: crate::fsio::os_message(&e),
        })?;
    }
    let made = make();
    if made.is_err() {
        for d in &created {
            // Only while empty: never anything someone put there since.
            let _ = std::fs::remove_dir(d);
        }
    }
    made
}

/// Refuses a filter naming something the ledger does not have (`list
/// --member nobody` would otherwise print an empty table as if nobody had
/// contributed), with the core's did-you-mean hint.
fn check_known<V>(what: &str, word: Option<&str>, known: &BTreeMap<String, V>) -> Result<()> {
    match word {
        // Quoted as every message quotes a value (escaped, at most 80
        // characters: `text::quote`).
        Some(word) if !known.contains_key(word) => Err(Error::NotFound(
            crate::validate::unknown_message(what, word, known.keys()),
        )),
        _ => Ok(()),
    }
}

pub use crate::fsio::write_atomically;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
