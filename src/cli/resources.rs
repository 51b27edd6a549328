//! `resource add|list` and `use` (SPEC §14).

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::show::{shown, table};
use super::{open, ResourceCommand};
use crate::error::Result;
use crate::ops::today;

/// `openvalue resource …`.
pub(super) fn resource(path: &Path, cmd: ResourceCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ResourceCommand::Add {
            code,
            name,
            rate,
            unit,
            owners,
        } => {
            let mut ledger = open(path)?;
            ledger.add_resource(&code, &name, &rate, &unit, &owners)?;
            let row = ledger.resources()?.into_iter().find(|r| r.code == code);
            let owners = row.map(|r| owners_text(&r.owners)).unwrap_or_default();
            say_tr!(
                out,
                "cli-resource-defined",
                code = shown(&code),
                rate = shown(&rate),
                unit = shown(&unit),
                owners = shown(&owners)
            );
        }
        ResourceCommand::List => list(path, out)?,
    }
    Ok(())
}

fn owners_text(owners: &[(String, i64)]) -> String {
    owners
        .iter()
        .map(|(h, s)| format!("{h}:{s}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let resources = ledger.resources()?;
    if resources.is_empty() {
        say_tr!(out, "cli-resources-none");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = resources
        .iter()
        .map(|r| {
            vec![
                shown(&r.code).to_string(),
                shown(&r.name).to_string(),
                r.rate.clone(),
                shown(&r.unit).to_string(),
                shown(&owners_text(&r.owners)).to_string(),
            ]
        })
        .collect();
    table(out, &["resource", "name", "rate", "unit", "owners"], &rows)?;
    let uses = ledger.resource_uses()?;
    if !uses.is_empty() {
        say_tr!(out, "cli-resources-uses");
        let rows: Vec<Vec<String>> = uses
            .iter()
            .map(|u| {
                let credits: Vec<String> = u
                    .credits
                    .iter()
                    .map(|(o, v)| format!("{} {v}", shown(o)))
                    .collect();
                vec![
                    shown(&u.id).to_string(),
                    u.date.to_string(),
                    shown(&u.resource).to_string(),
                    shown(&u.project).to_string(),
                    u.quantity.clone(),
                    u.by.as_deref()
                        .map(|b| shown(b).to_string())
                        .unwrap_or_default(),
                    credits.join(", "),
                ]
            })
            .collect();
        table(
            out,
            &[
                "use", "date", "resource", "project", "quantity", "by", "credits",
            ],
            &rows,
        )?;
    }
    Ok(())
}

/// `openvalue use RESOURCE PROJECT QUANTITY [--date D] [--by MEMBER]`:
/// prints the use's id alone on its first line.
pub(super) fn record_use(
    path: &Path,
    resource: &str,
    project: &str,
    quantity: &str,
    date: Option<NaiveDate>,
    by: Option<String>,
    out: &mut dyn Write,
) -> Result<()> {
    let date = date.unwrap_or_else(today);
    let id = open(path)?.record_use(resource, project, quantity, date, by.as_deref())?;
    say!(out, "{}", shown(&id));
    Ok(())
}
