//! `device`, `clone`, `bundle`, `sync`, `conflicts` and `verify --against`
//! (SPEC §12).

use std::io::Write;
use std::path::Path;

use super::show::{plural, shown};
use super::{open, BundleCommand, DeviceCommand};
use crate::error::{Error, Result};
use crate::store::MergeReport;

fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

fn merged_line(report: &MergeReport) -> String {
    let mut line = format!(
        "{} new entr{} of {}",
        report.added,
        if report.added == 1 { "y" } else { "ies" },
        report.offered
    );
    if report.conflicts > 0 {
        line.push_str(&format!(
            "; {} conflict{} in the books ({} new) — see the conflicts list",
            report.conflicts,
            plural(report.conflicts),
            report.new_conflicts
        ));
    } else {
        line.push_str("; no conflicts");
    }
    line
}

fn warn_future(report: &MergeReport, out: &mut dyn Write) -> Result<()> {
    if report.future_stamps > 0 {
        say!(
            out,
            "warning: {} entr{} stamped more than an hour ahead of this computer's clock; check the clocks of the laptops",
            report.future_stamps,
            if report.future_stamps == 1 { "y is" } else { "ies are" }
        );
    }
    Ok(())
}

/// `openvalue device list`.
fn device_list(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    say!(
        out,
        "{:<36}  {:<16}  {:<20}  {:>6}  last seen",
        "device",
        "label",
        "admitted by",
        "entries"
    );
    for d in ledger.devices()? {
        let admitted = match d.admitted_by.as_str() {
            "created the ledger" | "not admitted" | "" => d.admitted_by.clone(),
            other => format!("device {}", short(other)),
        };
        let mut state = String::new();
        if d.this_device {
            state.push_str(" (this laptop)");
        }
        if let Some(last) = d.revoked_after {
            state.push_str(&format!(" (revoked after entry {last})"));
        }
        say!(
            out,
            "{:<36}  {:<16}  {:<20}  {:>6}  {}{state}",
            shown(&d.id),
            shown(&d.label),
            admitted,
            d.last_seq,
            d.last_seen
                .as_deref()
                .map(|s| s.chars().take(16).collect::<String>().replace('T', " "))
                .unwrap_or_else(|| "never".into())
        );
    }
    Ok(())
}

/// `openvalue device …`.
pub(super) fn device(path: &Path, cmd: DeviceCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        DeviceCommand::Invite { out: file, label } => {
            let mut ledger = open(path)?;
            let device = crate::sync::invite(&mut ledger, &file, label.trim())?;
            say!(
                out,
                "invited device {} ({}); invitation written to {}",
                shown(&device),
                if label.trim().is_empty() {
                    "no label"
                } else {
                    label.trim()
                },
                shown(&file.display().to_string())
            );
            say!(
                out,
                "it holds the new laptop's key: carry it to that laptop only, and delete it once the laptop has started from it"
            );
        }
        DeviceCommand::List => device_list(path, out)?,
        DeviceCommand::Revoke { id } => {
            let last = open(path)?.revoke_device(&id)?;
            say!(
                out,
                "revoked device {}: its entries after number {last} will be kept but not applied, on every laptop that merges this",
                shown(&id)
            );
        }
        DeviceCommand::New { label, yes } => {
            if !yes {
                return Err(Error::Refused(crate::i18n::Message::new(
                    "cli-device-new-confirm",
                )));
            }
            let mut ledger = open(path)?;
            let device = ledger.become_new_device(label.trim())?;
            say!(out, "this ledger now writes as device {}", shown(&device));
            say!(
                out,
                "on an admitted laptop, run: openvalue device admit {device}"
            );
        }
        DeviceCommand::Admit { id } => {
            open(path)?.admit_device(&id)?;
            say!(out, "admitted device {}", shown(&id));
        }
    }
    Ok(())
}

/// `openvalue clone FILE`: a new laptop's ledger from an invitation.
pub(super) fn clone(path: &Path, file: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = super::in_new_folders(path, || {
        crate::sync::clone(file, path, crate::keys::Keystore::user())
    })?;
    let entries = ledger.entry_count()?;
    say!(
        out,
        "created {} as device {} of {}: {} entries merged",
        shown(&path.display().to_string()),
        shown(ledger.device()),
        shown(&ledger.settings().name),
        entries
    );
    if let Some(tool) = crate::sync::synced_folder(path) {
        say!(
            out,
            "warning: this ledger file is in a folder {tool} synchronises; keep the ledger outside it and sync through a separate folder"
        );
    }
    Ok(())
}

/// `openvalue bundle export|import`.
pub(super) fn bundle(path: &Path, cmd: BundleCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        BundleCommand::Export { out: file } => {
            let ledger = open(path)?;
            let n = crate::sync::export_bundle(&ledger, &file)?;
            say!(
                out,
                "wrote {n} entr{} to {}",
                if n == 1 { "y" } else { "ies" },
                shown(&file.display().to_string())
            );
        }
        BundleCommand::Import { file } => {
            let mut ledger = open(path)?;
            let report = crate::sync::import_bundle(&mut ledger, &file)?;
            say!(
                out,
                "merged {}: {}",
                shown(&file.display().to_string()),
                merged_line(&report)
            );
            warn_future(&report, out)?;
        }
    }
    Ok(())
}

/// `openvalue sync DIR`.
pub(super) fn sync(path: &Path, dir: &Path, out: &mut dyn Write) -> Result<()> {
    if let Some(tool) = crate::sync::synced_folder(path) {
        say!(
            out,
            "warning: the ledger file itself is in a folder {tool} synchronises; move it out (only the sync folder should be shared)"
        );
    }
    let mut ledger = open(path)?;
    let report = crate::sync::sync_dir(&mut ledger, dir)?;
    for (file, merged) in &report.imported {
        say!(
            out,
            "merged {}: {}",
            shown(&file.display().to_string()),
            merged_line(merged)
        );
        warn_future(merged, out)?;
    }
    for (file, why) in &report.skipped {
        say!(
            out,
            "skipped {}: {}",
            shown(&file.display().to_string()),
            shown(why)
        );
    }
    let conflicts = ledger.conflicts()?.len() as u64;
    say!(
        out,
        "wrote {} entr{} to {}; {} conflict{} in the books",
        report.entries,
        if report.entries == 1 { "y" } else { "ies" },
        shown(&report.written.display().to_string()),
        conflicts,
        plural(conflicts)
    );
    Ok(())
}

/// `openvalue conflicts`: one line each, in the one order, the same text
/// on every laptop.
pub(super) fn conflicts(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let list = ledger.conflicts()?;
    if list.is_empty() {
        say!(out, "no conflicts");
        return Ok(());
    }
    for c in &list {
        let device = if c.device_label.is_empty() {
            format!("device {}", short(&c.device))
        } else {
            format!("device {} ({})", short(&c.device), c.device_label)
        };
        say!(
            out,
            "{} {} [{}] from {device}: {}",
            shown(&c.entry),
            c.kind,
            shown(&c.concerns.join(", ")),
            shown(&c.reason)
        );
    }
    say!(
        out,
        "{} conflict{}: kept in the journal, not applied; resolve each by new entries (reverse and distribute again, correct again)",
        list.len(),
        plural(list.len() as u64)
    );
    Ok(())
}

/// `openvalue verify --against FILE`.
pub(super) fn verify_against(path: &Path, file: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let missing = crate::sync::missing_against(&ledger, file)?;
    if missing.is_empty() {
        say!(
            out,
            "OK: this ledger holds every entry of {}",
            shown(&file.display().to_string())
        );
        return Ok(());
    }
    for e in missing.iter().take(50) {
        say!(
            out,
            "missing: entry {} ({}) of device {}, number {}",
            shown(&e.id),
            e.kind,
            shown(&e.device),
            e.device_seq
        );
    }
    Err(Error::Refused(
        crate::i18n::Message::new("cli-verify-missing")
            .arg("count", missing.len())
            .arg("file", file.display().to_string()),
    ))
}
