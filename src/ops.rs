//! User actions on a ledger: each validates against the current books and
//! writes one journal entry in one transaction. The CLI and the app call
//! these same functions.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::journal::Payload;
use crate::model::{
    check_handle, check_id, AccountType, ContributionRecord, Correction, PayoutRecord,
    RevenueRecord, Review, Status, Verdict,
};
use crate::store::Ledger;
use crate::validate::{self, RawAccount, RawContribution, RawKind, RawRevenue};

/// Today's date on this machine.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Fields of a correction, as text.
#[derive(Debug, Clone, Default)]
pub struct CorrectionInput {
    /// New quantity.
    pub quantity: Option<String>,
    /// New date.
    pub date: Option<NaiveDate>,
    /// New kind.
    pub kind: Option<String>,
    /// New note.
    pub note: Option<String>,
    /// Void the contribution.
    pub void: bool,
}

impl Ledger {
    /// Adds a member or fund.
    pub fn add_account(&mut self, raw: &RawAccount<'_>) -> Result<()> {
        let account = validate::account(raw).map_err(Error::Invalid)?;
        if self.catalog()?.accounts.contains_key(&account.handle) {
            return Err(Error::field(
                "handle",
                format!("'{}' already exists", account.handle),
            ));
        }
        self.write(|w| {
            w.append(&Payload::AccountsAdded {
                accounts: vec![account],
            })
        })?;
        Ok(())
    }

    /// Marks a member as active or left.
    pub fn set_account_status(&mut self, handle: &str, status: Status) -> Result<()> {
        let catalog = self.catalog()?;
        let account = catalog.accounts.get(handle).ok_or_else(|| {
            Error::NotFound(validate::unknown_with_hint(
                "account",
                handle,
                catalog.accounts.keys(),
            ))
        })?;
        if account.status == status {
            return Err(Error::Refused(format!("'{handle}' is already {status}")));
        }
        self.write(|w| {
            w.append(&Payload::AccountStatusSet {
                handle: handle.to_string(),
                status,
            })
        })?;
        Ok(())
    }

    /// Adds a project.
    pub fn add_project(&mut self, code: &str, name: &str, parent: Option<&str>) -> Result<()> {
        let catalog = self.catalog()?;
        let project =
            validate::project(&catalog, code, name, parent, &|_| false).map_err(Error::Invalid)?;
        if catalog.projects.contains_key(&project.code) {
            return Err(Error::field("code", format!("'{code}' already exists")));
        }
        self.write(|w| {
            w.append(&Payload::ProjectsAdded {
                projects: vec![project],
            })
        })?;
        Ok(())
    }

    /// Adds a kind, or a new rate version of an existing kind (its name,
    /// measure, unit, gift and reimbursable must then be the same).
    pub fn add_kind(&mut self, raw: &RawKind<'_>) -> Result<()> {
        let (kind, version) = validate::kind(raw).map_err(Error::Invalid)?;
        let catalog = self.catalog()?;
        let mut payloads = Vec::new();
        match catalog.kinds.get(&kind.code) {
            Some(existing) if *existing != kind => {
                return Err(Error::Refused(format!(
                    "kind '{}' exists with other attributes (name '{}', measure {}); only the rate and multiplier change between versions",
                    kind.code, existing.name, existing.measure
                )))
            }
            Some(_) => {}
            None => payloads.push(Payload::KindsAdded { kinds: vec![kind] }),
        }
        if let Some(existing) = catalog.versions.get(&version.kind).and_then(|vs| {
            vs.iter()
                .find(|v| v.effective_from == version.effective_from)
        }) {
            return Err(Error::Refused(format!(
                "kind '{}' already has a version {} (rate {}, multiplier {}); versions are never rewritten — choose another effective date",
                version.kind,
                version
                    .effective_from
                    .map(|d| format!("effective from {d}"))
                    .unwrap_or_else(|| "from the beginning".into()),
                existing.rate_text(),
                existing.multiplier_text()
            )));
        }
        payloads.push(Payload::KindVersionsAdded {
            versions: vec![version],
        });
        self.write(|w| {
            for p in &payloads {
                w.append(p)?;
            }
            Ok::<_, Error>(())
        })
    }

    /// Records a contribution; returns its id.
    pub fn log(&mut self, raw: &RawContribution<'_>) -> Result<String> {
        let catalog = self.catalog()?;
        let mut record: ContributionRecord =
            validate::contribution(&catalog, raw).map_err(Error::Invalid)?;
        if record.id.is_empty() {
            record.id = uuid::Uuid::new_v4().to_string();
        } else if self.contribution(&record.id)?.is_some() {
            return Err(Error::field(
                "id",
                format!("a contribution with id '{}' already exists", record.id),
            ));
        }
        let id = record.id.clone();
        self.write(|w| {
            w.append(&Payload::ContributionsAdded {
                contributions: vec![record],
            })
        })?;
        Ok(id)
    }

    /// Approves or rejects someone else's contribution.
    pub fn review(&mut self, id: &str, by: &str, verdict: Verdict, reason: &str) -> Result<()> {
        let catalog = self.catalog()?;
        let c = self
            .contribution(id)?
            .ok_or_else(|| Error::NotFound(format!("no contribution with id '{id}'")))?;
        match catalog.accounts.get(by) {
            None => {
                return Err(Error::field(
                    "by",
                    validate::unknown_with_hint("member", by, catalog.accounts.keys()),
                ))
            }
            Some(a) if a.account_type == AccountType::Fund => {
                return Err(Error::field(
                    "by",
                    format!("'{by}' is a fund; only members review"),
                ))
            }
            Some(_) => {}
        }
        if c.member == by {
            return Err(Error::Refused(format!(
                "{by} cannot {verdict} their own contribution {id}; another member must review it"
            )));
        }
        if c.void {
            return Err(Error::Refused(format!("contribution {id} is void")));
        }
        if verdict == Verdict::Reject && reason.trim().is_empty() {
            return Err(Error::field("reason", "a rejection needs a reason"));
        }
        validate::note_text("reason", reason).map_err(|m| Error::field("reason", m))?;
        let already: i64 = self.conn().query_row(
            "SELECT count(*) FROM reviews WHERE contribution = ?1 AND revision = ?2 AND by_member = ?3 AND verdict = ?4",
            rusqlite::params![id, c.revision, by, verdict.as_str()],
            |r| r.get(0),
        ).map_err(crate::store::StoreError::from)?;
        if already > 0 {
            return Err(Error::Refused(format!(
                "{by} already gave '{verdict}' to contribution {id} since its latest correction"
            )));
        }
        self.write(|w| {
            w.append(&Payload::Reviewed(Review {
                contribution: id.to_string(),
                by: by.to_string(),
                verdict,
                reason: reason.trim().to_string(),
            }))
        })?;
        Ok(())
    }

    /// Corrects (supersedes) or voids a contribution.
    pub fn correct(&mut self, id: &str, input: &CorrectionInput) -> Result<()> {
        let catalog = self.catalog()?;
        let c = self
            .contribution(id)?
            .ok_or_else(|| Error::NotFound(format!("no contribution with id '{id}'")))?;
        if c.void {
            return Err(Error::Refused(format!(
                "contribution {id} is void; log a new contribution instead"
            )));
        }
        if input.quantity.is_none()
            && input.date.is_none()
            && input.kind.is_none()
            && input.note.is_none()
            && !input.void
        {
            return Err(Error::Refused(
                "nothing to correct: give a new quantity, date, kind or note, or --void".into(),
            ));
        }
        let mut problems = validate::Problems::default();
        let kind_code = input.kind.clone().unwrap_or_else(|| c.kind.clone());
        let kind = catalog.kinds.get(&kind_code);
        if kind.is_none() {
            problems.add(
                "kind",
                validate::unknown_with_hint("kind", &kind_code, catalog.kinds.keys()),
            );
        }
        let old_kind = catalog.kinds.get(&c.kind);
        if let (Some(new), Some(old), Some(_)) = (kind, old_kind, &input.kind) {
            if new.measure != old.measure {
                problems.add(
                    "kind",
                    format!(
                        "kind '{}' is measured in {}, but this contribution is in {}; void it and log a new one",
                        new.code, new.measure, old.measure
                    ),
                );
            }
        }
        let quantity_e4 = match (&input.quantity, kind) {
            (Some(q), Some(k)) => problems.take("quantity", validate::quantity_for(&catalog, k, q)),
            _ => None,
        };
        if let Some(k) = kind {
            let date = input.date.unwrap_or(c.date);
            problems.take("date", validate::kind_in_force(&catalog, &k.code, date));
        }
        if let Some(note) = &input.note {
            problems.take("note", validate::note_text("note", note));
        }
        if !problems.0.is_empty() {
            return Err(Error::Invalid(problems.0));
        }
        let correction = Correction {
            contribution: id.to_string(),
            quantity_e4,
            date: input.date,
            kind: input.kind.clone(),
            note: input.note.clone(),
            void: input.void,
        };
        self.write(|w| w.append(&Payload::Corrected(correction)))?;
        Ok(())
    }

    /// Records a revenue; returns its id.
    pub fn add_revenue(&mut self, raw: &RawRevenue<'_>) -> Result<String> {
        let catalog = self.catalog()?;
        let mut record: RevenueRecord = validate::revenue(&catalog, raw).map_err(Error::Invalid)?;
        if record.id.is_empty() {
            record.id = uuid::Uuid::new_v4().to_string();
        } else if crate::store::existing_digest(self.conn(), "revenues", &record.id)?.is_some() {
            return Err(Error::field(
                "id",
                format!("a revenue with id '{}' already exists", record.id),
            ));
        }
        let id = record.id.clone();
        self.write(|w| {
            w.append(&Payload::RevenuesAdded {
                revenues: vec![record],
            })
        })?;
        Ok(id)
    }

    /// Records a payout to an account; returns its id.
    pub fn pay(
        &mut self,
        account: &str,
        amount: &str,
        date: NaiveDate,
        method: &str,
        note: &str,
    ) -> Result<String> {
        let catalog = self.catalog()?;
        let mut problems = validate::Problems::default();
        if !catalog.accounts.contains_key(account) {
            problems.add(
                "account",
                validate::unknown_with_hint("account", account, catalog.accounts.keys()),
            );
        }
        let amount_minor = problems.take(
            "amount",
            catalog
                .currency
                .parse_amount(amount)
                .map_err(|e| e.to_string()),
        );
        problems.take("method", validate::label_text("method", method));
        problems.take("note", validate::note_text("note", note));
        let Some(amount_minor) = amount_minor.filter(|_| problems.0.is_empty()) else {
            return Err(Error::Invalid(problems.0));
        };
        let record = PayoutRecord {
            id: uuid::Uuid::new_v4().to_string(),
            account: account.to_string(),
            date,
            amount_minor,
            method: method.to_string(),
            note: note.to_string(),
        };
        let id = record.id.clone();
        self.write(|w| w.append(&Payload::PayoutRecorded(record)))?;
        Ok(id)
    }

    /// Changes how many approvals a contribution needs to count.
    pub fn set_approvals_required(&mut self, approvals_required: u32) -> Result<()> {
        self.write(|w| w.append(&Payload::ApprovalsRequiredSet { approvals_required }))?;
        Ok(())
    }
}

/// Checks a handle given on the command line or in a form.
pub fn handle_arg(field: &'static str, text: &str) -> Result<()> {
    check_handle(text).map_err(|m| Error::field(field, m))
}

/// Checks an id given on the command line or in a form.
pub fn id_arg(field: &'static str, text: &str) -> Result<()> {
    check_id(text).map_err(|m| Error::field(field, m))
}
