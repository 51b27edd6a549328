//! Which devices may write to a ledger, with which keys (SPEC §12).
//!
//! A [`Roster`] is read from the device entries of a journal (and of a
//! bundle being merged): the device that created the ledger, the devices
//! invited, admitted or endorsed by an admitted device, their public keys
//! and revocations. Every rule about devices is a named function here;
//! pure, no IO.

use std::collections::{BTreeMap, BTreeSet};

use crate::journal::{endorsement_message, Entry, Payload};
use crate::keys::public_key;

/// What the journal says about one device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeviceFacts {
    /// Its public key (hex), from its invitation or its own key entry.
    pub public_key: Option<String>,
    /// The sequence number of its own key entry; its entries before it
    /// were written before signatures.
    pub key_seq: Option<i64>,
    /// What people call it.
    pub label: String,
    /// The devices that invited, admitted or endorsed it.
    pub vouched_by: BTreeSet<String>,
    /// Its last applied sequence number, if it was revoked.
    pub revoked_after: Option<i64>,
}

/// The devices of a ledger.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// The device that created the ledger.
    pub creator: Option<String>,
    /// The ledger's identity: the id of its `ledger_created` entry.
    pub ledger: Option<String>,
    /// Every device named.
    pub devices: BTreeMap<String, DeviceFacts>,
    /// How many `ledger_created` entries were read (a sound journal has
    /// one; a bundle adding another is refused).
    pub ledgers_created: usize,
    admitted: BTreeSet<String>,
}

/// Why an entry cannot be taken from a bundle (or fails `verify`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryProblem {
    /// Neither the creator nor invited, admitted or endorsed by an
    /// admitted device.
    NotAdmitted,
    /// The device has no known public key.
    NoKey,
    /// The signature does not verify (a changed entry, a forgery).
    BadSignature,
    /// No signature, and not an entry written before signatures.
    Unsigned,
    /// Its hash does not match its fields.
    BadHash,
}

impl EntryProblem {
    /// The catalogue's words for it (its English is the `Display`).
    pub fn key(self) -> &'static str {
        match self {
            EntryProblem::NotAdmitted => "err-entry-not_admitted",
            EntryProblem::NoKey => "err-entry-no_key",
            EntryProblem::BadSignature => "err-entry-signature",
            EntryProblem::Unsigned => "err-entry-unsigned",
            EntryProblem::BadHash => "err-entry-hash",
        }
    }
}

impl std::fmt::Display for EntryProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EntryProblem::NotAdmitted => {
                "its device was neither admitted nor invited by this cooperative's devices"
            }
            EntryProblem::NoKey => "its device has no known key",
            EntryProblem::BadSignature => {
                "its signature does not match its contents (changed or forged)"
            }
            EntryProblem::Unsigned => "it carries no signature",
            EntryProblem::BadHash => "its hash does not match its contents (damaged or changed)",
        })
    }
}

impl Roster {
    /// Reads the roster from entries (any order) with their payloads;
    /// entries other than `ledger_created` and device entries are ignored.
    pub fn build<'a>(entries: impl IntoIterator<Item = (&'a Entry, &'a Payload)>) -> Roster {
        let mut roster = Roster::default();
        let mut endorsements: Vec<(String, String, String, String)> = Vec::new();
        let mut revocations: Vec<(String, String, i64)> = Vec::new();
        for (entry, payload) in entries {
            match payload {
                Payload::LedgerCreated { .. } => {
                    // The first one read names the ledger: callers read
                    // the ledger's own journal before a bundle's entries.
                    roster.ledgers_created += 1;
                    if roster.creator.is_none() {
                        roster.creator = Some(entry.device.clone());
                        roster.ledger = Some(entry.id.clone());
                        roster.devices.entry(entry.device.clone()).or_default();
                    }
                }
                Payload::DeviceKey {
                    public_key,
                    label,
                    endorsed_by,
                } => {
                    let facts = roster.devices.entry(entry.device.clone()).or_default();
                    // An invitation's key wins over one the device declares.
                    if facts.public_key.is_none() {
                        facts.public_key = Some(public_key.clone());
                    }
                    facts.key_seq = Some(
                        facts
                            .key_seq
                            .map_or(entry.device_seq, |s| s.min(entry.device_seq)),
                    );
                    if facts.label.is_empty() {
                        facts.label = label.clone();
                    }
                    if let Some(e) = endorsed_by {
                        endorsements.push((
                            entry.device.clone(),
                            public_key.clone(),
                            e.device.clone(),
                            e.signature.clone(),
                        ));
                    }
                }
                Payload::DeviceInvited {
                    device,
                    public_key,
                    label,
                } => {
                    let facts = roster.devices.entry(device.clone()).or_default();
                    facts.public_key = Some(public_key.clone());
                    facts.label = label.clone();
                    facts.vouched_by.insert(entry.device.clone());
                }
                Payload::DeviceAdmitted { device } => {
                    roster
                        .devices
                        .entry(device.clone())
                        .or_default()
                        .vouched_by
                        .insert(entry.device.clone());
                }
                Payload::DeviceRevoked { device, last_seq } => {
                    revocations.push((entry.device.clone(), device.clone(), *last_seq));
                }
                _ => {}
            }
        }
        for (device, key, endorser, signature) in endorsements {
            if roster.endorsement_holds(&device, &key, &endorser, &signature) {
                if let Some(facts) = roster.devices.get_mut(&device) {
                    facts.vouched_by.insert(endorser);
                }
            }
        }
        roster.admitted = roster.admission();
        for (by, device, last_seq) in revocations {
            if roster.admitted.contains(&by) {
                if let Some(facts) = roster.devices.get_mut(&device) {
                    facts.revoked_after =
                        Some(facts.revoked_after.map_or(last_seq, |s| s.min(last_seq)));
                }
            }
        }
        roster
    }

    /// Rule: an endorsement admits a copy only if the endorsing device's
    /// key signed the copy's id and key.
    fn endorsement_holds(&self, device: &str, key: &str, endorser: &str, signature: &str) -> bool {
        let Some(endorser_key) = self
            .devices
            .get(endorser)
            .and_then(|f| f.public_key.as_deref())
            .and_then(public_key)
        else {
            return false;
        };
        let Some(bytes) = hex::decode(signature)
            .ok()
            .and_then(|b| <[u8; 64]>::try_from(b).ok())
        else {
            return false;
        };
        endorser_key
            .verify_strict(
                &endorsement_message(device, key),
                &ed25519_dalek::Signature::from_bytes(&bytes),
            )
            .is_ok()
    }

    /// Rule: the creator is admitted, and so is every device vouched for
    /// (invited, admitted, endorsed) by an admitted device.
    fn admission(&self) -> BTreeSet<String> {
        let mut admitted: BTreeSet<String> = self.creator.iter().cloned().collect();
        loop {
            let before = admitted.len();
            for (device, facts) in &self.devices {
                if !admitted.contains(device)
                    && facts.vouched_by.iter().any(|v| admitted.contains(v))
                {
                    admitted.insert(device.clone());
                }
            }
            if admitted.len() == before {
                return admitted;
            }
        }
    }

    /// Whether `device` may write to this ledger.
    pub fn is_admitted(&self, device: &str) -> bool {
        self.admitted.contains(device)
    }

    /// The device's public key, if known.
    pub fn key(&self, device: &str) -> Option<ed25519_dalek::VerifyingKey> {
        self.devices
            .get(device)
            .and_then(|f| f.public_key.as_deref())
            .and_then(public_key)
    }

    /// The device's key as hex, if known.
    pub fn key_hex(&self, device: &str) -> Option<&str> {
        self.devices
            .get(device)
            .and_then(|f| f.public_key.as_deref())
    }

    /// Where a revoked device's applied entries end.
    pub fn revoked_after(&self, device: &str) -> Option<i64> {
        self.devices.get(device).and_then(|f| f.revoked_after)
    }

    /// Rule: an entry is signed by its device's key, or it is one the
    /// creator wrote before signatures (before its own key entry).
    pub fn check_signature(&self, entry: &Entry) -> Result<(), EntryProblem> {
        if entry.computed_hash() != entry.hash {
            return Err(EntryProblem::BadHash);
        }
        match &entry.signature {
            Some(_) => {
                let key = self.key(&entry.device).ok_or(EntryProblem::NoKey)?;
                if entry.signed_by(&key) {
                    Ok(())
                } else {
                    Err(EntryProblem::BadSignature)
                }
            }
            None => {
                let before_key = self
                    .devices
                    .get(&entry.device)
                    .and_then(|f| f.key_seq)
                    .is_none_or(|k| entry.device_seq < k);
                if self.creator.as_deref() == Some(entry.device.as_str()) && before_key {
                    Ok(())
                } else {
                    Err(EntryProblem::Unsigned)
                }
            }
        }
    }

    /// Rule: an entry from a bundle is taken only from an admitted device
    /// and with a valid signature.
    pub fn check_entry(&self, entry: &Entry) -> Result<(), EntryProblem> {
        if !self.is_admitted(&entry.device) {
            return Err(EntryProblem::NotAdmitted);
        }
        self.check_signature(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Hlc, Stamp, GENESIS_HASH};

    fn key(n: u8) -> ed25519_dalek::SigningKey {
        ed25519_dalek::SigningKey::from_bytes(&[n; 32])
    }

    fn entry(
        device: &str,
        seq: i64,
        payload: &Payload,
        k: &ed25519_dalek::SigningKey,
    ) -> (Entry, Payload) {
        let e = Entry::new(
            &Stamp {
                device,
                device_seq: seq,
                prev_hash: GENESIS_HASH,
                recorded_at: "t".into(),
                hlc: Hlc(seq),
                author: None,
            },
            payload,
            k,
        )
        .unwrap();
        (e, payload.clone())
    }

    fn hexkey(k: &ed25519_dalek::SigningKey) -> String {
        hex::encode(k.verifying_key().to_bytes())
    }

    #[test]
    fn invited_devices_are_admitted_and_strangers_are_not() {
        let (a, b) = (key(1), key(2));
        let entries = [
            entry(
                "A",
                1,
                &Payload::DeviceKey {
                    public_key: hexkey(&a),
                    label: String::new(),
                    endorsed_by: None,
                },
                &a,
            ),
            entry(
                "A",
                2,
                &Payload::LedgerCreated {
                    name: "c".into(),
                    currency: "EUR".into(),
                    scale: 2,
                    approvals_required: 0,
                },
                &a,
            ),
            entry(
                "A",
                3,
                &Payload::DeviceInvited {
                    device: "B".into(),
                    public_key: hexkey(&b),
                    label: "bar".into(),
                },
                &a,
            ),
            entry(
                "C",
                1,
                &Payload::DeviceKey {
                    public_key: hexkey(&key(3)),
                    label: String::new(),
                    endorsed_by: None,
                },
                &key(3),
            ),
        ];
        let roster = Roster::build(entries.iter().map(|(e, p)| (e, p)));
        assert!(roster.is_admitted("A"));
        assert!(roster.is_admitted("B"));
        assert!(!roster.is_admitted("C"));
        let (from_b, _) = entry("B", 1, &Payload::DeviceAdmitted { device: "x".into() }, &b);
        assert_eq!(roster.check_entry(&from_b), Ok(()));
        let (forged, _) = entry(
            "B",
            1,
            &Payload::DeviceAdmitted { device: "x".into() },
            &key(9),
        );
        assert_eq!(roster.check_entry(&forged), Err(EntryProblem::BadSignature));
        assert_eq!(
            roster.check_entry(&entries[3].0),
            Err(EntryProblem::NotAdmitted)
        );
    }

    #[test]
    fn an_endorsement_needs_the_endorsers_signature() {
        use ed25519_dalek::Signer;
        let (a, c) = (key(1), key(3));
        let good = hex::encode(a.sign(&endorsement_message("C", &hexkey(&c))).to_bytes());
        let bad = hex::encode(
            key(9)
                .sign(&endorsement_message("C", &hexkey(&c)))
                .to_bytes(),
        );
        for (signature, admitted) in [(good, true), (bad, false)] {
            let entries = [
                entry(
                    "A",
                    1,
                    &Payload::DeviceKey {
                        public_key: hexkey(&a),
                        label: String::new(),
                        endorsed_by: None,
                    },
                    &a,
                ),
                entry(
                    "A",
                    2,
                    &Payload::LedgerCreated {
                        name: "c".into(),
                        currency: "EUR".into(),
                        scale: 2,
                        approvals_required: 0,
                    },
                    &a,
                ),
                entry(
                    "C",
                    1,
                    &Payload::DeviceKey {
                        public_key: hexkey(&c),
                        label: String::new(),
                        endorsed_by: Some(crate::journal::Endorsement {
                            device: "A".into(),
                            signature,
                        }),
                    },
                    &c,
                ),
            ];
            let roster = Roster::build(entries.iter().map(|(e, p)| (e, p)));
            assert_eq!(roster.is_admitted("C"), admitted);
        }
    }
}
