// What the contributions list and the balances say in words: the sort a
// header click asks for, the totals line under the list, and the sentence
// that asks before a payout larger than what is owed. Pure functions on
// the exact text the core sends (decimal strings, integer minor units as
// text), so nothing here rounds through a JS number.

import type { ContributionSortDto } from '../api/bindings/ContributionSortDto';
import type { ContributionTotalsDto } from '../api/bindings/ContributionTotalsDto';
import type { CurrencyDto } from '../api/bindings/CurrencyDto';
import type { PayoutCheckDto } from '../api/bindings/PayoutCheckDto';
import { formatMinorText } from './money';

export type Sort = { by: ContributionSortDto; ascending: boolean };

/** The list's order before any header is clicked: newest first. */
export const NEWEST_FIRST: Sort = { by: 'date', ascending: false };

/**
 * The order after a click on `column`'s header: the same column again
 * reverses it; another column starts newest or largest first for dates
 * and quantities, A to Z for names, counts-first for the status.
 */
export function nextSort(current: Sort, column: ContributionSortDto): Sort {
  if (current.by === column) return { by: column, ascending: !current.ascending };
  return { by: column, ascending: !(column === 'date' || column === 'quantity') };
}

/** The `aria-sort` of `column`'s header. */
export function ariaSort(current: Sort, column: ContributionSortDto): 'ascending' | 'descending' | 'none' {
  if (current.by !== column) return 'none';
  return current.ascending ? 'ascending' : 'descending';
}

/** The arrow shown beside a sorted column's name ('' for the others). */
export function sortArrow(current: Sort, column: ContributionSortDto): string {
  if (current.by !== column) return '';
  return current.ascending ? '▲' : '▼';
}

/**
 * Exact decimal text for reading: thousands grouped, at least `places`
 * decimals (`1234.5`, 2 → `1,234.50`; `0.301` stays `0.301`).
 */
export function formatDecimal(exact: string, places: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(exact.trim());
  if (!m) return exact;
  const [, sign, whole, fraction = ''] = m;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const padded = fraction.padEnd(places, '0');
  return sign + grouped + (padded ? '.' + padded : '');
}

/** `1 contribution`, `2 contributions`. */
function plural(n: number | string, one: string, many: string): string {
  return `${n} ${/^1(\.0*)?$/.test(String(n)) ? one : many}`;
}

/** The line under the list: `12 contributions · 30.5 hours · value 1,234.50 EUR`. */
export function totalsLine(t: ContributionTotalsDto, currency: CurrencyDto): string {
  const parts = [
    plural(t.count.toLocaleString('en'), 'contribution', 'contributions'),
    plural(formatDecimal(t.hours, 0), 'hour', 'hours'),
    `value ${formatDecimal(t.value, currency.scale)} ${currency.code}`,
  ];
  const voided = t.voided > 0 ? ` (${plural(t.voided, 'voided one', 'voided ones')} not counted)` : '';
  return parts.join(' · ') + voided;
}

/**
 * The question before a payout larger than what is owed, or null when it
 * is not larger: by how much it exceeds what is owed, in words.
 */
export function overpaymentQuestion(check: PayoutCheckDto, account: string, currency: CurrencyDto): string | null {
  if (check.excessMinor === null) return null;
  const m = (minor: string) => `${formatMinorText(minor, currency)} ${currency.code}`;
  const amount = m(check.amountMinor);
  const excess = m(check.excessMinor);
  const owed = BigInt(check.owedMinor);
  if (owed > 0n) {
    return `${amount} is ${excess} more than the ${m(check.owedMinor)} owed to ${account}: ${account} would be paid ${excess} in advance. Record it anyway?`;
  }
  if (owed === 0n) {
    return `Nothing is owed to ${account}: all of ${amount} would be paid in advance. Record it anyway?`;
  }
  return `Nothing is owed to ${account}, who was already paid ${m((-owed).toString())} in advance: after ${amount} more, ${account} will have been paid ${excess} in advance. Record it anyway?`;
}
