//! What the app remembers on this computer between runs: the sync folder
//! of each ledger file.
//!
//! Why a file of its own and not the ledger or the web view's storage: the
//! sync folder is a fact about this computer (another laptop mounts the
//! same shared folder elsewhere), so it must not travel in the journal;
//! and the timer that syncs every minute must find it even when the web
//! view's storage was cleared. One small JSON file in the user's config
//! directory (`$XDG_CONFIG_HOME/openvalue/app.json`), written atomically.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::AppResult;

/// Where the app's preferences are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefs {
    file: PathBuf,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PrefsFile {
    /// Ledger file (absolute) → its sync folder.
    #[serde(default)]
    sync_folders: BTreeMap<String, String>,
}

/// A ledger's key in the file: its absolute path, symbolic links resolved,
/// so two ways of naming one file share one folder.
fn key_of(ledger: &Path) -> String {
    std::fs::canonicalize(ledger)
        .or_else(|_| std::path::absolute(ledger))
        .unwrap_or_else(|_| ledger.to_path_buf())
        .display()
        .to_string()
}

impl Prefs {
    /// The user's preferences: `openvalue/app.json` in the config directory.
    pub fn user() -> Prefs {
        Prefs::at(
            &dirs::config_dir()
                .unwrap_or_else(|| PathBuf::from("."))
                .join("openvalue")
                .join("app.json"),
        )
    }

    /// Preferences kept in `file`.
    pub fn at(file: &Path) -> Prefs {
        Prefs {
            file: file.to_path_buf(),
        }
    }

    /// The file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// What the file holds; a missing or unreadable file is no preferences
    /// (remembering is a convenience, never a reason to refuse to work).
    fn read(&self) -> PrefsFile {
        std::fs::read_to_string(&self.file)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    fn write(&self, prefs: &PrefsFile) -> AppResult<()> {
        if let Some(dir) = self.file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| openvalue::Error::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let text = serde_json::to_string_pretty(prefs)
            .map_err(|e| openvalue::Error::Export(e.to_string()))?;
        openvalue::fsio::write_atomically(&self.file, |w| {
            use std::io::Write;
            w.write_all(text.as_bytes())
                .map_err(|source| openvalue::Error::Io {
                    path: self.file.display().to_string(),
                    source,
                })
        })?;
        Ok(())
    }

    /// The sync folder remembered for `ledger`.
    pub fn sync_folder(&self, ledger: &Path) -> Option<String> {
        self.read().sync_folders.remove(&key_of(ledger))
    }

    /// Remembers `folder` as `ledger`'s sync folder (`None` forgets it).
    pub fn set_sync_folder(&self, ledger: &Path, folder: Option<&Path>) -> AppResult<()> {
        let mut prefs = self.read();
        let key = key_of(ledger);
        match folder {
            Some(folder) => prefs.sync_folders.insert(key, folder.display().to_string()),
            None => prefs.sync_folders.remove(&key),
        };
        self.write(&prefs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_ledger_remembers_its_own_folder_and_a_damaged_file_forgets_quietly() {
        let dir = tempfile::tempdir().expect("temp dir");
        let prefs = Prefs::at(&dir.path().join("config").join("app.json"));
        let a = dir.path().join("a.openvalue");
        let b = dir.path().join("b.openvalue");
        assert_eq!(prefs.sync_folder(&a), None);
        prefs
            .set_sync_folder(&a, Some(Path::new("/shared/coop")))
            .expect("remember");
        prefs
            .set_sync_folder(&b, Some(Path::new("/usb/coop")))
            .expect("remember");
        assert_eq!(prefs.sync_folder(&a).as_deref(), Some("/shared/coop"));
        assert_eq!(prefs.sync_folder(&b).as_deref(), Some("/usb/coop"));
        // The same file named through its folder's other spelling.
        let again = dir.path().join(".").join("a.openvalue");
        assert_eq!(prefs.sync_folder(&again).as_deref(), Some("/shared/coop"));
        prefs.set_sync_folder(&a, None).expect("forget");
        assert_eq!(prefs.sync_folder(&a), None);
        assert_eq!(prefs.sync_folder(&b).as_deref(), Some("/usb/coop"));

        std::fs::write(prefs.file(), "{ not json").expect("damage");
        assert_eq!(prefs.sync_folder(&b), None);
        prefs
            .set_sync_folder(&b, Some(Path::new("/usb/coop")))
            .expect("a damaged file is replaced");
        assert_eq!(prefs.sync_folder(&b).as_deref(), Some("/usb/coop"));
    }
}
