import { describe as group, expect, it } from 'vitest';
import { describe } from './history';
import type { HistoryEventDto } from '../api';

const at = (change: HistoryEventDto['change'], author: string | null = 'ana'): HistoryEventDto => ({
  entry: 'e1',
  recordedAt: '2026-03-01T10:00:00Z',
  author,
  deviceName: 'bar laptop',
  change,
});

group('history lines', () => {
  it('names who did what, the reason of a rejection and what a correction changed', () => {
    const logged = describe(at({ type: 'logged', member: 'ben', project: 'web', kind: 'work', date: '2026-03-01', quantity: '3', note: '' }, null), 1);
    expect(logged.what).toBe('Logged for ben');
    expect(logged.who).toBe('on bar laptop');
    const rejected = describe(at({ type: 'rejected', by: 'ana', reason: 'counted twice', revision: 0 }), 1);
    expect(rejected.detail).toBe('Reason: counted twice (as first logged; corrected since)');
    expect(rejected.who).toBe('by ana, on bar laptop');
    const corrected = describe(at({ type: 'corrected', revision: 1, changes: [{ field: 'quantity', from: '3', to: '2' }, { field: 'note', from: '', to: 'x' }] }), 1);
    expect(corrected.detail).toBe('quantity 3 → 2; note (empty) → x');
    expect(describe(at({ type: 'approved', by: 'cai', revision: 1 }), 1).detail).toBe('after correction 1');
    expect(describe(at({ type: 'voided', revision: 2 }), 2).what).toBe('Voided');
  });
});
