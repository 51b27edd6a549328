//! `token define|send|balances`, `export tokens`, `value` and
//! `reputation` (SPEC §15).

use std::io::Write;
use std::path::Path;

use super::show::shown;
use super::{open, TokenCommand};
use crate::error::{Error, Result};
use crate::ops::today;

/// `openvalue token …`.
pub(super) fn token(path: &Path, cmd: TokenCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        TokenCommand::Define {
            code,
            name,
            scale,
            per_value,
        } => {
            open(path)?.define_token(&code, &name, scale, &per_value)?;
            say_tr!(
                out,
                "cli-token-defined",
                code = shown(&code),
                per_value = shown(&per_value),
                scale = scale
            );
        }
        TokenCommand::Send {
            from,
            to,
            amount,
            token,
            note,
            date,
        } => {
            send(path, token, (&from, &to), &amount, (date, &note), out)?;
        }
        TokenCommand::Balances { code } => {
            let ledger = open(path)?;
            if let Some(c) = &code {
                if !ledger.tokens()?.iter().any(|t| &t.code == c) {
                    return Err(Error::NotFound(
                        crate::i18n::Message::new("err-not_found-token")
                            .arg("token", crate::text::quote(c)),
                    ));
                }
            }
            for b in ledger.token_balances(code.as_deref())? {
                say!(
                    out,
                    "{} {} {}",
                    shown(&b.member),
                    shown(&b.token),
                    crate::money::format_scaled(b.balance_minor, b.scale)
                );
            }
        }
    }
    Ok(())
}

/// `openvalue export tokens --out FILE`: every mint and transfer.
pub(super) fn export(ledger: &crate::store::Ledger, file: &Path) -> Result<usize> {
    let moves = ledger.token_moves()?;
    crate::fsio::write_atomically(file, |w| {
        let mut csv = csv::Writer::from_writer(w);
        let fail = |e: csv::Error| Error::Export(e.to_string());
        csv.write_record([
            "date", "kind", "id", "token", "from", "to", "amount", "note",
        ])
        .map_err(fail)?;
        for m in &moves {
            csv.write_record([
                m.date.to_string(),
                m.kind.to_string(),
                m.id.clone(),
                m.token.clone(),
                m.from.clone(),
                m.to.clone(),
                crate::money::format_scaled(m.amount_minor, m.scale),
                m.note.clone(),
            ])
            .map_err(fail)?;
        }
        csv.flush().map_err(|e| Error::Export(e.to_string()))
    })?;
    Ok(moves.len())
}

/// `openvalue epoch open|close|show`.
pub(super) fn epoch(path: &Path, cmd: super::EpochCommand, out: &mut dyn Write) -> Result<()> {
    use super::EpochCommand;
    match cmd {
        EpochCommand::Open {
            project,
            from,
            to,
            give,
            id,
        } => {
            let id = open(path)?.open_epoch(&project, from, to, give, id.as_deref())?;
            say!(out, "{}", shown(&id));
        }
        EpochCommand::Close { epoch } => {
            open(path)?.close_epoch(&epoch, today())?;
            say!(out, "closed epoch {}", shown(&epoch));
        }
        EpochCommand::Show { epoch } => {
            let ledger = open(path)?;
            let view = ledger.epoch(&epoch)?.ok_or_else(|| {
                Error::NotFound(
                    crate::i18n::Message::new("err-not_found-epoch")
                        .arg("epoch", crate::text::quote(&epoch)),
                )
            })?;
            say_tr!(
                out,
                "cli-epoch-show",
                id = shown(&view.epoch.id),
                project = shown(&view.epoch.project),
                from = view.epoch.from.to_string(),
                to = view.epoch.to.to_string(),
                give = view.epoch.give,
                closed = if view.closed { "closed" } else { "open" }
            );
            for g in &view.gives {
                let note = if g.note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", shown(&g.note))
                };
                say_tr!(
                    out,
                    "cli-epoch-gave",
                    from = shown(&g.from),
                    to = shown(&g.to),
                    amount = g.amount,
                    note = note
                );
            }
            for (member, amount) in &view.received {
                say_tr!(
                    out,
                    "cli-epoch-received",
                    member = shown(member),
                    amount = *amount
                );
            }
        }
    }
    Ok(())
}

/// `openvalue give E --from A --to B N`.
pub(super) fn give(
    path: &Path,
    (epoch, from, to): (&str, &str, &str),
    amount: i64,
    note: &str,
    out: &mut dyn Write,
) -> Result<()> {
    open(path)?.give(epoch, from, to, amount, note)?;
    say_tr!(
        out,
        "cli-give",
        from = shown(from),
        to = shown(to),
        amount = amount,
        epoch = shown(epoch)
    );
    Ok(())
}

/// `openvalue value`: records or replaces a member's valuation of a
/// peer-valued contribution, and prints its value now.
pub(super) fn value(
    path: &Path,
    id: &str,
    by: &str,
    amount: &str,
    out: &mut dyn Write,
) -> Result<()> {
    let mut ledger = open(path)?;
    ledger.value(id, by, amount)?;
    let worth = ledger
        .peer_value(id)?
        .map(|v| super::amount(ledger.currency(), v.median.value_minor))
        .unwrap_or_default();
    say_tr!(
        out,
        "cli-value",
        by = shown(by),
        id = shown(id),
        amount = shown(amount),
        worth = worth
    );
    Ok(())
}

/// `openvalue reputation`: one line per member, handle and reputation.
pub(super) fn reputation(
    path: &Path,
    date: Option<chrono::NaiveDate>,
    out: &mut dyn Write,
) -> Result<()> {
    let date = date.unwrap_or_else(today);
    for (member, reputation) in open(path)?.reputations(date)? {
        say!(out, "{} {reputation}", shown(&member));
    }
    Ok(())
}

/// `openvalue token send`: one transfer, said in words.
fn send(
    path: &Path,
    token: Option<String>,
    (from, to): (&str, &str),
    amount: &str,
    (date, note): (Option<chrono::NaiveDate>, &str),
    out: &mut dyn Write,
) -> Result<()> {
    let mut ledger = open(path)?;
    ledger.send_tokens(
        token.as_deref(),
        from,
        to,
        amount,
        date.unwrap_or_else(today),
        note,
    )?;
    // Said in words, not by the transfer's internal id (issue 16 item 7);
    // without --token the ledger has exactly one token.
    let code = match token {
        Some(code) => code,
        None => ledger
            .tokens()?
            .into_iter()
            .next()
            .map(|t| t.code)
            .unwrap_or_default(),
    };
    say_tr!(
        out,
        "cli-token-sent",
        from = shown(from),
        to = shown(to),
        amount = amount.trim(),
        token = code
    );
    Ok(())
}
