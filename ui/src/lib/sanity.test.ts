import { describe, expect, it } from 'vitest';
import { entryWarnings, multiplierWarning } from './sanity';

const base = { member: 'ana', memberLeft: false, measure: 'hours', quantity: '3', date: '2026-12-02', today: '2026-12-02' };

describe('entryWarnings', () => {
  it('says nothing of an ordinary entry', () => {
    expect(entryWarnings(base)).toEqual([]);
  });
  it('warns of a date after today', () => {
    expect(entryWarnings({ ...base, date: '2099-06-01' })).toEqual([
      '2099-06-01 is after today: contributions are usually logged once the work is done.',
    ]);
  });
  it('warns of more than a day of hours, not of a large quantity of words', () => {
    expect(entryWarnings({ ...base, quantity: '99999999999' })[0]).toContain('more than a whole day');
    expect(entryWarnings({ ...base, quantity: '24' })).toEqual([]);
    expect(entryWarnings({ ...base, measure: 'quantity', quantity: '4500' })).toEqual([]);
  });
  it('warns when logging for a member who has left', () => {
    expect(entryWarnings({ ...base, member: 'ben', memberLeft: true })).toEqual([
      'ben has left the cooperative: log this only for work done before they left.',
    ]);
  });
});

describe('multiplierWarning', () => {
  it('warns far from 1 only', () => {
    expect(multiplierWarning('1')).toBeNull();
    expect(multiplierWarning('1.5')).toBeNull();
    expect(multiplierWarning('')).toBeNull();
    expect(multiplierWarning('1000')).toContain('1000 units of plain work');
    expect(multiplierWarning('0.01')).toContain('almost nothing');
  });
});

describe('in another language', () => {
  it('warns in Spanish and French', () => {
    expect(entryWarnings({ ...base, date: '2099-06-01', memberLeft: true, member: 'ben' }, 'es')).toEqual([
      '01/06/2099 es posterior a hoy: las aportaciones se suelen registrar una vez hecho el trabajo.',
      'ben se ha dado de baja de la cooperativa: registra esto solo si es trabajo hecho antes de la baja.',
    ]);
    expect(entryWarnings({ ...base, quantity: '30.5' }, 'fr')[0]).toBe(
      '30,5 heures en une seule saisie, c’est plus qu’une journée entière\u00a0: enregistrez les heures de chaque jour, ou vérifiez le nombre.',
    );
    expect(multiplierWarning('0.01', 'fr')).toBe('Avec un multiplicateur de 0,01, ce type ne compte presque pas.');
  });
});
