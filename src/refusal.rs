//! Why the books refuse an entry: a stable code and its parameters.
//!
//! The rules of the books live in one place (`store::rules`), which checks
//! every entry inside the transaction that appends it, whether the entry
//! comes from a command typed here, an import, a replay or a merge. What
//! it refuses is a [`Refusal`]: a value with a stable [`Refusal::code`] and
//! the parameters a message needs, rendered to text in one place (its
//! `Display`), so the app and the CLI can show it in the user's language.
//! Pure data; no IO.

use thiserror::Error;

mod message;

pub use message::{action_key, action_term, role_key, thing_key};

/// Things the books hold, as named in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    /// A member or fund.
    Account,
    /// A member (not a fund).
    Member,
    /// A project.
    Project,
    /// A kind of contribution.
    Kind,
    /// A contribution.
    Contribution,
    /// A revenue.
    Revenue,
    /// A distribution.
    Distribution,
    /// A payout.
    Payout,
    /// A community token.
    Token,
    /// A GIVE epoch.
    Epoch,
    /// A stage (SPEC §14).
    Stage,
    /// A resource (SPEC §14).
    Resource,
    /// A use of a resource.
    ResourceUse,
}

impl Thing {
    /// Whether messages name it ("member 'ana'") rather than give its id
    /// ("a contribution with id 'C-1'").
    pub fn is_named(self) -> bool {
        matches!(
            self,
            Thing::Account
                | Thing::Member
                | Thing::Project
                | Thing::Kind
                | Thing::Token
                | Thing::Stage
                | Thing::Resource
        )
    }

    /// The noun, in English.
    pub fn noun(self) -> &'static str {
        match self {
            Thing::Account => "account",
            Thing::Member => "member",
            Thing::Project => "project",
            Thing::Kind => "kind",
            Thing::Contribution => "contribution",
            Thing::Revenue => "revenue",
            Thing::Distribution => "distribution",
            Thing::Payout => "payout",
            Thing::Token => "token",
            Thing::Epoch => "epoch",
            Thing::Stage => "stage",
            Thing::Resource => "resource",
            Thing::ResourceUse => "use of a resource",
        }
    }
}

impl std::fmt::Display for Thing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.noun())
    }
}

fn did_you_mean(hint: &Option<String>) -> String {
    match hint {
        Some(h) => format!(" — did you mean '{h}'?"),
        None => String::new(),
    }
}

fn already_exists(what: Thing, id: &str) -> String {
    if what.is_named() {
        format!("{what} '{id}' already exists")
    } else {
        format!("a {what} with id '{id}' already exists")
    }
}

/// An entry the books refuse, with what a message needs.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Refusal {
    /// The id, handle or code is taken.
    #[error("{}", already_exists(*.what, .id))]
    AlreadyExists {
        /// What kind of thing.
        what: Thing,
        /// Its id, handle or code.
        id: String,
    },
    /// Something named does not exist.
    #[error("unknown {what} {}{}", crate::text::quote(.id), did_you_mean(.hint))]
    Unknown {
        /// What kind of thing.
        what: Thing,
        /// The name given.
        id: String,
        /// The closest existing name, if one is close.
        hint: Option<String>,
    },
    /// A fund was named where only a member may act or contribute.
    #[error("'{handle}' is a fund; only members {action}")]
    FundCannot {
        /// The fund.
        handle: String,
        /// What only members do ("contribute", "review").
        action: &'static str,
    },
    /// A kind's rate does not reach back to the date.
    #[error("kind '{kind}' has no rate in force on {date} (its first version is from {first})")]
    NoRateOnDate {
        /// The kind.
        kind: String,
        /// The contribution's date.
        date: String,
        /// The kind's first version.
        first: String,
    },
    /// A version with that date exists with other figures.
    #[error("kind '{kind}' already has a version {from}; versions are never rewritten — choose another effective date")]
    VersionExists {
        /// The kind.
        kind: String,
        /// "from the beginning" or "effective from DATE".
        from: String,
    },
    /// The contribution was voided.
    #[error("contribution {contribution} is void")]
    Void {
        /// The contribution.
        contribution: String,
    },
    /// A member reviewing their own contribution.
    #[error("{member} cannot {verdict} their own contribution {contribution}; another member must review it")]
    SelfReview {
        /// The member.
        member: String,
        /// "approve" or "reject".
        verdict: String,
        /// The contribution.
        contribution: String,
    },
    /// The same review twice on one revision.
    #[error("{member} already gave '{verdict}' to contribution {contribution} since its latest correction")]
    AlreadyReviewed {
        /// The member.
        member: String,
        /// "approve" or "reject".
        verdict: String,
        /// The contribution.
        contribution: String,
    },
    /// A correction that would change a contribution's measure.
    #[error("kind '{kind}' is measured in {measure}, but contribution {contribution} is in {old_measure}; void it and log a new one")]
    MeasureChange {
        /// The contribution.
        contribution: String,
        /// The new kind.
        kind: String,
        /// The new kind's measure.
        measure: String,
        /// The old kind's measure.
        old_measure: String,
    },
    /// The revenue already has a live distribution.
    #[error("revenue '{revenue}' is already distributed by {distribution}; reverse that distribution first")]
    AlreadyDistributed {
        /// The revenue.
        revenue: String,
        /// Its live distribution.
        distribution: String,
    },
    /// The distribution was already reversed.
    #[error("distribution {distribution} is already reversed")]
    AlreadyReversed {
        /// The distribution.
        distribution: String,
    },
    /// A distribution that does not fit its revenue.
    #[error("distribution {distribution} does not fit revenue '{revenue}': {why}")]
    DistributionMismatch {
        /// The distribution.
        distribution: String,
        /// The revenue.
        revenue: String,
        /// What does not fit (lines' sum, a negative line).
        why: String,
    },
    /// A claim would be paid beyond its amount.
    #[error("contribution {contribution} would be paid {paying} more, but only {open} of its claim of {claim} is still open")]
    ClaimOverpaid {
        /// The claim's contribution.
        contribution: String,
        /// The claim's full amount.
        claim: String,
        /// What is still open.
        open: String,
        /// What this entry pays.
        paying: String,
    },
    /// A field beyond its documented bound (SPEC §11): an entry that did
    /// not come through a form or a file that checks it (a merged bundle).
    #[error("{field}: {message}")]
    OutOfBounds {
        /// The field.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A stage names a kind it cannot scale.
    #[error("stage '{stage}' cannot scale kind '{kind}': it is {why}; a stage scales only kinds that earn policy shares")]
    StageKind {
        /// The stage.
        stage: String,
        /// The kind.
        kind: String,
        /// "a gift", "reimbursable", "deferred" or the built-in kind of
        /// resource credits.
        why: &'static str,
    },
    /// A member's status set to what it already is, or a reason given
    /// for rejoining.
    #[error("'{handle}' {why}")]
    StatusUnchanged {
        /// The member.
        handle: String,
        /// "has already left", "is already active", …
        why: &'static str,
    },
    /// A claim paid for a contribution that is not a reimbursable or deferred claim.
    #[error("contribution {contribution} is not an open reimbursable or deferred claim")]
    NotAClaim {
        /// The contribution.
        contribution: String,
    },
    /// An id, handle or code another laptop already used with other
    /// details (a merge).
    #[error("{} with other details ({detail})", already_exists(*.what, .id))]
    Differs {
        /// What kind of thing.
        what: Thing,
        /// Its id, handle or code.
        id: String,
        /// What differs ("name 'Ana Puig' here").
        detail: String,
    },
    /// A correction of a revision that another laptop changed first.
    #[error("contribution {contribution} changed since: this corrects revision {revision}, but revision {current} is current")]
    ChangedSince {
        /// The contribution.
        contribution: String,
        /// The revision it corrects.
        revision: i64,
        /// The current revision.
        current: i64,
    },
    /// The entry names something that an entry in conflict would have
    /// brought.
    #[error("depends on entry {entry}, which is in conflict (it brings '{id}')")]
    DependsOn {
        /// The conflicted entry.
        entry: String,
        /// The id it would have brought.
        id: String,
    },
    /// GIVE after an epoch closed.
    #[error("epoch {epoch} is closed")]
    EpochClosed {
        /// The epoch.
        epoch: String,
    },
    /// A valuation of a contribution whose kind is not valued by peers.
    #[error("contribution {contribution} is of kind '{kind}', which is valued by its rate, not by peers")]
    NotPeerValued {
        /// The contribution.
        contribution: String,
        /// Its kind.
        kind: String,
    },
    /// A member valuing their own contribution.
    #[error("{member} cannot value contribution {contribution}: it is their own; other members value it")]
    SelfValuation {
        /// The member.
        member: String,
        /// The contribution.
        contribution: String,
    },
    /// GIVE to oneself.
    #[error("{member} cannot give GIVE to themselves")]
    GiveToSelf {
        /// The member.
        member: String,
    },
    /// GIVE beyond a giver's budget.
    #[error("{member} can give at most {budget} GIVE in epoch {epoch}: {others} already given to others, so {amount} more is too much")]
    GiveBudget {
        /// The giver.
        member: String,
        /// The epoch.
        epoch: String,
        /// The budget.
        budget: i64,
        /// Already given to others.
        others: i64,
        /// This give.
        amount: i64,
    },
    /// A `peer` bucket while an epoch it would count is still open.
    #[error("epoch {epoch} of project '{project}' ended but is still open; close it before distributing with a peer bucket")]
    EpochOpen {
        /// The epoch.
        epoch: String,
        /// The project.
        project: String,
    },
    /// Tokens sent to oneself.
    #[error("{member} cannot send tokens to themselves")]
    TokenToSelf {
        /// The member.
        member: String,
    },
    /// A send that would take the sender below zero.
    #[error("{member} has {balance} {token}, not enough to send {amount}")]
    TokenOverdraw {
        /// The sender.
        member: String,
        /// The token.
        token: String,
        /// Their balance.
        balance: String,
        /// The amount.
        amount: String,
    },
    /// With sign-in on, a write that names no signed-in member.
    #[error("sign-in is on: every change names the member who makes it")]
    NeedsSignIn,
    /// The signed-in member's role does not allow the action.
    #[error("{member} is {role}; {action} needs {needed}")]
    RoleNeeded {
        /// The member.
        member: String,
        /// Their role, with its article ("a member").
        role: &'static str,
        /// What they tried ("recording revenue").
        action: &'static str,
        /// The role needed, with its article ("a coordinator").
        needed: &'static str,
    },
    /// A review in another member's name.
    #[error("{author} is signed in and cannot {what} in {by}'s name")]
    NotInOwnName {
        /// What they tried: "review" or "value work".
        what: &'static str,
        /// The signed-in member.
        author: String,
        /// The member named as reviewer.
        by: String,
    },
    /// A review without the reviewer's valid signature while sign-in is on.
    #[error("the review by {member} of contribution {contribution} carries no valid signature of {member}'s key (forged, or made without signing in)")]
    MemberSignature {
        /// The reviewer.
        member: String,
        /// The contribution.
        contribution: String,
    },
    /// The last admin cannot be demoted.
    #[error("{member} is the last admin; make another member admin first")]
    LastAdmin {
        /// The member.
        member: String,
    },
    /// A member's key set by someone else than the member or an admin.
    #[error("only {member} or an admin can set {member}'s passphrase")]
    NotOwnPassphrase {
        /// The member.
        member: String,
    },
    /// A device command that does not fit the device's state.
    #[error("device {device} {state}")]
    DeviceState {
        /// The device.
        device: String,
        /// What it is ("is already admitted").
        state: String,
    },
    /// A payout or revenue that was voided.
    #[error("{what} '{id}' is void")]
    AlreadyVoid {
        /// What kind of thing.
        what: Thing,
        /// Its id.
        id: String,
    },
    /// A revenue corrected or voided while a live distribution splits it.
    #[error("revenue '{revenue}' has an active distribution, {distribution}; reverse that distribution first, then correct or void the revenue")]
    RevenueDistributed {
        /// The revenue.
        revenue: String,
        /// Its live distribution.
        distribution: String,
    },
    /// A correction or distribution of a revenue's revision that another
    /// laptop changed first.
    #[error("revenue '{revenue}' changed since: this entry was made for its revision {revision}, but revision {current} is current")]
    RevenueChangedSince {
        /// The revenue.
        revenue: String,
        /// The revision the entry was made for.
        revision: i64,
        /// The current revision.
        current: i64,
    },
    /// An entry of a revoked device after its last admitted one.
    #[error("device {device} was revoked after its entry {last_seq}; this is its entry {seq}")]
    DeviceRevoked {
        /// The device.
        device: String,
        /// Its last sequence number still applied.
        last_seq: i64,
        /// This entry's sequence number.
        seq: i64,
    },
}

impl Refusal {
    /// A short, stable code naming the rule (for the app and translations).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::AlreadyExists { .. } => "already_exists",
            Refusal::Unknown { .. } => "unknown",
            Refusal::FundCannot { .. } => "fund_cannot",
            Refusal::NoRateOnDate { .. } => "no_rate_on_date",
            Refusal::VersionExists { .. } => "version_exists",
            Refusal::Void { .. } => "void",
            Refusal::SelfReview { .. } => "self_review",
            Refusal::AlreadyReviewed { .. } => "already_reviewed",
            Refusal::MeasureChange { .. } => "measure_change",
            Refusal::AlreadyDistributed { .. } => "already_distributed",
            Refusal::AlreadyReversed { .. } => "already_reversed",
            Refusal::DistributionMismatch { .. } => "distribution_mismatch",
            Refusal::ClaimOverpaid { .. } => "claim_overpaid",
            Refusal::NotAClaim { .. } => "not_a_claim",
            Refusal::StageKind { .. } => "stage_kind",
            Refusal::StatusUnchanged { .. } => "status_unchanged",
            Refusal::OutOfBounds { .. } => "out_of_bounds",
            Refusal::Differs { .. } => "differs",
            Refusal::ChangedSince { .. } => "changed_since",
            Refusal::DependsOn { .. } => "depends_on",
            Refusal::DeviceRevoked { .. } => "device_revoked",
            Refusal::DeviceState { .. } => "device_state",
            Refusal::NeedsSignIn => "needs_sign_in",
            Refusal::TokenToSelf { .. } => "token_to_self",
            Refusal::EpochClosed { .. } => "epoch_closed",
            Refusal::GiveToSelf { .. } => "give_to_self",
            Refusal::NotPeerValued { .. } => "not_peer_valued",
            Refusal::SelfValuation { .. } => "self_valuation",
            Refusal::GiveBudget { .. } => "give_budget",
            Refusal::EpochOpen { .. } => "epoch_open",
            Refusal::TokenOverdraw { .. } => "token_overdraw",
            Refusal::RoleNeeded { .. } => "role_needed",
            Refusal::NotInOwnName { .. } => "not_in_own_name",
            Refusal::MemberSignature { .. } => "member_signature",
            Refusal::LastAdmin { .. } => "last_admin",
            Refusal::NotOwnPassphrase { .. } => "not_own_passphrase",
            Refusal::AlreadyVoid { .. } => "already_void",
            Refusal::RevenueDistributed { .. } => "revenue_distributed",
            Refusal::RevenueChangedSince { .. } => "revenue_changed_since",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_names_the_thing_and_the_hint() {
        let r = Refusal::Unknown {
            what: Thing::Member,
            id: "anna".into(),
            hint: Some("ana".into()),
        };
        assert_eq!(r.to_string(), "unknown member 'anna' — did you mean 'ana'?");
        assert_eq!(r.code(), "unknown");
    }

    #[test]
    fn messages_never_tell_the_user_to_type_a_command() {
        let r = Refusal::AlreadyDistributed {
            revenue: "R-1".into(),
            distribution: "D-1".into(),
        };
        assert!(!r.to_string().contains("openvalue "), "{r}");
        assert!(!r.to_string().contains('`'), "{r}");
    }
}
