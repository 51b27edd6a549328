//! The app's commands: each parses its input, calls one core function on
//! the open ledger and returns a DTO. Every name here is listed in
//! `build.rs`, so the capability file must allow it explicitly.
//!
//! Commands are `async` so they run off the main thread: the window stays
//! responsive and import progress reaches it while the core works.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::ipc::Channel;
use tauri::State;

use std::io::Write;

use openvalue::chart::{self, Format};
use openvalue::export::{self, ExportOptions, Locale, Report};
use openvalue::import::{self, ImportOptions};
use openvalue::keys::Keystore;
use openvalue::model::Verdict;
use openvalue::money::Currency;
use openvalue::ops::{today, CorrectionInput};
use openvalue::store::Ledger;
use openvalue::validate::{ContributionInput, RevenueInput};

use crate::dto::*;
use crate::error::{AppError, AppResult};
use crate::picker::DialogRequest;
use crate::prefs::Prefs;

/// The open ledger, if any, and where this computer keeps device keys and
/// the app's preferences.
pub struct AppState {
    ledger: Mutex<Option<Ledger>>,
    keys: Keystore,
    prefs: Prefs,
    /// The data directory, where event mode keeps PINs and timers.
    data_dir: PathBuf,
    /// A ledger file the app was started on (`openvalue-app FILE`, as a
    /// file manager does for a double-clicked `.openvalue` file).
    start_file: Option<PathBuf>,
}

impl Default for AppState {
    /// The user's own: keys as the CLI keeps them (`OPENVALUE_KEYS`, else
    /// the data directory), preferences in the config directory.
    fn default() -> Self {
        AppState::new(Keystore::user(), Prefs::user())
    }
}

impl AppState {
    /// A state with keys and preferences kept elsewhere (tests give each
    /// window a computer of its own).
    pub fn new(keys: Keystore, prefs: Prefs) -> AppState {
        AppState {
            ledger: Mutex::new(None),
            keys,
            prefs,
            data_dir: openvalue::event::user_data_dir(),
            start_file: None,
        }
    }

    /// This state starting on `file` instead of the default ledger.
    pub fn with_start_file(mut self, file: Option<PathBuf>) -> AppState {
        self.start_file = file;
        self
    }

    /// The ledger the app opens on start: the file it was started on,
    /// else `OPENVALUE_LEDGER` as for the CLI, else the user's default.
    pub fn start_path(&self) -> PathBuf {
        self.start_file.clone().unwrap_or_else(start_path)
    }

    /// This state with event mode's files kept under `dir` (tests).
    pub fn with_data_dir(mut self, dir: &Path) -> AppState {
        self.data_dir = dir.to_path_buf();
        self
    }

    /// Where event mode keeps its files.
    pub(crate) fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs `f` on the open ledger.
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut Ledger) -> AppResult<T>) -> AppResult<T> {
        // A panic elsewhere must not lock the user out of their books.
        let mut guard = self.ledger.lock().unwrap_or_else(|p| p.into_inner());
        let ledger = guard.as_mut().ok_or_else(AppError::no_ledger)?;
        f(ledger)
    }

    /// Makes `ledger` the open one and describes it.
    fn replace(&self, ledger: Ledger) -> AppResult<LedgerInfo> {
        let info = LedgerInfo::of(&ledger)?;
        *self.ledger.lock().unwrap_or_else(|p| p.into_inner()) = Some(ledger);
        Ok(info)
    }
}

/// The ledger the app opens on start when it is given no file:
/// `OPENVALUE_LEDGER`, as for the CLI, else the user's default ledger.
pub fn start_path() -> PathBuf {
    std::env::var_os("OPENVALUE_LEDGER")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(openvalue::fsio::default_ledger_path)
}

use crate::dto::{optional_date as date, optional_text as text};

fn path_of(field: &'static str, text: &str) -> AppResult<PathBuf> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::field(field, "choose a file"));
    }
    Ok(PathBuf::from(text))
}

fn make_parent(path: &Path) -> AppResult<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| openvalue::Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
    }
    Ok(())
}

/// Opens the start ledger if it exists; otherwise the UI shows the first-run screen.
#[tauri::command]
pub async fn start(state: State<'_, AppState>) -> AppResult<StartState> {
    if let Ok(info) = state.with(|l| LedgerInfo::of(l).map_err(Into::into)) {
        return Ok(StartState {
            ledger: Some(info),
            default_path: state.start_path().display().to_string(),
            error: None,
            system_language: system_language(),
        });
    }
    let path = state.start_path();
    let (ledger, error) = if path.exists() {
        match Ledger::open_in(&path, state.keys.clone()) {
            Ok(l) => (Some(state.replace(l)?), None),
            Err(e) => (None, Some(AppError::from(e))),
        }
    } else {
        (None, None)
    };
    Ok(StartState {
        ledger,
        default_path: path.display().to_string(),
        error,
        system_language: system_language(),
    })
}

fn system_language() -> Option<String> {
    openvalue::i18n::Lang::requested().map(|l| l.code().to_string())
}

/// Creates a new ledger and opens it.
#[tauri::command]
pub async fn create_ledger(state: State<'_, AppState>, input: NewLedger) -> AppResult<LedgerInfo> {
    let path = path_of("path", &input.path)?;
    let currency = Currency::new(input.currency.trim(), input.scale)
        .map_err(|e| openvalue::Error::field_says("currency", e.message()))?;
    make_parent(&path)?;
    state.replace(Ledger::create_in(
        &path,
        input.name.trim(),
        currency,
        input.approvals,
        state.keys.clone(),
    )?)
}

/// Opens an existing ledger.
#[tauri::command]
pub async fn open_ledger(state: State<'_, AppState>, path: String) -> AppResult<LedgerInfo> {
    state.replace(Ledger::open_in(
        &path_of("path", &path)?,
        state.keys.clone(),
    )?)
}

/// Creates the demo ledger at `path` and opens it.
#[tauri::command]
pub async fn create_demo(state: State<'_, AppState>, path: String) -> AppResult<LedgerInfo> {
    let path = path_of("path", &path)?;
    make_parent(&path)?;
    state.replace(openvalue::demo::create(&path, today())?)
}

/// The open ledger's settings.
#[tauri::command]
pub async fn ledger_info(state: State<'_, AppState>) -> AppResult<LedgerInfo> {
    state.with(|l| Ok(LedgerInfo::of(l)?))
}

/// Changes how many approvals a contribution needs.
#[tauri::command]
pub async fn set_approvals_required(
    state: State<'_, AppState>,
    approvals: u32,
) -> AppResult<LedgerInfo> {
    state.with(|l| {
        l.set_approvals_required(approvals)?;
        Ok(LedgerInfo::of(l)?)
    })
}

/// Writes a consistent copy of the ledger.
#[tauri::command]
pub async fn backup_ledger(state: State<'_, AppState>, path: String) -> AppResult<LedgerInfo> {
    let path = path_of("path", &path)?;
    state.with(|l| {
        l.backup(&path)?;
        Ok(LedgerInfo::of(l)?)
    })
}

/// Recomputes the hash chains and derived tables.
#[tauri::command]
pub async fn verify_ledger(state: State<'_, AppState>) -> AppResult<VerifyDto> {
    state.with(|l| {
        let r = l.verify()?;
        Ok(VerifyDto {
            entries: count(r.entries),
            devices: count(r.devices),
            contributions: count(r.contributions),
            problems: r
                .problems
                .iter()
                .map(|p| p.render(crate::error::language()))
                .collect(),
        })
    })
}

/// Accounts, projects and kinds with their rate history.
#[tauri::command]
pub async fn catalog(state: State<'_, AppState>) -> AppResult<CatalogDto> {
    state.with(|l| Ok((&l.catalog()?).into()))
}

/// Adds a member or fund.
#[tauri::command]
pub async fn add_account(state: State<'_, AppState>, input: NewAccount) -> AppResult<()> {
    let input = input.input()?;
    state.with(|l| Ok(l.add_account(&input)?))
}

/// Marks a member as active or left.
#[tauri::command]
pub async fn set_account_status(
    state: State<'_, AppState>,
    handle: String,
    status: StatusDto,
) -> AppResult<()> {
    state.with(|l| Ok(l.set_account_status(&handle, status.into())?))
}

/// A member leaves the cooperative (SPEC §14), with or without good reason.
#[tauri::command]
pub async fn leave_member(state: State<'_, AppState>, input: LeaveInput) -> AppResult<()> {
    let date = date("date", &input.date)?.unwrap_or_else(today);
    let reason: openvalue::standards::LeaveReason = input
        .reason
        .parse()
        .map_err(|m: String| AppError::field("reason", m))?;
    state.with(|l| Ok(l.leave(&input.handle, date, reason)?))
}

/// A member who left is active again from a date (empty: today).
#[tauri::command]
pub async fn rejoin_member(
    state: State<'_, AppState>,
    handle: String,
    date: String,
) -> AppResult<()> {
    let date = optional_date("date", &date)?.unwrap_or_else(today);
    state.with(|l| Ok(l.rejoin(&handle, date)?))
}

/// The stages, who is in each today, and every member's stage history.
#[tauri::command]
pub async fn list_stages(state: State<'_, AppState>) -> AppResult<StagesDto> {
    state.with(|l| {
        let stages = l
            .stages(today())?
            .into_iter()
            .map(|s| StageDto {
                code: s.code,
                percent: s.percent,
                kinds: s.kinds,
                members: s
                    .members
                    .into_iter()
                    .map(|(m, d)| (m, d.to_string()))
                    .collect(),
            })
            .collect();
        let history = l
            .stage_history()?
            .into_iter()
            .flat_map(|(member, spans)| {
                spans.into_iter().map(move |(from, stage)| StageSpanDto {
                    member: member.clone(),
                    from: from.to_string(),
                    stage,
                })
            })
            .collect();
        Ok(StagesDto { stages, history })
    })
}

/// Defines a stage.
#[tauri::command]
pub async fn define_stage(state: State<'_, AppState>, input: NewStage) -> AppResult<()> {
    let kinds: Vec<String> = input
        .kinds
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .collect();
    state.with(|l| {
        Ok(l.define_stage(
            input.code.trim(),
            input.percent.trim(),
            (!kinds.is_empty()).then_some(kinds.as_slice()),
        )?)
    })
}

/// Puts a member in a stage, or none, from a date (empty: today).
#[tauri::command]
pub async fn set_stage(state: State<'_, AppState>, input: SetStage) -> AppResult<()> {
    let from = date("from", &input.from)?.unwrap_or_else(today);
    let stage = text(&input.stage);
    state.with(|l| Ok(l.set_stage(&input.member, stage.as_deref(), from)?))
}

/// The resources and every use with each owner's credit.
#[tauri::command]
pub async fn list_resources(state: State<'_, AppState>) -> AppResult<ResourcesDto> {
    state.with(|l| {
        let resources = l
            .resources()?
            .into_iter()
            .map(|r| ResourceDto {
                code: r.code,
                name: r.name,
                rate: r.rate,
                unit: r.unit,
                owners: r.owners,
            })
            .collect();
        let uses = l
            .resource_uses()?
            .into_iter()
            .map(|u| UseDto {
                id: u.id,
                resource: u.resource,
                project: u.project,
                date: u.date.to_string(),
                quantity: u.quantity,
                rate: u.rate,
                by: u.by,
                credits: u.credits,
            })
            .collect();
        Ok(ResourcesDto { resources, uses })
    })
}

/// Adds a resource with its owners (`ana:2, ben`).
#[tauri::command]
pub async fn add_resource(state: State<'_, AppState>, input: NewResource) -> AppResult<()> {
    let owners: Vec<String> = input
        .owners
        .split([',', ' '])
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(str::to_string)
        .collect();
    state.with(|l| {
        Ok(l.add_resource(
            input.code.trim(),
            &input.name,
            input.rate.trim(),
            input.unit.trim(),
            &owners,
        )?)
    })
}

/// Logs a use of a resource on a project; returns its id.
#[tauri::command]
pub async fn record_use(state: State<'_, AppState>, input: NewUse) -> AppResult<String> {
    let date = date("date", &input.date)?.unwrap_or_else(today);
    let by = text(&input.by);
    state.with(|l| {
        Ok(l.record_use(
            input.resource.trim(),
            input.project.trim(),
            input.quantity.trim(),
            date,
            by.as_deref(),
        )?)
    })
}

/// Adds a project.
#[tauri::command]
pub async fn add_project(state: State<'_, AppState>, input: NewProject) -> AppResult<()> {
    let parent = text(&input.parent);
    state.with(|l| Ok(l.add_project(&input.code, &input.name, parent.as_deref())?))
}

/// Adds a kind, or a new rate version of one.
#[tauri::command]
pub async fn add_kind(state: State<'_, AppState>, input: NewKind) -> AppResult<()> {
    let input = input.input()?;
    state.with(|l| Ok(l.add_kind(&input)?))
}

/// A page of contributions, newest first or in the order asked for.
#[tauri::command]
pub async fn list_contributions(
    state: State<'_, AppState>,
    filter: ContributionFilterDto,
    offset: u32,
    limit: u32,
) -> AppResult<ContributionPageDto> {
    let query = filter.query()?;
    state.with(|l| {
        let k = l.settings().approvals_required;
        let page = l.contribution_page(&query, offset.into(), limit.min(1000).into())?;
        let ids: Vec<&str> = page.rows.iter().map(|r| r.id.as_str()).collect();
        let peers = l.peer_values(&ids)?;
        let currency = l.currency().clone();
        Ok(ContributionPageDto {
            rows: page
                .rows
                .into_iter()
                .zip(peers)
                .map(|(r, peer)| {
                    let mut row = ContributionDto::of(r, k);
                    row.peer = peer.map(|p| PeerValueDto {
                        value: currency.format(p.median.value_minor),
                        working: openvalue::peers::working(&p.weighers, &p.median, &currency),
                        valuations: p
                            .weighers
                            .iter()
                            .filter_map(|w| {
                                w.valuation_minor
                                    .map(|v| (w.member.clone(), currency.format(v)))
                            })
                            .collect(),
                    });
                    row
                })
                .collect(),
            total: count(page.total),
        })
    })
}

/// What every contribution matching the filter adds up to: count, hours
/// and value, voided ones left out.
#[tauri::command]
pub async fn contribution_totals(
    state: State<'_, AppState>,
    filter: ContributionFilterDto,
) -> AppResult<ContributionTotalsDto> {
    let query = filter.query()?;
    state.with(|l| Ok(l.contribution_totals(&query)?.into()))
}

/// Records a contribution; returns its id.
#[tauri::command]
pub async fn log_contribution(
    state: State<'_, AppState>,
    input: NewContribution,
) -> AppResult<String> {
    let input = ContributionInput {
        id: None,
        date: required_date("date", &input.date)?,
        member: input.member.trim().to_string(),
        project: input.project.trim().to_string(),
        kind: input.kind.trim().to_string(),
        quantity: input.quantity.trim().to_string(),
        note: input.note,
    };
    state.with(|l| Ok(l.log(&input)?))
}

/// Approves or rejects someone else's contribution; with a member signed
/// in, always in their own name.
#[tauri::command]
pub async fn review_contribution(
    state: State<'_, AppState>,
    id: String,
    by: String,
    verdict: VerdictDto,
    reason: String,
) -> AppResult<()> {
    let verdict = match verdict {
        VerdictDto::Approve => Verdict::Approve,
        VerdictDto::Reject => Verdict::Reject,
    };
    state.with(|l| {
        let by = l.signed_in().map(str::to_string).unwrap_or(by);
        Ok(l.review(&id, by.trim(), verdict, &reason)?)
    })
}

/// Corrects or voids a contribution.
#[tauri::command]
pub async fn correct_contribution(
    state: State<'_, AppState>,
    id: String,
    input: CorrectionDto,
) -> AppResult<()> {
    let correction = CorrectionInput {
        quantity: text(&input.quantity),
        date: date("date", &input.date)?,
        kind: text(&input.kind),
        note: (!input.note.is_empty()).then(|| input.note.clone()),
        void: input.void,
    };
    state.with(|l| Ok(l.correct(&id, &correction)?))
}

/// The history of a contribution, oldest first: who logged, reviewed,
/// corrected and voided it, and when.
#[tauri::command]
pub async fn contribution_history(
    state: State<'_, AppState>,
    id: String,
) -> AppResult<Vec<HistoryEventDto>> {
    state.with(|l| {
        Ok(l.contribution_history(id.trim())?
            .into_iter()
            .map(Into::into)
            .collect())
    })
}

/// Every revenue, newest first.
#[tauri::command]
pub async fn list_revenues(state: State<'_, AppState>) -> AppResult<Vec<RevenueDto>> {
    state.with(|l| Ok(l.revenues()?.into_iter().map(Into::into).collect()))
}

/// Records a revenue; returns its id.
#[tauri::command]
pub async fn add_revenue(state: State<'_, AppState>, input: NewRevenue) -> AppResult<String> {
    let input = RevenueInput {
        id: text(&input.id),
        date: required_date("date", &input.date)?,
        project: input.project.trim().to_string(),
        amount: input.amount.trim().to_string(),
        note: input.note,
    };
    state.with(|l| Ok(l.add_revenue(&input)?))
}

/// Computes a revenue's distribution without writing anything.
#[tauri::command]
pub async fn preview_distribution(
    state: State<'_, AppState>,
    revenue: String,
) -> AppResult<PlanDto> {
    state.with(|l| Ok((&l.preview_distribution(&revenue)?).into()))
}

/// Commits a revenue's distribution; returns it as stored.
#[tauri::command]
pub async fn commit_distribution(
    state: State<'_, AppState>,
    revenue: String,
) -> AppResult<DistributionDto> {
    state.with(|l| {
        let (id, plan) = l.commit_distribution(&revenue)?;
        Ok(DistributionDto {
            id,
            reversed: false,
            plan: (&plan).into(),
        })
    })
}

/// Reverses a committed distribution.
#[tauri::command]
pub async fn reverse_distribution(state: State<'_, AppState>, id: String) -> AppResult<()> {
    state.with(|l| {
        l.reverse_distribution(&id)?;
        Ok(())
    })
}

/// A stored distribution.
#[tauri::command]
pub async fn show_distribution(
    state: State<'_, AppState>,
    id: String,
) -> AppResult<DistributionDto> {
    state.with(|l| {
        let (plan, reversed) = l.distribution(&id)?.ok_or_else(|| {
            openvalue::Error::NotFound(
                openvalue::i18n::Message::new("err-not_found-id")
                    .arg("thing", openvalue::validate::thing_term("distribution"))
                    .arg("id", openvalue::text::quote(&id)),
            )
        })?;
        Ok(DistributionDto {
            id,
            reversed,
            plan: (&plan).into(),
        })
    })
}

/// Every distribution, committed or reversed.
#[tauri::command]
pub async fn list_distributions(
    state: State<'_, AppState>,
) -> AppResult<Vec<DistributionSummaryDto>> {
    state.with(|l| Ok(l.distributions()?.into_iter().map(Into::into).collect()))
}

/// The contributions behind a member's weight in a revenue's distribution.
#[tauri::command]
pub async fn explain_line(
    state: State<'_, AppState>,
    revenue: String,
    member: String,
) -> AppResult<Vec<ExplainDto>> {
    state.with(|l| {
        Ok(l.explain(&revenue, &member)?
            .into_iter()
            .map(Into::into)
            .collect())
    })
}

/// Every equation version.
#[tauri::command]
pub async fn list_equations(state: State<'_, AppState>) -> AppResult<Vec<EquationVersionDto>> {
    state.with(|l| {
        Ok(l.equations()?
            .into_iter()
            .map(|(project, from, name, source)| EquationVersionDto {
                project: text(&project),
                from: from.map(|d| d.to_string()),
                name,
                source,
            })
            .collect())
    })
}

/// The problems of an equation being edited (empty: it would be accepted).
#[tauri::command]
pub async fn check_equation(
    state: State<'_, AppState>,
    source: String,
) -> AppResult<Vec<EquationProblemDto>> {
    state.with(|l| {
        Ok(l.check_equation(&source)?
            .into_iter()
            .map(|p| EquationProblemDto {
                line: count(p.line),
                column: count(p.column),
                message: p.text(crate::error::language()),
            })
            .collect())
    })
}

/// The form of an equation's text (refused when the text is not TOML of
/// an equation's shape, with the parser's message).
#[tauri::command]
pub async fn equation_form(source: String) -> AppResult<EquationFormDto> {
    openvalue::equation_form::form_of(&source)
        .map(Into::into)
        .map_err(|m| AppError::field("source", m))
}

/// The TOML text of an equation's form.
#[tauri::command]
pub async fn equation_source(form: EquationFormDto) -> AppResult<String> {
    Ok(openvalue::equation_form::source_of(&form.into()))
}

/// Sets a project's equation or the ledger default.
#[tauri::command]
pub async fn set_equation(state: State<'_, AppState>, input: SetEquation) -> AppResult<()> {
    let from = date("from", &input.from)?;
    let project = text(&input.project);
    let file = project.as_deref().unwrap_or("default").to_string() + ".toml";
    state.with(|l| {
        l.set_equation(project.as_deref(), from, &file, &input.source)?;
        Ok(())
    })
}

/// What an equation being edited would give on a revenue.
#[tauri::command]
pub async fn preview_equation(
    state: State<'_, AppState>,
    revenue: String,
    source: String,
) -> AppResult<PlanDto> {
    state.with(|l| Ok((&l.preview_equation(&revenue, &source)?).into()))
}

/// Every payout, voided ones included (marked), newest first.
#[tauri::command]
pub async fn list_payouts(state: State<'_, AppState>) -> AppResult<Vec<PayoutDto>> {
    state.with(|l| {
        Ok(l.books()
            .payout_list(true)?
            .into_iter()
            .map(Into::into)
            .collect())
    })
}

/// Records a payout; returns its id.
#[tauri::command]
pub async fn record_payout(state: State<'_, AppState>, input: NewPayout) -> AppResult<String> {
    let date = date("date", &input.date)?.unwrap_or_else(today);
    state.with(|l| {
        Ok(l.pay(
            input.account.trim(),
            input.amount.trim(),
            date,
            &input.method,
            &input.note,
        )?)
    })
}

/// Voids a payout recorded by mistake: it no longer counts as paid.
#[tauri::command]
pub async fn void_payout(state: State<'_, AppState>, id: String) -> AppResult<()> {
    state.with(|l| Ok(l.void_payout(id.trim())?))
}

/// The last action recorded on this laptop, for the Undo button.
#[tauri::command]
pub async fn last_action(state: State<'_, AppState>) -> AppResult<Option<LastActionDto>> {
    state.with(|l| Ok(l.last_action()?.map(Into::into)))
}

/// Undoes the last action on this laptop by its reversing entry — only if
/// it is still `entry`, the one the window showed.
#[tauri::command]
pub async fn undo_last(state: State<'_, AppState>, entry: String) -> AppResult<LastActionDto> {
    state.with(|l| Ok(l.undo(Some(entry.trim()))?.into()))
}

/// Earned, paid and owed per account.
#[tauri::command]
pub async fn balances(state: State<'_, AppState>) -> AppResult<Vec<BalanceDto>> {
    state.with(|l| Ok(l.balances()?.into_iter().map(Into::into).collect()))
}

/// The balances as of a date (earned and paid up to it), or what one
/// project's distributions allocated (no paid or owed: payouts are not per
/// project).
#[tauri::command]
pub async fn balance_sheet(
    state: State<'_, AppState>,
    filter: BalanceFilterDto,
) -> AppResult<BalanceSheetDto> {
    let as_of = date("asOf", &filter.as_of)?;
    let project = text(&filter.project);
    state.with(|l| {
        let books = l.books();
        Ok(match project {
            None => BalanceSheetDto::of_balances(books.balances_in(None, as_of)?),
            Some(p) => {
                let projects = l.catalog()?.projects;
                if !projects.contains_key(&p) {
                    return Err(AppError::field(
                        "project",
                        openvalue::validate::unknown_with_hint("project", &p, projects.keys()),
                    ));
                }
                BalanceSheetDto::of_project(books.earned_from_project(&p, None, as_of)?)
            }
        })
    })
}

/// A payout set against what is owed to its account, before recording it.
#[tauri::command]
pub async fn check_payout(
    state: State<'_, AppState>,
    input: PayoutCheckInput,
) -> AppResult<PayoutCheckDto> {
    state.with(|l| {
        Ok(l.check_payout(input.account.trim(), input.amount.trim())?
            .into())
    })
}

/// Data rows in a CSV file, counted as lines after the header (a quoted
/// cell with a line break makes it an overestimate, which only makes the
/// progress bar finish early). 0 when the file cannot be read: the import
/// itself reports why.
fn estimate_rows(path: &Path) -> u64 {
    use std::io::Read;
    let Ok(mut file) = std::fs::File::open(path) else {
        return 0;
    };
    let mut buf = vec![0u8; 1 << 20];
    let mut lines = 0u64;
    let mut last = b'\n';
    while let Ok(n) = file.read(&mut buf) {
        if n == 0 {
            break;
        }
        lines += buf[..n].iter().filter(|b| **b == b'\n').count() as u64;
        last = buf[n - 1];
    }
    if last != b'\n' {
        lines += 1;
    }
    lines.saturating_sub(1)
}

/// Imports one CSV file, all or nothing, reporting progress on `on_progress`.
#[tauri::command]
pub async fn import_csv(
    state: State<'_, AppState>,
    input: ImportRequest,
    on_progress: Channel<ImportProgressDto>,
) -> AppResult<ImportSummaryDto> {
    let path = path_of("path", &input.path)?;
    let options = ImportOptions {
        dry_run: input.dry_run,
        ignore_unknown: input.ignore_unknown,
    };
    // The core streams large files and may not know their length; a quick
    // count of lines gives the progress bar its end.
    let estimate = count(estimate_rows(&path));
    let _ = on_progress.send(ImportProgressDto {
        phase: "reading".into(),
        done: 0,
        total: estimate,
    });
    // The app reads the format itself (SPEC §16): `;` and decimal commas
    // from a Spanish spreadsheet as well as the canonical export.
    let format = detect_file(&path)?.format;
    state.with(|l| {
        let mut rows_done = 0;
        let summary =
            import::import_file_as(l, input.table.into(), &path, &format, &options, &mut |p| {
                let (done, total) = match (p.phase, p.total) {
                    (_, 0) if p.phase != "writing" => (count(p.done), estimate),
                    ("writing", 0) => (rows_done, estimate),
                    _ => (count(p.done), count(p.total)),
                };
                if p.phase != "writing" {
                    rows_done = done;
                }
                // A closed window cannot watch; the import goes on regardless.
                let _ = on_progress.send(ImportProgressDto {
                    phase: p.phase.to_string(),
                    done,
                    total: total.max(done),
                });
            })?;
        Ok(ImportSummaryDto {
            table: input.table,
            rows: count(summary.rows),
            added: count(summary.added),
            unchanged: count(summary.unchanged),
            updated: count(summary.updated),
            dry_run: summary.dry_run,
            message: summary.to_string(),
        })
    })
}

/// Writes an export; returns the rows written.
#[tauri::command]
pub async fn export_report(state: State<'_, AppState>, input: ExportRequest) -> AppResult<u32> {
    let path = path_of("path", &input.path)?;
    let options = ExportOptions {
        locale: Locale::parse(input.locale.trim())
            .map_err(|m| openvalue::Error::field_says("locale", m))?,
        bom: input.bom,
        from: date("from", &input.from)?,
        to: date("to", &input.to)?,
        project: text(&input.project),
    };
    state.with(|l| {
        let rows = openvalue::fsio::write_atomically(&path, |file| match input.report {
            ExportKind::Hledger => export::export_hledger(l, file, &options),
            ExportKind::Contributions => {
                export::export_csv(l, Report::Contributions, file, &options)
            }
            ExportKind::Allocations => export::export_csv(l, Report::Allocations, file, &options),
            ExportKind::Balances => export::export_csv(l, Report::Balances, file, &options),
            ExportKind::Payouts => export::export_csv(l, Report::Payouts, file, &options),
            ExportKind::Journal => export::export_csv(l, Report::Journal, file, &options),
        })?;
        Ok(count(rows))
    })
}

fn draw(l: &Ledger, request: &ChartRequest, format: Format) -> AppResult<chart::Chart> {
    // Titles, legends and axes in the app's language (SPEC §16).
    let lang = crate::error::language();
    let subject = text(&request.subject);
    Ok(match request.chart {
        ChartKind::Distribution => {
            let id = subject.ok_or_else(|| AppError::field("subject", "choose a revenue"))?;
            let (plan, state) = l.plan_for_chart(&id)?;
            chart::distribution_in(lang, &plan, state, format)?
        }
        ChartKind::Contributions => {
            chart::contributions_in(lang, &l.contributions_by_month(subject.as_deref())?, format)?
        }
        ChartKind::Shares => chart::shares_in(lang, &l.value_history(subject.as_deref())?, format)?,
        ChartKind::Give => chart::give_in(
            lang,
            &l.give_history(subject.as_deref().unwrap_or(""))?,
            format,
        )?,
        ChartKind::Tokens => chart::tokens_in(lang, &l.token_history(subject.as_deref())?, format)?,
    })
}

/// The format of a CSV file, from its first 64 KiB.
fn detect_file(path: &Path) -> AppResult<openvalue::csvformat::Detected> {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(64 * 1024).read_to_end(&mut head))
        .map_err(|source| {
            AppError::from(openvalue::Error::Io {
                path: path.display().to_string(),
                source,
            })
        })?;
    let mut detected = openvalue::csvformat::detect(&head);
    // The description in the window's language (the core's is English).
    detected.description = detected.format.detected().render(crate::error::language());
    Ok(detected)
}

/// What format a CSV file is in, as the import will read it: shown before
/// importing ("detected: ; and decimal comma, dates DD/MM/YYYY").
#[tauri::command]
pub async fn detect_csv(path: String) -> AppResult<CsvFormatDto> {
    let path = path_of("path", &path)?;
    let found = detect_file(&path)?;
    Ok(CsvFormatDto {
        description: found.description,
        locales: found.locales.iter().map(|l| l.to_string()).collect(),
    })
}

/// A chart as SVG text, drawn by the core.
#[tauri::command]
pub async fn chart_svg(state: State<'_, AppState>, request: ChartRequest) -> AppResult<String> {
    state.with(|l| {
        let drawn = draw(l, &request, Format::Svg)?;
        String::from_utf8(drawn.bytes).map_err(|e| openvalue::Error::Chart(e.to_string()).into())
    })
}

/// Saves a chart as `.svg` or `.png` (by the file name); returns the path.
#[tauri::command]
pub async fn save_chart(
    state: State<'_, AppState>,
    request: ChartRequest,
    path: String,
) -> AppResult<String> {
    let path = path_of("path", &path)?;
    let format = Format::from_path(&path)?;
    state.with(|l| {
        let drawn = draw(l, &request, format)?;
        openvalue::fsio::write_atomically(&path, |w| {
            w.write_all(&drawn.bytes)
                .map_err(|source| openvalue::Error::Io {
                    path: path.display().to_string(),
                    source,
                })
        })?;
        Ok(path.display().to_string())
    })
}

// ---- several laptops (SPEC §12) -------------------------------------------

/// A folder field of a form: required, and it must be a folder.
fn folder_of(text: &str) -> AppResult<PathBuf> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::field("folder", "choose a folder"));
    }
    Ok(PathBuf::from(text))
}

/// Rule: the sync folder is an existing folder, and never one that holds
/// the ledger file itself (a sync tool would copy the database while it is
/// written, SPEC §12).
fn check_sync_folder(ledger: &Path, folder: &Path) -> AppResult<()> {
    if !folder.is_dir() {
        return Err(AppError::field(
            "folder",
            format!(
                "{}: not a folder; choose the shared folder (create it first)",
                folder.display()
            ),
        ));
    }
    // Why canonical paths: a folder named through a link must still be seen
    // to hold the ledger. Resolving a path opens no file, so the ledger's
    // locks are safe.
    let real = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    if real(ledger).starts_with(real(folder)) {
        return Err(AppError::field(
            "folder",
            "this folder holds the ledger file itself; choose a separate folder that holds only what the laptops exchange",
        ));
    }
    Ok(())
}

/// The open ledger's path.
fn ledger_path(state: &AppState) -> AppResult<PathBuf> {
    state.with(|l| Ok(l.path().to_path_buf()))
}

/// The sync folder remembered for the open ledger on this computer.
#[tauri::command]
pub async fn sync_folder(state: State<'_, AppState>) -> AppResult<Option<String>> {
    Ok(state.prefs.sync_folder(&ledger_path(&state)?))
}

/// Remembers the open ledger's sync folder on this computer (empty text
/// forgets it); returns what is remembered.
#[tauri::command]
pub async fn set_sync_folder(
    state: State<'_, AppState>,
    folder: String,
) -> AppResult<Option<String>> {
    let ledger = ledger_path(&state)?;
    if folder.trim().is_empty() {
        state.prefs.set_sync_folder(&ledger, None)?;
        return Ok(None);
    }
    let folder = folder_of(&folder)?;
    check_sync_folder(&ledger, &folder)?;
    state.prefs.set_sync_folder(&ledger, Some(&folder))?;
    Ok(Some(folder.display().to_string()))
}

/// Syncs through `folder`: merges the other laptops' files there, then
/// writes this laptop's own; remembers the folder for this ledger.
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>, folder: String) -> AppResult<SyncReportDto> {
    let folder = folder_of(&folder)?;
    let report = state.with(|l| {
        check_sync_folder(l.path(), &folder)?;
        // A kiosk with nobody signed in syncs in the name of the
        // coordinator who started event mode.
        let operator = crate::people::sync_operator(&state, l)?;
        if let Some(o) = &operator {
            l.sign_in_on_device(o)?;
        }
        let synced = openvalue::sync::sync_dir(l, &folder);
        if operator.is_some() {
            l.sign_out();
        }
        let report = synced?;
        let devices = l.devices()?;
        let conflicts = l.conflicts()?.len();
        Ok(SyncReportDto::of(&folder, &report, &devices, conflicts))
    })?;
    // Remembering is a convenience: a sync that worked is reported as such
    // even if the preferences file cannot be written.
    let _ = state
        .prefs
        .set_sync_folder(&ledger_path(&state)?, Some(&folder));
    Ok(report)
}

/// The laptops of the open ledger; when a sync folder is remembered, with
/// when each last wrote its file there.
#[tauri::command]
pub async fn list_devices(state: State<'_, AppState>) -> AppResult<Vec<DeviceDto>> {
    let (rows, path) = state.with(|l| Ok((l.devices()?, l.path().to_path_buf())))?;
    let folder = state.prefs.sync_folder(&path).map(PathBuf::from);
    Ok(DeviceDto::list(&rows, folder.as_deref()))
}

/// The conflicts in the books, in the one order, each with what it means
/// and what to do.
#[tauri::command]
pub async fn list_conflicts(state: State<'_, AppState>) -> AppResult<Vec<ConflictDto>> {
    state.with(|l| {
        let devices = l.devices()?;
        Ok(l.conflicts()?
            .into_iter()
            .map(|c| ConflictDto::of(c, &devices))
            .collect())
    })
}

/// Invites a new laptop: records the invitation and writes the file it
/// starts from.
#[tauri::command]
pub async fn invite_device(
    state: State<'_, AppState>,
    input: InviteRequest,
) -> AppResult<InvitedDto> {
    let path = path_of("path", &input.path)?;
    let label = input.label.trim();
    if label.is_empty() {
        return Err(AppError::field(
            "label",
            "give the new laptop a name, such as 'Marta's laptop'",
        ));
    }
    make_parent(&path)?;
    let device = state.with(|l| Ok(openvalue::sync::invite(l, &path, label)?))?;
    Ok(InvitedDto {
        device,
        path: path.display().to_string(),
    })
}

/// Starts this laptop's ledger from an invitation and opens it.
#[tauri::command]
pub async fn join_ledger(state: State<'_, AppState>, input: JoinRequest) -> AppResult<LedgerInfo> {
    let invitation = path_of("invitation", &input.invitation)?;
    let path = path_of("path", &input.path)?;
    make_parent(&path)?;
    state.replace(openvalue::sync::clone(
        &invitation,
        &path,
        state.keys.clone(),
    )?)
}

/// Revokes a laptop (lost or replaced); returns its last entry applied.
#[tauri::command]
pub async fn revoke_device(state: State<'_, AppState>, id: String) -> AppResult<u32> {
    state.with(|l| Ok(count(l.revoke_device(id.trim())?)))
}

/// Admits a laptop that became a new device from a copied ledger.
#[tauri::command]
pub async fn admit_device(state: State<'_, AppState>, id: String) -> AppResult<()> {
    state.with(|l| Ok(l.admit_device(id.trim())?))
}

/// Makes this copy of the ledger a new device (a file copied from another
/// computer, which holds no key here), so it can be written again.
#[tauri::command]
pub async fn become_new_device(state: State<'_, AppState>, label: String) -> AppResult<LedgerInfo> {
    state.with(|l| {
        l.become_new_device(label.trim())?;
        Ok(LedgerInfo::of(l)?)
    })
}

/// Shows a folder chooser in a child process (see [`crate::picker`]); the
/// chosen folder, or `None` when the person cancels.
#[tauri::command]
pub async fn choose_folder(title: String) -> AppResult<Option<String>> {
    choose(DialogRequest {
        save: false,
        folder: true,
        title,
        default_path: None,
        extensions: Vec::new(),
    })
    .await
}

/// Shows an open dialog in a child process (see [`crate::picker`]); the
/// chosen path, or `None` when the person cancels.
#[tauri::command]
pub async fn choose_open_path(title: String, extensions: Vec<String>) -> AppResult<Option<String>> {
    choose(DialogRequest {
        save: false,
        folder: false,
        title,
        default_path: None,
        extensions,
    })
    .await
}

/// The window's language (SPEC §16): `en`, `es`, `ca` or `fr` (a tag such
/// as `es-ES` is read as its language). The core's messages come in it
/// from now on; returns the language kept.
#[tauri::command]
pub async fn set_language(lang: String) -> AppResult<String> {
    let parsed = openvalue::i18n::Lang::parse(&lang)
        .ok_or_else(|| AppError::field("lang", format!("'{lang}' is not one of en, es, ca, fr")))?;
    crate::error::set_language(parsed);
    Ok(parsed.code().to_string())
}

/// Shows a save dialog in a child process (see [`crate::picker`]); the
/// chosen path, or `None` when the person cancels.
#[tauri::command]
pub async fn choose_save_path(
    title: String,
    default_path: String,
    extensions: Vec<String>,
) -> AppResult<Option<String>> {
    choose(DialogRequest {
        save: true,
        folder: false,
        title,
        default_path: Some(default_path),
        extensions,
    })
    .await
}

async fn choose(request: DialogRequest) -> AppResult<Option<String>> {
    let dialog_failed = |message: String| AppError {
        kind: "dialog".into(),
        message,
        problems: Vec::new(),
    };
    tauri::async_runtime::spawn_blocking(move || crate::picker::choose(&request))
        .await
        .map_err(|e| dialog_failed(format!("the file dialog stopped ({e})")))?
        .map_err(dialog_failed)
}

#[cfg(test)]
mod tests {
    use super::estimate_rows;

    #[test]
    fn rows_are_estimated_from_lines_after_the_header() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = |name: &str, text: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).expect("write");
            path
        };
        assert_eq!(estimate_rows(&file("a.csv", "h\nr1\nr2\n")), 2);
        assert_eq!(estimate_rows(&file("b.csv", "h\nr1\nr2")), 2);
        assert_eq!(estimate_rows(&file("c.csv", "h\n")), 0);
        assert_eq!(estimate_rows(&file("d.csv", "")), 0);
        assert_eq!(estimate_rows(&dir.path().join("missing.csv")), 0);
    }
}
