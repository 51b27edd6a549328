//! Which device writes, and with which key (SPEC §12, ADR 10).
//!
//! Read inside the write transaction that appends: the ledger file's
//! device and instance (`meta`), the device entries of its journal, and
//! this computer's key store. The rules:
//! - a new ledger, or one written before signatures, gets a key for its
//!   device, declared by a `device_key` entry;
//! - a file whose device key is here but was last used by another file
//!   (a backup, a copy) becomes a new device, endorsed by the old key;
//! - without the key (a copy on another computer) nothing is written;
//! - a revoked device writes nothing more.

use std::path::Path;

use ed25519_dalek::Signer;
use rusqlite::{Connection, OptionalExtension};

use super::StoreError;
use crate::devices::Roster;
use crate::journal::{endorsement_message, Endorsement, Payload};
use crate::keys::{is_copy_of, new_key, DeviceSecret, Keystore, Place};

/// The kinds of entries a [`Roster`] reads.
pub(super) const ROSTER_KINDS: &str =
    "'ledger_created', 'device_key', 'device_invited', 'device_admitted', 'device_revoked'";

/// The roster of the journal as `conn` sees it.
pub(super) fn roster(conn: &Connection) -> Result<Roster, StoreError> {
    let entries = super::merge::entries_where(conn, &format!("kind IN ({ROSTER_KINDS})"))?;
    let decoded: Vec<(crate::journal::Entry, Payload)> = entries
        .into_iter()
        .filter_map(|e| e.decode().ok().map(|p| (e, p)))
        .collect();
    Ok(Roster::build(decoded.iter().map(|(e, p)| (e, p))))
}

/// The device that writes, its key, and the entries to append first.
pub(super) struct Identity {
    /// The writing device.
    pub device: String,
    /// Its signing key (`None`: the transaction only merges).
    pub key: Option<ed25519_dalek::SigningKey>,
    /// Entries to append before anything else (a `device_key`).
    pub pending: Vec<Payload>,
}

fn meta(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// This file's instance id, made on first need (files written before
/// schema 5 have none).
pub(super) fn instance(conn: &Connection) -> Result<String, StoreError> {
    match meta(conn, "instance")? {
        Some(instance) => Ok(instance),
        None => {
            let instance = uuid::Uuid::new_v4().to_string();
            set_meta(conn, "instance", &instance)?;
            Ok(instance)
        }
    }
}

/// Resolves who writes, inside the write transaction `conn`.
pub(super) fn identity(
    conn: &Connection,
    keys: &Keystore,
    device: &str,
    path: &Path,
) -> Result<Identity, StoreError> {
    let roster = roster(conn)?;
    if let Some(last_seq) = roster.revoked_after(device) {
        return Err(StoreError::Revoked {
            device: device.to_string(),
            last_seq,
        });
    }
    let instance = instance(conn)?;
    let declared = roster.key_hex(device).map(str::to_string);
    let secret = keys.load(device)?;
    let no_key = || StoreError::NoDeviceKey {
        path: path.to_path_buf(),
        device: device.to_string(),
    };
    match (declared, secret) {
        // A new ledger, or one written before signatures: its device gets
        // a key. Only the device that created the ledger (or a brand-new
        // file) may declare its own key unendorsed.
        (None, secret) => {
            let creator_or_new = roster.creator.as_deref().is_none_or(|c| c == device);
            if !creator_or_new {
                return Err(no_key());
            }
            let secret = match secret {
                Some(s) => s,
                None => DeviceSecret {
                    key: new_key()?,
                    file: Some(instance.clone()),
                    place: None,
                },
            };
            let claimed = DeviceSecret {
                key: secret.key.clone(),
                file: Some(instance),
                place: Place::of(path),
            };
            keys.save(device, &claimed)?;
            Ok(Identity {
                device: device.to_string(),
                pending: vec![Payload::DeviceKey {
                    public_key: claimed.public_hex(),
                    label: String::new(),
                    endorsed_by: None,
                }],
                key: Some(claimed.key),
            })
        }
        (Some(_), None) => Err(no_key()),
        (Some(public), Some(secret)) => {
            if secret.public_hex() != public {
                return Err(no_key());
            }
            let copied = match (secret.file.as_deref(), &secret.place) {
                (Some(owner), _) if owner != instance => true,
                (Some(_), Some(place)) => is_copy_of(place, path),
                _ => false,
            };
            if copied {
                return become_copy(conn, keys, device, &secret, path);
            }
            // The first file to write with this key owns it; a moved file
            // keeps it, and the key file learns where it went.
            let here = Place::of(path);
            if secret.file.as_deref() != Some(instance.as_str()) || secret.place != here {
                keys.save(
                    device,
                    &DeviceSecret {
                        key: secret.key.clone(),
                        file: Some(instance),
                        place: here,
                    },
                )?;
            }
            Ok(Identity {
                device: device.to_string(),
                key: Some(secret.key),
                pending: Vec::new(),
            })
        }
    }
}

/// Rule: a copy of a file (a backup, a copied ledger on the same computer,
/// told apart by its instance or by its place) writes as a new device,
/// admitted by its old device's signature. The copy gets an instance of
/// its own.
fn become_copy(
    conn: &Connection,
    keys: &Keystore,
    old_device: &str,
    old: &DeviceSecret,
    path: &Path,
) -> Result<Identity, StoreError> {
    let instance = uuid::Uuid::new_v4().to_string();
    set_meta(conn, "instance", &instance)?;
    let device = uuid::Uuid::new_v4().to_string();
    let secret = DeviceSecret {
        key: new_key()?,
        file: Some(instance),
        place: Place::of(path),
    };
    keys.save(&device, &secret)?;
    set_meta(conn, "device", &device)?;
    let public_key = secret.public_hex();
    let signature = hex::encode(
        old.key
            .sign(&endorsement_message(&device, &public_key))
            .to_bytes(),
    );
    Ok(Identity {
        device: device.clone(),
        pending: vec![Payload::DeviceKey {
            public_key,
            label: String::new(),
            endorsed_by: Some(Endorsement {
                device: old_device.to_string(),
                signature,
            }),
        }],
        key: Some(secret.key),
    })
}

/// Makes this file a new device with a new key, declared by its own
/// unendorsed `device_key` entry (`device new`): it writes again, and the
/// cooperative's other laptops admit it.
pub(super) fn new_device(
    conn: &Connection,
    keys: &Keystore,
    label: &str,
    path: &Path,
) -> Result<Identity, StoreError> {
    let instance = uuid::Uuid::new_v4().to_string();
    set_meta(conn, "instance", &instance)?;
    let device = uuid::Uuid::new_v4().to_string();
    let secret = DeviceSecret {
        key: new_key()?,
        file: Some(instance),
        place: Place::of(path),
    };
    keys.save(&device, &secret)?;
    set_meta(conn, "device", &device)?;
    Ok(Identity {
        device,
        pending: vec![Payload::DeviceKey {
            public_key: secret.public_hex(),
            label: label.to_string(),
            endorsed_by: None,
        }],
        key: Some(secret.key),
    })
}
