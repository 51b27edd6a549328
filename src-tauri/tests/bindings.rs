//! The TypeScript bindings in `ui/src/api/bindings/` must be exactly what
//! the Rust DTOs produce, so the UI cannot drift from the backend.
//!
//! When a DTO changes on purpose, regenerate them with
//! `UPDATE_BINDINGS=1 cargo test -p openvalue-app --test bindings`
//! and commit the result.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use openvalue_app::dto::*;
use openvalue_app::error::{AppError, Problem};
use ts_rs::{Config, TS};

fn generate(dir: &Path) {
    // i64 minor units cross IPC as JSON numbers (exact up to 2^53), so they
    // are `number` in TypeScript, not `bigint`.
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    CurrencyDto::export_all(&cfg).expect("export CurrencyDto");
    LedgerInfo::export_all(&cfg).expect("export LedgerInfo");
    StartState::export_all(&cfg).expect("export StartState");
    NewLedger::export_all(&cfg).expect("export NewLedger");
    AccountTypeDto::export_all(&cfg).expect("export AccountTypeDto");
    StatusDto::export_all(&cfg).expect("export StatusDto");
    MeasureDto::export_all(&cfg).expect("export MeasureDto");
    AccountDto::export_all(&cfg).expect("export AccountDto");
    ProjectDto::export_all(&cfg).expect("export ProjectDto");
    KindVersionDto::export_all(&cfg).expect("export KindVersionDto");
    KindDto::export_all(&cfg).expect("export KindDto");
    EquationFormDto::export_all(&cfg).expect("export EquationFormDto");
    LeaveInput::export_all(&cfg).expect("export LeaveInput");
    PeerValueDto::export_all(&cfg).expect("export PeerValueDto");
    GiftDto::export_all(&cfg).expect("export GiftDto");
    EpochDto::export_all(&cfg).expect("export EpochDto");
    EpochsDto::export_all(&cfg).expect("export EpochsDto");
    NewEpoch::export_all(&cfg).expect("export NewEpoch");
    GiftInput::export_all(&cfg).expect("export GiftInput");
    SetGifts::export_all(&cfg).expect("export SetGifts");
    NewValuation::export_all(&cfg).expect("export NewValuation");
    ReputationDto::export_all(&cfg).expect("export ReputationDto");
    LastActionDto::export_all(&cfg).expect("export LastActionDto");
    TokenDto::export_all(&cfg).expect("export TokenDto");
    TokenBalanceDto::export_all(&cfg).expect("export TokenBalanceDto");
    TokenMoveDto::export_all(&cfg).expect("export TokenMoveDto");
    TokensDto::export_all(&cfg).expect("export TokensDto");
    NewToken::export_all(&cfg).expect("export NewToken");
    CsvFormatDto::export_all(&cfg).expect("export CsvFormatDto");
    NewSend::export_all(&cfg).expect("export NewSend");
    ResourcesDto::export_all(&cfg).expect("export ResourcesDto");
    NewResource::export_all(&cfg).expect("export NewResource");
    NewUse::export_all(&cfg).expect("export NewUse");
    StagesDto::export_all(&cfg).expect("export StagesDto");
    NewStage::export_all(&cfg).expect("export NewStage");
    SetStage::export_all(&cfg).expect("export SetStage");
    CatalogDto::export_all(&cfg).expect("export CatalogDto");
    NewAccount::export_all(&cfg).expect("export NewAccount");
    NewProject::export_all(&cfg).expect("export NewProject");
    NewKind::export_all(&cfg).expect("export NewKind");
    ContributionStatusDto::export_all(&cfg).expect("export ContributionStatusDto");
    ContributionDto::export_all(&cfg).expect("export ContributionDto");
    ContributionFilterDto::export_all(&cfg).expect("export ContributionFilterDto");
    ContributionPageDto::export_all(&cfg).expect("export ContributionPageDto");
    FieldChangeDto::export_all(&cfg).expect("export FieldChangeDto");
    HistoryChangeDto::export_all(&cfg).expect("export HistoryChangeDto");
    HistoryEventDto::export_all(&cfg).expect("export HistoryEventDto");
    NewContribution::export_all(&cfg).expect("export NewContribution");
    VerdictDto::export_all(&cfg).expect("export VerdictDto");
    CorrectionDto::export_all(&cfg).expect("export CorrectionDto");
    RevenueDto::export_all(&cfg).expect("export RevenueDto");
    NewRevenue::export_all(&cfg).expect("export NewRevenue");
    BucketTypeDto::export_all(&cfg).expect("export BucketTypeDto");
    PlanLineDto::export_all(&cfg).expect("export PlanLineDto");
    BucketDto::export_all(&cfg).expect("export BucketDto");
    TotalDto::export_all(&cfg).expect("export TotalDto");
    PlanDto::export_all(&cfg).expect("export PlanDto");
    DistributionDto::export_all(&cfg).expect("export DistributionDto");
    DistributionSummaryDto::export_all(&cfg).expect("export DistributionSummaryDto");
    ExplainDto::export_all(&cfg).expect("export ExplainDto");
    EquationVersionDto::export_all(&cfg).expect("export EquationVersionDto");
    SetEquation::export_all(&cfg).expect("export SetEquation");
    EquationProblemDto::export_all(&cfg).expect("export EquationProblemDto");
    PayoutDto::export_all(&cfg).expect("export PayoutDto");
    NewPayout::export_all(&cfg).expect("export NewPayout");
    BalanceDto::export_all(&cfg).expect("export BalanceDto");
    ContributionSortDto::export_all(&cfg).expect("export ContributionSortDto");
    ContributionTotalsDto::export_all(&cfg).expect("export ContributionTotalsDto");
    BalanceFilterDto::export_all(&cfg).expect("export BalanceFilterDto");
    BalanceLineDto::export_all(&cfg).expect("export BalanceLineDto");
    BalanceSheetDto::export_all(&cfg).expect("export BalanceSheetDto");
    PayoutCheckInput::export_all(&cfg).expect("export PayoutCheckInput");
    PayoutCheckDto::export_all(&cfg).expect("export PayoutCheckDto");
    TableDto::export_all(&cfg).expect("export TableDto");
    ImportRequest::export_all(&cfg).expect("export ImportRequest");
    ImportProgressDto::export_all(&cfg).expect("export ImportProgressDto");
    ImportSummaryDto::export_all(&cfg).expect("export ImportSummaryDto");
    ExportKind::export_all(&cfg).expect("export ExportKind");
    ExportRequest::export_all(&cfg).expect("export ExportRequest");
    VerifyDto::export_all(&cfg).expect("export VerifyDto");
    Problem::export_all(&cfg).expect("export Problem");
    AppError::export_all(&cfg).expect("export AppError");
    ChartKind::export_all(&cfg).expect("export ChartKind");
    ChartRequest::export_all(&cfg).expect("export ChartRequest");
    SyncReportDto::export_all(&cfg).expect("export SyncReportDto");
    MergedDto::export_all(&cfg).expect("export MergedDto");
    SkippedDto::export_all(&cfg).expect("export SkippedDto");
    DeviceDto::export_all(&cfg).expect("export DeviceDto");
    ConflictDto::export_all(&cfg).expect("export ConflictDto");
    InviteRequest::export_all(&cfg).expect("export InviteRequest");
    InvitedDto::export_all(&cfg).expect("export InvitedDto");
    JoinRequest::export_all(&cfg).expect("export JoinRequest");
    PermissionDto::export_all(&cfg).expect("export PermissionDto");
    PermissionsDto::export_all(&cfg).expect("export PermissionsDto");
    SignInRequest::export_all(&cfg).expect("export SignInRequest");
    AccountContributionDto::export_all(&cfg).expect("export AccountContributionDto");
    AccountLineDto::export_all(&cfg).expect("export AccountLineDto");
    AccountPayoutDto::export_all(&cfg).expect("export AccountPayoutDto");
    MemberAccountDto::export_all(&cfg).expect("export MemberAccountDto");
    EventMemberDto::export_all(&cfg).expect("export EventMemberDto");
    EventTimerDto::export_all(&cfg).expect("export EventTimerDto");
    EventStateDto::export_all(&cfg).expect("export EventStateDto");
    SetPinRequest::export_all(&cfg).expect("export SetPinRequest");
    EventEntry::export_all(&cfg).expect("export EventEntry");
}

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ts") {
            let name = entry.file_name().to_string_lossy().into_owned();
            out.insert(name, std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
    out
}

/// `ui/src/api/types.ts`: every binding re-exported, so screens import
/// types from one place.
fn reexports_of(bindings: &BTreeMap<String, String>) -> String {
    let mut out = String::from(
        "// Re-exports every generated binding, so screens import types from '../api'.\n",
    );
    for name in bindings.keys() {
        out += &format!(
            "export type * from './bindings/{}';\n",
            name.trim_end_matches(".ts")
        );
    }
    out
}

#[test]
fn checked_in_bindings_match_the_rust_types() {
    let api = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/api");
    let checked_in = api.join("bindings");
    let fresh = tempfile::tempdir().expect("temporary directory");
    generate(fresh.path());
    let expected = files(fresh.path());
    assert!(
        expected.len() > 30,
        "ts-rs generated too few files: {}",
        expected.len()
    );
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        for stale in files(&checked_in).keys() {
            std::fs::remove_file(checked_in.join(stale)).expect("remove a stale binding");
        }
        std::fs::create_dir_all(&checked_in).expect("bindings directory");
        for (name, text) in &expected {
            std::fs::write(checked_in.join(name), text).expect("write a binding");
        }
        std::fs::write(api.join("types.ts"), reexports_of(&expected)).expect("write types.ts");
        return;
    }
    let actual = files(&checked_in);
    let differing: Vec<&String> = expected
        .keys()
        .chain(actual.keys())
        .filter(|name| expected.get(*name) != actual.get(*name))
        .collect();
    assert!(
        differing.is_empty(),
        "ui/src/api/bindings differs from the Rust DTOs in {differing:?}; run \
         `UPDATE_BINDINGS=1 cargo test -p openvalue-app --test bindings` and commit the result"
    );
    assert_eq!(
        std::fs::read_to_string(api.join("types.ts")).unwrap_or_default(),
        reexports_of(&expected),
        "ui/src/api/types.ts is stale; run `UPDATE_BINDINGS=1 cargo test -p openvalue-app --test bindings`"
    );
}
