//! Signing in, passphrases, roles and the sign-in setting (SPEC §13,
//! ADR 12). Who may do what is a rule of the books (`rules::role_allows`),
//! checked in `apply` for every entry; here a member proves who they are.

use super::{rules, Ledger, StoreError};
use crate::journal::Payload;
use crate::members::{self, KeyProblem, Role, SealedKey};

/// A signed-in member.
#[derive(Clone)]
pub struct Actor {
    pub(super) handle: String,
    /// `None` for a member without a passphrase (sign-in off).
    pub(super) key: Option<ed25519_dalek::SigningKey>,
}

impl std::fmt::Debug for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key.
        f.debug_struct("Actor")
            .field("handle", &self.handle)
            .finish()
    }
}

fn sealed_key(ledger: &Ledger, handle: &str) -> Result<Option<SealedKey>, StoreError> {
    use rusqlite::OptionalExtension;
    let text: Option<String> = ledger
        .conn()
        .query_row(
            "SELECT sealed FROM member_keys WHERE handle = ?1",
            [handle],
            |r| r.get(0),
        )
        .optional()?;
    text.map(|t| serde_json::from_str(&t).map_err(StoreError::from))
        .transpose()
}

use crate::i18n::{Message, MessageArg};
use crate::refusal::{action_term, role_key};

fn key_problem(handle: &str, problem: KeyProblem) -> StoreError {
    match problem {
        KeyProblem::WrongPassphrase => StoreError::SignIn(
            Message::new("err-sign_in-wrong").arg("handle", crate::text::quote(handle)),
        ),
        other => StoreError::SignIn(
            Message::new("err-sign_in-key")
                .arg("handle", crate::text::quote(handle))
                .arg("detail", other.message()),
        ),
    }
}

impl Ledger {
    /// Whether writes need a signed-in member.
    pub fn sign_in_required(&self) -> Result<bool, StoreError> {
        rules::sign_in_on(self.conn())
    }

    /// Signs `handle` in: with a passphrase when they have one (always
    /// when sign-in is on). Later writes record them as author.
    pub fn sign_in(&mut self, handle: &str, passphrase: Option<&str>) -> Result<(), StoreError> {
        let on = self.sign_in_required()?;
        let catalog = self.books().catalog()?;
        match catalog.accounts.get(handle) {
            Some(a) if a.account_type == crate::model::AccountType::Member => {}
            Some(_) => {
                return Err(StoreError::SignIn(
                    Message::new("err-sign_in-fund").arg("handle", crate::text::quote(handle)),
                ))
            }
            None => {
                return Err(StoreError::SignIn(
                    Message::new("err-sign_in-no_member").arg("handle", crate::text::quote(handle)),
                ))
            }
        }
        let key = match (sealed_key(self, handle)?, passphrase) {
            (Some(sealed), Some(p)) => {
                Some(members::open_member_key(&sealed, p).map_err(|e| key_problem(handle, e))?)
            }
            (Some(_), None) => {
                return Err(StoreError::SignIn(
                    Message::new("err-sign_in-give").arg("handle", crate::text::quote(handle)),
                ))
            }
            (None, _) if on => {
                return Err(StoreError::SignIn(
                    Message::new("err-sign_in-none_yet").arg("handle", crate::text::quote(handle)),
                ))
            }
            (None, _) => None,
        };
        self.actor = Some(super::Actor {
            handle: handle.to_string(),
            key,
        });
        Ok(())
    }

    /// Whether a member has a passphrase (a sealed key).
    pub fn has_passphrase(&self, handle: &str) -> Result<bool, StoreError> {
        Ok(sealed_key(self, handle)?.is_some())
    }

    /// Checks that `handle` is a member whose passphrase is `passphrase`
    /// and whose role is at least `needed` for `action`, signing nobody in:
    /// how a coordinator proves who they are to leave event mode.
    pub fn check_passphrase(
        &self,
        handle: &str,
        passphrase: &str,
        needed: Role,
        action: &'static str,
    ) -> Result<(), StoreError> {
        match sealed_key(self, handle)? {
            Some(sealed) => {
                members::open_member_key(&sealed, passphrase)
                    .map_err(|e| key_problem(handle, e))?;
            }
            None => {
                return Err(StoreError::SignIn(
                    Message::new("err-sign_in-needs")
                        .arg("handle", crate::text::quote(handle))
                        .arg("action", action_term(action))
                        .arg("needed", MessageArg::Key(role_key(needed))),
                ))
            }
        }
        rules::role_suffices(self.conn(), handle, needed, action)
    }

    /// Signs in a member who proved who they are on this device (an
    /// event-mode PIN, [`crate::event`]): their entries record them as
    /// author and are signed by this device; they cannot review, which
    /// needs their own key.
    pub fn sign_in_on_device(&mut self, handle: &str) -> Result<(), StoreError> {
        rules::account_exists(self.conn(), handle)?;
        if self
            .books()
            .catalog()?
            .accounts
            .get(handle)
            .map(|a| a.account_type)
            != Some(crate::model::AccountType::Member)
        {
            return Err(StoreError::SignIn(
                Message::new("err-sign_in-fund").arg("handle", crate::text::quote(handle)),
            ));
        }
        self.actor = Some(super::Actor {
            handle: handle.to_string(),
            key: None,
        });
        Ok(())
    }

    /// Signs the member out.
    pub fn sign_out(&mut self) {
        self.actor = None;
    }

    /// The signed-in member.
    pub fn signed_in(&self) -> Option<&str> {
        self.actor.as_ref().map(|a| a.handle.as_str())
    }

    /// Whether the signed-in member may do `action`, which is not an
    /// entry (a backup, a bundle, a sync) and needs `needed` when sign-in
    /// is on; refused naming the role needed.
    pub fn may(&self, needed: Role, action: &'static str) -> Result<(), StoreError> {
        rules::may_act(self.conn(), self.signed_in(), needed, action)
    }

    /// A member's role.
    pub fn role_of(&self, handle: &str) -> Result<Role, StoreError> {
        rules::role_of(self.conn(), handle)
    }

    /// Sets (or, by an admin, resets) a member's passphrase: a new key,
    /// sealed under it. Earlier signatures stay valid: each was checked
    /// against the key in force when it was made.
    pub fn set_passphrase(&mut self, handle: &str, passphrase: &str) -> Result<(), StoreError> {
        self.set_passphrase_with(
            handle,
            passphrase,
            (members::ARGON2_M_KIB, members::ARGON2_T, members::ARGON2_P),
        )
    }

    /// [`Ledger::set_passphrase`] with other Argon2id parameters (tests).
    #[doc(hidden)]
    pub fn set_passphrase_with(
        &mut self,
        handle: &str,
        passphrase: &str,
        params: (u32, u32, u32),
    ) -> Result<(), StoreError> {
        let (key, public_key, sealed) =
            members::new_member_key_with(passphrase, params).map_err(|e| key_problem(handle, e))?;
        self.write(|w| {
            w.append(&Payload::MemberKeySet {
                handle: handle.to_string(),
                public_key,
                sealed,
            })
        })?;
        // A member who set their own passphrase signs with it from now on.
        if let Some(actor) = &mut self.actor {
            if actor.handle == handle {
                actor.key = Some(key);
            }
        }
        Ok(())
    }

    /// Grants a role (`Role::Member` revokes).
    pub fn set_role(&mut self, handle: &str, role: Role) -> Result<(), StoreError> {
        self.write(|w| {
            w.append(&Payload::RoleSet {
                handle: handle.to_string(),
                role,
            })
        })?;
        Ok(())
    }

    /// Turns sign-in on or off.
    pub fn set_sign_in(&mut self, on: bool) -> Result<(), StoreError> {
        if on {
            // Someone must be able to sign in afterwards: the admin who
            // turns it on has a passphrase.
            let admin = self.signed_in().map(str::to_string);
            let ready = match &admin {
                Some(a) => sealed_key(self, a)?.is_some() && self.role_of(a)? == Role::Admin,
                None => false,
            };
            if !ready {
                return Err(StoreError::SignIn(crate::i18n::Message::new(
                    "err-sign_in-needs_admin",
                )));
            }
        }
        self.write(|w| w.append(&Payload::SignInSet { on }))?;
        Ok(())
    }
}
