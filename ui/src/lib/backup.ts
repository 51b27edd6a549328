// When the app reminds the treasurer to back up (issue 16 item 11): a
// ledger never backed up once it has held entries for a day (a new, empty
// one has nothing to lose yet), else when the last backup is a week old.

import { daysSince } from './money';
import { i18n, translate, type Lang } from './i18n.svelte';

/** Why 7 days: a week of lost entries is what a small team can re-enter. */
export const BACKUP_REMINDER_DAYS = 7;

/** The reminder to show, in `lang`, or null. Times are RFC 3339. */
export function backupReminder(lastBackup: string | null, firstEntry: string | null, now: Date = new Date(), lang: Lang = i18n.lang): string | null {
  if (lastBackup === null) {
    if (firstEntry === null || daysSince(firstEntry, now) < 1) return null;
    return translate(lang, 'app-backup-never');
  }
  const days = daysSince(lastBackup, now);
  return days >= BACKUP_REMINDER_DAYS ? translate(lang, 'app-backup-old', { days }) : null;
}
