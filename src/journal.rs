//! The append-only journal: every change to a ledger is one [`Entry`].
//!
//! Each entry names the device that wrote it and that device's sequence
//! number, and carries the hash of the device's previous entry, so each
//! device's history is a hash chain that can be checked on its own and
//! merged with other devices' chains by entry id (see
//! `docs/adr/0002-journal.md`). Pure data and hashing; no IO.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::{
    Account, ContributionRecord, Correction, DistributionRecord, Kind, KindVersion, PayoutRecord,
    Project, RevenueRecord, Review, Status,
};
use chrono::NaiveDate;

/// The `prev_hash` of a device's first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

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
    },
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
}

impl Payload {
    /// A short name of the entry kind (stored beside the payload).
    pub fn kind(&self) -> &'static str {
        match self {
            Payload::LedgerCreated { .. } => "ledger_created",
            Payload::ApprovalsRequiredSet { .. } => "approvals_required_set",
            Payload::AccountsAdded { .. } => "accounts_added",
            Payload::AccountStatusSet { .. } => "account_status_set",
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
    /// The payload as canonical JSON.
    pub payload: String,
    /// Hash of the device's previous entry ([`GENESIS_HASH`] for the first).
    pub prev_hash: String,
    /// Hash of this entry.
    pub hash: String,
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
    payload: &str,
    prev_hash: &str,
) -> String {
    let mut hasher = Sha256::new();
    let seq = device_seq.to_string();
    for field in [id, device, &seq, recorded_at, kind, payload, prev_hash] {
        hasher.update((field.len() as u64).to_le_bytes());
        hasher.update(field.as_bytes());
    }
    hex::encode(hasher.finalize())
}

impl Entry {
    /// Builds the next entry of a device's chain.
    pub fn new(
        device: &str,
        device_seq: i64,
        prev_hash: &str,
        recorded_at: String,
        payload: &Payload,
    ) -> Result<Entry, serde_json::Error> {
        let id = uuid::Uuid::new_v4().to_string();
        let kind = payload.kind().to_string();
        let payload = serde_json::to_string(payload)?;
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
        })
    }

    /// Recomputes this entry's hash from its fields.
    pub fn computed_hash(&self) -> String {
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

    /// Decodes the payload.
    pub fn decode(&self) -> Result<Payload, serde_json::Error> {
        serde_json::from_str(&self.payload)
    }
}

/// A problem found in a device's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainProblem {
    /// The entry concerned.
    pub entry: String,
    /// What is wrong.
    pub problem: String,
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
                problem: format!(
                    "device {} sequence number is {}, expected {expected_seq}",
                    entry.device, entry.device_seq
                ),
            });
        }
        if entry.prev_hash != prev_hash {
            problems.push(ChainProblem {
                entry: entry.id.clone(),
                problem: "does not link to the device's previous entry (an entry was changed, removed or inserted)".into(),
            });
        }
        if entry.computed_hash() != entry.hash {
            problems.push(ChainProblem {
                entry: entry.id.clone(),
                problem: format!(
                    "hash mismatch: the stored {} entry was changed after it was written",
                    entry.kind
                ),
            });
        }
        if entry.decode().is_err() {
            problems.push(ChainProblem {
                entry: entry.id.clone(),
                problem: "payload cannot be read".into(),
            });
        }
        prev_hash = entry.hash.clone();
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<Entry> {
        let mut prev = GENESIS_HASH.to_string();
        (1..=n)
            .map(|seq| {
                let e = Entry::new(
                    "dev",
                    seq,
                    &prev,
                    "2026-01-01T00:00:00Z".into(),
                    &Payload::ApprovalsRequiredSet {
                        approvals_required: seq as u32,
                    },
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
        c[1].payload = c[1].payload.replace('2', "9");
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

    #[test]
    fn payloads_round_trip() {
        let p = Payload::DistributionReversed {
            distribution: "d1".into(),
        };
        let e = Entry::new("dev", 1, GENESIS_HASH, "t".into(), &p).unwrap();
        assert_eq!(e.decode().unwrap(), p);
        assert_eq!(e.kind, "distribution_reversed");
    }
}
