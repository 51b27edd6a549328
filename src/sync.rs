//! Bundles as files, invitations, clones and the sync folder (SPEC §12):
//! the file side of what [`crate::store`] merges. The CLI and the app call
//! these; messages name the user's files.

use std::path::{Path, PathBuf};

use crate::bundle::{self, Bundle};
use crate::error::{Error, Result};
use crate::keys::Keystore;
use crate::members::Role;
use crate::store::{Ledger, MergeReport, StoreError};

/// The extension of the files a sync folder holds.
pub const BUNDLE_EXTENSION: &str = "ovbundle";

/// Reads and decodes a bundle (or invitation) file.
pub fn read_bundle(path: &Path) -> Result<Bundle> {
    let io = |source: std::io::Error| Error::Io {
        path: path.display().to_string(),
        source: crate::fsio::os_message(&source),
    };
    let kind = crate::fsio::kind_of(path).map_err(io)?;
    if let Some(what) = kind.describe() {
        return Err(Error::Refused(
            crate::i18n::Message::new("err-bundle-not_a_file")
                .arg("path", path.display().to_string())
                .arg("what", crate::error::file_kind_term(what)),
        ));
    }
    if kind == crate::fsio::FileKind::Missing {
        return Err(Error::NotFound(
            crate::i18n::Message::new("err-not_found-file").arg("path", path.display().to_string()),
        ));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    bundle::decode(&bytes).map_err(|e| {
        StoreError::BundleRefused {
            path: path.to_path_buf(),
            why: e.message(),
        }
        .into()
    })
}

/// Writes a bundle atomically; an invitation is readable by this user only.
pub fn write_bundle(path: &Path, bundle: &Bundle) -> Result<()> {
    let bytes = bundle::encode(bundle).map_err(|e| Error::Export(e.to_string()))?;
    crate::fsio::write_atomically(path, |w| {
        use std::io::Write;
        w.write_all(&bytes)
            .map_err(|e| Error::Export(e.to_string()))
    })?;
    #[cfg(unix)]
    if bundle.invitation.is_some() {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    Ok(())
}

/// `bundle export`: every entry this ledger holds. Returns how many.
pub fn export_bundle(ledger: &Ledger, path: &Path) -> Result<usize> {
    ledger.may(Role::Member, "exporting a bundle")?;
    let bundle = ledger.bundle()?;
    write_bundle(path, &bundle)?;
    Ok(bundle.entries.len())
}

/// `bundle import`: checks the bundle whole and merges it.
pub fn import_bundle(ledger: &mut Ledger, path: &Path) -> Result<MergeReport> {
    ledger.may(Role::Member, "importing a bundle")?;
    let bundle = read_bundle(path)?;
    Ok(ledger.merge_bundle(&bundle, path)?)
}

/// `device invite`: records the invitation and writes the file the new
/// laptop starts from. Returns the new device's id.
pub fn invite(ledger: &mut Ledger, path: &Path, label: &str) -> Result<String> {
    crate::validate::label_text("label", label).map_err(|m| Error::field_says("label", m))?;
    // Refused before anything is recorded: the path must be writable-new.
    if let Some(why) = crate::fsio::protected(path) {
        return Err(Error::Refused(
            crate::i18n::Message::new("err-protected")
                .arg("path", path.display().to_string())
                .arg("why", why),
        ));
    }
    let invitation = ledger.invite(label)?;
    let device = invitation.device.clone();
    let mut bundle = ledger.bundle()?;
    bundle.invitation = Some(invitation);
    write_bundle(path, &bundle)?;
    Ok(device)
}

/// `clone`: a new ledger at `ledger_path` from the invitation at `path`.
pub fn clone(path: &Path, ledger_path: &Path, keys: Keystore) -> Result<Ledger> {
    let bundle = read_bundle(path)?;
    Ok(Ledger::clone_from(ledger_path, &bundle, path, keys)?)
}

/// What `sync` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// This device's file in the folder.
    pub written: PathBuf,
    /// Entries written to it.
    pub entries: usize,
    /// Other devices' files merged, with what each did.
    pub imported: Vec<(PathBuf, MergeReport)>,
    /// Files skipped, with why (conflicted copies, damaged bundles).
    pub skipped: Vec<(PathBuf, Skipped)>,
}

/// Whether a file name is a sync tool's conflicted copy.
pub fn is_conflicted_copy(name: &str) -> bool {
    name.contains(".sync-conflict-")
        || name.contains("(conflicted copy")
        || name.contains("conflicted copy")
}

/// Why `sync` skipped a file in the folder.
#[derive(Debug, Clone)]
pub enum Skipped {
    /// A copy the folder-sync tool made when two versions met.
    ConflictedCopy,
    /// A bundle refused whole, and why.
    Refused(crate::i18n::Message),
    /// A file that could not be read or merged.
    Failed(std::sync::Arc<Error>),
}

impl PartialEq for Skipped {
    fn eq(&self, other: &Skipped) -> bool {
        match (self, other) {
            (Skipped::ConflictedCopy, Skipped::ConflictedCopy) => true,
            (Skipped::Refused(a), Skipped::Refused(b)) => a == b,
            (Skipped::Failed(a), Skipped::Failed(b)) => a.to_string() == b.to_string(),
            _ => false,
        }
    }
}

impl Eq for Skipped {}

impl Skipped {
    /// Why, in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Skipped::ConflictedCopy => crate::i18n::tr(lang, "sync-skipped-conflicted_copy", &[]),
            Skipped::Refused(why) => why.render(lang),
            Skipped::Failed(e) => e.message(lang),
        }
    }
}

/// `sync DIR`: merges every other device's bundle in `dir`, then writes
/// this device's own file there (replaced atomically), so what it merged
/// travels on. A damaged bundle or a sync tool's conflicted copy is
/// skipped with a notice; sync still succeeds.
pub fn sync_dir(ledger: &mut Ledger, dir: &Path) -> Result<SyncReport> {
    ledger.may(Role::Member, "syncing")?;
    let io = |source: std::io::Error| Error::Io {
        path: dir.display().to_string(),
        source: crate::fsio::os_message(&source),
    };
    let kind = crate::fsio::kind_of(dir).map_err(io)?;
    if kind != crate::fsio::FileKind::Folder {
        return Err(Error::Refused(
            crate::i18n::Message::new("err-sync-not_a_folder")
                .arg("path", dir.display().to_string()),
        ));
    }
    // Rule: the sync folder is never the ledger's own folder (a sync tool
    // would carry the database while it is written).
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if let Some(folder) = ledger.path().parent() {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if same(folder, dir) {
            return Err(Error::Refused(
                crate::i18n::Message::new("err-sync-ledger_folder")
                    .arg("path", dir.display().to_string()),
            ));
        }
    }
    let mut report = SyncReport::default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for file in files {
        let Some(name) = file.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        if !name.ends_with(&format!(".{BUNDLE_EXTENSION}")) && !is_conflicted_copy(&name) {
            continue;
        }
        if name.starts_with('.') {
            continue;
        }
        if is_conflicted_copy(&name) {
            report.skipped.push((file, Skipped::ConflictedCopy));
            continue;
        }
        if name == format!("{}.{BUNDLE_EXTENSION}", ledger.device()) {
            continue;
        }
        match import_bundle(ledger, &file) {
            Ok(merged) => report.imported.push((file, merged)),
            Err(Error::Store(StoreError::BundleRefused { why, .. })) => {
                report.skipped.push((file, Skipped::Refused(why)))
            }
            Err(e @ Error::Io { .. })
            | Err(e @ Error::NotFound(_))
            | Err(e @ Error::Refused(_)) => report
                .skipped
                .push((file, Skipped::Failed(std::sync::Arc::new(e)))),
            Err(e) => return Err(e),
        }
    }
    let own = dir.join(format!("{}.{BUNDLE_EXTENSION}", ledger.device()));
    report.entries = export_bundle(ledger, &own)?;
    report.written = own;
    Ok(report)
}

/// `verify --against FILE`: the entries a bundle or a ledger file (a
/// backup) holds that `ledger` lacks.
pub fn missing_against(ledger: &Ledger, path: &Path) -> Result<Vec<crate::journal::Entry>> {
    let other = if crate::fsio::has_ledger_header(path) {
        Ledger::open(path)?.bundle()?
    } else {
        read_bundle(path)?
    };
    ledger
        .same_ledger(&other)
        .map_err(|why| StoreError::BundleRefused {
            path: path.to_path_buf(),
            why,
        })?;
    Ok(ledger.missing_from(&other.entries)?)
}

/// Rule: a ledger file must not sit in a folder a sync tool carries (it
/// would copy a database while it is written). Returns the tool's name.
pub fn synced_folder(ledger_path: &Path) -> Option<&'static str> {
    let absolute = std::path::absolute(ledger_path).ok()?;
    for dir in absolute.ancestors().skip(1) {
        let has = |name: &str| dir.join(name).exists();
        if has(".stfolder") {
            return Some("Syncthing");
        }
        if has(".sync_journal.db") || has(".owncloudsync.log") || has(".nextcloudsync.log") {
            return Some("Nextcloud");
        }
        if has(".dropbox") || has(".dropbox.cache") {
            return Some("Dropbox");
        }
    }
    None
}
