import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API layer against a mocked Tauri invoke: the right command names and
// argument shapes go out, and every failure comes back as an ApiError.
const invoke = vi.fn();
const channels: { onmessage: ((m: unknown) => void) | undefined }[] = [];
vi.mock('@tauri-apps/api/core', () => ({
  invoke: (...args: unknown[]) => invoke(...args),
  Channel: class {
    onmessage: ((m: unknown) => void) | undefined = undefined;
    constructor() {
      channels.push(this);
    }
  },
}));

const { api, ApiError, chooseFile, chooseFolder, chooseSavePath, toApiError } = await import('./index');

beforeEach(() => {
  invoke.mockReset();
  channels.length = 0;
});

describe('api', () => {
  it('calls each command by its Rust name with camelCase arguments', async () => {
    invoke.mockResolvedValue({ rows: [], total: 0 });
    const filter = { member: 'ana', project: '', kind: '', status: null, includeVoid: false, from: '', to: '', note: '50%', sort: 'quantity' as const, ascending: true };
    await api.listContributions(filter, 50, 25);
    expect(invoke).toHaveBeenCalledWith('list_contributions', { filter, offset: 50, limit: 25 });
    invoke.mockResolvedValue({ count: 0, voided: 0, hours: '0', value: '0' });
    await api.contributionTotals(filter);
    expect(invoke).toHaveBeenLastCalledWith('contribution_totals', { filter });
    invoke.mockResolvedValue({ rows: [], earnedMinor: '0', paidMinor: null, owedMinor: null });
    await api.balanceSheet({ asOf: '2026-03-31', project: 'web' });
    expect(invoke).toHaveBeenLastCalledWith('balance_sheet', { filter: { asOf: '2026-03-31', project: 'web' } });
    invoke.mockResolvedValue({ amountMinor: '100', owedMinor: '0', excessMinor: '100' });
    await api.checkPayout({ account: 'ana', amount: '1' });
    expect(invoke).toHaveBeenLastCalledWith('check_payout', { input: { account: 'ana', amount: '1' } });

    invoke.mockResolvedValue('C-1');
    const input = { date: '2026-03-01', member: 'ana', project: 'web', kind: 'work', quantity: '2.5', note: '' };
    await expect(api.logContribution(input)).resolves.toBe('C-1');
    expect(invoke).toHaveBeenLastCalledWith('log_contribution', { input });

    invoke.mockResolvedValue(null);
    await api.reviewContribution('C-1', 'ben', 'reject', 'counted twice');
    expect(invoke).toHaveBeenLastCalledWith('review_contribution', {
      id: 'C-1', by: 'ben', verdict: 'reject', reason: 'counted twice',
    });
  });

  it('turns a core error into an ApiError with its field messages', async () => {
    invoke.mockRejectedValue({
      kind: 'invalid',
      message: "member: unknown member 'anna' — did you mean 'ana'?",
      problems: [
        { field: 'member', file: null, line: null, column: null, message: "unknown member 'anna' — did you mean 'ana'?" },
        { field: 'quantity', file: null, line: null, column: null, message: 'too many places' },
      ],
    });
    const error = await api.addRevenue({ project: 'web', date: '', amount: '', id: '', note: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as InstanceType<typeof ApiError>;
    expect(e.kind).toBe('invalid');
    expect(e.fieldMessages()).toEqual({
      member: "unknown member 'anna' — did you mean 'ana'?",
      quantity: 'too many places',
    });
    expect(e.otherProblems()).toEqual([]);
  });

  it('keeps import row problems apart from field problems', () => {
    const e = toApiError({
      kind: 'import',
      message: 'c.csv:3:2: unknown member\n1 problem found; nothing was imported',
      problems: [{ field: null, file: 'c.csv', line: 3, column: 2, message: 'unknown member' }],
    });
    expect(e.fieldMessages()).toEqual({});
    expect(e.otherProblems()).toHaveLength(1);
  });

  it('wraps anything else, never exposing a raw value', () => {
    expect(toApiError('IPC is down').message).toBe('IPC is down');
    expect(toApiError('IPC is down').kind).toBe('ipc');
    expect(toApiError(new Error('boom')).message).toBe('boom');
    expect(toApiError({ kind: 'store', message: 'busy' }).problems).toEqual([]);
  });

  it('streams import progress through a channel', async () => {
    const seen: unknown[] = [];
    invoke.mockImplementation(async () => {
      channels[0]?.onmessage?.({ phase: 'writing', done: 1, total: 2 });
      return { table: 'members', rows: 2, added: 2, unchanged: 0, updated: 0, dryRun: false, message: 'ok' };
    });
    const input = { table: 'members' as const, path: '/x.csv', dryRun: false, ignoreUnknown: false };
    const summary = await api.importCsv(input, (p) => seen.push(p));
    expect(summary.added).toBe(2);
    expect(seen).toEqual([{ phase: 'writing', done: 1, total: 2 }]);
    expect(invoke).toHaveBeenCalledWith('import_csv', { input, onProgress: channels[0] });
  });

  it('asks the backend for dialogs (shown out of process) and returns null when cancelled', async () => {
    invoke.mockResolvedValue(null);
    await expect(chooseFile('Open', ['csv'])).resolves.toBeNull();
    expect(invoke).toHaveBeenLastCalledWith('choose_open_path', { title: 'Open', extensions: ['csv'] });
    invoke.mockResolvedValue('/home/a/members.csv');
    await expect(chooseFile('Open', ['csv'])).resolves.toBe('/home/a/members.csv');
    invoke.mockResolvedValue('/home/a/out.csv');
    await expect(chooseSavePath('Save', '/home/a/x.csv', ['csv'])).resolves.toBe('/home/a/out.csv');
    expect(invoke).toHaveBeenLastCalledWith('choose_save_path', {
      title: 'Save', defaultPath: '/home/a/x.csv', extensions: ['csv'],
    });
  });

  it('calls the sync commands by their Rust names', async () => {
    invoke.mockResolvedValue(null);
    await api.syncNow('/shared');
    expect(invoke).toHaveBeenLastCalledWith('sync_now', { folder: '/shared' });
    await api.setSyncFolder('');
    expect(invoke).toHaveBeenLastCalledWith('set_sync_folder', { folder: '' });
    await api.inviteDevice({ path: '/usb/bar.ovinvite', label: 'bar' });
    expect(invoke).toHaveBeenLastCalledWith('invite_device', { input: { path: '/usb/bar.ovinvite', label: 'bar' } });
    await api.joinLedger({ invitation: '/usb/bar.ovinvite', path: '/home/b/coop.openvalue' });
    expect(invoke).toHaveBeenLastCalledWith('join_ledger', {
      input: { invitation: '/usb/bar.ovinvite', path: '/home/b/coop.openvalue' },
    });
    await api.revokeDevice('d-1');
    expect(invoke).toHaveBeenLastCalledWith('revoke_device', { id: 'd-1' });
    await api.becomeNewDevice('door');
    expect(invoke).toHaveBeenLastCalledWith('become_new_device', { label: 'door' });
    await expect(chooseFolder('The shared folder')).resolves.toBeNull();
    expect(invoke).toHaveBeenLastCalledWith('choose_folder', { title: 'The shared folder' });
  });
});
