//! `stage define|set|list` and `member leave|rejoin` (SPEC §14).

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::show::{shown, table};
use super::{open, StageCommand};
use crate::error::Result;
use crate::ops::today;
use crate::standards::LeaveReason;

/// `openvalue stage …`.
pub(super) fn stage(path: &Path, cmd: StageCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        StageCommand::Define {
            code,
            percent,
            kinds,
        } => {
            let mut ledger = open(path)?;
            ledger.define_stage(&code, &percent, kinds.as_deref())?;
            let row = ledger.stages(today())?.into_iter().find(|r| r.code == code);
            let kinds = row.map(|r| r.kinds.join(", ")).unwrap_or_default();
            say_tr!(
                out,
                "cli-stage-defined",
                code = shown(&code),
                percent = shown(percent.trim_end_matches('%')),
                kinds = shown(&kinds)
            );
        }
        StageCommand::Set {
            member,
            stage,
            from,
        } => {
            let from = from.unwrap_or_else(today);
            let code = (stage != "none").then_some(stage.as_str());
            open(path)?.set_stage(&member, code, from)?;
            match code {
                Some(code) => say_tr!(
                    out,
                    "cli-stage-set",
                    member = shown(&member),
                    stage = shown(code),
                    from = from.to_string()
                ),
                None => say_tr!(
                    out,
                    "cli-stage-none",
                    member = shown(&member),
                    from = from.to_string()
                ),
            }
        }
        StageCommand::List => stage_list(path, out)?,
    }
    Ok(())
}

fn stage_list(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let stages = ledger.stages(today())?;
    if stages.is_empty() {
        say_tr!(out, "cli-stages-none");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = stages
        .iter()
        .map(|s| {
            let members: Vec<String> = s
                .members
                .iter()
                .map(|(m, from)| format!("{} (from {from})", shown(m)))
                .collect();
            vec![
                shown(&s.code).to_string(),
                format!("{}%", s.percent),
                shown(&s.kinds.join(", ")).to_string(),
                members.join(", "),
            ]
        })
        .collect();
    table(out, &["stage", "percent", "kinds", "members today"], &rows)?;
    let history = ledger.stage_history()?;
    if !history.is_empty() {
        say_tr!(out, "cli-stages-history");
        let mut rows = Vec::new();
        for (member, spans) in &history {
            for (from, stage) in spans {
                rows.push(vec![
                    shown(member).to_string(),
                    from.to_string(),
                    stage
                        .as_deref()
                        .map(|s| shown(s).to_string())
                        .unwrap_or_else(|| "none".into()),
                ]);
            }
        }
        table(out, &["member", "from", "stage"], &rows)?;
    }
    Ok(())
}

/// `openvalue member leave HANDLE [--date D] [--reason good|bad]`.
pub(super) fn leave(
    path: &Path,
    handle: &str,
    date: Option<NaiveDate>,
    reason: LeaveReason,
    out: &mut dyn Write,
) -> Result<()> {
    let date = date.unwrap_or_else(today);
    open(path)?.leave(handle, date, reason)?;
    match reason {
        LeaveReason::Good => say_tr!(
            out,
            "cli-left-good",
            member = shown(handle),
            date = date.to_string()
        ),
        LeaveReason::Bad => say_tr!(
            out,
            "cli-left-bad",
            member = shown(handle),
            date = date.to_string()
        ),
    }
    Ok(())
}

/// `openvalue member rejoin HANDLE [--date D]`.
pub(super) fn rejoin(
    path: &Path,
    handle: &str,
    date: Option<NaiveDate>,
    out: &mut dyn Write,
) -> Result<()> {
    let date = date.unwrap_or_else(today);
    open(path)?.rejoin(handle, date)?;
    say_tr!(
        out,
        "cli-rejoined",
        member = shown(handle),
        date = date.to_string()
    );
    Ok(())
}
