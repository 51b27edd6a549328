//! Devices, bundles and conflicts on a ledger (SPEC §12): what `device`,
//! `bundle`, `clone`, `sync`, `conflicts` and `verify --against` do to
//! the books. Checks run inside the write transaction that appends.

use std::path::Path;

use super::merge::{self, ConflictRow, DeviceRow, MergeReport};
use super::{identity, Ledger, Settings, StoreError, Who};
use crate::bundle::{Bundle, Invitation};
use crate::i18n::Message;
use crate::journal::{Entry, Payload};
use crate::keys::{new_key, DeviceSecret, Keystore};
use crate::refusal::Refusal;

fn device_refusal(device: &str, state: &str) -> StoreError {
    StoreError::Refused(Refusal::DeviceState {
        device: device.to_string(),
        state: state.to_string(),
    })
}

/// The first eight characters of an id, enough to tell two apart.
fn short_id(id: &str) -> String {
    crate::text::quote(&id.chars().take(8).collect::<String>())
}

impl Ledger {
    /// The ledger's identity: the id of its `ledger_created` entry.
    pub fn ledger_id(&self) -> Result<String, StoreError> {
        identity::roster(self.conn())?
            .ledger
            .ok_or_else(|| StoreError::Corrupt("the journal has no ledger_created entry".into()))
    }

    /// A bundle of every entry this ledger holds, in the one order.
    pub fn bundle(&self) -> Result<Bundle, StoreError> {
        Ok(Bundle {
            ledger: self.ledger_id()?,
            name: self.settings().name.clone(),
            device: self.device().to_string(),
            entries: merge::entries_where(self.conn(), "1")?,
            invitation: None,
        })
    }

    /// Rule: a bundle (or another ledger file's journal) belongs to these
    /// books — the same `ledger_created` entry, not just the same name.
    /// `Err(why)` in words; `Ok` also when this ledger has no identity
    /// yet to compare.
    pub fn same_ledger(&self, bundle: &Bundle) -> Result<(), Message> {
        let Ok(ledger_id) = self.ledger_id() else {
            return Ok(());
        };
        if bundle.ledger == ledger_id {
            return Ok(());
        }
        let ours = &self.settings().name;
        Err(if bundle.name == *ours {
            Message::new("err-bundle-same_name")
                .arg("name", crate::text::quote(ours))
                .arg("theirs", short_id(&bundle.ledger))
                .arg("ours", short_id(&ledger_id))
        } else {
            Message::new("err-bundle-other_name")
                .arg("name", crate::text::quote(&bundle.name))
                .arg("ours", crate::text::quote(ours))
        })
    }

    /// Merges a bundle read from `source`: checked whole (chains, hashes,
    /// signatures, devices) and refused whole, naming `source`, or merged.
    pub fn merge_bundle(
        &mut self,
        bundle: &Bundle,
        source: &Path,
    ) -> Result<MergeReport, StoreError> {
        let refused = |why: Message| StoreError::BundleRefused {
            path: source.to_path_buf(),
            why,
        };
        self.same_ledger(bundle).map_err(refused)?;
        let merge =
            |w: &mut super::Writer<'_>| match merge::merge(w, &bundle.ledger, &bundle.entries)? {
                Ok(report) => Ok(report),
                Err(why) => Err(refused(why)),
            };
        match self.write(merge) {
            // A revoked laptop writes nothing of its own, but still
            // receives what the others did.
            Err(StoreError::Revoked { .. }) => self.write_as(Who::Nobody, merge),
            other => other,
        }
    }

    /// Invites a new device: appends its invitation (with a new key pair)
    /// and returns what the invitation file carries besides the entries.
    pub fn invite(&mut self, label: &str) -> Result<Invitation, StoreError> {
        let key = new_key()?;
        let device = uuid::Uuid::new_v4().to_string();
        let public_key = hex::encode(key.verifying_key().to_bytes());
        self.write(|w| {
            w.append(&Payload::DeviceInvited {
                device: device.clone(),
                public_key,
                label: label.to_string(),
            })
        })?;
        Ok(Invitation {
            device,
            secret: hex::encode(key.to_bytes()),
            label: label.to_string(),
        })
    }

    /// Creates the ledger file at `path` from an invitation bundle read
    /// from `source`, as the device it invites; its key goes to `keys`.
    pub fn clone_from(
        path: &Path,
        bundle: &Bundle,
        source: &Path,
        keys: Keystore,
    ) -> Result<Ledger, StoreError> {
        let refused = |why: Message| StoreError::BundleRefused {
            path: source.to_path_buf(),
            why,
        };
        let invitation = bundle
            .invitation
            .as_ref()
            .ok_or_else(|| refused(Message::new("err-bundle-not_an_invitation")))?;
        let secret: [u8; 32] = hex::decode(&invitation.secret)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| refused(Message::new("err-bundle-invitation_key")))?;
        let key = ed25519_dalek::SigningKey::from_bytes(&secret);
        let invited = bundle.entries.iter().any(|e| {
            e.decode().is_ok_and(|p| {
                matches!(p, Payload::DeviceInvited { device, public_key, .. }
                    if device == invitation.device
                        && public_key == hex::encode(key.verifying_key().to_bytes()))
            })
        });
        if !invited {
            return Err(refused(Message::new("err-bundle-invitation_entries")));
        }
        if keys.load(&invitation.device)?.is_some() {
            return Err(refused(Message::new("err-bundle-invitation_used")));
        }
        let settings = Settings {
            name: bundle.name.clone(),
            currency: crate::money::Currency::new("EUR", Some(2))
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            approvals_required: 0,
        };
        Ledger::claim_new(path, |path, sqlite_path| {
            let mut ledger = Ledger::empty_file(
                path,
                sqlite_path,
                &invitation.device,
                settings,
                keys.clone(),
            )?;
            ledger.write_as(Who::Nobody, |w| {
                match merge::merge(w, &bundle.ledger, &bundle.entries)? {
                    Ok(_) => Ok(()),
                    Err(why) => Err(refused(why)),
                }
            })?;
            let instance = identity::instance(ledger.conn())?;
            keys.save(
                &invitation.device,
                &DeviceSecret {
                    key: key.clone(),
                    file: Some(instance),
                    place: crate::keys::Place::of(path),
                },
            )?;
            ledger.settings =
                super::read_settings(ledger.conn()).map_err(|why| StoreError::Damaged {
                    path: path.to_path_buf(),
                    why,
                })?;
            Ok(ledger)
        })
    }

    /// Makes this file a new device (a copy on a computer without its
    /// key); other laptops must admit it. Returns its id.
    pub fn become_new_device(&mut self, label: &str) -> Result<String, StoreError> {
        self.write_as(Who::NewDevice(label), |w| {
            Ok::<_, StoreError>(w.device().to_string())
        })
    }

    /// Admits a device made by `device new` on another laptop.
    pub fn admit_device(&mut self, device: &str) -> Result<(), StoreError> {
        if uuid::Uuid::parse_str(device).is_err() {
            return Err(device_refusal(
                &crate::text::quote(device),
                "is not a device id: copy the id the new laptop printed (36 characters such as 6f1c2a3b-…)",
            ));
        }
        self.write(|w| {
            let roster = identity::roster(w.conn())?;
            if roster.is_admitted(device) {
                return Err(device_refusal(device, "is already admitted"));
            }
            w.append(&Payload::DeviceAdmitted {
                device: device.to_string(),
            })?;
            Ok(())
        })
    }

    /// Revokes a device (a lost laptop): its entries after the last one
    /// this ledger holds will not be applied. Returns that last number.
    pub fn revoke_device(&mut self, device: &str) -> Result<i64, StoreError> {
        self.write(|w| {
            let roster = identity::roster(w.conn())?;
            if device == w.device() {
                return Err(device_refusal(
                    device,
                    "is this laptop; revoke it from another laptop",
                ));
            }
            if !roster.devices.contains_key(device) {
                return Err(device_refusal(device, "is not known to this ledger"));
            }
            if roster.revoked_after(device).is_some() {
                return Err(device_refusal(device, "is already revoked"));
            }
            let last_seq: i64 = w.conn().query_row(
                "SELECT coalesce(max(device_seq), 0) FROM journal WHERE device = ?1",
                [device],
                |r| r.get(0),
            )?;
            w.append(&Payload::DeviceRevoked {
                device: device.to_string(),
                last_seq,
            })?;
            Ok(last_seq)
        })
    }

    /// Every device the journal names.
    pub fn devices(&self) -> Result<Vec<DeviceRow>, StoreError> {
        merge::devices(self.conn(), self.device())
    }

    /// Whether every write here would be refused with
    /// [`StoreError::NoDeviceKey`] (a copied file on a computer without
    /// its device's key), found without writing, so the app can say so
    /// before anyone types an entry. The same cases as the write path's.
    pub fn lacks_device_key(&self) -> Result<bool, StoreError> {
        let roster = identity::roster(self.conn())?;
        let device = self.device();
        let secret = self.keys.load(device)?;
        Ok(match (roster.key_hex(device), secret) {
            (None, _) => roster.creator.as_deref().is_some_and(|c| c != device),
            (Some(_), None) => true,
            (Some(public), Some(secret)) => secret.public_hex() != public,
        })
    }

    /// The conflicts, in the one order.
    pub fn conflicts(&self) -> Result<Vec<ConflictRow>, StoreError> {
        merge::conflicts(self.conn())
    }

    /// The entries of `other` (a bundle or a backup's journal) that this
    /// ledger lacks: a truncated or rolled-back ledger shows here.
    pub fn missing_from(&self, other: &[Entry]) -> Result<Vec<Entry>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT 1 FROM journal WHERE id = ?1")?;
        let mut missing = Vec::new();
        for e in other {
            if !stmt.exists([&e.id])? {
                missing.push(e.clone());
            }
        }
        Ok(missing)
    }
}
