import { describe, expect, it } from 'vitest';
import {
  daysSince,
  decimalText,
  describeQuantity,
  decimalInput,
  formatCount,
  formatDate,
  formatElapsed,
  formatMoney,
  formatNumberText,
  minorDecimalText,
  numberSymbols,
  formatMinorText,
  formatMoneyCode,
  formatShare,
  formatWeight,
  hoursFromMs,
  percentOf,
  quantityParts,
  todayIso,
} from './money';

const EUR = { code: 'EUR', scale: 2 };
const JPY = { code: 'JPY', scale: 0 };
const CLF = { code: 'CLF', scale: 4 };

describe('decimalText', () => {
  it('writes minor units at the currency scale, exactly', () => {
    expect(decimalText(123450, 2)).toBe('1234.50');
    expect(decimalText(5, 2)).toBe('0.05');
    expect(decimalText(0, 2)).toBe('0.00');
    expect(decimalText(-150, 2)).toBe('-1.50');
    expect(decimalText(7, 0)).toBe('7');
    expect(decimalText(1, 4)).toBe('0.0001');
  });

  it('stays exact at the largest safe integer', () => {
    expect(decimalText(9007199254740991, 2)).toBe('90071992547409.91');
  });

  it('refuses a non-integer rather than rounding it', () => {
    expect(() => decimalText(1.5, 2)).toThrow(RangeError);
    expect(() => decimalText(2 ** 60, 2)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('groups thousands and keeps every decimal', () => {
    expect(formatMoney(123456789, EUR)).toBe('1,234,567.89');
    expect(formatMoney(100000, EUR)).toBe('1,000.00');
    expect(formatMoney(99999, EUR)).toBe('999.99');
    expect(formatMoney(-123456789, EUR)).toBe('-1,234,567.89');
    expect(formatMoney(500000000, JPY)).toBe('500,000,000');
    expect(formatMoney(12345, CLF)).toBe('1.2345');
  });

  it('matches the spec examples: 33.34 / 33.33 / 33.33', () => {
    expect([3334, 3333, 3333].map((m) => formatMoney(m, EUR))).toEqual(['33.34', '33.33', '33.33']);
  });

  it('adds the code when asked', () => {
    expect(formatMoneyCode(150, EUR)).toBe('1.50 EUR');
  });
});

describe('dates and durations', () => {
  it('gives today in local time as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('counts whole days since an instant', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(daysSince('2026-11-18T12:00:00Z', now)).toBe(7);
    expect(daysSince('2026-11-25T11:00:00Z', now)).toBe(0);
    expect(daysSince('2027-01-01T00:00:00Z', now)).toBe(0);
    expect(daysSince('not a date', now)).toBe(Number.POSITIVE_INFINITY);
  });

  it('turns a timer into hours with two places, never zero', () => {
    expect(hoursFromMs(90 * 60_000)).toBe('1.50');
    expect(hoursFromMs(1000)).toBe('0.01');
    expect(hoursFromMs(0)).toBe('0.01');
    expect(hoursFromMs(3 * 3_600_000 + 1)).toBe('3.01');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('shows a share as a percentage rounded half up', () => {
    expect(formatShare('0.250000')).toBe('25.00 %');
    expect(formatShare('0.333333')).toBe('33.33 %');
    expect(formatShare('0.666667')).toBe('66.67 %');
    expect(formatShare('1.000000')).toBe('100.00 %');
    expect(formatShare('0.000049')).toBe('0.00 %');
    expect(formatShare('0.000050')).toBe('0.01 %');
    expect(formatShare('odd')).toBe('odd');
  });
});

describe('formatMinorText', () => {
  const eur = { code: 'EUR', scale: 2 };
  it('formats integer text exactly, beyond 2^53', () => {
    expect(formatMinorText('123450', eur)).toBe('1,234.50');
    expect(formatMinorText('-5', eur)).toBe('-0.05');
    expect(formatMinorText('0', eur)).toBe('0.00');
    expect(formatMinorText('92233720368547758070', eur)).toBe('922,337,203,685,477,580.70');
    expect(formatMinorText('1200', { code: 'JPY', scale: 0 })).toBe('1,200');
  });
  it('refuses what is not an integer', () => {
    expect(() => formatMinorText('1.5', eur)).toThrow(RangeError);
    expect(() => formatMinorText('', eur)).toThrow(RangeError);
  });
});

describe('formatWeight', () => {
  it('rounds a long recent weight to two decimals, exact text kept for the tooltip', () => {
    expect(formatWeight('341.2812345678901')).toBe('341.28');
    expect(formatWeight('341.285')).toBe('341.29');
    expect(formatWeight('0.004')).toBe('0');
    expect(formatWeight('1145')).toBe('1,145');
    expect(formatWeight('999.996')).toBe('1,000');
    expect(formatWeight('123456789012345678901234.5')).toBe('123,456,789,012,345,678,901,234.5');
  });
  it('leaves text that is not a decimal alone', () => {
    expect(formatWeight('n/a')).toBe('n/a');
  });
});

describe('describeQuantity', () => {
  it('says hours with their plural, money at the currency scale, units once', () => {
    expect(describeQuantity('1', 'hours', null, EUR)).toBe('1 hour');
    expect(describeQuantity('1.5', 'hours', null, EUR)).toBe('1.5 hours');
    expect(describeQuantity('86.4', 'money', null, EUR)).toBe('86.40 EUR');
    expect(describeQuantity('45', 'money', null, EUR)).toBe('45.00 EUR');
    expect(describeQuantity('4500', 'quantity', 'words', EUR)).toBe('4500 words');
  });
});

describe('percentOf', () => {
  it('rounds half up in integers, like the charts', () => {
    expect(percentOf(1, 3)).toBe('33.33 %');
    expect(percentOf(2, 3)).toBe('66.67 %');
    expect(percentOf(1, 8)).toBe('12.50 %');
    expect(percentOf(85, 85)).toBe('100.00 %');
  });
  it('says nothing of nothing', () => {
    expect(percentOf(0, 0)).toBe('—');
  });
});

describe('quantityParts', () => {
  it('puts the unit beside the number', () => {
    expect(quantityParts('3', 'hours', null, EUR)).toEqual({ number: '3', unit: 'h' });
    expect(quantityParts('86.4', 'money', null, EUR)).toEqual({ number: '86.40', unit: 'EUR' });
    expect(quantityParts('45', 'money', null, JPY)).toEqual({ number: '45', unit: 'JPY' });
    expect(quantityParts('4500', 'quantity', 'words', EUR)).toEqual({ number: '4500', unit: 'words' });
    expect(quantityParts('2', null, null, EUR)).toEqual({ number: '2', unit: '' });
  });
});

describe('numbers and dates in the app language', () => {
  it('groups and marks decimals as each language does, exactly', () => {
    const fr = formatNumberText('1234.5', 2, 'fr');
    expect(formatNumberText('1234.5', 2, 'en')).toBe('1,234.50');
    expect(formatNumberText('1234.5', 2, 'es')).toBe('1.234,50');
    expect(formatNumberText('1234.5', 2, 'ca')).toBe('1.234,50');
    // Whatever space Intl gives French for groups (a narrow no-break space).
    expect(fr).toBe(`1${numberSymbols('fr').group}234,50`);
    expect(fr.replace(/\s/g, ' ')).toBe('1 234,50');
    expect(formatNumberText('-0.5', 0, 'es')).toBe('-0,5');
    expect(formatNumberText('x', 2, 'es')).toBe('x');
  });

  it('formats money exactly at any size', () => {
    expect(formatMinorText('123456789012345678901', EUR, 'es')).toBe('1.234.567.890.123.456.789,01');
    expect(formatMoney(-123456789, EUR, 'ca')).toBe('-1.234.567,89');
    expect(formatMoney(500000000, JPY, 'es')).toBe('500.000.000');
    expect(formatMinorText('-1250', EUR, 'fr')).toBe('-12,50');
    expect(minorDecimalText('-1250', 2)).toBe('-12.50');
    expect(formatShare('0.250000', 'es')).toBe('25,00 %');
    expect(formatWeight('1341.2812345', 2, 'ca')).toBe('1.341,28');
    expect(percentOf(1, 3, 'fr')).toBe('33,33 %');
  });

  it('shows quantities as typed, with the decimal mark of the language', () => {
    expect(quantityParts('4500', 'quantity', 'words', null, 'es')).toEqual({ number: '4500', unit: 'words' });
    expect(quantityParts('86.4', 'money', null, EUR, 'fr')).toEqual({ number: '86,40', unit: 'EUR' });
    expect(describeQuantity('1.5', 'hours', null, null, 'es')).toBe('1,5 horas');
    expect(describeQuantity('1', 'hours', null, null, 'ca')).toBe('1 hora');
    expect(describeQuantity('1.5', 'hours', null, null, 'fr')).toBe('1,5 heure');
    expect(describeQuantity('2', 'hours', null, null, 'fr')).toBe('2 heures');
  });

  it('counts and dates', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'es')).toBe('1.234.567');
    expect(formatDate('2026-03-01', 'en')).toBe('2026-03-01');
    expect(formatDate('2026-03-01', 'es')).toBe('01/03/2026');
    expect(formatDate('2026-03-01', 'fr')).toBe('01/03/2026');
    expect(formatDate('not a date', 'fr')).toBe('not a date');
  });
});

describe('decimalInput', () => {
  it('reads the decimal comma where the language writes one', () => {
    expect(decimalInput('1,5', 'es')).toBe('1.5');
    expect(decimalInput('1.234,50', 'ca')).toBe('1234.50');
    expect(decimalInput('1 234,5', 'fr')).toBe('1234.5');
    expect(decimalInput(' 2.5 ', 'es')).toBe('2.5');
    expect(decimalInput('1,5', 'en')).toBe('1,5');
  });
});
