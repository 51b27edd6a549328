//! Plain words for the conflicts a sync can leave (SPEC §12): what each
//! conflict code means and what the cooperative does about it, in the
//! app's own terms (screens and buttons, never a command to type).
//!
//! The core gives each conflict a stable code and a reason naming the ids;
//! the reason is the same text on every laptop. These explanations sit
//! beside it, so a treasurer who has never heard of a "hybrid logical
//! clock" knows whether anything was paid twice and what to click next.

/// What a conflict means and what to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConflictHelp {
    /// What happened, in a sentence or two.
    pub meaning: &'static str,
    /// What to do, naming the app's screens.
    pub action: &'static str,
}

const fn help(meaning: &'static str, action: &'static str) -> ConflictHelp {
    ConflictHelp { meaning, action }
}

/// Every conflict code the core records has its own explanation; an
/// unexpected one gets a general one.
pub fn conflict_help(code: &str) -> ConflictHelp {
    match code {
        "already_distributed" => help(
            "Two laptops distributed the same revenue before they synced. Only the distribution that comes first counts, on every laptop; this one is kept in the journal but not applied, so nothing was paid twice.",
            "Open Revenues and check the distribution that counts. If it is right, nothing more is needed. If this one was the right one, reverse the one that counts and distribute the revenue again.",
        ),
        "claim_overpaid" => help(
            "This distribution would pay an expense claim beyond what is still open: a distribution from another laptop paid the same claim first. It was not applied, so the claim was not paid twice.",
            "Open Revenues and check which distribution paid the claim. If the revenue of this one still has to be shared out, distribute it again: it pays only what is still open.",
        ),
        "already_exists" => help(
            "Two laptops added something with the same id. The first one counts; this one was not applied.",
            "If both mean the same thing, nothing is needed. If this one is something else, add it again with a new id.",
        ),
        "differs" => help(
            "Two laptops used the same id for different things (the same member handle with another name, a revenue id with another amount …). The one that comes first counts; this one was not applied.",
            "Decide which one is right. If the one that counts is right, nothing more is needed; otherwise add this one again with a new id and, for a contribution, void the wrong one.",
        ),
        "changed_since" => help(
            "This correction was made to an older version of the contribution: another laptop corrected it first. It was not applied.",
            "Open Contributions, look at the contribution as it is now, and correct it again if it is still needed.",
        ),
        "depends_on" => help(
            "This entry builds on another entry that is itself in conflict (for example the reversal of a distribution that was not applied), so it cannot apply either.",
            "Settle the conflict it depends on (it is listed here too). Nothing more is needed for this one.",
        ),
        "device_revoked" => help(
            "This entry comes from a laptop after it was revoked (lost or replaced). It is kept but never applied.",
            "If the work it records is real, record it again on an admitted laptop.",
        ),
        "device_state" => help(
            "This entry admits or revokes a laptop in a way the books refuse (already admitted, already revoked, or unknown here).",
            "Usually nothing: check the laptops listed on this screen.",
        ),
        "void" => help(
            "This entry concerns a contribution that was voided first on another laptop. It was not applied.",
            "If the contribution should count after all, log it again in Contributions as a new one.",
        ),
        "unknown" => help(
            "This entry names something these books do not have (a member, project, kind, contribution or revenue), for example something whose own entry is in conflict.",
            "Add what is missing (Members & funds, Projects, Kinds & rates, Revenues), then record this entry again.",
        ),
        "self_review" => help(
            "A member approved or rejected their own contribution; the books do not allow that, so it was not applied.",
            "Another member reviews the contribution in Contributions.",
        ),
        "already_reviewed" => help(
            "The same member reviewed this contribution on two laptops. The first review counts.",
            "Nothing to do.",
        ),
        "already_reversed" => help(
            "Two laptops reversed the same distribution. The first reversal counts.",
            "Nothing to do, unless the revenue should be distributed again: then distribute it in Revenues.",
        ),
        "fund_cannot" => help(
            "A fund was used where only a member can be (a contribution or a review). It was not applied.",
            "Record it again for a member.",
        ),
        "no_rate_on_date" => help(
            "The contribution's kind has no rate in force on its date in these books (the rates were changed on another laptop). It was not applied.",
            "In Kinds & rates, add a rate version that covers the date, then log the contribution again.",
        ),
        "version_exists" => help(
            "Two laptops added a rate version of the same kind from the same date. The first one counts.",
            "Check Kinds & rates; if the rate should be the other one, add a version from another date.",
        ),
        "measure_change" => help(
            "A correction would change a contribution to a kind measured differently (hours into money …). It was not applied.",
            "Void the contribution in Contributions and log a new one with the right kind.",
        ),
        "distribution_mismatch" => help(
            "This distribution no longer fits its revenue as these books hold it. It was not applied.",
            "Open Revenues, check the revenue, and distribute it again if it still needs to be shared out.",
        ),
        "not_a_claim" => help(
            "This distribution pays something that is not an open expense claim in these books. It was not applied.",
            "Open Revenues and distribute that revenue again: it pays only the claims that are open.",
        ),
        "out_of_bounds" => help(
            "A value in this entry is beyond what the books accept. It was not applied.",
            "Record it again with a value in range.",
        ),
        _ => help(
            "The books refused this entry at its place in the shared order. It is kept in the journal but not applied.",
            "Read the reason, then record new entries that put it right; entries are never edited.",
        ),
    }
}

/// A journal entry kind in words: `distribution_committed` → "distribution".
pub fn entry_kind(kind: &str) -> String {
    match kind {
        "distribution_committed" => "distribution".into(),
        "distribution_reversed" => "reversal of a distribution".into(),
        "contributions_added" => "contribution".into(),
        "corrected" => "correction".into(),
        "reviewed" => "review".into(),
        "revenues_added" => "revenue".into(),
        "payout_recorded" => "payout".into(),
        "accounts_added" => "member or fund".into(),
        "account_status_set" => "member status".into(),
        "projects_added" => "project".into(),
        "kinds_added" => "kind".into(),
        "kind_versions_added" => "rate version".into(),
        "equation_set" => "equation".into(),
        other => other.replace('_', " "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The codes `openvalue::refusal::Refusal::code` gives, and so the
    /// codes a conflict can carry.
    const CODES: &[&str] = &[
        "already_exists",
        "unknown",
        "fund_cannot",
        "no_rate_on_date",
        "version_exists",
        "void",
        "self_review",
        "already_reviewed",
        "measure_change",
        "already_distributed",
        "already_reversed",
        "distribution_mismatch",
        "claim_overpaid",
        "not_a_claim",
        "out_of_bounds",
        "differs",
        "changed_since",
        "depends_on",
        "device_revoked",
        "device_state",
    ];

    #[test]
    fn every_code_has_its_own_explanation_and_none_names_a_command() {
        let general = conflict_help("something new");
        for code in CODES {
            let h = conflict_help(code);
            assert_ne!(h, general, "{code} falls back to the general text");
            for text in [h.meaning, h.action] {
                assert!(
                    !text.contains("openvalue ") && !text.contains('`'),
                    "{code}: {text}"
                );
                assert!(text.ends_with('.'), "{code}: {text}");
            }
        }
    }

    #[test]
    fn a_double_distribution_says_nothing_was_paid_twice_and_how_to_redo_it() {
        let h = conflict_help("already_distributed");
        assert!(h.meaning.contains("nothing was paid twice"));
        assert!(h.action.contains("reverse") && h.action.contains("distribute the revenue again"));
        assert_eq!(entry_kind("distribution_committed"), "distribution");
        assert_eq!(entry_kind("device_key"), "device key");
    }
}
