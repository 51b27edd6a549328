import { describe, expect, it } from 'vitest';

import type { SyncReportDto } from '../api';
import { ago, summarizeSync, syncDue, SYNC_INTERVAL_MS } from './sync';

const report = (over: Partial<SyncReportDto> = {}): SyncReportDto => ({
  folder: '/shared',
  written: 'a.ovbundle',
  entries: 13,
  merged: [],
  skipped: [],
  added: 0,
  conflicts: 0,
  newConflicts: 0,
  futureStamps: 0,
  at: '2026-05-01T10:00:00Z',
  ...over,
});

describe('summarizeSync', () => {
  it('says when no other laptop has synced yet', () => {
    expect(summarizeSync(report())).toBe(
      "No other laptop has synced through this folder yet. Wrote this laptop's file (13 entries) to the folder.",
    );
  });

  it('names the laptops entries came from, and counts conflicts', () => {
    const r = report({
      merged: [
        { file: 'b.ovbundle', device: 'b', name: 'bar', offered: 13, added: 2, newConflicts: 1 },
        { file: 'c.ovbundle', device: 'c1234567-aaaa', name: 'laptop c1234567', offered: 9, added: 1, newConflicts: 0 },
        { file: 'd.ovbundle', device: 'd', name: 'door', offered: 9, added: 0, newConflicts: 0 },
      ],
      added: 3,
      entries: 1,
      conflicts: 1,
      newConflicts: 1,
      skipped: [{ file: 'x.ovbundle', why: 'damaged', unadmittedDevice: null }],
    });
    expect(summarizeSync(r)).toBe(
      "Took 3 new entries from bar, laptop c1234567. Wrote this laptop's file (1 entry) to the folder. 1 file was skipped (see below). 1 conflict in the books (1 new).",
    );
  });

  it('warns about clocks ahead', () => {
    expect(summarizeSync(report({ merged: [{ file: 'b', device: 'b', name: 'b', offered: 1, added: 0, newConflicts: 0 }], futureStamps: 2 }))).toContain(
      "Nothing new from the other laptops. Wrote this laptop's file (13 entries) to the folder. 2 entries are dated more than an hour ahead",
    );
  });
});

describe('ago', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  it('reads like a person says it', () => {
    expect(ago('2026-05-01T11:59:30Z', now)).toBe('just now');
    expect(ago('2026-05-01T11:55:00Z', now)).toBe('5 min ago');
    expect(ago('2026-05-01T09:00:00Z', now)).toBe('3 h ago');
    expect(ago('2026-04-30T11:00:00Z', now)).toBe('yesterday');
    expect(ago('2026-04-26T12:00:00Z', now)).toBe('5 days ago');
    expect(ago('2026-05-01T12:30:00Z', now)).toBe('just now');
    expect(ago('not a date', now)).toBe('not a date');
  });
});

describe('syncDue', () => {
  const base = { folder: '/shared', running: false, blocked: false, lastAttemptMs: null };
  it('syncs at once when a folder is set, then every interval', () => {
    expect(syncDue(base, 1000)).toBe(true);
    expect(syncDue({ ...base, lastAttemptMs: 1000 }, 1000 + SYNC_INTERVAL_MS / 2)).toBe(false);
    expect(syncDue({ ...base, lastAttemptMs: 1000 }, 1000 + SYNC_INTERVAL_MS - 500)).toBe(true);
  });

  it('never without a folder, while a sync runs, or on a read-only copy', () => {
    expect(syncDue({ ...base, folder: null }, 0)).toBe(false);
    expect(syncDue({ ...base, folder: '' }, 0)).toBe(false);
    expect(syncDue({ ...base, running: true }, 0)).toBe(false);
    expect(syncDue({ ...base, blocked: true }, 0)).toBe(false);
  });
});

import { invitationName, isRevenueConflict, shortId } from './sync';

describe('ids and names', () => {
  it('shortens UUIDs only', () => {
    expect(shortId('2b59faa8-ddfd-4111-88ea-7e70a68fd05f')).toBe('2b59faa8…');
    expect(shortId('R-1')).toBe('R-1');
  });

  it('makes a file name from a label', () => {
    expect(invitationName("Marta's laptop")).toBe('martas-laptop.ovinvite');
    expect(invitationName('Caixa Festa Major 2026')).toBe('caixa-festa-major-2026.ovinvite');
    expect(invitationName('Àngels')).toBe('angels.ovinvite');
    expect(invitationName('  ')).toBe('new-laptop.ovinvite');
  });

  it('sends distribution conflicts to the Revenues screen', () => {
    expect(isRevenueConflict('already_distributed')).toBe(true);
    expect(isRevenueConflict('changed_since')).toBe(false);
  });
});

describe('sync in another language', () => {
  it('says how long ago in French and Catalan', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(ago('2026-04-26T12:00:00Z', now, 'fr')).toBe('il y a 5 jours');
    expect(ago('2026-04-30T11:00:00Z', now, 'ca')).toBe('ahir');
  });
});
