// Form checks run as the person types, mirroring the core's rules so most
// mistakes show before anything is sent. The core checks again and has the
// last word; its messages are shown the same way. Messages are in the
// app's language.

import { t } from './i18n.svelte';

export type Problems = Record<string, string>;

/** A handle or code: 1 to 32 of a-z 0-9 _ -, starting with a letter or digit. */
export function checkHandle(text: string): string | null {
  if (text === '') return t('app-check-required');
  if (!/^[a-z0-9][a-z0-9_-]{0,31}$/.test(text)) {
    return t('app-check-handle');
  }
  return null;
}

/** An ISO date `YYYY-MM-DD` that exists. */
export function checkDate(text: string, required = true): string | null {
  if (text === '') return required ? t('app-check-required') : null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return t('app-check-date-format');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return t('app-check-not-a-date', { text });
  }
  return null;
}

/** Canonical decimal text with at most `places` decimals; above zero when `positive`. */
export function checkDecimal(text: string, places: number, positive = true): string | null {
  if (text === '') return t('app-check-required');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return t('app-check-decimal');
  const fraction = m[2] ?? '';
  if (fraction.length > places) {
    return places === 0 ? t('app-check-no-decimals') : t('app-check-max-decimals', { places });
  }
  if (positive && /^[0.]+$/.test(text)) return t('app-check-positive');
  return null;
}

/** Required text. */
export function checkRequired(text: string): string | null {
  return text.trim() === '' ? t('app-check-required') : null;
}

/** A currency code: 3 to 10 capital letters. */
export function checkCurrency(text: string): string | null {
  return /^[A-Z]{3,10}$/.test(text) ? null : t('app-check-currency');
}

/** Only the problems that are set. */
export function collect(checks: Record<string, string | null>): Problems {
  const out: Problems = {};
  for (const [field, problem] of Object.entries(checks)) {
    if (problem !== null) out[field] = problem;
  }
  return out;
}

/** True when there is no problem. */
export function isClean(problems: Problems): boolean {
  return Object.keys(problems).length === 0;
}
