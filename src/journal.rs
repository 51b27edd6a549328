//! The append-only journal: every change to a ledger is one [`Entry`].
//!
//! Each entry names the device that wrote it and that device's sequence
//! number, and carries the hash of the device's previous entry, so each
//! device's history is a hash chain that can be checked on its own and
//! merged with other devices' chains by entry id (see
//! `docs/adr/0002-journal.md`). Pure data and hashing; no IO.
//!
//! Payloads are written as [`FORMAT_MSGPACK`] followed by MessagePack
//! (ADR 9); entries written before schema 3 hold JSON text, which starts
//! with `{`. The first byte says which, so the bytes alone — what the hash
//! covers — are enough to read an entry on any machine.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::{
    Account, ContributionRecord, Correction, DistributionRecord, Kind, KindVersion, PayoutRecord,
    Project, Renamed, RevenueCorrection, RevenueRecord, Review, Status,
};
use chrono::NaiveDate;

/// The `prev_hash` of a device's first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// First byte of a binary payload: MessagePack follows, with structs as
/// arrays of their fields in declaration order (ADR 9). JSON payloads
/// (schemas 1 and 2) start with `{` (0x7B), never with this byte.
pub const FORMAT_MSGPACK: u8 = 0x01;

/// A payload that cannot be written or read.
#[derive(Debug, thiserror::Error)]
pub enum PayloadError {
    /// Encoding failed (not expected for the payload types).
    #[error("cannot encode the payload: {0}")]
    Encode(#[from] rmp_serde::encode::Error),
    /// A binary payload is damaged.
    #[error("cannot decode the binary payload: {0}")]
    Decode(#[from] rmp_serde::decode::Error),
    /// A JSON payload (written before schema 3) is damaged.
    #[error("cannot decode the JSON payload: {0}")]
    Json(#[from] serde_json::Error),
    /// The first byte names no known format.
    #[error("unknown payload format (first byte {0:#04x})")]
    UnknownFormat(u8),
    /// The payload is empty.
    #[error("empty payload")]
    Empty,
}

impl PayloadError {
    /// The problem as a message to render in the user's language; its
    /// English is this error's `Display` (the decoders' own words stay
    /// as they wrote them).
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            PayloadError::Encode(e) => Message::new("err-payload-encode").arg("why", e.to_string()),
            PayloadError::Decode(e) => Message::new("err-payload-decode").arg("why", e.to_string()),
            PayloadError::Json(e) => Message::new("err-payload-json").arg("why", e.to_string()),
            PayloadError::UnknownFormat(byte) => {
                Message::new("err-payload-format").arg("byte", format!("{byte:#04x}"))
            }
            PayloadError::Empty => Message::new("err-payload-empty"),
        }
    }
}

/// Encodes a payload as this build writes it: [`FORMAT_MSGPACK`] and
/// MessagePack.
pub fn encode_payload(payload: &Payload) -> Result<Vec<u8>, PayloadError> {
    let mut bytes = Vec::with_capacity(256);
    bytes.push(FORMAT_MSGPACK);
    rmp_serde::encode::write(&mut bytes, payload)?;
    Ok(bytes)
}

/// Decodes stored payload bytes, binary or (older entries) JSON.
pub fn decode_payload(bytes: &[u8]) -> Result<Payload, PayloadError> {
    match bytes.first() {
        Some(&FORMAT_MSGPACK) => Ok(rmp_serde::from_slice(&bytes[1..])?),
        Some(b'{') => Ok(serde_json::from_slice(bytes)?),
        Some(&other) => Err(PayloadError::UnknownFormat(other)),
        None => Err(PayloadError::Empty),
    }
}

/// What a journal entry records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Payload {
    /// The ledger was created.
    LedgerCreated {
        /// Cooperative name.
        name: String,
        /// Base currency code.
        currency: String,
        /// Minor-unit decimal places.
        scale: u32,
        /// Approvals a contribution needs to count.
        approvals_required: u32,
    },
    /// `approvals_required` changed.
    ApprovalsRequiredSet {
        /// The new value.
        approvals_required: u32,
    },
    /// Members or funds were added.
    AccountsAdded {
        /// The accounts.
        accounts: Vec<Account>,
    },
    /// A member's status changed (joined again or left).
    AccountStatusSet {
        /// The account's handle.
        handle: String,
        /// New status.
        status: Status,
        /// From this day (`None` in entries written before leaves had
        /// dates: in force since always).
        #[serde(default)]
        from: Option<NaiveDate>,
        /// Why a member left (SPEC §14); `None` when rejoining, or in
        /// entries written before reasons (good).
        #[serde(default)]
        reason: Option<crate::standards::LeaveReason>,
    },
    /// A stage was defined (SPEC §14); fixed once defined.
    StageDefined {
        /// Its code.
        code: String,
        /// Percent in hundredths.
        percent_e2: i64,
        /// The kinds it scales.
        kinds: Vec<String>,
    },
    /// A member's stage from a day on (`None`: no stage).
    StageSet {
        /// The member.
        member: String,
        /// The stage's code, or none.
        stage: Option<String>,
        /// In force from.
        from: NaiveDate,
    },
    /// A resource was defined (SPEC §14); fixed once defined.
    ResourceAdded(crate::model::ResourceDefinition),
    /// A resource was used on a project: its owners are credited.
    ResourceUsed(crate::model::ResourceUse),
    /// Projects were added.
    ProjectsAdded {
        /// The projects.
        projects: Vec<Project>,
    },
    /// Kinds were added.
    KindsAdded {
        /// The kinds.
        kinds: Vec<Kind>,
    },
    /// Rate and multiplier versions were added.
    KindVersionsAdded {
        /// The versions.
        versions: Vec<KindVersion>,
    },
    /// Contributions were recorded.
    ContributionsAdded {
        /// The contributions.
        contributions: Vec<ContributionRecord>,
    },
    /// A contribution was corrected or voided.
    Corrected(Correction),
    /// A contribution was approved or rejected.
    Reviewed(Review),
    /// Revenues were recorded.
    RevenuesAdded {
        /// The revenues.
        revenues: Vec<RevenueRecord>,
    },
    /// An equation version was set for a project or as the ledger default.
    EquationSet {
        /// Project code, or `None` for the ledger default.
        project: Option<String>,
        /// In force from this date; `None` from the beginning.
        from: Option<NaiveDate>,
        /// The TOML text as given.
        source: String,
    },
    /// A distribution was committed.
    DistributionCommitted(DistributionRecord),
    /// A committed distribution was reversed.
    DistributionReversed {
        /// The distribution reversed.
        distribution: String,
    },
    /// A payout was recorded.
    PayoutRecorded(PayoutRecord),
    /// The writing device declares its public key (SPEC §12): the device
    /// that created the ledger, a ledger written before signatures on its
    /// first write, a copy that became a new device (endorsed by the key
    /// of the device it was copied from), or `device new`.
    DeviceKey {
        /// Ed25519 public key, hex.
        public_key: String,
        /// What people call the laptop ("bar").
        label: String,
        /// For a copy: the device it was copied from and that device's
        /// signature over [`endorsement_message`].
        endorsed_by: Option<Endorsement>,
    },
    /// An admitted device invited a new one, with its public key.
    DeviceInvited {
        /// The new device's id.
        device: String,
        /// Its Ed25519 public key, hex.
        public_key: String,
        /// What people call it.
        label: String,
    },
    /// An admitted device admitted one made by `device new`.
    DeviceAdmitted {
        /// The device admitted.
        device: String,
    },
    /// A device was revoked (a lost laptop): its entries after `last_seq`
    /// are kept but not applied.
    DeviceRevoked {
        /// The device revoked.
        device: String,
        /// The highest sequence number of that device this ledger held.
        last_seq: i64,
    },
    /// Sign-in was turned on or off (SPEC §13).
    SignInSet {
        /// Whether writes need a signed-in member.
        on: bool,
    },
    /// A member's key, sealed under their passphrase, was set or reset.
    MemberKeySet {
        /// The member.
        handle: String,
        /// The member's Ed25519 public key, hex.
        public_key: String,
        /// The secret key, sealed.
        sealed: crate::members::SealedKey,
    },
    /// A member's role was set (granted, or revoked back to member).
    RoleSet {
        /// The member.
        handle: String,
        /// The role.
        role: crate::members::Role,
    },
    /// A community token was defined (SPEC §15); never changed after.
    TokenDefined(crate::model::TokenDefinition),
    /// Tokens were sent from one member to another.
    TokenSent(crate::model::TokenTransfer),
    /// A GIVE epoch was opened.
    EpochOpened(crate::model::Epoch),
    /// GIVE was given (or changed, or withdrawn with 0).
    GiveSet(crate::model::Give),
    /// A GIVE epoch was closed.
    EpochClosed {
        /// The epoch.
        epoch: String,
    },
    /// A payout was voided (recorded by mistake): it no longer counts as
    /// paid (SPEC §13).
    PayoutVoided {
        /// The payout.
        payout: String,
    },
    /// A revenue was corrected or voided (SPEC §13).
    RevenueCorrected(RevenueCorrection),
    /// An account, project or kind got a new name (never a new handle or
    /// code); a later rename wins.
    Renamed {
        /// What is renamed.
        what: Renamed,
        /// Its handle or code.
        code: String,
        /// The new name.
        name: String,
    },
    /// A member valued a peer-valued contribution (SPEC §15).
    Valued(crate::model::Valuation),
}

/// A device's signature admitting a copy of its file as a new device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endorsement {
    /// The endorsing device.
    pub device: String,
    /// Its Ed25519 signature over [`endorsement_message`], hex.
    pub signature: String,
}

/// What a device signs to admit a copy of its file as `device` with
/// `public_key` (hex).
pub fn endorsement_message(device: &str, public_key: &str) -> Vec<u8> {
    let mut m = b"openvalue device endorsement\0".to_vec();
    m.extend_from_slice(device.as_bytes());
    m.push(0);
    m.extend_from_slice(public_key.as_bytes());
    m
}

impl Payload {
    /// A short name of the entry kind (stored beside the payload).
    pub fn kind(&self) -> &'static str {
        match self {
            Payload::LedgerCreated { .. } => "ledger_created",
            Payload::ApprovalsRequiredSet { .. } => "approvals_required_set",
            Payload::AccountsAdded { .. } => "accounts_added",
            Payload::AccountStatusSet { .. } => "account_status_set",
            Payload::StageDefined { .. } => "stage_defined",
            Payload::StageSet { .. } => "stage_set",
            Payload::ResourceAdded(_) => "resource_added",
            Payload::ResourceUsed(_) => "resource_used",
            Payload::ProjectsAdded { .. } => "projects_added",
            Payload::KindsAdded { .. } => "kinds_added",
            Payload::KindVersionsAdded { .. } => "kind_versions_added",
            Payload::ContributionsAdded { .. } => "contributions_added",
            Payload::Corrected(_) => "corrected",
            Payload::Reviewed(_) => "reviewed",
            Payload::RevenuesAdded { .. } => "revenues_added",
            Payload::EquationSet { .. } => "equation_set",
            Payload::DistributionCommitted(_) => "distribution_committed",
            Payload::DistributionReversed { .. } => "distribution_reversed",
            Payload::PayoutRecorded(_) => "payout_recorded",
            Payload::DeviceKey { .. } => "device_key",
            Payload::DeviceInvited { .. } => "device_invited",
            Payload::DeviceAdmitted { .. } => "device_admitted",
            Payload::DeviceRevoked { .. } => "device_revoked",
            Payload::SignInSet { .. } => "sign_in_set",
            Payload::MemberKeySet { .. } => "member_key_set",
            Payload::RoleSet { .. } => "role_set",
            Payload::TokenDefined(_) => "token_defined",
            Payload::TokenSent(_) => "token_sent",
            Payload::EpochOpened(_) => "epoch_opened",
            Payload::GiveSet(_) => "give_set",
            Payload::EpochClosed { .. } => "epoch_closed",
            Payload::PayoutVoided { .. } => "payout_voided",
            Payload::RevenueCorrected(_) => "revenue_corrected",
            Payload::Renamed { .. } => "renamed",
            Payload::Valued(_) => "valued",
        }
    }

    /// Whether this entry is about devices (read by admission checks,
    /// not applied to the books).
    pub fn is_device(&self) -> bool {
        matches!(
            self,
            Payload::DeviceKey { .. }
                | Payload::DeviceInvited { .. }
                | Payload::DeviceAdmitted { .. }
                | Payload::DeviceRevoked { .. }
        )
    }

    /// The ids a person would look for when this entry is listed as a
    /// conflict: revenues, contributions, handles, distributions, payouts.
    pub fn concerns(&self) -> Vec<String> {
        let mut ids: Vec<String> = match self {
            Payload::AccountsAdded { accounts } => {
                accounts.iter().map(|a| a.handle.clone()).collect()
            }
            Payload::AccountStatusSet { handle, .. } => vec![handle.clone()],
            Payload::StageDefined { code, .. } => vec![code.clone()],
            Payload::StageSet { member, stage, .. } => std::iter::once(member.clone())
                .chain(stage.clone())
                .collect(),
            Payload::ResourceAdded(r) => std::iter::once(r.code.clone())
                .chain(r.owners.iter().map(|o| o.handle.clone()))
                .collect(),
            Payload::ResourceUsed(u) => vec![u.id.clone(), u.resource.clone(), u.project.clone()],
            Payload::ProjectsAdded { projects } => {
                projects.iter().map(|p| p.code.clone()).collect()
            }
            Payload::KindsAdded { kinds } => kinds.iter().map(|k| k.code.clone()).collect(),
            Payload::KindVersionsAdded { versions } => {
                versions.iter().map(|v| v.kind.clone()).collect()
            }
            Payload::ContributionsAdded { contributions } => {
                contributions.iter().map(|c| c.id.clone()).collect()
            }
            Payload::Corrected(c) => vec![c.contribution.clone()],
            Payload::Reviewed(r) => vec![r.contribution.clone(), r.by.clone()],
            Payload::RevenuesAdded { revenues } => revenues.iter().map(|r| r.id.clone()).collect(),
            Payload::EquationSet { project, .. } => project.iter().cloned().collect(),
            Payload::DistributionCommitted(d) => vec![d.revenue.clone(), d.id.clone()],
            Payload::DistributionReversed { distribution } => vec![distribution.clone()],
            Payload::PayoutRecorded(p) => vec![p.id.clone(), p.account.clone()],
            Payload::DeviceInvited { device, .. }
            | Payload::DeviceAdmitted { device }
            | Payload::DeviceRevoked { device, .. } => vec![device.clone()],
            Payload::MemberKeySet { handle, .. } | Payload::RoleSet { handle, .. } => {
                vec![handle.clone()]
            }
            Payload::TokenDefined(t) => vec![t.code.clone()],
            Payload::TokenSent(t) => vec![t.id.clone(), t.from.clone(), t.to.clone()],
            Payload::EpochOpened(e) => vec![e.id.clone(), e.project.clone()],
            Payload::GiveSet(g) => vec![g.epoch.clone(), g.from.clone(), g.to.clone()],
            Payload::EpochClosed { epoch } => vec![epoch.clone()],
            Payload::PayoutVoided { payout } => vec![payout.clone()],
            Payload::RevenueCorrected(r) => vec![r.revenue.clone()],
            Payload::Renamed { code, .. } => vec![code.clone()],
            Payload::Valued(v) => vec![v.contribution.clone(), v.by.clone()],
            Payload::LedgerCreated { .. }
            | Payload::ApprovalsRequiredSet { .. }
            | Payload::SignInSet { .. }
            | Payload::DeviceKey { .. } => Vec::new(),
        };
        ids.truncate(5);
        ids
    }

    /// The ids this entry brings into the books, so that an entry naming
    /// one of them can say it depends on this one.
    pub fn introduces(&self) -> Vec<&str> {
        match self {
            Payload::AccountsAdded { accounts } => {
                accounts.iter().map(|a| a.handle.as_str()).collect()
            }
            Payload::ProjectsAdded { projects } => {
                projects.iter().map(|p| p.code.as_str()).collect()
            }
            Payload::KindsAdded { kinds } => kinds.iter().map(|k| k.code.as_str()).collect(),
            Payload::ContributionsAdded { contributions } => {
                contributions.iter().map(|c| c.id.as_str()).collect()
            }
            Payload::RevenuesAdded { revenues } => revenues.iter().map(|r| r.id.as_str()).collect(),
            Payload::DistributionCommitted(d) => vec![d.id.as_str()],
            Payload::PayoutRecorded(p) => vec![p.id.as_str()],
            Payload::TokenDefined(t) => vec![t.code.as_str()],
            Payload::EpochOpened(e) => vec![e.id.as_str()],
            Payload::StageDefined { code, .. } => vec![code.as_str()],
            Payload::ResourceAdded(r) => vec![r.code.as_str()],
            Payload::ResourceUsed(u) => vec![u.id.as_str()],
            _ => Vec::new(),
        }
    }
}

/// One journal entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// UUID of the entry.
    pub id: String,
    /// UUID of the device that wrote it.
    pub device: String,
    /// That device's sequence number, from 1.
    pub device_seq: i64,
    /// When it was written (RFC 3339, UTC).
    pub recorded_at: String,
    /// The entry kind ([`Payload::kind`]).
    pub kind: String,
    /// The payload's bytes as stored and hashed: [`FORMAT_MSGPACK`] and
    /// MessagePack, or JSON text in entries written before schema 3.
    #[serde(with = "serde_bytes")]
    pub payload: Vec<u8>,
    /// Hash of the device's previous entry ([`GENESIS_HASH`] for the first).
    pub prev_hash: String,
    /// Hash of this entry.
    pub hash: String,
    /// Hybrid logical clock stamp ([`Hlc`]); for an entry written before
    /// signatures, its sequence number (such entries come first).
    pub hlc: i64,
    /// The device's Ed25519 signature over [`signed_message`]; `None` for
    /// entries written before signatures (SPEC §12).
    #[serde(with = "serde_bytes")]
    pub signature: Option<Vec<u8>>,
    /// The member who made it, when one was signed in (SPEC §13).
    #[serde(default)]
    pub author: Option<String>,
}

/// A hybrid logical clock stamp: physical milliseconds since 1970 in the
/// high bits and a counter in the low 16 bits, so one integer orders
/// stamps. Always greater than every stamp the device wrote or merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hlc(pub i64);

impl Hlc {
    /// Bits of the counter.
    pub const COUNTER_BITS: u32 = 16;

    /// The next stamp after `last` at physical time `now_ms`.
    pub fn next(now_ms: i64, last: i64) -> Hlc {
        let physical = now_ms.max(0).saturating_mul(1 << Self::COUNTER_BITS);
        Hlc(physical.max(last.saturating_add(1)))
    }

    /// Its physical milliseconds.
    pub fn millis(self) -> i64 {
        self.0 >> Self::COUNTER_BITS
    }

    /// Its counter.
    pub fn counter(self) -> i64 {
        self.0 & ((1 << Self::COUNTER_BITS) - 1)
    }
}

impl std::fmt::Display for Hlc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:04}", self.millis(), self.counter())
    }
}

/// What a device signs for an entry: a fixed label and the entry's hash,
/// which covers every other field, the stamp included.
pub fn signed_message(hash: &str) -> Vec<u8> {
    let mut m = b"openvalue entry\0".to_vec();
    m.extend_from_slice(hash.as_bytes());
    m
}

/// Computes an entry's hash from its other fields.
///
/// Each field is length-prefixed so no two different entries hash the same
/// bytes.
pub fn entry_hash(
    id: &str,
    device: &str,
    device_seq: i64,
    recorded_at: &str,
    kind: &str,
    payload: &[u8],
    prev_hash: &str,
) -> String {
    let mut hasher = Sha256::new();
    let seq = device_seq.to_string();
    let fields: [&[u8]; 7] = [
        id.as_bytes(),
        device.as_bytes(),
        seq.as_bytes(),
        recorded_at.as_bytes(),
        kind.as_bytes(),
        payload,
        prev_hash.as_bytes(),
    ];
    for field in fields {
        hasher.update((field.len() as u64).to_le_bytes());
        hasher.update(field);
    }
    hex::encode(hasher.finalize())
}

/// The hash of a signed entry: [`entry_hash`]'s fields and the stamp —
/// and its author when a member made it (then marked "v3", so an entry
/// without an author hashes as before).
#[allow(clippy::too_many_arguments)]
pub fn signed_entry_hash(
    id: &str,
    device: &str,
    device_seq: i64,
    recorded_at: &str,
    kind: &str,
    payload: &[u8],
    prev_hash: &str,
    hlc: i64,
    author: Option<&str>,
) -> String {
    let mut hasher = Sha256::new();
    let seq = device_seq.to_string();
    let stamp = hlc.to_string();
    let mut fields: Vec<&[u8]> = vec![
        if author.is_some() { b"v3" } else { b"v2" },
        id.as_bytes(),
        device.as_bytes(),
        seq.as_bytes(),
        recorded_at.as_bytes(),
        kind.as_bytes(),
        payload,
        prev_hash.as_bytes(),
        stamp.as_bytes(),
    ];
    if let Some(author) = author {
        fields.push(author.as_bytes());
    }
    for field in fields {
        hasher.update((field.len() as u64).to_le_bytes());
        hasher.update(field);
    }
    hex::encode(hasher.finalize())
}

/// The fields of a new entry other than its payload.
#[derive(Debug, Clone)]
pub struct Stamp<'a> {
    /// The writing device.
    pub device: &'a str,
    /// Its next sequence number.
    pub device_seq: i64,
    /// The hash of its previous entry.
    pub prev_hash: &'a str,
    /// When (RFC 3339, UTC).
    pub recorded_at: String,
    /// The clock stamp.
    pub hlc: Hlc,
    /// The signed-in member, if any.
    pub author: Option<&'a str>,
}

impl Entry {
    /// Builds and signs the next entry of a device's chain.
    pub fn new(
        stamp: &Stamp<'_>,
        payload: &Payload,
        key: &ed25519_dalek::SigningKey,
    ) -> Result<Entry, PayloadError> {
        use ed25519_dalek::Signer;
        let id = uuid::Uuid::new_v4().to_string();
        let kind = payload.kind().to_string();
        let payload = encode_payload(payload)?;
        let hash = signed_entry_hash(
            &id,
            stamp.device,
            stamp.device_seq,
            &stamp.recorded_at,
            &kind,
            &payload,
            stamp.prev_hash,
            stamp.hlc.0,
            stamp.author,
        );
        let signature = key.sign(&signed_message(&hash)).to_bytes().to_vec();
        Ok(Entry {
            id,
            device: stamp.device.to_string(),
            device_seq: stamp.device_seq,
            recorded_at: stamp.recorded_at.clone(),
            kind,
            payload,
            prev_hash: stamp.prev_hash.to_string(),
            hash,
            hlc: stamp.hlc.0,
            signature: Some(signature),
            author: stamp.author.map(str::to_string),
        })
    }

    /// Builds an entry as written before signatures (schema 4 and
    /// earlier): no stamp in its hash, no signature. For tests of ledgers
    /// written then.
    #[doc(hidden)]
    pub fn unsigned(
        device: &str,
        device_seq: i64,
        prev_hash: &str,
        recorded_at: String,
        payload: &Payload,
    ) -> Result<Entry, PayloadError> {
        let id = uuid::Uuid::new_v4().to_string();
        let kind = payload.kind().to_string();
        let payload = encode_payload(payload)?;
        let hash = entry_hash(
            &id,
            device,
            device_seq,
            &recorded_at,
            &kind,
            &payload,
            prev_hash,
        );
        Ok(Entry {
            id,
            device: device.to_string(),
            device_seq,
            recorded_at,
            kind,
            payload,
            prev_hash: prev_hash.to_string(),
            hash,
            hlc: device_seq,
            signature: None,
            author: None,
        })
    }

    /// Recomputes this entry's hash from its other fields (with the stamp
    /// for a signed entry).
    pub fn computed_hash(&self) -> String {
        if self.signature.is_some() {
            signed_entry_hash(
                &self.id,
                &self.device,
                self.device_seq,
                &self.recorded_at,
                &self.kind,
                &self.payload,
                &self.prev_hash,
                self.hlc,
                self.author.as_deref(),
            )
        } else {
            entry_hash(
                &self.id,
                &self.device,
                self.device_seq,
                &self.recorded_at,
                &self.kind,
                &self.payload,
                &self.prev_hash,
            )
        }
    }

    /// Whether `key` signed this entry (false for an unsigned entry).
    pub fn signed_by(&self, key: &ed25519_dalek::VerifyingKey) -> bool {
        let Some(bytes) = &self.signature else {
            return false;
        };
        let Ok(bytes) = <[u8; 64]>::try_from(bytes.as_slice()) else {
            return false;
        };
        let signature = ed25519_dalek::Signature::from_bytes(&bytes);
        self.computed_hash() == self.hash
            && key
                .verify_strict(&signed_message(&self.hash), &signature)
                .is_ok()
    }

    /// Where this entry stands in the one order every device applies:
    /// (stamp, device, sequence number).
    pub fn order_key(&self) -> (i64, &str, i64) {
        (self.hlc, &self.device, self.device_seq)
    }

    /// Decodes the payload.
    pub fn decode(&self) -> Result<Payload, PayloadError> {
        decode_payload(&self.payload)
    }
}

/// A problem found in a device's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainProblem {
    /// The entry concerned.
    pub entry: String,
    /// What is wrong (its `Display` is English).
    pub problem: crate::i18n::Message,
}

/// Checks a device's entries (in `device_seq` order): hashes, sequence and links.
pub fn validate_chain(entries: &[Entry]) -> Vec<ChainProblem> {
    let mut problems = Vec::new();
    let mut prev_hash = GENESIS_HASH.to_string();
    for (i, entry) in entries.iter().enumerate() {
        let expected_seq = i as i64 + 1;
        if entry.device_seq != expected_seq {
            problems.push(ChainProblem {
                entry: entry.id.clone(),
                problem: crate::i18n::Message::new("err-chain-seq")
                    .arg("device", entry.device.as_str())
                    .arg("seq", entry.device_seq.to_string())
                    .arg("expected", expected_seq.to_string()),
            });
        }
        if entry.prev_hash != prev_hash {
            problems.push(ChainProblem {
                entry: entry.id.clone(),
                problem: crate::i18n::Message::new("err-chain-link"),
            });
        }
        if entry.computed_hash() != entry.hash {
            problems.push(ChainProblem {
                entry: entry.id.clone(),
                problem: crate::i18n::Message::new("err-chain-hash")
                    .arg("kind", entry.kind.as_str()),
            });
        }
        if entry.decode().is_err() {
            problems.push(ChainProblem {
                entry: entry.id.clone(),
                problem: crate::i18n::Message::new("err-chain-payload"),
            });
        }
        prev_hash = entry.hash.clone();
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_distribution_written_before_revenue_revisions_reads_with_none() {
        // The payload as schema 8 wrote it: no `revenue_revision` field.
        #[derive(Serialize)]
        struct Old {
            id: String,
            revenue: String,
            equation: String,
            lines: Vec<crate::model::AllocationLine>,
            claims: Vec<crate::model::ClaimPaid>,
        }
        #[derive(Serialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        enum OldPayload {
            DistributionCommitted(Old),
        }
        let mut bytes = vec![FORMAT_MSGPACK];
        rmp_serde::encode::write(
            &mut bytes,
            &OldPayload::DistributionCommitted(Old {
                id: "D1".into(),
                revenue: "R1".into(),
                equation: "x".into(),
                lines: Vec::new(),
                claims: Vec::new(),
            }),
        )
        .unwrap();
        match decode_payload(&bytes).unwrap() {
            Payload::DistributionCommitted(d) => {
                assert_eq!(d.revenue, "R1");
                assert_eq!(d.revenue_revision, None);
            }
            other => panic!("{other:?}"),
        }
    }

    fn test_key() -> ed25519_dalek::SigningKey {
        ed25519_dalek::SigningKey::from_bytes(&[7; 32])
    }

    fn chain(n: i64) -> Vec<Entry> {
        let mut prev = GENESIS_HASH.to_string();
        (1..=n)
            .map(|seq| {
                let e = Entry::new(
                    &Stamp {
                        device: "dev",
                        device_seq: seq,
                        prev_hash: &prev,
                        recorded_at: "2026-01-01T00:00:00Z".into(),
                        hlc: Hlc(seq << 16),
                        author: None,
                    },
                    &Payload::ApprovalsRequiredSet {
                        approvals_required: seq as u32,
                    },
                    &test_key(),
                )
                .unwrap();
                prev = e.hash.clone();
                e
            })
            .collect()
    }

    #[test]
    fn a_clean_chain_validates() {
        assert!(validate_chain(&chain(5)).is_empty());
    }

    #[test]
    fn a_changed_payload_is_found() {
        let mut c = chain(3);
        // The last byte is the MessagePack integer 2.
        let last = c[1].payload.len() - 1;
        assert_eq!(c[1].payload[last], 2);
        c[1].payload[last] = 9;
        let problems = validate_chain(&c);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].entry, c[1].id);
    }

    #[test]
    fn a_removed_entry_is_found() {
        let mut c = chain(3);
        c.remove(1);
        assert!(!validate_chain(&c).is_empty());
    }

    /// The bytes every machine writes for these payloads, pinned: the hash
    /// covers them, and merges (SPEC §12) compare hashes across laptops.
    #[test]
    fn binary_payloads_are_pinned_bytes() {
        let p = Payload::ApprovalsRequiredSet {
            approvals_required: 2,
        };
        let mut expected = vec![FORMAT_MSGPACK, 0x92, 0xb6];
        expected.extend_from_slice(b"approvals_required_set");
        expected.push(0x02);
        assert_eq!(encode_payload(&p).unwrap(), expected);

        let p = Payload::ContributionsAdded {
            contributions: vec![ContributionRecord {
                id: "C1".into(),
                member: "ana".into(),
                project: "fest".into(),
                kind: "work".into(),
                date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                quantity_e4: 20_000,
                note: String::new(),
            }],
        };
        // [tag, [[id, member, project, kind, date, quantity_e4, note]]]:
        // no field names, integers in their shortest form.
        assert_eq!(
            hex::encode(encode_payload(&p).unwrap()),
            concat!(
                "01",
                "92",
                "b3",
                "636f6e747269627574696f6e735f6164646564",
                "91",
                "97",
                "a2",
                "4331",
                "a3",
                "616e61",
                "a4",
                "66657374",
                "a4",
                "776f726b",
                "aa",
                "323032362d30312d3035",
                "cd",
                "4e20",
                "a0"
            )
        );
    }

    /// An entry written before schema 3 (JSON text) hashes the same bytes
    /// as then, and still decodes.
    #[test]
    fn json_entries_hash_and_decode_as_before() {
        let json = br#"{"type":"approvals_required_set","approvals_required":2}"#;
        assert_eq!(
            entry_hash(
                "e1",
                "dev",
                1,
                "2026-01-01T00:00:00Z",
                "approvals_required_set",
                json,
                GENESIS_HASH
            ),
            // Computed independently (SHA-256 of length-prefixed fields).
            "5f39010722ef901cb40b08c1497c47d9e198a1506e5077a7447734635b8dbda6"
        );
        assert_eq!(
            decode_payload(json).unwrap(),
            Payload::ApprovalsRequiredSet {
                approvals_required: 2
            }
        );
    }

    #[test]
    fn unknown_and_damaged_payloads_are_errors() {
        assert!(matches!(
            decode_payload(&[0x02, 0x90]),
            Err(PayloadError::UnknownFormat(0x02))
        ));
        assert!(matches!(decode_payload(&[]), Err(PayloadError::Empty)));
        let mut bytes = encode_payload(&Payload::DistributionReversed {
            distribution: "d1".into(),
        })
        .unwrap();
        bytes.truncate(bytes.len() - 1);
        assert!(matches!(
            decode_payload(&bytes),
            Err(PayloadError::Decode(_))
        ));
    }

    /// A leave written before leaves had dates and reasons still reads:
    /// in force since always, for good reason.
    #[test]
    fn a_status_entry_written_before_dates_decodes_without_them() {
        #[derive(Serialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        enum Old {
            AccountStatusSet { handle: String, status: Status },
        }
        let mut bytes = vec![FORMAT_MSGPACK];
        rmp_serde::encode::write(
            &mut bytes,
            &Old::AccountStatusSet {
                handle: "ana".into(),
                status: Status::Left,
            },
        )
        .unwrap();
        assert_eq!(
            decode_payload(&bytes).unwrap(),
            Payload::AccountStatusSet {
                handle: "ana".into(),
                status: Status::Left,
                from: None,
                reason: None,
            }
        );
    }

    /// Every kind of entry survives the binary format, including options,
    /// newtype variants and nested records.
    #[test]
    fn every_payload_round_trips_in_binary() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1);
        let all = vec![
            Payload::LedgerCreated {
                name: "Coop".into(),
                currency: "EUR".into(),
                scale: 2,
                approvals_required: 1,
            },
            Payload::ApprovalsRequiredSet {
                approvals_required: 0,
            },
            Payload::AccountsAdded {
                accounts: vec![Account {
                    handle: "ana".into(),
                    name: "Ana Puig".into(),
                    account_type: crate::model::AccountType::Member,
                    status: Status::Active,
                    joined_on: day,
                }],
            },
            Payload::AccountStatusSet {
                handle: "ana".into(),
                status: Status::Left,
                from: day,
                reason: Some(crate::standards::LeaveReason::Bad),
            },
            Payload::StageDefined {
                code: "dating".into(),
                percent_e2: 5000,
                kinds: vec!["words".into()],
            },
            Payload::StageSet {
                member: "ana".into(),
                stage: Some("dating".into()),
                from: day.unwrap_or_default(),
            },
            Payload::ProjectsAdded {
                projects: vec![Project {
                    code: "kids".into(),
                    name: "Kids".into(),
                    parent: Some("fest".into()),
                }],
            },
            Payload::KindsAdded {
                kinds: vec![Kind {
                    code: "words".into(),
                    name: "Words".into(),
                    measure: crate::model::Measure::Quantity,
                    unit: Some("words".into()),
                    gift: false,
                    reimbursable: false,
                    deferred: false,
                    peers: false,
                }],
            },
            Payload::KindVersionsAdded {
                versions: vec![KindVersion {
                    kind: "words".into(),
                    effective_from: None,
                    rate_e4: i64::MAX,
                    multiplier_e3: -1,
                }],
            },
            Payload::Corrected(Correction {
                contribution: "C1".into(),
                quantity_e4: None,
                date: day,
                kind: None,
                note: Some("ß \u{1F600}".into()),
                void: true,
                revision: Some(2),
            }),
            Payload::Reviewed(Review {
                contribution: "C1".into(),
                by: "ben".into(),
                verdict: crate::model::Verdict::Reject,
                reason: "no".into(),
                revision: None,
                signature: None,
            }),
            Payload::RevenuesAdded {
                revenues: vec![RevenueRecord {
                    id: "R1".into(),
                    project: "fest".into(),
                    date: day.unwrap(),
                    amount_minor: 1,
                    note: String::new(),
                }],
            },
            Payload::EquationSet {
                project: None,
                from: day,
                source: "name = \"x\"".into(),
            },
            Payload::DistributionCommitted(DistributionRecord {
                id: "D1".into(),
                revenue: "R1".into(),
                equation: "x".into(),
                lines: vec![crate::model::AllocationLine {
                    bucket_index: 0,
                    bucket: "all".into(),
                    bucket_type: crate::model::BucketType::Policy,
                    recipient: "ana".into(),
                    amount_minor: 1,
                    weight: "1".into(),
                    stage: String::new(),
                    cap_minor: None,
                    capped: false,
                }],
                claims: vec![crate::model::ClaimPaid {
                    contribution: "C2".into(),
                    amount_minor: i64::MIN,
                }],
                revenue_revision: None,
            }),
            Payload::DistributionReversed {
                distribution: "D1".into(),
            },
            Payload::PayoutRecorded(PayoutRecord {
                id: "P1".into(),
                account: "ana".into(),
                date: day.unwrap(),
                amount_minor: 5,
                method: "cash".into(),
                note: "n".into(),
            }),
            Payload::Valued(crate::model::Valuation {
                contribution: "c1".into(),
                by: "ben".into(),
                amount_minor: 12_000,
            }),
        ];
        for p in all {
            let bytes = encode_payload(&p).unwrap();
            assert_eq!(bytes[0], FORMAT_MSGPACK);
            assert_eq!(decode_payload(&bytes).unwrap(), p, "{}", p.kind());
            // The JSON of schemas 1 and 2 still reads the same payload.
            let json = serde_json::to_vec(&p).unwrap();
            assert_eq!(decode_payload(&json).unwrap(), p, "{}", p.kind());
        }
    }

    #[test]
    fn payloads_round_trip() {
        let p = Payload::DistributionReversed {
            distribution: "d1".into(),
        };
        let e = Entry::unsigned("dev", 1, GENESIS_HASH, "t".into(), &p).unwrap();
        assert_eq!(e.decode().unwrap(), p);
        assert_eq!(e.kind, "distribution_reversed");
    }
}
