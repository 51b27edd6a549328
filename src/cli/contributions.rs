//! `log`, `list`, `approve`, `reject` and `correct`.

use std::io::Write;
use std::path::Path;

use super::show::{shown, table};
use super::{check_known, open, CorrectArgs, ListArgs, LogArgs};
use crate::error::Result;
use crate::model::Verdict;
use crate::money::{format_trimmed, QUANTITY_SCALE};
use crate::ops::{today, CorrectionInput};
use crate::store::query::{ContributionQuery, ContributionStatus};
use crate::validate::ContributionInput;

/// `openvalue log`: records a contribution and prints its id.
pub(super) fn log(path: &Path, args: LogArgs, out: &mut dyn Write) -> Result<()> {
    let id = open(path)?.log(&ContributionInput {
        id: args.id,
        date: args.date.unwrap_or_else(today),
        member: args.member,
        project: args.project,
        kind: args.kind,
        quantity: args.quantity,
        note: args.note,
    })?;
    say!(out, "{}", shown(&id));
    Ok(())
}

/// `openvalue list`: the latest contributions matching the filters,
/// oldest first as a terminal reads. A filter naming a member, project or
/// kind the ledger does not have is refused, not answered with `(none)`.
pub(super) fn list(path: &Path, args: ListArgs, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let catalog = ledger.catalog()?;
    check_known("member", args.member.as_deref(), &catalog.accounts)?;
    check_known("project", args.project.as_deref(), &catalog.projects)?;
    check_known("kind", args.kind.as_deref(), &catalog.kinds)?;
    let query = ContributionQuery {
        member: args.member,
        project: args.project,
        kind: args.kind,
        status: args.status,
        include_void: args.all,
        from: args.from,
        to: args.to,
        note: args.search,
        ..Default::default()
    };
    let k = ledger.settings().approvals_required;
    let page = ledger.contribution_page(&query, 0, args.limit)?;
    let peer_values = peer_values(&ledger, &catalog, &page.rows)?;
    let mut rows: Vec<Vec<String>> = page
        .rows
        .into_iter()
        .rev()
        .map(|c| {
            let status = ContributionStatus::of(&c, k).as_str().to_string();
            vec![
                c.id,
                c.date.to_string(),
                c.member,
                c.project,
                c.kind,
                crate::i18n::number(
                    super::lang(),
                    &format_trimmed(i128::from(c.quantity_e4), QUANTITY_SCALE),
                ),
                status,
                c.note,
            ]
        })
        .collect();
    let mut header = vec![
        "id", "date", "member", "project", "kind", "quantity", "status", "note",
    ];
    // A value column only when peer-valued contributions are listed.
    if let Some(values) = peer_values {
        header.insert(6, "value");
        for (row, value) in rows.iter_mut().zip(values.into_iter().rev()) {
            row.insert(6, value);
        }
    }
    table(out, &header, &rows)?;
    if page.total > rows.len() as u64 {
        say_tr!(
            out,
            "cli-list-latest",
            shown = rows.len(),
            total = page.total
        );
    }
    Ok(())
}

/// The value of each listed contribution of a peer-valued kind (SPEC
/// §15; empty for others), or `None` when none is peer-valued.
fn peer_values(
    ledger: &crate::store::Ledger,
    catalog: &crate::store::query::Catalog,
    rows: &[crate::store::query::ContributionRow],
) -> Result<Option<Vec<String>>> {
    let peers = |kind: &str| catalog.kinds.get(kind).is_some_and(|k| k.peers);
    if !rows.iter().any(|c| peers(&c.kind)) {
        return Ok(None);
    }
    let ids: Vec<&str> = rows.iter().map(|c| c.id.as_str()).collect();
    let values = ledger.peer_values(&ids)?.into_iter().map(|v| {
        v.map(|v| super::amount(ledger.currency(), v.median.value_minor))
            .unwrap_or_default()
    });
    Ok(Some(values.collect()))
}

/// `openvalue approve` and `openvalue reject`.
pub(super) fn review(
    path: &Path,
    id: &str,
    by: &str,
    verdict: Verdict,
    reason: &str,
    out: &mut dyn Write,
) -> Result<()> {
    open(path)?.review(id, by, verdict, reason)?;
    match verdict {
        Verdict::Approve => say_tr!(out, "cli-approved", by = shown(by), id = shown(id)),
        Verdict::Reject => say_tr!(out, "cli-rejected", by = shown(by), id = shown(id)),
    }
    Ok(())
}

/// `openvalue correct`: supersedes a contribution with a corrected or void
/// revision (clap refuses `--void` with any other change).
pub(super) fn correct(path: &Path, args: CorrectArgs, out: &mut dyn Write) -> Result<()> {
    let void = args.void;
    open(path)?.correct(
        &args.id,
        &CorrectionInput {
            quantity: args.quantity,
            date: args.date,
            kind: args.kind,
            note: args.note,
            void,
        },
    )?;
    if void {
        say_tr!(out, "cli-contribution-voided", id = shown(&args.id));
    } else {
        say_tr!(out, "cli-contribution-corrected", id = shown(&args.id));
    }
    Ok(())
}
