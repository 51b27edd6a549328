//! User actions on a ledger: each validates against the current books and
//! writes one journal entry in one transaction. The CLI and the app call
//! these same functions.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::journal::Payload;
use crate::model::{
    check_handle, check_id, ContributionRecord, Correction, PayoutRecord, Renamed,
    RevenueCorrection, RevenueRecord, Review, Status, Verdict,
};
use crate::standards::LeaveReason;
use crate::store::{Ledger, NewId, StoreError};
use crate::validate::{self, AccountInput, ContributionInput, KindInput, RevenueInput};

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

/// Fields of a revenue's correction, as text.
#[derive(Debug, Clone, Default)]
pub struct RevenueCorrectionInput {
    /// New amount.
    pub amount: Option<String>,
    /// New date.
    pub date: Option<NaiveDate>,
    /// New note.
    pub note: Option<String>,
    /// Void the revenue.
    pub void: bool,
}

impl Ledger {
    /// Adds a member or fund.
    pub fn add_account(&mut self, input: &AccountInput) -> Result<()> {
        let account = validate::account_from(input).map_err(Error::Invalid)?;
        self.write(|w| {
            w.append(&Payload::AccountsAdded {
                accounts: vec![account],
            })
            .map_err(|e| taken_on_field("handle", e))
        })?;
        Ok(())
    }

    /// Marks a member as active or left, today (a leave for good reason).
    pub fn set_account_status(&mut self, handle: &str, status: Status) -> Result<()> {
        match status {
            Status::Left => self.leave(handle, today(), LeaveReason::Good),
            Status::Active => self.rejoin(handle, today()),
        }
    }

    /// A member leaves the cooperative on `date` (SPEC §14): for revenues
    /// dated on or after it, a bad leaver's work is re-rated.
    pub fn leave(&mut self, handle: &str, date: NaiveDate, reason: LeaveReason) -> Result<()> {
        self.write(|w| {
            w.append(&Payload::AccountStatusSet {
                handle: handle.to_string(),
                status: Status::Left,
                from: Some(date),
                reason: Some(reason),
            })?;
            Ok(())
        })
    }

    /// A member who left is active again from `date`.
    pub fn rejoin(&mut self, handle: &str, date: NaiveDate) -> Result<()> {
        self.write(|w| {
            w.append(&Payload::AccountStatusSet {
                handle: handle.to_string(),
                status: Status::Active,
                from: Some(date),
                reason: None,
            })?;
            Ok(())
        })
    }

    /// Defines a stage (SPEC §14): `percent` from 0 to 100 with at most 2
    /// decimals, scaling `kinds` (default: every kind that earns policy
    /// shares now).
    pub fn define_stage(
        &mut self,
        code: &str,
        percent: &str,
        kinds: Option<&[String]>,
    ) -> Result<()> {
        check_handle(code).map_err(|m| Error::field_says("code", m))?;
        let percent_e2 = crate::money::parse_at_most(percent.trim_end_matches('%'), 2, 100)
            .map_err(|e| Error::field_says("percent", e.message()))?;
        self.write(|w| {
            let kinds: Vec<String> = match kinds {
                Some(k) => k.to_vec(),
                None => w
                    .books()
                    .catalog()?
                    .kinds
                    .values()
                    .filter(|k| k.class() == Some(crate::model::KindClass::Shared))
                    .map(|k| k.code.clone())
                    .collect(),
            };
            if kinds.is_empty() {
                return Err(Error::field_says(
                    "kinds",
                    crate::i18n::Message::new("err-stage-no_kind"),
                ));
            }
            w.append(&Payload::StageDefined {
                code: code.to_string(),
                percent_e2,
                kinds,
            })?;
            Ok(())
        })
    }

    /// Puts `member` in `stage` (or none) from `from` on.
    pub fn set_stage(&mut self, member: &str, stage: Option<&str>, from: NaiveDate) -> Result<()> {
        self.write(|w| {
            w.append(&Payload::StageSet {
                member: member.to_string(),
                stage: stage.map(str::to_string),
                from,
            })?;
            Ok(())
        })
    }

    /// Defines a resource (SPEC §14): `owners` are `HANDLE[:SHARE]`, a
    /// share being a whole number of at least 1 (default 1).
    pub fn add_resource(
        &mut self,
        code: &str,
        name: &str,
        rate: &str,
        unit: &str,
        owners: &[String],
    ) -> Result<()> {
        check_handle(code).map_err(|m| Error::field_says("code", m))?;
        let rate_e4 = crate::money::parse_positive_at_most(
            rate,
            crate::money::RATE_SCALE,
            crate::money::RATE_SCALE,
            crate::money::MAX_RATE_UNITS,
        )
        .map_err(|e| Error::field_says("rate", e.message()))?;
        let owners = owners
            .iter()
            .map(|text| parse_owner(text))
            .collect::<Result<Vec<_>>>()?;
        let definition = crate::model::ResourceDefinition {
            code: code.to_string(),
            name: name.trim().to_string(),
            unit: unit.trim().to_string(),
            rate_e4,
            owners,
        };
        self.write(|w| {
            w.append(&Payload::ResourceAdded(definition))?;
            Ok(())
        })
    }

    /// Records a use of `resource` on `project` (SPEC §14); its owners are
    /// credited. `by` is recorded only. Returns the use's id.
    pub fn record_use(
        &mut self,
        resource: &str,
        project: &str,
        quantity: &str,
        date: NaiveDate,
        by: Option<&str>,
    ) -> Result<String> {
        let quantity_e4 = crate::money::parse_positive_at_most(
            quantity,
            3,
            crate::money::QUANTITY_SCALE,
            crate::money::MAX_QUANTITY_UNITS,
        )
        .map_err(|e| Error::field_says("quantity", e.message()))?;
        let id = uuid::Uuid::new_v4().to_string();
        let record = crate::model::ResourceUse {
            id: id.clone(),
            resource: resource.to_string(),
            project: project.to_string(),
            date,
            quantity_e4,
            by: by.map(str::to_string),
        };
        self.write(|w| {
            w.append(&Payload::ResourceUsed(record))?;
            Ok(id)
        })
    }

    /// Adds a project.
    pub fn add_project(&mut self, code: &str, name: &str, parent: Option<&str>) -> Result<()> {
        self.write(|w| {
            let catalog = w.books().catalog()?;
            let project = validate::project(&catalog, code, name, parent, &|_| false)
                .map_err(Error::Invalid)?;
            w.append(&Payload::ProjectsAdded {
                projects: vec![project],
            })
            .map_err(|e| taken_on_field("code", e))?;
            Ok(())
        })
    }

    /// Adds a kind, or a new rate version of an existing kind (its name,
    /// measure, unit, gift and reimbursable must then be the same).
    pub fn add_kind(&mut self, input: &KindInput) -> Result<()> {
        let (kind, version) = validate::kind_from(input).map_err(Error::Invalid)?;
        self.write(|w| {
            let catalog = w.books().catalog()?;
            match catalog.kinds.get(&kind.code) {
                Some(existing) if *existing != kind => {
                    return Err(Error::Refused(
                        crate::i18n::Message::new("err-kind-differs")
                            .arg("kind", &kind.code)
                            .arg("what", differences(existing, &kind)),
                    ))
                }
                Some(_) => {}
                None => {
                    w.append(&Payload::KindsAdded { kinds: vec![kind] })?;
                }
            }
            // A version with the same date — identical or not — is refused
            // by the rules of the books (a command never rewrites one).
            w.append(&Payload::KindVersionsAdded {
                versions: vec![version],
            })?;
            Ok(())
        })
    }

    /// Records a contribution; returns its id.
    pub fn log(&mut self, input: &ContributionInput) -> Result<String> {
        self.write(|w| {
            let catalog = w.books().catalog()?;
            let mut record: ContributionRecord =
                validate::contribution_from(&catalog, input).map_err(Error::Invalid)?;
            if record.id.is_empty() {
                record.id = w.new_id(NewId::Contribution)?;
            }
            let id = record.id.clone();
            w.append(&Payload::ContributionsAdded {
                contributions: vec![record],
            })?;
            Ok(id)
        })
    }

    /// Approves or rejects someone else's contribution. Who may review
    /// what is a rule of the books (`store::rules::review_fits`).
    pub fn review(&mut self, id: &str, by: &str, verdict: Verdict, reason: &str) -> Result<()> {
        if verdict == Verdict::Reject && reason.trim().is_empty() {
            return Err(Error::field_says(
                "reason",
                crate::i18n::Message::new("err-reject-reason"),
            ));
        }
        validate::note_text("reason", reason).map_err(|m| Error::field_says("reason", m))?;
        self.write(|w| {
            // The review names the revision it judges, read in this
            // transaction; an unknown id is the rules' to refuse.
            let revision = w.books().contribution(id)?.map(|c| c.revision);
            let reason = reason.trim().to_string();
            // Signed by the member when one is signed in with a key
            // (SPEC §13): no laptop can make a review in their name.
            let signature = w.member_signature(&crate::members::review_message(
                id,
                revision,
                by,
                verdict.as_str(),
                &reason,
            ));
            w.append(&Payload::Reviewed(Review {
                contribution: id.to_string(),
                by: by.to_string(),
                verdict,
                reason,
                revision,
                signature,
            }))?;
            Ok(())
        })
    }

    /// Corrects (supersedes) or voids a contribution.
    pub fn correct(&mut self, id: &str, input: &CorrectionInput) -> Result<()> {
        if input.quantity.is_none()
            && input.date.is_none()
            && input.kind.is_none()
            && input.note.is_none()
            && !input.void
        {
            return Err(Error::Refused(crate::i18n::Message::new(
                "err-nothing_to_correct-contribution",
            )));
        }
        self.write(|w| {
            let catalog = w.books().catalog()?;
            let c = w.books().contribution(id)?.ok_or_else(|| {
                Error::NotFound(
                    crate::i18n::Message::new("err-not_found-id")
                        .arg("thing", crate::validate::thing_term("contribution"))
                        .arg("id", crate::text::quote(id)),
                )
            })?;
            let mut problems = validate::Problems::default();
            let kind_code = input.kind.clone().unwrap_or_else(|| c.kind.clone());
            let kind = catalog.kinds.get(&kind_code);
            if kind.is_none() {
                problems.says(
                    "kind",
                    validate::unknown_message("kind", &kind_code, catalog.kinds.keys()),
                );
            }
            let quantity_e4 = match (&input.quantity, kind) {
                (Some(q), Some(k)) => {
                    problems.take("quantity", validate::quantity_for(&catalog, k, q))
                }
                _ => None,
            };
            if let Some(note) = &input.note {
                problems.take("note", validate::note_text("note", note));
            }
            if !problems.0.is_empty() {
                return Err(Error::Invalid(problems.0));
            }
            // A command whose effect is already there is refused (SPEC
            // §11): a new revision would only discard the approvals given.
            let same = quantity_e4.is_none_or(|q| q == c.quantity_e4)
                && input.date.is_none_or(|d| d == c.date)
                && input.kind.as_ref().is_none_or(|k| *k == c.kind)
                && input.note.as_ref().is_none_or(|n| *n == c.note)
                && !input.void;
            if same {
                return Err(Error::Refused(
                    crate::i18n::Message::new("err-unchanged-contribution")
                        .arg("id", crate::text::quote(id)),
                ));
            }
            // Void, measure and the rate in force on the date are rules of
            // the books (`store::rules::correction_fits`).
            w.append(&Payload::Corrected(Correction {
                contribution: id.to_string(),
                quantity_e4,
                date: input.date,
                kind: input.kind.clone(),
                note: input.note.clone(),
                void: input.void,
                revision: Some(c.revision),
            }))?;
            Ok(())
        })
    }

    /// Records a revenue; returns its id.
    pub fn add_revenue(&mut self, input: &RevenueInput) -> Result<String> {
        self.write(|w| {
            let catalog = w.books().catalog()?;
            let mut record: RevenueRecord =
                validate::revenue_from(&catalog, input).map_err(Error::Invalid)?;
            if record.id.is_empty() {
                record.id = w.new_id(NewId::Revenue)?;
            }
            let id = record.id.clone();
            w.append(&Payload::RevenuesAdded {
                revenues: vec![record],
            })?;
            Ok(id)
        })
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
        let mut problems = validate::Problems::default();
        let amount_minor = problems.take(
            "amount",
            self.currency()
                .parse_amount(amount)
                .map_err(|e| e.to_string()),
        );
        problems.take("method", validate::label_text("method", method));
        problems.take("note", validate::note_text("note", note));
        let Some(amount_minor) = amount_minor.filter(|_| problems.0.is_empty()) else {
            return Err(Error::Invalid(problems.0));
        };
        let id = self.write(|w| {
            let id = w.new_id(NewId::Payout)?;
            w.append(&Payload::PayoutRecorded(PayoutRecord {
                id: id.clone(),
                account: account.to_string(),
                date,
                amount_minor,
                method: method.to_string(),
                note: note.to_string(),
            }))?;
            Ok::<_, StoreError>(id)
        })?;
        Ok(id)
    }

    /// Voids a payout recorded by mistake: it no longer counts as paid.
    /// Whether it can be voided is a rule of the books
    /// (`store::rules::payout_voidable`).
    pub fn void_payout(&mut self, id: &str) -> Result<()> {
        self.write(|w| {
            w.append(&Payload::PayoutVoided {
                payout: id.to_string(),
            })
        })?;
        Ok(())
    }

    /// Corrects (a new amount, date or note) or voids a revenue. Refused
    /// while a live distribution splits it (`store::rules::
    /// revenue_correction_fits`): reverse that first.
    pub fn correct_revenue(&mut self, id: &str, input: &RevenueCorrectionInput) -> Result<()> {
        if input.amount.is_none() && input.date.is_none() && input.note.is_none() && !input.void {
            return Err(Error::Refused(crate::i18n::Message::new(
                "err-nothing_to_correct-revenue",
            )));
        }
        let mut problems = validate::Problems::default();
        let amount_minor = input.amount.as_ref().and_then(|a| {
            problems.take(
                "amount",
                self.currency().parse_amount(a).map_err(|e| e.to_string()),
            )
        });
        if let Some(note) = &input.note {
            problems.take("note", validate::note_text("note", note));
        }
        if let Some(date) = input.date {
            problems.take("date", validate::date_bounds(date));
        }
        if !problems.0.is_empty() {
            return Err(Error::Invalid(problems.0));
        }
        self.write(|w| {
            // The revision corrected is read in this transaction; an
            // unknown id, a void revenue or a live distribution are the
            // rules' to refuse.
            let current = w.books().revenue_revision(id)?;
            if let Some((row, _, false)) = &current {
                let same = amount_minor.is_none_or(|a| a == row.info.amount_minor)
                    && input.date.is_none_or(|d| d == row.info.date)
                    && input.note.as_ref().is_none_or(|n| *n == row.note)
                    && !input.void;
                if same {
                    return Err(Error::Refused(
                        crate::i18n::Message::new("err-unchanged-revenue")
                            .arg("id", crate::text::quote(id)),
                    ));
                }
            }
            w.append(&Payload::RevenueCorrected(RevenueCorrection {
                revenue: id.to_string(),
                amount_minor,
                date: input.date,
                note: input.note.clone(),
                void: input.void,
                revision: current.map(|(_, revision, _)| revision),
            }))?;
            Ok(())
        })
    }

    /// Gives an account, project or kind a new name (never a new handle or
    /// code).
    pub fn rename(&mut self, what: Renamed, code: &str, name: &str) -> Result<()> {
        let name = validate::name_text("name", name).map_err(|m| Error::field_says("name", m))?;
        self.write(|w| {
            let catalog = w.books().catalog()?;
            let current = match what {
                Renamed::Account => catalog.accounts.get(code).map(|a| &a.name),
                Renamed::Project => catalog.projects.get(code).map(|p| &p.name),
                Renamed::Kind => catalog.kinds.get(code).map(|k| &k.name),
            };
            if current == Some(&name) {
                return Err(Error::Refused(
                    crate::i18n::Message::new("err-renamed-same")
                        .arg("thing", crate::validate::thing_term(&what.to_string()))
                        .arg("code", crate::text::quote(code))
                        .arg("name", crate::text::quote(&name)),
                ));
            }
            // An unknown handle or code is the rules' to refuse.
            w.append(&Payload::Renamed {
                what,
                code: code.to_string(),
                name: name.clone(),
            })?;
            Ok(())
        })
    }

    /// Changes how many approvals a contribution needs to count.
    pub fn set_approvals_required(&mut self, approvals_required: u32) -> Result<()> {
        self.write(|w| w.append(&Payload::ApprovalsRequiredSet { approvals_required }))?;
        Ok(())
    }
}

/// What differs between an existing kind and one given again, in words:
/// "gift (false, not true)".
fn differences(existing: &crate::model::Kind, given: &crate::model::Kind) -> String {
    let mut out = Vec::new();
    if existing.name != given.name {
        out.push(format!(
            "name ({}, not {})",
            crate::text::quote(&existing.name),
            crate::text::quote(&given.name)
        ));
    }
    if existing.measure != given.measure {
        out.push(format!(
            "measure ({}, not {})",
            existing.measure, given.measure
        ));
    }
    if existing.unit != given.unit {
        let unit = |u: &Option<String>| {
            u.as_deref()
                .map(crate::text::quote)
                .unwrap_or_else(|| "none".into())
        };
        out.push(format!(
            "unit ({}, not {})",
            unit(&existing.unit),
            unit(&given.unit)
        ));
    }
    if existing.gift != given.gift {
        out.push(format!("gift ({}, not {})", existing.gift, given.gift));
    }
    if existing.reimbursable != given.reimbursable {
        out.push(format!(
            "reimbursable ({}, not {})",
            existing.reimbursable, given.reimbursable
        ));
    }
    out.join(", ")
}

/// A handle or code the books say is taken, shown on the form field that
/// named it (the rule itself is `store::rules`'s).
fn taken_on_field(field: &'static str, error: crate::store::StoreError) -> Error {
    match error {
        crate::store::StoreError::Refused(r @ crate::refusal::Refusal::AlreadyExists { .. }) => {
            Error::field_says(field, crate::i18n::Message::Refused(Box::new(r)))
        }
        other => other.into(),
    }
}

/// Checks a handle given on the command line or in a form.
pub fn handle_arg(field: &'static str, text: &str) -> Result<()> {
    check_handle(text).map_err(|m| Error::field_says(field, m))
}

/// Checks an id given on the command line or in a form.
pub fn id_arg(field: &'static str, text: &str) -> Result<()> {
    check_id(text).map_err(|m| Error::field_says(field, m))
}

impl Ledger {
    /// Defines a community token (SPEC §15): `per_value` tokens per unit of
    /// counted value, at most 4 decimals.
    pub fn define_token(
        &mut self,
        code: &str,
        name: &str,
        scale: u32,
        per_value: &str,
    ) -> Result<()> {
        let mut problems = validate::Problems::default();
        problems.take("code", crate::model::check_handle(code));
        problems.take("name", validate::name_text("name", name));
        let per_value_e4 = problems.take(
            "per-value",
            crate::money::parse_scaled(per_value, 4)
                .map_err(|e| e.to_string())
                .and_then(|v| i64::try_from(v).map_err(|_| "too large".to_string())),
        );
        let (Some(per_value_e4), true) = (per_value_e4, problems.0.is_empty()) else {
            return Err(Error::Invalid(problems.0));
        };
        self.write(|w| {
            w.append(&Payload::TokenDefined(crate::model::TokenDefinition {
                code: code.to_string(),
                name: name.trim().to_string(),
                scale,
                per_value_e4,
            }))
        })?;
        Ok(())
    }

    /// The token named, or the only one when none is named; `purpose`
    /// completes "name the token to …" when the ledger has several.
    pub fn token_named(
        &self,
        token: Option<&str>,
        purpose: &str,
    ) -> Result<crate::model::TokenDefinition> {
        let tokens = self.tokens()?;
        match (token, tokens.as_slice()) {
            (Some(code), _) => tokens
                .iter()
                .find(|t| t.code == code)
                .cloned()
                .ok_or_else(|| {
                    Error::NotFound(validate::unknown_message(
                        "token",
                        code,
                        tokens.iter().map(|t| &t.code),
                    ))
                }),
            (None, [only]) => Ok(only.clone()),
            (None, []) => Err(Error::Refused(crate::i18n::Message::new("err-no_token"))),
            (None, _) => Err(Error::field_says(
                "token",
                crate::i18n::Message::new("err-token-which").arg("purpose", purpose),
            )),
        }
    }

    /// Sends tokens between members; returns the transfer's id. Balances
    /// and who may send are rules of the books (`store::tokens`).
    pub fn send_tokens(
        &mut self,
        token: Option<&str>,
        from: &str,
        to: &str,
        amount: &str,
        date: NaiveDate,
        note: &str,
    ) -> Result<String> {
        let token = self.token_named(token, "send")?;
        let amount_minor = crate::money::parse_scaled(amount, token.scale)
            .map_err(|e| Error::field_says("amount", e.message()))
            .and_then(|v| {
                i64::try_from(v).map_err(|_| {
                    Error::field_says("amount", crate::i18n::Message::new("err-too_large"))
                })
            })?;
        validate::note_text("note", note).map_err(|m| Error::field_says("note", m))?;
        let id = uuid::Uuid::new_v4().to_string();
        self.write(|w| {
            w.append(&Payload::TokenSent(crate::model::TokenTransfer {
                id: id.clone(),
                token: token.code.clone(),
                from: from.to_string(),
                to: to.to_string(),
                amount_minor,
                date,
                note: note.to_string(),
            }))
        })?;
        Ok(id)
    }
}

impl Ledger {
    /// Opens a GIVE epoch; returns its id.
    pub fn open_epoch(
        &mut self,
        project: &str,
        from: NaiveDate,
        to: NaiveDate,
        give: i64,
        id: Option<&str>,
    ) -> Result<String> {
        let id = match id {
            Some(id) => {
                crate::model::check_id(id).map_err(|m| Error::field_says("id", m))?;
                id.to_string()
            }
            None => format!("E-{}-{}", project, from.format("%Y%m%d")),
        };
        let epoch = crate::model::Epoch {
            id: id.clone(),
            project: project.to_string(),
            from,
            to,
            give,
        };
        self.write(|w| w.append(&Payload::EpochOpened(epoch)))?;
        Ok(id)
    }

    /// Gives GIVE (replacing an earlier give between the same two), with
    /// a word of thanks (may be empty).
    pub fn give(
        &mut self,
        epoch: &str,
        from: &str,
        to: &str,
        amount: i64,
        note: &str,
    ) -> Result<()> {
        self.give_all(epoch, from, &[(to.to_string(), amount, note.to_string())])
    }

    /// Sets several of `from`'s gives in one epoch at once, all or none:
    /// `(to, amount, note)` each. Lowered gives are applied first, so
    /// moving GIVE from one member to another within the budget never
    /// passes through a total above it. (The standing gives are read only
    /// to order the entries; each is checked where it is applied.)
    pub fn give_all(
        &mut self,
        epoch: &str,
        from: &str,
        gives: &[(String, i64, String)],
    ) -> Result<()> {
        let standing: BTreeMap<String, i64> = match self.epoch(epoch)? {
            Some(view) => view
                .gives
                .into_iter()
                .filter(|g| g.from == from)
                .map(|g| (g.to, g.amount))
                .collect(),
            None => BTreeMap::new(),
        };
        let mut ordered: Vec<&(String, i64, String)> = gives.iter().collect();
        ordered.sort_by_key(|(to, amount, _)| amount - standing.get(to).copied().unwrap_or(0));
        self.write(|w| {
            for (to, amount, note) in ordered {
                w.append(&Payload::GiveSet(crate::model::Give {
                    epoch: epoch.to_string(),
                    from: from.to_string(),
                    to: to.clone(),
                    amount: *amount,
                    note: note.clone(),
                }))?;
            }
            Ok::<(), StoreError>(())
        })?;
        Ok(())
    }

    /// Records or replaces `by`'s valuation of a peer-valued contribution
    /// (SPEC §15): `amount` is the whole contribution's value in the
    /// currency, at its scale. 0 is a valuation too: it is how a member
    /// takes back an earlier one (the journal's bounds allow it).
    pub fn value(&mut self, id: &str, by: &str, amount: &str) -> Result<()> {
        let scale = self.currency().scale;
        let amount_minor =
            crate::money::parse_at_most(amount, scale, crate::money::MAX_AMOUNT_UNITS)
                .map_err(|e| Error::field_says("amount", e.message()))?;
        self.write(|w| {
            w.append(&Payload::Valued(crate::model::Valuation {
                contribution: id.to_string(),
                by: by.to_string(),
                amount_minor,
            }))
        })?;
        Ok(())
    }

    /// Closes an epoch once it has ended (`today` after its last day).
    pub fn close_epoch(&mut self, epoch: &str, today: NaiveDate) -> Result<()> {
        let view = self.epoch(epoch)?.ok_or_else(|| {
            Error::NotFound(
                crate::i18n::Message::new("err-not_found-epoch")
                    .arg("epoch", crate::text::quote(epoch)),
            )
        })?;
        if today <= view.epoch.to {
            return Err(Error::Refused(
                crate::i18n::Message::new("err-epoch-not_ended")
                    .arg("epoch", crate::text::quote(epoch))
                    .arg("to", view.epoch.to.to_string()),
            ));
        }
        self.write(|w| {
            w.append(&Payload::EpochClosed {
                epoch: epoch.to_string(),
            })
        })?;
        Ok(())
    }
}

/// `HANDLE[:SHARE]`: an owner of a resource and their whole-number share
/// (default 1).
fn parse_owner(text: &str) -> Result<crate::model::ResourceOwner> {
    let (handle, share) = match text.split_once(':') {
        Some((handle, share)) => (handle, Some(share)),
        None => (text, None),
    };
    check_handle(handle).map_err(|m| Error::field_says("owner", m))?;
    let share = match share {
        None => 1,
        Some(share) => crate::money::parse_at_most(share, 0, crate::model::MAX_RESOURCE_SHARE)
            .ok()
            .filter(|s| *s >= 1)
            .ok_or_else(|| {
                Error::field_says(
                    "owner",
                    crate::i18n::Message::new("err-owner-share")
                        .arg("owner", crate::validate::quote_value(text))
                        .arg("share", crate::validate::quote_value(share))
                        .arg("max", crate::model::MAX_RESOURCE_SHARE),
                )
            })?,
    };
    Ok(crate::model::ResourceOwner {
        handle: handle.to_string(),
        share,
    })
}
