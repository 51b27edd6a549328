// Money and dates, formatted in one place. Amounts arrive as integer minor
// units plus the ledger's currency; the arithmetic here is on BigInt, so a
// formatted amount is exact whatever its size.
//
// On screen, numbers and dates follow the app's language (SPEC §16) through
// one function each: formatNumberText (money and every other decimal),
// formatCount (counts) and formatDate / formatInstant (dates). Each takes
// the language last, defaulting to the current one, so a component that
// calls it re-renders when the language changes.

import type { CurrencyDto } from '../api/bindings/CurrencyDto';
import { i18n, translate, type Lang } from './i18n.svelte';

type Symbols = { group: string; decimal: string };
const symbolsOf = new Map<Lang, Symbols>();

/**
 * The digit-group and decimal symbols of `lang`, as Intl writes them:
 * `,` `.` (en); `.` `,` (es, ca); a narrow no-break space and `,` (fr).
 * Read from a number of seven digits because Spanish leaves four-digit
 * numbers ungrouped, so 1234.5 would show no group symbol at all.
 */
export function numberSymbols(lang: Lang = i18n.lang): Symbols {
  let s = symbolsOf.get(lang);
  if (s === undefined) {
    const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
    s = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    symbolsOf.set(lang, s);
  }
  return s;
}

/**
 * THE way a decimal is shown: exact decimal text (`-1234.5`) with its
 * integer digits grouped and `lang`'s symbols, padded to at least `places`
 * decimals: `1,234.50` (en), `1.234,50` (es, ca), `1 234,50` (fr). Text
 * that is not a decimal comes back unchanged. It never becomes a JS number,
 * so an amount of any size stays exact. `grouped` false leaves the digits
 * ungrouped (quantities, shown as typed: `4500 words`).
 */
export function formatNumberText(exact: string, places = 0, lang: Lang = i18n.lang, grouped = true): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(exact.trim());
  if (!m) return exact;
  const [, sign, whole, fraction = ''] = m;
  const { group, decimal } = numberSymbols(lang);
  const digits = grouped ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, () => group) : whole!;
  const padded = fraction.padEnd(places, '0');
  return sign + digits + (padded ? decimal + padded : '');
}

/**
 * A decimal typed in `lang`'s form, as the core reads it (SPEC §16: inputs
 * accept the locale's decimal comma): where the decimal mark is a comma and
 * the text has one, group symbols (`.`, spaces) go and the comma becomes a
 * point, `1.234,5` → `1234.5`; anything else is left for the checks to judge.
 */
export function decimalInput(text: string, lang: Lang = i18n.lang): string {
  const t = text.trim();
  if (numberSymbols(lang).decimal !== ',' || !t.includes(',')) return t;
  return t.replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.');
}

/** THE way a count is shown (rows, entries, days): `1,234` (en), `12.345` (es). */
export function formatCount(n: number, lang: Lang = i18n.lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

/**
 * THE way a date (`YYYY-MM-DD`) is shown for reading (inputs keep the ISO
 * form): as it is in English, as the app always showed it (unambiguous,
 * where `3/1/2026` is not); `01/03/2026` in es, ca and fr.
 */
export function formatDate(iso: string, lang: Lang = i18n.lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === 'en') return iso;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(at)) return iso;
  return new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(at);
}

/** Canonical decimal text of an amount: `123450`, scale 2 → `1234.50`. */
export function decimalText(minor: number, scale: number): string {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`amount ${minor} is not an exact integer of minor units`);
  }
  const negative = minor < 0;
  const digits = BigInt(Math.abs(minor)).toString().padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : digits.slice(0, digits.length - scale);
  const fraction = scale === 0 ? '' : '.' + digits.slice(digits.length - scale);
  return (negative ? '-' : '') + whole + fraction;
}

/** An amount for reading: thousands grouped, `1,234.50` (en), `1.234,50` (es). */
export function formatMoney(minor: number, currency: CurrencyDto, lang: Lang = i18n.lang): string {
  return formatNumberText(decimalText(minor, currency.scale), 0, lang);
}

/**
 * Canonical decimal text of an amount that crossed IPC as integer text of
 * minor units, exact at any size (BigInt): `"-1250"`, scale 2 → `-12.50`.
 * What a form field is filled with (no grouping, a `.`).
 */
export function minorDecimalText(minor: string, scale: number): string {
  if (!/^-?\d+$/.test(minor)) throw new RangeError(`amount ${minor} is not an integer of minor units`);
  const negative = minor.startsWith('-');
  const digits = BigInt(negative ? minor.slice(1) : minor).toString().padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : digits.slice(0, digits.length - scale);
  const fraction = scale === 0 ? '' : '.' + digits.slice(digits.length - scale);
  return (negative && /[1-9]/.test(digits) ? '-' : '') + whole + fraction;
}

/**
 * An amount that crossed IPC as integer text of minor units (`"-1250"`),
 * exact at any size (BigInt), for reading: `-12.50` (en), `-12,50` (fr).
 */
export function formatMinorText(minor: string, currency: CurrencyDto, lang: Lang = i18n.lang): string {
  return formatNumberText(minorDecimalText(minor, currency.scale), 0, lang);
}

/** An amount with its currency code: `1,234.50 EUR`. */
export function formatMoneyCode(minor: number, currency: CurrencyDto, lang: Lang = i18n.lang): string {
  return `${formatMoney(minor, currency, lang)} ${currency.code}`;
}

/** Today on this machine as `YYYY-MM-DD` (local time, like the core's default). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An RFC 3339 instant for reading in local time: `2026-11-25 08:30` (en), `25/11/2026 08:30` (es). */
export function formatInstant(rfc3339: string, lang: Lang = i18n.lang): string {
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(todayIso(d), lang)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whole days from an RFC 3339 instant to `now` (0 for the future). */
export function daysSince(rfc3339: string, now: Date = new Date()): number {
  const then = new Date(rfc3339).getTime();
  if (Number.isNaN(then)) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

/** A share (`0.250000`) as a percentage for reading: `25.00 %` (en), `25,00 %` (es). */
export function formatShare(share: string, lang: Lang = i18n.lang): string {
  const m = /^(\d+)\.(\d{6})$/.exec(share);
  if (!m) return share;
  const millionths = BigInt(m[1]! + m[2]!);
  // Hundredths of a percent, rounded half up: millionths / 100.
  const hundredths = (millionths + 50n) / 100n;
  const s = hundredths.toString().padStart(3, '0');
  return `${formatNumberText(`${s.slice(0, -2)}.${s.slice(-2)}`, 2, lang)} %`;
}

/** `part` of `whole` (whole numbers, such as GIVE) as a percentage with 2
 * places, rounded half up, computed in integers: `33.33 %`; `—` of nothing. */
export function percentOf(part: number, whole: number, lang: Lang = i18n.lang): string {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0) return '—';
  const hundredths = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole));
  const s = hundredths.toString().padStart(3, '0');
  return `${formatNumberText(`${s.slice(0, -2)}.${s.slice(-2)}`, 2, lang)} %`;
}

/** Elapsed milliseconds as hours with 2 places, at least 0.01: a timer's quantity. */
export function hoursFromMs(ms: number): string {
  const hundredths = Math.max(1, Math.ceil(ms / 36_000));
  return decimalText(hundredths, 2);
}

/** Elapsed milliseconds as `h:mm:ss`. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * A weight for reading (issue 16): exact decimal text such as
 * `341.2812345678901` rounded half up to `places` decimals, thousands
 * grouped, trailing zeros dropped: `341.28`. String arithmetic on BigInt,
 * so a weight of any size stays exact up to the rounding. The exact text
 * belongs in a tooltip beside it.
 */
export function formatWeight(exact: string, places = 2, lang: Lang = i18n.lang): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(exact.trim());
  if (!m) return exact;
  const [, sign, whole, fraction = ''] = m;
  const padded = (fraction + '0'.repeat(places + 1)).slice(0, places + 1);
  let scaled = BigInt(whole + padded.slice(0, places));
  if (Number(padded[places]) >= 5) scaled += 1n;
  const digits = scaled.toString().padStart(places + 1, '0');
  const intPart = places === 0 ? digits : digits.slice(0, digits.length - places);
  const fracPart = places === 0 ? '' : digits.slice(digits.length - places).replace(/0+$/, '');
  return formatNumberText(sign + intPart + (fracPart ? '.' + fracPart : ''), 0, lang);
}

/**
 * A quantity as a person reads it (issue 16): `1 hour`, `2.5 hours`,
 * `86.40 EUR` (money at the currency's scale), `4500 words`, in `lang`.
 * The quantity is the decimal text typed or stored; it becomes a number
 * only to choose the plural form.
 */
export function describeQuantity(
  quantity: string,
  measure: 'hours' | 'money' | 'quantity',
  unit: string | null,
  currency: CurrencyDto | null,
  lang: Lang = i18n.lang,
): string {
  const q = quantity.trim();
  const shown = formatNumberText(q, 0, lang, false);
  if (measure === 'hours') {
    const count = Number(q);
    return translate(lang, 'app-quantity-hours', {
      count: Number.isFinite(count) ? count : 0,
      quantity: shown,
    });
  }
  if (measure === 'money' && currency) {
    const m = /^(\d+)(?:\.(\d*))?$/.exec(q);
    if (!m) return `${q} ${currency.code}`;
    const fraction = (m[2] ?? '').padEnd(currency.scale, '0');
    return `${formatNumberText(`${m[1]}${currency.scale > 0 ? '.' + fraction : ''}`, 0, lang, false)} ${currency.code}`;
  }
  return unit ? `${shown} ${unit}` : shown;
}

/**
 * A quantity as the contributions list shows it, number and unit apart
 * (issue 16 item 8): `3` `h`, `86.40` `EUR` (the currency's decimals),
 * `4500` `words`; no unit when the kind is unknown. The number in `lang`'s
 * form (`86,40` in es).
 */
export function quantityParts(
  quantity: string,
  measure: 'hours' | 'money' | 'quantity' | null,
  unit: string | null,
  currency: CurrencyDto | null,
  lang: Lang = i18n.lang,
): { number: string; unit: string } {
  const q = quantity.trim();
  if (measure === 'hours') return { number: formatNumberText(q, 0, lang, false), unit: 'h' };
  if (measure === 'money' && currency) {
    const m = /^(\d+)(?:\.(\d*))?$/.exec(q);
    if (!m) return { number: q, unit: currency.code };
    const fraction = (m[2] ?? '').padEnd(currency.scale, '0');
    return { number: formatNumberText(`${m[1]}${currency.scale > 0 ? '.' + fraction : ''}`, 0, lang, false), unit: currency.code };
  }
  return { number: formatNumberText(q, 0, lang, false), unit: measure === 'quantity' ? (unit ?? '') : '' };
}
