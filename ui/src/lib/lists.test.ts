import { describe, expect, it } from 'vitest';
import { ariaSort, formatDecimal, NEWEST_FIRST, nextSort, overpaymentQuestion, sortArrow, totalsLine } from './lists';

const EUR = { code: 'EUR', scale: 2 };

describe('sorting the contributions list', () => {
  it('starts newest first, reverses on a second click, and starts a new column in its natural order', () => {
    expect(ariaSort(NEWEST_FIRST, 'date')).toBe('descending');
    expect(sortArrow(NEWEST_FIRST, 'date')).toBe('▼');
    const oldest = nextSort(NEWEST_FIRST, 'date');
    expect(oldest).toEqual({ by: 'date', ascending: true });
    expect(sortArrow(oldest, 'date')).toBe('▲');
    const byMember = nextSort(oldest, 'member');
    expect(byMember).toEqual({ by: 'member', ascending: true });
    expect(ariaSort(byMember, 'date')).toBe('none');
    expect(sortArrow(byMember, 'date')).toBe('');
    expect(nextSort(byMember, 'member')).toEqual({ by: 'member', ascending: false });
    expect(nextSort(byMember, 'quantity')).toEqual({ by: 'quantity', ascending: false });
  });
});

describe('the totals line', () => {
  it('says count, hours and the exact value, with plurals and grouping', () => {
    expect(totalsLine({ count: 12, voided: 0, hours: '30.5', value: '1234.5' }, EUR)).toBe(
      '12 contributions · 30.5 hours · value 1,234.50 EUR',
    );
    expect(totalsLine({ count: 1, voided: 2, hours: '1', value: '0.301' }, EUR)).toBe(
      '1 contribution · 1 hour · value 0.301 EUR (2 voided ones not counted)',
    );
    // Beyond 2^53 the value stays exact.
    expect(totalsLine({ count: 0, voided: 1, hours: '0', value: '123456789012345678.9' }, EUR)).toBe(
      '0 contributions · 0 hours · value 123,456,789,012,345,678.90 EUR (1 voided one not counted)',
    );
  });

  it('groups thousands of exact decimals', () => {
    expect(formatDecimal('1234567', 0)).toBe('1,234,567');
    expect(formatDecimal('-1234.5', 2)).toBe('-1,234.50');
    expect(formatDecimal('x', 2)).toBe('x');
  });
});

describe('a payout larger than what is owed', () => {
  it('is asked about with the amount it exceeds by', () => {
    expect(overpaymentQuestion({ amountMinor: '7501', owedMinor: '7500', excessMinor: null }, 'ben', EUR)).toBeNull();
    expect(overpaymentQuestion({ amountMinor: '60000', owedMinor: '57500', excessMinor: '2500' }, 'ana', EUR)).toBe(
      '600.00 EUR is 25.00 EUR more than the 575.00 EUR owed to ana: ana would be paid 25.00 EUR in advance. Record it anyway?',
    );
    expect(overpaymentQuestion({ amountMinor: '1000', owedMinor: '0', excessMinor: '1000' }, 'ana', EUR)).toBe(
      'Nothing is owed to ana: all of 10.00 EUR would be paid in advance. Record it anyway?',
    );
    expect(overpaymentQuestion({ amountMinor: '1000', owedMinor: '-500', excessMinor: '1500' }, 'ana', EUR)).toBe(
      'Nothing is owed to ana, who was already paid 5.00 EUR in advance: after 10.00 EUR more, ana will have been paid 15.00 EUR in advance. Record it anyway?',
    );
  });
});

describe('in another language', () => {
  it('says the totals and the question in Spanish and French', () => {
    expect(totalsLine({ count: 1, voided: 2, hours: '1234.5', value: '1234.5' }, EUR, 'es')).toBe(
      '1 aportación · 1.234,5 horas · valor 1.234,50 EUR (2 anuladas no se cuentan)',
    );
    expect(overpaymentQuestion({ amountMinor: '1000', owedMinor: '0', excessMinor: '1000' }, 'ana', EUR, 'fr')).toBe(
      'Rien n’est dû à ana\u00a0: les 10,00 EUR seraient versés d’avance. L’enregistrer quand même\u00a0?',
    );
  });
});
