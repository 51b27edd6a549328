//! The people commands (SPEC §13): sign-in, what the signed-in member may
//! do, their own account, and event mode on a shared laptop. Each is a
//! few lines over one core call: `Ledger::permissions`,
//! `Ledger::member_account`, `Ledger::sign_in`, and `openvalue::event`
//! for PINs, lockouts and timers, whose file lives in the data directory.

use tauri::State;

use openvalue::event::{self, EventFile};
use openvalue::members::{Action, Role};
use openvalue::model::{AccountType, Measure};
use openvalue::ops::today;
use openvalue::store::Ledger;
use openvalue::validate::ContributionInput;

use crate::commands::AppState;
use crate::dto::*;
use crate::error::{AppError, AppResult};

fn refused(message: impl Into<String>) -> AppError {
    AppError {
        kind: "refused".into(),
        message: message.into(),
        problems: Vec::new(),
    }
}

/// The event-mode file of the open ledger on this computer.
fn event_file(state: &AppState, ledger: &Ledger) -> AppResult<EventFile> {
    Ok(
        EventFile::load(&event::file_for(state.data_dir(), ledger.path()))
            .map_err(openvalue::Error::from)?,
    )
}

/// Refuses while event mode is on: the kiosk reaches nothing else.
pub(crate) fn not_in_event_mode(state: &AppState, ledger: &Ledger) -> AppResult<()> {
    if event_file(state, ledger)?.state().active {
        return Err(refused(
            "event mode is on: a coordinator leaves it first (Leave event mode)",
        ));
    }
    Ok(())
}

/// In event mode with no member signed in on the kiosk, the coordinator
/// who started it: the laptop syncs in their name (`sync_now`), so the
/// kiosk keeps exchanging entries with the other laptops.
pub(crate) fn sync_operator(state: &AppState, ledger: &Ledger) -> AppResult<Option<String>> {
    if ledger.signed_in().is_some() {
        return Ok(None);
    }
    let file = event_file(state, ledger)?;
    Ok(if file.state().active {
        file.state().operator.clone()
    } else {
        None
    })
}

/// Who is signed in and what they may do.
#[tauri::command]
pub async fn permissions(state: State<'_, AppState>) -> AppResult<PermissionsDto> {
    state.with(|l| Ok(PermissionsDto::of(l)?))
}

/// Signs a member in with their passphrase; later writes are theirs.
#[tauri::command]
pub async fn sign_in(
    state: State<'_, AppState>,
    input: SignInRequest,
) -> AppResult<PermissionsDto> {
    let member = input.member.trim();
    if member.is_empty() {
        return Err(AppError::field("member", "choose who you are"));
    }
    state.with(|l| {
        not_in_event_mode(&state, l)?;
        let passphrase = (!input.passphrase.is_empty()).then_some(input.passphrase.as_str());
        if passphrase.is_none() && l.has_passphrase(member)? {
            return Err(AppError::field("passphrase", "type your passphrase"));
        }
        l.sign_in(member, passphrase)?;
        Ok(PermissionsDto::of(l)?)
    })
}

/// Signs the member out.
#[tauri::command]
pub async fn sign_out(state: State<'_, AppState>) -> AppResult<PermissionsDto> {
    state.with(|l| {
        l.sign_out();
        Ok(PermissionsDto::of(l)?)
    })
}

/// Sets a passphrase: the signed-in member's own, or with sign-in off any
/// member's (sign-in off is trust, ADR 12). Returns who is signed in.
#[tauri::command]
pub async fn set_passphrase(
    state: State<'_, AppState>,
    input: SignInRequest,
) -> AppResult<PermissionsDto> {
    state.with(|l| {
        not_in_event_mode(&state, l)?;
        let who = match l.signed_in() {
            Some(m) => m.to_string(),
            None if l.sign_in_required()? => return Err(refused("sign in to set your passphrase")),
            None if input.member.trim().is_empty() => {
                return Err(AppError::field("member", "choose a member"))
            }
            None => input.member.trim().to_string(),
        };
        l.set_passphrase(&who, &input.passphrase)?;
        Ok(PermissionsDto::of(l)?)
    })
}

/// A member's own account: the signed-in member's with sign-in on, else
/// the member chosen.
#[tauri::command]
pub async fn my_account(state: State<'_, AppState>, member: String) -> AppResult<MemberAccountDto> {
    state.with(|l| {
        let who = match l.signed_in() {
            Some(m) => m.to_string(),
            None if l.sign_in_required()? => {
                return Err(refused("sign in to see your account"));
            }
            None if member.trim().is_empty() => {
                return Err(AppError::field("member", "choose a member"));
            }
            None => member.trim().to_string(),
        };
        let mut account: MemberAccountDto = l.member_account(&who)?.into();
        account.reputation = crate::peers::reputation_of(l, &who)?;
        Ok(account)
    })
}

/// Saves a member's statement as `.pdf` or `.html` (by the file name):
/// the signed-in member's own with sign-in on (a treasurer's for anyone),
/// else the member chosen. Returns the path written.
#[tauri::command]
pub async fn save_statement(
    state: State<'_, AppState>,
    member: String,
    path: String,
) -> AppResult<String> {
    let path = std::path::PathBuf::from(path.trim());
    let pdf = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("pdf") => true,
        Some("html" | "htm") => false,
        _ => {
            return Err(AppError::field(
                "path",
                format!("{}: a statement is saved as .pdf or .html", path.display()),
            ))
        }
    };
    state.with(|l| {
        let who = l
            .signed_in()
            .map(str::to_string)
            .unwrap_or_else(|| member.trim().to_string());
        let statement = l.statement(&who, None, None)?;
        let bytes = if pdf {
            statement.pdf()?
        } else {
            statement.html().into_bytes()
        };
        openvalue::fsio::write_atomically(&path, |w| {
            use std::io::Write;
            w.write_all(&bytes).map_err(|source| openvalue::Error::Io {
                path: path.display().to_string(),
                source,
            })
        })?;
        Ok(path.display().to_string())
    })
}

// ---- event mode -------------------------------------------------------------

fn event_state_of(state: &AppState, l: &Ledger) -> AppResult<EventStateDto> {
    let file = event_file(state, l)?;
    let now = event::now_ms();
    let catalog = l.catalog()?;
    let mut members = Vec::new();
    for a in catalog.accounts.values() {
        if a.account_type != AccountType::Member || a.status != openvalue::model::Status::Active {
            continue;
        }
        let timer = file.state().timers.get(&a.handle).map(|t| EventTimerDto {
            since: event::instant_text(t.started_ms),
            elapsed_ms: u32::try_from(now.saturating_sub(t.started_ms).max(0)).unwrap_or(u32::MAX),
            project: t.project.clone(),
            kind: t.kind.clone(),
        });
        members.push(EventMemberDto {
            handle: a.handle.clone(),
            name: a.name.clone(),
            has_pin: file.has_pin(&a.handle),
            has_passphrase: l.has_passphrase(&a.handle)?,
            locked_seconds: file
                .locked_for_ms(&a.handle, now)
                .map(|ms| u32::try_from((ms + 999) / 1000).unwrap_or(u32::MAX)),
            timer,
        });
    }
    Ok(EventStateDto {
        active: file.state().active,
        signed_in: if file.state().active {
            l.signed_in().map(str::to_string)
        } else {
            None
        },
        members,
    })
}

/// Event mode on this laptop: who is on the grid, their PINs, locks and timers.
#[tauri::command]
pub async fn event_state(state: State<'_, AppState>) -> AppResult<EventStateDto> {
    state.with(|l| event_state_of(&state, l))
}

/// Starts event mode (a coordinator or above, when sign-in is on); the
/// coordinator is signed out, so the kiosk starts with nobody signed in.
#[tauri::command]
pub async fn event_enter(state: State<'_, AppState>) -> AppResult<EventStateDto> {
    state.with(|l| {
        let p = l.permissions()?;
        if let Some(no) = p
            .actions
            .iter()
            .find(|a| a.action == Action::EventMode && !a.allowed)
        {
            return Err(refused(no.reason.clone().unwrap_or_default()));
        }
        // Someone must be able to leave it again.
        let catalog = l.catalog()?;
        let mut can_leave = false;
        for a in catalog.accounts.values() {
            if a.account_type == AccountType::Member
                && l.role_of(&a.handle)? >= Role::Coordinator
                && l.has_passphrase(&a.handle)?
            {
                can_leave = true;
                break;
            }
        }
        if !can_leave {
            return Err(refused(
                "event mode is left with a coordinator's passphrase, and no coordinator or admin has one yet",
            ));
        }
        let mut file = event_file(&state, l)?;
        match l.signed_in() {
            Some(operator) => file.start(operator),
            None => file.set_active(true),
        }
        .map_err(openvalue::Error::from)?;
        l.sign_out();
        event_state_of(&state, l)
    })
}

/// Leaves event mode with a coordinator's (or higher) passphrase.
#[tauri::command]
pub async fn event_leave(
    state: State<'_, AppState>,
    input: SignInRequest,
) -> AppResult<EventStateDto> {
    let member = input.member.trim();
    if member.is_empty() {
        return Err(AppError::field("member", "choose the coordinator"));
    }
    if input.passphrase.is_empty() {
        return Err(AppError::field(
            "passphrase",
            "type the coordinator's passphrase",
        ));
    }
    state.with(|l| {
        l.check_passphrase(
            member,
            &input.passphrase,
            Role::Coordinator,
            "leaving event mode",
        )?;
        let mut file = event_file(&state, l)?;
        file.set_active(false).map_err(openvalue::Error::from)?;
        l.sign_out();
        event_state_of(&state, l)
    })
}

/// Sets a member's PIN on this laptop, after their passphrase (when they
/// have one; always when sign-in is on).
#[tauri::command]
pub async fn event_set_pin(
    state: State<'_, AppState>,
    input: SetPinRequest,
) -> AppResult<EventStateDto> {
    let member = input.member.trim();
    state.with(|l| {
        let mut file = event_file(&state, l)?;
        if !file.state().active {
            return Err(refused("PINs are set in event mode"));
        }
        if l.has_passphrase(member)? {
            if input.passphrase.is_empty() {
                return Err(AppError::field("passphrase", "type your passphrase"));
            }
            l.check_passphrase(member, &input.passphrase, Role::Member, "setting a PIN")?;
        } else if l.sign_in_required()? {
            return Err(refused(format!(
                "{member} has no passphrase yet; an admin sets one first"
            )));
        }
        file.set_pin(member, input.pin.trim())
            .map_err(openvalue::Error::from)?;
        event_state_of(&state, l)
    })
}

/// Signs a member in on the kiosk with their PIN (five wrong PINs lock
/// them for a minute).
#[tauri::command]
pub async fn event_sign_in(
    state: State<'_, AppState>,
    member: String,
    pin: String,
) -> AppResult<EventStateDto> {
    let member = member.trim().to_string();
    state.with(|l| {
        let mut file = event_file(&state, l)?;
        if !file.state().active {
            return Err(refused("event mode is off"));
        }
        file.check_pin(&member, pin.trim(), event::now_ms())
            .map_err(openvalue::Error::from)?;
        l.sign_in_on_device(&member)?;
        event_state_of(&state, l)
    })
}

/// Signs the kiosk's member out (back to the grid).
#[tauri::command]
pub async fn event_sign_out(state: State<'_, AppState>) -> AppResult<EventStateDto> {
    state.with(|l| {
        l.sign_out();
        event_state_of(&state, l)
    })
}

/// The member signed in on the kiosk, with the event file.
fn kiosk_member(state: &AppState, l: &Ledger) -> AppResult<(String, EventFile)> {
    let file = event_file(state, l)?;
    match (file.state().active, l.signed_in()) {
        (true, Some(m)) => Ok((m.to_string(), file)),
        (true, None) => Err(refused("sign in with your PIN first")),
        (false, _) => Err(refused("event mode is off")),
    }
}

/// Starts the signed-in member's shift timer.
#[tauri::command]
pub async fn event_start_timer(
    state: State<'_, AppState>,
    project: String,
    kind: String,
) -> AppResult<EventStateDto> {
    state.with(|l| {
        let (member, mut file) = kiosk_member(&state, l)?;
        let catalog = l.catalog()?;
        if !catalog.projects.contains_key(project.trim()) {
            return Err(AppError::field("project", "choose a project"));
        }
        match catalog.kinds.get(kind.trim()) {
            Some(k) if k.measure == Measure::Hours => {}
            Some(_) => {
                return Err(AppError::field(
                    "kind",
                    "a timer counts hours: choose a kind measured in hours",
                ))
            }
            None => return Err(AppError::field("kind", "choose a kind")),
        }
        file.start_timer(&member, project.trim(), kind.trim(), event::now_ms())
            .map_err(openvalue::Error::from)?;
        event_state_of(&state, l)
    })
}

/// Stops the signed-in member's timer and logs the hours as their
/// contribution; returns its id.
#[tauri::command]
pub async fn event_stop_timer(state: State<'_, AppState>) -> AppResult<String> {
    state.with(|l| {
        let (member, mut file) = kiosk_member(&state, l)?;
        let shift = file
            .shift(&member, event::now_ms())
            .map_err(openvalue::Error::from)?;
        let id = l.log(&ContributionInput {
            id: None,
            date: today(),
            member: member.clone(),
            project: shift.timer.project.clone(),
            kind: shift.timer.kind.clone(),
            quantity: shift.hours.clone(),
            note: format!(
                "shift timer from {}",
                event::instant_text(shift.timer.started_ms)
            ),
        })?;
        // Logged first, then forgotten: a crash in between leaves the
        // timer running, never hours lost.
        file.discard_timer(&member)
            .map_err(openvalue::Error::from)?;
        Ok(id)
    })
}

/// Logs a contribution of the signed-in member's own; returns its id.
#[tauri::command]
pub async fn event_log(state: State<'_, AppState>, input: EventEntry) -> AppResult<String> {
    state.with(|l| {
        let (member, _) = kiosk_member(&state, l)?;
        Ok(l.log(&ContributionInput {
            id: None,
            date: today(),
            member,
            project: input.project.trim().to_string(),
            kind: input.kind.trim().to_string(),
            quantity: input.quantity.trim().to_string(),
            note: input.note,
        })?)
    })
}

/// The kiosk member's own account (totals and contributions).
#[tauri::command]
pub async fn event_account(state: State<'_, AppState>) -> AppResult<MemberAccountDto> {
    state.with(|l| {
        let (member, _) = kiosk_member(&state, l)?;
        let mut account: MemberAccountDto = l.member_account(&member)?.into();
        account.reputation = crate::peers::reputation_of(l, &member)?;
        Ok(account)
    })
}
