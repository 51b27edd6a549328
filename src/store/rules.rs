//! The rules of the books, each in one named function.
//!
//! [`apply`](super::apply) calls these for every entry, inside the
//! transaction that appends it, against the books as they are at that
//! moment: a command typed here, an import, `verify`'s replay and (later)
//! a merge all go through the same checks. Nothing is checked in one
//! transaction and written in another (SPEC §11).
//!
//! Readers that need the same answer — a preview asking whether a revenue
//! is still open, a reversal asking whether its distribution is live —
//! call the same functions, so each rule has exactly one home.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::sql::RATE_IN_FORCE;
use super::StoreError;
use crate::model::{
    date_of_day, day_number, Account, AccountType, ContributionRecord, Correction,
    DistributionRecord, Review,
};
use crate::money::{format_scaled, format_trimmed};
use crate::refusal::{Refusal, Thing};
use crate::store::query::{suggest, Catalog};

/// A refusal, as the store's error.
fn refused<T>(refusal: Refusal) -> Result<T, StoreError> {
    Err(StoreError::Refused(refusal))
}

fn unknown(conn: &Connection, what: Thing, id: &str) -> Result<Refusal, StoreError> {
    let (table, column) = match what {
        Thing::Account | Thing::Member => ("accounts", "handle"),
        Thing::Project => ("projects", "code"),
        Thing::Kind => ("kinds", "code"),
        Thing::Contribution => ("contributions", "id"),
        Thing::Revenue => ("revenues", "id"),
        Thing::Distribution => ("distributions", "id"),
        Thing::Payout => ("payouts", "id"),
        Thing::Token => ("tokens", "code"),
        Thing::Epoch => ("epochs", "id"),
        Thing::Stage => ("stages", "code"),
        Thing::Resource => ("resources", "code"),
        Thing::ResourceUse => ("resource_uses", "id"),
    };
    // Hints only among small tables: ids of contributions are not guessed.
    let hint = if matches!(
        table,
        "accounts" | "projects" | "kinds" | "stages" | "resources"
    ) {
        let names: Vec<String> = conn
            .prepare_cached(&format!("SELECT {column} FROM {table}"))?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        suggest(id, names.iter())
    } else {
        None
    };
    Ok(Refusal::Unknown {
        what,
        id: id.to_string(),
        hint,
    })
}

fn exists(conn: &Connection, table: &str, column: &str, id: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached(&format!("SELECT 1 FROM {table} WHERE {column} = ?1"))?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Rule: a new account's handle is free.
pub(super) fn account_is_new(conn: &Connection, account: &Account) -> Result<(), StoreError> {
    if exists(conn, "accounts", "handle", &account.handle)? {
        return refused(Refusal::AlreadyExists {
            what: Thing::Account,
            id: account.handle.clone(),
        });
    }
    Ok(())
}

/// Whether a rename changed the name of this account, project or kind:
/// then a merged add of it that differs only by name is a no-op (SPEC §12:
/// the rename is the later word on the name).
fn renamed(conn: &Connection, what: &str, code: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM renames WHERE what = ?1 AND code = ?2")?
        .query_row(params![what, code], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Leaves the name out of a comparison when a rename changed it.
fn unless_renamed(
    conn: &Connection,
    what: &str,
    code: &str,
    mut fields: Vec<(&'static str, String)>,
) -> Result<Vec<(&'static str, String)>, StoreError> {
    if renamed(conn, what, code)? {
        fields.retain(|(field, _)| *field != "name");
    }
    Ok(fields)
}

/// Rule (merges): a row another laptop already added with the same
/// details is a no-op (`Ok(true)`); with other details it is a conflict
/// naming the first difference; a new one is `Ok(false)`.
fn same_or_differs(
    what: Thing,
    id: &str,
    existing: Option<Vec<(&'static str, String)>>,
    incoming: Vec<(&'static str, String)>,
) -> Result<bool, StoreError> {
    let Some(existing) = existing else {
        return Ok(false);
    };
    for ((field, here), (_, there)) in existing.iter().zip(incoming.iter()) {
        if here != there {
            return refused(Refusal::Differs {
                what,
                id: id.to_string(),
                detail: format!(
                    "{field} {} here, {} in this entry",
                    crate::text::quote(here),
                    crate::text::quote(there)
                ),
            });
        }
    }
    Ok(true)
}

fn opt(value: Option<&str>) -> String {
    value.unwrap_or("").to_string()
}

/// Rule (merges): the same member or fund added on two laptops.
pub(super) fn account_is_same(conn: &Connection, a: &Account) -> Result<bool, StoreError> {
    let existing = conn
        .prepare_cached("SELECT name, type, joined_day FROM accounts WHERE handle = ?1")?
        .query_row([&a.handle], |r| {
            Ok(vec![
                ("name", r.get::<_, String>(0)?),
                ("type", r.get::<_, String>(1)?),
                (
                    "joined",
                    r.get::<_, Option<i64>>(2)?
                        .map(|d| date_of_day(d).to_string())
                        .unwrap_or_default(),
                ),
            ])
        })
        .optional()?;
    let existing = existing
        .map(|e| unless_renamed(conn, "account", &a.handle, e))
        .transpose()?;
    let incoming = unless_renamed(
        conn,
        "account",
        &a.handle,
        vec![
            ("name", a.name.clone()),
            ("type", a.account_type.as_str().to_string()),
            (
                "joined",
                a.joined_on.map(|d| d.to_string()).unwrap_or_default(),
            ),
        ],
    )?;
    same_or_differs(Thing::Account, &a.handle, existing, incoming)
}

/// Rule (merges): the same project added on two laptops.
pub(super) fn project_is_same(
    conn: &Connection,
    p: &crate::model::Project,
) -> Result<bool, StoreError> {
    let existing = conn
        .prepare_cached("SELECT name, parent FROM projects WHERE code = ?1")?
        .query_row([&p.code], |r| {
            Ok(vec![
                ("name", r.get::<_, String>(0)?),
                ("parent", r.get::<_, Option<String>>(1)?.unwrap_or_default()),
            ])
        })
        .optional()?;
    let existing = existing
        .map(|e| unless_renamed(conn, "project", &p.code, e))
        .transpose()?;
    let incoming = unless_renamed(
        conn,
        "project",
        &p.code,
        vec![
            ("name", p.name.clone()),
            ("parent", opt(p.parent.as_deref())),
        ],
    )?;
    same_or_differs(Thing::Project, &p.code, existing, incoming)
}

/// Rule (merges): the same kind added on two laptops.
pub(super) fn kind_is_same(conn: &Connection, k: &crate::model::Kind) -> Result<bool, StoreError> {
    let existing = conn
        .prepare_cached(
            "SELECT name, measure, unit, gift, reimbursable, deferred, peers FROM kinds WHERE code = ?1",
        )?
        .query_row([&k.code], |r| {
            Ok(vec![
                ("name", r.get::<_, String>(0)?),
                ("measure", r.get::<_, String>(1)?),
                ("unit", r.get::<_, Option<String>>(2)?.unwrap_or_default()),
                ("gift", r.get::<_, bool>(3)?.to_string()),
                ("reimbursable", r.get::<_, bool>(4)?.to_string()),
                ("deferred", r.get::<_, bool>(5)?.to_string()),
                ("valued_by", peers_text(r.get::<_, bool>(6)?)),
            ])
        })
        .optional()?;
    let existing = existing
        .map(|e| unless_renamed(conn, "kind", &k.code, e))
        .transpose()?;
    let incoming = unless_renamed(
        conn,
        "kind",
        &k.code,
        vec![
            ("name", k.name.clone()),
            ("measure", k.measure.as_str().to_string()),
            ("unit", opt(k.unit.as_deref())),
            ("gift", k.gift.to_string()),
            ("reimbursable", k.reimbursable.to_string()),
            ("deferred", k.deferred.to_string()),
            ("valued_by", peers_text(k.peers)),
        ],
    )?;
    same_or_differs(Thing::Kind, &k.code, existing, incoming)
}

/// A kind's `valued_by` as a row of kinds.csv writes it.
fn peers_text(peers: bool) -> String {
    if peers { "peers" } else { "" }.to_string()
}

/// Rule (merges): the same rate version added on two laptops.
pub(super) fn version_is_same(
    conn: &Connection,
    v: &crate::model::KindVersion,
) -> Result<bool, StoreError> {
    let day = from_day(v.effective_from);
    let existing = conn
        .prepare_cached(
            "SELECT rate_e4, multiplier_e3 FROM kind_versions WHERE kind = ?1 AND from_day = ?2",
        )?
        .query_row(params![v.kind, day], |r| {
            Ok(vec![
                ("rate", format_trimmed(r.get::<_, i64>(0)?.into(), 4)),
                ("multiplier", format_trimmed(r.get::<_, i64>(1)?.into(), 3)),
            ])
        })
        .optional()?;
    same_or_differs(
        Thing::Kind,
        &v.kind,
        existing,
        vec![
            ("rate", format_trimmed(v.rate_e4.into(), 4)),
            ("multiplier", format_trimmed(v.multiplier_e3.into(), 3)),
        ],
    )
}

/// Records recognised by the digest of their first entry.
#[derive(Debug, Clone, Copy)]
pub(super) enum RecordKind {
    /// A contribution.
    Contribution,
    /// A revenue.
    Revenue,
}

/// Rule (merges): the same contribution or revenue (same id, same
/// digest) entered on two laptops — an import of one file on both — is a
/// no-op; the same id with other content is a conflict.
pub(super) fn record_is_same(
    conn: &Connection,
    kind: RecordKind,
    id: &str,
    digest: &str,
) -> Result<bool, StoreError> {
    let (table, what) = match kind {
        RecordKind::Contribution => ("contributions", Thing::Contribution),
        RecordKind::Revenue => ("revenues", Thing::Revenue),
    };
    match super::apply::existing_digest(conn, table, id)? {
        None => Ok(false),
        Some(d) if d == digest => Ok(true),
        Some(_) => refused(Refusal::Differs {
            what,
            id: id.to_string(),
            detail: "another laptop entered it with other values".into(),
        }),
    }
}

/// Rule (merges): the same payout recorded twice.
pub(super) fn payout_is_same(
    conn: &Connection,
    p: &crate::model::PayoutRecord,
) -> Result<bool, StoreError> {
    let scale: u32 = conn.query_row("SELECT scale FROM settings WHERE id = 1", [], |r| r.get(0))?;
    let existing = conn
        .prepare_cached(
            "SELECT account, day, amount_minor, method, note FROM payouts WHERE id = ?1",
        )?
        .query_row([&p.id], |r| {
            Ok(vec![
                ("account", r.get::<_, String>(0)?),
                ("date", date_of_day(r.get::<_, i64>(1)?).to_string()),
                ("amount", format_scaled(r.get::<_, i64>(2)?.into(), scale)),
                ("method", r.get::<_, String>(3)?),
                ("note", r.get::<_, String>(4)?),
            ])
        })
        .optional()?;
    same_or_differs(
        Thing::Payout,
        &p.id,
        existing,
        vec![
            ("account", p.account.clone()),
            ("date", p.date.to_string()),
            ("amount", format_scaled(p.amount_minor.into(), scale)),
            ("method", p.method.clone()),
            ("note", p.note.clone()),
        ],
    )
}

/// Rule: a revoked device's entries after its last admitted one are not
/// applied (SPEC §12).
pub(super) fn device_not_revoked(device: &str, seq: i64, last_seq: i64) -> Result<(), StoreError> {
    if seq > last_seq {
        return refused(Refusal::DeviceRevoked {
            device: device.to_string(),
            last_seq,
            seq,
        });
    }
    Ok(())
}

/// Whether sign-in is on in the books as `conn` sees them.
pub(super) fn sign_in_on(conn: &Connection) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT sign_in FROM settings WHERE id = 1")?
        .query_row([], |r| r.get::<_, bool>(0))
        .optional()?
        .unwrap_or(false))
}

/// A member's role: the one granted, else admin for the first member
/// account in entry order, else member.
pub(super) fn role_of(conn: &Connection, handle: &str) -> Result<crate::members::Role, StoreError> {
    use crate::members::Role;
    let granted: Option<String> = conn
        .prepare_cached("SELECT role FROM roles WHERE handle = ?1")?
        .query_row([handle], |r| r.get(0))
        .optional()?;
    if let Some(role) = granted {
        return role.parse().map_err(StoreError::Corrupt);
    }
    let first: Option<String> = conn
        .prepare_cached("SELECT handle FROM accounts WHERE type = 'member' ORDER BY rowid LIMIT 1")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(if first.as_deref() == Some(handle) {
        Role::Admin
    } else {
        Role::Member
    })
}

/// Whether a contribution is `member`'s own.
fn own_contribution(conn: &Connection, id: &str, member: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT member FROM contributions WHERE id = ?1")?
        .query_row([id], |r| r.get::<_, String>(0))
        .optional()?
        .is_some_and(|m| m == member))
}

/// What an entry does, as an [`Action`](crate::members::Action), whose
/// role it needs (`Action::needed`, the one table); `None` for the entries
/// written before anyone acts.
fn action_of(
    conn: &Connection,
    author: &str,
    payload: &crate::journal::Payload,
) -> Result<Option<crate::members::Action>, StoreError> {
    use crate::journal::Payload as P;
    use crate::members::Action as A;
    Ok(Some(match payload {
        P::LedgerCreated { .. } | P::DeviceKey { .. } => return Ok(None),
        P::ContributionsAdded { contributions } => {
            if contributions.iter().all(|c| c.member == author) {
                A::LogOwn
            } else {
                A::LogForOthers
            }
        }
        P::Corrected(c) => {
            if own_contribution(conn, &c.contribution, author)? {
                A::CorrectOwn
            } else {
                A::CorrectOthers
            }
        }
        P::Reviewed(_) => A::Review,
        P::Valued(_) => A::ValueOthers,
        P::MemberKeySet { handle, .. } if handle == author => A::SetOwnPassphrase,
        P::ProjectsAdded { .. } => A::AddProjects,
        P::RevenuesAdded { .. } => A::RecordRevenue,
        P::DistributionCommitted(_) => A::Distribute,
        P::DistributionReversed { .. } => A::Reverse,
        P::PayoutRecorded(_) => A::PayOut,
        P::AccountsAdded { .. } | P::AccountStatusSet { .. } => A::ChangeMembers,
        P::StageDefined { .. } | P::StageSet { .. } => A::ChangeStages,
        P::ResourceAdded(_) => A::ChangeResources,
        P::ResourceUsed(u) if u.by.as_deref().is_none_or(|by| by == author) => A::UseOwn,
        P::ResourceUsed(_) => A::UseForOthers,
        P::KindsAdded { .. } | P::KindVersionsAdded { .. } => A::ChangeKinds,
        P::EquationSet { .. } => A::SetEquations,
        P::ApprovalsRequiredSet { .. } | P::SignInSet { .. } => A::ChangeSettings,
        P::RoleSet { .. } => A::ChangeRoles,
        P::MemberKeySet { .. } => A::ResetPassphrase,
        P::DeviceInvited { .. } | P::DeviceAdmitted { .. } | P::DeviceRevoked { .. } => {
            A::ChangeDevices
        }
        P::TokenDefined(_) => A::DefineTokens,
        P::EpochOpened(_) | P::EpochClosed { .. } => A::Epochs,
        P::GiveSet(g) if g.from == author => A::GiveOwn,
        P::GiveSet(_) => A::GiveForOthers,
        P::TokenSent(t) if t.from == author => A::SendOwnTokens,
        P::TokenSent(_) => A::SendOthersTokens,
        P::PayoutVoided { .. } => A::VoidPayout,
        P::RevenueCorrected(r) if r.void => A::VoidRevenue,
        P::RevenueCorrected(_) => A::CorrectRevenue,
        P::Renamed { what, .. } => match what {
            crate::model::Renamed::Account => A::RenameMembers,
            crate::model::Renamed::Project => A::RenameProjects,
            crate::model::Renamed::Kind => A::RenameKinds,
        },
    }))
}

/// Rule (SPEC §13): with sign-in on, every entry names a member whose
/// role allows it; a review is in its author's own name. With sign-in off
/// anything goes, as before — except that an entry naming an author must
/// name a member.
pub(super) fn role_allows(
    conn: &Connection,
    author: Option<&str>,
    payload: &crate::journal::Payload,
) -> Result<(), StoreError> {
    // A review and a peer valuation are in their author's own name.
    let by = match payload {
        crate::journal::Payload::Reviewed(r) => Some((&r.by, "review")),
        crate::journal::Payload::Valued(v) => Some((&v.by, "value work")),
        _ => None,
    };
    if let (Some(a), Some((by, what))) = (author, by) {
        if by != a {
            return refused(Refusal::NotInOwnName {
                what,
                author: a.to_string(),
                by: by.clone(),
            });
        }
    }
    if !sign_in_on(conn)? {
        return Ok(());
    }
    let Some(author) = author else {
        // The device's own key entries are written before anyone acts.
        if matches!(payload, crate::journal::Payload::DeviceKey { .. }) {
            return Ok(());
        }
        return refused(Refusal::NeedsSignIn);
    };
    if account_named(conn, author, Thing::Member)? == AccountType::Fund {
        return refused(Refusal::FundCannot {
            handle: author.to_string(),
            action: "sign in",
        });
    }
    let Some(action) = action_of(conn, author, payload)? else {
        return Ok(());
    };
    let (needed, words) = action.needed();
    role_suffices(conn, author, needed, words)
}

/// Rule (SPEC §13): with sign-in on, what happens outside the journal — a
/// backup, a bundle, a sync — needs a signed-in member whose role allows
/// it, like an entry.
pub(super) fn may_act(
    conn: &Connection,
    author: Option<&str>,
    needed: crate::members::Role,
    action: &'static str,
) -> Result<(), StoreError> {
    if !sign_in_on(conn)? {
        return Ok(());
    }
    let Some(author) = author else {
        return refused(Refusal::NeedsSignIn);
    };
    role_suffices(conn, author, needed, action)
}

/// Rule: `author`'s role is at least `needed` for `action`.
pub(super) fn role_suffices(
    conn: &Connection,
    author: &str,
    needed: crate::members::Role,
    action: &'static str,
) -> Result<(), StoreError> {
    let role = role_of(conn, author)?;
    if role < needed {
        return refused(Refusal::RoleNeeded {
            member: author.to_string(),
            role: role.with_article(),
            action,
            needed: needed.with_article(),
        });
    }
    Ok(())
}

/// Rule: a member key belongs to a member (not a fund).
pub(super) fn member_key_fits(conn: &Connection, handle: &str) -> Result<(), StoreError> {
    member_only(conn, handle, "have a passphrase")
}

/// Rule: `handle` is a member (not a fund) for what only members do.
fn member_only(conn: &Connection, handle: &str, action: &'static str) -> Result<(), StoreError> {
    if account_named(conn, handle, Thing::Member)? == AccountType::Fund {
        return refused(Refusal::FundCannot {
            handle: handle.to_string(),
            action,
        });
    }
    Ok(())
}

/// Rule: roles go to members, and the last admin stays admin.
pub(super) fn role_change_fits(
    conn: &Connection,
    handle: &str,
    role: crate::members::Role,
) -> Result<(), StoreError> {
    use crate::members::Role;
    member_only(conn, handle, "hold a role")?;
    if role < Role::Admin && role_of(conn, handle)? == Role::Admin {
        let members: Vec<String> = conn
            .prepare_cached("SELECT handle FROM accounts WHERE type = 'member'")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut admins = 0;
        for m in &members {
            if role_of(conn, m)? == Role::Admin {
                admins += 1;
            }
        }
        if admins <= 1 {
            return refused(Refusal::LastAdmin {
                member: handle.to_string(),
            });
        }
    }
    Ok(())
}

/// Rule: with sign-in on, a review carries its reviewer's signature by
/// the key the reviewer holds at that point in the books.
fn review_signed(conn: &Connection, review: &Review) -> Result<(), StoreError> {
    if !sign_in_on(conn)? {
        return Ok(());
    }
    let key: Option<String> = conn
        .prepare_cached("SELECT public_key FROM member_keys WHERE handle = ?1")?
        .query_row([&review.by], |r| r.get(0))
        .optional()?;
    let message = crate::members::review_message(
        &review.contribution,
        review.revision,
        &review.by,
        review.verdict.as_str(),
        &review.reason,
    );
    let valid = match (&key, &review.signature) {
        (Some(k), Some(s)) => crate::members::verify(k, &message, s),
        _ => false,
    };
    if !valid {
        return refused(Refusal::MemberSignature {
            member: review.by.clone(),
            contribution: review.contribution.clone(),
        });
    }
    Ok(())
}

/// Rule: an account named by an entry exists.
pub(super) fn account_exists(conn: &Connection, handle: &str) -> Result<AccountType, StoreError> {
    account_named(conn, handle, Thing::Account)
}

fn account_named(conn: &Connection, handle: &str, what: Thing) -> Result<AccountType, StoreError> {
    let found: Option<String> = conn
        .prepare_cached("SELECT type FROM accounts WHERE handle = ?1")?
        .query_row([handle], |r| r.get(0))
        .optional()?;
    match found.as_deref() {
        Some("fund") => Ok(AccountType::Fund),
        Some(_) => Ok(AccountType::Member),
        None => refused(unknown(conn, what, handle)?),
    }
}

/// Rule: a member's status changes (to left with a reason, or back to
/// active without one), dated no earlier than the member's last change;
/// funds neither leave nor rejoin.
pub(super) fn status_change_fits(
    conn: &Connection,
    handle: &str,
    status: crate::model::Status,
    from: Option<chrono::NaiveDate>,
    reason: Option<crate::standards::LeaveReason>,
) -> Result<(), StoreError> {
    use crate::model::Status;
    if account_exists(conn, handle)? == AccountType::Fund {
        return refused(Refusal::FundCannot {
            handle: handle.to_string(),
            action: "leave or rejoin",
        });
    }
    let current: String = conn
        .prepare_cached("SELECT status FROM accounts WHERE handle = ?1")?
        .query_row([handle], |r| r.get(0))?;
    let why = match status {
        Status::Left if current == "left" => "has already left",
        Status::Active if current == "active" => "is already active",
        Status::Active if reason.is_some() => "rejoins without a reason for leaving",
        _ => {
            let last: Option<i64> = conn
                .prepare_cached("SELECT max(day) FROM memberships WHERE member = ?1")?
                .query_row([handle], |r| r.get(0))?;
            return match (last, from) {
                (Some(last), Some(from)) if crate::model::day_number(from) < last => {
                    refused(Refusal::OutOfBounds {
                        field: "date".into(),
                        message: format!(
                            "'{handle}' last left or rejoined on {}; a later change cannot be dated {from}, before it",
                            crate::model::date_of_day(last)
                        ),
                    })
                }
                _ => Ok(()),
            };
        }
    };
    refused(Refusal::StatusUnchanged {
        handle: handle.to_string(),
        why,
    })
}

/// Rule: a new stage's code is free, its percent from 0 to 100 and each of
/// its kinds earns policy shares (SPEC §14).
pub(super) fn stage_fits(
    conn: &Connection,
    code: &str,
    percent_e2: i64,
    kinds: &[String],
) -> Result<(), StoreError> {
    if exists(conn, "stages", "code", code)? {
        return refused(Refusal::AlreadyExists {
            what: Thing::Stage,
            id: code.to_string(),
        });
    }
    if !(0..=10_000).contains(&percent_e2) {
        return refused(Refusal::OutOfBounds {
            field: "percent".into(),
            message: format!(
                "stage '{code}' has {}%, not from 0% to 100%",
                format_trimmed(i128::from(percent_e2), 2)
            ),
        });
    }
    for kind in kinds {
        // The built-in kind of resource credits is never scaled (SPEC §14).
        if kind == crate::model::RESOURCE_USE_KIND {
            return refused(Refusal::StageKind {
                stage: code.to_string(),
                kind: kind.clone(),
                why: "the built-in kind of resource owners' credits, which no stage scales",
            });
        }
        let flags: Option<(bool, bool, bool)> = conn
            .prepare_cached("SELECT gift, reimbursable, deferred FROM kinds WHERE code = ?1")?
            .query_row([kind], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((gift, reimbursable, deferred)) = flags else {
            return refused(unknown(conn, Thing::Kind, kind)?);
        };
        let why = match crate::model::KindClass::of(gift, reimbursable, deferred) {
            Some(crate::model::KindClass::Shared) => continue,
            None => "a gift",
            Some(crate::model::KindClass::Reimbursable) => "reimbursable",
            Some(crate::model::KindClass::Deferred) => "deferred",
        };
        return refused(Refusal::StageKind {
            stage: code.to_string(),
            kind: kind.clone(),
            why,
        });
    }
    Ok(())
}

/// Rule (merges): the same stage defined on two laptops.
pub(super) fn stage_is_same(
    conn: &Connection,
    code: &str,
    percent_e2: i64,
    kinds: &[String],
) -> Result<bool, StoreError> {
    let existing = conn
        .prepare_cached("SELECT percent_e2, kinds FROM stages WHERE code = ?1")?
        .query_row([code], |r| {
            Ok(vec![
                ("percent", r.get::<_, i64>(0)?.to_string()),
                ("kinds", r.get::<_, String>(1)?),
            ])
        })
        .optional()?;
    same_or_differs(
        Thing::Stage,
        code,
        existing,
        vec![
            ("percent", percent_e2.to_string()),
            ("kinds", serde_json::Value::from(kinds.to_vec()).to_string()),
        ],
    )
}

/// Rule: a stage is set for a member (not a fund), to a stage that
/// exists, from a date within the bounds.
pub(super) fn stage_set_fits(
    conn: &Connection,
    member: &str,
    stage: Option<&str>,
    from: chrono::NaiveDate,
) -> Result<(), StoreError> {
    if account_named(conn, member, Thing::Member)? == AccountType::Fund {
        return refused(Refusal::FundCannot {
            handle: member.to_string(),
            action: "have a stage",
        });
    }
    if let Some(stage) = stage {
        if !exists(conn, "stages", "code", stage)? {
            return refused(unknown(conn, Thing::Stage, stage)?);
        }
    }
    crate::validate::date_bounds(from).or_else(|message| {
        refused(Refusal::OutOfBounds {
            field: "from".into(),
            message,
        })
    })
}

/// Rule (SPEC §14): a new resource's code is free, and it has at least
/// one owner; each owner is a member or fund named once, with a
/// whole-number share of at least 1 (shares' bounds: `entry_bounds`).
pub(super) fn resource_fits(
    conn: &Connection,
    r: &crate::model::ResourceDefinition,
) -> Result<(), StoreError> {
    if exists(conn, "resources", "code", &r.code)? {
        return refused(Refusal::AlreadyExists {
            what: Thing::Resource,
            id: r.code.clone(),
        });
    }
    if r.owners.is_empty() {
        return refused(Refusal::OutOfBounds {
            field: "owner".into(),
            message: format!("resource '{}' has no owner", r.code),
        });
    }
    let mut seen = std::collections::BTreeSet::new();
    for owner in &r.owners {
        account_exists(conn, &owner.handle)?;
        if owner.share < 1 {
            return refused(Refusal::OutOfBounds {
                field: "owner".into(),
                message: format!(
                    "owner '{}' of resource '{}' has share {}: a share is a whole number of at least 1",
                    owner.handle, r.code, owner.share
                ),
            });
        }
        if !seen.insert(owner.handle.as_str()) {
            return refused(Refusal::OutOfBounds {
                field: "owner".into(),
                message: format!(
                    "owner '{}' is named twice for resource '{}'",
                    owner.handle, r.code
                ),
            });
        }
    }
    Ok(())
}

/// Rule (merges): the same resource defined on two laptops.
pub(super) fn resource_is_same(
    conn: &Connection,
    r: &crate::model::ResourceDefinition,
) -> Result<bool, StoreError> {
    let owners_text = |owners: Vec<(String, i64)>| {
        owners
            .iter()
            .map(|(h, s)| format!("{h}:{s}"))
            .collect::<Vec<_>>()
            .join(",")
    };
    let existing = conn
        .prepare_cached("SELECT name, unit, rate_e4 FROM resources WHERE code = ?1")?
        .query_row([&r.code], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
            ))
        })
        .optional()?;
    let existing = match existing {
        Some((name, unit, rate)) => {
            let owners: Vec<(String, i64)> = conn
                .prepare_cached(
                    "SELECT owner, share FROM resource_owners WHERE resource = ?1 ORDER BY owner",
                )?
                .query_map([&r.code], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<Result<_, _>>()?;
            Some(vec![
                ("name", name),
                ("unit", unit),
                ("rate", rate.to_string()),
                ("owners", owners_text(owners)),
            ])
        }
        None => None,
    };
    let mut incoming: Vec<(String, i64)> = r
        .owners
        .iter()
        .map(|o| (o.handle.clone(), o.share))
        .collect();
    incoming.sort();
    same_or_differs(
        Thing::Resource,
        &r.code,
        existing,
        vec![
            ("name", r.name.clone()),
            ("unit", r.unit.clone()),
            ("rate", r.rate_e4.to_string()),
            ("owners", owners_text(incoming)),
        ],
    )
}

/// A resource's rate and owners (by handle), as its uses are credited.
pub(super) fn resource_terms(
    conn: &Connection,
    code: &str,
) -> Result<(i64, Vec<crate::model::ResourceOwner>), StoreError> {
    let rate: Option<i64> = conn
        .prepare_cached("SELECT rate_e4 FROM resources WHERE code = ?1")?
        .query_row([code], |r| r.get(0))
        .optional()?;
    let Some(rate_e4) = rate else {
        return refused(unknown(conn, Thing::Resource, code)?);
    };
    let owners = conn
        .prepare_cached(
            "SELECT owner, share FROM resource_owners WHERE resource = ?1 ORDER BY owner",
        )?
        .query_map([code], |r| {
            Ok(crate::model::ResourceOwner {
                handle: r.get(0)?,
                share: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok((rate_e4, owners))
}

/// Rule (SPEC §14): a use names a resource and a project that exist, a
/// member (not a fund) as its user if any, and its value quantity × rate
/// stays within [`crate::model::MAX_USE_VALUE_UNITS`].
pub(super) fn use_fits(conn: &Connection, u: &crate::model::ResourceUse) -> Result<(), StoreError> {
    let (rate_e4, owners) = resource_terms(conn, &u.resource)?;
    project_exists_opt(conn, Some(&u.project))?;
    if let Some(by) = &u.by {
        if account_named(conn, by, Thing::Member)? == AccountType::Fund {
            return refused(Refusal::FundCannot {
                handle: by.clone(),
                action: "use a resource",
            });
        }
    }
    if crate::model::resource_credits(u.quantity_e4, rate_e4, &owners).is_none() {
        return refused(Refusal::OutOfBounds {
            field: "quantity".into(),
            message: format!(
                "{} × {} is above the largest value of one use ({}): record it as several uses",
                format_trimmed(i128::from(u.quantity_e4), crate::money::QUANTITY_SCALE),
                format_trimmed(i128::from(rate_e4), crate::money::RATE_SCALE),
                crate::model::MAX_USE_VALUE_UNITS
            ),
        });
    }
    Ok(())
}

/// Rule (merges): the same use recorded on two laptops under one id is a
/// no-op; another use under a taken id is refused.
pub(super) fn use_is_same(
    conn: &Connection,
    u: &crate::model::ResourceUse,
) -> Result<bool, StoreError> {
    let existing = conn
        .prepare_cached(
            "SELECT resource, project, day, quantity_e4, coalesce(by_member, '') FROM resource_uses WHERE id = ?1",
        )?
        .query_row([&u.id], |r| {
            Ok(vec![
                ("resource", r.get::<_, String>(0)?),
                ("project", r.get::<_, String>(1)?),
                ("date", date_of_day(r.get(2)?).to_string()),
                ("quantity", r.get::<_, i64>(3)?.to_string()),
                ("by", r.get::<_, String>(4)?),
            ])
        })
        .optional()?;
    same_or_differs(
        Thing::ResourceUse,
        &u.id,
        existing,
        vec![
            ("resource", u.resource.clone()),
            ("project", u.project.clone()),
            ("date", u.date.to_string()),
            ("quantity", u.quantity_e4.to_string()),
            ("by", opt(u.by.as_deref())),
        ],
    )
}

/// Rule: a new project's code is free and its parent exists.
pub(super) fn project_is_new(
    conn: &Connection,
    code: &str,
    parent: Option<&str>,
) -> Result<(), StoreError> {
    if exists(conn, "projects", "code", code)? {
        return refused(Refusal::AlreadyExists {
            what: Thing::Project,
            id: code.to_string(),
        });
    }
    project_exists_opt(conn, parent)
}

/// Rule: a project named by an entry exists (`None`: none named).
pub(super) fn project_exists_opt(conn: &Connection, code: Option<&str>) -> Result<(), StoreError> {
    match code {
        Some(code) if !exists(conn, "projects", "code", code)? => {
            refused(unknown(conn, Thing::Project, code)?)
        }
        _ => Ok(()),
    }
}

/// Rule: a new kind's code is free.
pub(super) fn kind_is_new(conn: &Connection, code: &str) -> Result<(), StoreError> {
    // The built-in kind of resource credits (SPEC §14) is always there.
    if code == crate::model::RESOURCE_USE_KIND || exists(conn, "kinds", "code", code)? {
        return refused(Refusal::AlreadyExists {
            what: Thing::Kind,
            id: code.to_string(),
        });
    }
    Ok(())
}

/// Rule: a rate version belongs to a known kind and never rewrites another.
pub(super) fn version_is_new(
    conn: &Connection,
    kind: &str,
    from_day: i64,
) -> Result<(), StoreError> {
    if !exists(conn, "kinds", "code", kind)? {
        return refused(unknown(conn, Thing::Kind, kind)?);
    }
    let taken = conn
        .prepare_cached("SELECT 1 FROM kind_versions WHERE kind = ?1 AND from_day = ?2")?
        .query_row(params![kind, from_day], |_| Ok(()))
        .optional()?
        .is_some();
    if taken {
        return refused(Refusal::VersionExists {
            kind: kind.to_string(),
            from: if from_day == super::BEGINNING_DAY {
                "from the beginning".to_string()
            } else {
                format!("effective from {}", date_of_day(from_day))
            },
        });
    }
    Ok(())
}

/// Rule: a contribution names a member (not a fund), a project and a kind
/// with a rate in force on its date. Checked against a catalog loaded once
/// per entry, so an import of a million rows stays a hash lookup per row.
pub(super) fn contribution_fits(
    catalog: &Catalog,
    c: &ContributionRecord,
) -> Result<(), StoreError> {
    match catalog.accounts.get(&c.member) {
        None => {
            return refused(Refusal::Unknown {
                what: Thing::Member,
                id: c.member.clone(),
                hint: suggest(&c.member, catalog.accounts.keys()),
            })
        }
        Some(a) if a.account_type == AccountType::Fund => {
            return refused(Refusal::FundCannot {
                handle: c.member.clone(),
                action: "contribute",
            })
        }
        Some(_) => {}
    }
    if !catalog.projects.contains_key(&c.project) {
        return refused(Refusal::Unknown {
            what: Thing::Project,
            id: c.project.clone(),
            hint: suggest(&c.project, catalog.projects.keys()),
        });
    }
    kind_in_force(catalog, &c.kind, c.date)
}

/// Rule: a kind exists and has a rate version in force on `date`.
fn kind_in_force(catalog: &Catalog, kind: &str, date: chrono::NaiveDate) -> Result<(), StoreError> {
    if !catalog.kinds.contains_key(kind) {
        return refused(Refusal::Unknown {
            what: Thing::Kind,
            id: kind.to_string(),
            hint: suggest(kind, catalog.kinds.keys()),
        });
    }
    if catalog.version_on(kind, date).is_none() {
        let first = catalog
            .versions
            .get(kind)
            .and_then(|v| v.first())
            .and_then(|v| v.effective_from)
            .map(|d| d.to_string())
            .unwrap_or_default();
        return refused(Refusal::NoRateOnDate {
            kind: kind.to_string(),
            date: date.to_string(),
            first,
        });
    }
    Ok(())
}

/// What a correction or review needs to know of the contribution it names.
struct Current {
    member: String,
    kind: String,
    day: i64,
    void: bool,
    revision: i64,
}

fn current(conn: &Connection, id: &str) -> Result<Current, StoreError> {
    let found = conn
        .prepare_cached(
            "SELECT member, kind, day, void, revision FROM contributions WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(Current {
                member: r.get(0)?,
                kind: r.get(1)?,
                day: r.get(2)?,
                void: r.get(3)?,
                revision: r.get(4)?,
            })
        })
        .optional()?;
    match found {
        Some(c) => Ok(c),
        None => refused(unknown(conn, Thing::Contribution, id)?),
    }
}

/// Rule: a correction names a live contribution, keeps its measure, and
/// its kind has a rate on its (new) date.
pub(super) fn correction_fits(
    conn: &Connection,
    catalog: &Catalog,
    c: &Correction,
) -> Result<(), StoreError> {
    let now = current(conn, &c.contribution)?;
    if now.void {
        return refused(Refusal::Void {
            contribution: c.contribution.clone(),
        });
    }
    let kind = c.kind.as_deref().unwrap_or(&now.kind);
    let date = c.date.unwrap_or_else(|| date_of_day(now.day));
    kind_in_force(catalog, kind, date)?;
    if let (Some(new), Some(old)) = (catalog.kinds.get(kind), catalog.kinds.get(&now.kind)) {
        if new.measure != old.measure {
            return refused(Refusal::MeasureChange {
                contribution: c.contribution.clone(),
                kind: kind.to_string(),
                measure: new.measure.to_string(),
                old_measure: old.measure.to_string(),
            });
        }
    }
    Ok(())
}

/// What a review does to the books.
pub(super) enum ReviewOutcome {
    /// It judges the current revision, which it counts towards.
    Counts(i64),
    /// It judges an earlier revision (it arrived in a merge after a
    /// correction): kept, not counted (SPEC §11).
    Kept(i64),
    /// The same member gave the same verdict to this revision on another
    /// laptop: a no-op.
    AlreadyThere,
}

/// Rule: a review is by another member, of a live contribution, once per
/// revision and verdict; it counts only for the revision it names.
pub(super) fn review_fits(
    conn: &Connection,
    review: &Review,
    mode: super::apply::Mode,
) -> Result<ReviewOutcome, StoreError> {
    let now = current(conn, &review.contribution)?;
    review_signed(conn, review)?;
    if account_named(conn, &review.by, Thing::Member)? == AccountType::Fund {
        return refused(Refusal::FundCannot {
            handle: review.by.clone(),
            action: "review",
        });
    }
    if now.member == review.by {
        return refused(Refusal::SelfReview {
            member: review.by.clone(),
            verdict: review.verdict.to_string(),
            contribution: review.contribution.clone(),
        });
    }
    if now.void {
        return refused(Refusal::Void {
            contribution: review.contribution.clone(),
        });
    }
    let revision = review.revision.unwrap_or(now.revision);
    if revision != now.revision {
        return Ok(ReviewOutcome::Kept(revision));
    }
    let again = conn
        .prepare_cached(
            "SELECT 1 FROM reviews WHERE contribution = ?1 AND revision = ?2 AND by_member = ?3 AND verdict = ?4",
        )?
        .query_row(
            params![review.contribution, now.revision, review.by, review.verdict.as_str()],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if again {
        if mode == super::apply::Mode::Merged {
            return Ok(ReviewOutcome::AlreadyThere);
        }
        return refused(Refusal::AlreadyReviewed {
            member: review.by.clone(),
            verdict: review.verdict.to_string(),
            contribution: review.contribution.clone(),
        });
    }
    Ok(ReviewOutcome::Counts(now.revision))
}

/// Rule: a correction corrects the current revision; one of a revision
/// another laptop changed first is a conflict ("changed since").
pub(super) fn correction_is_current(conn: &Connection, c: &Correction) -> Result<(), StoreError> {
    let now = current(conn, &c.contribution)?;
    match c.revision {
        Some(revision) if revision != now.revision => refused(Refusal::ChangedSince {
            contribution: c.contribution.clone(),
            revision,
            current: now.revision,
        }),
        _ => Ok(()),
    }
}

/// A revenue that may be distributed now.
pub(crate) struct OpenRevenue {
    /// Project code.
    pub project: String,
    /// Day number of its date.
    pub day: i64,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// Its current revision.
    pub revision: i64,
}

/// Rule: a revenue is distributed by at most one live distribution. Used
/// by previews and by the check of every distribution entry.
pub(crate) fn revenue_is_open(conn: &Connection, revenue: &str) -> Result<OpenRevenue, StoreError> {
    type Found = (String, i64, i64, Option<String>, bool, i64);
    let found: Option<Found> = conn
        .prepare_cached(
            "SELECT r.project, r.day, r.amount_minor,
                    (SELECT d.id FROM distributions d WHERE d.revenue = r.id AND d.reversed = 0),
                    r.void_entry IS NOT NULL, r.revision
             FROM revenues r WHERE r.id = ?1",
        )?
        .query_row([revenue], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .optional()?;
    match found {
        None => refused(unknown(conn, Thing::Revenue, revenue)?),
        // A void revenue is no money to split (SPEC §12: a distribution
        // of a revenue voided on another laptop is a conflict).
        Some((_, _, _, _, true, _)) => refused(Refusal::AlreadyVoid {
            what: Thing::Revenue,
            id: revenue.to_string(),
        }),
        Some((_, _, _, Some(distribution), _, _)) => refused(Refusal::AlreadyDistributed {
            revenue: revenue.to_string(),
            distribution,
        }),
        Some((project, day, amount_minor, None, false, revision)) => Ok(OpenRevenue {
            project,
            day,
            amount_minor,
            revision,
        }),
    }
}

/// The account and amount of a payout a void takes back.
pub(super) struct Voided {
    /// The account paid.
    pub account: String,
    /// The amount, in minor units.
    pub amount_minor: i64,
}

/// Rule: a payout is voided once. A void merged from another laptop of a
/// payout already void is a no-op (`Ok(None)`): two laptops voiding the
/// same payout agree.
pub(super) fn payout_voidable(
    conn: &Connection,
    payout: &str,
    mode: super::apply::Mode,
) -> Result<Option<Voided>, StoreError> {
    let found: Option<(String, i64, Option<String>)> = conn
        .prepare_cached("SELECT account, amount_minor, void_entry FROM payouts WHERE id = ?1")?
        .query_row([payout], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    match found {
        None => refused(unknown(conn, Thing::Payout, payout)?),
        Some((_, _, Some(_))) if mode == super::apply::Mode::Merged => Ok(None),
        Some((_, _, Some(_))) => refused(Refusal::AlreadyVoid {
            what: Thing::Payout,
            id: payout.to_string(),
        }),
        Some((account, amount_minor, None)) => Ok(Some(Voided {
            account,
            amount_minor,
        })),
    }
}

/// Rule: a revenue is corrected or voided only while no live distribution
/// splits it, only while it stands, and only at its current revision (a
/// merged correction of an earlier one is a conflict, "changed since").
/// A void merged from another laptop of a revenue already void is a no-op
/// (`Ok(None)`); otherwise returns the revision the correction makes.
pub(super) fn revenue_correction_fits(
    conn: &Connection,
    c: &crate::model::RevenueCorrection,
    mode: super::apply::Mode,
) -> Result<Option<i64>, StoreError> {
    let found: Option<(i64, Option<String>, Option<String>)> = conn
        .prepare_cached(
            "SELECT r.revision, r.void_entry,
                    (SELECT d.id FROM distributions d WHERE d.revenue = r.id AND d.reversed = 0)
             FROM revenues r WHERE r.id = ?1",
        )?
        .query_row([&c.revenue], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((current, void_entry, live)) = found else {
        return refused(unknown(conn, Thing::Revenue, &c.revenue)?);
    };
    if void_entry.is_some() {
        if c.void && mode == super::apply::Mode::Merged {
            return Ok(None);
        }
        return refused(Refusal::AlreadyVoid {
            what: Thing::Revenue,
            id: c.revenue.clone(),
        });
    }
    if let Some(distribution) = live {
        return refused(Refusal::RevenueDistributed {
            revenue: c.revenue.clone(),
            distribution,
        });
    }
    match c.revision {
        Some(revision) if revision != current => refused(Refusal::RevenueChangedSince {
            revenue: c.revenue.clone(),
            revision,
            current,
        }),
        _ => Ok(Some(current + 1)),
    }
}

/// Rule: a rename names an existing account, project or kind. Returns
/// the table and column that hold its name.
pub(super) fn rename_fits(
    conn: &Connection,
    what: crate::model::Renamed,
    code: &str,
) -> Result<(&'static str, &'static str), StoreError> {
    use crate::model::Renamed;
    let (table, column, thing) = match what {
        Renamed::Account => ("accounts", "handle", Thing::Account),
        Renamed::Project => ("projects", "code", Thing::Project),
        Renamed::Kind => ("kinds", "code", Thing::Kind),
    };
    if !exists(conn, table, column, code)? {
        return refused(unknown(conn, thing, code)?);
    }
    Ok((table, column))
}

/// Rule: only a live distribution can be reversed. Returns its revenue.
pub(crate) fn distribution_is_live(
    conn: &Connection,
    distribution: &str,
) -> Result<String, StoreError> {
    let found: Option<(bool, String)> = conn
        .prepare_cached("SELECT reversed, revenue FROM distributions WHERE id = ?1")?
        .query_row([distribution], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match found {
        None => refused(unknown(conn, Thing::Distribution, distribution)?),
        Some((true, _)) => refused(Refusal::AlreadyReversed {
            distribution: distribution.to_string(),
        }),
        Some((false, revenue)) => Ok(revenue),
    }
}

/// Rule: a distribution fits its revenue — the revenue is open, the lines
/// are not negative, name existing accounts and sum exactly to the
/// revenue — and pays no claim beyond what is still open.
pub(super) fn distribution_fits(
    conn: &Connection,
    d: &DistributionRecord,
) -> Result<OpenRevenue, StoreError> {
    let revenue = revenue_is_open(conn, &d.revenue)?;
    if let Some(revision) = d.revenue_revision.filter(|r| *r != revenue.revision) {
        return refused(Refusal::RevenueChangedSince {
            revenue: d.revenue.clone(),
            revision,
            current: revenue.revision,
        });
    }
    let mismatch = |why: String| {
        refused(Refusal::DistributionMismatch {
            distribution: d.id.clone(),
            revenue: d.revenue.clone(),
            why,
        })
    };
    let mut sum: i128 = 0;
    for line in &d.lines {
        if line.amount_minor < 0 {
            return mismatch(format!("its line to '{}' is negative", line.recipient));
        }
        account_exists(conn, &line.recipient)?;
        sum += i128::from(line.amount_minor);
    }
    if sum != i128::from(revenue.amount_minor) {
        return mismatch(format!(
            "its lines sum to {sum} minor units, not the revenue's {}",
            revenue.amount_minor
        ));
    }
    claims_stay_open(conn, d)?;
    Ok(revenue)
}

/// Rule: no claim is paid beyond its amount, counting every live
/// distribution (a reversal reopens what it paid).
fn claims_stay_open(conn: &Connection, d: &DistributionRecord) -> Result<(), StoreError> {
    if d.claims.is_empty() {
        return Ok(());
    }
    let currency = super::read_settings(conn)
        .map_err(StoreError::Corrupt)?
        .currency;
    let mut paying: BTreeMap<&str, i128> = BTreeMap::new();
    for c in &d.claims {
        if c.amount_minor <= 0 {
            return refused(Refusal::DistributionMismatch {
                distribution: d.id.clone(),
                revenue: d.revenue.clone(),
                why: format!("it pays a non-positive amount on claim {}", c.contribution),
            });
        }
        *paying.entry(c.contribution.as_str()).or_default() += i128::from(c.amount_minor);
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.quantity_e4, c.void, k.gift, k.reimbursable, k.deferred, v.rate_e4, v.multiplier_e3,
                coalesce((SELECT sum(cp.amount_minor) FROM claims_paid cp
                          JOIN distributions dd ON dd.id = cp.distribution
                          WHERE cp.contribution = c.id AND dd.reversed = 0), 0)
         FROM contributions c {RATE_IN_FORCE} WHERE c.id = ?1"
    ))?;
    for (contribution, amount) in paying {
        // A fund's part of a resource use (SPEC §14) is a claim too.
        if let Some(claim) = super::resources::fund_claim(conn, contribution, &currency)? {
            let paid: i64 = conn
                .prepare_cached(
                    "SELECT coalesce(sum(cp.amount_minor), 0) FROM claims_paid cp
                     JOIN distributions dd ON dd.id = cp.distribution
                     WHERE cp.contribution = ?1 AND dd.reversed = 0",
                )?
                .query_row([contribution], |r| r.get(0))?;
            claim_not_overpaid(contribution, claim, paid, amount, &currency)?;
            continue;
        }
        let found = stmt
            .query_row([contribution], |r| {
                let class = crate::model::KindClass::of(r.get(2)?, r.get(3)?, r.get(4)?);
                let claim =
                    crate::model::claim_minor(class, r.get(0)?, r.get(5)?, r.get(6)?, &currency);
                Ok((r.get::<_, bool>(1)?, claim, r.get::<_, i64>(7)?))
            })
            .optional()?;
        let Some((void, claim, paid)) = found else {
            return refused(unknown(conn, Thing::Contribution, contribution)?);
        };
        let Some(claim) = claim.filter(|_| !void) else {
            return refused(Refusal::NotAClaim {
                contribution: contribution.to_string(),
            });
        };
        claim_not_overpaid(contribution, claim, paid, amount, &currency)?;
    }
    Ok(())
}

/// Rule: a claim of `claim` minor units, `paid` already, takes at most
/// what is still open.
fn claim_not_overpaid(
    contribution: &str,
    claim: i128,
    paid: i64,
    amount: i128,
    currency: &crate::money::Currency,
) -> Result<(), StoreError> {
    let open = (claim - i128::from(paid)).max(0);
    if amount > open {
        let show = |minor: i128| {
            currency.format(i64::try_from(minor).unwrap_or(i64::MAX)) + " " + &currency.code
        };
        return refused(Refusal::ClaimOverpaid {
            contribution: contribution.to_string(),
            claim: show(claim),
            open: show(open),
            paying: show(amount),
        });
    }
    Ok(())
}

/// Rule: a payout names an existing account.
pub(super) fn payout_fits(conn: &Connection, account: &str) -> Result<(), StoreError> {
    account_exists(conn, account).map(|_| ())
}

/// Rule: an account's totals and its balance (allocated − paid) stay
/// within what the books hold (an i64 of minor units). Within the bounds
/// of ADR 6 only some 92,000 revenues of the largest amount to one account
/// reach it; the entry that would is refused rather than wrap.
pub(super) fn total_fits(account: &str, total: i128, other: i64) -> Result<i64, StoreError> {
    let fits = i64::try_from(total)
        .ok()
        .filter(|t| i64::try_from(i128::from(*t) - i128::from(other)).is_ok());
    match fits {
        Some(t) => Ok(t),
        None => refused(Refusal::OutOfBounds {
            field: "balance".into(),
            message: format!(
                "the totals of {} would be beyond what the books can hold",
                crate::text::quote(account)
            ),
        }),
    }
}

/// The day a version or equation is in force from.
pub(super) fn from_day(date: Option<chrono::NaiveDate>) -> i64 {
    date.map(day_number).unwrap_or(super::BEGINNING_DAY)
}

/// Turns a primary-key clash on insert into "already exists".
pub(super) fn id_is_new(error: rusqlite::Error, what: Thing, id: &str) -> StoreError {
    // Only a clash of the primary key or a unique index: any other
    // constraint (a foreign trigger's abort) is not "already exists".
    let clash = matches!(
        error,
        rusqlite::Error::SqliteFailure(ref e, _)
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
    );
    if clash {
        StoreError::Refused(Refusal::AlreadyExists {
            what,
            id: id.to_string(),
        })
    } else {
        error.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_and_balances_stay_within_i64() {
        assert_eq!(total_fits("ana", 10, 3).ok(), Some(10));
        assert!(total_fits("ana", i128::from(i64::MAX) + 1, 0).is_err());
        // The total fits, the balance it makes (total − other) would not.
        assert!(total_fits("ana", i128::from(i64::MIN) + 1, 10).is_err());
        let err = total_fits("ana", i128::from(i64::MAX) * 2, 0).unwrap_err();
        assert!(
            err.to_string().contains("beyond what the books can hold"),
            "{err}"
        );
    }
}
