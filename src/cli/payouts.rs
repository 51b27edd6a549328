//! `distribute`, `reverse`, `pay` and `balances`: where revenue goes.

use std::io::Write;
use std::path::Path;

use super::show::{shown, table};
use super::{check_known, open, BalancesArgs, DistributeArgs, PayArgs, PayoutCommand};
use crate::distribute::DistributionPlan;
use crate::error::{Error, Result};
use crate::ops::today;
use crate::store::{ActionKind, Ledger};

/// `openvalue distribute`: previews or commits a revenue's split, as a
/// table or as JSON (§7), and with `--explain` the contributions behind
/// one member's weight.
pub(super) fn distribute(path: &Path, args: DistributeArgs, out: &mut dyn Write) -> Result<()> {
    let mut ledger = open(path)?;
    // Checked before anything is committed: a misspelt member must not
    // leave a distribution behind with an error.
    check_known(
        "member",
        args.explain.as_deref(),
        &ledger.catalog()?.accounts,
    )?;
    let (id, plan) = if args.dry_run {
        (None, ledger.preview_distribution(&args.revenue)?)
    } else {
        let (id, plan) = ledger.commit_distribution(&args.revenue)?;
        (Some(id), plan)
    };
    if args.json {
        let json = serde_json::to_string_pretty(&plan.to_json())
            .map_err(|e| Error::Export(e.to_string()))?;
        writeln!(out, "{}", super::show::json(&json)).map_err(super::show::io_err)?;
    } else {
        print_plan(out, &plan)?;
        match &id {
            Some(id) => say_tr!(out, "cli-distribute-committed", id = shown(id)),
            None => say_tr!(out, "cli-distribute-dry_run"),
        }
    }
    match &args.explain {
        Some(member) => explain(&ledger, &args.revenue, member, out),
        None => Ok(()),
    }
}

/// The contributions behind `member`'s weight in `revenue`'s split.
fn explain(ledger: &Ledger, revenue: &str, member: &str, out: &mut dyn Write) -> Result<()> {
    let explained = ledger.explain(revenue, member)?;
    let workings: Vec<String> = explained
        .iter()
        .filter_map(|r| {
            let working = r.working.as_deref()?;
            Some(format!("  {}: {}", shown(&r.contribution), shown(working)))
        })
        .collect();
    // Each peer-valued contribution's valuations and median (SPEC §15).
    let peer_workings: Vec<String> = explained
        .iter()
        .filter_map(|r| {
            r.peers.as_ref().map(|w| {
                let id = r.contribution.as_str();
                super::tr(
                    "cli-explain-peers",
                    &[("id", id.into()), ("working", w.into())],
                )
            })
        })
        .collect();
    let number = |text: &str| crate::i18n::number(super::lang(), text);
    let rows: Vec<Vec<String>> = explained
        .into_iter()
        .map(|r| {
            vec![
                r.bucket,
                r.contribution,
                r.date.to_string(),
                r.kind,
                number(&r.quantity),
                number(&r.rate),
                number(&r.multiplier),
                number(&r.value),
                r.factor.unwrap_or_default(),
                r.stage.unwrap_or_default(),
                r.leaver.unwrap_or_default(),
            ]
        })
        .collect();
    say_tr!(out, "cli-explain-behind", member = shown(member));
    table(
        out,
        &[
            "bucket",
            "contribution",
            "date",
            "kind",
            "quantity",
            "rate",
            "multiplier",
            "value",
            "decay factor",
            "stage",
            "left",
        ],
        &rows,
    )?;
    if !workings.is_empty() {
        say_tr!(out, "cli-explain-credits");
        for line in workings {
            say!(out, "{line}");
        }
    }
    for working in peer_workings {
        say!(out, "{}", shown(&working));
    }
    Ok(())
}

fn print_plan(out: &mut dyn Write, plan: &DistributionPlan) -> Result<()> {
    let c = &plan.currency;
    say_tr!(
        out,
        "cli-plan-revenue",
        id = shown(&plan.revenue.id),
        amount = super::amount(c, plan.revenue.amount_minor),
        currency = shown(&c.code),
        date = plan.revenue.date.to_string(),
        project = shown(&plan.revenue.project),
        equation = shown(&plan.equation)
    );
    let mut rows = Vec::new();
    for b in &plan.buckets {
        for l in &b.lines {
            rows.push(vec![
                b.name.clone(),
                l.recipient.clone(),
                super::amount(c, l.amount_minor),
                crate::i18n::number(super::lang(), &l.weight),
                crate::i18n::number(super::lang(), &l.share),
            ]);
        }
    }
    table(
        out,
        &["bucket", "recipient", "amount", "weight", "share"],
        &rows,
    )?;
    for b in &plan.buckets {
        for note in b.notes(c) {
            say_tr!(
                out,
                "cli-plan-note",
                bucket = shown(&b.name),
                note = shown(&note)
            );
        }
    }
    say_tr!(out, "cli-plan-totals");
    let totals: Vec<Vec<String>> = plan
        .totals()
        .into_iter()
        .map(|(r, a)| vec![r, super::amount(c, a)])
        .collect();
    table(out, &["recipient", "amount"], &totals)
}

/// `openvalue reverse`: undoes a committed distribution.
pub(super) fn reverse(path: &Path, distribution: &str, out: &mut dyn Write) -> Result<()> {
    let revenue = open(path)?.reverse_distribution(distribution)?;
    say_tr!(
        out,
        "cli-reversed",
        distribution = shown(distribution),
        revenue = shown(&revenue)
    );
    Ok(())
}

/// `openvalue undo`: undoes the last action on this laptop, or with
/// `--dry-run` says what it was.
pub(super) fn undo(path: &Path, dry_run: bool, out: &mut dyn Write) -> Result<()> {
    let ids = |last: &crate::store::LastAction| {
        last.ids
            .iter()
            .map(|i| shown(i))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if dry_run {
        match Ledger::open(path)?.last_action()? {
            None => say_tr!(out, "cli-undo-nothing-recorded"),
            Some(last) if last.undoable() => say_tr!(
                out,
                "cli-undo-last",
                action = last.entry_kind.replace('_', " "),
                ids = ids(&last)
            ),
            Some(last) => say_tr!(
                out,
                "cli-undo-last-not-undoable",
                action = last.entry_kind.replace('_', " ")
            ),
        }
        return Ok(());
    }
    let last = open(path)?.undo(None)?;
    match last.action {
        ActionKind::Distributed => say_tr!(out, "cli-undo-reversed", ids = ids(&last)),
        _ => say_tr!(out, "cli-undo-voided", ids = ids(&last)),
    }
    Ok(())
}

/// `openvalue pay`: records a payout; prints its id.
pub(super) fn pay(path: &Path, args: PayArgs, out: &mut dyn Write) -> Result<()> {
    let id = open(path)?.pay(
        &args.account,
        &args.amount,
        args.date.unwrap_or_else(today),
        &args.method,
        &args.note,
    )?;
    say!(out, "{}", shown(&id));
    Ok(())
}

/// `openvalue balances`: earned, paid and owed per account, for all time
/// or a period; with `--project`, what that project's distributions
/// allocated.
pub(super) fn balances(path: &Path, args: BalancesArgs, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let c = ledger.currency().clone();
    let period = args.period;
    if let Some(project) = args.project {
        check_known("project", Some(&project), &ledger.catalog()?.projects)?;
        let rows: Vec<Vec<String>> = ledger
            .books()
            .earned_from_project(&project, period.from, period.to)?
            .into_iter()
            .map(|e| {
                let kind = super::account_type(&e.account_type);
                vec![e.account, kind, super::amount(&c, e.earned_minor)]
            })
            .collect();
        table(out, &["account", "type", "earned"], &rows)?;
        say_tr!(out, "cli-balances-project_note");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = ledger
        .books()
        .balances_in(period.from, period.to)?
        .into_iter()
        .map(|b| {
            vec![
                b.account,
                super::account_type(&b.account_type),
                super::amount(&c, b.earned_minor),
                super::amount(&c, b.paid_minor),
                super::amount(&c, b.owed_minor),
            ]
        })
        .collect();
    table(out, &["account", "type", "earned", "paid", "owed"], &rows)
}

/// `openvalue payout list|void`.
pub(super) fn payout(path: &Path, cmd: PayoutCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        PayoutCommand::List { all } => {
            let ledger = open(path)?;
            let c = ledger.currency().clone();
            let rows: Vec<Vec<String>> = ledger
                .books()
                .payout_list(all)?
                .into_iter()
                .map(|(p, void)| {
                    vec![
                        p.id,
                        p.date.to_string(),
                        p.account,
                        super::amount(&c, p.amount_minor),
                        p.method,
                        if void {
                            super::tr("cli-status-void", &[])
                        } else {
                            super::tr("cli-status-paid", &[])
                        },
                        p.note,
                    ]
                })
                .collect();
            table(
                out,
                &[
                    "id", "date", "account", "amount", "method", "status", "note",
                ],
                &rows,
            )
        }
        PayoutCommand::Void { id } => {
            open(path)?.void_payout(&id)?;
            say_tr!(out, "cli-payout-voided", id = shown(&id));
            Ok(())
        }
    }
}
