//! [`Refusal::message`]: each refusal rendered from the catalogue's
//! `refusal-CODE` message with its parameters. The English words some
//! variants carry (`action: "contribute"`, a role "with its article") are
//! looked up in the tables below, each naming its own message, so that
//! they too are translated; words not in a table (free text a merge
//! brought) are shown as they are.

use crate::i18n::{tr, Arg, Lang};
use crate::members::{Action, Role};

use super::{Refusal, Thing};

/// The catalogue's noun for each thing.
pub fn thing_key(thing: Thing) -> &'static str {
    match thing {
        Thing::Account => "thing-account",
        Thing::Member => "thing-member",
        Thing::Project => "thing-project",
        Thing::Kind => "thing-kind",
        Thing::Contribution => "thing-contribution",
        Thing::Revenue => "thing-revenue",
        Thing::Distribution => "thing-distribution",
        Thing::Payout => "thing-payout",
        Thing::Token => "thing-token",
        Thing::Epoch => "thing-epoch",
        Thing::Stage => "thing-stage",
        Thing::Resource => "thing-resource",
        Thing::ResourceUse => "thing-resource_use",
    }
}

/// What only members do ([`Refusal::FundCannot`]'s `action`).
pub(crate) const FUND_ACTIONS: &[(&str, &str)] = &[
    ("contribute", "refusal-fund-contribute"),
    ("review", "refusal-fund-review"),
    ("have a member's account", "refusal-fund-account"),
    ("hold tokens", "refusal-fund-tokens"),
    ("give or receive GIVE", "refusal-fund-give"),
    ("value contributions", "refusal-fund-value"),
    ("sign in", "refusal-fund-sign_in"),
    ("leave or rejoin", "refusal-fund-leave"),
    ("have a stage", "refusal-fund-stage"),
    ("use a resource", "refusal-fund-use"),
    ("have a passphrase", "refusal-fund-passphrase"),
    ("hold a role", "refusal-fund-role"),
];

/// Why a stage cannot scale a kind ([`Refusal::StageKind`]).
pub(crate) const STAGE_WHY: &[(&str, &str)] = &[
    ("a gift", "refusal-stage-gift"),
    ("reimbursable", "refusal-stage-reimbursable"),
    ("deferred", "refusal-stage-deferred"),
    (
        "the built-in kind of resource owners' credits, which no stage scales",
        "refusal-stage-credits",
    ),
];

/// Why a status change changes nothing ([`Refusal::StatusUnchanged`]).
pub(crate) const STATUS_WHY: &[(&str, &str)] = &[
    ("has already left", "refusal-status-left"),
    ("is already active", "refusal-status-active"),
    (
        "rejoins without a reason for leaving",
        "refusal-status-reason",
    ),
];

/// A device's state ([`Refusal::DeviceState`]), from `store::sync`.
pub(crate) const DEVICE_STATES: &[(&str, &str)] = &[
    ("is already admitted", "refusal-device-admitted"),
    ("is already revoked", "refusal-device-revoked"),
    ("is not known to this ledger", "refusal-device-unknown"),
    (
        "is this laptop; revoke it from another laptop",
        "refusal-device-this",
    ),
    (
        "is not a device id: copy the id the new laptop printed (36 characters such as 6f1c2a3b-…)",
        "refusal-device-not_an_id",
    ),
];

/// What differs in an entry another laptop made ([`Refusal::Differs`]).
pub(crate) const DIFFERS: &[(&str, &str)] = &[
    (
        "another laptop defined it with other figures",
        "refusal-differs-figures",
    ),
    (
        "another laptop entered it with other values",
        "refusal-differs-values",
    ),
];

/// What a review in another's name tried ([`Refusal::NotInOwnName`]).
pub(crate) const OWN_NAME: &[(&str, &str)] = &[
    ("review", "refusal-own_name-review"),
    ("value work", "refusal-own_name-value"),
];

/// A role with its article, as [`Role::with_article`] writes it.
pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Member => "refusal-role-member",
        Role::Coordinator => "refusal-role-coordinator",
        Role::Treasurer => "refusal-role-treasurer",
        Role::Admin => "refusal-role-admin",
    }
}

/// What an action is, in words ([`Action::needed`]).
pub fn action_key(action: Action) -> &'static str {
    use Action as A;
    match action {
        A::LogOwn => "refusal-action-log_own",
        A::LogForOthers => "refusal-action-log_for_others",
        A::CorrectOwn => "refusal-action-correct_own",
        A::CorrectOthers => "refusal-action-correct_others",
        A::Review => "refusal-action-review",
        A::SetOwnPassphrase => "refusal-action-set_own_passphrase",
        A::AddProjects => "refusal-action-add_projects",
        A::RecordRevenue => "refusal-action-record_revenue",
        A::Distribute => "refusal-action-distribute",
        A::Reverse => "refusal-action-reverse",
        A::PayOut => "refusal-action-pay_out",
        A::ChangeMembers => "refusal-action-change_members",
        A::ChangeKinds => "refusal-action-change_kinds",
        A::SetEquations => "refusal-action-set_equations",
        A::ChangeSettings => "refusal-action-change_settings",
        A::ChangeRoles => "refusal-action-change_roles",
        A::ResetPassphrase => "refusal-action-reset_passphrase",
        A::ChangeDevices => "refusal-action-change_devices",
        A::DefineTokens => "refusal-action-define_tokens",
        A::Epochs => "refusal-action-epochs",
        A::GiveOwn => "refusal-action-give_own",
        A::GiveForOthers => "refusal-action-give_for_others",
        A::SendOwnTokens => "refusal-action-send_own_tokens",
        A::SendOthersTokens => "refusal-action-send_others_tokens",
        A::Import => "refusal-action-import",
        A::Export => "refusal-action-export",
        A::Backup => "refusal-action-backup",
        A::Sync => "refusal-action-sync",
        A::EventMode => "refusal-action-event_mode",
        A::ChangeStages => "refusal-action-change_stages",
        A::VoidPayout => "refusal-action-void_payout",
        A::CorrectRevenue => "refusal-action-correct_revenue",
        A::VoidRevenue => "refusal-action-void_revenue",
        A::RenameMembers => "refusal-action-rename_members",
        A::RenameProjects => "refusal-action-rename_projects",
        A::RenameKinds => "refusal-action-rename_kinds",
        A::ChangeResources => "refusal-action-change_resources",
        A::UseOwn => "refusal-action-use_own",
        A::UseForOthers => "refusal-action-use_for_others",
        A::ValueOthers => "refusal-action-value_others",
    }
}

/// `english` in `lang` when `table` knows it; as it is otherwise.
fn phrase(lang: Lang, table: &[(&str, &str)], english: &str) -> String {
    match table.iter().find(|(words, _)| *words == english) {
        Some((_, key)) => tr(lang, key, &[]),
        None => english.to_string(),
    }
}

fn role_phrase(lang: Lang, with_article: &str) -> String {
    const ROLES: [Role; 4] = [
        Role::Member,
        Role::Coordinator,
        Role::Treasurer,
        Role::Admin,
    ];
    match ROLES.iter().find(|r| r.with_article() == with_article) {
        Some(role) => tr(lang, role_key(*role), &[]),
        None => with_article.to_string(),
    }
}

/// An action's words ([`Action::needed`]) as a message argument: its
/// catalogue message, or the words themselves if no action says them.
pub fn action_term(words: &str) -> crate::i18n::MessageArg {
    match Action::ALL.iter().find(|a| a.needed().1 == words) {
        Some(action) => crate::i18n::MessageArg::Key(action_key(*action)),
        None => crate::i18n::MessageArg::Text(words.to_string()),
    }
}

fn action_phrase(lang: Lang, words: &str) -> String {
    match Action::ALL.iter().find(|a| a.needed().1 == words) {
        Some(action) => tr(lang, action_key(*action), &[]),
        None => words.to_string(),
    }
}

fn thing(lang: Lang, what: Thing) -> Arg<'static> {
    Arg::from(tr(lang, thing_key(what), &[]))
}

/// The kind of thing, for messages whose wording depends on it (English
/// says "a contribution with id 'C-1'" but "member 'ana'").
fn named(what: Thing) -> &'static str {
    if what.is_named() {
        "named"
    } else {
        "id"
    }
}

type Args<'a> = Vec<(&'static str, Arg<'a>)>;

impl Refusal {
    /// The message in `lang`, from the catalogue's `refusal-CODE`.
    pub fn message(&self, lang: Lang) -> String {
        let key = format!("refusal-{}", self.code());
        tr(lang, &key, &self.args(lang))
    }

    fn args(&self, lang: Lang) -> Args<'_> {
        self.args_things(lang)
            .or_else(|| self.args_people(lang))
            .or_else(|| self.args_books())
            .or_else(|| self.args_peers())
            .unwrap_or_default()
    }

    fn args_things(&self, lang: Lang) -> Option<Args<'_>> {
        use Refusal as R;
        Some(match self {
            R::AlreadyExists { what, id } => vec![
                ("thing", thing(lang, *what)),
                ("named", named(*what).into()),
                ("id", id.into()),
            ],
            R::Unknown { what, id, hint } => vec![
                ("thing", thing(lang, *what)),
                ("id", crate::text::quote(id).into()),
                ("hinted", if hint.is_some() { "yes" } else { "no" }.into()),
                ("hint", hint.as_deref().unwrap_or("").into()),
            ],
            R::Differs { what, id, detail } => vec![
                ("thing", thing(lang, *what)),
                ("named", named(*what).into()),
                ("id", id.into()),
                ("detail", phrase(lang, DIFFERS, detail).into()),
            ],
            R::AlreadyVoid { what, id } => vec![("thing", thing(lang, *what)), ("id", id.into())],
            R::FundCannot { handle, action } => vec![
                ("handle", handle.into()),
                ("action", phrase(lang, FUND_ACTIONS, action).into()),
            ],
            R::StageKind { stage, kind, why } => vec![
                ("stage", stage.into()),
                ("kind", kind.into()),
                ("why", phrase(lang, STAGE_WHY, why).into()),
            ],
            R::StatusUnchanged { handle, why } => vec![
                ("handle", handle.into()),
                ("why", phrase(lang, STATUS_WHY, why).into()),
            ],
            R::DeviceState { device, state } => vec![
                ("device", device.into()),
                ("state", phrase(lang, DEVICE_STATES, state).into()),
            ],
            R::OutOfBounds { field, message } => {
                vec![("field", field.into()), ("detail", message.into())]
            }
            _ => return None,
        })
    }

    fn args_people(&self, lang: Lang) -> Option<Args<'_>> {
        use Refusal as R;
        Some(match self {
            R::SelfReview {
                member,
                verdict,
                contribution,
            }
            | R::AlreadyReviewed {
                member,
                verdict,
                contribution,
            } => vec![
                ("member", member.into()),
                ("verdict", verdict.into()),
                ("contribution", contribution.into()),
            ],
            R::RoleNeeded {
                member,
                role,
                action,
                needed,
            } => vec![
                ("member", member.into()),
                ("role", role_phrase(lang, role).into()),
                ("action", action_phrase(lang, action).into()),
                ("needed", role_phrase(lang, needed).into()),
            ],
            R::NotInOwnName { what, author, by } => vec![
                ("what", phrase(lang, OWN_NAME, what).into()),
                ("author", author.into()),
                ("by", by.into()),
            ],
            R::MemberSignature {
                member,
                contribution,
            }
            | R::SelfValuation {
                member,
                contribution,
            } => vec![
                ("member", member.into()),
                ("contribution", contribution.into()),
            ],
            R::LastAdmin { member }
            | R::NotOwnPassphrase { member }
            | R::GiveToSelf { member }
            | R::TokenToSelf { member } => vec![("member", member.into())],
            R::NeedsSignIn => Vec::new(),
            _ => return None,
        })
    }

    fn args_books(&self) -> Option<Args<'_>> {
        use Refusal as R;
        Some(match self {
            R::NoRateOnDate { kind, date, first } => vec![
                ("kind", kind.into()),
                ("date", date.into()),
                ("first", first.into()),
            ],
            R::VersionExists { kind, from } => {
                let date = from.strip_prefix("effective from ").unwrap_or("none");
                vec![("kind", kind.into()), ("date", date.into())]
            }
            R::Void { contribution } | R::NotAClaim { contribution } => {
                vec![("contribution", contribution.into())]
            }
            R::MeasureChange {
                contribution,
                kind,
                measure,
                old_measure,
            } => vec![
                ("contribution", contribution.into()),
                ("kind", kind.into()),
                ("measure", measure.into()),
                ("old_measure", old_measure.into()),
            ],
            R::AlreadyDistributed {
                revenue,
                distribution,
            }
            | R::RevenueDistributed {
                revenue,
                distribution,
            } => vec![
                ("revenue", revenue.into()),
                ("distribution", distribution.into()),
            ],
            R::AlreadyReversed { distribution } => vec![("distribution", distribution.into())],
            R::DistributionMismatch {
                distribution,
                revenue,
                why,
            } => vec![
                ("distribution", distribution.into()),
                ("revenue", revenue.into()),
                ("detail", why.into()),
            ],
            R::ClaimOverpaid {
                contribution,
                claim,
                open,
                paying,
            } => vec![
                ("contribution", contribution.into()),
                ("claim", claim.into()),
                ("open", open.into()),
                ("paying", paying.into()),
            ],
            R::ChangedSince {
                contribution: id,
                revision,
                current,
            }
            | R::RevenueChangedSince {
                revenue: id,
                revision,
                current,
            } => vec![
                ("id", id.into()),
                ("revision", (*revision).into()),
                ("current", (*current).into()),
            ],
            R::DependsOn { entry, id } => vec![("entry", entry.into()), ("id", id.into())],
            R::DeviceRevoked {
                device,
                last_seq,
                seq,
            } => vec![
                ("device", device.into()),
                ("last_seq", (*last_seq).into()),
                ("seq", (*seq).into()),
            ],
            _ => return None,
        })
    }

    fn args_peers(&self) -> Option<Args<'_>> {
        use Refusal as R;
        Some(match self {
            R::EpochClosed { epoch } => vec![("epoch", epoch.into())],
            R::NotPeerValued { contribution, kind } => {
                vec![("contribution", contribution.into()), ("kind", kind.into())]
            }
            R::GiveBudget {
                member,
                epoch,
                budget,
                others,
                amount,
            } => vec![
                ("member", member.into()),
                ("epoch", epoch.into()),
                ("budget", (*budget).into()),
                ("others", (*others).into()),
                ("amount", (*amount).into()),
            ],
            R::EpochOpen { epoch, project } => {
                vec![("epoch", epoch.into()), ("project", project.into())]
            }
            R::TokenOverdraw {
                member,
                token,
                balance,
                amount,
            } => vec![
                ("member", member.into()),
                ("token", token.into()),
                ("balance", balance.into()),
                ("amount", amount.into()),
            ],
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has;

    /// One of every refusal, with the English words its producers use.
    pub(crate) fn every_refusal() -> Vec<Refusal> {
        use Refusal as R;
        let s = |t: &str| t.to_string();
        vec![
            R::AlreadyExists {
                what: Thing::Member,
                id: s("ana"),
            },
            R::AlreadyExists {
                what: Thing::Contribution,
                id: s("C-1"),
            },
            R::Unknown {
                what: Thing::Kind,
                id: s("codez"),
                hint: Some(s("code")),
            },
            R::Unknown {
                what: Thing::ResourceUse,
                id: s("U-9"),
                hint: None,
            },
            R::FundCannot {
                handle: s("pot"),
                action: "contribute",
            },
            R::NoRateOnDate {
                kind: s("code"),
                date: s("2020-01-01"),
                first: s("2024-01-01"),
            },
            R::VersionExists {
                kind: s("code"),
                from: s("from the beginning"),
            },
            R::VersionExists {
                kind: s("code"),
                from: s("effective from 2025-01-01"),
            },
            R::Void {
                contribution: s("C-1"),
            },
            R::SelfReview {
                member: s("ana"),
                verdict: s("approve"),
                contribution: s("C-1"),
            },
            R::AlreadyReviewed {
                member: s("ana"),
                verdict: s("reject"),
                contribution: s("C-1"),
            },
            R::MeasureChange {
                contribution: s("C-1"),
                kind: s("words"),
                measure: s("quantity"),
                old_measure: s("hours"),
            },
            R::AlreadyDistributed {
                revenue: s("R-1"),
                distribution: s("D-1"),
            },
            R::AlreadyReversed {
                distribution: s("D-1"),
            },
            R::DistributionMismatch {
                distribution: s("D-1"),
                revenue: s("R-1"),
                why: s("x"),
            },
            R::ClaimOverpaid {
                contribution: s("C-1"),
                claim: s("10.00"),
                open: s("5.00"),
                paying: s("6.00"),
            },
            R::OutOfBounds {
                field: s("name"),
                message: s("x"),
            },
            R::StageKind {
                stage: s("s1"),
                kind: s("gift"),
                why: "a gift",
            },
            R::StatusUnchanged {
                handle: s("ana"),
                why: "has already left",
            },
            R::NotAClaim {
                contribution: s("C-1"),
            },
            R::Differs {
                what: Thing::Token,
                id: s("hour"),
                detail: s("another laptop defined it with other figures"),
            },
            R::ChangedSince {
                contribution: s("C-1"),
                revision: 2,
                current: 3,
            },
            R::DependsOn {
                entry: s("E-1"),
                id: s("C-1"),
            },
            R::EpochClosed { epoch: s("E1") },
            R::NotPeerValued {
                contribution: s("C-1"),
                kind: s("code"),
            },
            R::SelfValuation {
                member: s("ana"),
                contribution: s("C-1"),
            },
            R::GiveToSelf { member: s("ana") },
            R::GiveBudget {
                member: s("ana"),
                epoch: s("E1"),
                budget: 100,
                others: 90,
                amount: 20,
            },
            R::EpochOpen {
                epoch: s("E1"),
                project: s("web"),
            },
            R::TokenToSelf { member: s("ana") },
            R::TokenOverdraw {
                member: s("ana"),
                token: s("hour"),
                balance: s("1"),
                amount: s("2"),
            },
            R::NeedsSignIn,
            R::RoleNeeded {
                member: s("ana"),
                role: "a member",
                action: "recording revenue",
                needed: "a coordinator",
            },
            R::NotInOwnName {
                what: "review",
                author: s("ana"),
                by: s("bo"),
            },
            R::MemberSignature {
                member: s("ana"),
                contribution: s("C-1"),
            },
            R::LastAdmin { member: s("ana") },
            R::NotOwnPassphrase { member: s("ana") },
            R::DeviceState {
                device: s("d1"),
                state: s("is already admitted"),
            },
            R::AlreadyVoid {
                what: Thing::Payout,
                id: s("P-1"),
            },
            R::RevenueDistributed {
                revenue: s("R-1"),
                distribution: s("D-1"),
            },
            R::RevenueChangedSince {
                revenue: s("R-1"),
                revision: 1,
                current: 2,
            },
            R::DeviceRevoked {
                device: s("d1"),
                last_seq: 4,
                seq: 5,
            },
        ]
    }

    #[test]
    fn every_refusal_has_a_message_in_every_language() {
        let all = every_refusal();
        let codes: std::collections::BTreeSet<_> = all.iter().map(Refusal::code).collect();
        // One sample of each of the 39 codes (a new variant adds a sample).
        assert_eq!(codes.len(), 39, "{codes:?}");
        for refusal in &all {
            let key = format!("refusal-{}", refusal.code());
            for lang in Lang::ALL {
                assert!(has(lang, &key), "{lang} lacks {key}");
                let text = refusal.message(lang);
                assert!(
                    !text.contains('{') && !text.contains("refusal-"),
                    "{lang}: {text}"
                );
            }
            // English from the catalogue is exactly the Display stored text.
            assert_eq!(refusal.message(Lang::En), refusal.to_string());
            // OutOfBounds carries its problem as English text (a merge
            // brought it): only its frame is the catalogue's.
            let framed = matches!(refusal, Refusal::OutOfBounds { .. });
            for lang in [Lang::Es, Lang::Ca, Lang::Fr]
                .into_iter()
                .filter(|_| !framed)
            {
                assert_ne!(refusal.message(lang), refusal.to_string(), "{lang}");
            }
        }
    }

    #[test]
    fn every_word_a_refusal_carries_is_in_every_language() {
        let tables = [
            FUND_ACTIONS,
            STAGE_WHY,
            STATUS_WHY,
            DEVICE_STATES,
            DIFFERS,
            OWN_NAME,
        ];
        let mut keys: Vec<&str> = tables
            .iter()
            .flat_map(|t| t.iter().map(|(_, k)| *k))
            .collect();
        keys.extend(Action::ALL.iter().map(|a| action_key(*a)));
        keys.extend(
            [
                Role::Member,
                Role::Coordinator,
                Role::Treasurer,
                Role::Admin,
            ]
            .map(role_key),
        );
        for lang in Lang::ALL {
            for key in &keys {
                assert!(has(lang, key), "{lang} lacks {key}");
            }
        }
        // The English tables say what the producers write.
        for table in tables {
            for (words, key) in table {
                assert_eq!(tr(Lang::En, key, &[]), *words);
            }
        }
        for a in Action::ALL {
            assert_eq!(tr(Lang::En, action_key(a), &[]), a.needed().1);
        }
    }

    #[test]
    fn a_refusal_in_spanish_names_the_thing_and_the_hint() {
        let r = Refusal::Unknown {
            what: Thing::Member,
            id: "anna".into(),
            hint: Some("ana".into()),
        };
        assert_eq!(
            r.message(Lang::Es),
            "miembro 'anna': no existe — ¿quería decir 'ana'?"
        );
        assert_eq!(
            r.message(Lang::Fr),
            "membre 'anna'\u{202f}: introuvable — vouliez-vous dire 'ana'\u{202f}?"
        );
    }
}
