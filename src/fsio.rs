//! Paths and files outside SQLite: what a path names, which files OpenValue
//! must never overwrite, and atomic writes (SPEC §11 "Files").
//!
//! Why a module of its own: the CLI and the desktop shell both write
//! exports, charts and backups, and the shell must not import [`crate::cli`].
//!
//! Two rules hold everywhere here:
//!
//! - **Nothing opens a descriptor on a ledger this process has open.** A
//!   `close()` of *any* descriptor on a SQLite file drops every POSIX
//!   advisory lock the process holds on it (SQLite's documented caveat), and
//!   another process may then delete the write-ahead log under the open
//!   connection. Ledgers opened by [`crate::store::Ledger`] are registered
//!   here by device and inode ([`OpenLedger`]); [`protected`] recognises them
//!   from `stat` alone, and only reads the header of other files.
//! - **Messages name the user's path**, never a temporary file.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// What a path names, as far as OpenValue cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Nothing there.
    Missing,
    /// A regular file (after following symbolic links).
    File,
    /// A folder.
    Folder,
    /// A named pipe: reading it would wait for a writer forever.
    Fifo,
    /// A block or character device.
    Device,
    /// A Unix socket or anything else that is not a file.
    Other,
}

impl FileKind {
    /// "a folder", "a named pipe (FIFO)"…, for messages; `None` for a file.
    pub fn describe(self) -> Option<&'static str> {
        match self {
            FileKind::Missing | FileKind::File => None,
            FileKind::Folder => Some("a folder, not a file"),
            FileKind::Fifo => Some("a named pipe (FIFO), not a file"),
            FileKind::Device => Some("a device, not a file"),
            FileKind::Other => Some("a socket or other special file, not a file"),
        }
    }
}

/// What `path` names. `stat` only: no descriptor is opened, so a FIFO never
/// blocks and an open ledger never loses its locks.
pub fn kind_of(path: &Path) -> io::Result<FileKind> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(FileKind::Missing),
        Err(e) => return Err(e),
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(FileKind::File);
    }
    if kind.is_dir() {
        return Ok(FileKind::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Ok(FileKind::Fifo);
        }
        if kind.is_block_device() || kind.is_char_device() {
            return Ok(FileKind::Device);
        }
    }
    Ok(FileKind::Other)
}

/// The name to give SQLite for `path`: absolute, so that it can never be
/// read as a URI. Why: the bundled SQLite is compiled with
/// `SQLITE_USE_URI=1`, so a name starting with `file:` is a URI whatever
/// flags the connection is opened with (`backup file:other.openvalue`
/// overwrote another ledger). An absolute path starts with `/` (or a drive
/// letter), never with `file:`. Computed without touching the file.
pub fn sqlite_path(path: &Path) -> io::Result<PathBuf> {
    std::path::absolute(path)
}

/// A SQLite URI that opens `path` read-only as an *immutable* file: no
/// locks, no `-shm`. Only for a ledger in a folder that cannot be written
/// and that has no write-ahead log to read (see `Ledger::open`). The path
/// is made absolute and percent-encoded, so it is still read as a path.
pub fn immutable_uri(path: &Path) -> io::Result<String> {
    let absolute = sqlite_path(path)?;
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    Ok(uri)
}

/// Device and inode of a file (`stat` only); `None` if it does not exist.
#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// Off Unix, the canonical path stands for the identity.
#[cfg(not(unix))]
fn identity(path: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok()
}

#[cfg(unix)]
type Identity = (u64, u64);
#[cfg(not(unix))]
type Identity = PathBuf;

/// Ledgers open in this process, by identity.
static OPEN_LEDGERS: Mutex<Vec<Identity>> = Mutex::new(Vec::new());

fn open_ledgers() -> std::sync::MutexGuard<'static, Vec<Identity>> {
    // A panic elsewhere while holding the lock leaves a usable list.
    OPEN_LEDGERS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Registration of a ledger file open in this process; unregistered when
/// dropped. Held by [`crate::store::Ledger`].
#[derive(Debug)]
pub struct OpenLedger {
    identity: Option<Identity>,
}

impl OpenLedger {
    /// Registers the file at `path` (`stat` only).
    // Why: `Identity` is `Copy` on Unix but a `PathBuf` elsewhere.
    #[allow(clippy::clone_on_copy)]
    pub fn register(path: &Path) -> OpenLedger {
        let identity = identity(path);
        if let Some(id) = &identity {
            open_ledgers().push(id.clone());
        }
        OpenLedger { identity }
    }
}

impl Drop for OpenLedger {
    fn drop(&mut self) {
        if let Some(id) = &self.identity {
            let mut list = open_ledgers();
            if let Some(at) = list.iter().position(|x| x == id) {
                list.swap_remove(at);
            }
        }
    }
}

fn is_open_ledger(path: &Path) -> bool {
    match identity(path) {
        Some(id) => open_ledgers().contains(&id),
        None => false,
    }
}

/// SQLite's file header, and where it keeps the application id.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
const APPLICATION_ID_OFFSET: usize = 68;

/// What the first bytes of a file say it is.
fn header_of(path: &Path) -> Option<&'static str> {
    // Only a regular file is opened: opening a FIFO would wait for a
    // writer for ever, and a device is never a ledger.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(path).ok()?;
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    if read < SQLITE_HEADER.len() || &header[..SQLITE_HEADER.len()] != SQLITE_HEADER {
        return None;
    }
    let app_id = header
        .get(APPLICATION_ID_OFFSET..APPLICATION_ID_OFFSET + 4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map(i32::from_be_bytes);
    if app_id == Some(crate::store::APPLICATION_ID) {
        Some("an OpenValue ledger")
    } else {
        Some("a SQLite database (it may be a ledger)")
    }
}

/// Whether `path` is a SQLite database (a ledger open in this process is
/// recognised without opening it).
pub fn is_sqlite_file(path: &Path) -> bool {
    is_open_ledger(path) || header_of(path).is_some()
}

/// Whether the first bytes of `path` say it is an OpenValue ledger. A
/// ledger open in this process is never read this way (a descriptor opened
/// and closed on it would drop SQLite's locks): it is one.
pub fn has_ledger_header(path: &Path) -> bool {
    is_open_ledger(path) || header_of(path) == Some("an OpenValue ledger")
}

/// Why OpenValue must not replace the file at `target` with one it writes
/// (an export, a chart, a backup), or `None` if it may.
///
/// Refused: a ledger open in this process (recognised by device and inode,
/// so a hard link or another spelling of the path is caught without opening
/// the file), any OpenValue ledger or other SQLite database (by its header;
/// no export is ever a database), a ledger's `-wal`, `-shm` or `-journal`
/// file, and anything that is not a regular file.
pub fn protected(target: &Path) -> Option<String> {
    let kind = match kind_of(target) {
        Ok(kind) => kind,
        Err(e) => return Some(format!("cannot be checked ({})", os_message(&e))),
    };
    if let Some(what) = kind.describe() {
        return Some(format!("is {what}"));
    }
    // A companion of a database, whether or not it exists yet: SQLite
    // would read a file written there as the database's log (or delete it).
    let name = target.to_string_lossy();
    for suffix in ["-wal", "-shm", "-journal"] {
        if let Some(base) = name.strip_suffix(suffix) {
            let base = Path::new(base);
            if is_open_ledger(base) {
                return Some("belongs to the open ledger (its SQLite journal)".into());
            }
            if let Some(what) = header_of(base) {
                return Some(format!("belongs to {what} (its SQLite journal)"));
            }
        }
    }
    if kind == FileKind::Missing {
        return None;
    }
    if is_open_ledger(target) {
        return Some("is the open ledger".into());
    }
    if let Some(what) = header_of(target) {
        return Some(format!("is {what}"));
    }
    // A database whose header is still in its write-ahead log.
    if Path::new(&format!("{name}-wal")).exists() {
        return Some("is a SQLite database in use (it has a -wal file)".into());
    }
    None
}

/// The OS's words for an IO error, without any path a library added (such
/// as the name of a temporary file).
pub fn os_message(error: &io::Error) -> io::Error {
    if let Some(code) = error.raw_os_error() {
        return io::Error::from_raw_os_error(code);
    }
    // A library's wrapper (tempfile's "… at path …") keeps the OS error
    // as its source.
    let mut inner: Option<&(dyn std::error::Error + 'static)> = error
        .get_ref()
        .map(|e| e as &(dyn std::error::Error + 'static));
    while let Some(e) = inner {
        if let Some(code) = e
            .downcast_ref::<io::Error>()
            .and_then(io::Error::raw_os_error)
        {
            return io::Error::from_raw_os_error(code);
        }
        inner = e.source();
    }
    io::Error::from(error.kind())
}

/// The folder `target` is written in; it must exist.
fn folder_of(target: &Path) -> io::Result<PathBuf> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("the folder {} does not exist", dir.display()),
        ));
    }
    Ok(dir.to_path_buf())
}

/// A temporary file beside `target`, named after it, deleted when dropped.
fn temp_beside(target: &Path, dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
}

/// Makes a new file readable like any document (a temporary file is
/// created private); an existing target keeps its permissions.
fn set_permissions(file: &std::fs::File, target: &Path) {
    let permissions = match std::fs::metadata(target) {
        Ok(meta) => meta.permissions(),
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::Permissions::from_mode(0o644)
            }
            #[cfg(not(unix))]
            return;
        }
    };
    // Why ignored: the file is written either way; only its mode differs.
    let _ = file.set_permissions(permissions);
}

/// Flushes the folder's entry for a renamed file to disk (best effort: not
/// every platform can open a folder).
fn sync_folder(dir: &Path) {
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// Writes `target` atomically: `f` writes a temporary file in the same
/// folder, which is flushed to disk and renamed over `target` only when
/// everything succeeded. A failed write leaves `target` as it was and no
/// temporary file behind. Refuses any `target` [`protected`] names (a
/// ledger, a folder, a device…). Errors name `target`, never the
/// temporary file.
pub fn write_atomically<T>(
    target: &Path,
    f: impl FnOnce(&mut io::BufWriter<&std::fs::File>) -> Result<T>,
) -> Result<T> {
    let io = |source: io::Error| Error::Io {
        path: target.display().to_string(),
        source: os_message(&source),
    };
    if let Some(why) = protected(target) {
        return Err(Error::Refused(
            crate::i18n::Message::new("err-protected")
                .arg("path", target.display().to_string())
                .arg("why", why),
        ));
    }
    let dir = folder_of(target).map_err(|source| Error::Io {
        path: target.display().to_string(),
        source,
    })?;
    let tmp = temp_beside(target, &dir).map_err(io)?;
    let value = {
        let mut writer = io::BufWriter::new(tmp.as_file());
        // A failed write names the user's file (the writer knows no path).
        let value = f(&mut writer).map_err(|e| match e {
            Error::Export(m) => Error::Export(format!("{}: {m}", target.display())),
            other => other,
        })?;
        writer.flush().map_err(io)?;
        value
    };
    set_permissions(tmp.as_file(), target);
    tmp.as_file().sync_all().map_err(io)?;
    // Checked again just before the rename: the target may have changed
    // while the export was being written.
    if let Some(why) = protected(target) {
        return Err(Error::Refused(
            crate::i18n::Message::new("err-protected")
                .arg("path", target.display().to_string())
                .arg("why", why),
        ));
    }
    // On failure the temporary file is dropped, which deletes it.
    tmp.persist(target).map_err(|e| io(e.error))?;
    sync_folder(&dir);
    Ok(value)
}

/// A temporary path beside `target` for a file written by another
/// library (SQLite's backup), deleted with its SQLite companions unless
/// [`TempBeside::persist_new`] moved it into place.
#[derive(Debug)]
pub struct TempBeside {
    path: Option<tempfile::TempPath>,
    dir: PathBuf,
}

impl TempBeside {
    /// Reserves a temporary name in `target`'s folder (an empty file).
    pub fn new(target: &Path) -> io::Result<TempBeside> {
        let dir = folder_of(target)?;
        let file = temp_beside(target, &dir).map_err(|e| os_message(&e))?;
        set_permissions(file.as_file(), target);
        // The descriptor is closed at once: the writer opens the path itself.
        Ok(TempBeside {
            path: Some(file.into_temp_path()),
            dir,
        })
    }

    /// The temporary path.
    pub fn path(&self) -> &Path {
        self.path.as_deref().unwrap_or(Path::new(""))
    }

    /// Flushes the written file and renames it to `target`, which must not
    /// exist (never replaced, even if it appeared meanwhile).
    pub fn persist_new(mut self, target: &Path) -> io::Result<()> {
        let Some(path) = self.path.take() else {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        };
        std::fs::File::open(&path)?.sync_all()?;
        match path.persist_noclobber(target) {
            Ok(()) => {
                sync_folder(&self.dir);
                Ok(())
            }
            Err(e) => {
                // Put it back so that drop deletes it.
                self.path = Some(e.path);
                Err(os_message(&e.error))
            }
        }
    }
}

impl Drop for TempBeside {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            for suffix in ["-journal", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            // TempPath deletes the file itself when dropped.
            drop(path);
        }
    }
}

/// The default ledger: `ledger.openvalue` in the user's data directory
/// (the CLI's and the app's).
pub fn default_ledger_path() -> std::path::PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| std::path::PathBuf::from("."))
        .join("openvalue")
        .join("ledger.openvalue")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_immutable_uri_is_absolute_and_escapes_what_sqlite_would_parse() {
        let uri = immutable_uri(Path::new("/tmp/a b?c#d%e.openvalue")).unwrap_or_default();
        assert_eq!(uri, "file:/tmp/a%20b%3Fc%23d%25e.openvalue?immutable=1");
    }

    #[test]
    fn a_relative_file_colon_path_becomes_an_absolute_path() {
        let path = sqlite_path(Path::new("file:x?mode=memory")).unwrap_or_default();
        assert!(path.is_absolute(), "{}", path.display());
        assert!(path.ends_with("file:x?mode=memory"));
    }

    #[test]
    fn files_that_are_not_files_are_named() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(kind_of(dir.path()).ok(), Some(FileKind::Folder));
        assert_eq!(
            kind_of(&dir.path().join("nothing")).ok(),
            Some(FileKind::Missing)
        );
        #[cfg(unix)]
        assert_eq!(kind_of(Path::new("/dev/null")).ok(), Some(FileKind::Device));
        assert!(protected(dir.path()).is_some());
        assert!(protected(&dir.path().join("new.csv")).is_none());
    }
}
