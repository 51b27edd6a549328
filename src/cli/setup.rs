//! `init`, `demo`, `import`, `settings`, `verify` and `backup`.

use std::io::Write;
use std::path::Path;

use super::show::shown;
use super::{open, ImportArgs, InitArgs};
use crate::error::{Error, Result};
use crate::import::{self, ImportOptions};
use crate::money::Currency;
use crate::ops::today;
use crate::store::Ledger;

use super::show::plural;

/// `openvalue init`: creates a ledger (and its folder).
pub(super) fn init(path: &Path, args: InitArgs, out: &mut dyn Write) -> Result<()> {
    let currency = Currency::new(&args.currency, args.scale)
        .map_err(|e| Error::field("currency", e.to_string()))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
    }
    let name =
        crate::validate::name_text("name", &args.name).map_err(|m| Error::field("name", m))?;
    Ledger::create(path, &name, currency.clone(), args.approvals)?;
    say!(
        out,
        "created {} ({}, {}, {} approval{} required)",
        shown(&path.display().to_string()),
        shown(&args.name),
        shown(&currency.to_string()),
        args.approvals,
        plural(u64::from(args.approvals))
    );
    Ok(())
}

/// `openvalue demo`: a realistic small cooperative in a new ledger.
pub(super) fn demo(file: &Path, out: &mut dyn Write) -> Result<()> {
    crate::demo::create(file, today())?;
    say!(
        out,
        "created demo ledger {}",
        shown(&file.display().to_string())
    );
    Ok(())
}

/// `openvalue import`: one CSV file, all or nothing.
pub(super) fn import(path: &Path, args: ImportArgs, out: &mut dyn Write) -> Result<()> {
    let summary = import::import_file(
        &mut open(path)?,
        args.table,
        &args.file,
        &ImportOptions {
            dry_run: args.dry_run,
            ignore_unknown: args.ignore_unknown,
        },
        &mut |_| {},
    )?;
    say!(out, "{summary}");
    Ok(())
}

/// `openvalue settings`: changes what is given, prints the settings.
pub(super) fn settings(path: &Path, approvals: Option<u32>, out: &mut dyn Write) -> Result<()> {
    let mut ledger = open(path)?;
    if let Some(k) = approvals {
        ledger.set_approvals_required(k)?;
    }
    let s = ledger.settings();
    say!(
        out,
        "{}: {}, {} approvals required",
        shown(&s.name),
        shown(&s.currency.to_string()),
        s.approvals_required
    );
    Ok(())
}

/// `openvalue verify`: prints OK, or each problem and fails.
pub(super) fn verify(path: &Path, out: &mut dyn Write) -> Result<()> {
    let report = open(path)?.verify()?;
    if report.is_ok() {
        say!(
            out,
            "OK: {} entries from {} device{}, {} contributions; every hash chain and derived table matches the journal",
            report.entries,
            report.devices,
            plural(report.devices),
            report.contributions
        );
        return Ok(());
    }
    for p in &report.problems {
        say!(out, "{p}");
    }
    let n = report.problems.len();
    Err(Error::Refused(format!(
        "verify found {n} problem{}",
        plural(n as u64)
    )))
}

/// `openvalue backup`: a consistent copy of the ledger.
pub(super) fn backup(path: &Path, file: &Path, out: &mut dyn Write) -> Result<()> {
    open(path)?.backup(file)?;
    say!(out, "backed up to {}", shown(&file.display().to_string()));
    Ok(())
}
