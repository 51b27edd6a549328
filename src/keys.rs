//! Device keys: each device's Ed25519 secret key, kept in the user's data
//! directory and never in the ledger file (SPEC §12, ADR 10).
//!
//! One small TOML file per device id, mode 0600 in a folder of mode 0700:
//! the secret key and the file instance (the `instance` of the ledger
//! file's `meta`) that last wrote with it. A ledger file whose instance is
//! not that one is a copy (a backup, a copied file), and its first write
//! makes it a new device, so two files never extend one chain.

use std::io::Write;
use std::path::{Path, PathBuf};

use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};

/// A key file that cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The OS refused.
    #[error("{path}: {source}")]
    Io {
        /// The key file or folder.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is not a key file this build can read.
    #[error("{path}: this device key file is damaged ({why})")]
    Damaged {
        /// The key file.
        path: PathBuf,
        /// What is wrong.
        why: String,
    },
    /// The system gave no random bytes.
    #[error("cannot make a new key: the system's random source failed ({0})")]
    Random(String),
}

/// One device's secret key and the file that last wrote with it.
#[derive(Debug, Clone)]
pub struct DeviceSecret {
    /// The signing key.
    pub key: SigningKey,
    /// The file instance that owns the key, if one claimed it.
    pub file: Option<String>,
    /// Where that file is on this computer, if known: a plain copy of it
    /// (`cp`) keeps its instance but not its place.
    pub place: Option<Place>,
}

/// Where a ledger file is: its path and the file system's identity of it
/// (device and inode), which a copy does not share and a move keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The file's absolute path when it last wrote.
    pub path: PathBuf,
    /// The file system's device number.
    pub dev: u64,
    /// The file's inode.
    pub ino: u64,
}

impl Place {
    /// Where the file at `path` is, if it exists and the system says.
    #[cfg(unix)]
    pub fn of(path: &Path) -> Option<Place> {
        use std::os::unix::fs::MetadataExt;
        let path = std::fs::canonicalize(path).ok()?;
        let meta = std::fs::metadata(&path).ok()?;
        Some(Place {
            dev: meta.dev(),
            ino: meta.ino(),
            path,
        })
    }

    /// Where the file at `path` is: unknown on this system.
    #[cfg(not(unix))]
    pub fn of(_path: &Path) -> Option<Place> {
        None
    }

    /// Whether it is the same file as `other`.
    pub fn same_file(&self, other: &Place) -> bool {
        self.dev == other.dev && self.ino == other.ino
    }
}

/// Rule: the file at `path` is a plain copy of the file that owns the
/// key at `owner` — it is not that file, and that file is still where it
/// was, still a ledger. A file moved, renamed or replaced in place keeps
/// the key.
pub fn is_copy_of(owner: &Place, path: &Path) -> bool {
    let Some(here) = Place::of(path) else {
        return false;
    };
    if here.same_file(owner) || here.path == owner.path {
        return false;
    }
    Place::of(&owner.path).is_some_and(|there| there.same_file(owner))
        && crate::fsio::has_ledger_header(&owner.path)
}

impl DeviceSecret {
    /// The public key as hex, as entries carry it.
    pub fn public_hex(&self) -> String {
        hex::encode(self.key.verifying_key().to_bytes())
    }
}

#[derive(Serialize, Deserialize)]
struct KeyFile {
    device: String,
    secret: String,
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    place: Option<Place>,
}

/// The largest key file read: a few hundred bytes are expected.
const MAX_KEY_FILE: u64 = 64 * 1024;

/// Where device keys are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keystore {
    dir: PathBuf,
}

/// A new random signing key.
pub fn new_key() -> Result<SigningKey, KeyError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| KeyError::Random(e.to_string()))?;
    Ok(SigningKey::from_bytes(&bytes))
}

/// Reads a public key written as hex.
pub fn public_key(hex_text: &str) -> Option<ed25519_dalek::VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(hex_text).ok()?.try_into().ok()?;
    ed25519_dalek::VerifyingKey::from_bytes(&bytes).ok()
}

impl Keystore {
    /// The user's key folder: `openvalue/keys` in the data directory
    /// (`$XDG_DATA_HOME`, else `~/.local/share`), or `$OPENVALUE_KEYS`.
    pub fn user() -> Keystore {
        if let Some(dir) = std::env::var_os("OPENVALUE_KEYS").filter(|d| !d.is_empty()) {
            return Keystore {
                dir: PathBuf::from(dir),
            };
        }
        Keystore {
            dir: dirs::data_dir()
                .unwrap_or_else(|| PathBuf::from("."))
                .join("openvalue")
                .join("keys"),
        }
    }

    /// Keys kept in `dir`.
    pub fn at(dir: &Path) -> Keystore {
        Keystore {
            dir: dir.to_path_buf(),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, device: &str) -> PathBuf {
        // Device ids are UUIDs; anything else is kept to safe characters.
        let name: String = device
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.dir.join(format!("{name}.key"))
    }

    /// The device's secret, if this computer has it.
    pub fn load(&self, device: &str) -> Result<Option<DeviceSecret>, KeyError> {
        let path = self.path_of(device);
        let damaged = |why: String| KeyError::Damaged {
            path: path.clone(),
            why,
        };
        let text = match read_key_file(&path) {
            Ok(Some(bytes)) => String::from_utf8(bytes).map_err(|_| {
                damaged("it is not text: it was overwritten by something else".into())
            })?,
            Ok(None) => return Ok(None),
            Err(source) => return Err(KeyError::Io { path, source }),
        };
        let file: KeyFile = toml::from_str(&text).map_err(|e| damaged(e.message().to_string()))?;
        if file.device != device {
            return Err(damaged(format!(
                "it holds the key of device {}",
                file.device
            )));
        }
        let bytes: [u8; 32] = hex::decode(&file.secret)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| {
                damaged("its secret is not a key (64 hexadecimal digits): it was edited".into())
            })?;
        Ok(Some(DeviceSecret {
            key: SigningKey::from_bytes(&bytes),
            file: file.file,
            place: file.place,
        }))
    }

    /// Saves (or replaces) a device's secret, atomically, readable only by
    /// this user.
    pub fn save(&self, device: &str, secret: &DeviceSecret) -> Result<(), KeyError> {
        let io = |path: &Path, source: std::io::Error| KeyError::Io {
            path: path.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| io(&self.dir, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700));
        }
        let path = self.path_of(device);
        let text = toml::to_string(&KeyFile {
            device: device.to_string(),
            secret: hex::encode(secret.key.to_bytes()),
            file: secret.file.clone(),
            place: secret.place.clone(),
        })
        .map_err(|e| KeyError::Damaged {
            path: path.clone(),
            why: e.to_string(),
        })?;
        // tempfile creates the file with mode 0600.
        let mut tmp = tempfile::NamedTempFile::new_in(&self.dir).map_err(|e| io(&self.dir, e))?;
        tmp.write_all(
            format!(
                "# OpenValue device key: whoever holds this file can write as this laptop. Keep it secret.\n{text}"
            )
            .as_bytes(),
        )
        .map_err(|e| io(&path, e))?;
        tmp.as_file().sync_all().map_err(|e| io(&path, e))?;
        tmp.persist(&path).map_err(|e| io(&path, e.error))?;
        Ok(())
    }
}

/// Reads a key file: a regular file of at most [`MAX_KEY_FILE`] bytes
/// (a link to a device or a huge file is refused, not read without end).
/// One readable by others is made private again. `None`: no such file.
fn read_key_file(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let refused = |why: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, why.to_string());
    if !meta.is_file() {
        return Err(refused(
            "this is not a regular file, so it is not a device key",
        ));
    }
    if meta.len() > MAX_KEY_FILE {
        return Err(refused("this file is far too large to be a device key"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_KEY_FILE + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_KEY_FILE {
        return Err(refused("this file is far too large to be a device key"));
    }
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_round_trips_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let store = Keystore::at(&dir.path().join("keys"));
        assert!(store.load("d1").unwrap().is_none());
        let secret = DeviceSecret {
            key: new_key().unwrap(),
            file: Some("f1".into()),
            place: None,
        };
        store.save("d1", &secret).unwrap();
        let back = store.load("d1").unwrap().unwrap();
        assert_eq!(back.key.to_bytes(), secret.key.to_bytes());
        assert_eq!(back.file.as_deref(), Some("f1"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.path_of("d1"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_damaged_key_file_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let store = Keystore::at(dir.path());
        std::fs::write(store.path_of("d1"), "device = \"d1\"\nsecret = \"zz\"\n").unwrap();
        assert!(matches!(store.load("d1"), Err(KeyError::Damaged { .. })));
        std::fs::write(store.path_of("d2"), "\u{0}\u{1}").unwrap();
        assert!(matches!(store.load("d2"), Err(KeyError::Damaged { .. })));
        std::fs::write(store.path_of("d3"), [0xff, 0xfe, 0x00]).unwrap();
        let err = store.load("d3").unwrap_err().to_string();
        assert!(err.contains("not text"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_key_file_that_is_a_device_or_huge_is_refused_and_one_readable_by_others_is_made_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Keystore::at(dir.path());
        std::os::unix::fs::symlink("/dev/zero", store.path_of("d1")).unwrap();
        let err = store.load("d1").unwrap_err().to_string();
        assert!(err.contains("not a regular file"), "{err}");
        std::fs::write(store.path_of("d2"), vec![b'#'; 100_000]).unwrap();
        let err = store.load("d2").unwrap_err().to_string();
        assert!(err.contains("too large"), "{err}");
        let secret = DeviceSecret {
            key: new_key().unwrap(),
            file: None,
            place: None,
        };
        store.save("d3", &secret).unwrap();
        let path = store.path_of("d3");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(store.load("d3").unwrap().is_some());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_copy_is_told_from_a_move() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.openvalue");
        let mut header = vec![0u8; 100];
        header[..16].copy_from_slice(b"SQLite format 3\0");
        header[68..72].copy_from_slice(&crate::store::APPLICATION_ID.to_be_bytes());
        std::fs::write(&a, &header).unwrap();
        let owner = Place::of(&a).unwrap();
        let b = dir.path().join("b.openvalue");
        std::fs::copy(&a, &b).unwrap();
        assert!(is_copy_of(&owner, &b), "a copy beside the original");
        assert!(!is_copy_of(&owner, &a), "the original itself");
        std::fs::remove_file(&b).unwrap();
        std::fs::rename(&a, &b).unwrap();
        assert!(!is_copy_of(&owner, &b), "a move keeps the key");
    }
}
