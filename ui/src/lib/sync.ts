// Sync between laptops, the pure part: what a sync did in words, laptop
// names, "3 min ago", and when the timer syncs next. The state and the
// timer itself live in sync.svelte.ts.

import type { SyncReportDto } from '../api/bindings/SyncReportDto';

/** How often the app syncs while it is open and a folder is set. */
export const SYNC_INTERVAL_MS = 60_000;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a sync did, in a sentence or three. */
export function summarizeSync(r: SyncReportDto): string {
  const parts: string[] = [];
  const from = r.merged.filter((m) => m.added > 0).map((m) => m.name);
  if (r.added === 0) {
    parts.push(r.merged.length === 0 ? 'No other laptop has synced through this folder yet.' : 'Nothing new from the other laptops.');
  } else {
    parts.push(`Took ${plural(r.added, 'new entry', 'new entries')} from ${from.join(', ')}.`);
  }
  parts.push(`Wrote this laptop's file (${plural(r.entries, 'entry', 'entries')}) to the folder.`);
  if (r.skipped.length > 0) parts.push(`${plural(r.skipped.length, 'file was', 'files were')} skipped (see below).`);
  if (r.conflicts > 0) {
    const fresh = r.newConflicts > 0 ? ` (${r.newConflicts} new)` : '';
    parts.push(`${plural(r.conflicts, 'conflict', 'conflicts')} in the books${fresh}.`);
  }
  if (r.futureStamps > 0) {
    parts.push(`${plural(r.futureStamps, 'entry is', 'entries are')} dated more than an hour ahead of this computer's clock: check the laptops' clocks.`);
  }
  return parts.join(' ');
}

/** How long ago an instant was, for reading: "just now", "5 min ago", "3 h ago", "2 days ago". */
export function ago(rfc3339: string, now: Date = new Date()): string {
  const then = new Date(rfc3339).getTime();
  if (Number.isNaN(then)) return rfc3339;
  const s = Math.max(0, Math.floor((now.getTime() - then) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ago`;
  const days = Math.floor(s / 86_400);
  return days === 1 ? 'yesterday' : `${days} days ago`;
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
