//! What to type next. The core's messages name no command, because the
//! app shows the same messages (SPEC §11); where the fix at a terminal is
//! a command, the CLI adds it on a line of its own, here and only here.

use crate::distribute::DistributeError;
use crate::equation::EquationError;
use crate::import::ImportError;
use crate::refusal::Refusal;
use crate::store::StoreError;
use crate::Error;

/// The command that fixes `error`, if one does.
pub(super) fn hint(error: &Error) -> Option<String> {
    if let Some(refusal) = error.refusal() {
        return refusal_hint(refusal);
    }
    match error {
        Error::Store(StoreError::Missing { .. }) => {
            Some("create it with `openvalue init --name NAME --currency EUR`".into())
        }
        Error::Equation(EquationError::Missing { project, .. })
        | Error::Distribution(DistributeError::Equation(EquationError::Missing {
            project, ..
        })) => Some(format!(
            "`openvalue equation set {project} FILE.toml`, or `openvalue equation set --default FILE.toml` for every project"
        )),
        Error::Store(StoreError::NoDeviceKey { .. }) => Some(
            "`openvalue device new --yes` makes this copy a new device; then, on an admitted laptop, `openvalue device admit ID`".into(),
        ),
        Error::Store(StoreError::Revoked { .. }) => Some(
            "on an admitted laptop, `openvalue device invite --out FILE`; here, `openvalue clone FILE --ledger NEW-PATH`".into(),
        ),
        Error::Store(StoreError::BundleRefused { why, .. })
            if why.contains("neither admitted nor invited") =>
        {
            Some("if that laptop is the cooperative's, admit it here first: `openvalue device admit DEVICE-ID`".into())
        }
        Error::Distribution(DistributeError::NegativeInput) => {
            Some("`openvalue verify` names what changed".into())
        }
        Error::Invalid(problems)
            if problems.iter().any(|p| {
                p.field == "currency" && p.message.contains("not an ISO 4217 currency")
            }) =>
        {
            Some("give its decimal places with `--scale N`".into())
        }
        Error::Import(ImportError::Rows { problems, .. })
            if problems
                .iter()
                .any(|p| p.message.contains("— import it with that locale")) =>
        {
            Some("`--locale es` (or ca, fr, de, it, pt, nl) reads `;`, decimal commas and the locale's dates".into())
        }
        Error::Import(ImportError::Rows { problems, .. })
            if problems
                .iter()
                .any(|p| p.message.contains("— import it without a locale")) =>
        {
            Some("leave out `--locale` (or give `--locale en`)".into())
        }
        Error::Import(ImportError::Rows { problems, .. })
            if problems
                .iter()
                .any(|p| p.line == 1 && p.message.contains("(or ignore unknown columns)")) =>
        {
            Some("`--ignore-unknown` skips the columns the format does not know".into())
        }
        _ => None,
    }
}

fn refusal_hint(refusal: &Refusal) -> Option<String> {
    match refusal {
        Refusal::NeedsSignIn => Some(
            "add `--as MEMBER` (the passphrase comes from a prompt, or OPENVALUE_PASSPHRASE)"
                .into(),
        ),
        Refusal::RoleNeeded { member, .. } => Some(format!(
            "an admin can give {member} the role: `openvalue role grant {member} ROLE --as ADMIN`"
        )),
        Refusal::AlreadyDistributed { distribution, .. } => Some(format!(
            "`openvalue reverse {distribution}` first, then distribute again"
        )),
        Refusal::RevenueDistributed { distribution, .. } => Some(format!(
            "`openvalue reverse {distribution}` first, then correct or void the revenue"
        )),
        _ => None,
    }
}
