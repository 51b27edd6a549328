//! `--as`, `member passphrase`, `role` (SPEC §13). Passphrases come from
//! the environment (`OPENVALUE_PASSPHRASE`, `OPENVALUE_NEW_PASSPHRASE`)
//! for scripts, else from a prompt that does not echo; they are never
//! printed.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::Path;

use super::show::shown;
use super::{open, RoleCommand};
use crate::error::{Error, Result};
use crate::members::Role;
use crate::store::Ledger;

thread_local! {
    /// The member named by `--as` for this run.
    static ACTING: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Records `--as` for this run.
pub(super) fn act_as(member: Option<String>) {
    ACTING.with(|a| *a.borrow_mut() = member);
}

/// A passphrase from `var`, else a prompt on a terminal.
fn passphrase_from(var: &str, prompt: &str) -> Result<String> {
    match std::env::var(var) {
        Ok(p) if p.is_empty() => {
            return Err(Error::Refused(
                crate::i18n::Message::new("cli-passphrase-empty").arg("var", var),
            ))
        }
        Ok(p) => return Ok(p),
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err(Error::Refused(
                crate::i18n::Message::new("cli-passphrase-not_utf8").arg("var", var),
            ))
        }
        Err(std::env::VarError::NotPresent) => {}
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::Refused(
            crate::i18n::Message::new("cli-passphrase-no_terminal").arg("var", var),
        ));
    }
    rpassword::prompt_password(prompt).map_err(|e| Error::Io {
        path: super::tr("cli-the_terminal", &[]),
        source: e,
    })
}

/// Signs the `--as` member in on a freshly opened ledger.
pub(super) fn sign_in(ledger: &mut Ledger) -> Result<()> {
    let Some(handle) = ACTING.with(|a| a.borrow().clone()) else {
        return Ok(());
    };
    let passphrase = if ledger.has_passphrase(&handle)? {
        Some(passphrase_from(
            "OPENVALUE_PASSPHRASE",
            &super::tr(
                "cli-prompt-passphrase",
                &[("member", shown(&handle).into())],
            ),
        )?)
    } else {
        None
    };
    ledger.sign_in(&handle, passphrase.as_deref())?;
    Ok(())
}

/// `openvalue member passphrase HANDLE`.
pub(super) fn passphrase(path: &Path, handle: &str, out: &mut dyn Write) -> Result<()> {
    let mut ledger = open(path)?;
    let new = match std::env::var_os("OPENVALUE_NEW_PASSPHRASE") {
        Some(_) => passphrase_from("OPENVALUE_NEW_PASSPHRASE", "")?,
        None => {
            let first = passphrase_from(
                "OPENVALUE_NEW_PASSPHRASE",
                &super::tr("cli-prompt-new", &[("member", shown(handle).into())]),
            )?;
            let again = passphrase_from(
                "OPENVALUE_NEW_PASSPHRASE",
                &super::tr("cli-prompt-again", &[("member", shown(handle).into())]),
            )?;
            if first != again {
                return Err(Error::Refused(crate::i18n::Message::new(
                    "cli-passphrase-differ",
                )));
            }
            first
        }
    };
    ledger.set_passphrase(handle, &new)?;
    say_tr!(out, "cli-passphrase-set", member = shown(handle));
    Ok(())
}

/// `openvalue role grant|revoke|list`.
pub(super) fn role(path: &Path, cmd: RoleCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        RoleCommand::Grant { handle, role } => {
            open(path)?.set_role(&handle, role)?;
            let role = super::tr(crate::refusal::role_key(role), &[]);
            say_tr!(out, "cli-role-now", member = shown(&handle), role = role);
        }
        RoleCommand::Revoke { handle } => {
            open(path)?.set_role(&handle, Role::Member)?;
            let role = super::tr(crate::refusal::role_key(Role::Member), &[]);
            say_tr!(out, "cli-role-now", member = shown(&handle), role = role);
        }
        RoleCommand::List => {
            let ledger = open(path)?;
            let catalog = ledger.books().catalog()?;
            for (handle, account) in &catalog.accounts {
                if account.account_type != crate::model::AccountType::Member {
                    continue;
                }
                let key = if ledger.has_passphrase(handle)? {
                    super::tr("cli-role-list-passphrase", &[])
                } else {
                    super::tr("cli-role-list-no_passphrase", &[])
                };
                say!(
                    out,
                    "{:<20} {:<12} {key}",
                    shown(handle),
                    ledger.role_of(handle)?.as_str()
                );
            }
        }
    }
    Ok(())
}
