//! Members' keys and roles (SPEC §13, ADR 12).
//!
//! A member's Ed25519 secret key travels in the journal sealed under a key
//! derived from their passphrase (Argon2id, then ChaCha20-Poly1305), so
//! the member can sign on any admitted laptop and no laptop can sign for
//! them. Roles are cumulative. Pure: no IO.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

/// Argon2id memory cost in KiB (64 MiB): OWASP's first recommended
/// configuration is 19 MiB with 2 passes; a laptop signs rarely, so more
/// memory costs a guesser more at a fraction of a second per sign-in.
pub const ARGON2_M_KIB: u32 = 64 * 1024;
/// Argon2id passes.
pub const ARGON2_T: u32 = 3;
/// Argon2id lanes.
pub const ARGON2_P: u32 = 1;

/// Shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// A member's secret key, sealed under their passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedKey {
    /// Argon2id salt, hex (16 bytes).
    pub salt: String,
    /// ChaCha20-Poly1305 nonce, hex (12 bytes).
    pub nonce: String,
    /// The sealed 32-byte secret key and its tag, hex.
    pub sealed: String,
    /// Argon2id memory cost (KiB), passes and lanes used.
    pub params: (u32, u32, u32),
}

/// Why a key cannot be sealed or opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyProblem {
    /// The passphrase does not open the key.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The passphrase is too short.
    #[error("a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")]
    TooShort,
    /// The sealed key or its parameters are damaged.
    #[error("the member's sealed key is damaged ({0})")]
    Damaged(String),
    /// The system gave no random bytes.
    #[error("no random bytes from the system ({0})")]
    Random(String),
}

impl KeyProblem {
    /// The problem as a message to render in the user's language; its
    /// English is this error's `Display`.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            KeyProblem::WrongPassphrase => Message::new("err-key-wrong_passphrase"),
            KeyProblem::TooShort => Message::new("err-key-too_short").arg(
                "min",
                i64::try_from(MIN_PASSPHRASE_CHARS).unwrap_or(i64::MAX),
            ),
            KeyProblem::Damaged(why) => Message::new("err-key-sealed_damaged").arg("why", why),
            KeyProblem::Random(why) => Message::new("err-key-no_random").arg("why", why),
        }
    }
}

fn derive(passphrase: &str, salt: &[u8], params: (u32, u32, u32)) -> Result<[u8; 32], KeyProblem> {
    let p = Params::new(params.0, params.1, params.2, Some(32))
        .map_err(|e| KeyProblem::Damaged(e.to_string()))?;
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
        .hash_password_into(passphrase.as_bytes(), salt, &mut out)
        .map_err(|e| KeyProblem::Damaged(e.to_string()))?;
    Ok(out)
}

fn random<const N: usize>() -> Result<[u8; N], KeyProblem> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| KeyProblem::Random(e.to_string()))?;
    Ok(bytes)
}

/// A new member key sealed under `passphrase`, with its public key (hex).
pub fn new_member_key(passphrase: &str) -> Result<(SigningKey, String, SealedKey), KeyProblem> {
    new_member_key_with(passphrase, (ARGON2_M_KIB, ARGON2_T, ARGON2_P))
}

/// [`new_member_key`] with other Argon2id parameters (tests use cheap ones).
pub fn new_member_key_with(
    passphrase: &str,
    params: (u32, u32, u32),
) -> Result<(SigningKey, String, SealedKey), KeyProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeyProblem::TooShort);
    }
    let key = SigningKey::from_bytes(&random::<32>()?);
    let salt = random::<16>()?;
    let nonce = random::<12>()?;
    let wrap = derive(passphrase, &salt, params)?;
    let cipher =
        ChaCha20Poly1305::new_from_slice(&wrap).map_err(|e| KeyProblem::Damaged(e.to_string()))?;
    let sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), key.to_bytes().as_slice())
        .map_err(|e| KeyProblem::Damaged(e.to_string()))?;
    let public = hex::encode(key.verifying_key().to_bytes());
    Ok((
        key,
        public,
        SealedKey {
            salt: hex::encode(salt),
            nonce: hex::encode(nonce),
            sealed: hex::encode(sealed),
            params,
        },
    ))
}

/// Opens a sealed key with a passphrase.
pub fn open_member_key(sealed: &SealedKey, passphrase: &str) -> Result<SigningKey, KeyProblem> {
    let bytes = |h: &str| hex::decode(h).map_err(|e| KeyProblem::Damaged(e.to_string()));
    let salt = bytes(&sealed.salt)?;
    let nonce = bytes(&sealed.nonce)?;
    if nonce.len() != 12 {
        return Err(KeyProblem::Damaged("nonce".into()));
    }
    let wrap = derive(passphrase, &salt, sealed.params)?;
    let cipher =
        ChaCha20Poly1305::new_from_slice(&wrap).map_err(|e| KeyProblem::Damaged(e.to_string()))?;
    let secret = cipher
        .decrypt(Nonce::from_slice(&nonce), bytes(&sealed.sealed)?.as_slice())
        .map_err(|_| KeyProblem::WrongPassphrase)?;
    let secret: [u8; 32] = secret
        .try_into()
        .map_err(|_| KeyProblem::Damaged("key length".into()))?;
    Ok(SigningKey::from_bytes(&secret))
}

/// What a member signs for a review.
pub fn review_message(
    contribution: &str,
    revision: Option<i64>,
    by: &str,
    verdict: &str,
    reason: &str,
) -> Vec<u8> {
    let mut m = b"openvalue review\0".to_vec();
    for part in [
        contribution,
        &revision.map(|r| r.to_string()).unwrap_or_default(),
        by,
        verdict,
        reason,
    ] {
        m.extend_from_slice(&(part.len() as u64).to_le_bytes());
        m.extend_from_slice(part.as_bytes());
    }
    m
}

/// Signs `message` with a member key, as hex.
pub fn sign(key: &SigningKey, message: &[u8]) -> String {
    hex::encode(key.sign(message).to_bytes())
}

/// Whether `signature` (hex) is `public_key`'s (hex) over `message`.
pub fn verify(public_key: &str, message: &[u8], signature: &str) -> bool {
    let Some(key) = hex::decode(public_key)
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
    else {
        return false;
    };
    let Some(sig) = hex::decode(signature)
        .ok()
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
    else {
        return false;
    };
    key.verify_strict(message, &ed25519_dalek::Signature::from_bytes(&sig))
        .is_ok()
}

/// A member's role; each includes the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Logs own contributions, reviews others'.
    Member,
    /// + logs for others, imports, revenues, distributions, projects.
    Coordinator,
    /// + payouts, exports, backups, statements of anyone.
    Treasurer,
    /// + members, kinds, rates, equations, devices, roles, settings.
    Admin,
}

impl Role {
    /// Its name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Coordinator => "coordinator",
            Role::Treasurer => "treasurer",
            Role::Admin => "admin",
        }
    }

    /// "a coordinator", "an admin".
    pub fn with_article(self) -> &'static str {
        match self {
            Role::Member => "a member",
            Role::Coordinator => "a coordinator",
            Role::Treasurer => "a treasurer",
            Role::Admin => "an admin",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        match s {
            "member" => Ok(Role::Member),
            "coordinator" => Ok(Role::Coordinator),
            "treasurer" => Ok(Role::Treasurer),
            "admin" => Ok(Role::Admin),
            other => Err(format!(
                "{} is not a role: use member, coordinator, treasurer or admin",
                crate::text::quote(other)
            )),
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a member may do, one name per thing the app and the CLI offer;
/// [`Action::needed`] is the one table of the role each needs (SPEC §13),
/// used by the entry checks (`store::rules`) and by the app's
/// [`Permissions`](crate::store::Permissions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Log one's own contributions.
    LogOwn,
    /// Log contributions in another member's name.
    LogForOthers,
    /// Correct or void one's own contribution.
    CorrectOwn,
    /// Correct or void another member's contribution.
    CorrectOthers,
    /// Approve or reject another member's contribution.
    Review,
    /// Set one's own passphrase.
    SetOwnPassphrase,
    /// Add projects.
    AddProjects,
    /// Record revenue.
    RecordRevenue,
    /// Commit a distribution.
    Distribute,
    /// Reverse a distribution.
    Reverse,
    /// Record payouts.
    PayOut,
    /// Add members and funds, mark them left.
    ChangeMembers,
    /// Add kinds and rate versions.
    ChangeKinds,
    /// Set equations.
    SetEquations,
    /// Change the ledger's settings.
    ChangeSettings,
    /// Grant and revoke roles.
    ChangeRoles,
    /// Reset another member's passphrase.
    ResetPassphrase,
    /// Invite, admit and revoke laptops.
    ChangeDevices,
    /// Define tokens.
    DefineTokens,
    /// Open and close GIVE epochs.
    Epochs,
    /// Give one's own GIVE.
    GiveOwn,
    /// Give in another member's name.
    GiveForOthers,
    /// Send one's own tokens.
    SendOwnTokens,
    /// Send another member's tokens.
    SendOthersTokens,
    /// Import contributions and revenues from CSV.
    Import,
    /// Write exports and reports.
    Export,
    /// Make a backup.
    Backup,
    /// Export or import a bundle, sync.
    Sync,
    /// Start event mode on a shared laptop, or leave it.
    EventMode,
    /// Define stages and put members in them (SPEC §14).
    ChangeStages,
    /// Void a payout.
    VoidPayout,
    /// Correct a revenue.
    CorrectRevenue,
    /// Void a revenue.
    VoidRevenue,
    /// Rename members and funds.
    RenameMembers,
    /// Rename projects.
    RenameProjects,
    /// Rename kinds.
    RenameKinds,
    /// Define resources (SPEC §14).
    ChangeResources,
    /// Record a use of a resource by oneself (or by nobody named).
    UseOwn,
    /// Record a use of a resource in another member's name.
    UseForOthers,
    /// Value other members' peer-valued contributions (SPEC §15).
    ValueOthers,
}

impl Action {
    /// Every action, in the order above.
    pub const ALL: [Action; 40] = [
        Action::LogOwn,
        Action::LogForOthers,
        Action::CorrectOwn,
        Action::CorrectOthers,
        Action::Review,
        Action::SetOwnPassphrase,
        Action::AddProjects,
        Action::RecordRevenue,
        Action::Distribute,
        Action::Reverse,
        Action::PayOut,
        Action::ChangeMembers,
        Action::ChangeKinds,
        Action::SetEquations,
        Action::ChangeSettings,
        Action::ChangeRoles,
        Action::ResetPassphrase,
        Action::ChangeDevices,
        Action::DefineTokens,
        Action::Epochs,
        Action::GiveOwn,
        Action::GiveForOthers,
        Action::SendOwnTokens,
        Action::SendOthersTokens,
        Action::Import,
        Action::Export,
        Action::Backup,
        Action::Sync,
        Action::EventMode,
        Action::ChangeStages,
        Action::VoidPayout,
        Action::CorrectRevenue,
        Action::VoidRevenue,
        Action::RenameMembers,
        Action::RenameProjects,
        Action::RenameKinds,
        Action::ChangeResources,
        Action::UseOwn,
        Action::UseForOthers,
        Action::ValueOthers,
    ];

    /// The role it needs and what it is, in words ("recording revenue").
    pub fn needed(self) -> (Role, &'static str) {
        use Action as A;
        match self {
            A::LogOwn => (Role::Member, "logging contributions"),
            A::LogForOthers => (Role::Coordinator, "logging contributions for others"),
            A::CorrectOwn => (Role::Member, "correcting a contribution"),
            A::CorrectOthers => (
                Role::Coordinator,
                "correcting another member's contribution",
            ),
            A::Review => (Role::Member, "reviewing"),
            A::SetOwnPassphrase => (Role::Member, "setting a passphrase"),
            A::AddProjects => (Role::Coordinator, "adding projects"),
            A::RecordRevenue => (Role::Coordinator, "recording revenue"),
            A::Distribute => (Role::Coordinator, "distributing revenue"),
            A::Reverse => (Role::Coordinator, "reversing a distribution"),
            A::PayOut => (Role::Treasurer, "paying out"),
            A::ChangeMembers => (Role::Admin, "changing members"),
            A::ChangeKinds => (Role::Admin, "changing kinds and rates"),
            A::SetEquations => (Role::Admin, "setting equations"),
            A::ChangeSettings => (Role::Admin, "changing settings"),
            A::ChangeRoles => (Role::Admin, "changing roles"),
            A::ResetPassphrase => (Role::Admin, "resetting another member's passphrase"),
            A::ChangeDevices => (Role::Admin, "changing devices"),
            A::DefineTokens => (Role::Admin, "defining tokens"),
            A::Epochs => (Role::Coordinator, "opening and closing epochs"),
            A::GiveOwn => (Role::Member, "giving GIVE"),
            A::GiveForOthers => (Role::Coordinator, "giving in another member's name"),
            A::SendOwnTokens => (Role::Member, "sending tokens"),
            A::SendOthersTokens => (Role::Admin, "sending another member's tokens"),
            A::Import => (Role::Coordinator, "importing contributions and revenues"),
            A::Export => (Role::Treasurer, "exporting reports"),
            A::Backup => (Role::Treasurer, "making a backup"),
            A::Sync => (Role::Member, "syncing"),
            A::EventMode => (Role::Coordinator, "starting or leaving event mode"),
            A::ChangeStages => (Role::Admin, "changing stages"),
            A::VoidPayout => (Role::Treasurer, "voiding a payout"),
            A::CorrectRevenue => (Role::Coordinator, "correcting revenue"),
            A::VoidRevenue => (Role::Coordinator, "voiding revenue"),
            // SPEC §13: members are an admin's, projects a coordinator's,
            // kinds an admin's.
            A::RenameMembers => (Role::Admin, "renaming members"),
            A::RenameProjects => (Role::Coordinator, "renaming projects"),
            A::RenameKinds => (Role::Admin, "renaming kinds"),
            // SPEC §13: resources are an admin's; any member records a
            // use of their own.
            A::ChangeResources => (Role::Admin, "defining resources"),
            A::UseOwn => (Role::Member, "recording a use of a resource"),
            A::UseForOthers => (
                Role::Coordinator,
                "recording a use of a resource in another member's name",
            ),
            A::ValueOthers => (Role::Member, "valuing others' work"),
        }
    }

    /// Its name in `snake_case`, as it crosses to the app.
    pub fn as_str(self) -> &'static str {
        use Action as A;
        match self {
            A::LogOwn => "log_own",
            A::LogForOthers => "log_for_others",
            A::CorrectOwn => "correct_own",
            A::CorrectOthers => "correct_others",
            A::Review => "review",
            A::SetOwnPassphrase => "set_own_passphrase",
            A::AddProjects => "add_projects",
            A::RecordRevenue => "record_revenue",
            A::Distribute => "distribute",
            A::Reverse => "reverse",
            A::PayOut => "pay_out",
            A::ChangeMembers => "change_members",
            A::ChangeKinds => "change_kinds",
            A::SetEquations => "set_equations",
            A::ChangeSettings => "change_settings",
            A::ChangeRoles => "change_roles",
            A::ResetPassphrase => "reset_passphrase",
            A::ChangeDevices => "change_devices",
            A::DefineTokens => "define_tokens",
            A::Epochs => "epochs",
            A::GiveOwn => "give_own",
            A::GiveForOthers => "give_for_others",
            A::SendOwnTokens => "send_own_tokens",
            A::SendOthersTokens => "send_others_tokens",
            A::Import => "import",
            A::Export => "export",
            A::Backup => "backup",
            A::Sync => "sync",
            A::EventMode => "event_mode",
            A::ChangeStages => "change_stages",
            A::VoidPayout => "void_payout",
            A::CorrectRevenue => "correct_revenue",
            A::VoidRevenue => "void_revenue",
            A::RenameMembers => "rename_members",
            A::RenameProjects => "rename_projects",
            A::RenameKinds => "rename_kinds",
            A::ChangeResources => "change_resources",
            A::UseOwn => "use_own",
            A::UseForOthers => "use_for_others",
            A::ValueOthers => "value_others",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: (u32, u32, u32) = (64, 1, 1);

    #[test]
    fn a_sealed_key_opens_with_its_passphrase_only() {
        let (key, public, sealed) = new_member_key_with("correct horse", CHEAP).unwrap();
        let opened = open_member_key(&sealed, "correct horse").unwrap();
        assert_eq!(opened.to_bytes(), key.to_bytes());
        assert_eq!(hex::encode(opened.verifying_key().to_bytes()), public);
        assert_eq!(
            open_member_key(&sealed, "wrong horse!"),
            Err(KeyProblem::WrongPassphrase)
        );
        assert_eq!(
            new_member_key_with("short", CHEAP).err(),
            Some(KeyProblem::TooShort)
        );
    }

    #[test]
    fn a_review_signature_binds_every_field() {
        let (key, public, _) = new_member_key_with("correct horse", CHEAP).unwrap();
        let m = review_message("C1", Some(0), "ben", "approve", "");
        let s = sign(&key, &m);
        assert!(verify(&public, &m, &s));
        assert!(!verify(
            &public,
            &review_message("C1", Some(1), "ben", "approve", ""),
            &s
        ));
        assert!(!verify(
            &public,
            &review_message("C1", Some(0), "eve", "approve", ""),
            &s
        ));
        assert!(!verify(&public, &m, "00"));
    }

    #[test]
    fn roles_are_ordered() {
        assert!(
            Role::Admin > Role::Treasurer
                && Role::Treasurer > Role::Coordinator
                && Role::Coordinator > Role::Member
        );
        assert_eq!("treasurer".parse::<Role>(), Ok(Role::Treasurer));
        assert!("boss".parse::<Role>().is_err());
    }
}
