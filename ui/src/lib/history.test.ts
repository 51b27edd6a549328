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

group('the logged line', () => {
  const logged = (kind: string, quantity: string) =>
    at({ type: 'logged', member: 'ines', project: 'translation', kind, quantity, date: '2026-12-01', note: '' } as HistoryEventDto['change']);
  const units = (k: string) => ({ work: 'h', words: 'words', exp: 'EUR' } as Record<string, string>)[k] ?? '';
  it('says the quantity with its unit', () => {
    expect(describe(logged('words', '830'), 0, units).detail).toBe('830 words on translation, dated 2026-12-01');
    expect(describe(logged('work', '3'), 0, units).detail).toBe('3 h of work on translation, dated 2026-12-01');
    expect(describe(logged('exp', '45.90'), 0, units).detail).toBe('45.90 EUR of exp on translation, dated 2026-12-01');
    expect(describe(logged('other', '2'), 0, units).detail).toBe('2 of other on translation, dated 2026-12-01');
  });
});

group('in another language', () => {
  it('says the same in Spanish and French, with their dates and decimal marks', () => {
    const units = (k: string) => ({ work: 'h' } as Record<string, string>)[k] ?? '';
    const logged = at({ type: 'logged', member: 'ines', project: 'web', kind: 'work', quantity: '2.5', date: '2026-12-01', note: 'maqueta' });
    const es = describe(logged, 0, units, 'es');
    expect(es.what).toBe('Registrada para ines');
    expect(es.detail).toBe('2,5 h de work en web, con fecha 01/12/2026 — «maqueta»');
    expect(es.who).toBe('por ana, en bar laptop');
    const rejected = describe(at({ type: 'rejected', by: 'ana', reason: 'repetida', revision: 0 }), 1, undefined, 'fr');
    expect(rejected.what).toBe('Rejetée par ana');
    expect(rejected.detail).toBe('Motif\u00a0: repetida (telle qu’enregistrée\u00a0; corrigée depuis)');
    const corrected = describe(at({ type: 'corrected', revision: 1, changes: [{ field: 'note', from: '', to: 'x' }] }), 1, undefined, 'ca');
    expect(corrected.detail).toBe('nota (buit) → x');
  });
});
