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

use super::show::plural;

/// `openvalue init`: creates a ledger (and its folder).
pub(super) fn init(path: &Path, args: InitArgs, out: &mut dyn Write) -> Result<()> {
    let currency = Currency::new(&args.currency, args.scale)
        .map_err(|e| Error::field("currency", e.to_string()))?;
    let name =
        crate::validate::name_text("name", &args.name).map_err(|m| Error::field("name", m))?;
    super::in_new_folders(path, || {
        Ok(Ledger::create(
            path,
            &name,
            currency.clone(),
            args.approvals,
        )?)
    })?;
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
    let format = match args.locale.as_deref() {
        Some(code) => CsvFormat::for_locale(code).map_err(|m| Error::field("locale", m))?,
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
    say!(
        out,
        "sign-in: {}",
        if ledger.sign_in_required()? {
            "on (every write needs --as MEMBER)"
        } else {
            "off"
        }
    );
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

/// `openvalue verify`: prints OK and each chain's head, or each problem
/// and fails.
pub(super) fn verify(path: &Path, out: &mut dyn Write) -> Result<()> {
    let ledger = open(path)?;
    let report = ledger.verify()?;
    if report.is_ok() {
        say!(
            out,
            "OK: {} entries from {} device{}, {} contributions; every hash chain, signature and derived table matches the journal",
            report.entries,
            report.devices,
            plural(report.devices),
            report.contributions
        );
    } else {
        for p in &report.problems {
            say!(out, "{p}");
        }
    }
    for head in &report.heads {
        let this = if head.device == ledger.device() {
            " (this laptop)"
        } else {
            ""
        };
        say!(
            out,
            "head of device {}{this}: entry {}, hash {}",
            shown(&head.device),
            head.seq,
            head.hash
        );
    }
    if report.before_signatures > 0 {
        say!(
            out,
            "{} entr{} written before signatures (by the device that created the ledger)",
            report.before_signatures,
            if report.before_signatures == 1 {
                "y was"
            } else {
                "ies were"
            }
        );
    }
    if report.conflicts > 0 {
        say!(
            out,
            "{} conflict{}: entries that the rules refused at their place in the order once the laptops' work was merged; they are kept, not applied",
            report.conflicts,
            plural(report.conflicts)
        );
    }
    if report.future_stamps > 0 {
        say!(
            out,
            "warning: {} entr{} stamped more than an hour ahead of this computer's clock; check the clocks of the laptops",
            report.future_stamps,
            if report.future_stamps == 1 { "y is" } else { "ies are" }
        );
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
    say!(out, "backed up to {}", shown(&file.display().to_string()));
    Ok(())
}
