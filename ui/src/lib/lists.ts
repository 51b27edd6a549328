// What the contributions list and the balances say in words: the sort a
// header click asks for, the totals line under the list, and the sentence
// that asks before a payout larger than what is owed. Pure functions on
// the exact text the core sends (decimal strings, integer minor units as
// text), so nothing here rounds through a JS number.

import type { ContributionSortDto } from '../api/bindings/ContributionSortDto';
import type { ContributionTotalsDto } from '../api/bindings/ContributionTotalsDto';
import type { CurrencyDto } from '../api/bindings/CurrencyDto';
import type { PayoutCheckDto } from '../api/bindings/PayoutCheckDto';
import { formatCount, formatMinorText, formatNumberText } from './money';
import { i18n, translate, type Lang } from './i18n.svelte';

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
 * decimals (`1234.5`, 2 → `1,234.50`; `0.301` stays `0.301`), in `lang`'s
 * form (`1.234,50` in es).
 */
export function formatDecimal(exact: string, places: number, lang: Lang = i18n.lang): string {
  return formatNumberText(exact, places, lang);
}

/** A number text as a plural chooser (only chooses the form; never shown). */
const pluralCount = (text: string) => (/^1(\.0*)?$/.test(text) ? 1 : 2);

/** The line under the list: `12 contributions · 30.5 hours · value 1,234.50 EUR`. */
export function totalsLine(t: ContributionTotalsDto, currency: CurrencyDto, lang: Lang = i18n.lang): string {
  const tr = (key: string, args?: Record<string, string | number>) => translate(lang, key, args);
  const parts = [
    tr('app-totals-contributions', { count: t.count, shown: formatCount(t.count, lang) }),
    tr('app-totals-hours', { count: pluralCount(t.hours), shown: formatDecimal(t.hours, 0, lang) }),
    tr('app-totals-value', { amount: formatDecimal(t.value, currency.scale, lang), code: currency.code }),
  ];
  const voided = t.voided > 0 ? ' ' + tr('app-totals-voided', { count: t.voided }) : '';
  return parts.join(' · ') + voided;
}

/**
 * The question before a payout larger than what is owed, or null when it
 * is not larger: by how much it exceeds what is owed, in words.
 */
export function overpaymentQuestion(check: PayoutCheckDto, account: string, currency: CurrencyDto, lang: Lang = i18n.lang): string | null {
  if (check.excessMinor === null) return null;
  const m = (minor: string) => `${formatMinorText(minor, currency, lang)} ${currency.code}`;
  const amount = m(check.amountMinor);
  const excess = m(check.excessMinor);
  const owed = BigInt(check.owedMinor);
  if (owed > 0n) {
    return translate(lang, 'app-overpay-owed', { amount, excess, owed: m(check.owedMinor), account });
  }
  if (owed === 0n) {
    return translate(lang, 'app-overpay-nothing', { amount, account });
  }
  return translate(lang, 'app-overpay-advance', { amount, excess, advance: m((-owed).toString()), account });
}
