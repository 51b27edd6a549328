//! `export` and `chart`: files written atomically beside their target.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::show::shown;
use super::{
    check_known, lang, open, tr, write_atomically, ChartCommand, ExportArgs, StatementArgs,
};
use crate::chart::{self, Format};
use crate::error::{Error, Result};
use crate::export::{self, ExportOptions, Locale, Report};

/// `openvalue export`: a CSV report, an hledger or beancount journal, or
/// Valueflows JSON-LD.
pub(super) fn export(path: &Path, args: ExportArgs, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    if args.what == "tokens" {
        let rows = super::tokens::export(&ledger, &args.out)?;
        say_tr!(
            out,
            "cli-wrote-rows",
            file = shown(&args.out.display().to_string()),
            count = rows
        );
        return Ok(());
    }
    check_known(
        "project",
        args.project.as_deref(),
        &ledger.catalog()?.projects,
    )?;
    let options = ExportOptions {
        locale: Locale::parse(&args.locale).map_err(|m| Error::field_says("locale", m))?,
        bom: args.bom,
        from: args.from,
        to: args.to,
        project: args.project,
    };
    let what = args.what.as_str();
    // The message's key names the unit (rows, transactions, events).
    let (count, key) = write_atomically(&args.out, |file| match what {
        "hledger" => Ok((
            export::export_hledger(&ledger, file, &options)?,
            "cli-wrote-transactions",
        )),
        "beancount" => Ok((
            export::export_beancount(&ledger, file, &options)?,
            "cli-wrote-transactions",
        )),
        "valueflows" => {
            let written = crate::valueflows::export_valueflows(&ledger, file)?;
            Ok((written.events, "cli-wrote-events"))
        }
        _ => {
            let report: Report = what.parse().map_err(|_: String| {
                let csv: Vec<&str> = Report::ALL.iter().map(|r| r.as_str()).collect();
                Error::field_says(
                    "export",
                    crate::i18n::Message::new("cli-export-unknown")
                        .arg("what", crate::text::quote(what))
                        .arg("exports", csv.join(", ")),
                )
            })?;
            Ok((
                export::export_csv(&ledger, report, file, &options)?,
                "cli-wrote-rows",
            ))
        }
    })?;
    let file = shown(&args.out.display().to_string()).into_owned();
    let line = tr(key, &[("file", file.into()), ("count", count.into())]);
    super::show::say(out, &line)?;
    Ok(())
}

/// Refuses an `--out` whose folder does not exist, before any work.
fn check_folder(file: &Path) -> Result<()> {
    match file.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) if !dir.is_dir() => Err(Error::field_says(
            "--out",
            crate::i18n::Message::new("cli-out-no_folder")
                .arg("file", file.display().to_string())
                .arg("dir", dir.display().to_string()),
        )),
        _ => Ok(()),
    }
}

/// `openvalue chart …`: gather the data, draw, write the file atomically.
pub(super) fn chart(path: &Path, cmd: ChartCommand, out: &mut dyn Write) -> Result<()> {
    let file: PathBuf = match &cmd {
        ChartCommand::Distribution { out, .. }
        | ChartCommand::Contributions { out, .. }
        | ChartCommand::Shares { out, .. }
        | ChartCommand::Give { out, .. }
        | ChartCommand::Tokens { out, .. } => out.clone(),
    };
    // Checked first, so a wrong extension fails before any work.
    let format = Format::from_path(&file)?;
    check_folder(&file)?;
    let ledger = open(path)?;
    let drawn = match cmd {
        ChartCommand::Distribution { id, .. } => {
            let (plan, state) = ledger.plan_for_chart(&id)?;
            chart::distribution_in(lang(), &plan, state, format)?
        }
        ChartCommand::Contributions { project, .. } => chart::contributions_in(
            lang(),
            &ledger.contributions_by_month(project.as_deref())?,
            format,
        )?,
        ChartCommand::Shares { project, .. } => {
            chart::shares_in(lang(), &ledger.value_history(project.as_deref())?, format)?
        }
        ChartCommand::Give { project, .. } => {
            chart::give_in(lang(), &ledger.give_history(&project)?, format)?
        }
        ChartCommand::Tokens { token, .. } => {
            chart::tokens_in(lang(), &ledger.token_history(token.as_deref())?, format)?
        }
    };
    write_atomically(&file, |w| {
        w.write_all(&drawn.bytes).map_err(|source| Error::Io {
            path: file.display().to_string(),
            source,
        })
    })?;
    let kind = match drawn.format {
        Format::Svg => "SVG",
        Format::Png => "PNG",
    };
    say_tr!(
        out,
        "cli-wrote-chart",
        file = shown(&file.display().to_string()),
        width = drawn.width,
        height = drawn.height,
        format = kind
    );
    Ok(())
}

/// `openvalue statement MEMBER --out FILE.html|FILE.pdf`: written
/// atomically; never over a ledger.
pub(super) fn statement(path: &Path, args: StatementArgs, out: &mut dyn Write) -> Result<()> {
    let file = args.out;
    let extension = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let pdf = match extension.as_deref() {
        Some("pdf") => true,
        Some("html" | "htm") => false,
        _ => {
            return Err(Error::field_says(
                "--out",
                crate::i18n::Message::new("cli-statement-extension")
                    .arg("file", file.display().to_string()),
            ))
        }
    };
    check_folder(&file)?;
    let ledger = open(path)?;
    let statement = ledger.statement(&args.member, args.period.from, args.period.to)?;
    let bytes = if pdf {
        statement.pdf()?
    } else {
        statement.html().into_bytes()
    };
    write_atomically(&file, |w| {
        w.write_all(&bytes).map_err(|source| Error::Io {
            path: file.display().to_string(),
            source,
        })
    })?;
    let c = &statement.currency;
    say_tr!(
        out,
        "cli-wrote-statement",
        file = shown(&file.display().to_string()),
        account = shown(&statement.account),
        period = statement.period(),
        earned = super::amount(c, statement.earned_minor),
        paid = super::amount(c, statement.paid_minor),
        owed = super::amount(c, statement.owed_minor),
        currency = shown(&c.code)
    );
    Ok(())
}
