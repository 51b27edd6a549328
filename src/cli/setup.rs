//! `init`, `demo`, `import`, `settings`, `verify` and `backup`.

use std::io::Write;
use std::path::Path;

use super::show::shown;
use super::{open, ImportArgs, InitArgs};
use crate::csvformat::CsvFormat;
use crate::error::{Error, Result};
use crate::import::{self, ImportOptions};
use crate::money::Currency;
use crate::ops::today;
use crate::store::Ledger;

/// `openvalue init`: creates a ledger (and its folder).
pub(super) fn init(path: &Path, args: InitArgs, out: &mut dyn Write) -> Result<()> {
    let currency = Currency::new(&args.currency, args.scale)
        .map_err(|e| Error::field_says("currency", e.message()))?;
    let name =
        crate::validate::name_text("name", &args.name).map_err(|m| Error::field_says("name", m))?;
    super::in_new_folders(path, || {
        Ok(Ledger::create(
            path,
            &name,
            currency.clone(),
            args.approvals,
        )?)
    })?;
    say_tr!(
        out,
        "cli-init-created",
        path = shown(&path.display().to_string()),
        name = shown(&args.name),
        currency = shown(&currency.to_string()),
        count = args.approvals
    );
    Ok(())
}

/// `openvalue demo`: a realistic small cooperative in a new ledger.
pub(super) fn demo(file: &Path, out: &mut dyn Write) -> Result<()> {
    crate::demo::create(file, today())?;
    say_tr!(
        out,
        "cli-demo-created",
        path = shown(&file.display().to_string())
    );
    Ok(())
}

/// `openvalue import`: one CSV file, all or nothing.
pub(super) fn import(path: &Path, args: ImportArgs, out: &mut dyn Write) -> Result<()> {
    let format = match args.locale.as_deref() {
        Some(code) => CsvFormat::for_locale(code).map_err(|m| Error::field_says("locale", m))?,
        None => CsvFormat::CANONICAL,
    };
    let summary = import::import_file_as(
        &mut open(path)?,
        args.table,
        &args.file,
        &format,
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
pub(super) fn settings(
    path: &Path,
    approvals: Option<u32>,
    sign_in: Option<bool>,
    out: &mut dyn Write,
) -> Result<()> {
    let mut ledger = open(path)?;
    if let Some(k) = approvals {
        ledger.set_approvals_required(k)?;
    }
    if let Some(on) = sign_in {
        ledger.set_sign_in(on)?;
    }
    if ledger.sign_in_required()? {
        say_tr!(out, "cli-settings-sign_in_on");
    } else {
        say_tr!(out, "cli-settings-sign_in_off");
    }
    let s = ledger.settings();
    say_tr!(
        out,
        "cli-settings",
        name = shown(&s.name),
        currency = shown(&s.currency.to_string()),
        count = s.approvals_required
    );
    Ok(())
}

/// `openvalue verify`: prints OK and each chain's head, or each problem
/// and fails.
pub(super) fn verify(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let report = ledger.verify()?;
    if report.is_ok() {
        say_tr!(
            out,
            "cli-verify-ok",
            entries = report.entries,
            devices = report.devices,
            contributions = report.contributions
        );
    } else {
        for p in &report.problems {
            say!(out, "{}", p.render(super::lang()));
        }
    }
    for head in &report.heads {
        let this = if head.device == ledger.device() {
            super::tr("cli-device-this", &[])
        } else {
            String::new()
        };
        say_tr!(
            out,
            "cli-verify-head",
            device = shown(&head.device),
            this = this,
            seq = head.seq,
            hash = head.hash.as_str()
        );
    }
    if report.before_signatures > 0 {
        say_tr!(
            out,
            "cli-verify-before_signatures",
            count = report.before_signatures
        );
    }
    if report.conflicts > 0 {
        say_tr!(out, "cli-verify-conflicts", count = report.conflicts);
    }
    if report.future_stamps > 0 {
        say_tr!(out, "cli-warn-future", count = report.future_stamps);
    }
    if report.is_ok() {
        return Ok(());
    }
    let n = report.problems.len();
    Err(Error::Refused(
        crate::i18n::Message::new("cli-verify-problems").arg("count", n),
    ))
}

/// `openvalue backup`: a consistent copy of the ledger.
pub(super) fn backup(path: &Path, file: &Path, out: &mut dyn Write) -> Result<()> {
    open(path)?.backup(file)?;
    say_tr!(out, "cli-backup", path = shown(&file.display().to_string()));
    Ok(())
}
