// Entries that are allowed but unlikely (issue 16 item 5, SPEC §2: dates
// after today are allowed, the app may warn): said in a sentence before
// saving, so a slip of the keyboard is caught and real cases still go in.

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

/** Sentences about what looks wrong; empty when nothing does. */
export function entryWarnings(f: EntryFacts): string[] {
  const out: string[] = [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.date) && f.date > f.today) {
    out.push(`${f.date} is after today: contributions are usually logged once the work is done.`);
  }
  const q = Number(f.quantity);
  if (f.measure === 'hours' && Number.isFinite(q) && q > MAX_LIKELY_HOURS) {
    out.push(`${f.quantity} hours in one entry is more than a whole day: log each day's hours, or check the number.`);
  }
  if (f.memberLeft) {
    out.push(`${f.member} has left the cooperative: log this only for work done before they left.`);
  }
  return out;
}

/** A multiplier this far from 1 makes one hour count as many. */
export function multiplierWarning(multiplier: string): string | null {
  const m = Number(multiplier);
  if (!Number.isFinite(m) || multiplier.trim() === '') return null;
  if (m > 10) return `With a multiplier of ${multiplier}, one unit of this kind counts as much as ${multiplier} units of plain work.`;
  if (m > 0 && m < 0.1) return `With a multiplier of ${multiplier}, this kind counts for almost nothing.`;
  return null;
}
