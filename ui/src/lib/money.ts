// Money and dates, formatted in one place. Amounts arrive as integer minor
// units plus the ledger's currency; the arithmetic here is on BigInt, so a
// formatted amount is exact whatever its size.

import type { CurrencyDto } from '../api/bindings/CurrencyDto';

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

/** An amount for reading: thousands grouped with commas, `1,234.50`. */
export function formatMoney(minor: number, currency: CurrencyDto): string {
  const text = decimalText(minor, currency.scale);
  const negative = text.startsWith('-');
  const [whole = '0', fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : '.' + fraction);
}

/**
 * An amount that crossed IPC as integer text of minor units (`"-1250"`),
 * exact at any size (BigInt), for reading: `-12.50`.
 */
export function formatMinorText(minor: string, currency: CurrencyDto): string {
  if (!/^-?\d+$/.test(minor)) throw new RangeError(`amount ${minor} is not an integer of minor units`);
  const negative = minor.startsWith('-');
  const digits = BigInt(negative ? minor.slice(1) : minor).toString().padStart(currency.scale + 1, '0');
  const scale = currency.scale;
  const whole = scale === 0 ? digits : digits.slice(0, digits.length - scale);
  const fraction = scale === 0 ? '' : '.' + digits.slice(digits.length - scale);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative && /[1-9]/.test(digits) ? '-' : '') + grouped + fraction;
}

/** An amount with its currency code: `1,234.50 EUR`. */
export function formatMoneyCode(minor: number, currency: CurrencyDto): string {
  return `${formatMoney(minor, currency)} ${currency.code}`;
}

/** Today on this machine as `YYYY-MM-DD` (local time, like the core's default). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An RFC 3339 instant for reading in local time: `2026-11-25 08:30`. */
export function formatInstant(rfc3339: string): string {
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whole days from an RFC 3339 instant to `now` (0 for the future). */
export function daysSince(rfc3339: string, now: Date = new Date()): number {
  const then = new Date(rfc3339).getTime();
  if (Number.isNaN(then)) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

/** A share (`0.250000`) as a percentage for reading: `25.00 %`. */
export function formatShare(share: string): string {
  const m = /^(\d+)\.(\d{6})$/.exec(share);
  if (!m) return share;
  const millionths = BigInt(m[1]! + m[2]!);
  // Hundredths of a percent, rounded half up: millionths / 100.
  const hundredths = (millionths + 50n) / 100n;
  const s = hundredths.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)} %`;
}

/** `part` of `whole` (whole numbers, such as GIVE) as a percentage with 2
 * places, rounded half up, computed in integers: `33.33 %`; `—` of nothing. */
export function percentOf(part: number, whole: number): string {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0) return '—';
  const hundredths = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole));
  const s = hundredths.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)} %`;
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
export function formatWeight(exact: string, places = 2): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(exact.trim());
  if (!m) return exact;
  const [, sign, whole, fraction = ''] = m;
  const padded = (fraction + '0'.repeat(places + 1)).slice(0, places + 1);
  let scaled = BigInt(whole + padded.slice(0, places));
  if (Number(padded[places]) >= 5) scaled += 1n;
  const digits = scaled.toString().padStart(places + 1, '0');
  const intPart = places === 0 ? digits : digits.slice(0, digits.length - places);
  const fracPart = places === 0 ? '' : digits.slice(digits.length - places).replace(/0+$/, '');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fracPart ? '.' + fracPart : '');
}

/**
 * A quantity as a person reads it (issue 16): `1 hour`, `2.5 hours`,
 * `86.40 EUR` (money at the currency's scale), `4500 words`. The quantity
 * is the decimal text typed or stored; it is not converted to a number.
 */
export function describeQuantity(
  quantity: string,
  measure: 'hours' | 'money' | 'quantity',
  unit: string | null,
  currency: CurrencyDto | null,
): string {
  const q = quantity.trim();
  if (measure === 'hours') return `${q} ${/^0*1(\.0*)?$/.test(q) ? 'hour' : 'hours'}`;
  if (measure === 'money' && currency) {
    const m = /^(\d+)(?:\.(\d*))?$/.exec(q);
    if (!m) return `${q} ${currency.code}`;
    const fraction = (m[2] ?? '').padEnd(currency.scale, '0');
    return `${m[1]}${currency.scale > 0 ? '.' + fraction : ''} ${currency.code}`;
  }
  return unit ? `${q} ${unit}` : q;
}

/**
 * A quantity as the contributions list shows it, number and unit apart
 * (issue 16 item 8): `3` `h`, `86.40` `EUR` (the currency's decimals),
 * `4500` `words`; no unit when the kind is unknown.
 */
export function quantityParts(
  quantity: string,
  measure: 'hours' | 'money' | 'quantity' | null,
  unit: string | null,
  currency: CurrencyDto | null,
): { number: string; unit: string } {
  const q = quantity.trim();
  if (measure === 'hours') return { number: q, unit: 'h' };
  if (measure === 'money' && currency) {
    const m = /^(\d+)(?:\.(\d*))?$/.exec(q);
    if (!m) return { number: q, unit: currency.code };
    const fraction = (m[2] ?? '').padEnd(currency.scale, '0');
    return { number: `${m[1]}${currency.scale > 0 ? '.' + fraction : ''}`, unit: currency.code };
  }
  return { number: q, unit: measure === 'quantity' ? (unit ?? '') : '' };
}
