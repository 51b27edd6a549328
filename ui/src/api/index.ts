// The one door to the backend: every command the window may call, typed by
// the bindings generated from the Rust DTOs (src-tauri/src/dto.rs). Errors
// come back as ApiError with the core's kind, message and, where the core
// names them, the fields, rows or lines that caused them.

import { invoke, Channel } from '@tauri-apps/api/core';

import type { AppError } from './bindings/AppError';
import type { Problem } from './bindings/Problem';
import type { BalanceDto } from './bindings/BalanceDto';
import type { LastActionDto } from './bindings/LastActionDto';
import type { BalanceFilterDto } from './bindings/BalanceFilterDto';
import type { BalanceSheetDto } from './bindings/BalanceSheetDto';
import type { ContributionTotalsDto } from './bindings/ContributionTotalsDto';
import type { PayoutCheckDto } from './bindings/PayoutCheckDto';
import type { PayoutCheckInput } from './bindings/PayoutCheckInput';
import type { CatalogDto } from './bindings/CatalogDto';
import type { ChartRequest } from './bindings/ChartRequest';
import type { ContributionFilterDto } from './bindings/ContributionFilterDto';
import type { ContributionPageDto } from './bindings/ContributionPageDto';
import type { CorrectionDto } from './bindings/CorrectionDto';
import type { HistoryEventDto } from './bindings/HistoryEventDto';
import type { DistributionDto } from './bindings/DistributionDto';
import type { DistributionSummaryDto } from './bindings/DistributionSummaryDto';
import type { EquationFormDto } from './bindings/EquationFormDto';
import type { LeaveInput } from './bindings/LeaveInput';
import type { NewResource } from './bindings/NewResource';
import type { NewUse } from './bindings/NewUse';
import type { ResourcesDto } from './bindings/ResourcesDto';
import type { NewStage } from './bindings/NewStage';
import type { SetStage } from './bindings/SetStage';
import type { StagesDto } from './bindings/StagesDto';
import type { EquationProblemDto } from './bindings/EquationProblemDto';
import type { EquationVersionDto } from './bindings/EquationVersionDto';
import type { ExplainDto } from './bindings/ExplainDto';
import type { ExportRequest } from './bindings/ExportRequest';
import type { ImportProgressDto } from './bindings/ImportProgressDto';
import type { ImportRequest } from './bindings/ImportRequest';
import type { ImportSummaryDto } from './bindings/ImportSummaryDto';
import type { LedgerInfo } from './bindings/LedgerInfo';
import type { NewAccount } from './bindings/NewAccount';
import type { NewContribution } from './bindings/NewContribution';
import type { NewKind } from './bindings/NewKind';
import type { NewLedger } from './bindings/NewLedger';
import type { NewPayout } from './bindings/NewPayout';
import type { NewProject } from './bindings/NewProject';
import type { NewRevenue } from './bindings/NewRevenue';
import type { PayoutDto } from './bindings/PayoutDto';
import type { PlanDto } from './bindings/PlanDto';
import type { RevenueDto } from './bindings/RevenueDto';
import type { SetEquation } from './bindings/SetEquation';
import type { StartState } from './bindings/StartState';
import type { StatusDto } from './bindings/StatusDto';
import type { VerdictDto } from './bindings/VerdictDto';
import type { VerifyDto } from './bindings/VerifyDto';
import type { SyncReportDto } from './bindings/SyncReportDto';
import type { DeviceDto } from './bindings/DeviceDto';
import type { ConflictDto } from './bindings/ConflictDto';
import type { InviteRequest } from './bindings/InviteRequest';
import type { InvitedDto } from './bindings/InvitedDto';
import type { JoinRequest } from './bindings/JoinRequest';
import type { PermissionsDto } from './bindings/PermissionsDto';
import type { SignInRequest } from './bindings/SignInRequest';
import type { MemberAccountDto } from './bindings/MemberAccountDto';
import type { EventStateDto } from './bindings/EventStateDto';
import type { SetPinRequest } from './bindings/SetPinRequest';
import type { EventEntry } from './bindings/EventEntry';
import type { EpochsDto } from './bindings/EpochsDto';
import type { NewEpoch } from './bindings/NewEpoch';
import type { SetGifts } from './bindings/SetGifts';
import type { NewValuation } from './bindings/NewValuation';
import type { ReputationDto } from './bindings/ReputationDto';
import type { TokensDto } from './bindings/TokensDto';
import type { NewToken } from './bindings/NewToken';
import type { NewSend } from './bindings/NewSend';
import type { CsvFormatDto } from './bindings/CsvFormatDto';

/** An error from a command, as the core reported it. */
export class ApiError extends Error {
  readonly kind: string;
  readonly problems: Problem[];

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.kind = error.kind;
    this.problems = error.problems;
  }

  /** Messages by form field, for showing each next to its input. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.problems) {
      if (p.field !== null) out[p.field] = out[p.field] ? `${out[p.field]}; ${p.message}` : p.message;
    }
    return out;
  }

  /** Problems that name no field (rows of a file, lines of an equation). */
  otherProblems(): Problem[] {
    return this.problems.filter((p) => p.field === null);
  }
}

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Any thrown value as an ApiError (IPC failures included), never a raw trace. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isAppError(error)) {
    return new ApiError({ ...error, problems: Array.isArray(error.problems) ? error.problems : [] });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ kind: 'ipc', message, problems: [] });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const api = {
  start: () => call<StartState>('start'),
  /** The window's language: the core's messages come in it from now on. */
  setLanguage: (lang: string) => call<string>('set_language', { lang }),
  createLedger: (input: NewLedger) => call<LedgerInfo>('create_ledger', { input }),
  openLedger: (path: string) => call<LedgerInfo>('open_ledger', { path }),
  createDemo: (path: string) => call<LedgerInfo>('create_demo', { path }),
  ledgerInfo: () => call<LedgerInfo>('ledger_info'),
  setApprovalsRequired: (approvals: number) =>
    call<LedgerInfo>('set_approvals_required', { approvals }),
  backupLedger: (path: string) => call<LedgerInfo>('backup_ledger', { path }),
  verifyLedger: () => call<VerifyDto>('verify_ledger'),

  catalog: () => call<CatalogDto>('catalog'),
  addAccount: (input: NewAccount) => call<null>('add_account', { input }),
  setAccountStatus: (handle: string, status: StatusDto) =>
    call<null>('set_account_status', { handle, status }),
  leaveMember: (input: LeaveInput) => call<null>('leave_member', { input }),
  rejoinMember: (handle: string, date: string) => call<null>('rejoin_member', { handle, date }),
  listStages: () => call<StagesDto>('list_stages'),
  defineStage: (input: NewStage) => call<null>('define_stage', { input }),
  setStage: (input: SetStage) => call<null>('set_stage', { input }),
  listResources: () => call<ResourcesDto>('list_resources'),
  addResource: (input: NewResource) => call<null>('add_resource', { input }),
  recordUse: (input: NewUse) => call<string>('record_use', { input }),
  addProject: (input: NewProject) => call<null>('add_project', { input }),
  addKind: (input: NewKind) => call<null>('add_kind', { input }),

  listContributions: (filter: ContributionFilterDto, offset: number, limit: number) =>
    call<ContributionPageDto>('list_contributions', { filter, offset, limit }),
  contributionTotals: (filter: ContributionFilterDto) =>
    call<ContributionTotalsDto>('contribution_totals', { filter }),
  logContribution: (input: NewContribution) => call<string>('log_contribution', { input }),
  reviewContribution: (id: string, by: string, verdict: VerdictDto, reason: string) =>
    call<null>('review_contribution', { id, by, verdict, reason }),
  correctContribution: (id: string, input: CorrectionDto) =>
    call<null>('correct_contribution', { id, input }),
  contributionHistory: (id: string) => call<HistoryEventDto[]>('contribution_history', { id }),

  listRevenues: () => call<RevenueDto[]>('list_revenues'),
  addRevenue: (input: NewRevenue) => call<string>('add_revenue', { input }),
  previewDistribution: (revenue: string) => call<PlanDto>('preview_distribution', { revenue }),
  commitDistribution: (revenue: string) =>
    call<DistributionDto>('commit_distribution', { revenue }),
  reverseDistribution: (id: string) => call<null>('reverse_distribution', { id }),
  showDistribution: (id: string) => call<DistributionDto>('show_distribution', { id }),
  listDistributions: () => call<DistributionSummaryDto[]>('list_distributions'),
  explainLine: (revenue: string, member: string) =>
    call<ExplainDto[]>('explain_line', { revenue, member }),

  listEquations: () => call<EquationVersionDto[]>('list_equations'),
  checkEquation: (source: string) => call<EquationProblemDto[]>('check_equation', { source }),
  setEquation: (input: SetEquation) => call<null>('set_equation', { input }),
  equationForm: (source: string) => call<EquationFormDto>('equation_form', { source }),
  equationSource: (form: EquationFormDto) => call<string>('equation_source', { form }),
  previewEquation: (revenue: string, source: string) =>
    call<PlanDto>('preview_equation', { revenue, source }),

  listPayouts: () => call<PayoutDto[]>('list_payouts'),
  recordPayout: (input: NewPayout) => call<string>('record_payout', { input }),
  voidPayout: (id: string) => call<null>('void_payout', { id }),
  lastAction: () => call<LastActionDto | null>('last_action'),
  undoLast: (entry: string) => call<LastActionDto>('undo_last', { entry }),
  balances: () => call<BalanceDto[]>('balances'),
  balanceSheet: (filter: BalanceFilterDto) => call<BalanceSheetDto>('balance_sheet', { filter }),
  checkPayout: (input: PayoutCheckInput) => call<PayoutCheckDto>('check_payout', { input }),

  importCsv: (input: ImportRequest, onProgress: (p: ImportProgressDto) => void) => {
    const channel = new Channel<ImportProgressDto>();
    channel.onmessage = onProgress;
    return call<ImportSummaryDto>('import_csv', { input, onProgress: channel });
  },
  detectCsv: (path: string) => call<CsvFormatDto>('detect_csv', { path }),
  exportReport: (input: ExportRequest) => call<number>('export_report', { input }),

  chartSvg: (request: ChartRequest) => call<string>('chart_svg', { request }),
  saveChart: (request: ChartRequest, path: string) =>
    call<string>('save_chart', { request, path }),

  // Several laptops (SPEC §12).
  syncFolder: () => call<string | null>('sync_folder'),
  setSyncFolder: (folder: string) => call<string | null>('set_sync_folder', { folder }),
  syncNow: (folder: string) => call<SyncReportDto>('sync_now', { folder }),
  listDevices: () => call<DeviceDto[]>('list_devices'),
  listConflicts: () => call<ConflictDto[]>('list_conflicts'),
  inviteDevice: (input: InviteRequest) => call<InvitedDto>('invite_device', { input }),
  joinLedger: (input: JoinRequest) => call<LedgerInfo>('join_ledger', { input }),
  revokeDevice: (id: string) => call<number>('revoke_device', { id }),
  admitDevice: (id: string) => call<null>('admit_device', { id }),
  becomeNewDevice: (label: string) => call<LedgerInfo>('become_new_device', { label }),

  // Peers (SPEC §15): GIVE epochs, peer valuation, reputation, tokens.
  listEpochs: () => call<EpochsDto>('list_epochs'),
  openEpoch: (input: NewEpoch) => call<string>('open_epoch', { input }),
  closeEpoch: (epoch: string) => call<null>('close_epoch', { epoch }),
  setGifts: (input: SetGifts) => call<null>('set_gifts', { input }),
  valueContribution: (input: NewValuation) => call<string>('value_contribution', { input }),
  listReputations: () => call<ReputationDto[]>('list_reputations'),
  listTokens: () => call<TokensDto>('list_tokens'),
  defineToken: (input: NewToken) => call<null>('define_token', { input }),
  sendTokens: (input: NewSend) => call<string>('send_tokens', { input }),

  // People (SPEC §13): sign-in, permissions, my account, event mode.
  permissions: () => call<PermissionsDto>('permissions'),
  signIn: (input: SignInRequest) => call<PermissionsDto>('sign_in', { input }),
  signOut: () => call<PermissionsDto>('sign_out'),
  myAccount: (member: string) => call<MemberAccountDto>('my_account', { member }),
  setPassphrase: (input: SignInRequest) => call<PermissionsDto>('set_passphrase', { input }),
  saveStatement: (member: string, path: string) => call<string>('save_statement', { member, path }),
  eventState: () => call<EventStateDto>('event_state'),
  eventEnter: () => call<EventStateDto>('event_enter'),
  eventLeave: (input: SignInRequest) => call<EventStateDto>('event_leave', { input }),
  eventSetPin: (input: SetPinRequest) => call<EventStateDto>('event_set_pin', { input }),
  eventSignIn: (member: string, pin: string) => call<EventStateDto>('event_sign_in', { member, pin }),
  eventSignOut: () => call<EventStateDto>('event_sign_out'),
  eventStartTimer: (project: string, kind: string) =>
    call<EventStateDto>('event_start_timer', { project, kind }),
  eventStopTimer: () => call<string>('event_stop_timer'),
  eventLog: (input: EventEntry) => call<string>('event_log', { input }),
  eventAccount: () => call<MemberAccountDto>('event_account'),
};

// File dialogs are shown by a child process of the app, never by the
// process that holds the ledger open (docs/adr/0006): a dialog that sniffs
// the ledger's files would make SQLite lose its locks.

/** Native open dialog; null when the person cancels. */
export async function chooseFile(title: string, extensions: string[]): Promise<string | null> {
  return call<string | null>('choose_open_path', { title, extensions });
}

/** Native save dialog; null when the person cancels. */
export async function chooseSavePath(
  title: string,
  defaultPath: string,
  extensions: string[],
): Promise<string | null> {
  return call<string | null>('choose_save_path', { title, defaultPath, extensions });
}

/** Native folder chooser; null when the person cancels. */
export async function chooseFolder(title: string): Promise<string | null> {
  return call<string | null>('choose_folder', { title });
}

export type * from './types';
