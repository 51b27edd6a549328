import { describe, expect, it } from 'vitest';
import { checkCurrency, checkDate, checkDecimal, checkHandle, checkRequired, collect, isClean } from './validate';

describe('form validation', () => {
  it('accepts handles the core accepts and refuses the rest', () => {
    expect(checkHandle('ana')).toBeNull();
    expect(checkHandle('ana-2_b')).toBeNull();
    expect(checkHandle('')).toBe('required');
    expect(checkHandle('Ana')).not.toBeNull();
    expect(checkHandle('-x')).not.toBeNull();
    expect(checkHandle('a'.repeat(33))).not.toBeNull();
  });

  it('checks dates are real ISO dates', () => {
    expect(checkDate('2026-02-28')).toBeNull();
    expect(checkDate('2028-02-29')).toBeNull();
    expect(checkDate('2026-02-29')).toBe('2026-02-29 is not a date');
    expect(checkDate('2026-2-3')).toMatch(/YYYY-MM-DD/);
    expect(checkDate('31/01/2026')).toMatch(/YYYY-MM-DD/);
    expect(checkDate('')).toBe('required');
    expect(checkDate('', false)).toBeNull();
  });

  it('checks decimals without rounding', () => {
    expect(checkDecimal('12', 2)).toBeNull();
    expect(checkDecimal('12.5', 2)).toBeNull();
    expect(checkDecimal('12.555', 2)).toBe('at most 2 decimal places');
    expect(checkDecimal('1.5', 0)).toBe('no decimal places allowed');
    expect(checkDecimal('-1', 2)).not.toBeNull();
    expect(checkDecimal('1e3', 2)).not.toBeNull();
    expect(checkDecimal('1,5', 2)).not.toBeNull();
    expect(checkDecimal('.5', 2)).not.toBeNull();
    expect(checkDecimal('0', 2)).toBe('must be greater than zero');
    expect(checkDecimal('0.00', 2)).toBe('must be greater than zero');
    expect(checkDecimal('0', 2, false)).toBeNull();
    expect(checkDecimal('', 2)).toBe('required');
  });

  it('checks currency codes and required text', () => {
    expect(checkCurrency('EUR')).toBeNull();
    expect(checkCurrency('eur')).not.toBeNull();
    expect(checkCurrency('EU')).not.toBeNull();
    expect(checkRequired('  ')).toBe('required');
    expect(checkRequired('x')).toBeNull();
  });

  it('collects only the problems that are set', () => {
    const problems = collect({ a: null, b: 'required', c: null });
    expect(problems).toEqual({ b: 'required' });
    expect(isClean(problems)).toBe(false);
    expect(isClean(collect({ a: null }))).toBe(true);
  });
});
