//! Community tokens (SPEC §15): the rules of defining and sending them,
//! and balances. Minting follows counting: a member's balance is computed
//! from their counted contributions each time, so a void or a rejection
//! undoes what it minted; a peer-valued contribution mints by its lower
//! median, so a later valuation changes what it minted. Tokens never touch
//! money balances.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::peers::{peer_value, PeerFacts};
use super::sql::{counts, RATE_IN_FORCE};
use super::{Ledger, StoreError};
use crate::model::{tokens_minted, value_of, TokenDefinition, TokenTransfer};
use crate::money::VALUE_SCALE;
use crate::refusal::{Refusal, Thing};

fn refused<T>(refusal: Refusal) -> Result<T, StoreError> {
    Err(StoreError::Refused(refusal))
}

fn token(conn: &Connection, code: &str) -> Result<Option<TokenDefinition>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT code, name, scale, per_value_e4 FROM tokens WHERE code = ?1")?
        .query_row([code], |r| {
            Ok(TokenDefinition {
                code: r.get(0)?,
                name: r.get(1)?,
                scale: r.get(2)?,
                per_value_e4: r.get(3)?,
            })
        })
        .optional()?)
}

/// Rule: a token's code is new; in a merge, the same definition twice is
/// a no-op and another one with the same code a conflict. Returns whether
/// it is to be recorded.
pub(super) fn token_is_new(
    conn: &Connection,
    t: &TokenDefinition,
    merged: bool,
) -> Result<bool, StoreError> {
    match token(conn, &t.code)? {
        None => Ok(true),
        Some(existing) if merged && existing == *t => Ok(false),
        Some(_) if merged => refused(Refusal::Differs {
            what: Thing::Token,
            id: t.code.clone(),
            detail: "another laptop defined it with other figures".into(),
        }),
        Some(_) => refused(Refusal::AlreadyExists {
            what: Thing::Token,
            id: t.code.clone(),
        }),
    }
}

/// The columns [`Values::of`] reads, after `c.id, c.day, c.member`.
const VALUE_COLUMNS: &str = "k.peers, c.quantity_e4, v.rate_e4, v.multiplier_e3";

/// Counted contributions' values (SPEC §2), exact at 10^VALUE_SCALE: by
/// the rate in force, or for a peer-valued kind its lower median (§15),
/// with the reputations read once, when a first one is met.
struct Values<'c> {
    conn: &'c Connection,
    approvals: u32,
    /// Minor units → VALUE_SCALE.
    minor_e11: i128,
    facts: Option<PeerFacts>,
}

impl<'c> Values<'c> {
    fn new(conn: &'c Connection) -> Result<Values<'c>, StoreError> {
        let (approvals, scale): (u32, u32) = conn.query_row(
            "SELECT approvals_required, scale FROM settings WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Values {
            conn,
            approvals,
            minor_e11: 10i128.pow(VALUE_SCALE.saturating_sub(scale)),
            facts: None,
        })
    }

    /// The value of the row `id, day, member,` [`VALUE_COLUMNS`].
    fn of(&mut self, r: &rusqlite::Row<'_>) -> Result<i128, StoreError> {
        if !r.get::<_, bool>(3)? {
            return Ok(value_of(r.get(4)?, r.get(5)?, r.get(6)?));
        }
        let facts = match self.facts.take() {
            Some(f) => f,
            None => PeerFacts::load(self.conn, self.approvals)?,
        };
        let (id, day, member): (String, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let value = peer_value(self.conn, &facts, &id, &member, day);
        self.facts = Some(facts);
        Ok(i128::from(value?.median.value_minor).saturating_mul(self.minor_e11))
    }
}

/// A member's balance of a token in the books as `conn` sees them: minted
/// by their counted contributions, plus received, minus sent. Exact.
pub(super) fn balance(
    conn: &Connection,
    t: &TokenDefinition,
    member: &str,
) -> Result<i128, StoreError> {
    let mut values = Values::new(conn)?;
    let mut minted: i128 = 0;
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT c.id, c.day, c.member, {VALUE_COLUMNS} FROM contributions c {RATE_IN_FORCE}
             WHERE c.member = ?1 AND {}",
            counts("?2")
        ))?;
        let mut rows = stmt.query(params![member, values.approvals])?;
        while let Some(r) = rows.next()? {
            let value = values.of(r)?;
            minted = minted.saturating_add(tokens_minted(value, t.per_value_e4, t.scale));
        }
    }
    let moved = |column: &str| -> Result<i128, StoreError> {
        let sum: i64 = conn
            .prepare_cached(&format!(
                "SELECT coalesce(sum(amount_minor), 0) FROM token_transfers WHERE token = ?1 AND {column} = ?2"
            ))?
            .query_row(params![t.code, member], |r| r.get(0))?;
        Ok(i128::from(sum))
    };
    Ok(minted + moved("to_member")? - moved("from_member")?)
}

/// Rule: tokens go between two different members (funds hold none), of a
/// defined token, and never take the sender below zero.
pub(super) fn send_fits(conn: &Connection, s: &TokenTransfer) -> Result<(), StoreError> {
    let Some(t) = token(conn, &s.token)? else {
        return refused(Refusal::Unknown {
            what: Thing::Token,
            id: s.token.clone(),
            hint: None,
        });
    };
    for member in [&s.from, &s.to] {
        let kind: Option<String> = conn
            .prepare_cached("SELECT type FROM accounts WHERE handle = ?1")?
            .query_row([member], |r| r.get(0))
            .optional()?;
        match kind.as_deref() {
            Some("member") => {}
            Some(_) => {
                return refused(Refusal::FundCannot {
                    handle: member.clone(),
                    action: "hold tokens",
                })
            }
            None => {
                return refused(Refusal::Unknown {
                    what: Thing::Member,
                    id: member.clone(),
                    hint: None,
                })
            }
        }
    }
    if s.from == s.to {
        return refused(Refusal::TokenToSelf {
            member: s.from.clone(),
        });
    }
    let available = balance(conn, &t, &s.from)?;
    if available < i128::from(s.amount_minor) {
        return refused(Refusal::TokenOverdraw {
            member: s.from.clone(),
            token: t.code.clone(),
            balance: crate::money::format_scaled(available, t.scale),
            amount: crate::money::format_scaled(i128::from(s.amount_minor), t.scale),
        });
    }
    Ok(())
}

/// One member's balance of one token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenBalance {
    /// The member.
    pub member: String,
    /// The token.
    pub token: String,
    /// The balance in the token's minor units.
    pub balance_minor: i128,
    /// The token's scale.
    pub scale: u32,
}

/// A mint or a transfer, for `export tokens`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenMove {
    /// "mint" or "transfer".
    pub kind: &'static str,
    /// The contribution (mint) or the transfer's id.
    pub id: String,
    /// Date.
    pub date: chrono::NaiveDate,
    /// The token.
    pub token: String,
    /// Sender ("" for a mint).
    pub from: String,
    /// Recipient.
    pub to: String,
    /// Amount in minor units.
    pub amount_minor: i128,
    /// The token's scale.
    pub scale: u32,
    /// Note.
    pub note: String,
}

impl Ledger {
    /// Every token defined.
    pub fn tokens(&self) -> Result<Vec<TokenDefinition>, StoreError> {
        let codes: Vec<String> = self
            .conn()
            .prepare("SELECT code FROM tokens ORDER BY code")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        codes
            .iter()
            .map(|c| token(self.conn(), c).map(|t| t.expect("listed")))
            .collect()
    }

    /// Every member's balance of each token (or of `only`).
    pub fn token_balances(&self, only: Option<&str>) -> Result<Vec<TokenBalance>, StoreError> {
        let members: Vec<String> = self
            .conn()
            .prepare("SELECT handle FROM accounts WHERE type = 'member' ORDER BY handle")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for t in self.tokens()? {
            if only.is_some_and(|o| o != t.code) {
                continue;
            }
            for m in &members {
                out.push(TokenBalance {
                    member: m.clone(),
                    token: t.code.clone(),
                    balance_minor: balance(self.conn(), &t, m)?,
                    scale: t.scale,
                });
            }
        }
        Ok(out)
    }

    /// Every mint (counted contribution) and transfer, by date.
    pub fn token_moves(&self) -> Result<Vec<TokenMove>, StoreError> {
        let mut values = Values::new(self.conn())?;
        let mut out = Vec::new();
        for t in self.tokens()? {
            let mut stmt = self.conn().prepare(&format!(
                "SELECT c.id, c.day, c.member, {VALUE_COLUMNS} FROM contributions c {RATE_IN_FORCE}
                 WHERE c.member IN (SELECT handle FROM accounts WHERE type = 'member') AND {}
                 ORDER BY c.day, c.entered",
                counts("?1")
            ))?;
            let mut rows = stmt.query([values.approvals])?;
            while let Some(r) = rows.next()? {
                let minted = tokens_minted(values.of(r)?, t.per_value_e4, t.scale);
                if minted == 0 {
                    continue;
                }
                out.push(TokenMove {
                    kind: "mint",
                    id: r.get(0)?,
                    date: crate::model::date_of_day(r.get(1)?),
                    token: t.code.clone(),
                    from: String::new(),
                    to: r.get(2)?,
                    amount_minor: minted,
                    scale: t.scale,
                    note: String::new(),
                });
            }
            let mut stmt = self.conn().prepare(
                "SELECT id, day, from_member, to_member, amount_minor, note FROM token_transfers WHERE token = ?1 ORDER BY day, rowid",
            )?;
            let mut rows = stmt.query([&t.code])?;
            while let Some(r) = rows.next()? {
                out.push(TokenMove {
                    kind: "transfer",
                    id: r.get(0)?,
                    date: crate::model::date_of_day(r.get(1)?),
                    token: t.code.clone(),
                    from: r.get(2)?,
                    to: r.get(3)?,
                    amount_minor: i128::from(r.get::<_, i64>(4)?),
                    scale: t.scale,
                    note: r.get(5)?,
                });
            }
        }
        out.sort_by(|a, b| {
            (a.date, &a.token, a.kind, &a.id).cmp(&(b.date, &b.token, b.kind, &b.id))
        });
        Ok(out)
    }
}
