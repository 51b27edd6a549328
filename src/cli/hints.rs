//! What to type next. The core's messages name no command, because the
//! app shows the same messages (SPEC §11); where the fix at a terminal is
//! a command, the CLI adds it on a line of its own, here and only here.

use crate::distribute::DistributeError;
use crate::equation::EquationError;
use crate::import::ImportError;
use crate::refusal::{Refusal, Thing};
use crate::store::StoreError;
use crate::Error;

use super::tr;

/// The command that fixes `error`, if one does, in the CLI's language.
pub(super) fn hint(error: &Error) -> Option<String> {
    if let Some(refusal) = error.refusal() {
        return refusal_hint(refusal);
    }
    // A rule's refusal shown on the form field that caused it.
    if let Error::Invalid(problems) = error {
        let refused = problems.iter().find_map(|p| match &p.says {
            Some(crate::i18n::Message::Refused(r)) => refusal_hint(r),
            _ => None,
        });
        if refused.is_some() {
            return refused;
        }
    }
    match error {
        Error::Store(StoreError::Missing { .. }) => Some(tr("cli-hint-init", &[])),
        Error::Equation(EquationError::Missing { project, .. })
        | Error::Distribution(DistributeError::Equation(EquationError::Missing {
            project, ..
        })) => Some(tr("cli-hint-equation", &[("project", project.into())])),
        Error::Store(StoreError::NoDeviceKey { .. }) => Some(tr("cli-hint-device_new", &[])),
        Error::Store(StoreError::Revoked { .. }) => Some(tr("cli-hint-revoked", &[])),
        Error::Store(StoreError::BundleRefused { why, .. })
            if why.to_string().contains("neither admitted nor invited") =>
        {
            Some(tr("cli-hint-admit", &[]))
        }
        Error::Distribution(DistributeError::NegativeInput) => Some(tr("cli-hint-verify", &[])),
        Error::Invalid(problems)
            if problems.iter().any(|p| {
                p.field == "currency" && p.message.contains("not an ISO 4217 currency")
            }) =>
        {
            Some(tr("cli-hint-scale", &[]))
        }
        Error::Import(ImportError::Rows { problems, .. })
            if problems.iter().any(|p| says(p, "err-import-semicolon")) =>
        {
            Some(tr("cli-hint-locale", &[]))
        }
        Error::Import(ImportError::Rows { problems, .. })
            if problems.iter().any(|p| says(p, "err-import-comma")) =>
        {
            Some(tr("cli-hint-no_locale", &[]))
        }
        Error::Import(ImportError::Rows { problems, .. })
            if problems
                .iter()
                .any(|p| p.line == 1 && says(p, "err-import-unknown_column")) =>
        {
            Some(tr("cli-hint-ignore_unknown", &[]))
        }
        _ => None,
    }
}

/// Whether an import's problem is the catalogue message `key`.
fn says(problem: &crate::import::RowProblem, key: &str) -> bool {
    problem.says.as_ref().and_then(|s| s.problem.key()) == Some(key)
}

fn refusal_hint(refusal: &Refusal) -> Option<String> {
    match refusal {
        Refusal::AlreadyExists {
            what: Thing::Member | Thing::Account,
            ..
        } => Some(tr("cli-hint-member_list", &[])),
        Refusal::NeedsSignIn => Some(tr("cli-hint-sign_in", &[])),
        Refusal::RoleNeeded { member, .. } => {
            Some(tr("cli-hint-role", &[("member", member.into())]))
        }
        Refusal::AlreadyDistributed { distribution, .. } => Some(tr(
            "cli-hint-reverse_distribute",
            &[("distribution", distribution.into())],
        )),
        Refusal::RevenueDistributed { distribution, .. } => Some(tr(
            "cli-hint-reverse_correct",
            &[("distribution", distribution.into())],
        )),
        _ => None,
    }
}
