//! `device`, `clone`, `bundle`, `sync`, `conflicts` and `verify --against`
//! (SPEC §12).

use std::io::Write;
use std::path::Path;

use super::show::shown;
use super::{open, tr, BundleCommand, DeviceCommand};
use crate::error::{Error, Result};
use crate::store::MergeReport;

fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

fn merged_line(report: &MergeReport) -> String {
    let added = tr(
        "cli-merged-added",
        &[
            ("count", report.added.into()),
            ("offered", report.offered.into()),
        ],
    );
    let conflicts = tr(
        "cli-merged-conflicts",
        &[
            ("count", report.conflicts.into()),
            ("new", report.new_conflicts.into()),
        ],
    );
    format!("{added}; {conflicts}")
}

fn warn_future(report: &MergeReport, out: &mut dyn Write) -> Result<()> {
    if report.future_stamps > 0 {
        say_tr!(out, "cli-warn-future", count = report.future_stamps);
    }
    Ok(())
}

/// `openvalue device list`.
fn device_list(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    say!(
        out,
        "{:<36}  {:<16}  {:<20}  {:>6}  {}",
        tr("cli-col-device", &[]),
        tr("cli-col-label", &[]),
        tr("cli-col-admitted_by", &[]),
        tr("cli-col-entries", &[]),
        tr("cli-col-last_seen", &[])
    );
    for d in ledger.devices()? {
        let admitted = match d.admitted_by.as_str() {
            // The store's own words for the two cases without a device.
            "created the ledger" => tr("cli-device-created_ledger", &[]),
            "not admitted" => tr("cli-device-not_admitted", &[]),
            "" => String::new(),
            other => tr("cli-device-short", &[("device", short(other).into())]),
        };
        let mut state = String::new();
        if d.this_device {
            state.push_str(&tr("cli-device-this", &[]));
        }
        if let Some(last) = d.revoked_after {
            state.push_str(&tr("cli-device-revoked_after", &[("last", last.into())]));
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
                .unwrap_or_else(|| tr("cli-device-never", &[]))
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
            let label = match label.trim() {
                "" => tr("cli-device-no_label", &[]),
                label => label.to_string(),
            };
            say_tr!(
                out,
                "cli-device-invited",
                device = shown(&device),
                label = label,
                file = shown(&file.display().to_string())
            );
            say_tr!(out, "cli-device-invited-key");
        }
        DeviceCommand::List => device_list(path, out)?,
        DeviceCommand::Revoke { id } => {
            let last = open(path)?.revoke_device(&id)?;
            say_tr!(out, "cli-device-revoked", device = shown(&id), last = last);
        }
        DeviceCommand::New { label, yes } => {
            if !yes {
                return Err(Error::Refused(crate::i18n::Message::new(
                    "cli-device-new-confirm",
                )));
            }
            let mut ledger = open(path)?;
            let device = ledger.become_new_device(label.trim())?;
            say_tr!(out, "cli-device-new", device = shown(&device));
            say_tr!(out, "cli-device-new-admit", device = shown(&device));
        }
        DeviceCommand::Admit { id } => {
            open(path)?.admit_device(&id)?;
            say_tr!(out, "cli-device-admitted", device = shown(&id));
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
    say_tr!(
        out,
        "cli-clone-created",
        path = shown(&path.display().to_string()),
        device = shown(ledger.device()),
        name = shown(&ledger.settings().name),
        count = entries
    );
    if let Some(tool) = crate::sync::synced_folder(path) {
        say_tr!(out, "cli-warn-synced_clone", tool = tool);
    }
    Ok(())
}

/// `openvalue bundle export|import`.
pub(super) fn bundle(path: &Path, cmd: BundleCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        BundleCommand::Export { out: file } => {
            let ledger = open(path)?;
            let n = crate::sync::export_bundle(&ledger, &file)?;
            say_tr!(
                out,
                "cli-bundle-wrote",
                count = n,
                file = shown(&file.display().to_string())
            );
        }
        BundleCommand::Import { file } => {
            let mut ledger = open(path)?;
            let report = crate::sync::import_bundle(&mut ledger, &file)?;
            say_tr!(
                out,
                "cli-merged",
                file = shown(&file.display().to_string()),
                report = merged_line(&report)
            );
            warn_future(&report, out)?;
        }
    }
    Ok(())
}

/// `openvalue sync DIR`.
pub(super) fn sync(path: &Path, dir: &Path, out: &mut dyn Write) -> Result<()> {
    if let Some(tool) = crate::sync::synced_folder(path) {
        say_tr!(out, "cli-warn-synced_ledger", tool = tool);
    }
    let mut ledger = open(path)?;
    let report = crate::sync::sync_dir(&mut ledger, dir)?;
    for (file, merged) in &report.imported {
        say_tr!(
            out,
            "cli-merged",
            file = shown(&file.display().to_string()),
            report = merged_line(merged)
        );
        warn_future(merged, out)?;
    }
    for (file, why) in &report.skipped {
        say_tr!(
            out,
            "cli-sync-skipped",
            file = shown(&file.display().to_string()),
            why = shown(&why.text(crate::cli::lang()))
        );
    }
    let conflicts = ledger.conflicts()?.len() as u64;
    say_tr!(
        out,
        "cli-sync-wrote",
        count = report.entries,
        file = shown(&report.written.display().to_string()),
        conflicts = conflicts
    );
    Ok(())
}

/// `openvalue conflicts`: one line each, in the one order, the same text
/// on every laptop.
pub(super) fn conflicts(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let list = ledger.conflicts()?;
    if list.is_empty() {
        say_tr!(out, "cli-conflicts-none");
        return Ok(());
    }
    for c in &list {
        let device = if c.device_label.is_empty() {
            tr("cli-device-short", &[("device", short(&c.device).into())])
        } else {
            tr(
                "cli-device-short_label",
                &[
                    ("device", short(&c.device).into()),
                    ("label", c.device_label.as_str().into()),
                ],
            )
        };
        // The reason is the English text every laptop stored alike.
        say_tr!(
            out,
            "cli-conflict",
            entry = shown(&c.entry),
            kind = c.kind.to_string(),
            concerns = shown(&c.concerns.join(", ")),
            device = device,
            reason = shown(&c.reason)
        );
    }
    say_tr!(out, "cli-conflicts-count", count = list.len());
    Ok(())
}

/// `openvalue verify --against FILE`.
pub(super) fn verify_against(path: &Path, file: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let missing = crate::sync::missing_against(&ledger, file)?;
    if missing.is_empty() {
        say_tr!(
            out,
            "cli-verify-against-ok",
            file = shown(&file.display().to_string())
        );
        return Ok(());
    }
    for e in missing.iter().take(50) {
        say_tr!(
            out,
            "cli-verify-against-missing",
            entry = shown(&e.id),
            kind = e.kind.to_string(),
            device = shown(&e.device),
            seq = e.device_seq
        );
    }
    Err(Error::Refused(
        crate::i18n::Message::new("cli-verify-missing")
            .arg("count", missing.len())
            .arg("file", file.display().to_string()),
    ))
}
