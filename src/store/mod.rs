//! The ledger file: one SQLite database holding the journal and the tables
//! derived from it.
//!
//! [`Ledger`] owns the connection. Every user action runs in one
//! transaction through [`Ledger::write`], which appends journal entries and
//! applies each to the derived tables before committing, so the journal and
//! the tables can never disagree after a crash.

mod account;
mod apply;
mod books;
mod charts;
mod epochs;
mod facts;
mod history;
mod identity;
mod merge;
mod peers;
mod people;
pub mod query;
mod resources;
mod rollback;
mod rows;
pub(crate) mod rules;
mod sql;
mod stages;
mod sync;
mod tokens;
mod undo;
mod verify;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use thiserror::Error;

use crate::journal::{Entry, Hlc, Payload, Stamp, GENESIS_HASH};
use crate::keys::Keystore;
use crate::money::Currency;

pub use account::{AccountContribution, AccountLine, MemberAccount, Permission, Permissions};
use apply::existing_digest;
pub(crate) use apply::{contribution_digest, revenue_digest};
pub use books::Books;
pub(crate) use books::RecordTable;
pub use epochs::{EpochView, GiveView};
pub use facts::{Balance, ExplainRow, ProjectEarning, RevenueRow};
pub use history::{FieldChange, HistoryChange, HistoryEvent};
pub use merge::{ConflictRow, DeviceRow, MergeReport};
pub use peers::PeerValue;
pub use people::Actor;
pub use resources::{kinds_take_credits, Credit, ResourceRow, UseRow};
pub use rows::{AllocationRow, ContributionLine, DistributionPostings, DistributionSummary, Span};
pub use stages::{StageHistory, StageRow};
pub use tokens::{TokenBalance, TokenMove};
pub use undo::{ActionKind, LastAction};
pub use verify::{ChainHead, VerifyReport};

/// `PRAGMA application_id` of a ledger file ("OVAL").
pub const APPLICATION_ID: i32 = 0x4F56_414C;

/// Numbered migrations; migration N brings the schema to version N.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_covering_split_index.sql"),
    include_str!("migrations/0003_binary_payloads.sql"),
    include_str!("migrations/0004_account_totals.sql"),
    include_str!("migrations/0005_devices_and_merges.sql"),
    include_str!("migrations/0006_sign_in_and_roles.sql"),
    include_str!("migrations/0007_tokens.sql"),
    include_str!("migrations/0008_epochs.sql"),
    include_str!("migrations/0009_own_rules.sql"),
    include_str!("migrations/0010_corrections_everywhere.sql"),
    include_str!("migrations/0011_resources.sql"),
    include_str!("migrations/0012_peer_valuation.sql"),
    include_str!("migrations/0013_give_notes.sql"),
    include_str!("migrations/0014_allocation_standards.sql"),
    include_str!("migrations/0015_undo_log.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// Page cache per connection, in KiB. Measured at a million
/// contributions (BENCHMARKS.md): 48 MiB imports in 9.2 s at 174 MB peak
/// where 96 MiB took 10.1 s at 228 MB, and the dry run is no slower; the
/// indexes the import rebuilds at its end are sorted, not cached.
const CACHE_KIB: i64 = 48 * 1024;

/// Day number stored for "from the beginning".
pub const BEGINNING_DAY: i64 = i32::MIN as i64;

/// Errors from opening, reading and writing a ledger file.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The file does not exist.
    #[error("{path}: no such ledger; create one first, or check the path")]
    Missing {
        /// The path.
        path: PathBuf,
    },
    /// The path names a folder, a FIFO, a device… rather than a file.
    #[error("{path}: this is {what}; a ledger is a file — nothing was opened")]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is ("a folder, not a file").
        what: &'static str,
    },
    /// The file (or its folder) cannot be read or written at the OS level.
    #[error("{path}: {source}")]
    Io {
        /// The user's path (never a temporary file).
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The ledger file has more than one name (hard links).
    #[error("{path}: this ledger file has {names} names (hard links); SQLite keeps a separate log for each name, so two programs using two names would damage it. Give it one name: copy it to a new file and open the copy, or remove the other names — nothing was opened")]
    HardLinked {
        /// The path.
        path: PathBuf,
        /// How many names the file has.
        names: u64,
    },
    /// A file OpenValue never writes (a ledger, a database's log).
    #[error("{path}: {why}; nothing was written — choose another file name")]
    Protected {
        /// The path.
        path: PathBuf,
        /// What it is.
        why: String,
    },
    /// A read-only ledger that cannot be read as it is.
    #[error("{path}: the ledger is read-only and cannot be read as it is ({why}); copy it (with its -wal file) to a folder you can write, or open it where it was written")]
    Unreadable {
        /// The path.
        path: PathBuf,
        /// Why.
        why: String,
    },
    /// A file exists where a new ledger was to be created.
    #[error("{path}: a file already exists there; choose another path")]
    Exists {
        /// The path.
        path: PathBuf,
    },
    /// Not an OpenValue ledger (another SQLite database, or not SQLite).
    #[error("{path}: not an OpenValue ledger ({why}); the file was not changed")]
    NotALedger {
        /// The path.
        path: PathBuf,
        /// Why it was refused.
        why: String,
    },
    /// Written by a newer OpenValue.
    #[error("{path}: written by a newer OpenValue (schema {found}; this version reads up to {supported}); update OpenValue to open it — the file was not changed")]
    NewerSchema {
        /// The path.
        path: PathBuf,
        /// Schema version found.
        found: i32,
        /// Newest schema this build reads.
        supported: i32,
    },
    /// The file is damaged in a way SQLite or the journal detects.
    #[error(
        "{path}: the ledger is damaged: {why}. Restore it from a backup; the file was not changed"
    )]
    Damaged {
        /// The path.
        path: PathBuf,
        /// What was found.
        why: String,
    },
    /// Another program holds the ledger for writing.
    #[error("the ledger is busy: another OpenValue window or command is writing to it; try again in a moment")]
    Busy,
    /// The disk is full.
    #[error("the disk is full; nothing was written — free some space and try again")]
    DiskFull,
    /// The file or its folder cannot be written.
    #[error("{path}: the ledger is read-only; nothing was written")]
    ReadOnly {
        /// The path.
        path: PathBuf,
    },
    /// SQLite found a damaged page while reading or writing.
    #[error("the ledger file is damaged ({0}); nothing was written — restore it from a backup")]
    Corrupt(String),
    /// Any other SQLite error.
    #[error("the ledger cannot be read or written as it is ({0}); if it was changed outside OpenValue, restore it from a backup")]
    Sqlite(rusqlite::Error),
    /// A record cannot be written as JSON (its digest).
    #[error("journal payload error: {0}")]
    Json(#[from] serde_json::Error),
    /// A journal payload cannot be written or read.
    #[error("journal payload error: {0}")]
    Payload(#[from] crate::journal::PayloadError),
    /// A sum is beyond what the books can show (an i64 of minor units).
    #[error("{what} is beyond what OpenValue can show ({minor} minor units)")]
    TooLarge {
        /// What was summed ("ana's balance").
        what: String,
        /// The exact sum, as decimal text.
        minor: String,
    },
    /// The books refuse the entry (a rule of `store::rules`); nothing was written.
    #[error(transparent)]
    Refused(#[from] crate::refusal::Refusal),
    /// This computer does not hold the key of the ledger's device.
    #[error("{path}: this computer does not hold the key of this ledger's device {device} (a copied file, or a backup restored on another computer), so the ledger opens read-only: reading, verifying and exports work. To go on writing with this copy, make it a new device, which the cooperative's other laptops must then admit; nothing was written")]
    NoDeviceKey {
        /// The ledger.
        path: PathBuf,
        /// Its device.
        device: String,
    },
    /// This laptop was revoked by another.
    #[error("this laptop (device {device}) was revoked by the cooperative (a lost laptop?); its entries after number {last_seq} are not applied anywhere, so nothing more is written from it — ask an admin to invite this laptop again")]
    Revoked {
        /// Its device.
        device: String,
        /// Its last applied sequence number.
        last_seq: i64,
    },
    /// A device key file cannot be read or written.
    #[error(transparent)]
    Key(#[from] crate::keys::KeyError),
    /// Signing in failed (a wrong passphrase, no passphrase set).
    #[error("{0}")]
    SignIn(crate::i18n::Message),
    /// A bundle refused whole; nothing was changed.
    #[error("{path}: {why}; nothing was changed")]
    BundleRefused {
        /// The bundle.
        path: PathBuf,
        /// Why, rendered in the user's language.
        why: crate::i18n::Message,
    },
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => {
                StoreError::Corrupt(error.to_string())
            }
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
                path: PathBuf::new(),
            },
            _ => StoreError::Sqlite(error),
        }
    }
}

/// The ledger-wide settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The cooperative's name.
    pub name: String,
    /// Base currency.
    pub currency: Currency,
    /// Approvals a contribution needs to count.
    pub approvals_required: u32,
}

/// An open ledger file.
pub struct Ledger {
    conn: Connection,
    path: PathBuf,
    device: String,
    settings: Settings,
    /// Whether SQLite's `quick_check` passed since this file was opened.
    /// Why not at open: it reads the whole file (0.6 s at a million
    /// contributions), and reading a damaged file harms nothing; writing to
    /// one could spread the damage, so the first write checks.
    integrity_checked: bool,
    /// How SQLite was given the file, and its registration as open in this
    /// process (see [`crate::fsio`]).
    file: LedgerFile,
    /// Where this computer keeps device keys.
    keys: Keystore,
    /// The member signed in, whose entries carry their name (SPEC §13).
    actor: Option<Actor>,
}

/// How a ledger's file was opened.
#[derive(Debug)]
struct LedgerFile {
    /// The name SQLite opened (absolute path, or an immutable URI); used to
    /// `ATTACH` the same file.
    sqlite_name: String,
    _open: crate::fsio::OpenLedger,
}

impl std::fmt::Debug for Ledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ledger").field("path", &self.path).finish()
    }
}

/// How a connection to a ledger file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Create the file (claimed empty just before).
    Create,
    /// Read and write an existing file.
    Write,
    /// Read only: the first inspection of a file, and ledgers that cannot
    /// be written.
    Read,
}

/// Opens the file SQLite knows as `name` (from [`crate::fsio::sqlite_path`],
/// so never a URI) with flags that leave out `SQLITE_OPEN_URI` (rusqlite's
/// defaults include it), and makes the connection keep its write-ahead log.
fn connect(name: &Path, access: Access) -> rusqlite::Result<Connection> {
    let mode = match access {
        Access::Create => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        Access::Write => OpenFlags::SQLITE_OPEN_READ_WRITE,
        Access::Read => OpenFlags::SQLITE_OPEN_READ_ONLY,
    };
    let conn = Connection::open_with_flags(name, mode | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    persist_wal(&conn)?;
    Ok(conn)
}

/// Sets `SQLITE_FCNTL_PERSIST_WAL` on the connection's file (ADR 0006).
///
/// Why: a connection that closes and obtains an exclusive lock on the
/// file believes it is the last one and, by default, deletes the `-wal`
/// file and unlinks the `-shm` file. If another process on the same ledger
/// has lost its POSIX locks (any `close()` of any descriptor on the file in
/// that process drops them — a file dialog sniffing the file is enough),
/// that process goes on writing into a deleted log and its writes are
/// lost. With this flag the closing connection still checkpoints, but
/// never deletes or unlinks either file, so every process keeps sharing
/// one log and one index.
fn persist_wal(conn: &Connection) -> rusqlite::Result<()> {
    let mut on: std::os::raw::c_int = 1;
    // SAFETY: `conn.handle()` is valid while `conn` lives; the schema name
    // is a NUL-terminated literal; for PERSIST_WAL SQLite reads and writes
    // one `int` through the pointer, which outlives the call.
    let rc = unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            rusqlite::MAIN_DB.as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&mut on as *mut std::os::raw::c_int).cast(),
        )
    };
    if rc == rusqlite::ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rc),
            Some("cannot keep the ledger's write-ahead log".into()),
        ))
    }
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    // WAL: readers never block the writer; FULL: a committed action
    // survives power loss; a busy timeout lets a second writer wait a bit.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    // With PERSIST_WAL (see `persist_wal`) the last connection to close
    // keeps the `-wal` file; a limit of 0 makes it truncate the log to
    // nothing after its final checkpoint, so no stale frames stay beside a
    // closed ledger (a backup copied over the file must not have an old
    // log replayed onto it).
    conn.pragma_update(None, "journal_size_limit", 0)?;
    configure_reading(conn)
}

/// The settings that matter for reading (all a read-only ledger gets).
fn configure_reading(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A page cache large enough for the indexes of a million contributions
    // (SQLite's default of 2 MiB makes a large import spill and re-read
    // pages through the WAL). Pages are allocated only as they are used.
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    // Let SQLite's sorter use a helper thread when it builds an index.
    conn.pragma_update(None, "threads", 2)?;
    Ok(())
}

/// An OS error about `path`, in the user's words.
fn io_error(path: &Path, error: std::io::Error) -> StoreError {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => StoreError::ReadOnly {
            path: path.to_path_buf(),
        },
        ErrorKind::NotFound => {
            let folder = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            StoreError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::new(
                    ErrorKind::NotFound,
                    format!("the folder {} does not exist", folder.display()),
                ),
            }
        }
        _ => StoreError::Io {
            path: path.to_path_buf(),
            source: crate::fsio::os_message(&error),
        },
    }
}

/// An OS error about a file written beside the ledger (a backup): named
/// by the user's path, and never called "the ledger is read-only".
fn target_error(path: &Path, error: std::io::Error) -> StoreError {
    match error.kind() {
        std::io::ErrorKind::NotFound => io_error(path, error),
        _ => StoreError::Io {
            path: path.to_path_buf(),
            source: crate::fsio::os_message(&error),
        },
    }
}

/// Refuses at once what cannot be a ledger file: a folder, a FIFO (reading
/// it would wait forever), a device. `stat` only.
fn file_kind(path: &Path) -> Result<crate::fsio::FileKind, StoreError> {
    let kind = crate::fsio::kind_of(path).map_err(|e| io_error(path, e))?;
    match kind.describe() {
        Some(what) => Err(StoreError::NotAFile {
            path: path.to_path_buf(),
            what,
        }),
        None => Ok(kind),
    }
}

/// Rule: a ledger has one name. SQLite names its `-wal` and `-shm` after
/// the path it is given, so two processes opening one file by two names
/// (hard links) never see each other's log and corrupt it (SQLite's "How
/// To Corrupt", §2.5). Symbolic links are fine: SQLite resolves them.
/// Checked with `stat` alone: no descriptor on the file is opened and
/// closed (see `persist_wal`).
fn refuse_hard_links(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.nlink() > 1 {
                return Err(StoreError::HardLinked {
                    path: path.to_path_buf(),
                    names: meta.nlink(),
                });
            }
        }
    }
    Ok(())
}

/// Whether an error opening a ledger for writing means it can only be read:
/// the file or its folder cannot be written (SQLite then cannot create the
/// `-wal` or `-shm` file).
fn means_read_only(error: &StoreError) -> bool {
    match error {
        StoreError::ReadOnly { .. } => true,
        StoreError::Sqlite(e) => matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::CannotOpen) | Some(rusqlite::ErrorCode::ReadOnly)
        ),
        _ => false,
    }
}

/// Opens an existing ledger for writing: the file and its folder must be
/// writable, or this fails with an error [`means_read_only`] recognises.
fn open_writer(sqlite_path: &Path) -> Result<Connection, StoreError> {
    let conn = connect(sqlite_path, Access::Write)?;
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        return Err(StoreError::ReadOnly {
            path: PathBuf::new(),
        });
    }
    configure(&conn)?;
    // Reading makes SQLite open (or create) the `-shm` file.
    let _: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(conn)
}

/// Opens a ledger read-only, for its first inspection and for reading a
/// ledger that cannot be written; returns the connection and the name
/// SQLite was given.
///
/// A WAL ledger is read through its `-shm` file, which SQLite must be able
/// to open or create. In a folder that cannot be written and without one,
/// the file is opened *immutable* instead (no locks, no `-shm`) — but only
/// when it has no write-ahead log holding changes, which an immutable
/// connection would not see.
fn open_reader(path: &Path, sqlite_path: &Path) -> Result<(Connection, String), StoreError> {
    let name = sqlite_path.to_string_lossy().into_owned();
    let conn = connect(sqlite_path, Access::Read).map_err(|e| cannot_probe(e, path))?;
    let error = match conn.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0)) {
        // Other errors are for `check_identity` to describe.
        Ok(_) => return Ok((conn, name)),
        Err(e) => e,
    };
    if !means_read_only(&StoreError::Sqlite(error)) {
        return Ok((conn, name));
    }
    drop(conn);
    let wal = PathBuf::from(format!("{}-wal", sqlite_path.display()));
    if std::fs::metadata(&wal)
        .map(|m| m.len() > 0)
        .unwrap_or(false)
    {
        return Err(StoreError::Unreadable {
            path: path.to_path_buf(),
            why: "its write-ahead log (-wal) cannot be read without a -shm file, which cannot be created in this folder".into(),
        });
    }
    let uri = crate::fsio::immutable_uri(path).map_err(|e| io_error(path, e))?;
    let conn = Connection::open_with_flags(
        &uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| cannot_probe(e, path))?;
    Ok((conn, uri))
}

fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn with_path(error: StoreError, path: &Path) -> StoreError {
    match error {
        StoreError::ReadOnly { .. } => StoreError::ReadOnly {
            path: path.to_path_buf(),
        },
        other => other,
    }
}

impl Ledger {
    /// Creates a new ledger file; refuses to overwrite an existing file.
    pub fn create(
        path: &Path,
        name: &str,
        currency: Currency,
        approvals_required: u32,
    ) -> Result<Ledger, StoreError> {
        Ledger::create_in(path, name, currency, approvals_required, Keystore::user())
    }

    /// [`Ledger::create`] with device keys kept in `keys`.
    pub fn create_in(
        path: &Path,
        name: &str,
        currency: Currency,
        approvals_required: u32,
        keys: Keystore,
    ) -> Result<Ledger, StoreError> {
        Ledger::claim_new(path, |path, sqlite_path| {
            Ledger::initialise(path, sqlite_path, name, currency, approvals_required, keys)
        })
    }

    /// Claims `path` for a new ledger and runs `make` on it; on failure
    /// nothing half-made stays behind.
    fn claim_new(
        path: &Path,
        make: impl FnOnce(&Path, &Path) -> Result<Ledger, StoreError>,
    ) -> Result<Ledger, StoreError> {
        if file_kind(path)? != crate::fsio::FileKind::Missing {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        let sqlite_path = crate::fsio::sqlite_path(path).map_err(|e| io_error(path, e))?;
        // Claim the path first: of two `init`s at once, one creates the
        // file and the other is told it exists. SQLite takes an empty
        // file as a new database.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
        {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(StoreError::Exists {
                    path: path.to_path_buf(),
                })
            }
            Err(e) => return Err(io_error(path, e)),
        }
        let created = make(path, &sqlite_path);
        if created.is_err() {
            // Nothing half-made stays behind; the file was ours.
            for suffix in ["-wal", "-shm", "-journal", ""] {
                let _ = std::fs::remove_file(format!("{}{suffix}", sqlite_path.display()));
            }
        }
        created
    }

    /// Writes the schema and this file's device into a claimed, empty
    /// file; the books stay empty.
    fn empty_file(
        path: &Path,
        sqlite_path: &Path,
        device: &str,
        settings: Settings,
        keys: Keystore,
    ) -> Result<Ledger, StoreError> {
        let mut conn =
            connect(sqlite_path, Access::Create).map_err(|e| with_path(e.into(), path))?;
        configure(&conn).map_err(|e| with_path(e, path))?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        migrate(&tx, 0)?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('device', ?1), ('instance', ?2)",
            [device, &uuid::Uuid::new_v4().to_string()],
        )?;
        tx.commit()?;
        Ok(Ledger {
            conn,
            path: path.to_path_buf(),
            device: device.to_string(),
            settings,
            integrity_checked: true,
            file: LedgerFile {
                sqlite_name: sqlite_path.to_string_lossy().into_owned(),
                _open: crate::fsio::OpenLedger::register(path),
            },
            keys,
            actor: None,
        })
    }

    /// Writes the schema and the first entry into a claimed, empty file.
    fn initialise(
        path: &Path,
        sqlite_path: &Path,
        name: &str,
        currency: Currency,
        approvals_required: u32,
        keys: Keystore,
    ) -> Result<Ledger, StoreError> {
        let device = uuid::Uuid::new_v4().to_string();
        let settings = Settings {
            name: name.to_string(),
            currency: currency.clone(),
            approvals_required,
        };
        let mut ledger = Ledger::empty_file(path, sqlite_path, &device, settings, keys)?;
        ledger.write(|w| {
            w.append(&Payload::LedgerCreated {
                name: name.to_string(),
                currency: currency.code.clone(),
                scale: currency.scale,
                approvals_required,
            })
        })?;
        Ok(ledger)
    }

    /// Opens an existing ledger file, upgrading an older schema.
    ///
    /// A file that is not a ledger, or that a newer version wrote, is
    /// refused before anything is written to it. A folder, a FIFO or a
    /// device is refused before anything opens it. A ledger that cannot be
    /// written (a read-only file, folder or medium) opens read-only: it can
    /// be read, and every write is refused as read-only.
    pub fn open(path: &Path) -> Result<Ledger, StoreError> {
        Ledger::open_in(path, Keystore::user())
    }

    /// [`Ledger::open`] with device keys kept in `keys`.
    pub fn open_in(path: &Path, keys: Keystore) -> Result<Ledger, StoreError> {
        if file_kind(path)? == crate::fsio::FileKind::Missing {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        refuse_hard_links(path)?;
        let sqlite_path = crate::fsio::sqlite_path(path).map_err(|e| io_error(path, e))?;
        // Inspect read-only first, so a foreign file is never touched.
        let (probe, probe_name) = open_reader(path, &sqlite_path)?;
        check_identity(&probe, path)?;
        // Why no test of writability with `std::fs` first: opening and
        // closing a descriptor on a ledger this process already has open
        // would drop its locks (see `persist_wal`). SQLite says instead.
        let (mut conn, sqlite_name, writable) = match open_writer(&sqlite_path) {
            Ok(conn) => {
                drop(probe);
                (conn, sqlite_path.to_string_lossy().into_owned(), true)
            }
            Err(e) if means_read_only(&e) => {
                configure_reading(&probe).map_err(|e| with_path(e, path))?;
                // Why: SQLite may let a read-only connection begin a write
                // transaction and fail only at the first change; this makes
                // `BEGIN IMMEDIATE` itself fail as read-only, so every write
                // is refused before it starts, naming the ledger.
                probe
                    .pragma_update(None, "query_only", true)
                    .map_err(|e| with_path(e.into(), path))?;
                (probe, probe_name, false)
            }
            Err(e) => return Err(with_path(e, path)),
        };
        let version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version < SCHEMA_VERSION {
            if !writable {
                return Err(StoreError::Unreadable {
                    path: path.to_path_buf(),
                    why: "an older OpenValue wrote it, and upgrading it needs to write".into(),
                });
            }
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            migrate(&tx, version)?;
            tx.commit()?;
        }
        let device: String = conn
            .query_row("SELECT value FROM meta WHERE key = 'device'", [], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| StoreError::Damaged {
                path: path.to_path_buf(),
                why: "the device id is missing".into(),
            })?;
        let settings = read_settings(&conn).map_err(|why| StoreError::Damaged {
            path: path.to_path_buf(),
            why,
        })?;
        Ok(Ledger {
            conn,
            path: path.to_path_buf(),
            device,
            settings,
            integrity_checked: false,
            file: LedgerFile {
                sqlite_name,
                _open: crate::fsio::OpenLedger::register(path),
            },
            keys,
            actor: None,
        })
    }

    /// Whether this ledger can only be read (a read-only file, folder or
    /// medium); its writes are refused as read-only.
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
    }

    /// The name under which SQLite opened the file, for `ATTACH`: an
    /// absolute path (never read as a URI) or the immutable URI of a
    /// read-only ledger.
    pub(crate) fn sqlite_name(&self) -> &str {
        &self.file.sqlite_name
    }

    /// The file path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// This file's device id.
    pub fn device(&self) -> &str {
        &self.device
    }

    /// Name, currency and approvals required.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The base currency.
    pub fn currency(&self) -> &Currency {
        &self.settings.currency
    }

    /// A numeric setting of this file's connection (`synchronous`,
    /// `foreign_keys`, `busy_timeout` …), for diagnostics and tests.
    pub fn pragma(&self, name: &str) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, name, |r| r.get(0))?)
    }

    /// The connection, for the store's own queries: everything outside
    /// the store asks for rows through [`Books`].
    fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one immediate transaction; its entries are appended and
    /// applied, and everything commits together or not at all.
    pub fn write<T, E>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        self.write_as(Who::ThisDevice, f)
    }

    /// [`Ledger::write`] as `who`.
    fn write_as<T, E>(
        &mut self,
        who: Who<'_>,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let path = self.path.clone();
        if !self.integrity_checked {
            quick_check(&self.conn, &path).map_err(E::from)?;
            self.integrity_checked = true;
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| E::from(with_path(e.into(), &path)))?;
        // Which device writes, with which key, read in this transaction
        // (SPEC §12): a copy becomes a new device here.
        let identity = match who {
            Who::ThisDevice => Some(identity::identity(&tx, &self.keys, &self.device, &path)),
            Who::NewDevice(label) => Some(identity::new_device(&tx, &self.keys, label, &path)),
            Who::Nobody => None,
        }
        .transpose()
        .map_err(E::from)?
        .unwrap_or_else(|| identity::Identity {
            device: self.device.clone(),
            key: None,
            pending: Vec::new(),
        });
        let (last_seq, prev_hash): (i64, String) = tx
            .query_row(
                "SELECT device_seq, hash FROM journal WHERE device = ?1 ORDER BY device_seq DESC LIMIT 1",
                [&identity.device],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| E::from(e.into()))?
            .unwrap_or((0, GENESIS_HASH.to_string()));
        let last_hlc: i64 = tx
            .query_row("SELECT coalesce(max(hlc), 0) FROM journal", [], |r| {
                r.get(0)
            })
            .map_err(|e| E::from(e.into()))?;
        // The settings as this transaction sees them: another process may
        // have changed them since this file was opened. A new ledger has
        // none until its first entry.
        let settings = match read_settings(&tx) {
            Ok(settings) => settings,
            Err(_) => self.settings.clone(),
        };
        let device = identity.device.clone();
        rollback::record(&tx).map_err(E::from)?;
        let undo_from = rollback::transaction_start(&tx).map_err(E::from)?;
        let (result, settings_changed) = {
            let mut writer = Writer {
                tx,
                device: identity.device,
                key: identity.key,
                next_seq: last_seq + 1,
                prev_hash,
                recorded_at: now_rfc3339(),
                hlc: last_hlc,
                author: self.actor.as_ref().map(|a| a.handle.clone()),
                member_key: self.actor.as_ref().and_then(|a| a.key.clone()),
                settings,
                settings_changed: false,
                catalog: apply::CatalogCache::default(),
                undo: true,
            };
            for payload in &identity.pending {
                writer.append(payload).map_err(E::from)?;
            }
            let result = f(&mut writer)?;
            let Writer {
                tx,
                settings_changed,
                ..
            } = writer;
            rollback::prune(&tx).map_err(E::from)?;
            rollback::seal(&tx, undo_from).map_err(E::from)?;
            tx.commit()
                .map_err(|e| E::from(with_path(e.into(), &path)))?;
            (result, settings_changed)
        };
        self.device = device;
        if settings_changed {
            self.settings = read_settings(&self.conn).map_err(|why| {
                E::from(StoreError::Damaged {
                    path: path.clone(),
                    why,
                })
            })?;
        }
        Ok(result)
    }

    /// Writes a consistent copy of the ledger to `target` with SQLite's
    /// backup API, and remembers when (unless the ledger is read-only).
    ///
    /// The copy is written to a temporary file in `target`'s folder and
    /// renamed to `target` only when complete, so a failure (a full disk)
    /// leaves nothing behind; `target` is never overwritten.
    pub fn backup(&mut self, target: &Path) -> Result<(), StoreError> {
        self.may(crate::members::Role::Treasurer, "making a backup")?;
        if file_kind(target)? != crate::fsio::FileKind::Missing {
            return Err(StoreError::Exists {
                path: target.to_path_buf(),
            });
        }
        // A name SQLite would take for a database's log (`coop-journal`):
        // it would delete or replay what is written there.
        if let Some(why) = crate::fsio::protected(target) {
            return Err(StoreError::Protected {
                path: target.to_path_buf(),
                why,
            });
        }
        if !self.integrity_checked {
            quick_check(&self.conn, &self.path)?;
            self.integrity_checked = true;
        }
        let temp = crate::fsio::TempBeside::new(target).map_err(|e| target_error(target, e))?;
        // On any error `temp` is dropped, which deletes it and its journal.
        self.copy_to(temp.path())
            .map_err(|e| backup_error(e, target))?;
        temp.persist_new(target).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                StoreError::Exists {
                    path: target.to_path_buf(),
                }
            } else {
                target_error(target, e)
            }
        })?;
        if !self.is_read_only() {
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('last_backup', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [now_rfc3339()],
            )?;
        }
        Ok(())
    }

    /// Copies the ledger into the (empty) file at `temp`.
    fn copy_to(&self, temp: &Path) -> Result<(), StoreError> {
        let name = crate::fsio::sqlite_path(temp).map_err(|e| io_error(temp, e))?;
        let mut copy = Connection::open_with_flags(
            name,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        {
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
            backup.run_to_completion(1000, std::time::Duration::from_millis(0), None)?;
        }
        // The copy is another file (SPEC §12): if it is ever written, it
        // does so as a new device, so two files never extend one chain.
        copy.execute(
            "INSERT INTO meta (key, value) VALUES ('instance', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [uuid::Uuid::new_v4().to_string()],
        )?;
        copy.close().map_err(|(_, e)| StoreError::from(e))?;
        Ok(())
    }

    /// When the last backup was written (RFC 3339), if ever.
    pub fn last_backup(&self) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'last_backup'",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// How many entries the journal holds and when the first was recorded
    /// (RFC 3339), for the backup reminder: a ledger with nothing in it yet
    /// has nothing to lose.
    pub fn journal_extent(&self) -> Result<(u64, Option<String>), StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*), min(recorded_at) FROM journal WHERE kind NOT IN ('device_key', 'ledger_created')",
            [],
            |r| Ok((r.get::<_, i64>(0)?.max(0) as u64, r.get(1)?)),
        )?)
    }

    /// Recomputes every hash chain and every derived table; see [`VerifyReport`].
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        verify::verify(self)
    }
}

/// A failed backup, named by the user's target (never the temporary file).
fn backup_error(error: StoreError, target: &Path) -> StoreError {
    match error {
        StoreError::DiskFull => StoreError::Io {
            path: target.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "the disk is full; no backup was written — free some space and try again",
            ),
        },
        StoreError::Sqlite(e) => StoreError::Io {
            path: target.to_path_buf(),
            source: std::io::Error::other(format!("cannot write the backup ({e})")),
        },
        StoreError::ReadOnly { .. } => StoreError::Io {
            path: target.to_path_buf(),
            source: std::io::Error::other("cannot write the backup there (read-only)"),
        },
        other => other,
    }
}

/// Why a ledger could not be opened for inspection: a WAL ledger in a
/// folder this process cannot write (SQLite needs its `-shm` file there)
/// is read-only, anything else is not a ledger.
fn cannot_probe(error: rusqlite::Error, path: &Path) -> StoreError {
    let cant_open = error.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen);
    if cant_open && crate::fsio::is_sqlite_file(path) {
        StoreError::ReadOnly {
            path: path.to_path_buf(),
        }
    } else if crate::fsio::has_ledger_header(path) {
        // Its header says OpenValue: a damaged ledger, not a foreign file.
        StoreError::Damaged {
            path: path.to_path_buf(),
            why: error.to_string(),
        }
    } else {
        StoreError::NotALedger {
            path: path.to_path_buf(),
            why: error.to_string(),
        }
    }
}

fn check_identity(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let not_ledger = |why: String| StoreError::NotALedger {
        path: path.to_path_buf(),
        why,
    };
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| cannot_probe(e, path))?;
    if app_id == 0 && std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Err(not_ledger("the file is empty".into()));
    }
    if app_id != APPLICATION_ID {
        return Err(not_ledger(format!(
            "its application id is {app_id:#x}, not OpenValue's"
        )));
    }
    let version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == 0 {
        // Schema 0 is an empty file; one with tables was changed outside
        // OpenValue, and migrating it would fail half-way.
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| cannot_probe(e, path))?;
        if tables > 0 {
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                why: "its schema version was changed outside OpenValue".into(),
            });
        }
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version < SCHEMA_VERSION {
        // A migration writes: only to a sound file.
        quick_check(conn, path)?;
    }
    Ok(())
}

/// SQLite's `quick_check` (structure, not contents; `verify` does both).
fn quick_check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| StoreError::Damaged {
            path: path.to_path_buf(),
            why: e.to_string(),
        })?;
    if check != "ok" {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            why: check,
        });
    }
    Ok(())
}

/// Applies migrations after `from` up to [`SCHEMA_VERSION`] inside `tx`.
fn migrate(tx: &Transaction<'_>, from: i32) -> Result<(), StoreError> {
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i32 + 1)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    Ok(())
}

fn read_settings(conn: &Connection) -> Result<Settings, String> {
    let (name, code, scale, approvals): (String, String, u32, u32) = conn
        .query_row(
            "SELECT name, currency, scale, approvals_required FROM settings WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .map_err(|e| format!("its settings cannot be read ({e})"))?;
    let currency = Currency::new(&code, Some(scale)).map_err(|e| e.to_string())?;
    Ok(Settings {
        name,
        currency,
        approvals_required: approvals,
    })
}

/// Who writes in a transaction.
#[derive(Debug, Clone, Copy)]
enum Who<'a> {
    /// This file's device (or a new one, if this file is a copy).
    ThisDevice,
    /// A new device with this label (`device new`).
    NewDevice(&'a str),
    /// Nobody: the transaction only merges (a clone's first merge).
    Nobody,
}

/// Appends entries within one transaction; see [`Ledger::write`].
pub struct Writer<'a> {
    tx: Transaction<'a>,
    device: String,
    /// `None` in a transaction that only merges.
    key: Option<ed25519_dalek::SigningKey>,
    next_seq: i64,
    prev_hash: String,
    recorded_at: String,
    /// The last clock stamp written or merged.
    hlc: i64,
    /// The signed-in member, recorded in every entry.
    author: Option<String>,
    /// Their key, for the signatures of reviews.
    member_key: Option<ed25519_dalek::SigningKey>,
    settings: Settings,
    settings_changed: bool,
    /// The catalog the entries of this transaction are checked against.
    catalog: apply::CatalogCache,
    /// Whether the changes of its entries are recorded as undo steps
    /// (see [`rollback`]).
    undo: bool,
}

/// What a new readable id is for (issue 16 item 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewId {
    /// `C-0001`
    Contribution,
    /// `R-0001`
    Revenue,
    /// `P-0001`
    Payout,
    /// `D-0001`
    Distribution,
}

impl NewId {
    fn prefix(self) -> &'static str {
        match self {
            NewId::Contribution => "C",
            NewId::Revenue => "R",
            NewId::Payout => "P",
            NewId::Distribution => "D",
        }
    }

    fn table(self) -> &'static str {
        match self {
            NewId::Contribution => "contributions",
            NewId::Revenue => "revenues",
            NewId::Payout => "payouts",
            NewId::Distribution => "distributions",
        }
    }
}

impl Writer<'_> {
    /// The next readable id of its kind made on this laptop: `C-0001`,
    /// `C-0002`, … on the laptop that created the ledger; `C-3f2a-0001`
    /// on any other (the first four hex digits of its device id), so ids
    /// laptops make apart do not meet when they merge. Read in this
    /// transaction, above every such id the table holds (typed, imported
    /// or merged ones too).
    pub fn new_id(&self, what: NewId) -> Result<String, StoreError> {
        let founder: Option<String> = self
            .tx
            .prepare_cached(
                "SELECT device FROM journal WHERE kind = 'ledger_created' ORDER BY pos LIMIT 1",
            )?
            .query_row([], |r| r.get(0))
            .optional()?;
        let base = match founder {
            Some(f) if f != self.device => {
                let hex: String = self
                    .device
                    .chars()
                    .filter(char::is_ascii_hexdigit)
                    .take(4)
                    .collect();
                format!("{}-{}-", what.prefix(), hex.to_ascii_lowercase())
            }
            _ => format!("{}-", what.prefix()),
        };
        // The base holds letters, digits and dashes only: no GLOB syntax.
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT substr(id, ?2) FROM {} WHERE id GLOB ?1",
            what.table()
        ))?;
        let start = i64::try_from(base.len() + 1).unwrap_or(i64::MAX);
        let mut rows = stmt.query(rusqlite::params![format!("{base}[0-9]*"), start])?;
        let mut last = 0u64;
        while let Some(r) = rows.next()? {
            let digits: String = r.get(0)?;
            if digits.len() <= 18 && digits.bytes().all(|b| b.is_ascii_digit()) {
                last = last.max(digits.parse().unwrap_or(0));
            }
        }
        Ok(format!("{base}{:04}", last + 1))
    }

    /// Appends one journal entry and applies it to the derived tables.
    pub fn append(&mut self, payload: &Payload) -> Result<Entry, StoreError> {
        let hlc = Hlc::next(chrono::Utc::now().timestamp_millis(), self.hlc);
        let Some(key) = &self.key else {
            return Err(StoreError::Corrupt(
                "an entry was to be written in a transaction that only merges".into(),
            ));
        };
        let entry = Entry::new(
            &Stamp {
                device: &self.device,
                device_seq: self.next_seq,
                prev_hash: &self.prev_hash,
                recorded_at: self.recorded_at.clone(),
                hlc,
                // The device's own key entries are nobody's action.
                author: if payload.is_device() && matches!(payload, Payload::DeviceKey { .. }) {
                    None
                } else {
                    self.author.as_deref()
                },
            },
            payload,
            key,
        )?;
        // A savepoint per entry: a refused entry leaves no trace, even when
        // the caller goes on writing in the same transaction.
        let savepoint = self.tx.savepoint()?;
        rollback::mark(&savepoint, self.undo, &entry.id)?;
        apply::apply(
            &savepoint,
            &mut self.catalog,
            apply::EntryRef {
                id: &entry.id,
                device: &entry.device,
                seq: entry.device_seq,
                author: entry.author.as_deref(),
            },
            payload,
            apply::Mode::Local,
            None,
        )?;
        merge::insert_entry(&savepoint, &entry)?;
        savepoint.commit()?;
        if matches!(
            payload,
            Payload::LedgerCreated { .. } | Payload::ApprovalsRequiredSet { .. }
        ) {
            self.settings_changed = true;
            if let Ok(settings) = read_settings(&self.tx) {
                self.settings = settings;
            }
        }
        self.next_seq += 1;
        self.prev_hash = entry.hash.clone();
        self.hlc = hlc.0;
        Ok(entry)
    }

    /// This transaction's device.
    pub fn device(&self) -> &str {
        &self.device
    }

    /// The signed-in member's signature (hex) over `message`, if a member
    /// with a key is signed in.
    pub fn member_signature(&self, message: &[u8]) -> Option<String> {
        self.member_key
            .as_ref()
            .map(|k| crate::members::sign(k, message))
    }

    /// Read access inside the transaction.
    pub(super) fn conn(&self) -> &Connection {
        &self.tx
    }

    /// The books as this transaction sees them: what a write checks and
    /// computes is read here, never in an earlier transaction.
    pub fn books(&self) -> Books<'_> {
        Books::new(&self.tx, &self.settings)
    }

    /// Drops `table`'s secondary indexes for the rest of this transaction
    /// and returns their definitions for [`Writer::restore_indexes`].
    ///
    /// Why: a large import inserts rows in random key order, and keeping
    /// several indexes up to date row by row costs far more than building
    /// them once, sorted, at the end. Both happen in the same transaction,
    /// so no reader or crash ever sees the table without them.
    ///
    /// Such a write is not recorded as undo steps either (ADR 10: `store::rollback`):
    /// a merge reaching back before it rebuilds the books.
    pub fn suspend_indexes(&mut self, table: &str) -> Result<Vec<String>, StoreError> {
        rollback::forget(&self.tx)?;
        self.undo = false;
        sql::drop_indexes(&self.tx, &[table])
    }

    /// Recreates indexes dropped by [`Writer::suspend_indexes`].
    pub fn restore_indexes(&mut self, definitions: &[String]) -> Result<(), StoreError> {
        sql::create_indexes(&self.tx, definitions)
    }
}
