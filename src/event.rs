//! Event mode on a shared laptop (SPEC §13): each member's PIN on this
//! device, the lockout after wrong PINs, and the members' running shift
//! timers — kept in a small file in the user's data directory, never in
//! the journal, so they survive a restart or a crash of the app and never
//! travel to other laptops.
//!
//! PINs are stored as Argon2id PHC strings (the `argon2` crate's
//! `PasswordHasher`/`PasswordVerifier`, which also compares in constant
//! time). A PIN is short, so the lockout is its real defence: after
//! [`MAX_WRONG_PINS`] wrong PINs in a row the member is locked for
//! [`LOCK_MS`]; the count and the lock are written before the answer is
//! given, so quitting the app does not reset them.
//!
//! Every function takes the time as `now_ms` (milliseconds since the Unix
//! epoch), so the rules are tested without waiting.
//!
//! ```
//! use openvalue::event::{EventFile, EventError};
//! let dir = tempfile::tempdir().unwrap();
//! let mut event = EventFile::load(&dir.path().join("event.json")).unwrap();
//! event.set_pin_with("ana", "2468", openvalue::event::CHEAP_PARAMS).unwrap();
//! assert!(event.check_pin("ana", "2468", 0).is_ok());
//! assert!(matches!(event.check_pin("ana", "1111", 0), Err(EventError::WrongPin { .. })));
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};

/// Wrong PINs in a row that lock a member.
pub const MAX_WRONG_PINS: u32 = 5;
/// How long a lock lasts: one minute.
pub const LOCK_MS: i64 = 60_000;
/// PINs are 4 to 12 digits.
pub const PIN_DIGITS: (usize, usize) = (4, 12);
/// Argon2id parameters for PINs (memory KiB, passes, lanes): OWASP's
/// second recommended set (19 MiB, 2 passes), quick enough for a kiosk.
pub const PIN_PARAMS: (u32, u32, u32) = (19 * 1024, 2, 1);
/// Cheap parameters for tests.
#[doc(hidden)]
pub const CHEAP_PARAMS: (u32, u32, u32) = (64, 1, 1);
/// Decimal places of the hours a timer logs (an hours kind takes 3).
pub const HOURS_PLACES: u32 = 3;
/// The longest shift a timer records: a day (a timer left running for
/// days was forgotten, and is refused rather than logged).
pub const MAX_SHIFT_MS: i64 = 24 * 3_600_000;

/// What event mode refuses, or why its file cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EventError {
    /// The event file cannot be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The IO error.
        source: std::io::Error,
    },
    /// The event file is not what OpenValue wrote.
    #[error("{path}: the event-mode file is damaged ({detail}); delete it to start event mode afresh (PINs are then set again)")]
    Damaged {
        /// The file.
        path: String,
        /// What is wrong.
        detail: String,
    },
    /// A PIN that is not 4–12 digits.
    #[error("a PIN is 4 to 12 digits")]
    PinShape,
    /// The member has no PIN on this laptop yet.
    #[error("{member} has no PIN on this laptop yet: set one first")]
    NoPin {
        /// The member.
        member: String,
    },
    /// A wrong PIN.
    #[error("wrong PIN for {member}; {left} more wrong and {member} is locked for a minute")]
    WrongPin {
        /// The member.
        member: String,
        /// Wrong PINs left before the lock.
        left: u32,
    },
    /// Locked after too many wrong PINs.
    #[error("{member} is locked after {MAX_WRONG_PINS} wrong PINs; try again in {seconds} s")]
    Locked {
        /// The member.
        member: String,
        /// Seconds until the lock ends.
        seconds: i64,
    },
    /// A second timer for the same member.
    #[error("{member} already has a shift timer running (since {since})")]
    TimerRunning {
        /// The member.
        member: String,
        /// When it started (RFC 3339).
        since: String,
    },
    /// Stopping a timer that is not running.
    #[error("{member} has no shift timer running")]
    NoTimer {
        /// The member.
        member: String,
    },
    /// A timer that ran longer than a day.
    #[error("{member}'s timer has run since {since}, more than a day: it was forgotten; discard it and log the hours by hand")]
    ForgottenTimer {
        /// The member.
        member: String,
        /// When it started (RFC 3339).
        since: String,
    },
    /// Hashing or checking a PIN failed.
    #[error("the PIN could not be checked ({0})")]
    Hash(String),
}

/// Wrong PINs in a row, and the lock they caused.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failures {
    /// Wrong PINs since the last right one (or the last lock).
    pub wrong: u32,
    /// Locked until then (ms since the epoch), if locked.
    pub locked_until_ms: Option<i64>,
}

/// A running shift timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// When it started (ms since the epoch).
    pub started_ms: i64,
    /// The project the hours go to.
    pub project: String,
    /// The kind of work (measured in hours).
    pub kind: String,
}

/// A timer stopped: what to log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    /// The timer.
    pub timer: Timer,
    /// Hours, exact decimal text with at most 3 places (at least 0.001).
    pub hours: String,
}

/// What the file holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EventState {
    /// Event mode is on: the app opens in it until a coordinator leaves.
    pub active: bool,
    /// The coordinator who started it: the laptop syncs in their name
    /// while no member is signed in on the kiosk (a sync adds no entry of
    /// its own; merged entries keep their authors).
    pub operator: Option<String>,
    /// PINs by member, Argon2id PHC strings.
    pub pins: BTreeMap<String, String>,
    /// Wrong PINs by member.
    pub failures: BTreeMap<String, Failures>,
    /// Running timers by member (one each).
    pub timers: BTreeMap<String, Timer>,
}

/// Event mode's file for one ledger on this laptop.
#[derive(Debug)]
pub struct EventFile {
    path: PathBuf,
    state: EventState,
}

/// Where event mode keeps its file for the ledger at `ledger` on this
/// computer: `openvalue/event/<hash of the ledger's path>.json` in the
/// user's data directory.
pub fn file_for(data_dir: &Path, ledger: &Path) -> PathBuf {
    use sha2::Digest;
    let real = std::fs::canonicalize(ledger).unwrap_or_else(|_| ledger.to_path_buf());
    let digest = sha2::Sha256::digest(real.to_string_lossy().as_bytes());
    data_dir
        .join("openvalue")
        .join("event")
        .join(format!("{}.json", hex::encode(&digest[..12])))
}

/// The user's data directory (`$XDG_DATA_HOME`, else `~/.local/share`).
pub fn user_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from("."))
}

/// RFC 3339 text of a time in ms (for messages).
pub fn instant_text(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| ms.to_string())
}

/// Now, in ms since the epoch.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn check_shape(pin: &str) -> Result<(), EventError> {
    let (min, max) = PIN_DIGITS;
    if pin.len() < min || pin.len() > max || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(EventError::PinShape);
    }
    Ok(())
}

impl EventFile {
    /// Reads the file at `path`; a missing file is event mode never used.
    pub fn load(path: &Path) -> Result<EventFile, EventError> {
        let io = |source| EventError::Io {
            path: path.display().to_string(),
            source,
        };
        let state = match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| EventError::Damaged {
                path: path.display().to_string(),
                detail: e.to_string(),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => EventState::default(),
            Err(e) => return Err(io(e)),
        };
        Ok(EventFile {
            path: path.to_path_buf(),
            state,
        })
    }

    /// What the file holds.
    pub fn state(&self) -> &EventState {
        &self.state
    }

    /// Writes the file atomically (a crash leaves the old or the new one).
    fn save(&self) -> Result<(), EventError> {
        let io = |source| EventError::Io {
            path: self.path.display().to_string(),
            source,
        };
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let text = serde_json::to_vec_pretty(&self.state).map_err(|e| EventError::Damaged {
            path: self.path.display().to_string(),
            detail: e.to_string(),
        })?;
        crate::fsio::write_atomically(&self.path, |w| {
            use std::io::Write;
            w.write_all(&text).map_err(|source| crate::Error::Io {
                path: self.path.display().to_string(),
                source,
            })
        })
        .map_err(|e| match e {
            crate::Error::Io { source, .. } => io(source),
            other => io(std::io::Error::other(other.to_string())),
        })
    }

    /// Turns event mode on or off on this laptop.
    pub fn set_active(&mut self, active: bool) -> Result<(), EventError> {
        self.state.active = active;
        if !active {
            self.state.operator = None;
        }
        self.save()
    }

    /// Turns event mode on, started by `operator` (a coordinator or above,
    /// checked by the caller).
    pub fn start(&mut self, operator: &str) -> Result<(), EventError> {
        self.state.operator = Some(operator.to_string());
        self.set_active(true)
    }

    /// Whether `member` has a PIN here.
    pub fn has_pin(&self, member: &str) -> bool {
        self.state.pins.contains_key(member)
    }

    /// Sets `member`'s PIN on this laptop (the caller has checked who they
    /// are); clears their wrong PINs.
    pub fn set_pin(&mut self, member: &str, pin: &str) -> Result<(), EventError> {
        self.set_pin_with(member, pin, PIN_PARAMS)
    }

    /// [`EventFile::set_pin`] with other Argon2id parameters (tests).
    #[doc(hidden)]
    pub fn set_pin_with(
        &mut self,
        member: &str,
        pin: &str,
        params: (u32, u32, u32),
    ) -> Result<(), EventError> {
        check_shape(pin)?;
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| EventError::Hash(e.to_string()))?;
        let salt = SaltString::encode_b64(&salt).map_err(|e| EventError::Hash(e.to_string()))?;
        let p = Params::new(params.0, params.1, params.2, None)
            .map_err(|e| EventError::Hash(e.to_string()))?;
        let phc = Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
            .hash_password(pin.as_bytes(), &salt)
            .map_err(|e| EventError::Hash(e.to_string()))?
            .to_string();
        self.state.pins.insert(member.to_string(), phc);
        self.state.failures.remove(member);
        self.save()
    }

    /// Milliseconds left of `member`'s lock, if locked at `now_ms`.
    pub fn locked_for_ms(&self, member: &str, now_ms: i64) -> Option<i64> {
        let until = self.state.failures.get(member)?.locked_until_ms?;
        (until > now_ms).then(|| until - now_ms)
    }

    /// Checks `member`'s PIN at `now_ms`: refused while locked; a wrong
    /// one counts, and the fifth in a row locks for a minute. The count is
    /// saved before the answer.
    pub fn check_pin(&mut self, member: &str, pin: &str, now_ms: i64) -> Result<(), EventError> {
        if let Some(left) = self.locked_for_ms(member, now_ms) {
            return Err(EventError::Locked {
                member: member.to_string(),
                seconds: (left + 999) / 1000,
            });
        }
        let phc = self
            .state
            .pins
            .get(member)
            .ok_or_else(|| EventError::NoPin {
                member: member.to_string(),
            })?;
        let hash = PasswordHash::new(phc).map_err(|e| EventError::Damaged {
            path: self.path.display().to_string(),
            detail: format!("the PIN of {member}: {e}"),
        })?;
        // The parameters travel in the PHC string.
        let right = Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok();
        let failures = self.state.failures.entry(member.to_string()).or_default();
        if right {
            *failures = Failures::default();
            self.state.failures.remove(member);
            self.save()?;
            return Ok(());
        }
        // A lock that ended starts a fresh count.
        if failures.locked_until_ms.is_some() {
            *failures = Failures::default();
        }
        failures.wrong += 1;
        let error = if failures.wrong >= MAX_WRONG_PINS {
            failures.locked_until_ms = Some(now_ms.saturating_add(LOCK_MS));
            EventError::Locked {
                member: member.to_string(),
                seconds: LOCK_MS / 1000,
            }
        } else {
            EventError::WrongPin {
                member: member.to_string(),
                left: MAX_WRONG_PINS - failures.wrong,
            }
        };
        self.save()?;
        Err(error)
    }

    /// Starts `member`'s shift timer on `project` and `kind` at `now_ms`.
    pub fn start_timer(
        &mut self,
        member: &str,
        project: &str,
        kind: &str,
        now_ms: i64,
    ) -> Result<(), EventError> {
        if let Some(t) = self.state.timers.get(member) {
            return Err(EventError::TimerRunning {
                member: member.to_string(),
                since: instant_text(t.started_ms),
            });
        }
        self.state.timers.insert(
            member.to_string(),
            Timer {
                started_ms: now_ms,
                project: project.to_string(),
                kind: kind.to_string(),
            },
        );
        self.save()
    }

    /// The shift `member`'s timer measured until `now_ms`, without
    /// stopping it (the caller logs it, then calls [`EventFile::discard_timer`]).
    pub fn shift(&self, member: &str, now_ms: i64) -> Result<Shift, EventError> {
        let timer = self
            .state
            .timers
            .get(member)
            .ok_or_else(|| EventError::NoTimer {
                member: member.to_string(),
            })?;
        Ok(Shift {
            timer: timer.clone(),
            hours: hours_between(member, timer.started_ms, now_ms)?,
        })
    }

    /// Removes `member`'s timer (after its hours were logged, or to
    /// discard it).
    pub fn discard_timer(&mut self, member: &str) -> Result<(), EventError> {
        if self.state.timers.remove(member).is_none() {
            return Err(EventError::NoTimer {
                member: member.to_string(),
            });
        }
        self.save()
    }
}

/// Hours from `started_ms` to `now_ms`, rounded to 3 places (what an
/// hours kind accepts), at least 0.001; a clock set back counts as 0.001.
fn hours_between(member: &str, started_ms: i64, now_ms: i64) -> Result<String, EventError> {
    let elapsed = now_ms.saturating_sub(started_ms).max(0);
    if elapsed > MAX_SHIFT_MS {
        return Err(EventError::ForgottenTimer {
            member: member.to_string(),
            since: instant_text(started_ms),
        });
    }
    // 1 h = 3,600,000 ms = 1,000 units of 10⁻³ h: one unit is 3.6 s.
    let units = ((elapsed + 1_800) / 3_600).max(1);
    Ok(crate::money::format_trimmed(
        i128::from(units),
        HOURS_PLACES,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> (tempfile::TempDir, EventFile) {
        let dir = tempfile::tempdir().unwrap();
        let file = EventFile::load(&dir.path().join("e").join("event.json")).unwrap();
        (dir, file)
    }

    #[test]
    fn five_wrong_pins_lock_a_member_for_a_minute_and_survive_a_restart() {
        let (dir, mut e) = fresh();
        e.set_pin_with("ana", "2468", CHEAP_PARAMS).unwrap();
        for left in (1..MAX_WRONG_PINS).rev() {
            match e.check_pin("ana", "0000", 1_000) {
                Err(EventError::WrongPin { left: l, .. }) => assert_eq!(l, left),
                other => panic!("{other:?}"),
            }
        }
        assert!(matches!(
            e.check_pin("ana", "0000", 1_000),
            Err(EventError::Locked { seconds: 60, .. })
        ));
        // The right PIN is refused while locked, also after a restart.
        let mut again = EventFile::load(&dir.path().join("e").join("event.json")).unwrap();
        assert!(matches!(
            again.check_pin("ana", "2468", 30_000),
            Err(EventError::Locked { seconds: 31, .. })
        ));
        assert_eq!(again.locked_for_ms("ana", 30_000), Some(31_000));
        // Others are not locked.
        again.set_pin_with("ben", "1357", CHEAP_PARAMS).unwrap();
        assert!(again.check_pin("ben", "1357", 30_000).is_ok());
        // After the minute the right PIN works and clears the count.
        assert!(again.check_pin("ana", "2468", 61_000).is_ok());
        assert_eq!(again.state().failures.get("ana"), None);
    }

    #[test]
    fn a_right_pin_resets_the_count_and_a_pin_is_digits() {
        let (_dir, mut e) = fresh();
        e.set_pin_with("ana", "2468", CHEAP_PARAMS).unwrap();
        for _ in 0..4 {
            assert!(e.check_pin("ana", "1111", 0).is_err());
        }
        assert!(e.check_pin("ana", "2468", 0).is_ok());
        assert!(matches!(
            e.check_pin("ana", "1111", 0),
            Err(EventError::WrongPin { left: 4, .. })
        ));
        for bad in ["123", "12a4", "1234567890123", "", "１２３４"] {
            assert!(
                matches!(
                    e.set_pin_with("ana", bad, CHEAP_PARAMS),
                    Err(EventError::PinShape)
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            e.check_pin("zoe", "1234", 0),
            Err(EventError::NoPin { .. })
        ));
        // Never the PIN itself in the file.
        assert!(!serde_json::to_string(e.state())
            .unwrap()
            .contains("\"2468\""));
    }

    #[test]
    fn several_timers_run_at_once_and_survive_a_restart() {
        let (dir, mut e) = fresh();
        e.set_active(true).unwrap();
        e.start_timer("ana", "P", "care", 0).unwrap();
        e.start_timer("ben", "P", "care", 1_800_000).unwrap();
        assert!(matches!(
            e.start_timer("ana", "P", "care", 5),
            Err(EventError::TimerRunning { .. })
        ));
        drop(e);
        let mut e = EventFile::load(&dir.path().join("e").join("event.json")).unwrap();
        assert!(e.state().active);
        assert_eq!(e.state().timers.len(), 2);
        assert_eq!(e.shift("ana", 5_400_000).unwrap().hours, "1.5");
        assert_eq!(e.shift("ben", 5_400_000).unwrap().hours, "1");
        e.discard_timer("ana").unwrap();
        assert!(matches!(e.shift("ana", 1), Err(EventError::NoTimer { .. })));
        assert_eq!(e.state().timers.len(), 1);
    }

    #[test]
    fn shift_hours_are_exact_and_bounded() {
        assert_eq!(hours_between("a", 0, 0).unwrap(), "0.001");
        assert_eq!(hours_between("a", 10, 0).unwrap(), "0.001");
        assert_eq!(hours_between("a", 0, 5_399).unwrap(), "0.001");
        assert_eq!(hours_between("a", 0, 5_400).unwrap(), "0.002");
        assert_eq!(hours_between("a", 0, 3_600_000).unwrap(), "1");
        assert_eq!(hours_between("a", 0, 900_000).unwrap(), "0.25");
        assert!(matches!(
            hours_between("a", 0, MAX_SHIFT_MS + 1),
            Err(EventError::ForgottenTimer { .. })
        ));
        assert!(hours_between("a", i64::MIN, i64::MAX).is_err());
    }

    #[test]
    fn a_damaged_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.json");
        std::fs::write(&path, "{not json").unwrap();
        let e = EventFile::load(&path).unwrap_err();
        assert!(e.to_string().contains("event.json"), "{e}");
    }
}
