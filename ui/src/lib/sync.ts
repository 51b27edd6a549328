// Sync between laptops, the pure part: what a sync did in words, laptop
// names, "3 min ago", and when the timer syncs next. The state and the
// timer itself live in sync.svelte.ts.

import type { SyncReportDto } from '../api/bindings/SyncReportDto';
import { i18n, translate, type Lang } from './i18n.svelte';

/** How often the app syncs while it is open and a folder is set. */
export const SYNC_INTERVAL_MS = 60_000;

/** What a sync did, in a sentence or three, in `lang`. */
export function summarizeSync(r: SyncReportDto, lang: Lang = i18n.lang): string {
  const tr = (key: string, args?: Record<string, string | number>) => translate(lang, key, args);
  const parts: string[] = [];
  const from = r.merged.filter((m) => m.added > 0).map((m) => m.name);
  if (r.added === 0) {
    parts.push(r.merged.length === 0 ? tr('app-sync-none-yet') : tr('app-sync-nothing-new'));
  } else {
    parts.push(tr('app-sync-took', { count: r.added, from: from.join(', ') }));
  }
  parts.push(tr('app-sync-wrote', { count: r.entries }));
  if (r.skipped.length > 0) parts.push(tr('app-sync-skipped', { count: r.skipped.length }));
  if (r.conflicts > 0) {
    parts.push(r.newConflicts > 0 ? tr('app-sync-conflicts-new', { count: r.conflicts, fresh: r.newConflicts }) : tr('app-sync-conflicts', { count: r.conflicts }));
  }
  if (r.futureStamps > 0) {
    parts.push(tr('app-sync-future', { count: r.futureStamps }));
  }
  return parts.join(' ');
}

/** How long ago an instant was, for reading: "just now", "5 min ago", "3 h ago", "2 days ago". */
export function ago(rfc3339: string, now: Date = new Date(), lang: Lang = i18n.lang): string {
  const then = new Date(rfc3339).getTime();
  if (Number.isNaN(then)) return rfc3339;
  const s = Math.max(0, Math.floor((now.getTime() - then) / 1000));
  if (s < 60) return translate(lang, 'app-ago-now');
  if (s < 3600) return translate(lang, 'app-ago-minutes', { count: Math.floor(s / 60) });
  if (s < 86_400) return translate(lang, 'app-ago-hours', { count: Math.floor(s / 3600) });
  const days = Math.floor(s / 86_400);
  return days === 1 ? translate(lang, 'app-ago-yesterday') : translate(lang, 'app-ago-days', { count: days });
}

/** Whether the timer should sync now. */
export function syncDue(
  s: { folder: string | null; running: boolean; blocked: boolean; lastAttemptMs: number | null },
  nowMs: number,
  intervalMs: number = SYNC_INTERVAL_MS,
): boolean {
  if (s.folder === null || s.folder === '' || s.running || s.blocked) return false;
  // A little slack, so a timer that fires a few milliseconds early still syncs.
  return s.lastAttemptMs === null || nowMs - s.lastAttemptMs >= intervalMs - 1000;
}

/** An id for reading: a UUID shortened to its first 8 characters. */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? `${id.slice(0, 8)}…` : id;
}

/** A file name from a laptop's label: "Marta's laptop" → "martas-laptop.ovinvite". */
export function invitationName(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'new-laptop'}.ovinvite`;
}

/** Conflict codes about a revenue's distribution: their fix is on the Revenues screen. */
export function isRevenueConflict(code: string): boolean {
  return ['already_distributed', 'claim_overpaid', 'distribution_mismatch', 'not_a_claim', 'already_reversed'].includes(code);
}
