//! `member`, `project`, `kind`, `revenue` and `equation`: what the books
//! are about.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::show::{shown, table};
use super::{
    open, EquationCommand, EquationSetArgs, KindAddArgs, KindCommand, MemberAddArgs, MemberCommand,
    ProjectCommand, RevenueAddArgs, RevenueCommand,
};
use crate::error::{Error, Result};
use crate::model::Renamed;
use crate::ops::{today, RevenueCorrectionInput};
use crate::validate::{AccountInput, KindInput, RevenueInput};

/// `openvalue member …`.
pub(super) fn member(path: &Path, cmd: MemberCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        MemberCommand::Add(args) => member_add(path, args, out),
        MemberCommand::Leave {
            handle,
            date,
            reason,
        } => super::rules::leave(path, &handle, date, reason, out),
        MemberCommand::Rejoin { handle, date } => super::rules::rejoin(path, &handle, date, out),
        MemberCommand::List => member_list(path, out),
        MemberCommand::Passphrase { handle } => super::people::passphrase(path, &handle, out),
        MemberCommand::Rename { handle, name } => {
            rename(path, Renamed::Account, &handle, &name, out)
        }
    }
}

fn member_add(path: &Path, args: MemberAddArgs, out: &mut dyn Write) -> Result<()> {
    let input = AccountInput {
        joined_on: args.joined,
        ..if args.fund {
            AccountInput::fund(&args.handle, &args.name)
        } else {
            AccountInput::member(&args.handle, &args.name)
        }
    };
    open(path)?.add_account(&input)?;
    if args.fund {
        say_tr!(out, "cli-added-fund", handle = shown(&args.handle));
    } else {
        say_tr!(out, "cli-added-member", handle = shown(&args.handle));
    }
    Ok(())
}

fn member_list(path: &Path, out: &mut dyn Write) -> Result<()> {
    let catalog = open(path)?.catalog()?;
    let rows: Vec<Vec<String>> = catalog
        .accounts
        .values()
        .map(|a| {
            vec![
                a.handle.clone(),
                a.name.clone(),
                a.account_type.to_string(),
                a.status.to_string(),
                a.joined_on.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    table(out, &["handle", "name", "type", "status", "joined"], &rows)
}

/// `openvalue project …`.
pub(super) fn project(path: &Path, cmd: ProjectCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ProjectCommand::Add { code, name, parent } => {
            open(path)?.add_project(&code, &name, parent.as_deref())?;
            say_tr!(out, "cli-added-project", code = shown(&code));
            Ok(())
        }
        ProjectCommand::List => {
            let catalog = open(path)?.catalog()?;
            let rows: Vec<Vec<String>> = catalog
                .projects
                .values()
                .map(|p| {
                    vec![
                        p.code.clone(),
                        p.name.clone(),
                        p.parent.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            table(out, &["code", "name", "parent"], &rows)
        }
        ProjectCommand::Rename { code, name } => rename(path, Renamed::Project, &code, &name, out),
    }
}

/// `openvalue member|project|kind rename`.
fn rename(path: &Path, what: Renamed, code: &str, name: &str, out: &mut dyn Write) -> Result<()> {
    open(path)?.rename(what, code, name)?;
    let noun = match what {
        Renamed::Account => "thing-member",
        Renamed::Project => "thing-project",
        Renamed::Kind => "thing-kind",
    };
    say_tr!(
        out,
        "cli-renamed",
        thing = super::tr(noun, &[]),
        code = shown(code),
        name = shown(name.trim())
    );
    Ok(())
}

/// `openvalue kind …`.
pub(super) fn kind(path: &Path, cmd: KindCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        KindCommand::Add(args) => kind_add(path, args, out),
        KindCommand::List => kind_list(path, out),
        KindCommand::Rename { code, name } => rename(path, Renamed::Kind, &code, &name, out),
    }
}

fn kind_add(path: &Path, args: KindAddArgs, out: &mut dyn Write) -> Result<()> {
    open(path)?.add_kind(&KindInput {
        code: args.code.clone(),
        name: args.name.clone(),
        measure: args.measure,
        unit: args.unit.clone(),
        rate: args.rate.clone().unwrap_or_default(),
        multiplier: args.multiplier.clone(),
        gift: args.gift,
        reimbursable: args.reimbursable,
        deferred: args.deferred,
        peers: args.valued_by.is_some(),
        effective_from: args.from,
    })?;
    say_tr!(
        out,
        "cli-kind-added",
        code = shown(&args.code),
        peers = if args.rate.is_some() { "no" } else { "yes" },
        rate = args.rate.as_deref().map(shown).unwrap_or_default(),
        dated = if args.from.is_some() { "yes" } else { "no" },
        from = args.from.map(|f| f.to_string()).unwrap_or_default()
    );
    Ok(())
}

fn kind_list(path: &Path, out: &mut dyn Write) -> Result<()> {
    let catalog = open(path)?.catalog()?;
    let mut rows = Vec::new();
    for k in catalog.kinds.values() {
        let measure = match &k.unit {
            Some(u) => format!("{} ({u})", k.measure),
            None => k.measure.to_string(),
        };
        let flags = [
            (k.gift, "gift"),
            (k.reimbursable, "reimbursable"),
            (k.deferred, "deferred"),
            (k.peers, "valued by peers"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(" ");
        for v in catalog.versions.get(&k.code).into_iter().flatten() {
            rows.push(vec![
                k.code.clone(),
                k.name.clone(),
                measure.clone(),
                v.rate_text(),
                v.multiplier_text(),
                v.effective_from
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "beginning".into()),
                flags.clone(),
            ]);
        }
    }
    table(
        out,
        &[
            "code",
            "name",
            "measure",
            "rate",
            "multiplier",
            "from",
            "flags",
        ],
        &rows,
    )
}

/// `openvalue revenue …`.
pub(super) fn revenue(path: &Path, cmd: RevenueCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        RevenueCommand::Add(args) => revenue_add(path, args, out),
        RevenueCommand::List => revenue_list(path, out),
        RevenueCommand::Void { id } => {
            let input = RevenueCorrectionInput {
                void: true,
                ..RevenueCorrectionInput::default()
            };
            open(path)?.correct_revenue(&id, &input)?;
            say_tr!(out, "cli-revenue-voided", id = shown(&id));
            Ok(())
        }
        RevenueCommand::Correct {
            id,
            amount,
            date,
            note,
        } => {
            let input = RevenueCorrectionInput {
                amount,
                date,
                note,
                void: false,
            };
            open(path)?.correct_revenue(&id, &input)?;
            say_tr!(out, "cli-revenue-corrected", id = shown(&id));
            Ok(())
        }
    }
}

fn revenue_add(path: &Path, args: RevenueAddArgs, out: &mut dyn Write) -> Result<()> {
    let id = open(path)?.add_revenue(&RevenueInput {
        id: args.id,
        date: args.date.unwrap_or_else(today),
        project: args.project,
        amount: args.amount,
        note: args.note,
    })?;
    say!(out, "{}", shown(&id));
    Ok(())
}

fn revenue_list(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let c = ledger.currency().clone();
    let rows: Vec<Vec<String>> = ledger
        .revenues()?
        .into_iter()
        .map(|r| {
            vec![
                r.info.id,
                r.info.date.to_string(),
                r.info.project,
                super::amount(&c, r.info.amount_minor),
                r.distribution
                    .unwrap_or_else(|| super::tr("cli-revenue-not_distributed", &[])),
                r.note,
            ]
        })
        .collect();
    table(
        out,
        &["id", "date", "project", "amount", "distribution", "note"],
        &rows,
    )
}

/// `openvalue equation …`.
pub(super) fn equation(path: &Path, cmd: EquationCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        EquationCommand::Set(args) => equation_set(path, args, out),
        EquationCommand::List => {
            let rows: Vec<Vec<String>> = open(path)?
                .equations()?
                .into_iter()
                .map(|(p, from, name, _)| {
                    vec![
                        if p.is_empty() { "(default)".into() } else { p },
                        from.map(|d| d.to_string())
                            .unwrap_or_else(|| "beginning".into()),
                        name,
                    ]
                })
                .collect();
            table(out, &["project", "from", "name"], &rows)
        }
    }
}

/// Which project (none: the ledger default) and which file `equation set`
/// was given.
fn equation_target(args: &EquationSetArgs) -> Result<(Option<String>, PathBuf)> {
    match (&args.file, args.default) {
        (Some(_), true) => Err(Error::Refused(crate::i18n::Message::new(
            "cli-equation-default_and_project",
        ))),
        (None, false) => Err(Error::Refused(crate::i18n::Message::new(
            "cli-equation-arguments",
        ))),
        (Some(file), false) => Ok((Some(args.first.clone()), file.clone())),
        (None, true) => Ok((None, PathBuf::from(&args.first))),
    }
}

fn equation_set(path: &Path, args: EquationSetArgs, out: &mut dyn Write) -> Result<()> {
    let (project, file) = equation_target(&args)?;
    let source = std::fs::read_to_string(&file).map_err(|source| Error::Io {
        path: file.display().to_string(),
        source,
    })?;
    let equation = open(path)?.set_equation(
        project.as_deref(),
        args.from,
        &file.display().to_string(),
        &source,
    )?;
    say_tr!(
        out,
        "cli-equation-set",
        name = shown(&equation.name),
        count = equation.buckets.len(),
        default = if project.is_none() { "yes" } else { "no" },
        project = project.as_deref().map(shown).unwrap_or_default(),
        dated = if args.from.is_some() { "yes" } else { "no" },
        from = args.from.map(|d| d.to_string()).unwrap_or_default()
    );
    Ok(())
}
