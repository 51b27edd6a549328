import { describe, expect, it } from 'vitest';
import { backupReminder } from './backup';

const now = new Date('2026-12-02T10:00:00Z');

describe('backupReminder', () => {
  it('leaves a new ledger alone', () => {
    expect(backupReminder(null, null, now)).toBeNull();
    expect(backupReminder(null, '2026-12-02T08:00:00Z', now)).toBeNull();
  });
  it('reminds a ledger never backed up once it has held entries for a day', () => {
    expect(backupReminder(null, '2026-12-01T09:00:00Z', now)).toBe('This ledger has never been backed up.');
  });
  it('reminds when the last backup is a week old', () => {
    expect(backupReminder('2026-11-30T10:00:00Z', '2026-01-01T00:00:00Z', now)).toBeNull();
    expect(backupReminder('2026-11-25T09:00:00Z', '2026-01-01T00:00:00Z', now)).toBe('The last backup is 7 days old.');
  });
});
