// Entries that are allowed but unlikely (issue 16 item 5, SPEC §2: dates
// after today are allowed, the app may warn): said in a sentence before
// saving, so a slip of the keyboard is caught and real cases still go in.

import { i18n, translate, type Lang } from './i18n.svelte';
import { formatDate, formatNumberText } from './money';

/** What the quick-entry row is about to save. */
export interface EntryFacts {
  member: string;
  /** The member has left the cooperative. */
  memberLeft: boolean;
  /** `hours`, `money` or `quantity`; null when the kind is unknown. */
  measure: string | null;
  quantity: string;
  date: string;
  today: string;
}

/** More hours than this in one entry is more than a working day and a night. */
export const MAX_LIKELY_HOURS = 24;

/** Sentences about what looks wrong, in `lang`; empty when nothing does. */
export function entryWarnings(f: EntryFacts, lang: Lang = i18n.lang): string[] {
  const out: string[] = [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.date) && f.date > f.today) {
    out.push(translate(lang, 'app-warn-future-date', { date: formatDate(f.date, lang) }));
  }
  const q = Number(f.quantity);
  if (f.measure === 'hours' && Number.isFinite(q) && q > MAX_LIKELY_HOURS) {
    out.push(translate(lang, 'app-warn-many-hours', { quantity: formatNumberText(f.quantity, 0, lang, false) }));
  }
  if (f.memberLeft) {
    out.push(translate(lang, 'app-warn-member-left', { member: f.member }));
  }
  return out;
}

/** A multiplier this far from 1 makes one hour count as many. */
export function multiplierWarning(multiplier: string, lang: Lang = i18n.lang): string | null {
  const m = Number(multiplier);
  if (!Number.isFinite(m) || multiplier.trim() === '') return null;
  const shown = formatNumberText(multiplier.trim(), 0, lang, false);
  if (m > 10) return translate(lang, 'app-warn-multiplier-high', { multiplier: shown });
  if (m > 0 && m < 0.1) return translate(lang, 'app-warn-multiplier-low', { multiplier: shown });
  return null;
}
