import { describe, expect, it } from 'vitest';
import { compareDecimal, dateProblem, decimalPlaceholder, handleProblem, requiredProblem, localDecimal, readDecimal, symbolsOf } from './numbers';
import type { Lang } from './i18n.svelte';

const value = (text: string, lang: Lang, places?: number) => {
  const r = readDecimal(text, { places }, lang);
  return r.ok ? r.value : `ERR ${r.problem}`;
};
const refused = (text: string, lang: Lang, places?: number) => !readDecimal(text, { places }, lang).ok;

describe('reading decimals as people type them', () => {
  it('knows each language’s symbols', () => {
    expect(symbolsOf('en')).toEqual({ decimal: '.', group: ',' });
    expect(symbolsOf('es')).toEqual({ decimal: ',', group: '.' });
    expect(symbolsOf('ca')).toEqual({ decimal: ',', group: '.' });
    expect(symbolsOf('fr')).toEqual({ decimal: ',', group: '\u202f' });
  });

  it('reads English', () => {
    expect(value('1,234.50', 'en')).toBe('1234.50');
    expect(value('1234.5', 'en')).toBe('1234.5');
    expect(value('1 234.50', 'en')).toBe('1234.50');
    expect(value(' 12 ', 'en')).toBe('12');
    expect(value('.5', 'en')).toBe('0.5');
    expect(value('007', 'en')).toBe('7');
    expect(value('0', 'en')).toBe('0');
  });

  it('reads the decimal comma in Spanish and Catalan', () => {
    for (const lang of ['es', 'ca'] as const) {
      expect(value('1.234,50', lang)).toBe('1234.50');
      expect(value('1 234,50', lang)).toBe('1234.50');
      expect(value('1234,5', lang)).toBe('1234.5');
      expect(value('1.234', lang)).toBe('1234');
      expect(value('1.234.567,891', lang)).toBe('1234567.891');
      expect(value('0,125', lang)).toBe('0.125');
    }
  });

  it('reads French with any kind of space between groups', () => {
    expect(value('1 234,50', 'fr')).toBe('1234.50');
    expect(value('1\u202f234,50', 'fr')).toBe('1234.50');
    expect(value('1\u00a0234\u00a0567,5', 'fr')).toBe('1234567.5');
    expect(value('1234,5', 'fr')).toBe('1234.5');
  });

  it('keeps 20-digit amounts exact', () => {
    expect(value('12345678901234567890,12', 'es')).toBe('12345678901234567890.12');
    expect(value('12.345.678.901.234.567.890,12', 'ca')).toBe('12345678901234567890.12');
    expect(value('12 345 678 901 234 567 890,12', 'fr')).toBe('12345678901234567890.12');
    expect(value('12,345,678,901,234,567,890.12', 'en')).toBe('12345678901234567890.12');
    expect(value('99999999999999999999', 'en')).toBe('99999999999999999999');
  });

  it('refuses the other language’s decimal symbol rather than guess', () => {
    expect(refused('12,5', 'en')).toBe(true);
    expect(refused('1,23', 'en')).toBe(true);
    expect(refused('12.5', 'es')).toBe(true);
    expect(refused('1234.50', 'ca')).toBe(true);
    expect(refused('0.125', 'es')).toBe(true);
    expect(refused('1.234', 'fr')).toBe(true);
    expect(readDecimal('12,5', {}, 'en')).toEqual({ ok: false, problem: expect.stringContaining('“.”') });
    expect(readDecimal('12.5', {}, 'es')).toEqual({ ok: false, problem: expect.stringContaining('1234,5') });
  });

  it('refuses bad grouping, mixed groupings, two decimal symbols', () => {
    for (const t of ['1,23,456.5', '12,34', '1,2345', '1 234,567.8', '0,123', '1.2.3']) expect(refused(t, 'en')).toBe(true);
    for (const t of ['1.23.456', '1.234 567', '1,2,3', '12.34,5', '1.234,']) expect(refused(t, 'es')).toBe(true);
  });

  it('refuses negative, empty and garbage, with a message in the language', () => {
    for (const lang of ['en', 'es', 'ca', 'fr'] as const) {
      for (const t of ['-5', '−5', '', '   ', 'abc', '1e5', '+5', '12a', '€12', ',', '.', '--']) {
        expect(refused(t, lang), `${lang} ${JSON.stringify(t)}`).toBe(true);
      }
    }
    expect(readDecimal('-5', {}, 'es')).toEqual({ ok: false, problem: expect.stringMatching(/negativ/) });
    expect(readDecimal('abc', {}, 'fr')).toEqual({ ok: false, problem: expect.stringContaining('1234,5') });
    expect(readDecimal('', {}, 'ca')).toEqual({ ok: false, problem: 'obligatori' });
    expect(readDecimal('', { required: false }, 'ca')).toEqual({ ok: true, value: '' });
  });

  it('checks decimal places and zero', () => {
    expect(value('1,125', 'es', 2)).toMatch(/^ERR .*2 decimales/);
    expect(value('1,125', 'fr', 3)).toBe('1.125');
    expect(value('1.5', 'en', 0)).toMatch(/^ERR/);
    expect(value('1.5', 'en', 1)).toBe('1.5');
    expect(readDecimal('0,00', { positive: true }, 'es').ok).toBe(false);
    expect(readDecimal('0,01', { positive: true }, 'es')).toEqual({ ok: true, value: '0.01' });
  });

  it('writes canonical text and placeholders the language’s way', () => {
    expect(localDecimal('1234.50', 'es')).toBe('1234,50');
    expect(localDecimal('1234.50', 'en')).toBe('1234.50');
    expect(localDecimal('12', 'fr')).toBe('12');
    expect(decimalPlaceholder(2, 'fr')).toBe('0,00');
    expect(decimalPlaceholder(2, 'en')).toBe('0.00');
    expect(decimalPlaceholder(0, 'ca')).toBe('0');
    // What is written reads back as the same canonical text.
    for (const lang of ['en', 'es', 'ca', 'fr'] as const) {
      expect(value(localDecimal('98765432109876543210.05', lang), lang)).toBe('98765432109876543210.05');
    }
  });

  it('compares canonical decimals exactly', () => {
    expect(compareDecimal('10', '10.000')).toBe(0);
    expect(compareDecimal('10.001', '10')).toBe(1);
    expect(compareDecimal('0.09', '0.1')).toBe(-1);
    expect(compareDecimal('9', '10')).toBe(-1);
    expect(compareDecimal('012', '12')).toBe(0);
    expect(compareDecimal('99999999999999999999.99', '99999999999999999999.989')).toBe(1);
  });

  it('words lib/validate’s other field checks in the language, keeping its rules', () => {
    expect(requiredProblem(' ', 'es')).toBe('obligatorio');
    expect(requiredProblem('x', 'es')).toBeNull();
    expect(handleProblem('', 'fr')).toBe('obligatoire');
    expect(handleProblem('Ana', 'en')).toBe('use 1 to 32 lowercase letters, digits, "_" or "-"');
    expect(handleProblem('Ana', 'ca')).toContain('minúscules');
    expect(handleProblem('ana_2', 'ca')).toBeNull();
    expect(dateProblem('', false, 'es')).toBeNull();
    expect(dateProblem('', true, 'es')).toBe('obligatorio');
    expect(dateProblem('31/03/2026', true, 'en')).toBe('use YYYY-MM-DD, such as 2026-03-31');
    expect(dateProblem('2026-02-30', true, 'fr')).toBe("2026-02-30 n'est pas une date");
    expect(dateProblem('2026-02-28', true, 'fr')).toBeNull();
  });
});
