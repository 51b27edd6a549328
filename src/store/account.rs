//! What a member may do ([`Ledger::permissions`]) and their own account
//! ([`Ledger::member_account`]): the two questions the app asks about the
//! signed-in member (SPEC §13). Both answer from the same rules as the
//! writes: the role table is [`Action::needed`], checked by
//! `rules::role_suffices`, and the refusal's own words are the reason shown.

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use super::query::ContributionStatus;
use super::sql::RATE_IN_FORCE;
use super::{rules, Ledger, StoreError};
use crate::members::{Action, Role};
use crate::model::{date_of_day, value_of, AccountType, PayoutRecord};
use crate::money::{format_trimmed, QUANTITY_SCALE, VALUE_SCALE};
use crate::refusal::{Refusal, Thing};

/// Whether the signed-in member may do one [`Action`], and if not, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Permission {
    /// The action.
    pub action: Action,
    /// Allowed now.
    pub allowed: bool,
    /// Why not, in the words of the refusal a write would get.
    pub reason: Option<String>,
}

/// What the signed-in member may do: everything with sign-in off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Permissions {
    /// Whether the ledger has sign-in on.
    pub sign_in: bool,
    /// The signed-in member, if any.
    pub member: Option<String>,
    /// Their role.
    pub role: Option<Role>,
    /// One line per [`Action::ALL`], in that order.
    pub actions: Vec<Permission>,
}

impl Permissions {
    /// Whether `action` is allowed.
    pub fn allows(&self, action: Action) -> bool {
        self.actions.iter().any(|p| p.action == action && p.allowed)
    }
}

/// One of a member's contributions, as their account shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountContribution {
    /// Id.
    pub id: String,
    /// Date.
    pub date: NaiveDate,
    /// Project code.
    pub project: String,
    /// Kind code.
    pub kind: String,
    /// Quantity (decimal text).
    pub quantity: String,
    /// quantity × rate × multiplier in force on its date (decimal text).
    pub value: String,
    /// Where it stands.
    pub status: ContributionStatus,
    /// The reason of the latest rejection of its current revision.
    pub reason: Option<String>,
    /// Note.
    pub note: String,
}

/// A member's line in one distribution (one per bucket).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountLine {
    /// The distribution.
    pub distribution: String,
    /// The revenue distributed.
    pub revenue: String,
    /// The revenue's project.
    pub project: String,
    /// The revenue's date.
    pub date: NaiveDate,
    /// The bucket.
    pub bucket: String,
    /// The member's amount, in minor units.
    pub amount_minor: i64,
    /// The weight behind it (decimal text).
    pub weight: String,
    /// The distribution was reversed (its lines no longer count).
    pub reversed: bool,
}

/// A member's own account: contributions, shares, payouts, paid and owed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberAccount {
    /// Handle.
    pub member: String,
    /// Name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Every contribution, voided ones included, newest first.
    pub contributions: Vec<AccountContribution>,
    /// Value of the contributions that count (decimal text).
    pub value_counted: String,
    /// Lines in every distribution, newest revenue first.
    pub lines: Vec<AccountLine>,
    /// Payouts to the member, newest first.
    pub payouts: Vec<PayoutRecord>,
    /// Allocated by live distributions, in minor units.
    pub earned_minor: i64,
    /// Paid out, in minor units.
    pub paid_minor: i64,
    /// earned − paid (negative: paid in advance).
    pub owed_minor: i64,
}

impl Ledger {
    /// What the signed-in member may do, from the role table and the same
    /// checks every write goes through. With sign-in off, everything.
    pub fn permissions(&self) -> Result<Permissions, StoreError> {
        let on = rules::sign_in_on(self.conn())?;
        let member = self.signed_in().map(str::to_string);
        let role = member.as_deref().map(|m| self.role_of(m)).transpose()?;
        let mut actions = Vec::with_capacity(Action::ALL.len());
        for action in Action::ALL {
            let (needed, words) = action.needed();
            let verdict = if on {
                rules::may_act(self.conn(), member.as_deref(), needed, words)
            } else {
                Ok(())
            };
            let (allowed, reason) = match verdict {
                Ok(()) => (true, None),
                Err(StoreError::Refused(Refusal::NeedsSignIn)) => {
                    (false, Some(format!("{words} needs a member signed in")))
                }
                Err(StoreError::Refused(r)) => (false, Some(r.to_string())),
                Err(e) => return Err(e),
            };
            actions.push(Permission {
                action,
                allowed,
                reason,
            });
        }
        debug_assert_eq!(actions.len(), Action::ALL.len());
        Ok(Permissions {
            sign_in: on,
            member,
            role,
            actions,
        })
    }

    /// `member`'s own account: their contributions with status, any
    /// rejection's reason and value; their line in each distribution;
    /// payouts; earned, paid and owed (the same totals as
    /// [`Ledger::balances`]).
    pub fn member_account(&self, member: &str) -> Result<MemberAccount, StoreError> {
        let catalog = self.books().catalog()?;
        let account = match catalog.accounts.get(member) {
            Some(a) if a.account_type == AccountType::Member => a,
            Some(_) => {
                return Err(StoreError::Refused(Refusal::FundCannot {
                    handle: member.to_string(),
                    action: "have a member's account",
                }))
            }
            None => {
                return Err(StoreError::Refused(Refusal::Unknown {
                    what: Thing::Member,
                    id: member.to_string(),
                    hint: None,
                }))
            }
        };
        let (contributions, counted) = self.account_contributions(member)?;
        let lines = self.account_lines(member)?;
        let payouts: Vec<PayoutRecord> = self
            .payouts()?
            .into_iter()
            .filter(|p| p.account == member)
            .collect();
        let balance = self.balances()?.into_iter().find(|b| b.account == member);
        let (earned, paid, owed) = balance
            .map(|b| (b.earned_minor, b.paid_minor, b.owed_minor))
            .unwrap_or((0, 0, 0));
        Ok(MemberAccount {
            member: member.to_string(),
            name: account.name.clone(),
            role: self.role_of(member)?,
            contributions,
            value_counted: format_trimmed(counted, VALUE_SCALE),
            lines,
            payouts,
            earned_minor: earned,
            paid_minor: paid,
            owed_minor: owed,
        })
    }

    fn account_contributions(
        &self,
        member: &str,
    ) -> Result<(Vec<AccountContribution>, i128), StoreError> {
        let k = self.settings().approvals_required;
        let mut stmt = self.conn().prepare(&format!(
            "SELECT c.id, c.day, c.project, c.kind, c.quantity_e4, v.rate_e4, v.multiplier_e3,
                    c.void, c.rejections, c.approvals, c.note,
                    (SELECT r.reason FROM reviews r
                      WHERE r.contribution = c.id AND r.revision = c.revision AND r.verdict = 'reject'
                      ORDER BY r.rowid DESC LIMIT 1)
             FROM contributions c {RATE_IN_FORCE}
             WHERE c.member = ?1
             ORDER BY c.day DESC, c.entered DESC"
        ))?;
        let mut out = Vec::new();
        let mut counted: i128 = 0;
        let mut rows = stmt.query(params![member])?;
        while let Some(r) = rows.next()? {
            let value = value_of(r.get(4)?, r.get(5)?, r.get(6)?);
            let status = ContributionStatus::judge(r.get(7)?, r.get(8)?, r.get(9)?, k);
            if status == ContributionStatus::Counts {
                counted = counted.saturating_add(value);
            }
            let quantity: i64 = r.get(4)?;
            out.push(AccountContribution {
                id: r.get(0)?,
                date: date_of_day(r.get(1)?),
                project: r.get(2)?,
                kind: r.get(3)?,
                quantity: format_trimmed(i128::from(quantity), QUANTITY_SCALE),
                value: format_trimmed(value, VALUE_SCALE),
                status,
                reason: if status == ContributionStatus::Rejected {
                    r.get(11)?
                } else {
                    None
                },
                note: r.get(10)?,
            });
        }
        Ok((out, counted))
    }

    fn account_lines(&self, member: &str) -> Result<Vec<AccountLine>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT d.id, d.revenue, d.project, d.revenue_day, a.bucket, a.amount_minor, a.weight, d.reversed
             FROM allocations a JOIN distributions d ON d.id = a.distribution
             WHERE a.recipient = ?1
             ORDER BY d.revenue_day DESC, d.rowid DESC, a.bucket_index",
        )?;
        let rows = stmt.query_map(params![member], |r| {
            Ok(AccountLine {
                distribution: r.get(0)?,
                revenue: r.get(1)?,
                project: r.get(2)?,
                date: date_of_day(r.get(3)?),
                bucket: r.get(4)?,
                amount_minor: r.get(5)?,
                weight: r.get(6)?,
                reversed: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
