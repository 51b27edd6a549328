// Sync between laptops, the state every screen shares: the open ledger's
// sync folder on this computer, the last sync's result, the number of
// conflicts, and the timer that syncs every minute while the app is open.

import { api, toApiError, type ApiError, type SyncReportDto } from '../api';
import { app, changed } from './state.svelte';
import { SYNC_INTERVAL_MS, syncDue } from './sync';

export const syncState = $state({
  /** The shared folder remembered for the open ledger (null: none yet). */
  folder: null as string | null,
  running: false,
  /** The last sync that worked. */
  last: null as SyncReportDto | null,
  /** Why the last attempt failed (cleared by the next one that works). */
  error: null as ApiError | null,
  /** When the last attempt started (ms since the epoch). */
  lastAttemptMs: null as number | null,
  /** Conflicts in the books, as the last sync or list found them. */
  conflicts: 0,
  /** Bumped after every sync, so the Sync screen reloads its lists. */
  syncs: 0,
});

/** Loads the open ledger's remembered folder and conflicts (on open). */
export async function loadSync(): Promise<void> {
  syncState.last = null;
  syncState.error = null;
  syncState.lastAttemptMs = null;
  try {
    syncState.folder = await api.syncFolder();
    syncState.conflicts = (await api.listConflicts()).length;
  } catch (e) {
    syncState.error = toApiError(e);
  }
}

/** Syncs through `folder` (default: the remembered one). */
export async function syncNow(folder: string | null = syncState.folder): Promise<SyncReportDto | null> {
  if (folder === null || folder.trim() === '' || syncState.running) return null;
  syncState.running = true;
  syncState.lastAttemptMs = Date.now();
  try {
    const report = await api.syncNow(folder.trim());
    syncState.last = report;
    syncState.error = null;
    syncState.folder = report.folder;
    syncState.conflicts = report.conflicts;
    // Entries from other laptops change every list: members, contributions …
    if (report.added > 0) await changed();
    return report;
  } catch (e) {
    syncState.error = toApiError(e);
    return null;
  } finally {
    syncState.running = false;
    syncState.syncs += 1;
  }
}

/** Whether the open ledger can take other laptops' entries now. */
function blocked(): boolean {
  return app.ledger === null || app.switching || app.ledger.missingDeviceKey;
}

let timer: ReturnType<typeof setInterval> | null = null;

/** Starts the timer: a sync at once if a folder is set, then every minute. */
export function startSyncTimer(): void {
  stopSyncTimer();
  const tick = () => {
    const state = { ...syncState, blocked: blocked() };
    if (syncDue(state, Date.now())) void syncNow();
  };
  // Checked more often than it syncs, so a sync that is due is never more
  // than a few seconds late after the app wakes from sleep.
  timer = setInterval(tick, 5_000);
  tick();
}

export function stopSyncTimer(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

export { SYNC_INTERVAL_MS };
